import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChatMessage, GoldenExample } from '../../src/dataset/types.ts';
import type { ChatClient, ChatClientStats, ChatOutcome } from '../../src/evaluation/chat-client.ts';
import { evaluateGoldenSet, EvaluationError, metricsView } from '../../src/evaluation/evaluate.ts';
import { allGatesPassed, evaluateGates, parseGates } from '../../src/gate/index.ts';

const STATS: ChatClientStats = {
  requests: 0,
  retries: 0,
  throttled: 0,
  serverErrors: 0,
  connectionErrors: 0,
  timeouts: 0,
  lowestConcurrency: 4,
  concurrency: 4,
};

/** A client that answers from a function of the last user message. */
function fakeClient(
  answer: (question: string, messages: readonly ChatMessage[]) => ChatOutcome,
  endpoint = 'https://fake',
): ChatClient & { calls: number } {
  const c = {
    endpoint,
    calls: 0,
    stats: () => ({ ...STATS, requests: c.calls }),
    complete: async (messages: readonly ChatMessage[]) => {
      c.calls++;
      await new Promise((r) => setTimeout(r, 1));
      return answer([...messages].reverse().find((m) => m.role === 'user')?.content ?? '', messages);
    },
  };
  return c;
}

const ok = (text: string, latencyMs = 100): ChatOutcome => ({
  ok: true,
  text,
  promptTokens: 20,
  completionTokens: 5,
  latencyMs,
  attempts: 1,
});

const examples: GoldenExample[] = [
  ['What is the capital of France?', ['Paris']],
  ['Largest animal?', ['The blue whale', 'blue whale']],
  ['Boiling point of water at sea level in Celsius?', ['100 degrees', '100']],
  ['Who wrote Hamlet?', ['William Shakespeare']],
  ['Tell me something blocked.', ['no']],
  ['Timeout please.', ['x']],
].map(([q, expected], i) => ({
  line: i + 1,
  id: `id${i}`,
  messages: [{ role: 'user', content: q as string }],
  expected: expected as string[],
}));

const candidateAnswers: Record<string, ChatOutcome> = {
  'What is the capital of France?': ok('Paris', 80),
  'Largest animal?': ok('The blue whale.', 90),
  'Boiling point of water at sea level in Celsius?': ok('100 degrees Celsius', 110),
  'Who wrote Hamlet?': ok('Shakespeare', 120),
  'Tell me something blocked.': { ok: false, kind: 'content_filter', message: 'filtered', attempts: 1 },
  'Timeout please.': { ok: false, kind: 'failed', message: '503 (gave up after 7 attempts)', attempts: 7 },
};
const baselineAnswers: Record<string, ChatOutcome> = {
  'What is the capital of France?': ok('Lyon'),
  'Largest animal?': ok('Elephant'),
  'Boiling point of water at sea level in Celsius?': ok('100'),
  'Who wrote Hamlet?': ok('William Shakespeare'),
  'Tell me something blocked.': ok('no'),
  'Timeout please.': ok('x'),
};

describe('evaluateGoldenSet', () => {
  it('scores both sides, counts filtered and failed examples, and pairs deltas', async () => {
    const candidate = fakeClient((q) => candidateAnswers[q]!);
    const baseline = fakeClient((q) => baselineAnswers[q]!, 'https://prod');
    const result = await evaluateGoldenSet({
      examples,
      candidate,
      baseline,
      bootstrapSamples: 200,
      seed: 42,
      prices: { inputPer1k: 1, outputPer1k: 2 },
    });

    assert.equal(result.examples.length, 6);
    assert.deepEqual(
      result.examples.map((e) => e.candidate.outcome),
      ['answered', 'answered', 'answered', 'answered', 'content_filter', 'failed'],
    );
    assert.equal(result.candidate.answered, 4);
    assert.equal(result.candidate.contentFiltered, 1);
    assert.equal(result.candidate.failed, 1);
    // EM over the 5 non-failed: Paris, blue whale (normalized), and neither "100 degrees celsius" nor "shakespeare".
    assert.equal(result.candidate.metrics.exact_match, 2 / 5);
    assert.equal(result.candidate.metrics.content_filtered, 1);
    assert.equal(result.candidate.metrics.failed, 1);
    assert.equal(result.candidate.metrics.latency_p50_ms, 100);
    // 4 answers x (20 prompt x 1 + 5 completion x 2) / 1000
    assert.ok(Math.abs(result.candidate.metrics.cost! - 0.12) < 1e-12);
    assert.equal(result.baseline!.metrics.exact_match, 4 / 6);
    // Pairs for quality deltas: the 5 examples the candidate did not fail. Baseline EM on those: 3/5.
    assert.equal(result.deltas.exact_match!.pairs, 5);
    assert.ok(Math.abs(result.deltas.exact_match!.value - (2 / 5 - 3 / 5)) < 1e-12);
    assert.equal(result.deltas.failed!.value, 1);
    assert.equal(result.examples[5]!.candidate.message, '503 (gave up after 7 attempts)');
    assert.equal(result.examples[1]!.prompt, 'Largest animal?');
  });

  it('is identical on a rerun (seeded bootstrap), apart from the duration', async () => {
    const run = () =>
      evaluateGoldenSet({
        examples,
        candidate: fakeClient((q) => candidateAnswers[q]!),
        baseline: fakeClient((q) => baselineAnswers[q]!),
        bootstrapSamples: 300,
        seed: 9,
      });
    const [a, b] = await Promise.all([run(), run()]);
    assert.deepEqual({ ...a, durationMs: 0 }, { ...b, durationMs: 0 });
  });

  it('feeds gates through metricsView', async () => {
    const result = await evaluateGoldenSet({
      examples,
      candidate: fakeClient((q) => candidateAnswers[q]!),
      baseline: fakeClient((q) => baselineAnswers[q]!),
      bootstrapSamples: 200,
      seed: 1,
    });
    const view = metricsView(result);
    assert.equal(view.delta!.failed!.value, 1);
    const verdicts = evaluateGates(
      parseGates(['failed == 0', 'exact_match >= 0.4', 'delta.f1.ci_high >= -1']),
      view,
    );
    assert.deepEqual(
      verdicts.map((v) => v.status),
      ['failed', 'passed', 'passed'],
    );
    assert.equal(allGatesPassed(verdicts), false);
    assert.equal(JSON.parse(JSON.stringify(view)).candidate.exact_match, 0.4);
  });

  it('asks the judge for a 1-5 rating per answer, rates filtered answers 1, and counts unparseable replies', async () => {
    const judge = fakeClient((_q, messages) => {
      const text = messages.at(-1)!.content!;
      if (text.includes('Candidate answer:\nParis')) return ok('5');
      if (text.includes('Candidate answer:\nShakespeare')) return ok('I cannot rate this.');
      return ok('Rating: 3');
    });
    const result = await evaluateGoldenSet({
      examples,
      candidate: fakeClient((q) => candidateAnswers[q]!),
      judge,
      bootstrapSamples: 100,
      seed: 1,
    });
    const sims = result.examples.map((e) => e.candidate.similarity);
    assert.deepEqual(sims, [5, 3, 3, undefined, 1, undefined]);
    assert.equal(result.candidate.metrics.similarity, (5 + 3 + 3 + 1) / 4);
    assert.equal(result.candidate.judgeFailures, 1);
    assert.match(result.examples[3]!.candidate.judgeError!, /without a 1-5 rating/);
    // The judge is not asked about failed or filtered answers.
    assert.equal(judge.calls, 4);
  });

  it('stops at the first fatal answer and says which endpoint refused', async () => {
    const candidate = fakeClient(() => ({
      ok: false,
      kind: 'failed',
      fatal: true,
      status: 401,
      message: '401: the endpoint refused the key',
      attempts: 1,
    }));
    await assert.rejects(
      evaluateGoldenSet({ examples, candidate, bootstrapSamples: 100, seed: 1 }),
      (e: unknown) =>
        e instanceof EvaluationError && /The candidate endpoint https:\/\/fake answered 401/.test(e.message),
    );
  });

  it('has no deltas without a baseline', async () => {
    const result = await evaluateGoldenSet({
      examples,
      candidate: fakeClient((q) => candidateAnswers[q]!),
      bootstrapSamples: 100,
      seed: 1,
    });
    assert.deepEqual(result.deltas, {});
    assert.equal(result.baseline, undefined);
    assert.equal(metricsView(result).baseline, undefined);
  });
});
