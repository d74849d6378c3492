import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createHttpHeaders,
  RestError,
  type HttpClient,
  type PipelineRequest,
} from '@azure/core-rest-pipeline';
import type { Clock, Logger } from '../../src/runtime/types.ts';
import { buildConfig } from '../../src/config/build.ts';
import { connectFoundry, workspaceRef } from '../../src/foundry/index.ts';
import { TAGS } from '../../src/foundry/identity.ts';

const WS = '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws';

type Handler = (
  req: PipelineRequest,
  body: unknown,
) => { status: number; body?: unknown; headers?: Record<string, string> } | 'reset';

function fakeArm(routes: Record<string, Handler>) {
  const calls: string[] = [];
  const client: HttpClient = {
    async sendRequest(request) {
      const url = new URL(request.url);
      const key = `${request.method} ${url.pathname}`;
      calls.push(key);
      const handler = routes[key];
      const body = typeof request.body === 'string' ? JSON.parse(request.body) : undefined;
      const answer = handler
        ? handler(request, body)
        : { status: 404, body: { error: { code: 'NotFound', message: `${key} not found` } } };
      if (answer === 'reset') throw new RestError('socket hang up', { code: 'ECONNRESET', request });
      return {
        request,
        status: answer.status,
        headers: createHttpHeaders(answer.headers ?? {}),
        bodyAsText: answer.body === undefined ? '' : JSON.stringify(answer.body),
      };
    },
  };
  return { client, calls };
}

const silent = (): Logger & { secrets: string[]; lines: string[] } => {
  const secrets: string[] = [];
  const lines: string[] = [];
  return {
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    debug: () => {},
    secret: (s) => secrets.push(s),
    secrets,
    lines,
  };
};

const clock: Clock = { now: () => Date.now(), sleep: async () => {} };
const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 3_600_000 }) };
const config = (inputs: Record<string, string> = {}) =>
  buildConfig({
    getInput: (n) =>
      ({
        'subscription-id': 'sub',
        'resource-group': 'rg',
        workspace: 'ws',
        'arm-endpoint': 'https://arm.test',
        ...inputs,
      })[n] ?? '',
    readFile: () => undefined,
    root: '/r',
    repository: 'o/r',
  });
const retry = { maxRetries: 5, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };
const job = (name: string, status: string, tags: Record<string, string> = {}) => ({
  name,
  properties: { jobType: 'FineTuning', status, tags },
});

describe('connectFoundry', () => {
  it('names every missing workspace input', () => {
    assert.throws(
      () => workspaceRef(config({ 'subscription-id': '', workspace: '' })),
      (e: unknown) => e instanceof Error && /'subscription-id'.*'workspace'/.test(e.message),
    );
  });

  it('finds a completed or running attempt, and numbers a new attempt after failed ones', async () => {
    const { client } = fakeArm({
      [`GET ${WS}/jobs/ff-aaaaaaaaaaaa`]: () => ({ status: 200, body: job('ff-aaaaaaaaaaaa', 'Failed') }),
      [`GET ${WS}/jobs/ff-aaaaaaaaaaaa-2`]: () => ({
        status: 200,
        body: job('ff-aaaaaaaaaaaa-2', 'Canceled'),
      }),
      [`GET ${WS}/jobs/ff-bbbbbbbbbbbb`]: () => ({ status: 200, body: job('ff-bbbbbbbbbbbb', 'Running') }),
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock,
      retry,
    });
    const a = await foundry.findJob('aaaaaaaaaaaa');
    assert.equal(a.job, undefined);
    assert.equal(a.nextName, 'ff-aaaaaaaaaaaa-3');
    assert.deepEqual(
      a.previous.map((p) => p.name),
      ['ff-aaaaaaaaaaaa', 'ff-aaaaaaaaaaaa-2'],
    );
    const b = await foundry.findJob('bbbbbbbbbbbb');
    assert.equal(b.job?.properties.status, 'Running');
    const c = await foundry.findJob('cccccccccccc');
    assert.equal(c.nextName, 'ff-cccccccccccc');
  });

  it('adopts a job whose submission answer was lost, instead of failing or submitting twice', async () => {
    let created = false;
    const tags = { [TAGS.identity]: 'dddddddddddd' };
    const { client, calls } = fakeArm({
      [`PUT ${WS}/jobs/ff-dddddddddddd`]: () => {
        created = true;
        return 'reset';
      },
      [`GET ${WS}/jobs/ff-dddddddddddd`]: () =>
        created
          ? { status: 200, body: job('ff-dddddddddddd', 'NotStarted', tags) }
          : { status: 404, body: {} },
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock,
      retry: { ...retry, maxRetries: 0 },
    });
    const submitted = await foundry.submitJob('ff-dddddddddddd', { properties: { tags } as never });
    assert.equal(submitted.name, 'ff-dddddddddddd');
    assert.equal(calls.filter((c) => c.startsWith('PUT')).length, 1);
  });

  it('merges tags into a model version with a PUT of its writable fields (never echoing the GET)', async () => {
    let put: unknown;
    const { client } = fakeArm({
      [`GET ${WS}/models/m/versions/3`]: () => ({
        status: 200,
        body: {
          id: `${WS}/models/m/versions/3`,
          name: '3',
          systemData: { createdAt: '2025-01-01T00:00:00Z' },
          properties: {
            modelType: 'CustomModel',
            tags: { a: '1', stage: 'candidate' },
            // read-only, create-only, and a field of a later api-version: none goes back in the PUT
            provisioningState: 'Succeeded',
            isAnonymous: false,
            datasets: [{ name: 'd' }],
            description: null,
          },
        },
      }),
      [`PUT ${WS}/models/m/versions/3`]: (_r, body) => {
        put = body;
        return { status: 200, body };
      },
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock,
      retry,
    });
    await foundry.setModelTags('m', '3', { stage: 'production' });
    assert.deepEqual(put, {
      properties: { tags: { a: '1', stage: 'production' }, modelType: 'CustomModel' },
    });
  });

  it('sends jobs at the jobs api-version and everything else at 2025-12-01', async () => {
    const seen: string[] = [];
    const record = (req: PipelineRequest): void => {
      const u = new URL(req.url);
      seen.push(`${req.method} ${u.pathname.replace(WS, '')} ${u.searchParams.get('api-version')}`);
    };
    const { client } = fakeArm({
      [`PUT ${WS}/jobs/j`]: (req, body) => (
        record(req),
        { status: 201, body: { name: 'j', ...(body as object) } }
      ),
      [`GET ${WS}/jobs/j`]: (req) => (record(req), { status: 200, body: job('j', 'Running') }),
      [`GET ${WS}/jobs`]: (req) => (record(req), { status: 200, body: { value: [job('j', 'Running')] } }),
      [`POST ${WS}/jobs/j/cancel`]: (req) => (
        record(req),
        { status: 202, headers: { location: 'https://arm.test/op' } }
      ),
      [`GET ${WS}/models/m/versions`]: (req) => (record(req), { status: 200, body: { value: [] } }),
    });
    for (const inputs of [{}, { 'jobs-api-version': '2024-01-01-preview' }] as Record<string, string>[]) {
      seen.length = 0;
      const foundry = connectFoundry(config(inputs), silent(), undefined, {
        httpClient: client,
        credential,
        clock,
        retry,
      });
      const version = (inputs as Record<string, string>)['jobs-api-version'] ?? '2025-10-01-preview';
      assert.equal(foundry.jobsApiVersion, version);
      await foundry.submitJob('j', { properties: job('j', 'NotStarted').properties as never });
      await foundry.getJob('j');
      await foundry.listJobs();
      await foundry.cancelJob('j');
      await foundry.listModelVersions('m');
      assert.deepEqual(seen, [
        `PUT /jobs/j ${version}`,
        `GET /jobs/j ${version}`,
        `GET /jobs ${version}`,
        `POST /jobs/j/cancel ${version}`,
        'GET /models/m/versions 2025-12-01',
      ]);
    }
  });

  it('reads loss curves from the training child run of a job named by its name or its resource', async () => {
    const mlflowBase =
      '/mlflow/v1.0/subscriptions/sub/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/api/2.0/mlflow';
    const asked: string[] = [];
    const { client } = fakeArm({
      [`GET ${WS}`]: () => ({
        status: 200,
        body: {
          id: WS,
          location: 'eastus2',
          properties: {
            workspaceId: 'g',
            mlFlowTrackingUri: `azureml://track.test${mlflowBase.replace('/api/2.0/mlflow', '')}`,
          },
        },
      }),
      [`GET ${WS}/jobs/ff-1`]: () => ({
        status: 200,
        body: { name: 'ff-1', properties: { jobType: 'FineTuning', experimentName: 'exp' } },
      }),
      [`GET ${mlflowBase}/experiments/get-by-name`]: (req) => {
        asked.push(`experiment ${new URL(req.url).searchParams.get('experiment_name')}`);
        return { status: 200, body: { experiment: { experiment_id: 'e1' } } };
      },
      [`POST ${mlflowBase}/runs/search`]: (_req, body) => {
        asked.push(`search ${(body as { filter: string }).filter}`);
        return {
          status: 200,
          body: {
            runs: [
              {
                info: { run_id: 'child', run_name: 'finetune' },
                data: { metrics: [{ key: 'loss' }, { key: 'epoch' }] },
              },
            ],
          },
        };
      },
      [`GET ${mlflowBase}/metrics/get-history`]: (req) => {
        const token = new URL(req.url).searchParams.get('page_token');
        return token
          ? { status: 200, body: { metrics: [{ key: 'loss', value: 1, step: 2 }] } }
          : { status: 200, body: { metrics: [{ key: 'loss', value: 2, step: 1 }], next_page_token: 'p2' } };
      },
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock,
      retry,
    });
    const byName = await foundry.trainingMetrics('ff-1');
    assert.equal(byName?.runId, 'child');
    assert.deepEqual(
      byName?.training.map((p) => p.step),
      [1, 2],
      'both pages',
    );
    assert.deepEqual(asked, ['experiment exp', "search tags.mlflow.rootRunId = 'ff-1'"]);
    const lookup = await foundry.lossCurves({ name: 'ff-2', properties: { experimentName: 'exp' } as never });
    assert.equal(lookup.metrics?.trainingLossKey, 'loss');
  });

  it('ends a Location-only deletion on 204 after 202s, backing off between polls', async () => {
    const sleeps: number[] = [];
    const slowClock: Clock = { now: () => Date.now(), sleep: async (ms) => void sleeps.push(ms) };
    let polls = 0;
    const location =
      'https://arm.test/subscriptions/sub/providers/Microsoft.MachineLearningServices/locations/eastus2/mfeOperationResults/op9';
    const { client } = fakeArm({
      [`DELETE ${WS}/serverlessEndpoints/ep`]: () => ({ status: 202, headers: { location } }),
      ['GET /subscriptions/sub/providers/Microsoft.MachineLearningServices/locations/eastus2/mfeOperationResults/op9']:
        () => (++polls < 4 ? { status: 202, headers: { location } } : { status: 204 }),
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock: slowClock,
      retry,
      operationPollMs: 100,
    });
    await foundry.deleteEndpoint('ep');
    assert.equal(polls, 4, 'the 204 ended it');
    assert.deepEqual(sleeps, [100, 150, 225, 338]);
  });

  it('follows a 200 endpoint update (no operation header) by polling the resource, reporting each state once', async () => {
    let reads = 0;
    const states = ['Updating', 'Updating', 'Updating', 'Updating', 'Succeeded'];
    const { client } = fakeArm({
      [`GET ${WS}`]: () => ({
        status: 200,
        body: { id: WS, location: 'eastus2', properties: { workspaceId: 'g' } },
      }),
      [`PUT ${WS}/serverlessEndpoints/ep`]: () => ({
        status: 200,
        body: { name: 'ep', properties: { provisioningState: 'Updating' } },
      }),
      [`GET ${WS}/serverlessEndpoints/ep`]: () => ({
        status: 200,
        body: { name: 'ep', properties: { provisioningState: states[Math.min(reads++, states.length - 1)] } },
      }),
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock,
      retry,
    });
    const seen: string[] = [];
    const endpoint = await foundry.createEndpoint('ep', {
      modelId: 'azureml://x',
      contentSafety: 'enabled',
      onState: (s) => seen.push(s),
    });
    assert.equal(endpoint.properties.provisioningState, 'Succeeded');
    assert.deepEqual(seen, ['Updating', 'Succeeded'], 'state changes only, not one line per poll');
    assert.ok(reads >= 5);
  });

  it('lists model versions of this repository, newest first, filtering tags itself', async () => {
    const { client } = fakeArm({
      [`GET ${WS}/models/m/versions`]: (req) => {
        assert.equal(new URL(req.url).searchParams.get('tags'), `${TAGS.repository}=o/r`);
        return {
          status: 200,
          body: {
            value: [
              {
                name: '1',
                properties: { tags: { [TAGS.repository]: 'o/r' } },
                systemData: { createdAt: '2026-01-01T00:00:00Z' },
              },
              {
                name: '2',
                properties: { tags: { [TAGS.repository]: 'x/y' } },
                systemData: { createdAt: '2026-01-02T00:00:00Z' },
              },
              {
                name: '3',
                properties: { tags: { [TAGS.repository]: 'o/r' } },
                systemData: { createdAt: '2026-01-03T00:00:00Z' },
              },
            ],
          },
        };
      },
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock,
      retry,
    });
    const versions = await foundry.listModelVersions('m', { tags: { [TAGS.repository]: 'o/r' } });
    assert.deepEqual(
      versions.map((v) => v.name),
      ['3', '1'],
    );
    assert.deepEqual(
      await connectFoundry(config(), silent(), undefined, {
        httpClient: fakeArm({}).client,
        credential,
        clock,
        retry,
      }).listModelVersions('none'),
      [],
    );
  });

  it('follows endpoint provisioning through Azure-AsyncOperation and reports a failure with the service message', async () => {
    let polls = 0;
    const op =
      'https://arm.test/subscriptions/sub/providers/Microsoft.MachineLearningServices/locations/eastus2/mfeOperationsStatus/op1';
    const { client } = fakeArm({
      [`GET ${WS}`]: () => ({
        status: 200,
        body: { id: WS, location: 'East US 2', properties: { workspaceId: 'guid' } },
      }),
      [`PUT ${WS}/serverlessEndpoints/ep`]: (_r, body) => {
        assert.deepEqual((body as { properties: unknown }).properties, {
          modelSettings: { modelId: 'azureml://x' },
          authMode: 'Key',
          contentSafety: { contentSafetyStatus: 'Disabled' },
        });
        assert.equal((body as { location: string }).location, 'eastus2');
        return {
          status: 201,
          body: { name: 'ep', properties: { provisioningState: 'Creating' } },
          headers: { 'azure-asyncoperation': op },
        };
      },
      ['GET /subscriptions/sub/providers/Microsoft.MachineLearningServices/locations/eastus2/mfeOperationsStatus/op1']:
        () => {
          polls++;
          return polls < 3
            ? { status: 200, body: { status: 'InProgress' } }
            : {
                status: 200,
                body: {
                  status: 'Failed',
                  error: { code: 'QuotaExceeded', message: 'No capacity for this model in eastus2.' },
                },
              };
        },
      [`GET ${WS}/serverlessEndpoints/ep`]: () => ({
        status: 200,
        body: { name: 'ep', properties: { provisioningState: polls < 3 ? 'Creating' : 'Failed' } },
      }),
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock,
      retry,
    });
    const states: string[] = [];
    await assert.rejects(
      () =>
        foundry.createEndpoint('ep', {
          modelId: 'azureml://x',
          contentSafety: 'disabled',
          onState: (s) => states.push(s),
        }),
      /QuotaExceeded.*No capacity for this model in eastus2/,
    );
    assert.equal(polls, 3);
    assert.deepEqual(states, ['Creating', 'Failed']);
  });

  it('masks endpoint keys before returning them', async () => {
    const { client } = fakeArm({
      [`POST ${WS}/serverlessEndpoints/ep/listKeys`]: () => ({
        status: 200,
        body: { primaryKey: 'primary-secret', secondaryKey: 'secondary-secret' },
      }),
    });
    const log = silent();
    const foundry = connectFoundry(config(), log, undefined, {
      httpClient: client,
      credential,
      clock,
      retry,
    });
    const keys = await foundry.endpointKeys('ep');
    assert.equal(keys.primaryKey, 'primary-secret');
    assert.deepEqual(log.secrets, ['primary-secret', 'secondary-secret']);
  });

  it('reuses a data asset registered for the same content without touching the datastore', async (t) => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'ff-unit-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'train.jsonl');
    writeFileSync(file, '{"messages":[]}\n');
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update('{"messages":[]}\n').digest('hex');
    const name = `ff-train-${sha.slice(0, 24)}`;
    const { client, calls } = fakeArm({
      [`GET ${WS}/data/${name}/versions/1`]: () => ({
        status: 200,
        body: {
          name: '1',
          id: 'x',
          properties: {
            dataType: 'uri_file',
            dataUri: `azureml://datastores/workspaceblobstore/paths/LocalUpload/${sha}/train.jsonl`,
          },
        },
      }),
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock,
      retry,
    });
    const uploaded = await foundry.uploadData({ training: file });
    assert.equal(uploaded.training.uploaded, false);
    assert.equal(
      uploaded.training.uri,
      `azureml://datastores/workspaceblobstore/paths/LocalUpload/${sha}/train.jsonl`,
    );
    assert.ok(!calls.some((c) => c.includes('datastores')), calls.join('\n'));
  });

  it('runs the preflight checks against what Azure answers', async () => {
    const { client } = fakeArm({
      [`GET ${WS}`]: () => ({
        status: 200,
        body: { id: WS, location: 'westeurope', kind: 'Project', properties: { workspaceId: 'g' } },
      }),
      ['GET /subscriptions/sub/providers/Microsoft.Network']: () => ({
        status: 200,
        body: { registrationState: 'NotRegistered' },
      }),
      // Permissions_ListForResource on the workspace (what is granted there or above).
      [`GET ${WS}/providers/Microsoft.Authorization/permissions`]: (req) => {
        assert.equal(new URL(req.url).searchParams.get('api-version'), '2022-04-01');
        return {
          status: 200,
          body: {
            value: [{ actions: ['Microsoft.MachineLearningServices/workspaces/*/read'], notActions: [] }],
          },
        };
      },
    });
    const foundry = connectFoundry(config(), silent(), undefined, {
      httpClient: client,
      credential,
      clock,
      retry,
    });
    const checks = await foundry.preflight({ model: config().model });
    const failed = Object.fromEntries(
      checks.filter((c) => c.status === 'failed').map((c) => [c.id, c.detail]),
    );
    assert.match(failed.region!, /not offered in region 'westeurope'/);
    assert.match(failed['network-provider']!, /NotRegistered/);
    assert.match(failed.permissions!, /jobs\/write/);
    assert.doesNotMatch(failed.permissions!, /jobs\/read/);
    assert.match(
      failed.permissions!,
      /at the workspace `ws` \(scope `\/subscriptions\/sub\/resourceGroups\/rg\/providers\/Microsoft\.MachineLearningServices\/workspaces\/ws`\)/,
    );
  });
});
