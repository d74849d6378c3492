/**
 * Dataset validation benchmark (`npm run bench`). First, side by side on one generated file of varied
 * text (BENCH_VARIED_MB, default 64 MB: prose, six scripts, code, JSON, emoji): full validation with
 * exact tokens against gpt-tokenizer (fetched on demand, see lib/peer.ts) merely counting the same
 * message contents on one thread (goal >= 3x). BENCH_PEER_ONLY=1 stops there. Then, on a generated 200 MB
 * chat JSONL file it reports:
 * - structural validation throughput as a ratio to a bare read-lines + JSON.parse loop (goal >= 0.7),
 * - full validation with exact tokens as a ratio to one uncached js-tiktoken pass (goal >= 3),
 * and, on a 1 GB file, the peak RSS of a full validation (goal < 200 MB).
 * BENCH_MB and BENCH_BIG_MB change the sizes (e.g. for a quick run). The bare loop and the 2-thread
 * structural validation run twice, interleaved, and each keeps its best time: the machine is shared,
 * and neither side should win by the other's bad luck.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Tiktoken } from 'js-tiktoken/lite';
import { validateDatasets } from '../src/dataset/index.ts';
import { findModel } from '../src/models/catalog.ts';
import { generateChatJsonl } from './lib/generate.ts';
import { loadPeer } from './lib/peer.ts';
import { generateVariedJsonl } from './lib/varied.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '.out');
const MB = 1024 * 1024;
const model = findModel('Phi-4-mini-instruct')!;

type Timed = { seconds: number; value: Awaited<ReturnType<typeof validateDatasets>> };

async function timed<T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { seconds: (performance.now() - started) / 1000, value };
}

async function bareParse(file: string): Promise<number> {
  let n = 0;
  const lines = createInterface({
    input: createReadStream(file, { highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (line.length === 0) continue;
    JSON.parse(line);
    n += 1;
  }
  return n;
}

/** What a straightforward implementation does: parse each line and encode every message with js-tiktoken. */
async function uncachedTokenizerPass(file: string): Promise<number> {
  const ranks = (await import('js-tiktoken/ranks/o200k_base')).default;
  const encoder = new Tiktoken(ranks);
  let tokens = 0;
  const lines = createInterface({
    input: createReadStream(file, { highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (line.length === 0) continue;
    const { messages } = JSON.parse(line) as { messages: { content: string }[] };
    tokens += 1;
    for (const m of messages) tokens += 2 + encoder.encode(m.content, [], []).length;
  }
  return tokens;
}

function faster<T>(a: { seconds: number; value: T }, b: { seconds: number; value: T }) {
  return b.seconds < a.seconds ? b : a;
}

function mbps(bytes: number, seconds: number): string {
  return `${(bytes / MB / seconds).toFixed(1)} MB/s`;
}

/** gpt-tokenizer counting every message's content, nothing else: the least a peer must do. */
async function peerCount(file: string, countTokens: (text: string) => number): Promise<number> {
  let tokens = 0;
  const lines = createInterface({
    input: createReadStream(file, { highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (line.length === 0) continue;
    const { messages } = JSON.parse(line) as { messages: { content: string }[] };
    for (const m of messages) tokens += countTokens(m.content);
  }
  return tokens;
}

/** Full validation against gpt-tokenizer merely counting the same contents; returns the ratio. */
export async function runPeerBench(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const size = Number(process.env.BENCH_VARIED_MB ?? 64);
  const file = path.join(OUT, `varied-${size}mb.jsonl`);
  console.log(`generating ${size} MB of varied chat JSONL ...`);
  await generateVariedJsonl(file, size * MB);
  const bytes = statSync(file).size;
  const peer = await loadPeer();
  const full = (threads?: number) => () =>
    validateDatasets({ root: OUT, model, training: path.basename(file), splitRatio: 0.1, threads });
  // Interleaved, best of two each: the machine is shared, and no side should win by the other's bad luck.
  const runs = { peer: [] as { seconds: number; value: number }[], two: [] as Timed[], one: [] as Timed[] };
  for (let round = 0; round < 2; round++) {
    runs.peer.push(await timed(() => peerCount(file, peer.countTokens)));
    runs.two.push(await timed(full()));
    runs.one.push(await timed(full(1)));
  }
  const best = faster(runs.peer[0]!, runs.peer[1]!);
  const ours = faster(runs.two[0]!, runs.two[1]!);
  const one = faster(runs.one[0]!, runs.one[1]!);
  const stats = ours.value.files[0]!.stats;
  console.log(
    `gpt-tokenizer ${peer.version} counting contents, 1 thread: ${best.seconds.toFixed(2)}s  ${mbps(bytes, best.seconds)}  (${best.value} tokens of content)`,
  );
  console.log(
    `full validation (exact tokens), ${ours.value.tokenizer.threads} threads:        ${ours.seconds.toFixed(2)}s  ${mbps(bytes, ours.seconds)}  (${stats.examples} examples, ${stats.tokens.total} tokens with the template)`,
  );
  console.log(
    `full validation (exact tokens), 1 thread:         ${one.seconds.toFixed(2)}s  ${mbps(bytes, one.seconds)}`,
  );
  const ratio = best.seconds / Math.min(ours.seconds, one.seconds);
  console.log(
    `  full validation / gpt-tokenizer counting: ${ratio.toFixed(2)}x (goal >= 3; ${ours.value.tokenizer.threads} threads ${(best.seconds / ours.seconds).toFixed(2)}x, 1 thread ${(best.seconds / one.seconds).toFixed(2)}x; load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
  return ratio;
}

export async function runValidateBench(): Promise<void> {
  await runPeerBench();
  if (process.env.BENCH_PEER_ONLY === '1') return;
  mkdirSync(OUT, { recursive: true });
  const size = Number(process.env.BENCH_MB ?? 200);
  const bigSize = Number(process.env.BENCH_BIG_MB ?? 1024);
  const file = path.join(OUT, `chat-${size}mb.jsonl`);
  console.log(`generating ${size} MB of chat JSONL ...`);
  await generateChatJsonl(file, size * MB);
  const bytes = statSync(file).size;
  console.log(`file: ${file} (${(bytes / MB).toFixed(0)} MB), 2 cores`);

  const structuralRun = () =>
    validateDatasets({
      root: OUT,
      model,
      training: path.basename(file),
      countTokens: false,
      splitRatio: 0.1,
    });
  const firstBare = await timed(() => bareParse(file));
  const firstStructural = await timed(structuralRun);
  const bare = faster(firstBare, await timed(() => bareParse(file)));
  const structural = faster(firstStructural, await timed(structuralRun));
  console.log(
    `bare readline + JSON.parse:          ${bare.seconds.toFixed(2)}s  ${mbps(bytes, bare.seconds)}  (${bare.value} lines)`,
  );

  const structural1 = await timed(() =>
    validateDatasets({
      root: OUT,
      model,
      training: path.basename(file),
      countTokens: false,
      threads: 1,
      splitRatio: 0.1,
    }),
  );
  console.log(
    `structural validation, 1 thread:     ${structural1.seconds.toFixed(2)}s  ${mbps(bytes, structural1.seconds)}`,
  );
  console.log(
    `structural validation, ${structural.value.tokenizer.threads} threads:    ${structural.seconds.toFixed(2)}s  ${mbps(bytes, structural.seconds)}`,
  );

  const baseline = await timed(() => uncachedTokenizerPass(file));
  console.log(
    `uncached js-tiktoken pass, 1 thread: ${baseline.seconds.toFixed(2)}s  ${mbps(bytes, baseline.seconds)}`,
  );
  const full1 = await timed(() =>
    validateDatasets({ root: OUT, model, training: path.basename(file), threads: 1, splitRatio: 0.1 }),
  );
  console.log(
    `full validation (exact tokens), 1 thread:  ${full1.seconds.toFixed(2)}s  ${mbps(bytes, full1.seconds)}`,
  );
  const full = await timed(() =>
    validateDatasets({ root: OUT, model, training: path.basename(file), splitRatio: 0.1 }),
  );
  const stats = full.value.files[0]!.stats;
  console.log(
    `full validation (exact tokens), ${full.value.tokenizer.threads} threads: ${full.seconds.toFixed(2)}s  ${mbps(bytes, full.seconds)}  (${stats.examples} examples, ${stats.tokens.total} tokens, o200k load ${full.value.tokenizer.loadMs} ms)`,
  );

  let rss: { maxRssMB: number; seconds: number; threads: number } | undefined;
  if (bigSize > 0) {
    const big = path.join(OUT, `chat-${bigSize}mb.jsonl`);
    console.log(`generating ${bigSize} MB ...`);
    await generateChatJsonl(big, bigSize * MB, 7);
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, path.join(HERE, 'lib/rss-child.ts'), big],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    rss = JSON.parse(output.trim().split('\n').pop()!) as {
      maxRssMB: number;
      seconds: number;
      threads: number;
    };
    console.log(
      `full validation of ${bigSize} MB: ${rss.seconds.toFixed(1)}s on ${rss.threads} threads, peak RSS ${rss.maxRssMB.toFixed(0)} MB (whole process)`,
    );
  }

  console.log('\nresults');
  console.log(
    `  structural / bare parse:      ${(bare.seconds / structural.seconds).toFixed(2)}x (goal >= 0.7; 1 thread: ${(bare.seconds / structural1.seconds).toFixed(2)}x)`,
  );
  console.log(
    `  full / uncached tokenizer:    ${(baseline.seconds / full.seconds).toFixed(2)}x (goal >= 3; 1 thread: ${(baseline.seconds / full1.seconds).toFixed(2)}x)`,
  );
  if (rss) console.log(`  peak RSS on ${bigSize} MB:          ${rss.maxRssMB.toFixed(0)} MB (goal < 200 MB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runValidateBench();
