import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { renderActionYml, renderReadme } from '../../scripts/gen-docs.ts';
import { OUTPUTS, SETTINGS } from '../../src/config/settings.ts';
import { PROJECT_ROOT } from '../support/action.ts';

const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');

describe('docs stay in sync (run `npm run docs` to fix)', () => {
  it('action.yml is generated from the settings table', () => {
    assert.equal(read('action.yml'), renderActionYml());
  });

  it("the README's input and output tables are generated from action.yml", () => {
    assert.equal(read('README.md'), renderReadme(read('README.md'), read('action.yml')));
  });

  it('action.yml gives a default wherever the config file cannot set the value, and nowhere else', () => {
    const action = parse(read('action.yml')) as { inputs: Record<string, { default?: string }> };
    for (const s of SETTINGS) {
      const given = action.inputs[s.input]!.default;
      if (s.key)
        assert.equal(given, undefined, `${s.input}: a default would hide the config file's ${s.key}`);
      else if (s.default !== undefined)
        assert.equal(given, s.default, `${s.input}: the config file cannot set it`);
      else
        assert.ok(s.kind.type === 'secret' || s.defaultText, `${s.input}: no default, and no key to set one`);
    }
  });

  it('action.yml declares every setting and output, runs on node24 and cancels in a post step', () => {
    const action = parse(read('action.yml')) as {
      inputs: object;
      outputs: object;
      runs: Record<string, string>;
    };
    assert.deepEqual(
      Object.keys(action.inputs),
      SETTINGS.map((s) => s.input),
    );
    assert.deepEqual(
      Object.keys(action.outputs),
      OUTPUTS.map((o) => o.name),
    );
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
    assert.equal(action.runs['post-if'], 'cancelled()');
  });
});
