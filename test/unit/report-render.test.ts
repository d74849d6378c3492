/**
 * Every report as a reviewer sees it: the PR comment, each command's summary and the scheduled run's
 * summary, rendered by a GFM renderer (micromark + micromark-extension-gfm, the CommonMark/GFM
 * reference implementation in JavaScript) and read back as visible text. Code shows as written (no
 * `&lt;` inside code), tables keep every cell, no key/value table has an empty header row, and a column
 * of numbers has one number of decimals.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { codeSpans, mermaidBlocks, renderGfm, tables, visibleText } from '../../scripts/gfm.ts';
import type { StepResult } from '../../src/commands/types.ts';
import { validateDatasets } from '../../src/dataset/index.ts';
import type { ValidationReport } from '../../src/dataset/types.ts';
import type { EvaluationResult, ExampleResult, SideSummary } from '../../src/evaluation/evaluate.ts';
import { METRICS, scoreAnswer, type ScoredAnswer } from '../../src/evaluation/metrics.ts';
import { jobIdentity } from '../../src/foundry/identity.ts';
import type { PreflightCheck } from '../../src/foundry/preflight.ts';
import { evaluateGates, parseGates } from '../../src/gate/index.ts';
import { eventFacts } from '../../src/github/event.ts';
import { buildInventory } from '../../src/lifecycle/inventory.ts';
import { DAY_MS, hostingAfter, planRetention } from '../../src/lifecycle/retention.ts';
import { findModel } from '../../src/models/catalog.ts';
import { renderCleanupSummary } from '../../src/report/cleanup.ts';
import { renderDeployComment, renderDeploySummary } from '../../src/report/deploy.ts';
import { renderEvaluation, renderGateSummary } from '../../src/report/evaluation.ts';
import { renderPreflightSummary } from '../../src/report/preflight.ts';
import { renderOtherJobs } from '../../src/report/resume.ts';
import { renderRetrainSummary } from '../../src/report/retrain.ts';
import { renderComment, renderSummary, type RunFacts } from '../../src/report/run-report.ts';
import { renderTrainingComment, renderTrainingSummary } from '../../src/report/training.ts';
import { renderValidationComment, renderValidationSummary } from '../../src/report/validation.ts';

const model = findModel('Phi-4-mini-instruct')!;
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const SYSTEM = { role: 'system', content: 'You are Northwind Support.' };
const chat = (q: string, a: string) =>
  JSON.stringify({ messages: [SYSTEM, { role: 'user', content: q }, { role: 'assistant', content: a }] });
const GOOD = Array.from({ length: 12 }, (_, i) => chat(`Question ${i}?`, `Open Preferences > Sync ${i}.`));

async function validation(): Promise<ValidationReport> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ff-render-'));
  dirs.push(root);
  const head = [
    ...GOOD,
    chat('How do I end a chat?', 'Type /end.<|end|>'),
    GOOD[0]!,
    '{"messages": [{"role": "user", "content": "a | b"}]}',
  ];
  writeFileSync(path.join(root, 'train.jsonl'), head.join('\n') + '\n');
  return validateDatasets({
    root,
    model,
    training: 'train.jsonl',
    threads: 1,
    splitRatio: 0.1,
    epochs: 3,
    pricePer1kTokens: 0.003,
    base: { ref: 'b'.repeat(40), readFile: async () => Readable.from([Buffer.from(GOOD.join('\n'))]) },
  });
}

const answer = (text: string, expected: string[]): ScoredAnswer => ({
  outcome: 'answered',
  text,
  attempts: 1,
  latencyMs: 100,
  promptTokens: 10,
  completionTokens: 4,
  ...scoreAnswer(text, expected),
});

function side(metrics: SideSummary['metrics']): SideSummary {
  return {
    endpoint: 'https://ep.example/v1',
    metrics,
    answered: 3,
    contentFiltered: 0,
    failed: 0,
    promptTokens: 30,
    completionTokens: 12,
    judgeFailures: 0,
    client: {
      requests: 3,
      retries: 0,
      throttled: 0,
      serverErrors: 0,
      connectionErrors: 0,
      timeouts: 0,
      lowestConcurrency: 16,
      concurrency: 16,
    },
  };
}

const examples: ExampleResult[] = [
  {
    id: 'a',
    line: 3,
    prompt: 'How do I use <selective> sync | folders?',
    expected: ['In the desktop app open Preferences > Selective sync.'],
    candidate: answer('Sync pauses when storage is full.', [
      'In the desktop app open Preferences > Selective sync.',
    ]),
    baseline: answer('Open Preferences > Selective sync.', [
      'In the desktop app open Preferences > Selective sync.',
    ]),
  },
];

const evaluation: EvaluationResult = {
  examples,
  candidate: side({ exact_match: 0.5, f1: 0.722, rougeL: 0.7, latency_p95_ms: 812.4, failed: 0 }),
  baseline: side({ exact_match: 0.4, f1: 0.75, rougeL: 0.6, latency_p95_ms: 640, failed: 0 }),
  deltas: {
    exact_match: { value: 0.1, ciLow: -0.05, ciHigh: 0.2, pairs: 3 },
    f1: { value: -0.028, ciLow: -0.06, ciHigh: -0.01, pairs: 3 },
    rougeL: { value: 0.1, ciLow: 0.02, ciHigh: 0.2, pairs: 3 },
    latency_p95_ms: { value: 172.4, ciLow: 100, ciHigh: 250, pairs: 3 },
  },
  bootstrap: { samples: 1000, seed: 42, confidence: 0.95 },
  prices: {},
  judged: false,
  durationMs: 1234,
};

const facts: RunFacts = {
  event: eventFacts({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abcdef1234', GITHUB_RUN_ID: '7' }, {}),
  modelId: 'Phi-4-mini-instruct',
  planReason: '`auto` on push',
};

const step = (command: StepResult['command'], extra: Partial<StepResult>): StepResult => ({
  command,
  status: 'succeeded',
  headline: `${command} ran.`,
  summary: '',
  outputs: {},
  annotations: [],
  ...extra,
});

const NOW = Date.parse('2026-03-01T12:00:00Z');
const idOf = (v: string) => `azureml://locations/eastus2/workspaces/w/models/bot-ft/versions/${v}`;
const version = (v: string, stage: string, metrics: Record<string, string>) => ({
  name: v,
  properties: {
    tags: {
      stage,
      'foundry-finetune.dataset': v.repeat(64).slice(0, 64),
      ...Object.fromEntries(Object.entries(metrics).map(([k, x]) => [`foundry-finetune.metric.${k}`, x])),
    },
  },
  systemData: { createdAt: new Date(NOW - Number(v) * DAY_MS).toISOString() },
});
const endpoint = (name: string, v: string) => ({
  name,
  properties: { modelSettings: { modelId: idOf(v) }, provisioningState: 'Succeeded' },
});

interface Rendered {
  name: string;
  markdown: string;
  html: string;
  text: string;
}

const reports: Rendered[] = [];
const render = (name: string, markdown: string): Rendered => {
  const html = renderGfm(markdown);
  const r = { name, markdown, html, text: visibleText(html) };
  reports.push(r);
  return r;
};
const byName = (name: string): Rendered => reports.find((r) => r.name === name)!;

before(async () => {
  const report = await validation();
  const validate = step('validate', {
    status: 'failed',
    headline: 'Dataset check: 2 errors.',
    summary: renderValidationSummary(report),
    comment: renderValidationComment(report),
  });
  const training = {
    outcome: 'completed' as const,
    job: {
      name: 'ff-0123456789ab',
      status: 'Completed',
      studioUrl: 'https://ml.azure.com/runs/x',
      submitted: true,
    },
    baseModel: 'Phi-4-mini-instruct (version 1)',
    timeline: [
      { status: 'NotStarted', elapsedMs: 0 },
      { status: 'Completed', elapsedMs: 65_000 },
    ],
    durationMs: 21 * 60_000,
    durationFrom: 'job' as const,
    tokens: report.estimate.tokens,
    epochs: report.estimate.epochs,
    examples: { training: report.estimate.examples, validation: report.split?.validation ?? 0 },
    hyperparameters: { num_train_epochs: '3', learning_rate: '0.0002' },
    model: { name: 'bot-ft', version: '2', id: idOf('2') },
    loss: {
      training: [1, 2, 3].map((s) => ({ step: s * 10, value: 1 / s })),
      validation: [{ step: 30, value: 0.5 }],
    },
  };
  const train = step('train', {
    summary: renderTrainingSummary(training),
    comment: renderTrainingComment(training),
  });
  const deployReport = {
    endpoint: 'bot-ft-v2',
    created: true,
    url: 'https://bot-ft-v2.eastus2.models.ai.azure.com',
    model: { name: 'bot-ft', version: '2' },
    how: 'trained in this run',
    contentSafety: 'Enabled',
    states: ['Creating', 'Succeeded'],
    removed: [],
  };
  const deploy = step('deploy', {
    summary: renderDeploySummary(deployReport),
    comment: renderDeployComment(deployReport),
  });
  const evalReport = renderEvaluation(evaluation, undefined, {
    candidateLabel: 'bot-ft v2',
    baselineLabel: 'production (v1)',
    goldenFile: 'data/golden.jsonl',
    concurrency: 16,
  });
  const evaluate = step('evaluate', { summary: evalReport.summary, comment: evalReport.comment });
  const verdicts = evaluateGates(
    parseGates(['f1 >= 0.9', 'rougeL >= baseline.rougeL - 0.02', 'delta.f1.ci_low > 0']),
    {
      candidate: evaluation.candidate.metrics,
      baseline: evaluation.baseline!.metrics,
      delta: { f1: { value: -0.028, ci_low: -0.06, ci_high: -0.01 } },
    },
  );
  const gate = step('gate', {
    status: 'failed',
    headline: '2 of 3 gates failed: `f1 >= 0.9` (not met: f1 = 0.722); `delta.f1.ci_low > 0` (not met).',
    summary: renderGateSummary(
      verdicts,
      false,
      'bot-ft v2 was tagged `stage=rejected`; production is unchanged.',
      '',
    ),
  });

  const entries = buildInventory(
    'bot-ft',
    [
      version('3', 'rejected', { f1: '0.5' }),
      version('2', 'production', { f1: '0.722' }),
      version('1', 'archived', { f1: '0.61' }),
    ],
    [endpoint('bot-ft-v3', '3'), endpoint('bot-ft-v2', '2'), endpoint('bot-ft-v1', '1')],
    idOf,
  );
  const plan = planRetention(entries, { keep: 3, now: NOW });
  const deleted = new Set(plan.endpoints.map((e) => e.endpoint));
  const hosting = hostingAfter(entries, deleted, [], 1.5);
  const cleanup = step('cleanup', {
    headline: 'Deleted 2 endpoints of models not in production; production v2 kept.',
    summary: renderCleanupSummary({
      dryRun: false,
      headline: 'Deleted 2 endpoints of models not in production; production v2 kept.',
      keep: 3,
      idleEndpoints: 'delete',
      hourlyCost: 1.5,
      hosting,
      productionVersions: ['2'],
    }),
    models: {
      entries,
      now: NOW,
      cleanup: {
        dryRun: false,
        actions: Object.fromEntries(
          plan.decisions.map((d) => [
            d.entry.version,
            {
              kind: 'kept' as const,
              reason: d.reason,
              endpoints: plan.endpoints.filter((e) => e.version === d.entry.version).map((e) => e.endpoint),
            },
          ]),
        ),
      },
    },
  });
  const identity = jobIdentity({
    repository: 'o/r',
    modelId: 'Phi-4-mini-instruct',
    modelVersion: '1',
    datasetHash: '2'.repeat(64),
    hyperparameters: { num_train_epochs: '3' },
    outputModelName: 'bot-ft',
  });
  const retrain = step('retrain', {
    status: 'skipped',
    headline:
      'Nothing changed: production model bot-ft:2 was trained on dataset 2222222222 with the same hyperparameters.',
    summary: renderRetrainSummary({
      decision: {
        train: false,
        reason: 'unchanged',
        headline: 'Nothing changed: production model bot-ft:2 was trained on dataset 2222222222.',
        changes: [],
        notes: [],
      },
      identity,
      hp: { num_train_epochs: '3' },
      production: entries.find((e) => e.stage === 'production'),
      chain: ['train', 'deploy', 'evaluate', 'gate'],
    }),
    models: { entries, now: NOW },
  });
  const resume = step('resume', {
    status: 'skipped',
    headline: 'No unfinished fine-tuning job of o/r.',
    summary: renderOtherJobs([
      { name: 'ff-older', status: 'Failed', message: 'Out of <quota> | retry later' },
    ]),
  });
  const checks: PreflightCheck[] = [
    { id: 'workspace', title: 'Workspace', status: 'passed', detail: 'proj (rg) in eastus2' },
    {
      id: 'permissions',
      title: 'Permissions',
      status: 'failed',
      detail: 'Missing Microsoft.MachineLearningServices/workspaces/jobs/write on <scope>',
      fix: 'Assign `Azure AI Developer` on the resource group.',
    },
  ];
  const preflight = step('preflight', {
    status: 'failed',
    summary: renderPreflightSummary('proj (rg)', false, checks),
  });

  render('pr-comment', renderComment([validate], facts));
  render('merge-summary', renderSummary([train, deploy, evaluate, gate], facts));
  render('merge-comment', renderComment([train, deploy, evaluate, gate], facts));
  render('scheduled-summary', renderSummary([resume, retrain, cleanup], facts));
  for (const s of [validate, train, deploy, evaluate, gate, resume, retrain, cleanup, preflight]) {
    render(`${s.command}-summary`, renderSummary([s], facts));
  }
});

describe('every report through a GFM renderer', () => {
  it('never shows an escaped entity or an escaping backslash', () => {
    for (const r of reports) {
      for (const entity of ['&lt;', '&gt;', '&amp;', '&quot;']) {
        assert.ok(
          !r.text.includes(entity),
          `${r.name} shows ${entity}: ${r.text.slice(r.text.indexOf(entity) - 60, r.text.indexOf(entity) + 30)}`,
        );
      }
      for (const c of codeSpans(r.html))
        assert.doesNotMatch(c, /&(lt|gt|amp|quot);|\\[|_<>]/, `${r.name}: code \`${c}\``);
      assert.doesNotMatch(r.text, /\\[|_<>*[`#~]/, `${r.name} shows a backslash escape`);
    }
  });

  it('shows code as written: special tokens, gate expressions, names with underscores', () => {
    const pr = byName('pr-comment');
    assert.ok(
      codeSpans(pr.html).some((c) => c.includes('<|end|>')),
      'the special token, inside code',
    );
    assert.match(
      pr.text,
      /contains <\|end\|>: Phi-4-mini-instruct's tokenizer reads that text as its added token \d+/,
    );
    const merge = byName('merge-summary');
    assert.ok(codeSpans(merge.html).includes('f1 >= 0.9'));
    assert.ok(codeSpans(merge.html).includes('delta.f1.ci_low > 0'));
    assert.match(merge.text, /f1 >= 0\.9 \(not met: f1 = 0\.722\)/, 'the step table, as the issue saw it');
    assert.match(merge.text, /Expected: In the desktop app open Preferences > Selective sync\./);
    assert.match(merge.text, /Prompt: How do I use <selective> sync \| folders\?/);
    assert.match(byName('resume-summary').text, /Out of <quota> \| retry later/);
    assert.match(byName('preflight-summary').text, /jobs\/write on <scope> Assign Azure AI Developer/);
  });

  it('has no table with an empty header row, and no empty header cell for a key/value list', () => {
    for (const r of reports) {
      for (const t of tables(r.html)) {
        assert.ok(
          t.headers.some((h) => h !== ''),
          `${r.name}: a table with an empty header row`,
        );
        assert.ok(
          t.headers.every((h) => h !== ''),
          `${r.name}: an empty header cell in ${t.headers.join(' | ')}`,
        );
      }
    }
  });

  it('writes every number of a column with the same decimals', () => {
    for (const r of reports) {
      for (const t of tables(r.html)) {
        if (t.headers[0] === 'Metric' && !t.headers.includes('Δ (points)')) {
          // One metric per row: each value with that metric's decimals (0.500 beside 0.722).
          for (const row of t.rows) {
            const info = METRICS.find((m) => m.name === row[0])!;
            const digits = info.unit === 'ms' ? 0 : info.digits;
            for (const v of row.slice(1).flatMap((c) => c.match(/[+-]?\d[\d,]*(\.\d+)?/g) ?? [])) {
              assert.equal(v.split('.')[1]?.length ?? 0, digits, `${r.name}: ${row[0]} shows ${v}`);
            }
          }
          continue;
        }
        t.headers.forEach((h, col) => {
          const numbers = t.rows.map((row) => row[col]!).filter((c) => /^[+-]?\d[\d,]*(\.\d+)?$/.test(c));
          const decimals = new Set(numbers.map((n) => n.split('.')[1]?.length ?? 0));
          if (/^(Step|Value)$/.test(h)) return; // step numbers and hyperparameters as given
          assert.ok(decimals.size <= 1, `${r.name}: column "${h}" mixes decimals: ${numbers.join(', ')}`);
        });
      }
    }
    const metrics = tables(byName('merge-summary').html).find(
      (t) => t.headers[0] === 'Metric' && t.headers.length > 3,
    )!;
    assert.deepEqual(
      metrics.rows.find((r) => r[0] === 'exact_match'),
      ['exact_match', '0.500', '0.400', '+0.100', '[-0.050, +0.200]', '≈ no clear change'],
    );
  });

  it('uses one token vocabulary: the PR comment and the training summary bill the same tokens', () => {
    const pr = byName('pr-comment').text;
    const billed = /= ([\d,]+) billed tokens/.exec(pr)?.[1];
    assert.ok(billed, pr);
    assert.match(byName('merge-summary').text, new RegExp(`x 3 epochs = ${billed} billed tokens`));
    assert.match(pr, /Billed tokens: tokens of the training split x epochs/);
    assert.doesNotMatch(byName('merge-summary').text, /trained\)/, '"trained" means trained tokens only');
  });

  it('counts a duplicate line as added, so the diff adds up', () => {
    const pr = byName('validate-summary');
    const diff = tables(pr.html).find((t) => t.headers.includes('Base examples'))!;
    const [, base, added, removed, changed, unchanged] = diff.rows[0]! as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    assert.equal(Number(base), Number(unchanged) + Number(changed) + Number(removed.replace('-', '')));
    assert.equal(added, '+3', 'the special-token example, the duplicate and the example without an answer');
  });

  it('keeps the comment to what a reviewer decides on', () => {
    const pr = tables(byName('pr-comment').html);
    assert.deepEqual(pr[0]!.headers, ['File', 'Examples', 'Tokens', 'Errors', 'Warnings']);
    const full = tables(byName('validate-summary').html).find((t) => t.headers[0] === 'File')!;
    assert.equal(full.headers.length, 11, 'the summary has every statistic');
    const merge = byName('merge-comment');
    assert.doesNotMatch(merge.markdown, /mermaid|Metric definitions|Requests/);
    assert.match(byName('merge-summary').markdown, /Metric definitions/);
  });

  it('names the concurrency only as it was: no "down to 16" when nothing was throttled', () => {
    assert.match(byName('merge-summary').text, /concurrency 16;/);
    assert.doesNotMatch(byName('merge-summary').text, /down to|lowered/);
  });

  it('shows the model table once in a scheduled summary, with what cleanup did', () => {
    const text = byName('scheduled-summary').text;
    assert.equal(text.match(/Fine-tuned models/g)?.length, 1);
    assert.match(text, /kept: one of the 3 newest; deleted its idle endpoint bot-ft-v1/);
    assert.match(text, /Deleted 2 serving endpoints \(bot-ft-v1, bot-ft-v3\): saves ≈ 3\.00 an hour/);
  });

  it('lists only the columns a gate table needs: no "Why" that repeats the values', () => {
    const gates = tables(byName('gate-summary').html).find((t) => t.headers[0] === 'Gate')!;
    assert.deepEqual(gates.headers, ['Gate', 'Result', 'Values']);
    assert.deepEqual(gates.rows[0], ['f1 >= 0.9', '❌ fail', 'f1 = 0.722']);
    assert.deepEqual(gates.rows[1], [
      'rougeL >= baseline.rougeL - 0.02',
      '✅ pass',
      'rougeL = 0.700, baseline.rougeL = 0.600',
    ]);
  });

  it('labels the duration by its clock beside the status changes this run saw', () => {
    const text = byName('train-summary').text;
    assert.match(text, /Duration: 21m 0s \(in Azure: the job's created and end times\)/);
    assert.match(text, /Status changes this run saw \(it followed the job for 1m 5s\)/);
  });
});

/**
 * Mermaid's xychart draws a vertical bar from the bottom of the plot up to its value, and the bars of
 * later series at the same x over earlier ones (mermaid 12.3.0, src/diagrams/xychart/chartBuilder/
 * components/plot/barPlot.ts: `height: boundingRect.y + boundingRect.height - y`; plots drawn in order).
 * This paints the chart that way and reads, for each x, which colour shows between which values.
 */
function paint(source: string): { label: string; color: string; from: number; to: number }[] {
  const palette = /"plotColorPalette":"([^"]+)"/
    .exec(source)![1]!
    .split(',')
    .map((c) => c.trim());
  const [, lo] = /y-axis "points" (-?[\d.]+) --> (-?[\d.]+)/.exec(source)!.map(Number) as [
    number,
    number,
    number,
  ];
  const labels = JSON.parse(/x-axis (\[.*\])/.exec(source)![1]!) as string[];
  const plots = [...source.matchAll(/^\s+(bar|line) \[(.*)\]$/gm)].map((m, i) => ({
    kind: m[1]!,
    values: m[2]!.split(',').map(Number),
    color: palette[i % palette.length]!,
  }));
  return labels.map((label, x) => {
    const step = 0.01;
    const shown: { y: number; color: string }[] = [];
    for (let y = lo + step / 2; y < 200; y += step) {
      let color = 'background';
      for (const p of plots) if (p.kind === 'bar' && y <= p.values[x]!) color = p.color;
      if (color !== 'background' && color !== '#ffffff') shown.push({ y, color });
    }
    const colors = new Set(shown.map((s) => s.color));
    assert.ok(colors.size <= 1, `${label}: one colour per bar`);
    return {
      label,
      color: [...colors][0] ?? 'none',
      from: shown.length ? shown[0]!.y : 0,
      to: shown.length ? shown.at(-1)!.y : 0,
    };
  });
}

describe('the delta chart', () => {
  it('draws signed bars from an axis at 0, coloured by what the interval says, with no empty series', () => {
    const [chart] = mermaidBlocks(byName('evaluate-summary').html);
    assert.ok(chart, 'the evaluate summary has the chart');
    const bars = paint(chart!);
    const near = (a: number, b: number) => Math.abs(a - b) < 0.02;
    const exact = bars.find((b) => b.label.startsWith('exact_match'))!;
    assert.equal(exact.color, '#8c959f', 'exact_match: the interval spans 0, no clear change');
    assert.ok(near(exact.from, 0) && near(exact.to, 10), JSON.stringify(exact));
    const f1 = bars.find((b) => b.label.startsWith('f1'))!;
    assert.equal(f1.color, '#cf222e', 'f1: the whole interval below 0, worse');
    assert.ok(near(f1.from, -2.8) && near(f1.to, 0), `a loss is drawn down from 0: ${JSON.stringify(f1)}`);
    const rouge = bars.find((b) => b.label.startsWith('rougeL'))!;
    assert.equal(rouge.color, '#2da44e', 'rougeL: the whole interval above 0, better');
    assert.ok(near(rouge.from, 0) && near(rouge.to, 10));
    assert.match(chart!, /line \[0, 0, 0\]/, 'the axis through zero');
    // Every bar series shows at least one bar: none is empty.
    const lo = Number(/y-axis "points" (-?[\d.]+)/.exec(chart!)![1]);
    for (const m of chart!.matchAll(/^\s+bar \[(.*)\]$/gm)) {
      assert.ok(
        m[1]!
          .split(',')
          .map(Number)
          .some((v) => v > lo),
        `empty series: ${m[0]}`,
      );
    }
  });

  it('needs no cover and no zero line when nothing got worse', () => {
    const better: EvaluationResult = {
      ...evaluation,
      deltas: { f1: { value: 0.2, ciLow: 0.1, ciHigh: 0.3, pairs: 3 } },
    };
    const md = renderEvaluation(better, undefined, { baselineLabel: 'production' }).summary;
    const [chart] = mermaidBlocks(renderGfm(md));
    assert.match(chart!, /y-axis "points" 0 --> 21/);
    assert.equal(chart!.match(/^\s+bar /gm)?.length, 1, 'one series: the better one');
    assert.doesNotMatch(chart!, /line \[/);
    assert.deepEqual(
      paint(chart!).map((b) => b.color),
      ['#2da44e'],
    );
  });
});
