/**
 * The peer the validation benchmark is compared with, fetched on demand: gpt-tokenizer (the fastest
 * single-threaded JavaScript BPE tokenizer we know of) installed by npm into a cache folder outside the
 * project, never a dependency of it. `BENCH_PEER_DIR` moves the folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const PEER = 'gpt-tokenizer';
export const PEER_VERSION = '4.0.0';

export interface PeerTokenizer {
  version: string;
  countTokens(text: string): number;
}

/** gpt-tokenizer's o200k_base encoding (Phi-4-mini's vocabulary), installed on first use. */
export async function loadPeer(): Promise<PeerTokenizer> {
  const dir =
    process.env.BENCH_PEER_DIR ?? path.join(os.tmpdir(), `foundry-finetune-bench-${PEER}-${PEER_VERSION}`);
  const entry = path.join(dir, 'node_modules', PEER, 'esm', 'encoding', 'o200k_base.js');
  if (!existsSync(entry)) {
    mkdirSync(dir, { recursive: true });
    console.log(`installing ${PEER}@${PEER_VERSION} into ${dir} (once) ...`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(
      npm,
      [
        'install',
        '--prefix',
        dir,
        '--no-save',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        `${PEER}@${PEER_VERSION}`,
      ],
      {
        stdio: 'inherit',
      },
    );
  }
  const mod = (await import(pathToFileURL(entry).href)) as { countTokens(text: string): number };
  return { version: PEER_VERSION, countTokens: (text) => mod.countTokens(text) };
}
