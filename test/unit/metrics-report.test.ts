import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DeltaInterval } from '../../src/evaluation/bootstrap.ts';
import type { EvaluationResult, ExampleResult, SideSummary } from '../../src/evaluation/evaluate.ts';
import { scoreAnswer, type ScoredAnswer } from '../../src/evaluation/metrics.ts';
import { evaluateGates, parseGates } from '../../src/gate/index.ts';
import {
  codeCell,
  deltaVerdict,
  gateFailureMessage,
  renderDeltaChart,
  renderEvaluation,
  renderGateTable,
  worstRegressions,
} from '../../src/report/evaluation.ts';
import { metricInfo } from '../../src/evaluation/metrics.ts';

const answer = (text: string, expected: string[]): ScoredAnswer => ({
  outcome: 'answered',
  text,
  attempts: 1,
  latencyMs: 100,
  promptTokens: 10,
  completionTokens: 4,
  ...scoreAnswer(text, expected),
});

const CLIENT = {
  requests: 4,
  retries: 1,
  throttled: 1,
  serverErrors: 0,
  connectionErrors: 0,
  timeouts: 0,
  lowestConcurrency: 8,
  concurrency: 16,
};

function side(metrics: SideSummary['metrics'], extra: Partial<SideSummary> = {}): SideSummary {
  return {
    endpoint: 'https://ep.example/v1',
    metrics,
    answered: 3,
    contentFiltered: 0,
    failed: 0,
    promptTokens: 30,
    completionTokens: 12,
    judgeFailures: 0,
    client: CLIENT,
    ...extra,
  };
}

const d = (value: number, ciLow: number, ciHigh: number): DeltaInterval => ({
  value,
  ciLow,
  ciHigh,
  pairs: 3,
});

const examples: ExampleResult[] = [
  {
    id: 'a',
    line: 1,
    prompt: 'Capital | of France?',
    expected: ['Paris'],
    candidate: answer('Paris', ['Paris']),
    baseline: answer('Paris', ['Paris']),
  },
  {
    id: 'b',
    line: 2,
    prompt: 'Largest <animal> | mammal?',
    expected: ['blue whale'],
    candidate: answer('an elephant', ['blue whale']),
    baseline: answer('the blue whale', ['blue whale']),
  },
  {
    id: 'c',
    line: 3,
    prompt: 'Author of Hamlet?',
    expected: ['William Shakespeare'],
    candidate: answer('Shakespeare', ['William Shakespeare']),
    baseline: answer('Marlowe', ['William Shakespeare']),
  },
  {
    id: 'd',
    line: 4,
    prompt: 'Blocked?',
    expected: ['x'],
    candidate: {
      outcome: 'failed',
      attempts: 7,
      message: '503 from the endpoint (gave up after 7 attempts)',
    },
    baseline: answer('x', ['x']),
  },
];

const result: EvaluationResult = {
  examples,
  candidate: side({ exact_match: 0.333, f1: 0.556, latency_p95_ms: 812.4, failed: 1 }, { failed: 1 }),
  baseline: side({ exact_match: 0.667, f1: 0.667, latency_p95_ms: 640, failed: 0 }),
  deltas: {
    exact_match: d(-0.333, -1, 0),
    f1: d(-0.111, -0.5, -0.02),
    latency_p95_ms: d(172.4, 100, 250),
    failed: d(1, 0, 2),
  },
  bootstrap: { samples: 1000, seed: 42, confidence: 0.95 },
  prices: {},
  judged: false,
  durationMs: 1234,
};

describe('evaluation report', () => {
  const verdicts = evaluateGates(parseGates(['f1 >= 0.5', 'delta.f1.ci_low > 0', 'failed == 0']), {
    candidate: result.candidate.metrics,
    baseline: result.baseline!.metrics,
    delta: { f1: { value: -0.111, ci_low: -0.5, ci_high: -0.02 } },
  });
  const report = renderEvaluation(result, verdicts, {
    baselineLabel: 'production',
    goldenFile: 'data/golden.jsonl',
  });

  it('has the candidate-vs-baseline table with deltas, intervals and a verdict from the interval', () => {
    assert.match(report.comment, /\| Metric \| candidate \| production \| Δ \| 95% CI \| Verdict \|/);
    // Every number of a metric with the metric's decimals: 0.500 beside 0.556, never 0.5.
    assert.match(
      report.comment,
      /\| `f1` \| 0\.556 \| 0\.667 \| -0\.111 \| \[-0\.500, -0\.020\] \| 🔴 worse \|/,
    );
    assert.match(
      report.comment,
      /\| `exact_match` \| 0\.333 \| 0\.667 \| -0\.333 \| \[-1\.000, 0\.000\] \| ≈ no clear change \|/,
    );
    assert.match(
      report.comment,
      /\| `latency_p95_ms` \| 812 ms \| 640 ms \| \+172 ms \| \[\+100 ms, \+250 ms\] \| 🔴 worse \|/,
    );
  });

  it('has the gate table with each result', () => {
    assert.match(report.comment, /❌ \*\*2 of 3 gates failed\.\*\*/);
    assert.match(report.comment, /\| `f1 >= 0.5` \| ✅ pass \| `f1` = 0\.556 \|/);
    // The values say why a gate failed; no "Why" column repeats them.
    assert.match(report.comment, /\| `delta.f1.ci_low > 0` \| ❌ fail \| `delta.f1.ci_low` = -0\.500 \|\n/);
    assert.match(report.comment, /\| Gate \| Result \| Values \|\n/);
    assert.doesNotMatch(report.comment, /not met/);
  });

  it('charts the quality deltas as signed bars through zero, coloured by the interval', () => {
    const chart = renderDeltaChart(result, 'production')!;
    assert.match(chart, /^```mermaid\n/);
    assert.match(chart, /xychart-beta/);
    assert.match(chart, /x-axis \["exact_match -33\.3", "f1 -11\.1"\]/);
    // exact_match's interval spans 0 (grey), f1's is below 0 (red): one series each, then the cover.
    assert.match(chart, /"plotColorPalette":"#cf222e, #8c959f, #ffffff, #1f2328"/);
    assert.match(chart, /y-axis "points" -35 --> 2/);
    assert.match(chart, /bar \[-35, 0\]\n {2}bar \[0, -35\]\n {2}bar \[-33\.3, -11\.1\]\n {2}line \[0, 0\]/);
    assert.match(chart, /red: worse \(the whole interval below 0\) · grey: no clear change/);
    // and the table fallback beside it
    assert.match(report.summary, /<details><summary>The same deltas as a table<\/summary>/);
    assert.match(report.summary, /\| `f1` \| -11\.1 \| 🔴 worse █+ \|/);
    // The comment keeps the table a reviewer decides on; the chart is in the summary.
    assert.doesNotMatch(report.comment, /mermaid/);
  });

  it('lists the worst regressions, worst first, in a collapsed section with all four texts', () => {
    assert.deepEqual(
      worstRegressions(result, 10).map((e) => e.line),
      [2],
    );
    assert.match(
      report.comment,
      /<details><summary>Worst regressions: 1 of 1 example that score lower than on production<\/summary>/,
    );
    assert.match(report.comment, /\*\*data\/golden.jsonl:2\*\* · F1 1 → 0/);
    assert.match(report.comment, /- \*\*Prompt:\*\* Largest \\<animal> \| mammal\?\n/);
    assert.match(report.comment, /- \*\*candidate:\*\* an elephant\n- \*\*production:\*\* the blue whale/);
  });

  it('lists failed examples with their line, attempts and reason', () => {
    assert.match(
      report.comment,
      /\| data\/golden.jsonl:4 \| candidate \| ❌ no answer \| 7 \| 503 from the endpoint \(gave up after 7 attempts\) \|/,
    );
  });

  it('keeps the definitions and request counts for the summary only', () => {
    assert.match(report.summary, /Metric definitions/);
    assert.match(report.summary, /1 retry \(1 throttled.*concurrency lowered from 16 to 8 after 429s/);
    assert.doesNotMatch(report.comment, /Metric definitions/);
  });

  it('works without a baseline: no deltas, no chart, lowest-scoring answers instead of regressions', () => {
    const alone: EvaluationResult = {
      ...result,
      baseline: undefined,
      deltas: {},
      examples: examples.map(({ baseline: _b, ...e }) => e),
    };
    const r = renderEvaluation(alone, undefined);
    assert.match(r.comment, /### Evaluation: candidate\n/);
    assert.match(r.comment, /\| Metric \| candidate \|\n/);
    assert.doesNotMatch(r.comment, /mermaid/);
    assert.match(r.comment, /Lowest-scoring answers \(3\)/);
    assert.match(r.comment, /No baseline was evaluated/);
  });

  it('escapes table cells without breaking code spans', () => {
    assert.equal(codeCell('a | b >= 1'), '`a \\| b >= 1`');
    assert.equal(codeCell('x `y`'), '`` x `y` ``');
  });

  it('says the concurrency stayed when nothing was throttled', () => {
    const calm = { ...CLIENT, throttled: 0, retries: 0, lowestConcurrency: 16 };
    const r = renderEvaluation(
      { ...result, candidate: { ...result.candidate, client: calm }, baseline: undefined, deltas: {} },
      undefined,
      { concurrency: 16 },
    );
    assert.match(r.summary, /concurrency 16;/);
    assert.doesNotMatch(r.summary, /down to|lowered/);
  });
});

describe('gate helpers', () => {
  it('says when there are no gates', () => {
    assert.match(renderGateTable([]), /No gates configured/);
  });

  it('writes a failure message naming each failed gate', () => {
    const v = evaluateGates(parseGates(['f1 >= 0.9', 'f1 >= 0.1']), { candidate: { f1: 0.5 } });
    assert.equal(
      gateFailureMessage(v),
      '1 of 2 gates failed: `f1 >= 0.9` (not met: f1 = 0.5). The candidate was not promoted.',
    );
    assert.equal(gateFailureMessage([v[1]!]), undefined);
  });

  it('judges a delta by its interval and the metric direction', () => {
    assert.equal(deltaVerdict(metricInfo('f1'), d(0.05, 0.01, 0.09)), 'better');
    assert.equal(deltaVerdict(metricInfo('latency_p95_ms'), d(-50, -80, -10)), 'better');
    assert.equal(deltaVerdict(metricInfo('latency_p95_ms'), d(50, 10, 80)), 'worse');
    assert.equal(deltaVerdict(metricInfo('f1'), d(0.05, -0.01, 0.09)), 'unclear');
  });
});

describe('report size', () => {
  it('keeps the comment under GitHub’s 65,536 characters however many examples fail', () => {
    const many: ExampleResult[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `x${i}`,
      line: i + 1,
      prompt: 'p'.repeat(2000),
      expected: ['e'.repeat(2000)],
      candidate: { outcome: 'failed', attempts: 7, message: `503 ${'m'.repeat(500)}` },
      baseline: answer('a'.repeat(3000), ['e']),
    }));
    const big: EvaluationResult = { ...result, examples: many };
    const r = renderEvaluation(big, []);
    assert.ok(r.comment.length < 65_536, `comment is ${r.comment.length} characters`);
    assert.match(r.comment, /Failed and filtered examples \(1000\)/);
    assert.match(r.comment, /…and 980 more: the job summary/);
    assert.match(r.summary, /…and 500 more: /);
  });
});
