import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import * as core from '@actions/core';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { ClientAssertionCredential } from '@azure/identity';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { startEmulator, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';
import { arm, chat, chatJsonl, fineTuningJob, qaPairs, serverlessEndpoint } from '../emulator/testing.ts';

trustEmulatorCertificate();

/** @actions/core writes workflow commands (::debug::, ::add-mask::) to stdout; they mean nothing outside a runner. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    String(chunk).startsWith('::') ? true : write(chunk, ...rest)) as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

/**
 * The blob service URL of a datastore. Real Azure: `{protocol}://{account}.blob.{endpoint}`. An endpoint that
 * is an IP host (Azurite, the emulator) is path-style: `{protocol}://{endpoint}/{account}`, the convention
 * Azure Storage itself uses for IP endpoints.
 */
function blobServiceUrl(ds: { accountName?: string; endpoint?: string; protocol?: string }): string {
  const host = ds.endpoint ?? 'core.windows.net';
  const ipStyle = /^(\d{1,3}\.){3}\d{1,3}(:\d+)?$|^localhost(:\d+)?$/.test(host);
  return ipStyle
    ? `${ds.protocol}://${host}/${ds.accountName}`
    : `${ds.protocol}://${ds.accountName}.blob.${host}`;
}

describe('emulator with the real Azure SDKs as clients', () => {
  let emu: Emulator;
  let credential: ClientAssertionCredential;
  const env = {
    url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  };

  before(async () => {
    // Tokens under MSAL's 300 s refresh margin: every getToken is a fresh exchange with a fresh assertion.
    emu = await startEmulator({ tokenLifetimeSeconds: 120, lroRetryAfterSeconds: 0 });
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = emu.oidc.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = emu.oidc.requestToken;
    credential = new ClientAssertionCredential(
      emu.tenantId,
      emu.clientId,
      () => quietly(() => core.getIDToken('api://AzureADTokenExchange')),
      {
        authorityHost: emu.authorityHost,
        disableInstanceDiscovery: true,
      },
    );
  });
  after(async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = env.url;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = env.token;
    if (env.url === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    if (env.token === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    await emu?.stop();
  });

  it('ClientAssertionCredential exchanges a GitHub OIDC token at the local authority, fetching a fresh assertion each time', async () => {
    const first = await credential.getToken('https://management.azure.com/.default');
    const second = await credential.getToken('https://management.azure.com/.default');
    assert.notEqual(first.token, second.token, 'a short expires_in forces a new exchange');
    const exchanges = emu.authority.exchanges.filter((e) => e.ok);
    assert.equal(exchanges.length, 2);
    assert.notEqual(
      exchanges[0]!.assertionId,
      exchanges[1]!.assertionId,
      'each exchange presented a new ID token',
    );
    assert.equal(exchanges[0]!.subject, 'repo:octo-org/octo-repo:ref:refs/heads/main');
    assert.ok(emu.oidc.issued.every((t) => t.audience === 'api://AzureADTokenExchange'));
    assert.equal(
      (await arm(emu, 'GET', '', { token: second.token })).status,
      200,
      'ARM accepts the issued token',
    );
  });

  it('refuses an assertion whose subject has no federated credential (AADSTS700213)', async () => {
    const saved = emu.authority.settings.federatedCredentials;
    emu.authority.settings.federatedCredentials = [
      { ...saved[0]!, subject: 'repo:octo-org/octo-repo:environment:production' },
    ];
    try {
      const fresh = new ClientAssertionCredential(
        emu.tenantId,
        emu.clientId,
        () => quietly(() => core.getIDToken('api://AzureADTokenExchange')),
        {
          authorityHost: emu.authorityHost,
          disableInstanceDiscovery: true,
        },
      );
      await assert.rejects(
        fresh.getToken('https://management.azure.com/.default'),
        /AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:octo-org\/octo-repo:ref:refs\/heads\/main'/,
      );
    } finally {
      emu.authority.settings.federatedCredentials = saved;
    }
  });

  it('@azure/arm-machinelearning reads the workspace and datastore and registers a data version; @azure/storage-blob uploads to Azurite; the data trains a model', async () => {
    emu.requestLog.clear();
    const client = new AzureMachineLearningWorkspaces(credential, emu.subscriptionId, {
      endpoint: emu.armUrl,
    });
    // The SDK's own retry policy honours an ARM 429 with Retry-After.
    emu.faults.add({
      service: 'arm',
      method: 'GET',
      path: /\/workspaces\/[^/]+$/,
      respond: { status: 429, retryAfter: 0 },
    });
    const workspace = await client.workspaces.get(emu.resourceGroup, emu.workspace);
    assert.equal(workspace.location, 'eastus2');
    assert.equal(workspace.workspaceId, emu.workspaceId);
    assert.match(
      workspace.mlFlowTrackingUri ?? '',
      /^azureml:\/\/127\.0\.0\.1:\d+\/mlflow\/v1\.0\/subscriptions\//,
    );
    assert.deepEqual(
      emu.requestLog
        .entries({ service: 'arm', method: 'GET', path: /\/workspaces\/[^/]+$/ })
        .map((e) => e.status),
      [429, 200],
    );

    const datastore = await client.datastores.get(emu.resourceGroup, emu.workspace, 'workspaceblobstore');
    const ds = datastore.properties as {
      accountName?: string;
      containerName?: string;
      endpoint?: string;
      protocol?: string;
    };
    const secrets = (await client.datastores.listSecrets(
      emu.resourceGroup,
      emu.workspace,
      'workspaceblobstore',
    )) as { secretsType: string; key?: string };
    assert.equal(secrets.secretsType, 'AccountKey');

    const text = chatJsonl(qaPairs(15));
    const md5 = createHash('md5').update(text).digest('hex');
    const blobPath = `LocalUpload/${md5}/train.jsonl`;
    const service = new BlobServiceClient(
      blobServiceUrl(ds),
      new StorageSharedKeyCredential(ds.accountName!, secrets.key!),
    );
    await service
      .getContainerClient(ds.containerName!)
      .getBlockBlobClient(blobPath)
      .upload(text, Buffer.byteLength(text));

    const data = await client.dataVersions.createOrUpdate(
      emu.resourceGroup,
      emu.workspace,
      'support-train',
      '1',
      {
        properties: {
          dataType: 'uri_file',
          dataUri: `azureml://datastores/workspaceblobstore/paths/${blobPath}`,
          tags: { sha: md5 },
        },
      },
    );
    assert.match(data.id ?? '', /\/data\/support-train\/versions\/1$/);

    const job = await arm(emu, 'PUT', 'jobs/sdk-job', {
      body: fineTuningJob({ trainingUri: 'azureml:support-train:1', assetName: 'sdk-model' }),
    });
    assert.equal(job.status, 201);
    emu.clock.advance(3 * 3600_000);
    const modelId = emu.job('sdk-job')!.registeredModel!.id;
    const endpoint = await arm<{ properties: { inferenceEndpoint: { uri: string } } }>(
      emu,
      'PUT',
      'serverlessEndpoints/sdk-ep',
      { body: serverlessEndpoint(emu, modelId) },
    );
    emu.clock.advance(600_000);
    const keys = await arm<{ primaryKey: string }>(emu, 'POST', 'serverlessEndpoints/sdk-ep/listKeys');
    const [q, a] = qaPairs(15)[2]!;
    const reply = await chat(endpoint.body.properties.inferenceEndpoint.uri, keys.body.primaryKey, [
      { role: 'system', content: 'You are a helpful support assistant.' },
      { role: 'user', content: q },
    ]);
    assert.equal(
      (reply.body.choices as { message: { content: string } }[])[0]!.message.content,
      a,
      'the model learned the uploaded data',
    );
  });
});
