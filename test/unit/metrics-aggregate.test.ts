import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aggregateAll,
  aggregateMetric,
  METRIC_NAMES,
  METRICS,
  scoreAnswer,
  type ScoredAnswer,
} from '../../src/evaluation/metrics.ts';

const answered = (
  text: string,
  expected: string[],
  latencyMs: number,
  promptTokens = 20,
  completionTokens = 10,
): ScoredAnswer => ({
  outcome: 'answered',
  text,
  attempts: 1,
  latencyMs,
  promptTokens,
  completionTokens,
  ...scoreAnswer(text, expected),
});

describe('the METRICS table', () => {
  it('defines every metric once, with a direction and a one-sentence definition', () => {
    assert.deepEqual(
      METRICS.map((m) => m.name),
      [...METRIC_NAMES],
    );
    for (const m of METRICS) {
      assert.ok(m.better === 'higher' || m.better === 'lower');
      assert.match(m.definition, /^[A-Z0-9'`].{20,}\.$/, m.name);
    }
    for (const name of [
      'exact_match',
      'f1',
      'rougeL',
      'rouge1',
      'bleu',
      'latency_p50_ms',
      'latency_p95_ms',
      'prompt_tokens',
      'completion_tokens',
      'cost',
      'similarity',
      'content_filtered',
      'failed',
      'unsafe_rate',
    ])
      assert.ok((METRIC_NAMES as readonly string[]).includes(name), name);
  });
});

describe('aggregates of one side', () => {
  const filtered: ScoredAnswer = {
    outcome: 'content_filter',
    attempts: 1,
    message: 'blocked',
    ...scoreAnswer('', ['Lyon']),
  };
  const failed: ScoredAnswer = { outcome: 'failed', attempts: 7, message: '503' };
  const answers = [
    answered('Paris', ['Paris'], 100),
    answered('the blue whale', ['Blue whale'], 200, 30, 20),
    answered('a cat', ['dog'], 300),
    answered('Rome', ['Rome'], 400),
    filtered,
    failed,
  ];

  it('scores filtered answers as empty (0) and leaves failed ones out', () => {
    // EM: 3 of the 5 non-failed examples.
    assert.equal(aggregateMetric('exact_match', answers), 3 / 5);
    assert.equal(aggregateMetric('f1', answers), 3 / 5);
    assert.equal(aggregateMetric('content_filtered', answers), 1);
    assert.equal(aggregateMetric('failed', answers), 1);
  });

  it('takes latency percentiles and token means over answered examples only', () => {
    // latencies 100, 200, 300, 400: p50 = 250, p95 = 300 + 0.85 * 100 = 385
    assert.equal(aggregateMetric('latency_p50_ms', answers), 250);
    assert.ok(Math.abs(aggregateMetric('latency_p95_ms', answers)! - 385) < 1e-9);
    assert.equal(aggregateMetric('prompt_tokens', answers), (20 + 30 + 20 + 20) / 4);
    assert.equal(aggregateMetric('completion_tokens', answers), (10 + 20 + 10 + 10) / 4);
  });

  it('prices tokens per 1,000, a missing price counting as 0, and has no cost without prices', () => {
    // prompt 90 tokens, completion 50 tokens
    assert.ok(
      Math.abs(aggregateMetric('cost', answers, { inputPer1k: 0.5, outputPer1k: 2 })! - (0.045 + 0.1)) <
        1e-12,
    );
    assert.ok(Math.abs(aggregateMetric('cost', answers, { outputPer1k: 2 })! - 0.1) < 1e-12);
    assert.equal(aggregateMetric('cost', answers), undefined);
  });

  it('leaves out what it cannot measure: similarity without a judge, unsafe_rate always', () => {
    const all = aggregateAll(answers);
    assert.equal(all.similarity, undefined);
    assert.equal(all.unsafe_rate, undefined);
    assert.equal(all.cost, undefined);
    assert.equal(all.exact_match, 3 / 5);
    assert.ok(all.bleu !== undefined && all.bleu > 0 && all.bleu <= 1);
  });

  it('averages judge ratings where there are any', () => {
    const rated = answers.map((a, i) => (a.outcome === 'failed' ? a : { ...a, similarity: i + 1 }));
    // ratings 1..5 on the five non-failed answers
    assert.equal(aggregateMetric('similarity', rated), 3);
  });

  it('measures nothing but the counts on a side where everything failed', () => {
    const all = aggregateAll([failed, failed]);
    assert.deepEqual(all, { content_filtered: 0, failed: 2 });
  });
});
