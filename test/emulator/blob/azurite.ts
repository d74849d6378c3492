import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Azurite's fixed development account (documented by Azure; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteHandle {
  /** Blob service URL, path-style: `http://127.0.0.1:PORT/devstoreaccount1`. */
  serviceUrl: string;
  host: string;
  pid: number;
  /** Temp dir holding Azurite's data; removed by stop(). */
  location: string;
  stop(): Promise<void>;
}

/**
 * Azurite runs as a child process (its module state is global, so two in one process would collide). A small
 * wrapper exits it when our IPC channel closes, so a crashed test process does not leave it running.
 */
export async function startAzurite(): Promise<AzuriteHandle> {
  const location = await mkdtemp(join(tmpdir(), 'foundry-emulator-azurite-'));
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');
  const wrapper =
    "process.on('disconnect',()=>process.exit(0));process.once('SIGTERM',()=>setTimeout(()=>process.exit(0),300));require(process.argv[1]);";
  const args = [
    '-e',
    wrapper,
    main,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--location',
    location,
    '--silent',
    '--loose',
    '--skipApiVersionCheck',
    '--disableTelemetry',
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let host: string;
  try {
    host = await waitForListening(child);
  } catch (error) {
    await kill(child);
    await rm(location, { recursive: true, force: true });
    throw error;
  }
  child.unref();
  child.channel?.unref();
  return {
    serviceUrl: `${host}/${AZURITE_ACCOUNT}`,
    host,
    pid: child.pid ?? -1,
    location,
    stop: async () => {
      await kill(child);
      await rm(location, { recursive: true, force: true });
    },
  };
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Azurite did not start within 20 s:\n${output}`)),
      20_000,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /successfully listens on (https?:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with code ${code} before listening:\n${output}`));
    });
  });
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
