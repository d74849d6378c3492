import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { LONG_ENOUGH_MS } from '../emulator/index.ts';
import { runAction } from '../support/action.ts';
import { emulator, explain, REPOSITORY, repo, run, SHA } from './train-support.ts';

describe('train: failure, hand-off, resume and cancellation', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  after(async () => {
    for (const c of cleanups) await c();
  });

  it('a failed job fails the step, with the service message in the summary and on the merged pull request', async () => {
    const emu = await emulator({ timeScale: 5000 });
    const workspace = repo();
    cleanups.push(
      () => emu.stop(),
      () => workspace.cleanup(),
    );
    const message = 'CUDA out of memory while loading shard 3 of the base model.';
    emu.faults.failJob({ message });
    emu.github.setPullsForCommit(REPOSITORY, SHA, [{ number: 17, merged: true, state: 'closed' }]);

    const r = await run(emu, workspace.dir, { command: 'train' });
    assert.equal(r.code, 1, explain(r));
    assert.equal(r.outputs['job-status'], 'Failed');
    assert.ok(r.summary.includes(message), r.summary);
    assert.match(r.summary, /Fine-tuning failed/);
    assert.ok(r.annotations.some((a) => a.level === 'error' && a.message.includes(message)));
    assert.equal(r.annotations.filter((a) => a.level === 'error').length, 1);
    const comments = emu.github.comments(REPOSITORY, 17);
    assert.equal(comments.length, 1);
    assert.ok(comments[0]!.body.includes(message), comments[0]!.body);

    // The next run submits a new attempt rather than reusing the failed one.
    const retry = await run(emu, workspace.dir, { command: 'train' });
    assert.equal(retry.code, 0, explain(retry));
    assert.equal(retry.outputs['job-name'], `${r.outputs['job-name']}-2`);
    assert.match(retry.summary, /Earlier attempts/);
    assert.equal(
      emu.github.comments(REPOSITORY, 17).length,
      1,
      'the sticky comment is updated, not duplicated',
    );
  });

  it('hands a job that outlives the wait to a later run, and resume carries on to deploy', async () => {
    // 100x: the job is still queued when the 0.3 s wait ends; the endpoint provisions in about a second.
    // Access tokens that live 2 minutes: every exchange must bring a fresh GitHub assertion.
    const emu = await emulator({ timeScale: 100, tokenLifetimeSeconds: 120 });
    const workspace = repo();
    cleanups.push(
      () => emu.stop(),
      () => workspace.cleanup(),
    );

    const first = await run(emu, workspace.dir, { command: 'train', wait: '0.005' });
    assert.equal(first.code, 0, explain(first));
    assert.match(first.outputs['job-status']!, /^(NotStarted|Queued)$/);
    assert.match(first.summary, /Fine-tuning continues in Azure/);
    assert.match(first.summary, /`command: resume`/);
    assert.equal(first.outputs['model-id'], undefined);

    emu.clock.advance(LONG_ENOUGH_MS);
    const resumed = await run(emu, workspace.dir, { command: 'resume' }, { eventName: 'schedule' });
    assert.equal(resumed.outputs['job-name'], first.outputs['job-name'], explain(resumed));
    assert.equal(resumed.outputs['job-status'], 'Completed');
    assert.ok(resumed.outputs['model-id']);
    assert.ok(resumed.outputs['endpoint-url'], 'resume carried on to deploy');
    assert.deepEqual(resumed.outputs.command!.split(',').slice(0, 2), ['resume', 'deploy']);

    const exchanges = emu.authority.exchanges.filter((e) => e.ok);
    assert.ok(exchanges.length >= 4, `expected repeated token exchanges, got ${exchanges.length}`);
    assert.equal(
      new Set(exchanges.map((e) => e.assertionId)).size,
      exchanges.length,
      'each exchange had a fresh assertion',
    );

    const nothing = await run(emu, workspace.dir, { command: 'resume' }, { eventName: 'schedule' });
    assert.equal(nothing.code, 0, explain(nothing));
    assert.match(nothing.summary, /No unfinished fine-tuning job/);
  });

  it('a cancelled run cancels its job only with cancel-on-abort, in the main step and in the post step', async () => {
    const emu = await emulator({ timeScale: 0 });
    const workspace = repo();
    cleanups.push(
      () => emu.stop(),
      () => workspace.cleanup(),
    );

    const kept = await run(emu, workspace.dir, { command: 'train', wait: 'false' });
    const name = kept.outputs['job-name']!;
    assert.equal(kept.state['job-name'], name, 'the job name is saved for the post step');
    const post = (cancelOnAbort: string) =>
      runAction({
        workspace: workspace.dir,
        eventName: 'push',
        inputs: { ...emu.actionInputs() },
        env: emu.childEnv(),
        state: { isPost: 'true', 'job-name': name, 'cancel-on-abort': cancelOnAbort },
      });
    const notCancelled = await post('false');
    assert.equal(notCancelled.code, 0, explain(notCancelled));
    assert.match(notCancelled.stdout, /continues in Azure/);
    assert.equal(emu.job(name)!.status, 'NotStarted');

    const cancelled = await post('true');
    assert.equal(cancelled.code, 0, explain(cancelled));
    assert.match(cancelled.stdout, /cancellation of job ff-[0-9a-f]+ requested/);
    assert.equal(emu.job(name)!.status, 'CancelRequested');

    // A cancelled main step with cancel-on-abort cancels its own (new) job before it exits.
    const main = await run(
      emu,
      workspace.dir,
      { command: 'train', epochs: '5', 'cancel-on-abort': 'true' },
      { cancelAfterMs: 5000 },
    );
    const second = emu.jobs().find((j) => j.name !== name);
    assert.ok(second, explain(main));
    assert.equal(second.status, 'CancelRequested', explain(main));
    assert.match(main.summary, /cancellation of ff-[0-9a-f]+ was requested/);
  });
});
