import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { AZURITE_ACCOUNT, AZURITE_KEY } from './azurite.ts';

/** Where the emulator reads training data from: Azurite when it runs, memory when a test opts out of it. */
export interface BlobStore {
  readonly kind: 'azurite' | 'memory';
  ensureContainer(container: string): Promise<void>;
  read(container: string, path: string): Promise<Buffer | undefined>;
  write(container: string, path: string, data: Buffer | string): Promise<void>;
}

export class AzuriteBlobStore implements BlobStore {
  readonly kind = 'azurite';
  private readonly client: BlobServiceClient;

  constructor(serviceUrl: string) {
    this.client = new BlobServiceClient(
      serviceUrl,
      new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY),
    );
  }

  async ensureContainer(container: string): Promise<void> {
    await this.client.getContainerClient(container).createIfNotExists();
  }

  async read(container: string, path: string): Promise<Buffer | undefined> {
    const blob = this.client.getContainerClient(container).getBlobClient(path);
    try {
      return await blob.downloadToBuffer();
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw error;
    }
  }

  async write(container: string, path: string, data: Buffer | string): Promise<void> {
    const buffer = typeof data === 'string' ? Buffer.from(data) : data;
    await this.client.getContainerClient(container).getBlockBlobClient(path).uploadData(buffer);
  }
}

export class MemoryBlobStore implements BlobStore {
  readonly kind = 'memory';
  private readonly blobs = new Map<string, Buffer>();

  async ensureContainer(): Promise<void> {}

  async read(container: string, path: string): Promise<Buffer | undefined> {
    return this.blobs.get(`${container}/${path}`);
  }

  async write(container: string, path: string, data: Buffer | string): Promise<void> {
    this.blobs.set(`${container}/${path}`, typeof data === 'string' ? Buffer.from(data) : data);
  }
}
