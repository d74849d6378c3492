/**
 * The action's cold start: `node dist/index.js` from process start to its first log line, next to a bare
 * `node -e ''` in the same loop (the floor no action can beat), plus the bundle's size on disk and what a
 * pull request run loads (validate never loads the Azure SDK).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);

/** Milliseconds from spawn to the first stdout line that `match` accepts (or to exit). */
function timeToLine(
  args: string[],
  env: NodeJS.ProcessEnv,
  match: (line: string) => boolean,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let buffer = '';
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
    };
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      if (buffer.split('\n').some(match)) {
        finish();
        child.kill();
      }
    });
    child.on('error', reject);
    child.on('close', finish);
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function bundleSize(dir: string): { bytes: number; files: number; mainBytes: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.map')) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files, mainBytes: statSync(path.join(dir, 'index.js')).size };
}

export async function runColdStartBench(): Promise<void> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'ff-cold-'));
  const temp = mkdtempSync(path.join(os.tmpdir(), 'ff-cold-runner-'));
  try {
    writeFileSync(path.join(workspace, 'train.jsonl'), '');
    const env = {
      ...process.env,
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      RUNNER_TEMP: temp,
      'INPUT_TRAINING-FILE': 'train.jsonl',
      INPUT_COMMENT: 'false',
    };
    const entry = process.env.COLD_START_ENTRY ?? path.join(ROOT, 'dist/index.js');
    const firstLog = (line: string): boolean => line.startsWith('foundry-finetune:');
    const bare: number[] = [];
    const action: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await timeToLine(['-e', 'console.log("x")'], env, (l) => l === 'x'));
      action.push(await timeToLine([entry], env, firstLog));
    }
    const size = bundleSize(path.join(ROOT, 'dist'));
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
    console.log(`cold start, median of ${RUNS} runs (same loop, alternating):`);
    console.log(`  node -e (floor)              ${median(bare).toFixed(0)} ms`);
    console.log(`  node dist/index.js -> 1st log ${median(action).toFixed(0)} ms  (goal < 300 ms)`);
    console.log(`  action above the floor       ${(median(action) - median(bare)).toFixed(0)} ms`);
    console.log(
      `  bundle: ${mb(size.bytes)} in ${size.files} files without source maps; entry chunk dist/index.js ${mb(size.mainBytes)}`,
    );
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await runColdStartBench();
