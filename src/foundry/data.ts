/**
 * Training data into the workspace, once per content: the file goes to the default blob datastore under its
 * sha256 and is registered as a data asset named by that hash; the same bytes later reuse both.
 */
import path from 'node:path';
import type { TokenCredential } from '@azure/identity';
import type { Logger } from '../runtime/types.ts';
import type { Arm } from './arm.ts';
import { blobServiceUrl, fileSha256, uploadIfMissing, uploadPath } from './blob.ts';
import { FoundryError, errorMessage } from './errors.ts';
import { dataAssetName } from './identity.ts';
import type { RetryOptions } from './retry.ts';
import type { DatastoreResource, DataVersionResource } from './types.ts';

export const DEFAULT_DATASTORE = 'workspaceblobstore';

export interface UploadedFile {
  file: string;
  sha256: string;
  /** Data asset registered for the content. */
  asset: { name: string; version: string; id?: string };
  /** Datastore path URI the job reads. */
  uri: string;
  /** false when the same content was in the datastore already. */
  uploaded: boolean;
  /** false when the data asset existed (the whole upload was skipped). */
  registered: boolean;
}

export interface UploadedData {
  training: UploadedFile;
  validation?: UploadedFile;
}

export interface DataUploaderOptions {
  arm: Arm;
  /** ARM path of the workspace. */
  workspacePath: string;
  log: Logger;
  credential: TokenCredential;
  retry: RetryOptions;
}

export function dataUploader({ arm, workspacePath: ws, log, credential, retry }: DataUploaderOptions) {
  const enc = encodeURIComponent;
  let datastore: Promise<{ ds: DatastoreResource; key?: string }> | undefined;

  const defaultDatastore = (): Promise<{ ds: DatastoreResource; key?: string }> => {
    datastore ??= (async () => {
      const ds = await arm.get<DatastoreResource>(
        `${ws}/datastores/${DEFAULT_DATASTORE}`,
        `read datastore ${DEFAULT_DATASTORE}`,
      );
      let key: string | undefined;
      if ((ds.properties.credentials?.credentialsType ?? 'AccountKey') !== 'None') {
        const secrets = await arm.send<{ secretsType?: string; key?: string }>({
          method: 'POST',
          path: `${ws}/datastores/${DEFAULT_DATASTORE}/listSecrets`,
          operation: `list the secrets of datastore ${DEFAULT_DATASTORE}`,
        });
        key = secrets.body?.key;
        if (key) log.secret(key);
      }
      return { ds, key };
    })();
    datastore.catch(() => (datastore = undefined));
    return datastore;
  };

  async function uploadOne(
    file: string,
    kind: 'train' | 'validation',
    tags: Record<string, string>,
  ): Promise<UploadedFile> {
    const sha = await fileSha256(file);
    const name = dataAssetName(kind, sha);
    const version = '1';
    const versionPath = `${ws}/data/${enc(name)}/versions/${version}`;
    const existing = await arm.find<DataVersionResource>(versionPath, `read data asset ${name}:${version}`);
    if (existing?.properties?.dataUri) {
      log.info(`${path.basename(file)}: same content as data asset ${name}:${version}; reusing it.`);
      return {
        file,
        sha256: sha,
        asset: { name, version, id: existing.id },
        uri: existing.properties.dataUri,
        uploaded: false,
        registered: false,
      };
    }
    const { ds, key } = await defaultDatastore();
    const blobPath = uploadPath(sha, file);
    const accountName = ds.properties.accountName ?? '';
    const container = ds.properties.containerName ?? '';
    let uploaded: boolean;
    try {
      uploaded = await uploadIfMissing(
        {
          serviceUrl: blobServiceUrl({
            accountName,
            endpoint: ds.properties.endpoint ?? 'core.windows.net',
            protocol: ds.properties.protocol,
          }),
          container,
          accountName,
          key,
          credential,
          retry,
        },
        blobPath,
        file,
      );
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      throw new FoundryError({
        operation: `upload ${path.basename(file)} to the workspace's blob datastore (${accountName}/${container})`,
        status,
        serviceMessage: errorMessage(e).split('\n')[0],
        fix:
          status === 403
            ? 'A datastore without an account key needs the role Storage Blob Data Contributor on the storage account.'
            : undefined,
      });
    }
    const uri = `azureml://datastores/${DEFAULT_DATASTORE}/paths/${blobPath}`;
    const created = await arm.send<DataVersionResource>({
      method: 'PUT',
      path: versionPath,
      operation: `register data asset ${name}:${version}`,
      body: {
        properties: {
          dataType: 'uri_file',
          dataUri: uri,
          description: `${path.basename(file)} (sha256 ${sha}), uploaded by foundry-finetune`,
          tags: { ...tags, 'foundry-finetune.sha256': sha },
        },
      },
    });
    log.info(
      `${path.basename(file)}: ${uploaded ? 'uploaded' : 'already in the datastore'}; registered data asset ${name}:${version}.`,
    );
    return {
      file,
      sha256: sha,
      asset: { name, version, id: created.body?.id },
      uri,
      uploaded,
      registered: true,
    };
  }

  return {
    async uploadData(
      files: { training: string; validation?: string },
      tags: Record<string, string> = {},
    ): Promise<UploadedData> {
      const training = await uploadOne(files.training, 'train', tags);
      const validation = files.validation ? await uploadOne(files.validation, 'validation', tags) : undefined;
      return { training, ...(validation ? { validation } : {}) };
    },
  };
}
