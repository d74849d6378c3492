/**
 * Evaluation benchmark (`npm run bench`, or `npx tsx bench/evaluate.ts` alone).
 *
 * 1,000 golden examples against an emulated serverless endpoint that answers in 100 ms and admits
 * 600 requests a minute over a sliding 60 s window (the emulator's `SlidingWindow`: a request is
 * admitted when fewer than 600 were admitted in the 60 s before it; a throttled request is not counted).
 *
 * The rate-limit floor. With the window empty at the start, the first 600 requests may all be admitted
 * at t = 0; request k (0-based) can be admitted no earlier than floor(k / 600) x 60 s, because the
 * requests admitted in [t - 60 s, t) number at most 600. The last one, k = 999, is admitted at 60 s at
 * the earliest and answered 100 ms later: floor = floor((N - 1) / L) x W + latency = 60.1 s. No client,
 * however parallel, finishes sooner; we report our wall time as a ratio to it (goal <= 1.10, 0 failed).
 *
 * Then the same set through `promptfoo eval` (fetched on demand with `npm exec --yes`, offline: no
 * telemetry, no update check, its own config dir), against a second endpoint with the same answers and
 * an equally empty window, at the same concurrency as ours. Reported: its wall time as a ratio to ours
 * (goal >= 2), its startup time separately, and both tools' exact-match counts side by side (ours is
 * SQuAD-normalized, promptfoo's `equals` is strict string equality; the emulator answers either
 * exactly or wrongly, so the two should agree).
 *
 * BENCH_EVAL_N, BENCH_EVAL_RPM and BENCH_EVAL_LATENCY_MS change the sizes (e.g. for a quick run);
 * BENCH_EVAL_SKIP_PROMPTFOO=1 skips promptfoo.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { GoldenExample } from '../src/dataset/types.ts';
import { createChatClient } from '../src/evaluation/chat-client.ts';
import { evaluateGoldenSet } from '../src/evaluation/evaluate.ts';
import { startEmulator } from '../test/emulator/index.ts';

export const PROMPTFOO_VERSION = '0.123.1';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '.out', 'evaluate');

const N = Number(process.env.BENCH_EVAL_N ?? 1000);
const RPM = Number(process.env.BENCH_EVAL_RPM ?? 600);
const LATENCY_MS = Number(process.env.BENCH_EVAL_LATENCY_MS ?? 100);
const WINDOW_MS = 60_000;
/** The action's defaults (src/config/settings.ts): what a user gets without tuning anything. */
const CLIENT_DEFAULTS = {
  requestsPerMinute: RPM,
  tokensPerMinute: 150_000,
  concurrency: 16,
  timeoutMs: 60_000,
  maxRetries: 6,
  maxTokens: 512,
  seed: 42,
};
/** Share of prompts the emulated model answers wrongly (seeded per prompt), so exact match is not trivial. */
const ERROR_RATE = 0.1;

export function rateLimitFloorMs(n: number, perWindow: number, windowMs: number, latencyMs: number): number {
  return Math.floor((n - 1) / perWindow) * windowMs + latencyMs;
}

function goldenSet(n: number): GoldenExample[] {
  return Array.from({ length: n }, (_, i) => ({
    line: i + 1,
    id: `bench-${i}`,
    messages: [
      { role: 'user', content: `Benchmark question ${i}: which depot stores part ${(i * 7919) % 10007}?` },
    ],
    expected: [`Depot ${String.fromCharCode(65 + (i % 26))}${i % 97}`],
  }));
}

interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<ProcessResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

interface PromptfooOutput {
  results?: {
    results?: { success?: boolean; error?: string | null; response?: { output?: unknown; error?: string } }[];
    stats?: { successes?: number; failures?: number; errors?: number };
  };
}

async function runPromptfoo(
  golden: GoldenExample[],
  endpoint: { url: string; key: string },
  concurrency: number,
): Promise<
  | { seconds: number; startupSeconds: number; exactMatches: number; errors: number; total: number }
  | { skipped: string }
> {
  mkdirSync(OUT, { recursive: true });
  const configPath = path.join(OUT, `promptfooconfig-j${concurrency}.yaml`);
  const outputPath = path.join(OUT, `promptfoo-output-j${concurrency}.json`);
  writeFileSync(
    configPath,
    stringify({
      description: 'foundry-finetune evaluation benchmark',
      prompts: ['{{question}}'],
      providers: [
        {
          id: 'openai:chat:bench',
          config: {
            apiBaseUrl: `${endpoint.url}/v1`,
            temperature: 0,
            max_tokens: CLIENT_DEFAULTS.maxTokens,
            seed: CLIENT_DEFAULTS.seed,
          },
        },
      ],
      tests: golden.map((g) => ({
        vars: { question: g.messages[0]!.content },
        assert: [{ type: 'equals', value: g.expected[0] }],
      })),
    }),
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // The same Node that runs this benchmark (Node 24) runs promptfoo, whatever `node` is on PATH.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    PROMPTFOO_DISABLE_TELEMETRY: '1',
    PROMPTFOO_DISABLE_UPDATE: '1',
    PROMPTFOO_CONFIG_DIR: path.join(OUT, 'promptfoo-home'),
    OPENAI_API_KEY: endpoint.key,
    npm_config_yes: 'true',
  };
  const npx = ['exec', '--yes', `promptfoo@${PROMPTFOO_VERSION}`, '--'];
  // First call downloads the package (not timed); the second measures the tool's own startup.
  const install = await run('npm', [...npx, '--version'], env, OUT);
  if (install.code !== 0)
    return {
      skipped: `could not fetch promptfoo@${PROMPTFOO_VERSION}: ${install.stderr.trim().split('\n').at(-1)}`,
    };
  const startup = await run('npm', [...npx, '--version'], env, OUT);
  const evalRun = await run(
    'npm',
    [
      ...npx,
      'eval',
      '-c',
      configPath,
      '-o',
      outputPath,
      '--no-cache',
      '--no-write',
      '--no-table',
      '--no-progress-bar',
      '-j',
      String(concurrency),
    ],
    env,
    OUT,
  );
  let output: PromptfooOutput;
  try {
    output = JSON.parse(readFileSync(outputPath, 'utf8')) as PromptfooOutput;
  } catch {
    return {
      skipped: `promptfoo eval exited ${evalRun.code} without an output file: ${evalRun.stderr.trim().slice(-400)}`,
    };
  }
  const results = output.results?.results ?? [];
  return {
    seconds: evalRun.seconds,
    startupSeconds: startup.seconds,
    exactMatches: results.filter((r) => r.success === true).length,
    errors: output.results?.stats?.errors ?? results.filter((r) => r.error && !r.response?.output).length,
    total: results.length,
  };
}

const fmt = (n: number, digits = 2): string => n.toFixed(digits);

export async function runEvaluateBench(): Promise<void> {
  const golden = goldenSet(N);
  const answers = Object.fromEntries(golden.map((g) => [g.messages[0]!.content!, g.expected[0]!]));
  const emu = await startEmulator({ azurite: false });
  try {
    // One model name for every endpoint: the emulator seeds its wrong answers by model and prompt, so
    // every tool gets the very same answers.
    const limits = {
      requestsPerMinute: RPM,
      latencyMs: LATENCY_MS,
      errorRate: ERROR_RATE,
      contentSafety: false,
      modelName: 'phi-4-mini-bench',
    };
    const ours = emu.inference.register({ name: 'bench-ours', answers, ...limits });
    // promptfoo's OpenAI provider sends `seed` without `extra-parameters`, which a strict endpoint refuses;
    // its endpoints are lenient, since this measures throughput, not the contract.
    const lenient = { ...limits, contract: { strict: false } };
    const theirs = emu.inference.register({ name: 'bench-promptfoo', answers, ...lenient });
    const floorMs = rateLimitFloorMs(N, RPM, WINDOW_MS, LATENCY_MS);

    console.log(
      `${N} golden examples · endpoint: ${LATENCY_MS} ms per answer, ${RPM} requests a minute (sliding 60 s window)` +
        `\nrate-limit floor: ${fmt(floorMs / 1000)} s = floor((${N} - 1) / ${RPM}) x 60 s + ${LATENCY_MS} ms (the first ${Math.min(N, RPM)} may go at once)`,
    );

    const candidate = createChatClient({ url: ours.url, key: ours.key, ...CLIENT_DEFAULTS });
    const started = performance.now();
    const result = await evaluateGoldenSet({ examples: golden, candidate, bootstrapSamples: 1000, seed: 42 });
    const seconds = (performance.now() - started) / 1000;
    const ratio = seconds / (floorMs / 1000);
    const em = Math.round((result.candidate.metrics.exact_match ?? 0) * (N - result.candidate.failed));
    const stats = candidate.stats();
    console.log(
      `foundry-finetune: ${fmt(seconds)} s, ${fmt(ratio, 3)} x the floor (goal <= 1.10) ${ratio <= 1.1 ? 'OK' : 'MISSED'}` +
        ` · failed ${result.candidate.failed} (goal 0) · ${stats.requests} requests, ${stats.throttled} throttled (429)` +
        ` · exact match ${em}/${N}`,
    );

    if (process.env.BENCH_EVAL_SKIP_PROMPTFOO === '1') return;
    // At our concurrency (like for like), then at promptfoo's default (what its users get), each against
    // an endpoint of its own so every run starts with an empty window.
    const runs: { label: string; concurrency: number }[] = [
      { label: 'same concurrency as ours', concurrency: CLIENT_DEFAULTS.concurrency },
      { label: "promptfoo's default concurrency", concurrency: 4 },
    ];
    for (const [i, r] of runs.entries()) {
      const endpoint =
        i === 0 ? theirs : emu.inference.register({ name: `bench-promptfoo-${i}`, answers, ...lenient });
      const pf = await runPromptfoo(golden, endpoint, r.concurrency);
      if ('skipped' in pf) {
        console.log(`promptfoo: skipped (${pf.skipped})`);
        return;
      }
      const pfRatio = pf.seconds / seconds;
      const evalOnly = pf.seconds - pf.startupSeconds;
      const name = i === 0 ? 'bench-promptfoo' : `bench-promptfoo-${i}`;
      console.log(
        `promptfoo ${PROMPTFOO_VERSION} -j ${r.concurrency} (${r.label}): ${fmt(pf.seconds)} s (startup ${fmt(pf.startupSeconds)} s), ` +
          `${fmt(pfRatio)} x ours (goal >= 2) ${pfRatio >= 2 ? 'OK' : 'MISSED'}; without its startup ${fmt(evalOnly / seconds)} x` +
          ` · errors ${pf.errors}/${pf.total} · 429s the endpoint sent it: ${emu.inference.stats(name)?.throttled ?? '?'}`,
      );
      console.log(
        `exact match: foundry-finetune ${em}/${N} · promptfoo (equals) ${pf.exactMatches}/${pf.total}`,
      );
    }
  } finally {
    await emu.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runEvaluateBench();
}
