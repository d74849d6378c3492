/** Where the workspace's default datastore keeps its blobs, and the upload of one file there. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';
import type { RetryOptions } from './retry.ts';

/**
 * The blob service URL of a datastore. Azure gives a DNS suffix (`core.windows.net`): the account is a
 * subdomain, `https://{account}.blob.{suffix}`. A host with a port or an IP address (Azurite, the local
 * emulator) is path-style instead: `{protocol}://{host}/{account}`.
 */
export function blobServiceUrl(ds: { accountName: string; endpoint: string; protocol?: string }): string {
  const protocol = (ds.protocol || 'https').replace(/:$/, '');
  const endpoint = ds.endpoint.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
  const hostPart = endpoint.split('/')[0] ?? endpoint;
  const pathStyle =
    /:\d+$/.test(hostPart) || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostPart) || /^localhost$/i.test(hostPart);
  return pathStyle
    ? `${protocol}://${endpoint}/${ds.accountName}`
    : `${protocol}://${ds.accountName}.blob.${endpoint}`;
}

/** sha256 of a file, streamed. */
export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Blob path of uploaded content: the same bytes always land at the same path. */
export function uploadPath(sha: string, file: string): string {
  return `LocalUpload/${sha}/${path.basename(file)}`;
}

export interface BlobTarget {
  serviceUrl: string;
  container: string;
  accountName: string;
  /** Account key from listSecrets; absent: the caller's Entra token (credential-less datastore). */
  key?: string;
  credential: TokenCredential;
  retry: RetryOptions;
}

/** Uploads unless a blob of that name exists already; answers whether it uploaded. */
export async function uploadIfMissing(target: BlobTarget, blobPath: string, file: string): Promise<boolean> {
  const credential = target.key
    ? new StorageSharedKeyCredential(target.accountName, target.key)
    : target.credential;
  const service = new BlobServiceClient(target.serviceUrl, credential, {
    retryOptions: {
      maxTries: target.retry.maxRetries + 1,
      retryDelayInMs: Math.max(1, target.retry.baseDelayMs),
      maxRetryDelayInMs: target.retry.maxDelayMs,
    },
  });
  const blob = service.getContainerClient(target.container).getBlockBlobClient(blobPath);
  if (await blob.exists()) return false;
  const size = (await stat(file)).size;
  await blob.uploadStream(createReadStream(file), 4 * 1024 * 1024, 2, {
    blobHTTPHeaders: { blobContentType: 'application/jsonl' },
    metadata: { size: String(size) },
  });
  return true;
}
