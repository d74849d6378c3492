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
  const mlflow = async (path: string, body?: unknown): Promise<{ status: number; body: Json }> => {
    const ws = await arm<{ properties: { mlFlowTrackingUri: string } }>(emu, 'GET', '');
    const base = ws.body.properties.mlFlowTrackingUri.replace(/^azureml:\/\//, 'https://');
    const response = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${emu.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  /** The job's child runs, as Microsoft's fine-tuning sample finds them (runs/search by root run). */
  const childRuns = async (
    job: string,
  ): Promise<{ info: Json; data: { metrics?: Json[]; tags: Json[] } }[]> => {
    const experiment = await mlflow(
      '/api/2.0/mlflow/experiments/get-by-name?experiment_name=foundry-finetune',
    );
    const id = (experiment.body.experiment as Json).experiment_id;
    const found = await mlflow('/api/2.0/mlflow/runs/search', {
      experiment_ids: [id],
      filter: `tags.mlflow.rootRunId = '${job}'`,
    });
    return (found.body.runs ?? []) as { info: Json; data: { metrics?: Json[]; tags: Json[] } }[];
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
    assert.equal('assetVersion' in output, false, 'no spec version has an output assetVersion');
    const model = await arm<{ properties: Json }>(emu, 'GET', 'models/support/versions/1');
    assert.equal(model.status, 200);
    assert.deepEqual(model.body.properties.tags, { repo: 'o/r', commit: 'abc', job: 'ft-1' });
    assert.equal(model.body.properties.jobName, 'ft-1', 'the registry names the job that trained it');
    assert.equal(model.body.properties.provisioningState, 'Succeeded');
    assert.equal(
      emu.job('ft-1')!.registeredModel!.id,
      `azureml://locations/eastus2/workspaces/${emu.workspaceId}/models/support/versions/1`,
    );
  });

  it('serves the job as a pipeline run whose child training run logs loss, eval_loss and epoch per step', async () => {
    await arm(emu, 'PUT', 'jobs/ft-2', {
      body: fineTuningJob({ trainingUri, validationUri, assetName: 'support' }),
    });
    assert.deepEqual(await childRuns('ft-2'), [], 'no child runs before the pipeline starts');
    emu.clock.advance(
      DEFAULT_TIMINGS.queuedAfterMs + DEFAULT_TIMINGS.runningAfterMs + DEFAULT_TIMINGS.trainingMs / 2,
    );
    const children = await childRuns('ft-2');
    assert.equal(children.length, 3, 'preprocess, finetune, register');
    for (const child of children) {
      const tags = Object.fromEntries(child.data.tags.map((t) => [t.key, t.value]));
      assert.equal(tags['mlflow.rootRunId'], 'ft-2');
      assert.equal(tags['mlflow.parentRunId'], 'ft-2');
    }
    const training = children.find((c) => (c.data.metrics ?? []).some((m) => m.key === 'epoch'))!;
    assert.ok(training, 'one child logs epoch');
    const runId = training.info.run_id as string;
    const scope = `/api/2.0/mlflow/metrics/get-history?run_id=${runId}&metric_key=`;
    const half = (await mlflow(`${scope}loss`)).body.metrics as {
      key: string;
      value: number;
      step: number;
    }[];
    assert.equal(half.length, 5);
    emu.clock.advance(DEFAULT_TIMINGS.trainingMs);
    const all = (await mlflow(`${scope}loss`)).body.metrics as { key: string; value: number; step: number }[];
    assert.equal(all.length, 10);
    assert.deepEqual(Object.keys(all[0]!).sort(), ['key', 'step', 'timestamp', 'value']);
    assert.ok(all[9]!.value < all[0]!.value, 'loss goes down');
    assert.equal(
      ((await mlflow(`${scope}eval_loss`)).body.metrics as unknown[]).length,
      5,
      'evaluated every other logging step',
    );
    assert.equal(((await mlflow(`${scope}epoch`)).body.metrics as unknown[]).length, 10);
    const summary = (await mlflow(`${scope}train_loss`)).body.metrics as unknown[];
    assert.equal(summary.length, 1, 'one summary value at the end');
    assert.deepEqual(
      (await mlflow('/api/2.0/mlflow/metrics/get-history?run_id=ft-2&metric_key=loss')).body,
      {},
      'the pipeline run logs no curve (MLflow omits empty lists)',
    );
    assert.equal(
      (await arm(emu, 'GET', 'models/support/versions/2')).status,
      200,
      'second job registers version 2',
    );
    const run = await mlflow(`/api/2.0/mlflow/runs/get?run_id=${runId}`);
    assert.equal((run.body.run as { info: Json }).info.status, 'FINISHED');
    const missing = await mlflow('/api/2.0/mlflow/metrics/get-history?run_id=nope&metric_key=loss');
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
    assert.match(
      location,
      /\/locations\/eastus2\/mfeOperationResults\/[0-9a-f-]+\?api-version=2025-10-01-preview$/,
    );
    assert.equal(cancel.headers.get('azure-asyncoperation'), null, 'Jobs_Cancel declares Location only');
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

  it('accepts a repeated PUT of the original body (idempotent) and refuses one that echoes read-only fields', async () => {
    const body = fineTuningJob({
      trainingUri,
      validationUri,
      assetName: 'support',
      tags: { repo: 'o/r', commit: 'abc' },
    });
    assert.equal((await arm(emu, 'PUT', 'jobs/ft-1', { body })).status, 200);
    const current = await arm<{ properties: Json }>(emu, 'GET', 'jobs/ft-1');
    const again = await arm<{ error: { message: string; details: { target: string }[] } }>(
      emu,
      'PUT',
      'jobs/ft-1',
      { body: { properties: current.body.properties } },
    );
    assert.equal(again.status, 400);
    assert.ok(again.body.error.details.some((d) => d.target === 'properties.status'));
    assert.match(again.body.error.message, /properties\.status is read-only/);
  });

  it('a repeated PUT replaces the tags (Jobs_CreateOrUpdate: the tags passed in replace the existing ones)', async () => {
    const body = fineTuningJob({ trainingUri, validationUri, assetName: 'support', tags: { repo: 'o/r' } });
    const updated = await arm<{ properties: { tags: Json } }>(emu, 'PUT', 'jobs/ft-1', { body });
    assert.equal(updated.status, 200);
    assert.deepEqual(updated.body.properties.tags, { repo: 'o/r' });
  });

  it('refuses a FineTuning job at 2025-12-01, whose JobType has no FineTuning', async () => {
    const stable = await arm<{ error: { code: string; message: string; target: string } }>(
      emu,
      'PUT',
      'jobs/ft-stable',
      {
        body: fineTuningJob({ trainingUri }),
        apiVersion: '2025-12-01',
      },
    );
    assert.equal(stable.status, 400);
    assert.equal(stable.body.error.target, 'properties.jobType');
    assert.match(
      stable.body.error.message,
      /'FineTuning' is not one of 'AutoML', 'Command', 'Pipeline', 'Spark', 'Sweep'/,
    );
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

describe('emulator MLflow paging (a small page size, as a long fine-tune meets on Azure)', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ azurite: false, mlflowPageSize: 4, metrics: { points: 10 } });
  });
  after(() => emu?.stop());

  const mlflow = async (path: string, body?: unknown): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`${emu.mlflowTrackingUri.replace(/^azureml:\/\//, 'https://')}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${emu.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };

  it('pages metrics/get-history and runs/search with next_page_token, and enforces MLflow max_results', async () => {
    const trainingUri = await emu.seedBlob('data/t.jsonl', chatJsonl(qaPairs(12)));
    await arm(emu, 'PUT', 'jobs/paged', { body: fineTuningJob({ trainingUri }) });
    emu.clock.advance(3 * 60 * MINUTE);
    const experiment = await mlflow(
      '/api/2.0/mlflow/experiments/get-by-name?experiment_name=foundry-finetune',
    );
    const ids = [(experiment.body.experiment as Json).experiment_id];
    const filter = "tags.mlflow.rootRunId = 'paged'";
    const first = await mlflow('/api/2.0/mlflow/runs/search', {
      experiment_ids: ids,
      filter,
      max_results: 2,
    });
    assert.equal((first.body.runs as unknown[]).length, 2);
    const second = await mlflow('/api/2.0/mlflow/runs/search', {
      experiment_ids: ids,
      filter,
      max_results: 2,
      page_token: first.body.next_page_token,
    });
    assert.equal((second.body.runs as unknown[]).length, 1);
    assert.equal(second.body.next_page_token, undefined);
    const runId = (
      (first.body.runs as { info: Json; data: { metrics?: Json[] } }[])
        .concat(second.body.runs as never)
        .find((r) => (r.data.metrics ?? []).some((m) => m.key === 'epoch'))!.info as Json
    ).run_id as string;
    const pages: number[] = [];
    let token: string | undefined;
    do {
      const page = await mlflow(
        `/api/2.0/mlflow/metrics/get-history?run_id=${runId}&metric_key=loss&max_results=25000${token ? `&page_token=${encodeURIComponent(token)}` : ''}`,
      );
      pages.push((page.body.metrics as unknown[]).length);
      token = page.body.next_page_token as string | undefined;
    } while (token);
    assert.deepEqual(pages, [4, 4, 2], 'the server caps each page at its threshold');
    const tooMany = await mlflow(
      `/api/2.0/mlflow/metrics/get-history?run_id=${runId}&metric_key=loss&max_results=25001`,
    );
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.error_code, 'INVALID_PARAMETER_VALUE');
    const badFilter = await mlflow('/api/2.0/mlflow/runs/search', {
      experiment_ids: ids,
      filter: 'tags.x ~ 1',
    });
    assert.equal(badFilter.status, 400);
  });
});
