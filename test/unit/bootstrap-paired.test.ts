import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pairedBootstrap } from '../../src/evaluation/bootstrap.ts';
import { computeDeltas } from '../../src/evaluation/evaluate.ts';
import { scoreAnswer, type ScoredAnswer } from '../../src/evaluation/metrics.ts';
import { mulberry32, seededRandom } from '../../src/evaluation/random.ts';
import { percentile } from '../../src/evaluation/stats.ts';

const meanAt = (values: readonly number[]) => (idx: readonly number[]) =>
  idx.reduce((s, i) => s + values[i]!, 0) / idx.length;

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('percentile (linear interpolation, NumPy default)', () => {
  it('matches numpy.percentile on small arrays', () => {
    // numpy.percentile([1, 2, 3, 4], 95) == 3.85; ([15, 20, 35, 40, 50], 40) == 29.0
    assert.ok(Math.abs(percentile([4, 1, 3, 2], 95)! - 3.85) < 1e-12);
    assert.equal(percentile([15, 20, 35, 40, 50], 40), 29);
    assert.equal(percentile([7], 50), 7);
    assert.equal(percentile([], 50), undefined);
  });
});

describe('seeded generator', () => {
  it('gives the same stream for the same seed and label, another for another', () => {
    const a = seededRandom(42, 'x');
    const b = seededRandom(42, 'x');
    const c = seededRandom(43, 'x');
    const sa = range(5).map(() => a());
    assert.deepEqual(
      sa,
      range(5).map(() => b()),
    );
    assert.notDeepEqual(
      sa,
      range(5).map(() => c()),
    );
    const r = mulberry32(1);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      assert.ok(x >= 0 && x < 1);
    }
  });
});

describe('paired bootstrap', () => {
  it('is the same on a rerun with the same seed', () => {
    const c = range(50).map((i) => (i % 3) / 2);
    const b = range(50).map((i) => (i % 5) / 4);
    const run = (seed: number) =>
      pairedBootstrap({
        pairs: range(50),
        candidate: meanAt(c),
        baseline: meanAt(b),
        samples: 500,
        seed,
        label: 'f1',
      });
    assert.deepEqual(run(7), run(7));
    assert.notDeepEqual(run(7), run(8));
  });

  it('gives a zero-width interval when every pair differs by the same amount', () => {
    const b = range(30).map((i) => i / 30);
    const c = b.map((x) => x + 0.1);
    const d = pairedBootstrap({
      pairs: range(30),
      candidate: meanAt(c),
      baseline: meanAt(b),
      samples: 200,
      seed: 1,
      label: 'm',
    })!;
    assert.ok(Math.abs(d.value - 0.1) < 1e-12);
    assert.ok(Math.abs(d.ciLow - 0.1) < 1e-9 && Math.abs(d.ciHigh - 0.1) < 1e-9);
    assert.equal(d.pairs, 30);
  });

  it('on two pairs with differences 0 and 1, spans [0, 1] (resample means are 0, 0.5, 1 with p = 1/4, 1/2, 1/4)', () => {
    const d = pairedBootstrap({
      pairs: [0, 1],
      candidate: meanAt([0, 1]),
      baseline: meanAt([0, 0]),
      samples: 2000,
      seed: 3,
      label: 'x',
    })!;
    assert.equal(d.value, 0.5);
    assert.equal(d.ciLow, 0);
    assert.equal(d.ciHigh, 1);
  });

  it('covers the true difference about 95% of the time (normal scores, 200 simulated evaluations)', () => {
    const rand = mulberry32(2024);
    const normal = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    let covered = 0;
    for (let trial = 0; trial < 200; trial++) {
      const b = range(60).map(() => normal());
      const c = b.map((x) => x + 0.3 + normal() * 0.5);
      const d = pairedBootstrap({
        pairs: range(60),
        candidate: meanAt(c),
        baseline: meanAt(b),
        samples: 400,
        seed: trial,
        label: 'm',
      })!;
      if (d.ciLow <= 0.3 && 0.3 <= d.ciHigh) covered++;
    }
    // Percentile intervals at n = 60 run slightly narrow; anything in 88-99% is the method working.
    assert.ok(covered >= 176 && covered <= 198, `covered ${covered} of 200`);
  });

  it('has nothing to say without pairs', () => {
    assert.equal(
      pairedBootstrap({
        pairs: [],
        candidate: () => undefined,
        baseline: () => undefined,
        samples: 10,
        seed: 1,
        label: 'x',
      }),
      undefined,
    );
  });
});

describe('deltas over scored answers', () => {
  const answer = (text: string, expected: string[], latencyMs = 100): ScoredAnswer => ({
    outcome: 'answered',
    text,
    attempts: 1,
    latencyMs,
    promptTokens: 10,
    completionTokens: 5,
    ...scoreAnswer(text, expected),
  });
  const failed: ScoredAnswer = { outcome: 'failed', attempts: 7, message: '503' };

  it('pairs only examples both sides answered, and recomputes corpus BLEU on each resample', () => {
    const expected = [['Paris'], ['blue whale'], ['seven continents'], ['water']];
    const cand = [
      answer('Paris', expected[0]!),
      answer('blue whale', expected[1]!),
      failed,
      answer('water', expected[3]!),
    ];
    const base = [
      answer('Lyon', expected[0]!),
      answer('blue whale', expected[1]!),
      answer('seven continents', expected[2]!),
      answer('ice', expected[3]!),
    ];
    const deltas = computeDeltas(cand, base, {}, 300, 42);
    // Pairs: examples 0, 1 and 3. EM candidate 3/3, baseline 1/3.
    assert.equal(deltas.exact_match!.pairs, 3);
    assert.ok(Math.abs(deltas.exact_match!.value - 2 / 3) < 1e-12);
    assert.ok(deltas.exact_match!.ciLow >= 0 && deltas.exact_match!.ciHigh <= 1);
    // `failed` counts over every example: 1 vs 0.
    assert.equal(deltas.failed!.value, 1);
    assert.equal(deltas.failed!.pairs, 4);
    assert.ok(deltas.bleu !== undefined);
    // No prices: no cost, so no cost delta.
    assert.equal(deltas.cost, undefined);
    assert.deepEqual(computeDeltas(cand, base, {}, 300, 42), deltas);
  });
});
