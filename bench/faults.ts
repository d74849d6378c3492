/**
 * Fault campaign (`npm run bench -- faults`, or `npx tsx bench/faults.ts` alone): the merge run (train ->
 * deploy -> evaluate -> gate) of the bundled action with every service behind the fault proxy
 * (test/support/fault-proxy.ts), a share of requests spoiled, over several seeds; beside one fault-free run
 * as the reference. Per seed it reports what issue 12 asks of such a run:
 *
 * - the exit code, the verdict (passed / promoted) and whether the metrics (latency aside) are the
 *   fault-free run's;
 * - jobs created (must be 1) and models tagged `production` (must be 1);
 * - any secret (endpoint keys, the Content Safety key, the storage key, the GitHub and OIDC tokens) found
 *   in what the run wrote;
 * - the faults injected, by kind, and the wall time.
 *
 * It reports; it does not judge (a test will, once the transient policy is wired into the clients). The
 * proxy's log of which request got which fault goes to bench/.out/faults/seed-N.log, each run's output to
 * seed-N.out, the table to report.md and report.json.
 *
 * BENCH_FAULTS_SEEDS (default "1,2,3"), BENCH_FAULTS_RATE (0.2: the share of requests spoiled, spread
 * evenly over the eight kinds), BENCH_FAULTS_DELAY_SCALE (0.05: the 10-20 s delays become 0.5-1 s),
 * BENCH_FAULTS_TIME_SCALE (5000: a 20-minute fine-tune takes 0.24 s).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from '../test/emulator/index.ts';
import { makeRepo, PROJECT_ROOT, type ActionRun } from '../test/support/action.ts';
import { proxyEmulator, spreadRates, type FaultProxyOptions } from '../test/support/fault-proxy.ts';
import { runProxied } from '../test/support/proxied-run.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '.out', 'faults');

const SEEDS = (process.env.BENCH_FAULTS_SEEDS ?? '1,2,3')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const RATE = Number(process.env.BENCH_FAULTS_RATE ?? 0.2);
const DELAY_SCALE = Number(process.env.BENCH_FAULTS_DELAY_SCALE ?? 0.05);
const TIME_SCALE = Number(process.env.BENCH_FAULTS_TIME_SCALE ?? 5000);

const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');
const INPUTS = {
  'golden-file': 'data/golden.jsonl',
  gates: ['exact_match >= 0.3', 'f1 >= 0.3'].join('\n'),
  'requests-per-minute': '6000',
};

export interface CampaignRow {
  seed: string;
  code: number | null;
  passed?: string;
  promoted?: string;
  sameMetrics: boolean | undefined;
  jobs: number;
  production: number;
  leaked: string[];
  faults: Record<string, number>;
  requests: number;
  seconds: number;
  /** The first error annotation, when the run failed. */
  error?: string;
}

type Metrics = Record<string, Record<string, number> | undefined>;

/** The run's metrics without latency, which faults change by design (delays). */
function qualityMetrics(r: ActionRun): Metrics | undefined {
  if (!r.outputs.metrics) return undefined;
  const all = JSON.parse(r.outputs.metrics) as Metrics;
  return Object.fromEntries(
    Object.entries(all).map(([side, m]) => [
      side,
      m && Object.fromEntries(Object.entries(m).filter(([k]) => !k.startsWith('latency'))),
    ]),
  );
}

function secretsOf(emu: Emulator): string[] {
  return [
    emu.contentSafetyKey,
    emu.blob.key,
    emu.github.tokens.actions,
    emu.oidc.requestToken,
    ...emu.endpoints().flatMap((e) => [e.keys.primaryKey, e.keys.secondaryKey]),
  ].filter((s) => s && s.length >= 8);
}

async function oneRun(
  seed: string,
  proxy: Omit<FaultProxyOptions, 'upstreams'>,
): Promise<{ row: Omit<CampaignRow, 'sameMetrics'>; metrics?: Metrics; log: string; output: string }> {
  const emu = await startEmulator({ timeScale: TIME_SCALE, lroRetryAfterSeconds: 0 });
  const proxied = await proxyEmulator(emu, proxy);
  const workspace = makeRepo({
    'data/train.jsonl': read('examples/data/train.jsonl'),
    'data/golden.jsonl': read('examples/data/golden.jsonl'),
  });
  const started = performance.now();
  try {
    const r = await runProxied(emu, proxied, workspace.dir, INPUTS, { timeoutMs: 600_000 });
    const written = r.everything();
    return {
      row: {
        seed,
        code: r.code,
        passed: r.outputs.passed,
        promoted: r.outputs.promoted,
        jobs: emu.jobs().length,
        production: emu.models().filter((m) => m.tags.stage === 'production').length,
        leaked: secretsOf(emu)
          .filter((s) => written.includes(s))
          .map((s) => `${s.slice(0, 4)}…`),
        faults: proxied.proxy.tally(),
        requests: proxied.proxy.log.length,
        seconds: (performance.now() - started) / 1000,
        ...(r.code !== 0
          ? { error: r.annotations.find((a) => a.level === 'error')?.message ?? r.stderr.slice(-300) }
          : {}),
      },
      metrics: qualityMetrics(r),
      log: proxied.proxy.report(),
      output: `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}\n--- summary\n${r.summary}`,
    };
  } finally {
    await proxied.stop();
    await emu.stop();
    workspace.cleanup();
  }
}

export async function runFaultsBench(): Promise<CampaignRow[]> {
  mkdirSync(OUT, { recursive: true });
  console.log(
    `Fault campaign: merge run behind the fault proxy, ${Math.round(RATE * 100)}% of requests spoiled (${Object.keys(spreadRates(RATE)).length} kinds), seeds ${SEEDS.join(', ')}.`,
  );
  const reference = await oneRun('fault-free', { seed: 0 });
  writeFileSync(path.join(OUT, 'fault-free.out'), reference.output);
  const rows: CampaignRow[] = [
    { ...reference.row, sameMetrics: reference.metrics !== undefined ? true : undefined },
  ];
  for (const seed of SEEDS) {
    const run = await oneRun(seed, {
      seed,
      rates: spreadRates(RATE),
      delayScale: DELAY_SCALE,
      retryAfterMs: [0, 1000],
    });
    writeFileSync(path.join(OUT, `seed-${seed}.log`), run.log);
    writeFileSync(path.join(OUT, `seed-${seed}.out`), run.output);
    rows.push({
      ...run.row,
      sameMetrics:
        run.metrics && reference.metrics
          ? JSON.stringify(run.metrics) === JSON.stringify(reference.metrics)
          : undefined,
    });
  }

  const header =
    '| seed | exit | passed | promoted | metrics = fault-free | jobs | production | secrets leaked | faults injected | requests | wall s |';
  const lines = [header, '| --- | ---: | --- | --- | --- | ---: | ---: | --- | --- | ---: | ---: |'];
  for (const r of rows) {
    const faults = Object.entries(r.faults)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    lines.push(
      `| ${r.seed} | ${r.code} | ${r.passed ?? ''} | ${r.promoted ?? ''} | ${r.sameMetrics === undefined ? 'n/a' : r.sameMetrics ? 'yes' : 'no'} | ${r.jobs} | ${r.production} | ${r.leaked.length ? r.leaked.join(' ') : 'none'} | ${faults || 'none'} | ${r.requests} | ${r.seconds.toFixed(1)} |`,
    );
  }
  const failures = rows.filter((r) => r.error).map((r) => `- seed ${r.seed}: ${r.error!.split('\n')[0]}`);
  const report = [
    ...lines,
    ...(failures.length ? ['', 'First error of each failed run:', ...failures] : []),
  ].join('\n');
  console.log(report);
  const ok = rows
    .slice(1)
    .filter(
      (r) => r.code === 0 && r.sameMetrics && r.jobs === 1 && r.production === 1 && r.leaked.length === 0,
    );
  console.log(
    `\n${ok.length} of ${rows.length - 1} faulty runs ended as the fault-free run did (goal: all). Logs in ${path.relative(PROJECT_ROOT, OUT)}/.`,
  );
  writeFileSync(path.join(OUT, 'report.md'), `${report}\n`);
  writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(rows, null, 2));
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runFaultsBench();
}
