import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_TIMINGS,
  startEmulator,
  trustEmulatorCertificate,
  type Emulator,
} from '../emulator/index.ts';
import { arm, chat, chatJsonl, fineTuningJob, qaPairs, serverlessEndpoint } from '../emulator/testing.ts';

trustEmulatorCertificate();

type Json = Record<string, unknown>;
const PHI4 = 'azureml://registries/azureml/models/Phi-4-mini-instruct';
const LLAMA = 'azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct';

describe('emulator serverless endpoints, long-running operations and model versions', () => {
  let emu: Emulator;
  let modelId: string;

  before(async () => {
    emu = await startEmulator({
      azurite: false,
      providers: { 'Microsoft.Network': 'NotRegistered', 'Microsoft.MachineLearningServices': 'Registered' },
    });
    const trainingUri = await emu.seedBlob('train.jsonl', chatJsonl(qaPairs(12)));
    for (const name of ['ft-a', 'ft-b']) {
      await arm(emu, 'PUT', `jobs/${name}`, {
        body: fineTuningJob({ trainingUri, assetName: 'support', tags: { repo: 'o/r' } }),
      });
      emu.clock.advance(3 * 3600_000);
    }
    modelId = emu.job('ft-a')!.registeredModel!.id;
  });
  after(() => emu?.stop());

  const operation = async (url: string): Promise<Json> => (await arm<Json>(emu, 'GET', url)).body;

  it('creates with 201 + Azure-AsyncOperation, provisions on the clock, then serves chat with its keys', async () => {
    const created = await arm<{ properties: Json }>(emu, 'PUT', 'serverlessEndpoints/ep-ft', {
      body: serverlessEndpoint(emu, modelId),
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.properties.provisioningState, 'Creating');
    const asyncOp = created.headers.get('azure-asyncoperation')!;
    assert.match(
      asyncOp,
      /\/providers\/Microsoft\.MachineLearningServices\/locations\/eastus2\/mfeOperationsStatus\/[0-9a-f-]+\?api-version=2025-12-01$/,
    );
    assert.equal(created.headers.get('retry-after'), '1');
    assert.equal((await operation(asyncOp)).status, 'InProgress');
    const uri = (created.body.properties.inferenceEndpoint as { uri: string }).uri;
    assert.match(uri, /^http:\/\/127\.0\.0\.1:\d+\/serverless\/ep-ft$/);
    const keys = (
      await arm<{ primaryKey: string; secondaryKey: string }>(
        emu,
        'POST',
        'serverlessEndpoints/ep-ft/listKeys',
      )
    ).body;
    assert.equal(
      (await chat(uri, keys.primaryKey, [{ role: 'user', content: 'hi' }])).status,
      404,
      'not served before provisioning ends',
    );

    emu.clock.advance(DEFAULT_TIMINGS.provisioningMs);
    const op = await operation(asyncOp);
    assert.equal(op.status, 'Succeeded');
    assert.equal(typeof op.startTime, 'string');
    assert.equal(typeof op.endTime, 'string');
    const got = await arm<{ properties: Json }>(emu, 'GET', 'serverlessEndpoints/ep-ft');
    assert.equal(got.body.properties.provisioningState, 'Succeeded');
    assert.equal(got.body.properties.endpointState, 'Online');
    // ContentSafety has only contentSafetyStatus at 2025-12-01 (contentSafetyLevel is a preview field).
    assert.deepEqual(got.body.properties.contentSafety, { contentSafetyStatus: 'Enabled' });
    const [q, a] = qaPairs(12)[4]!;
    const answer = await chat(uri, keys.secondaryKey, [{ role: 'user', content: q }]);
    assert.equal(answer.status, 200);
    assert.equal(((answer.body.choices as Json[])[0]!.message as Json).content, a);
  });

  it('a scripted provisioning failure ends Failed, with the error on the operation status', async () => {
    emu.faults.failProvisioning({
      name: 'ep-broken',
      message: 'Quota for serverless endpoints exhausted in eastus2.',
    });
    const created = await arm(emu, 'PUT', 'serverlessEndpoints/ep-broken', {
      body: serverlessEndpoint(emu, PHI4),
    });
    emu.clock.advance(DEFAULT_TIMINGS.provisioningMs);
    const op = await operation(created.headers.get('azure-asyncoperation')!);
    assert.equal(op.status, 'Failed');
    assert.deepEqual(op.error, {
      code: 'EndpointProvisioningFailed',
      message: 'Quota for serverless endpoints exhausted in eastus2.',
    });
    const got = await arm<{ properties: Json }>(emu, 'GET', 'serverlessEndpoints/ep-broken');
    assert.equal(got.body.properties.provisioningState, 'Failed');
    assert.equal(got.body.properties.endpointState, 'CreationFailed');
  });

  it('an update PUT answers 200, keeps serving, and switches content safety', async () => {
    const updated = await arm<{ properties: Json }>(emu, 'PUT', 'serverlessEndpoints/ep-ft', {
      body: serverlessEndpoint(emu, modelId, 'Disabled'),
    });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.properties.provisioningState, 'Updating');
    assert.equal(updated.headers.get('azure-asyncoperation'), null, "the spec's 200 carries no operation");
    assert.equal(updated.headers.get('location'), null);
    emu.clock.advance(DEFAULT_TIMINGS.provisioningMs);
    assert.equal(emu.endpoints().find((e) => e.name === 'ep-ft')!.provisioningState, 'Succeeded');
    const changed = await arm(emu, 'PUT', 'serverlessEndpoints/ep-ft', {
      body: serverlessEndpoint(emu, PHI4),
    });
    assert.equal(changed.status, 400, 'the model of an endpoint cannot change');
  });

  it('promotes a model version by PUT of its tags and finds it with the tags filter, $orderBy and $top paging', async () => {
    const current = await arm<{ properties: Json }>(emu, 'GET', 'models/support/versions/2');
    assert.equal(current.body.properties.provisioningState, 'Succeeded', 'read-only, listed by the spec');
    const echoed = await arm<{ error: { target: string } }>(emu, 'PUT', 'models/support/versions/2', {
      body: { properties: current.body.properties },
    });
    assert.equal(echoed.status, 400, 'echoing the GET sends the read-only provisioningState');
    assert.equal(echoed.body.error.target, 'properties.provisioningState');
    const { provisioningState: _readOnly, ...writable } = current.body.properties;
    const props = { ...writable, tags: { ...(current.body.properties.tags as Json), stage: 'production' } };
    const put = await arm<{ properties: Json }>(emu, 'PUT', 'models/support/versions/2', {
      body: { properties: props },
    });
    assert.equal(put.status, 200);
    assert.equal((put.body.properties.tags as Json).stage, 'production');
    const production = await arm<{ value: { name: string }[] }>(emu, 'GET', 'models/support/versions', {
      query: { tags: 'stage=production' },
    });
    assert.deepEqual(
      production.body.value.map((v) => v.name),
      ['2'],
    );
    const ascending = await arm<{ value: { name: string }[]; nextLink: string }>(
      emu,
      'GET',
      'models/support/versions',
      { query: { $orderBy: 'version asc', $top: '1' } },
    );
    assert.deepEqual(
      ascending.body.value.map((v) => v.name),
      ['1'],
    );
    const next = await arm<{ value: { name: string }[]; nextLink?: string }>(
      emu,
      'GET',
      ascending.body.nextLink,
    );
    assert.deepEqual(
      next.body.value.map((v) => v.name),
      ['2'],
    );
    assert.equal(next.body.nextLink, undefined);
    const container = await arm<{ properties: Json }>(emu, 'GET', 'models/support');
    assert.equal(container.body.properties.latestVersion, '2');
    assert.equal(container.body.properties.nextVersion, '3');
  });

  it('refuses to delete a deployed model (409) until its endpoint is deleted (202 + Location only)', async () => {
    assert.equal((await arm(emu, 'DELETE', 'models/support/versions/1')).status, 409);
    const deleted = await arm(emu, 'DELETE', 'serverlessEndpoints/ep-ft');
    assert.equal(deleted.status, 202);
    assert.equal(
      deleted.headers.get('azure-asyncoperation'),
      null,
      'ServerlessEndpoints_Delete declares Location only',
    );
    const location = deleted.headers.get('location')!;
    assert.ok(location);
    assert.equal(
      (await arm<{ properties: Json }>(emu, 'GET', 'serverlessEndpoints/ep-ft')).body.properties
        .endpointState,
      'Deleting',
    );
    assert.equal((await arm(emu, 'GET', location)).status, 202);
    emu.clock.advance(DEFAULT_TIMINGS.deletingMs);
    assert.equal((await arm(emu, 'GET', location)).status, 204);
    assert.equal((await arm(emu, 'GET', 'serverlessEndpoints/ep-ft')).status, 404);
    assert.equal((await arm(emu, 'DELETE', 'models/support/versions/1')).status, 200);
    assert.equal((await arm(emu, 'GET', 'models/support/versions/1')).status, 404);
    assert.equal(
      (await arm(emu, 'DELETE', 'serverlessEndpoints/ep-ft')).status,
      204,
      'deleting what is gone is 204',
    );
  });

  it('deploys a marketplace model only after its marketplace subscription is provisioned', async () => {
    assert.equal(
      (await arm(emu, 'PUT', 'marketplaceSubscriptions/phi', { body: { properties: { modelId: PHI4 } } }))
        .status,
      400,
      'Microsoft models need none',
    );
    const sub = await arm<{ properties: Json }>(emu, 'PUT', 'marketplaceSubscriptions/llama', {
      body: { properties: { modelId: LLAMA } },
    });
    assert.equal(sub.status, 201);
    assert.equal(sub.body.properties.provisioningState, 'Creating');
    assert.equal(
      (await arm(emu, 'PUT', 'serverlessEndpoints/ep-llama', { body: serverlessEndpoint(emu, LLAMA) }))
        .status,
      400,
      'not yet subscribed',
    );
    emu.clock.advance(DEFAULT_TIMINGS.marketplaceMs);
    assert.equal((await operation(sub.headers.get('azure-asyncoperation')!)).status, 'Succeeded');
    const endpoint = await arm<{ properties: Json }>(emu, 'PUT', 'serverlessEndpoints/ep-llama', {
      body: serverlessEndpoint(emu, LLAMA),
    });
    assert.equal(endpoint.status, 201);
    assert.match(
      String(endpoint.body.properties.marketplaceSubscriptionId),
      /\/marketplaceSubscriptions\/llama$/,
    );
    const list = await arm<{ value: { name: string }[] }>(emu, 'GET', 'serverlessEndpoints');
    assert.ok(list.body.value.some((e) => e.name === 'ep-llama'));
  });

  it('reports provider registration, and registers on request over time', async () => {
    const path = `/subscriptions/${emu.subscriptionId}/providers/Microsoft.Network`;
    const get = async (): Promise<string> =>
      (await arm<{ registrationState: string }>(emu, 'GET', path, { apiVersion: '2021-04-01' })).body
        .registrationState;
    assert.equal(await get(), 'NotRegistered');
    const register = await arm<{ registrationState: string }>(emu, 'POST', `${path}/register`, {
      apiVersion: '2021-04-01',
    });
    assert.equal(register.body.registrationState, 'Registering');
    emu.clock.advance(DEFAULT_TIMINGS.providerRegistrationMs);
    assert.equal(await get(), 'Registered');
    assert.equal(
      (
        await arm(emu, 'GET', `/subscriptions/${emu.subscriptionId}/providers/Microsoft.Nope`, {
          apiVersion: '2021-04-01',
        })
      ).status,
      404,
    );
  });
});
