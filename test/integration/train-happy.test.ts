import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../emulator/index.ts';
import { emulator, explain, repo, run } from './train-support.ts';

describe('train on merge', () => {
  let emu: Emulator;
  let workspace: ReturnType<typeof repo>;
  before(async () => {
    emu = await emulator({ timeScale: 5000 });
    workspace = repo();
  });
  after(async () => {
    await emu.stop();
    workspace.cleanup();
  });

  it('serverless: uploads the data, submits one FineTuning job, follows it and tags the model', async () => {
    const r = await run(emu, workspace.dir, { command: 'train' });
    assert.equal(r.code, 0, explain(r));
    const jobs = emu.jobs();
    assert.equal(jobs.length, 1);
    const job = jobs[0]!;
    assert.match(job.name, /^ff-[0-9a-f]{12}$/);
    assert.equal(job.status, 'Completed');
    assert.equal(job.tags['foundry-finetune.repository'], 'octo-org/support-bot');
    assert.equal(job.tags['foundry-finetune.commit'], '0000000000000000000000000000000000000000');
    assert.equal(
      job.tags['foundry-finetune.run-url'],
      'https://github.com/octo-org/support-bot/actions/runs/4242',
    );
    assert.match(job.tags['foundry-finetune.dataset']!, /^[0-9a-f]{64}$/);
    assert.equal(job.trainingExamples, 67, 'the training file minus the seeded validation split');

    const put = emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/jobs/' });
    assert.equal(put.length, 1);
    const body = put[0]!.body as { properties: Record<string, unknown> };
    assert.equal(body.properties.computeId, undefined, 'serverless jobs name no compute');
    assert.deepEqual((body.properties.fineTuningDetails as { hyperParameters: unknown }).hyperParameters, {
      num_train_epochs: '3',
    });

    assert.equal(r.outputs['job-name'], job.name);
    assert.equal(r.outputs['job-status'], 'Completed');
    assert.equal(r.outputs['model-version'], job.registeredModel!.version);
    assert.equal(r.outputs['model-id'], job.registeredModel!.id);
    assert.match(r.outputs['studio-url']!, /^https:\/\/ml\.azure\.com\/runs\/ff-/);
    assert.ok(r.outputs.report);
    const model = emu.models().find((m) => m.version === job.registeredModel!.version)!;
    assert.equal(model.tags.stage, 'candidate');
    assert.equal(model.tags.job, job.name);
    assert.equal(model.tags['foundry-finetune.repository'], 'octo-org/support-bot');

    assert.match(r.summary, /Fine-tuning completed/);
    assert.match(r.summary, /```mermaid\n[^`]*xychart-beta[\s\S]*line \[[\s\S]*line \[/);
    assert.match(r.summary, /<summary>Loss values<\/summary>/);
    assert.match(
      r.summary,
      /\*\*Training data:\*\* .*[\d,]+ tokens x 3 epochs = \*\*[\d,]+ billed tokens\*\*/,
    );
    assert.match(r.summary, /\*\*Duration:\*\* 21m/);
  });

  it('a second data push reuses the uploaded file of unchanged content', async () => {
    const before = emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/data/' }).length;
    const r = await run(emu, workspace.dir, { command: 'train', epochs: '2' });
    assert.equal(r.code, 0, explain(r));
    assert.equal(emu.jobs().length, 2, 'other hyperparameters are another job');
    assert.equal(
      emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/data/' }).length,
      before,
      'no data re-registered',
    );
    assert.match(r.summary, /reused \(same content\)/);
  });

  it('managed compute: Phi-3 on a GPU cluster, with the compute in the job', async () => {
    const r = await run(emu, workspace.dir, {
      command: 'train',
      model: 'Phi-3-mini-4k-instruct',
      compute: 'gpu-cluster',
      'instance-type': 'Standard_NC24ads_A100_v4',
    });
    assert.equal(r.code, 0, explain(r));
    const put = emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/jobs/' }).at(-1)!;
    const body = put.body as {
      properties: { computeId: string; resources: unknown; fineTuningDetails: { model: { uri: string } } };
    };
    assert.match(body.properties.computeId, /\/workspaces\/proj-foundry-emulator\/computes\/gpu-cluster$/);
    assert.deepEqual(body.properties.resources, { instanceTypes: ['Standard_NC24ads_A100_v4'] });
    assert.match(
      body.properties.fineTuningDetails.model.uri,
      /models\/Phi-3-mini-4k-instruct\/versions\/15$/,
    );
    assert.equal(r.outputs['job-status'], 'Completed');
    assert.match(r.summary, /managed compute `gpu-cluster`/);
  });
});
