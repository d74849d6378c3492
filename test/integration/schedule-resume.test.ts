/**
 * Issue 6's proof for `resume` on a schedule, against the emulator: a job left running by a run that
 * stopped following it is picked up by its tags, followed to the end, deployed, evaluated and gated; then
 * `retrain` sees production already trained on the data and submits nothing, and `cleanup` runs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../emulator/index.ts';
import { PROJECT_ROOT } from '../support/action.ts';
import { emulator, explain, repo, run } from './train-support.ts';

const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');
const GATES = 'exact_match >= 0.3';

describe('schedule: a job left running by a timed-out run is resumed to the end', () => {
  let emu: Emulator;
  let workspace: ReturnType<typeof repo>;
  const inputs = { 'golden-file': 'data/golden.jsonl', gates: GATES, 'requests-per-minute': '6000' };
  const jobPuts = () =>
    emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/jobs/' }).filter((e) => !e.fault).length;

  before(async () => {
    // Virtual time stands still while the merge's run follows its job, so that run runs out of time.
    emu = await emulator({ timeScale: 0 });
    workspace = repo({
      'data/train.jsonl': read('examples/data/train.jsonl'),
      'data/golden.jsonl': read('examples/data/golden.jsonl'),
    });
  });
  after(async () => {
    await emu.stop();
    workspace.cleanup();
  });

  it('resume follows the job, then deploy, evaluate and gate promote it; retrain submits nothing', async () => {
    const merged = await run(emu, workspace.dir, { ...inputs, wait: '0.005' });
    assert.equal(merged.code, 0, explain(merged));
    assert.equal(merged.outputs.command, 'train', 'the run stopped after handing the job on');
    assert.match(merged.summary, /Fine-tuning continues in Azure/);
    const name = merged.outputs['job-name']!;

    // Ten minutes later the job is mid-training when the scheduled run starts.
    emu.clock.advance(10 * 60_000);
    assert.equal(emu.job(name)!.status, 'Running');
    emu.clock.setTimeScale(5000);

    const r = await run(emu, workspace.dir, inputs, { eventName: 'schedule' });
    assert.equal(r.code, 0, explain(r));
    assert.equal(r.outputs.command, 'resume,deploy,evaluate,gate,retrain,cleanup');
    assert.equal(r.outputs['job-name'], name);
    assert.equal(r.outputs['job-status'], 'Completed');
    assert.equal(emu.job(name)!.status, 'Completed');
    assert.ok(r.outputs['endpoint-url'], 'deployed');
    assert.equal(r.outputs.promoted, 'true');

    assert.equal(emu.jobs().length, 1, 'one job in all');
    assert.equal(jobPuts(), 1, 'submitted once, by the merge');
    const [production] = emu.models().filter((m) => m.tags.stage === 'production');
    assert.equal(production!.tags.job, name);
    assert.ok(production!.tags['foundry-finetune.metric.exact_match']);
    assert.match(
      r.summary,
      new RegExp(
        `\\| \`retrain\` \\| ⏭️ skipped \\| Nothing changed: production model [\\w-]+:${production!.version} `,
      ),
    );
    assert.match(r.summary, /### 🧹 Cleanup/);
  });

  it('a fine-tune that failed while nobody followed it is retried once, then reported and left alone', async () => {
    emu.clock.setTimeScale(0);
    const message = 'Training diverged: loss is NaN at step 40.';
    emu.faults.failJob({ message, phase: 'Running', times: 2 });
    const changed = { ...inputs, epochs: '2' };
    const merged = await run(emu, workspace.dir, { ...changed, wait: '0.005' });
    assert.equal(merged.code, 0, explain(merged));
    const name = merged.outputs['job-name']!;
    emu.clock.setTimeScale(5000);
    emu.clock.advance(60 * 60_000);
    assert.equal(emu.job(name)!.status, 'Failed');

    const retried = await run(emu, workspace.dir, changed, { eventName: 'schedule' });
    assert.equal(retried.code, 1, explain(retried));
    assert.equal(retried.outputs.command, 'resume,retrain,train');
    assert.match(retried.summary, new RegExp(`Retraining: .*\\(attempt 2; ${name} Failed\\)`));
    assert.ok(retried.summary.includes(`The previous attempt ${name} ended Failed: ${message.slice(0, -1)}`));
    assert.equal(retried.outputs['job-name'], `${name}-2`);
    assert.equal(retried.outputs['job-status'], 'Failed');

    const puts = jobPuts();
    const stopped = await run(emu, workspace.dir, changed, { eventName: 'schedule' });
    assert.equal(stopped.code, 0, explain(stopped));
    assert.equal(stopped.outputs.command, 'resume,retrain,cleanup');
    assert.equal(jobPuts(), puts, 'no third attempt');
    assert.match(
      stopped.summary,
      new RegExp(
        `Not retraining: the last 2 attempts .* failed \\(${name}-2, ${name}\\): ${message.replace(/\./g, '\\.')}`,
      ),
    );
    assert.ok(
      stopped.annotations.some((a) => a.level === 'warning' && a.title === 'Scheduled retraining stopped'),
    );
  });

  it('a job still running when the scheduled run hands it on again: the rest waits, cleanup still runs', async () => {
    emu.clock.setTimeScale(0);
    const changed = { ...inputs, epochs: '4' };
    const merged = await run(emu, workspace.dir, { ...changed, wait: '0.005' });
    assert.equal(merged.code, 0, explain(merged));
    const r = await run(emu, workspace.dir, { ...changed, wait: '0.005' }, { eventName: 'schedule' });
    assert.equal(r.code, 0, explain(r));
    assert.equal(r.outputs.command, 'resume,cleanup', 'deploy, evaluate, gate and retrain wait for the job');
    assert.equal(r.outputs['job-status'], emu.job(merged.outputs['job-name']!)!.status);
    assert.match(r.summary, /### 🧹 Cleanup/);
    emu.clock.setTimeScale(5000);
  });
});
