import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildConfig } from '../../src/config/build.ts';
import { ConfigError } from '../../src/config/parse.ts';
import { METRICS } from '../../src/evaluation/metrics.ts';
import { assertGatesMeasurable, gatesNeedBaseline, parseGates } from '../../src/gate/index.ts';
import { PROJECT_ROOT } from '../support/action.ts';

function configError(expressions: string[], pattern: RegExp): void {
  assert.throws(
    () => parseGates(expressions),
    (e: unknown) => {
      assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${String(e)}`);
      assert.match(e.message, pattern);
      return true;
    },
  );
}

describe('parseGates: what parses', () => {
  it("accepts the issue's examples", () => {
    const gates = parseGates([
      'f1 >= 0.60',
      'rougeL >= baseline.rougeL - 0.02',
      'latency_p95_ms <= 1500',
      'delta.f1.ci_low > 0',
    ]);
    assert.equal(gates.length, 4);
    assert.deepEqual(
      gates[1]!.references.map((r) => [r.scope, r.metric, r.field]),
      [
        ['candidate', 'rougeL', undefined],
        ['baseline', 'rougeL', undefined],
      ],
    );
    assert.deepEqual(
      gates[3]!.references.map((r) => [r.scope, r.metric, r.field]),
      [['delta', 'f1', 'ci_low']],
    );
  });

  it('accepts arithmetic, parentheses, and/or, every comparison, exponents, and case-insensitive names', () => {
    const gates = parseGates([
      '(f1 >= 0.6 or exact_match > 0.5) and failed == 0',
      'candidate.cost / baseline.cost <= 1.1 && content_filtered != 1',
      '-delta.latency_p95_ms < 2e2 || ROUGEL >= 0.4',
      'delta.bleu.ci_high >= -0.01 AND delta.bleu.value > -1',
    ]);
    assert.equal(gates[2]!.references[1]!.metric, 'rougeL');
    assert.equal(gates[0]!.references.length, 3);
  });

  it('skips blank lines and trims', () => {
    const gates = parseGates(['  f1 > 0.5  ', '', '   ']);
    assert.deepEqual(
      gates.map((g) => g.expression),
      ['f1 > 0.5'],
    );
  });

  it('knows which gates read the baseline', () => {
    assert.equal(gatesNeedBaseline(parseGates(['f1 > 0.5', 'latency_p95_ms < 900'])), false);
    assert.equal(gatesNeedBaseline(parseGates(['f1 > 0.5', 'delta.f1.ci_low > 0'])), true);
  });
});

describe('parseGates: clear errors before any request', () => {
  it('names the input, the item, the expression and the unknown metric, with a suggestion', () => {
    configError(
      ['f1 >= 0.6', 'rouge_l >= 0.5'],
      /input 'gates' item 2 `rouge_l >= 0.5`: unknown metric 'rouge_l'.*Did you mean 'rougeL'\?/,
    );
    configError(['accuracy > 0.9'], /unknown metric 'accuracy'.*Known metrics: exact_match, f1/);
    configError(['baseline.f2 > 0'], /unknown metric 'f2' in 'baseline.f2'/);
  });

  it('explains scopes and delta fields', () => {
    configError(['f1.ci_low > 0'], /does not start with candidate, baseline or delta.*'delta.f1.ci_low'/);
    configError(['delta.f1.ci_lo > 0'], /a delta has .ci_low, .ci_high or .value. Did you mean 'ci_low'\?/);
    configError(['baseline.f1.ci_low > 0'], /only deltas have fields/);
    configError(['prod.f1 > 0'], /does not start with candidate, baseline or delta/);
  });

  it('rejects syntax errors with the column', () => {
    configError(['f1 = 0.6'], /'=' at column 4: compare with '=='/);
    configError(['f1 >= 0.6 )'], /unexpected '\)' at column 11/);
    configError(['(f1 >= 0.6'], /expected '\)' to close the '\(' at column 1/);
    configError(['f1 >= '], /expected a metric, a number or '\(' but found the end/);
    configError(['f1 >= 0.6 $'], /unexpected '\$' at column 11/);
  });

  it('rejects gates that are not a test, chained comparisons, and logic on numbers', () => {
    configError(['f1 + 0.1'], /a gate must compare/);
    configError(['0.5 < f1 < 0.9'], /comparisons do not chain/);
    configError(['f1 and rougeL > 0'], /'and' joins comparisons, not numbers/);
    configError(['(f1 > 0) + 1 > 0'], /'\+' at column 10 needs numbers on both sides/);
  });

  it('uses the given location', () => {
    assert.throws(
      () => parseGates(['nope > 1'], "'gates' in .github/finetune.yml:14"),
      /^ConfigError: 'gates' in \.github\/finetune\.yml:14 `nope > 1`/,
    );
  });
});

describe('assertGatesMeasurable', () => {
  const all = { judge: true, prices: true, contentSafety: true };
  it('passes when what the gates read will be measured', () => {
    assertGatesMeasurable(parseGates(['similarity >= 4', 'cost < 1', 'unsafe_rate == 0']), all);
  });

  it('says what to configure for a metric nothing measures', () => {
    assert.throws(
      () => assertGatesMeasurable(parseGates(['f1 > 0', 'similarity >= 4']), { ...all, judge: false }),
      (e: unknown) =>
        e instanceof ConfigError &&
        /`similarity >= 4` reads 'similarity'.*judge-endpoint-url/.test(e.message),
    );
    assert.throws(
      () => assertGatesMeasurable(parseGates(['delta.cost < 0']), { ...all, prices: false }),
      /price-per-1k/,
    );
    assert.throws(
      () => assertGatesMeasurable(parseGates(['unsafe_rate < 0.01']), { ...all, contentSafety: false }),
      /content-safety-endpoint/,
    );
  });
});

describe('src/gate/README.md', () => {
  it('lists every metric with its direction and the same definition as the code', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'src/gate/README.md'), 'utf8');
    for (const m of METRICS) {
      const row = readme
        .split('\n')
        .find((l) => l.startsWith(`| \`${m.name}\` `) && /\| (higher|lower) +\|/.test(l));
      assert.ok(row, `README has no row for ${m.name}`);
      assert.match(row, new RegExp(`\\| ${m.better} +\\|`));
      assert.ok(
        row.includes(m.definition.replace(/\|/g, '\\|')),
        `README's definition of ${m.name} differs from METRICS`,
      );
    }
  });
});

describe('gates in the configuration', () => {
  const build = (inputs: Record<string, string>, file?: string) =>
    buildConfig({
      getInput: (n) => inputs[n] ?? '',
      readFile: (p) => (p === '.github/finetune.yml' ? file : undefined),
      root: '/r',
      repository: 'o/r',
    });

  it('are checked when the configuration is built, naming the input or the config file line', () => {
    assert.throws(
      () => build({ gates: 'f1 >= 0.6\nrogueL > 0.5' }),
      /^ConfigError: input 'gates' item 2 `rogueL > 0.5`: unknown metric 'rogueL'.*Did you mean 'rougeL'\?/,
    );
    assert.throws(
      () => build({}, 'gates:\n  - f1 >= 0.6\n  - similarity >= 4\n'),
      /^ConfigError: 'gates' in \.github\/finetune\.yml:\d+ `similarity >= 4` reads 'similarity', which nothing measures: set 'judge-endpoint-url'/,
    );
    assert.deepEqual(build({ gates: 'f1 >= 0.6\ndelta.f1.ci_low > 0' }).gate.expressions, [
      'f1 >= 0.6',
      'delta.f1.ci_low > 0',
    ]);
    assert.doesNotThrow(() =>
      build({ gates: 'similarity >= 4', 'judge-endpoint-url': 'https://judge.example' }),
    );
  });
});
