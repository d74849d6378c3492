/**
 * The emulated Foundry resource, over plain HTTP: as strict as the published specs and examples
 * (test/fixtures/foundry-projects/SOURCES.txt), on the controlled clock.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ClientSecretCredential } from '@azure/identity';
import {
  startEmulator,
  trustEmulatorCertificate,
  without,
  ALL_ACTIONS,
  type Emulator,
} from '../emulator/index.ts';
import { chatJsonl, qaPairs } from '../emulator/testing.ts';
import { DEFAULT_PROJECT_TIMINGS } from '../emulator/project/index.ts';
import { dpoJsonl, fixture, shapeDiff, type Loose } from '../emulator/project/testing.ts';

trustEmulatorCertificate();

type Json = Loose;
const SECRET = 'emulator-client-secret-0001';

async function dp(
  emu: Emulator,
  method: string,
  path: string,
  options: { body?: unknown; form?: FormData; key?: string | null; token?: string; query?: string } = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  else if (options.key !== null) headers['api-key'] = options.key ?? emu.project!.key;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(
    `${emu.project!.endpoint}/openai/v1/${path}${options.query ? `?${options.query}` : ''}`,
    {
      method,
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    },
  );
  const text = await res.text();
  let body: Json;
  try {
    body = text ? (JSON.parse(text) as Json) : {};
  } catch {
    body = { text };
  }
  return { status: res.status, headers: res.headers, body };
}

async function armCall(
  emu: Emulator,
  method: string,
  path: string,
  body?: unknown,
  apiVersion = '2025-06-01',
): Promise<{ status: number; headers: Headers; body: Json }> {
  const p = emu.project!;
  const base = `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.CognitiveServices/accounts/${p.account}`;
  const url = path.startsWith('http') ? path : `${emu.armUrl}${base}${path}?api-version=${apiVersion}`;
  const res = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${emu.token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Json) : {} };
}

function form(name: string, content: string, purpose = 'fine-tune'): FormData {
  const f = new FormData();
  f.set('purpose', purpose);
  f.set('file', new Blob([content]), name);
  return f;
}

describe('emulated Foundry resource: data plane', () => {
  let emu: Emulator;
  let trainId: string;
  let dpoId: string;
  before(async () => {
    emu = await startEmulator({ azurite: false, clientSecret: SECRET });
    const up = await dp(emu, 'POST', 'files', { form: form('train.jsonl', chatJsonl(qaPairs(12))) });
    assert.equal(up.status, 200);
    trainId = up.body.id;
    dpoId = (await dp(emu, 'POST', 'files', { form: form('dpo.jsonl', dpoJsonl(12)) })).body.id;
  });
  after(() => emu?.stop());

  it('files go pending -> running -> processed, with the published file fields', async () => {
    const created = await dp(emu, 'POST', 'files', {
      form: form('other.jsonl', chatJsonl(qaPairs(10, 'o'))),
    });
    assert.equal(created.body.status, 'pending');
    const example = fixture<Json>('files-get/aoai-authoring-2025-04-01-preview/get_file.json').responses[200]
      .body;
    assert.deepEqual(shapeDiff(example, created.body), []);
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.fileProcessingMs / 2);
    assert.equal((await dp(emu, 'GET', `files/${created.body.id}`)).body.status, 'running');
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.fileProcessingMs);
    assert.equal((await dp(emu, 'GET', `files/${created.body.id}`)).body.status, 'processed');
    const content = await fetch(`${emu.project!.endpoint}/openai/v1/files/${created.body.id}/content`, {
      headers: { 'api-key': emu.project!.key },
    });
    assert.equal((await content.text()).split('\n').length, 10);
    const deleted = await dp(emu, 'DELETE', `files/${created.body.id}`);
    assert.deepEqual(
      shapeDiff(fixture('files-delete/openai-openapi/deletefile.response.json'), deleted.body),
      [],
    );
    assert.equal((await dp(emu, 'GET', `files/${created.body.id}`)).status, 404);
  });

  it('refuses uploads without a purpose, with an unknown purpose or with a non-JSONL name; marks bad JSON as error', async () => {
    const noPurpose = new FormData();
    noPurpose.set('file', new Blob(['{}']), 'x.jsonl');
    assert.equal((await dp(emu, 'POST', 'files', { form: noPurpose })).body.error.param, 'purpose');
    assert.equal((await dp(emu, 'POST', 'files', { form: form('x.jsonl', '{}', 'training') })).status, 400);
    assert.equal((await dp(emu, 'POST', 'files', { form: form('x.csv', '{}') })).status, 400);
    const broken = await dp(emu, 'POST', 'files', { form: form('broken.jsonl', '{"messages": [}\n') });
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.fileProcessingMs);
    const now = await dp(emu, 'GET', `files/${broken.body.id}`);
    assert.equal(now.body.status, 'error');
    assert.match(now.body.status_details, /line 1/);
  });

  it('refuses a job on a file that is not processed yet, and bodies the specs do not allow', async () => {
    const fresh = await dp(emu, 'POST', 'files', { form: form('fresh.jsonl', chatJsonl(qaPairs(10, 'f'))) });
    const notReady = await dp(emu, 'POST', 'fine_tuning/jobs', {
      body: { model: 'gpt-4.1-mini', training_file: fresh.body.id },
    });
    assert.equal(notReady.status, 400);
    assert.equal(notReady.body.error.param, 'training_file');
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.fileProcessingMs);
    const cases: [Json, RegExp | string][] = [
      [{ model: 'gpt-4.1-mini', training_file: trainId, epochs: 3 }, 'epochs'],
      [{ training_file: trainId }, 'model'],
      [{ model: 'gpt-4.1-mini' }, 'training_file'],
      [{ model: 'gpt-4.1-mini', training_file: trainId, suffix: 'has spaces' }, 'suffix'],
      [{ model: 'gpt-4.1-mini', training_file: trainId, seed: -1 }, 'seed'],
      [{ model: 'gpt-4.1-mini', training_file: trainId, trainingType: 'cheap' }, 'trainingType'],
      [
        { model: 'gpt-4.1-mini', training_file: trainId, method: { type: 'supervised', dpo: {} } },
        'method.dpo',
      ],
      [
        {
          model: 'gpt-4.1-mini',
          training_file: trainId,
          method: { type: 'supervised', supervised: { hyperparameters: { n_epochs: 51 } } },
        },
        'method.supervised.hyperparameters',
      ],
      [
        { model: 'gpt-4.1-mini', training_file: trainId, method: { type: 'dpo', dpo: { beta: 0.1 } } },
        'method.dpo.beta',
      ],
      [{ model: 'gpt-4.1-mini', training_file: trainId, metadata: { k: 1 } }, 'metadata'],
      [{ model: 'davinci-002', training_file: trainId }, 'model'],
    ];
    for (const [body, param] of cases) {
      const res = await dp(emu, 'POST', 'fine_tuning/jobs', { body });
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.error.param, param, JSON.stringify(body));
      assert.equal(typeof res.body.error.message, 'string');
      assert.equal(res.body.error.type, 'invalid_request_error');
    }
  });

  it("follows D-MODELS: no DPO for gpt-4o-mini (OpenAI's own DPO example model), no Standard training for OSS models", async () => {
    const published = fixture<Json>('jobs-create/openai-openapi/dpo.request.json');
    const openaiExample = await dp(emu, 'POST', 'fine_tuning/jobs', {
      body: { ...published, training_file: dpoId, validation_file: dpoId, trainingType: 'GlobalStandard' },
    });
    assert.equal(openaiExample.status, 400);
    assert.match(openaiExample.body.error.message, /method 'dpo'/);
    const oss = await dp(emu, 'POST', 'fine_tuning/jobs', {
      body: { model: 'Qwen-32B', training_file: trainId },
    });
    assert.equal(
      oss.body.error.message,
      'The specified base model does not support fine-tuning with Standard TrainingType.',
    );
    const azure = fixture<Json>('jobs-create/docs-foundry/create_dpo_v1_trainingType.request.json');
    const accepted = await dp(emu, 'POST', 'fine_tuning/jobs', {
      body: {
        ...azure,
        model: 'gpt-4.1-2025-04-14',
        training_file: dpoId,
        validation_file: dpoId,
        trainingType: 'GlobalStandard',
        method: published.method,
      },
    });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    // Azure differs from OpenAI's example where Azure is known to (LITELLM PR #24687: result_files null, no
    // usage_metrics / shared_with_openai); `error` is null until a job fails (OpenAI's type: Error | null).
    assert.deepEqual(
      shapeDiff(fixture('jobs-create/openai-openapi/dpo.response.json'), accepted.body).filter(
        (d) => !/^\$\.(result_files|usage_metrics|shared_with_openai|error|organization_id)\b/.test(d),
      ),
      [],
    );
    assert.equal(accepted.body.result_files, null);
    assert.equal(
      accepted.body.organization_id,
      null,
      'Azure answers organization_id null (LITELLM PR #24687)',
    );
  });

  it('runs a job pending -> running -> paused -> running -> succeeded, with events, checkpoints and results.csv', async () => {
    const created = await dp(emu, 'POST', 'fine_tuning/jobs', {
      body: {
        model: 'gpt-4.1-mini',
        training_file: trainId,
        validation_file: trainId,
        suffix: 'ff-pause',
        method: { type: 'supervised', supervised: { hyperparameters: { n_epochs: 3 } } },
      },
    });
    const id = created.body.id as string;
    assert.match(id, /^ftjob-/);
    assert.equal(created.body.status, 'pending');
    assert.equal(
      (await dp(emu, 'POST', `fine_tuning/jobs/${id}/pause`)).status,
      400,
      'only a running job that trained a step pauses',
    );
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.jobQueuedMs + 60_000);
    assert.equal((await dp(emu, 'GET', `fine_tuning/jobs/${id}`)).body.status, 'running');
    assert.equal((await dp(emu, 'POST', `fine_tuning/jobs/${id}/pause`)).body.status, 'paused');
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.trainingMs * 2);
    assert.equal(
      (await dp(emu, 'GET', `fine_tuning/jobs/${id}`)).body.status,
      'paused',
      'paused time does not train',
    );
    assert.equal((await dp(emu, 'POST', `fine_tuning/jobs/${id}/resume`)).body.status, 'resuming');
    assert.equal((await dp(emu, 'GET', `fine_tuning/jobs/${id}`)).body.status, 'running');
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.trainingMs);
    const done = await dp(emu, 'GET', `fine_tuning/jobs/${id}`);
    assert.equal(done.body.status, 'succeeded');
    assert.match(done.body.fine_tuned_model, /^gpt-4\.1-mini-2025-04-14\.ft-[0-9a-f]{32}$/);
    // `estimated_finish` is number | null in OpenAI's type; Azure answers organization_id null.
    assert.deepEqual(
      shapeDiff(fixture('jobs-get/openai-openapi/retrievefinetuningjob.response.json'), done.body).filter(
        (d) => !/^\$\.(organization_id|estimated_finish)\b/.test(d),
      ),
      [],
    );
    assert.equal(
      done.body.method.supervised.hyperparameters.batch_size,
      1,
      "'auto' resolved once training ran",
    );
    const events = await dp(emu, 'GET', `fine_tuning/jobs/${id}/events`, { query: 'limit=50' });
    assert.deepEqual(
      shapeDiff(fixture('jobs-events/openai-openapi/listfinetuningevents.response.json'), events.body),
      [],
    );
    assert.ok(events.body.data.some((e: Json) => e.type === 'metrics'));
    const checkpoints = await dp(emu, 'GET', `fine_tuning/jobs/${id}/checkpoints`);
    assert.equal(checkpoints.body.data.length, 2, 'the two epochs before the final one (D-REST)');
    assert.ok(checkpoints.body.data[0].step_number > checkpoints.body.data[1].step_number, 'newest first');
    assert.deepEqual(
      shapeDiff(
        fixture('jobs-checkpoints/openai-openapi/listfinetuningjobcheckpoints.response.json'),
        checkpoints.body,
      ),
      [],
    );
    const csv = await fetch(`${emu.project!.endpoint}/openai/v1/files/${done.body.result_files[0]}/content`, {
      headers: { 'api-key': emu.project!.key },
    });
    assert.match((await csv.text()).split('\n')[0]!, /^step,train_loss,train_mean_token_accuracy,valid_loss/);
    assert.equal(
      (await dp(emu, 'POST', `fine_tuning/jobs/${id}/cancel`)).status,
      400,
      'a finished job cannot be cancelled',
    );
  });

  it('fails a job whose data does not fit the method, naming training_file; cancels a pending one', async () => {
    const wrong = await dp(emu, 'POST', 'fine_tuning/jobs', {
      body: {
        model: 'gpt-4.1',
        training_file: trainId,
        method: { type: 'dpo' },
        trainingType: 'GlobalStandard',
      },
    });
    assert.equal(wrong.status, 200);
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.jobQueuedMs + 1);
    const failed = await dp(emu, 'GET', `fine_tuning/jobs/${wrong.body.id}`);
    assert.equal(failed.body.status, 'failed');
    assert.equal(failed.body.error.param, 'training_file');
    assert.match(failed.body.error.message, /not a DPO example/);
    const pending = await dp(emu, 'POST', 'fine_tuning/jobs', {
      body: { model: 'gpt-4.1-mini', training_file: trainId },
    });
    assert.equal(
      (await dp(emu, 'POST', `fine_tuning/jobs/${pending.body.id}/cancel`)).body.status,
      'cancelled',
    );
  });

  it('pages jobs with after/limit, newest first', async () => {
    const first = await dp(emu, 'GET', 'fine_tuning/jobs', { query: 'limit=2' });
    assert.equal(first.body.data.length, 2);
    assert.equal(first.body.has_more, true);
    const next = await dp(emu, 'GET', 'fine_tuning/jobs', { query: `limit=2&after=${first.body.last_id}` });
    assert.notEqual(next.body.data[0].id, first.body.data[0].id);
    assert.equal((await dp(emu, 'GET', 'fine_tuning/jobs', { query: 'limit=0' })).status, 400);
    assert.equal(
      (await dp(emu, 'GET', 'fine_tuning/jobs', { query: 'api-version=2024-10-21' })).status,
      400,
      'a dated api-version on /v1',
    );
  });

  it('answers every request with apim-request-id and x-ratelimit-* headers', async () => {
    const res = await dp(emu, 'GET', 'files');
    assert.ok(res.headers.get('apim-request-id'));
    for (const h of [
      'limit-requests',
      'remaining-requests',
      'reset-requests',
      'limit-tokens',
      'remaining-tokens',
      'reset-tokens',
    ])
      assert.ok(res.headers.get(`x-ratelimit-${h}`) !== null, h);
  });

  it('authenticates with api-key or an Entra token for ai.azure.com; refuses an ARM token and no credential', async () => {
    assert.equal((await dp(emu, 'GET', 'files', { key: null })).status, 401);
    assert.equal((await dp(emu, 'GET', 'files', { key: 'wrong-key-0000' })).status, 401);
    const credential = new ClientSecretCredential(emu.tenantId, emu.clientId, SECRET, {
      authorityHost: emu.authorityHost,
      disableInstanceDiscovery: true,
    });
    const ai = await credential.getToken('https://ai.azure.com/.default');
    assert.equal((await dp(emu, 'GET', 'files', { token: ai!.token })).status, 200);
    const cs = await credential.getToken('https://cognitiveservices.azure.com/.default');
    assert.equal((await dp(emu, 'GET', 'files', { token: cs!.token })).status, 200);
    const armToken = await credential.getToken('https://management.azure.com/.default');
    const refused = await dp(emu, 'GET', 'files', { token: armToken!.token });
    assert.equal(refused.status, 401);
    assert.match(refused.body.error.message, /audience is incorrect/);
  });

  it('refuses a data action the identity lacks with 403 PermissionDenied naming it', async () => {
    emu.project!.settings.dataActions = ['Microsoft.CognitiveServices/accounts/OpenAI/*/read'];
    try {
      assert.equal((await dp(emu, 'GET', 'fine_tuning/jobs')).status, 200);
      const res = await dp(emu, 'POST', 'fine_tuning/jobs', {
        body: { model: 'gpt-4.1-mini', training_file: trainId },
      });
      assert.equal(res.status, 403);
      assert.match(res.body.error.message, /fine-tunes\/write/);
    } finally {
      emu.project!.settings.dataActions = ['*'];
    }
  });

  it('throttles over the per-minute budget with 429 and retry-after-ms', async () => {
    emu.project!.settings.requestsPerMinute = 3;
    try {
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await dp(emu, 'GET', 'files'));
      const limited = answers.find((a) => a.status === 429)!;
      assert.ok(limited);
      assert.ok(Number(limited.headers.get('retry-after-ms')) > 0);
      assert.equal(limited.headers.get('x-ratelimit-remaining-requests'), '0');
    } finally {
      emu.project!.settings.requestsPerMinute = 6000;
    }
  });
});

describe('emulated Foundry resource: CognitiveServices deployments (ARM)', () => {
  let emu: Emulator;
  let model: string;
  let ossModel: string;
  before(async () => {
    emu = await startEmulator({ azurite: false });
    const up = await dp(emu, 'POST', 'files', { form: form('train.jsonl', chatJsonl(qaPairs(12))) });
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.fileProcessingMs);
    const job = await dp(emu, 'POST', 'fine_tuning/jobs', {
      body: { model: 'gpt-4.1-mini', training_file: up.body.id },
    });
    const oss = await dp(emu, 'POST', 'fine_tuning/jobs', {
      body: { model: 'gpt-oss-20b', training_file: up.body.id, trainingType: 'globalstandard' },
    });
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.jobQueuedMs + DEFAULT_PROJECT_TIMINGS.trainingMs);
    model = (await dp(emu, 'GET', `fine_tuning/jobs/${job.body.id}`)).body.fine_tuned_model;
    ossModel = (await dp(emu, 'GET', `fine_tuning/jobs/${oss.body.id}`)).body.fine_tuned_model;
    assert.ok(model && ossModel);
  });
  after(() => emu?.stop());

  const body = (name: string, sku = 'DeveloperTier', capacity = 50, format = 'OpenAI') => ({
    sku: { name: sku, capacity },
    properties: { model: { format, name, version: '1' } },
  });

  it('PUT is long-running (201 + Azure-AsyncOperation, Accepted -> Succeeded) and answers like the published examples', async () => {
    const put = await armCall(emu, 'PUT', '/deployments/dev-1', body(model));
    assert.equal(put.status, 201);
    assert.equal(put.body.properties.provisioningState, 'Accepted');
    assert.deepEqual(
      shapeDiff(
        fixture<Json>('deployments-put/arm-2024-10-01/PutDeployment.json').responses[201].body,
        put.body,
      ),
      [],
    );
    const op = put.headers.get('azure-asyncoperation')!;
    assert.equal((await armCall(emu, 'GET', op)).body.status, 'InProgress');
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.provisioningMs);
    assert.equal((await armCall(emu, 'GET', op)).body.status, 'Succeeded');
    const got = await armCall(emu, 'GET', '/deployments/dev-1');
    assert.deepEqual(
      shapeDiff(
        fixture<Json>('deployments-get/arm-2026-03-01/GetDeployment.json').responses[200].body,
        got.body,
      ).filter((d) => !/deploymentState|serviceTier/.test(d)),
      [],
    );
    const list = await armCall(emu, 'GET', '/deployments');
    assert.equal(list.body.value.length, 1);
    assert.deepEqual(
      shapeDiff(
        fixture<Json>('deployments-list/arm-2026-03-01/ListDeployments.json').responses[200].body,
        list.body,
      ).filter((d) => !/deploymentState|serviceTier/.test(d)),
      [],
    );
    const chat = await fetch(`${emu.project!.resourceEndpoint}/openai/v1/chat/completions`, {
      method: 'POST',
      headers: { 'api-key': emu.project!.key, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'dev-1', messages: [{ role: 'user', content: qaPairs(1)[0]![0] }] }),
    });
    assert.equal(chat.status, 200);
    assert.equal(((await chat.json()) as Json).model, model);
  });

  it('removes a Developer-tier deployment 24 hours after creation, whatever its use (D-DEVTEST)', async () => {
    await armCall(emu, 'PUT', '/deployments/dev-2', body(model));
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.provisioningMs);
    assert.equal((await armCall(emu, 'GET', '/deployments/dev-2')).status, 200);
    emu.clock.advance(
      DEFAULT_PROJECT_TIMINGS.developerLifetimeMs - DEFAULT_PROJECT_TIMINGS.provisioningMs - 1000,
    );
    assert.equal(
      (await armCall(emu, 'GET', '/deployments/dev-2')).status,
      200,
      'still there just before 24 h',
    );
    emu.clock.advance(2000);
    assert.equal((await armCall(emu, 'GET', '/deployments/dev-2')).status, 404);
    assert.ok(emu.project!.expired().includes('dev-2'));
  });

  it('refuses bodies and SKUs the docs rule out', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...body(model), extra: 1 }, /Unknown property 'extra'/],
      [{ sku: { name: 'Standard' }, properties: { model: { name: model } } }, /format/],
      [body(model, 'Cheapest'), /not a deployment SKU/],
      [body(model, 'GlobalBatch'), /do not deploy with SKU/],
      [body('gpt-4.1-mini-2025-04-14.ft-unknown'), /not a fine-tuned model/],
      [body(ossModel, 'DeveloperTier', 100, 'Microsoft'), /Developer tier is not offered/],
      [body(ossModel, 'GlobalStandard', 100, 'OpenAI'), /format 'Microsoft'/],
      [body(ossModel, 'GlobalStandard', 1, 'Microsoft'), /at least 100/],
      [
        { ...body(model), properties: { model: { format: 'OpenAI', name: model }, notAField: true } },
        /properties.notAField/,
      ],
    ];
    for (const [b, message] of cases) {
      const res = await armCall(emu, 'PUT', '/deployments/bad', b);
      assert.equal(res.status, 400, JSON.stringify(b));
      assert.match(res.body.error.message, message);
    }
    assert.equal(
      (await armCall(emu, 'PUT', '/deployments/oss-1', body(ossModel, 'GlobalStandard', 100, 'Microsoft')))
        .status,
      201,
    );
    assert.equal(
      (await armCall(emu, 'GET', '/deployments', undefined, '2023-01-01')).body.error.code,
      'NoRegisteredProviderFound',
    );
  });

  it('PATCH changes tags; DELETE is 202 with Azure-AsyncOperation, Deleting until gone; a missing one is 204', async () => {
    await armCall(emu, 'PUT', '/deployments/std-1', body(model, 'Standard', 1));
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.provisioningMs);
    const patched = await armCall(emu, 'PATCH', '/deployments/std-1', { tags: { stage: 'production' } });
    assert.deepEqual(patched.body.tags, { stage: 'production' });
    assert.equal((await armCall(emu, 'PATCH', '/deployments/std-1', { properties: {} })).status, 400);
    const del = await armCall(emu, 'DELETE', '/deployments/std-1');
    assert.equal(del.status, 202);
    assert.ok(del.headers.get('azure-asyncoperation'));
    assert.equal(
      (await armCall(emu, 'GET', '/deployments/std-1')).body.properties.provisioningState,
      'Deleting',
    );
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.deletingMs);
    assert.equal((await armCall(emu, 'GET', '/deployments/std-1')).status, 404);
    assert.equal((await armCall(emu, 'DELETE', '/deployments/std-1')).status, 204);
    assert.deepEqual(
      Object.keys(fixture<Json>('deployments-delete/arm-2025-12-01/DeleteDeployment.json').responses).sort(),
      ['200', '202', '204'],
    );
  });

  it('checks RBAC against the same permissions as the hub routes', async () => {
    emu.settings.permissions = [
      without(ALL_ACTIONS, 'Microsoft.CognitiveServices/accounts/deployments/write'),
    ];
    try {
      const res = await armCall(emu, 'PUT', '/deployments/denied', body(model));
      assert.equal(res.status, 403);
      assert.equal(res.body.error.code, 'AuthorizationFailed');
      assert.match(res.body.error.message, /deployments\/write/);
      assert.equal((await armCall(emu, 'GET', '/deployments')).status, 200);
    } finally {
      emu.settings.permissions = [ALL_ACTIONS];
    }
  });

  it('the account answers its endpoint and keys; the hub ARM routes still answer beside it', async () => {
    const account = await armCall(emu, 'GET', '');
    assert.equal(account.body.kind, 'AIServices');
    assert.equal(account.body.location, 'northcentralus');
    const keys = await armCall(emu, 'POST', '/listKeys');
    assert.equal(keys.body.key1, emu.project!.keys.key1);
    const ws = await fetch(
      `${emu.armUrl}/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${emu.workspace}?api-version=2025-12-01`,
      {
        headers: { authorization: `Bearer ${emu.token}` },
      },
    );
    assert.equal(ws.status, 200);
    const logged = emu.requestLog.entries({ service: 'arm', path: '/listKeys' }).at(-1)!;
    assert.ok(
      !JSON.stringify(logged).includes(emu.project!.keys.key1),
      'keys are redacted in the request log',
    );
  });
});
