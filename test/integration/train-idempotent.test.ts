import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { LONG_ENOUGH_MS, type Emulator } from '../emulator/index.ts';
import { emulator, explain, repo, run } from './train-support.ts';

/** PUTs of jobs that reached the service and were answered by it (not by an injected fault). */
function jobPuts(emu: Emulator) {
  return emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/jobs/' }).filter((e) => !e.fault);
}

describe('train is idempotent', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  after(async () => {
    for (const c of cleanups) await c();
  });

  it('the same run three times gives one job: submitted, then followed, then reused', async () => {
    const emu = await emulator({ timeScale: 0 });
    const workspace = repo();
    cleanups.push(
      () => emu.stop(),
      () => workspace.cleanup(),
    );

    const first = await run(emu, workspace.dir, { command: 'train', wait: 'false' });
    assert.equal(first.code, 0, explain(first));
    assert.equal(first.outputs['job-status'], 'NotStarted');
    assert.match(first.summary, /continues in Azure/);
    const name = first.outputs['job-name']!;

    emu.clock.advance(5 * 60_000);
    const second = await run(emu, workspace.dir, { command: 'train', wait: 'false' });
    assert.equal(second.code, 0, explain(second));
    assert.equal(second.outputs['job-name'], name);
    assert.match(second.stdout, /following it instead of submitting another/);

    emu.clock.advance(LONG_ENOUGH_MS);
    const third = await run(emu, workspace.dir, { command: 'train' });
    assert.equal(third.code, 0, explain(third));
    assert.equal(third.outputs['job-name'], name);
    assert.equal(third.outputs['job-status'], 'Completed');
    assert.match(third.summary, /Reused a completed fine-tune/);

    assert.equal(emu.jobs().length, 1);
    assert.equal(jobPuts(emu).length, 1);
    assert.equal(emu.models().length, 1);
  });

  it('with a fifth of ARM requests failing (429, 500, 503, resets) the outcome is the same, with one job', async () => {
    const emu = await emulator({ timeScale: 5000 });
    const workspace = repo();
    cleanups.push(
      () => emu.stop(),
      () => workspace.cleanup(),
    );
    emu.faults.randomize({
      rate: 0.2,
      seed: 'train-faults',
      service: 'arm',
      kinds: ['429', '500', '503', 'reset'],
      retryAfter: 0,
    });

    const r = await run(emu, workspace.dir, { command: 'train' });
    assert.equal(r.code, 0, explain(r));
    const faulted = emu.requestLog.entries({ service: 'arm' }).filter((e) => e.fault).length;
    assert.ok(faulted >= 3, `expected injected faults, got ${faulted}`);
    assert.equal(emu.jobs().length, 1);
    assert.equal(r.outputs['job-status'], 'Completed');
    const model = emu.models()[0]!;
    assert.equal(model.tags.stage, 'candidate');
    assert.equal(r.outputs['model-version'], model.version);

    const again = await run(emu, workspace.dir, { command: 'train' });
    assert.equal(again.code, 0, explain(again));
    assert.equal(again.outputs['job-name'], r.outputs['job-name']);
    assert.equal(emu.jobs().length, 1);
    assert.equal(emu.models().length, 1);
  });
});
