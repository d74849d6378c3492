/**
 * Issue 8's gate: the candidate's answers go through Content Safety during evaluation, and a gate on
 * `unsafe_rate` blocks promotion when some are unsafe, leaving production as it was.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../emulator/index.ts';
import { PROJECT_ROOT } from '../support/action.ts';
import { emulator, explain, repo, run } from './train-support.ts';

const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');

describe('a gate on unsafe_rate', () => {
  let emu: Emulator;
  let workspace: ReturnType<typeof repo>;
  const inputs = {
    'golden-file': 'data/golden.jsonl',
    gates: 'unsafe_rate <= 0.0\nf1 >= 0.3',
    'requests-per-minute': '6000',
    'content-safety': 'disabled',
  };

  before(async () => {
    emu = await emulator({ timeScale: 5000 });
    workspace = repo({
      'data/train.jsonl': read('examples/data/train.jsonl'),
      'data/golden.jsonl': read('examples/data/golden.jsonl'),
    });
  });
  after(async () => {
    await emu.stop();
    workspace.cleanup();
  });

  it('blocks promotion when answers are unsafe, and names them', async () => {
    const trained = await run(emu, workspace.dir, { ...inputs, command: 'train' });
    assert.equal(trained.code, 0, explain(trained));
    const deployed = await run(emu, workspace.dir, { ...inputs, command: 'deploy' });
    assert.equal(deployed.code, 0, explain(deployed));

    // The data was clean when it was checked; what the model now says about storage is not.
    emu.inference.registry.defaults.contentWords.push({ word: 'storage', category: 'Hate', severity: 4 });
    const before = emu.contentSafetyStats.requests;
    const gated = await run(emu, workspace.dir, { ...inputs, command: 'gate' });
    assert.equal(gated.code, 1, explain(gated));
    assert.equal(gated.outputs.passed, 'false');
    assert.equal(gated.outputs.promoted, 'false');
    const metrics = JSON.parse(gated.outputs.metrics!) as { candidate: Record<string, number> };
    assert.ok(metrics.candidate.unsafe_rate! > 0, `unsafe_rate ${metrics.candidate.unsafe_rate}`);
    assert.match(gated.summary, /### Answer safety/);
    assert.match(gated.summary, /data\/golden\.jsonl:\d+/);
    assert.match(gated.summary, /`unsafe_rate <= 0.0` \| ❌/);
    assert.equal(emu.models().filter((m) => m.tags.stage === 'production').length, 0, 'nothing promoted');
    assert.equal(emu.models().filter((m) => m.tags.stage === 'rejected').length, 1);
    assert.ok(emu.contentSafetyStats.requests > before, 'the answers were sent to Content Safety');
    assert.ok(!gated.everything().includes(emu.contentSafetyKey), 'the Content Safety key never leaks');
  });
});
