import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allGatesPassed, evaluateGates, parseGates, type MetricsView } from '../../src/gate/index.ts';

const view: MetricsView = {
  candidate: { f1: 0.72, rougeL: 0.61, latency_p95_ms: 1200, failed: 0, exact_match: 0.5, cost: 0 },
  baseline: { f1: 0.65, rougeL: 0.64, latency_p95_ms: 900, failed: 1, exact_match: 0.5, cost: 0.5 },
  delta: {
    f1: { value: 0.07, ci_low: 0.02, ci_high: 0.12 },
    rougeL: { value: -0.03, ci_low: -0.06, ci_high: 0.0 },
  },
};

const verdicts = (expressions: string[], v: MetricsView = view) => evaluateGates(parseGates(expressions), v);

describe('evaluateGates', () => {
  it('passes and fails comparisons, and reports the values it read', () => {
    const [a, b, c, d] = verdicts([
      'f1 >= 0.60',
      'rougeL >= baseline.rougeL - 0.02',
      'latency_p95_ms <= 1500',
      'delta.f1.ci_low > 0',
    ]);
    assert.equal(a!.status, 'passed');
    assert.deepEqual(a!.values, [{ ref: 'f1', value: 0.72 }]);
    assert.equal(b!.status, 'failed');
    assert.match(b!.reason!, /not met: rougeL = 0.61, baseline.rougeL = 0.64/);
    assert.equal(c!.status, 'passed');
    assert.equal(d!.status, 'passed');
    assert.deepEqual(d!.values, [{ ref: 'delta.f1.ci_low', value: 0.02 }]);
  });

  it('does arithmetic with the usual precedence, and and/or', () => {
    const out = verdicts([
      'f1 - baseline.f1 * 2 < -0.5', // 0.72 - 1.3 = -0.58
      '(f1 - baseline.f1) * 2 > 0.1', // 0.14
      '-delta.rougeL.value > 0',
      'f1 > 0.9 or failed == 0',
      'f1 > 0.9 and failed == 0',
      'baseline.cost / cost > 1',
      'candidate.failed != baseline.failed',
    ]);
    assert.deepEqual(
      out.map((v) => v.status),
      ['passed', 'passed', 'passed', 'passed', 'failed', 'failed', 'passed'],
    );
    assert.match(out[5]!.reason!, /divides by zero/);
    assert.equal(allGatesPassed(out), false);
  });

  it('treats a gate on the baseline as not applicable when none was evaluated, and it does not block', () => {
    const noBaseline: MetricsView = { candidate: view.candidate };
    const out = verdicts(
      ['f1 >= 0.6', 'delta.f1.ci_low > 0', 'rougeL >= baseline.rougeL - 0.02'],
      noBaseline,
    );
    assert.deepEqual(
      out.map((v) => v.status),
      ['passed', 'not-applicable', 'not-applicable'],
    );
    assert.match(out[1]!.reason!, /no baseline was evaluated/);
    assert.deepEqual(out[1]!.values, [{ ref: 'delta.f1.ci_low', value: undefined }]);
    assert.equal(allGatesPassed(out), true);
  });

  it("decides and/or by Kleene's logic when one side is unknown", () => {
    const noBaseline: MetricsView = { candidate: view.candidate };
    const out = verdicts(
      [
        'f1 > 0.5 or delta.f1.ci_low > 0',
        'f1 > 0.9 and delta.f1.ci_low > 0',
        'f1 > 0.5 and delta.f1.ci_low > 0',
      ],
      noBaseline,
    );
    assert.deepEqual(
      out.map((v) => v.status),
      ['passed', 'failed', 'not-applicable'],
    );
  });

  it('fails a gate on a candidate metric that was not measured, and says why', () => {
    const out = verdicts(['similarity >= 4', 'unsafe_rate <= 0.01', 'delta.similarity.ci_low > 0']);
    assert.deepEqual(
      out.map((v) => v.status),
      ['failed', 'failed', 'failed'],
    );
    assert.match(out[0]!.reason!, /'similarity' was not measured: no judge endpoint is configured/);
    assert.match(out[1]!.reason!, /content-safety check did not run/);
    assert.match(out[2]!.reason!, /'delta.similarity.ci_low' was not measured/);
  });

  it('passes with no gates at all', () => {
    assert.equal(allGatesPassed(verdicts([])), true);
  });
});
