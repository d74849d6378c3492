import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_TIMINGS,
  startEmulator,
  trustEmulatorCertificate,
  type Emulator,
} from '../emulator/index.ts';
import { arm, chatJsonl, fineTuningJob, qaPairs } from '../emulator/testing.ts';

trustEmulatorCertificate();

type Json = Record<string, unknown>;
const MINUTE = 60_000;

describe('emulator fine-tuning jobs on the controlled clock', () => {
  let emu: Emulator;
  let trainingUri: string;
  let validationUri: string;

  before(async () => {
    emu = await startEmulator({ azurite: false, pageSize: 2 });
    trainingUri = await emu.seedBlob('data/train.jsonl', chatJsonl(qaPairs(20)));
    validationUri = await emu.seedBlob('data/valid.jsonl', chatJsonl(qaPairs(10, 'v')));
  });
  after(() => emu?.stop());

  const status = async (name: string): Promise<string> =>
    (await arm<{ properties: Json }>(emu, 'GET', `jobs/${name}`)).body.properties.status as string;

  /** MLflow as a client reaches it: azureml:// tracking URI -> https, then the REST path. */
  const mlflow = async (path: string): Promise<{ status: number; body: Json }> => {
    const ws = await arm<{ properties: { mlFlowTrackingUri: string } }>(emu, 'GET', '');
    const base = ws.body.properties.mlFlowTrackingUri.replace(/^azureml:\/\//, 'https://');
    const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${emu.token}` } });
    return { status: response.status, body: (await response.json()) as Json };
  };

  it('moves NotStarted -> Queued -> Running -> Completed and registers the model with the job tags', async () => {
    const created = await arm<{ properties: Json }>(emu, 'PUT', 'jobs/ft-1', {
      body: fineTuningJob({
        trainingUri,
        validationUri,
        assetName: 'support',
        tags: { repo: 'o/r', commit: 'abc' },
      }),
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.properties.status, 'NotStarted');
    emu.clock.advance(DEFAULT_TIMINGS.queuedAfterMs);
    assert.equal(await status('ft-1'), 'Queued');
    emu.clock.advance(DEFAULT_TIMINGS.runningAfterMs);
    assert.equal(await status('ft-1'), 'Running');
    assert.deepEqual(emu.models(), [], 'no model before completion');
    emu.clock.advance(DEFAULT_TIMINGS.trainingMs);
    const done = await arm<{ properties: Json }>(emu, 'GET', 'jobs/ft-1');
    assert.equal(done.body.properties.status, 'Completed');
    const output = (done.body.properties.outputs as Record<string, Json>).registered_model!;
    assert.equal(output.assetName, 'support');
    assert.equal(output.assetVersion, '1');
    const model = await arm<{ properties: Json }>(emu, 'GET', 'models/support/versions/1');
    assert.equal(model.status, 200);
    assert.deepEqual(model.body.properties.tags, { repo: 'o/r', commit: 'abc', job: 'ft-1' });
    assert.equal(
      emu.job('ft-1')!.registeredModel!.id,
      `azureml://locations/eastus2/workspaces/${emu.workspaceId}/models/support/versions/1`,
    );
  });

  it('serves loss curves on the MLflow route, growing while the job runs', async () => {
    await arm(emu, 'PUT', 'jobs/ft-2', {
      body: fineTuningJob({ trainingUri, validationUri, assetName: 'support' }),
    });
    const scope = `/api/2.0/mlflow/metrics/get-history?run_id=ft-2&metric_key=`;
    assert.deepEqual((await mlflow(`${scope}train_loss`)).body, {}, 'MLflow omits empty history');
    emu.clock.advance(
      DEFAULT_TIMINGS.queuedAfterMs + DEFAULT_TIMINGS.runningAfterMs + DEFAULT_TIMINGS.trainingMs / 2,
    );
    const half = (await mlflow(`${scope}train_loss`)).body.metrics as {
      key: string;
      value: number;
      step: number;
      timestamp: number;
    }[];
    assert.equal(half.length, 5);
    emu.clock.advance(DEFAULT_TIMINGS.trainingMs);
    const all = (await mlflow(`${scope}train_loss`)).body.metrics as {
      key: string;
      value: number;
      step: number;
    }[];
    assert.equal(all.length, 10);
    assert.deepEqual(Object.keys(all[0]!).sort(), ['key', 'step', 'timestamp', 'value']);
    assert.ok(all[9]!.value < all[0]!.value, 'loss goes down');
    const evalLoss = (await mlflow(`${scope}eval_loss`)).body.metrics as unknown[];
    assert.equal(evalLoss.length, 10);
    assert.equal(
      (await arm(emu, 'GET', 'models/support/versions/2')).status,
      200,
      'second job registers version 2',
    );
    const run = await mlflow('/api/2.0/mlflow/runs/get?run_id=ft-2');
    assert.equal((run.body.run as { info: Json }).info.status, 'FINISHED');
    const missing = await mlflow('/api/2.0/mlflow/metrics/get-history?run_id=nope&metric_key=train_loss');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error_code, 'RESOURCE_DOES_NOT_EXIST');
  });

  it('a scripted failure fails the job with its message in run history and registers nothing', async () => {
    emu.faults.failJob({ name: 'ft-fail', message: 'The training container ran out of GPU memory.' });
    await arm(emu, 'PUT', 'jobs/ft-fail', { body: fineTuningJob({ trainingUri, assetName: 'never' }) });
    emu.clock.advance(3 * 60 * MINUTE);
    assert.equal(await status('ft-fail'), 'Failed');
    assert.equal(emu.job('ft-fail')!.failure!.message, 'The training container ran out of GPU memory.');
    const ws = await arm<{ properties: { mlFlowTrackingUri: string } }>(emu, 'GET', '');
    const host = ws.body.properties.mlFlowTrackingUri
      .replace(/^azureml:\/\//, 'https://')
      .replace(/\/mlflow\/v1\.0\/.*$/, '');
    const details = await fetch(
      `${host}/history/v1.0/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${emu.workspace}/runs/ft-fail/details`,
      {
        headers: { authorization: `Bearer ${emu.token}` },
      },
    );
    const body = (await details.json()) as { error: { error: { message: string } } };
    assert.equal(body.error.error.message, 'The training container ran out of GPU memory.');
    assert.equal((await arm(emu, 'GET', 'models/never/versions/1')).status, 404);
  });

  it('fails a job whose training file has too few examples', async () => {
    const tiny = await emu.seedBlob('data/tiny.jsonl', chatJsonl(qaPairs(3)));
    assert.equal(
      (await arm(emu, 'PUT', 'jobs/ft-tiny', { body: fineTuningJob({ trainingUri: tiny }) })).status,
      201,
    );
    emu.clock.advance(10 * MINUTE);
    assert.equal(await status('ft-tiny'), 'Failed');
    assert.match(emu.job('ft-tiny')!.failure!.message, /3 valid chat examples; at least 10/);
  });

  it('cancels with 202 + Location, which answers 202 until the job is Canceled', async () => {
    await arm(emu, 'PUT', 'jobs/ft-cancel', { body: fineTuningJob({ trainingUri }) });
    emu.clock.advance(2 * MINUTE);
    const cancel = await arm(emu, 'POST', 'jobs/ft-cancel/cancel');
    assert.equal(cancel.status, 202);
    const location = cancel.headers.get('location')!;
    assert.match(location, /\/locations\/eastus2\/mfeOperationResults\/[0-9a-f-]+\?api-version=2025-12-01$/);
    assert.equal(await status('ft-cancel'), 'CancelRequested');
    assert.equal((await arm(emu, 'GET', location)).status, 202);
    emu.clock.advance(DEFAULT_TIMINGS.cancelMs);
    assert.equal((await arm(emu, 'GET', location)).status, 200);
    assert.equal(await status('ft-cancel'), 'Canceled');
    const again = await arm<{ error: { code: string; message: string } }>(
      emu,
      'POST',
      'jobs/ft-cancel/cancel',
    );
    assert.equal(again.status, 400);
    assert.match(again.body.error.message, /terminal state 'Canceled'/);
  });

  it('lists jobs newest first with tag and property filters, paging through nextLink', async () => {
    const tagSets: Record<string, string>[] = [
      { repo: 'o/r', dataset: 'd1' },
      { repo: 'o/r', dataset: 'd2' },
      { other: 'x' },
    ];
    for (const [i, tags] of tagSets.entries()) {
      await arm(emu, 'PUT', `jobs/list-${i}`, { body: fineTuningJob({ trainingUri, tags }) });
      emu.clock.advance(1000);
    }
    const collect = async (query: Record<string, string>): Promise<string[]> => {
      const names: string[] = [];
      let page = await arm<{ value: { name: string }[]; nextLink?: string }>(emu, 'GET', 'jobs', { query });
      for (;;) {
        assert.ok(page.body.value.length <= 2, 'page size 2');
        names.push(...page.body.value.map((j) => j.name));
        if (!page.body.nextLink) break;
        page = await arm(emu, 'GET', page.body.nextLink);
      }
      return names;
    };
    assert.deepEqual(await collect({ tag: 'dataset' }), ['list-1', 'list-0']);
    assert.deepEqual(await collect({ tag: 'dataset=d2' }), ['list-1']);
    const all = await collect({});
    assert.equal(all.length, emu.jobs().length);
    assert.equal(all[0], 'list-2');
    const bad = await arm(emu, 'GET', 'jobs', { query: { $skipToken: 'garbage' } });
    assert.equal(bad.status, 400);
  });

  it('accepts a repeated PUT of the original body or of the GET body after completion (idempotent)', async () => {
    const body = fineTuningJob({
      trainingUri,
      validationUri,
      assetName: 'support',
      tags: { repo: 'o/r', commit: 'abc' },
    });
    assert.equal((await arm(emu, 'PUT', 'jobs/ft-1', { body })).status, 200);
    const current = await arm<{ properties: Json }>(emu, 'GET', 'jobs/ft-1');
    const again = await arm<{ properties: Json }>(emu, 'PUT', 'jobs/ft-1', {
      body: { properties: current.body.properties },
    });
    assert.equal(again.status, 200);
    assert.equal(again.body.properties.status, 'Completed');
  });

  it('archives through a PUT of isArchived, hiding the job from the default list view', async () => {
    const body = fineTuningJob({ trainingUri, tags: { other: 'x' } });
    (body.properties as Json).isArchived = true;
    assert.equal((await arm(emu, 'PUT', 'jobs/list-2', { body })).status, 200);
    const active = await arm<{ value: { name: string }[] }>(emu, 'GET', 'jobs', { query: { tag: 'other' } });
    assert.deepEqual(active.body.value, []);
    const archived = await arm<{ value: { name: string }[] }>(emu, 'GET', 'jobs', {
      query: { tag: 'other', listViewType: 'ArchivedOnly' },
    });
    assert.deepEqual(
      archived.body.value.map((j) => j.name),
      ['list-2'],
    );
  });
});
