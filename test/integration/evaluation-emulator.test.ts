import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GoldenExample } from '../../src/dataset/types.ts';
import { createChatClient, type ChatClient } from '../../src/evaluation/chat-client.ts';
import { evaluateGoldenSet, metricsView, type EvaluationResult } from '../../src/evaluation/evaluate.ts';
import type { MetricName } from '../../src/evaluation/metrics.ts';
import { startEmulator, type Emulator } from '../emulator/index.ts';

const N = 80;

/** Questions with one known answer each; two of them trip the emulator's content filter. */
const golden: GoldenExample[] = Array.from({ length: N }, (_, i) => {
  const question =
    i === 7 || i === 41
      ? `Describe the bloodbath in chapter ${i}.`
      : `What is fact number ${i} about the fleet?`;
  const expected = `Fact ${i}: the fleet has ${i * 3 + 1} ships in sector ${String.fromCharCode(65 + (i % 26))}.`;
  return { line: i + 1, id: `g${i}`, messages: [{ role: 'user', content: question }], expected: [expected] };
});
const answers = Object.fromEntries(golden.map((g) => [g.messages[0]!.content!, g.expected[0]!]));

const LATENCY_METRICS: MetricName[] = ['latency_p50_ms', 'latency_p95_ms'];

function withoutLatency<T extends Partial<Record<MetricName, unknown>>>(m: T): T {
  const copy = { ...m };
  for (const k of LATENCY_METRICS) delete copy[k];
  return copy;
}

/** What must not depend on faults: every answer and every metric but latency. */
function outcomeOf(result: EvaluationResult) {
  return {
    examples: result.examples.map((e) => ({
      id: e.id,
      candidate: {
        outcome: e.candidate.outcome,
        text: e.candidate.text,
        scores: e.candidate.scores,
        tokens: [e.candidate.promptTokens, e.candidate.completionTokens],
      },
      baseline: { outcome: e.baseline?.outcome, text: e.baseline?.text, scores: e.baseline?.scores },
    })),
    candidate: withoutLatency(result.candidate.metrics),
    baseline: withoutLatency(result.baseline!.metrics),
    deltas: withoutLatency(result.deltas),
  };
}

describe('evaluation against the emulator inference endpoint', () => {
  let emu: Emulator;
  let candidateEp: { url: string; key: string };
  let baselineEp: { url: string; key: string };

  before(async () => {
    emu = await startEmulator({ azurite: false, inference: { latencyMs: 5 } });
    candidateEp = emu.inference.register({ name: 'candidate', answers, errorRate: 0.2 });
    baselineEp = emu.inference.register({ name: 'production', answers, errorRate: 0.5 });
  });
  after(async () => {
    await emu?.stop();
  });

  const clients = (): { candidate: ChatClient; baseline: ChatClient } => {
    const common = {
      requestsPerMinute: 6_000,
      tokensPerMinute: 10_000_000,
      concurrency: 8,
      timeoutMs: 5_000,
      maxRetries: 10,
      maxTokens: 128,
      seed: 42,
      backoff: { baseMs: 20, maxMs: 200 },
    };
    return {
      candidate: createChatClient({ ...common, ...candidateEp }),
      baseline: createChatClient({ ...common, ...baselineEp }),
    };
  };

  const evaluate = (): Promise<EvaluationResult> =>
    evaluateGoldenSet({
      examples: golden,
      ...clients(),
      bootstrapSamples: 500,
      seed: 42,
      prices: { inputPer1k: 0.1, outputPer1k: 0.4 },
    });

  it('with 20% 429s, 5xx and dropped connections, gives exactly the metrics of a clean run', async () => {
    emu.faults.clear();
    const clean = await evaluate();
    assert.equal(clean.candidate.failed, 0);
    assert.equal(clean.candidate.contentFiltered, 2);
    assert.equal(clean.candidate.client.retries, 0);
    // A perfect answer gets EM 1; the emulator's seeded 20% / 50% wrong answers keep both below 1.
    assert.ok(clean.candidate.metrics.exact_match! > clean.baseline!.metrics.exact_match!);
    assert.ok(clean.candidate.metrics.exact_match! < 1);

    emu.faults.randomize({
      rate: 0.2,
      seed: 'evaluation-faults',
      service: 'inference',
      kinds: ['429', '500', '503', 'reset'],
      retryAfter: 1,
    });
    const faulty = await evaluate();
    emu.faults.clear();

    const c = faulty.candidate.client;
    const b = faulty.baseline!.client;
    assert.ok(c.throttled + b.throttled > 0, 'some 429s were injected');
    assert.ok(c.serverErrors + b.serverErrors > 0, 'some 5xx were injected');
    assert.ok(c.connectionErrors + b.connectionErrors > 0, 'some connections were dropped');
    assert.equal(faulty.candidate.failed, 0);
    assert.equal(faulty.baseline!.failed, 0);
    assert.deepEqual(outcomeOf(faulty), outcomeOf(clean));
    assert.deepEqual(withoutLatency(metricsView(faulty).delta!), withoutLatency(metricsView(clean).delta!));
  });

  it('reports a wrong key as a fatal error naming the endpoint, after one request', async () => {
    const bad = createChatClient({
      url: candidateEp.url,
      key: 'not-the-key',
      requestsPerMinute: 600,
      tokensPerMinute: 1_000_000,
      concurrency: 1,
      timeoutMs: 5_000,
      maxRetries: 3,
      maxTokens: 64,
      seed: 1,
    });
    await assert.rejects(
      evaluateGoldenSet({ examples: golden, candidate: bad, bootstrapSamples: 100, seed: 1 }),
      /The candidate endpoint http:\/\/127\.0\.0\.1:\d+\/serverless\/candidate answered 401: the endpoint refused the key/,
    );
    assert.equal(bad.stats().requests, 1);
  });
});
