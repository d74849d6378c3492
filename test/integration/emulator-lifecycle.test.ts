import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { startEmulator, trustEmulatorCertificate } from '../emulator/index.ts';
import { arm, chatJsonl, fineTuningJob, qaPairs } from '../emulator/testing.ts';

trustEmulatorCertificate();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

describe('emulator lifecycle: no leftovers', () => {
  it('stop() closes every port, ends the Azurite child and removes its temp dir', async () => {
    const emu = await startEmulator();
    const azurite = emu.azurite!;
    assert.ok(alive(azurite.pid));
    assert.ok(existsSync(azurite.location));
    assert.equal((await arm(emu, 'GET', '')).status, 200);
    await emu.stop();
    assert.ok(!alive(azurite.pid), 'Azurite child is gone');
    assert.ok(!existsSync(azurite.location), 'Azurite temp dir is removed');
    for (const url of [
      emu.armUrl,
      emu.authorityHost,
      emu.inferenceUrl,
      emu.github.apiUrl,
      emu.contentSafetyUrl,
      emu.blob.url,
    ]) {
      assert.ok(await refused(url), `${url} no longer listens`);
    }
  });

  it('npm run emulator: prints one JSON line when ready, runs jobs at --time-scale, exits 0 on SIGTERM leaving nothing', async () => {
    const cli = fileURLToPath(new URL('../emulator/cli.ts', import.meta.url));
    // process.execPath is the Node 24 that runs this test; tsx as an import hook, like `npm run emulator`.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, '--time-scale', '1000000', '--rpm', '600', '--latency-ms', '0'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const lines = createInterface({ input: child.stdout! });
      const first = await new Promise<string>((resolve, reject) => {
        lines.once('line', resolve);
        child.once('exit', (code) => reject(new Error(`emulator exited early with ${code}`)));
      });
      const info = JSON.parse(first) as Record<string, unknown> & {
        armUrl: string;
        token: string;
        azurite: { pid: number; location: string };
        childEnv: Record<string, string>;
      };
      for (const key of [
        'armUrl',
        'subscriptionId',
        'resourceGroup',
        'workspace',
        'token',
        'authorityHost',
        'tenantId',
        'clientId',
        'oidc',
        'githubApiUrl',
        'contentSafetyUrl',
        'blob',
        'caCertPath',
      ]) {
        assert.ok(info[key], `${key} in the ready line`);
      }
      assert.equal(info.childEnv.NODE_EXTRA_CA_CERTS, info.caCertPath);
      const emu = {
        armUrl: info.armUrl,
        token: info.token,
        subscriptionId: info.subscriptionId,
        resourceGroup: info.resourceGroup,
        workspace: info.workspace,
      } as Parameters<typeof arm>[0];
      const blobPath = 'cli/train.jsonl';
      // Upload through Azurite as a client would (path-style URL + account key from the ready line).
      const blob = info.blob as { url: string; account: string; key: string; container: string };
      const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
      const text = chatJsonl(qaPairs(10));
      await new BlobServiceClient(blob.url, new StorageSharedKeyCredential(blob.account, blob.key))
        .getContainerClient(blob.container)
        .getBlockBlobClient(blobPath)
        .upload(text, text.length);
      assert.equal(
        (
          await arm(emu, 'PUT', 'jobs/cli-job', {
            body: fineTuningJob({ trainingUri: `azureml://datastores/workspaceblobstore/paths/${blobPath}` }),
          })
        ).status,
        201,
      );
      // At a million times real time the 21 virtual minutes of a job pass in about 1.3 ms.
      let status = '';
      for (let i = 0; i < 50 && status !== 'Completed'; i++) {
        await new Promise((r) => setTimeout(r, 5));
        status = (await arm<{ properties: { status: string } }>(emu, 'GET', 'jobs/cli-job')).body.properties
          .status;
      }
      assert.equal(status, 'Completed');

      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exit, 0);
      assert.ok(!alive(info.azurite.pid), 'Azurite child is gone');
      assert.ok(!existsSync(info.azurite.location), 'temp dir removed');
      assert.ok(await refused(info.armUrl));
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
