import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ALL_ACTIONS,
  startEmulator,
  trustEmulatorCertificate,
  without,
  type Emulator,
} from '../emulator/index.ts';
import {
  arm,
  chatJsonl,
  fineTuningJob,
  qaPairs,
  serverlessEndpoint,
  workspacePath,
} from '../emulator/testing.ts';

trustEmulatorCertificate();

interface Case {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  apiVersion?: string | null;
  token?: string | null;
  status: number;
  code: string;
  /** Part of the message a user needs to see. */
  message?: RegExp;
  inner?: string;
}

describe('emulator ARM rejections (status + ARM error body as Azure answers)', () => {
  let emu: Emulator;
  let west: Emulator;
  let trainingUri: string;
  let deployedModelId: string;

  before(async () => {
    [emu, west] = await Promise.all([
      startEmulator({ azurite: false }),
      startEmulator({ azurite: false, location: 'westeurope' }),
    ]);
    trainingUri = await emu.seedBlob('data/train.jsonl', chatJsonl(qaPairs(12)));
    await west.seedBlob('data/train.jsonl', chatJsonl(qaPairs(12)));
    // A completed fine-tune deployed to an endpoint: its model cannot be deleted or deployed twice.
    assert.equal(
      (
        await arm(emu, 'PUT', 'jobs/deployed-job', {
          body: fineTuningJob({ trainingUri, assetName: 'deployed' }),
        })
      ).status,
      201,
    );
    emu.clock.advance(3 * 3600_000);
    deployedModelId = emu.job('deployed-job')!.registeredModel!.id;
    assert.equal(
      (
        await arm(emu, 'PUT', 'serverlessEndpoints/ep-deployed', {
          body: serverlessEndpoint(emu, deployedModelId),
        })
      ).status,
      201,
    );
    assert.equal(
      (await arm(emu, 'PUT', 'jobs/existing-job', { body: fineTuningJob({ trainingUri, tags: { a: '1' } }) }))
        .status,
      201,
    );
  });
  after(async () => Promise.all([emu?.stop(), west?.stop()]));

  const job = (mutate: (p: Record<string, unknown>) => void): unknown => {
    const body = fineTuningJob({
      trainingUri: 'azureml://datastores/workspaceblobstore/paths/data/train.jsonl',
    });
    mutate(body.properties);
    return body;
  };
  const details = (p: Record<string, unknown>): Record<string, unknown> =>
    p.fineTuningDetails as Record<string, unknown>;

  const cases: Case[] = [
    {
      name: 'missing api-version',
      method: 'GET',
      path: '',
      apiVersion: null,
      status: 400,
      code: 'MissingApiVersionParameter',
      message: /api-version query parameter/,
    },
    {
      name: 'malformed api-version',
      method: 'GET',
      path: '',
      apiVersion: 'latest',
      status: 400,
      code: 'InvalidApiVersionParameter',
      message: /'latest' is invalid/,
    },
    {
      name: 'unsupported api-version',
      method: 'GET',
      path: 'jobs',
      apiVersion: '2019-05-01',
      status: 400,
      code: 'NoRegisteredProviderFound',
      message: /API version '2019-05-01'/,
    },
    {
      name: 'serverless endpoints on an old api-version',
      method: 'GET',
      path: 'serverlessEndpoints',
      apiVersion: '2022-10-01',
      status: 400,
      code: 'NoRegisteredProviderFound',
    },
    {
      name: 'missing bearer token',
      method: 'GET',
      path: '',
      token: null,
      status: 401,
      code: 'AuthenticationFailed',
    },
    {
      name: 'unknown bearer token',
      method: 'GET',
      path: '',
      token: 'not-a-token',
      status: 401,
      code: 'InvalidAuthenticationToken',
    },
    {
      name: 'job without outputs',
      method: 'PUT',
      path: 'jobs/j1',
      body: job((p) => delete p.outputs),
      status: 400,
      code: 'UserError',
      message: /outputs/,
      inner: 'BadArgument',
    },
    {
      name: 'job without jobType',
      method: 'PUT',
      path: 'jobs/j1',
      body: job((p) => delete p.jobType),
      status: 400,
      code: 'UserError',
      message: /jobType/,
    },
    {
      name: 'job without fineTuningDetails.model',
      method: 'PUT',
      path: 'jobs/j1',
      body: job((p) => delete details(p).model),
      status: 400,
      code: 'UserError',
      message: /fineTuningDetails\.model/,
    },
    {
      name: 'job without trainingData',
      method: 'PUT',
      path: 'jobs/j1',
      body: job((p) => delete details(p).trainingData),
      status: 400,
      code: 'UserError',
      message: /trainingData/,
    },
    {
      name: 'non-string hyperparameter',
      method: 'PUT',
      path: 'jobs/j1',
      body: job((p) => (details(p).hyperParameters = { num_train_epochs: 3 })),
      status: 400,
      code: 'UserError',
      message:
        /properties\.fineTuningDetails\.hyperParameters\.num_train_epochs must be a string; got number 3/,
    },
    {
      name: 'model not in the catalog',
      method: 'PUT',
      path: 'jobs/j1',
      body: job(
        (p) =>
          ((details(p).model as Record<string, unknown>).uri =
            'azureml://registries/azureml/models/Phi-5-mega/versions/1'),
      ),
      status: 400,
      code: 'UserError',
      message: /Phi-5-mega' was not found in registry 'azureml'/,
      inner: 'NotFoundError',
    },
    {
      name: 'model retired for serverless',
      method: 'PUT',
      path: 'jobs/j1',
      body: job(
        (p) =>
          ((details(p).model as Record<string, unknown>).uri =
            'azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/15'),
      ),
      status: 400,
      code: 'UserError',
      message: /retired on 2025-08-30.*managed compute/,
    },
    {
      name: 'training data asset that does not exist',
      method: 'PUT',
      path: 'jobs/j1',
      body: job((p) => ((details(p).trainingData as Record<string, unknown>).uri = 'azureml:missing-data:1')),
      status: 400,
      code: 'UserError',
      message: /missing-data:1 was not found/,
      inner: 'NotFoundError',
    },
    {
      name: 'training file that does not exist on the datastore',
      method: 'PUT',
      path: 'jobs/j1',
      body: job(
        (p) =>
          ((details(p).trainingData as Record<string, unknown>).uri =
            'azureml://datastores/workspaceblobstore/paths/nope.jsonl'),
      ),
      status: 400,
      code: 'UserError',
      message: /'nope\.jsonl' does not exist/,
    },
    {
      name: 'changing an existing job',
      method: 'PUT',
      path: 'jobs/existing-job',
      body: job((p) => (details(p).hyperParameters = { num_train_epochs: '9' })),
      status: 400,
      code: 'UserError',
      message:
        /A job with this name already exists.*Only description, tags, displayName, properties, and isArchived can be updated/,
      inner: 'Immutable',
    },
    {
      name: 'unknown job',
      method: 'GET',
      path: 'jobs/nope',
      status: 404,
      code: 'UserError',
      inner: 'NotFoundError',
    },
    {
      name: 'malformed JSON body',
      method: 'PUT',
      path: 'jobs/j1',
      body: '{"properties": ',
      status: 400,
      code: 'InvalidRequestContent',
    },
    {
      name: 'deleting a deployed model',
      method: 'DELETE',
      path: 'models/deployed/versions/1',
      status: 409,
      code: 'Conflict',
      message: /deployed to serverless endpoint 'ep-deployed'/,
    },
    {
      name: 'endpoint for a missing model version',
      method: 'PUT',
      path: 'serverlessEndpoints/ep-x',
      body: 'MODEL:azureml://locations/eastus2/workspaces/WSID/models/deployed/versions/99',
      status: 400,
      code: 'UserError',
      inner: 'NotFoundError',
    },
    {
      name: 'marketplace model without subscription',
      method: 'PUT',
      path: 'serverlessEndpoints/ep-llama',
      body: 'MODEL:azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct',
      status: 400,
      code: 'UserError',
      message: /marketplace subscription/,
    },
    {
      name: 'wrong subscription',
      method: 'GET',
      path: '/subscriptions/99999999-1111-2222-3333-444444444444/resourceGroups/x/providers/Microsoft.MachineLearningServices/workspaces/y',
      status: 404,
      code: 'SubscriptionNotFound',
    },
    {
      name: 'wrong resource group',
      method: 'GET',
      path: 'RG:nope',
      status: 404,
      code: 'ResourceGroupNotFound',
    },
    {
      name: 'wrong workspace',
      method: 'GET',
      path: 'WS:nope',
      status: 404,
      code: 'ResourceNotFound',
      message: /workspaces\/nope/,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      let path = c.path;
      if (path.startsWith('RG:'))
        path = `/subscriptions/${emu.subscriptionId}/resourceGroups/${path.slice(3)}/providers/Microsoft.MachineLearningServices/workspaces/${emu.workspace}`;
      else if (path.startsWith('WS:'))
        path = `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${path.slice(3)}`;
      else if (path === '') path = workspacePath(emu);
      let body = c.body;
      if (typeof body === 'string' && body.startsWith('MODEL:'))
        body = serverlessEndpoint(emu, body.slice(6).replace('WSID', emu.workspaceId));
      const result =
        typeof body === 'string'
          ? await fetch(`${emu.armUrl}${workspacePath(emu)}/${path}?api-version=2025-12-01`, {
              method: c.method,
              headers: { authorization: `Bearer ${emu.token}`, 'content-type': 'application/json' },
              body,
            }).then(async (r) => ({
              status: r.status,
              headers: r.headers,
              body: (await r.json()) as Record<string, unknown>,
            }))
          : await arm(emu, c.method, path, { body, apiVersion: c.apiVersion, token: c.token });
      const error = (
        result.body as { error?: { code?: string; message?: string; innerError?: { code?: string } } }
      ).error;
      assert.equal(result.status, c.status, JSON.stringify(result.body));
      assert.equal(error?.code, c.code);
      assert.equal(typeof error?.message, 'string');
      if (c.message) assert.match(error!.message!, c.message);
      if (c.inner) assert.equal(error?.innerError?.code, c.inner);
      if (c.status === 401)
        assert.match(result.headers.get('www-authenticate') ?? '', /^Bearer authorization_uri=/);
    });
  }

  it('serverless fine-tuning outside the model regions, while managed compute still runs retired models', async () => {
    const body = fineTuningJob({
      trainingUri: 'azureml://datastores/workspaceblobstore/paths/data/train.jsonl',
    });
    const refused = await arm(west, 'PUT', 'jobs/j-west', { body });
    assert.equal(refused.status, 400);
    assert.match(
      (refused.body as { error: { message: string } }).error.message,
      /not available in region 'westeurope'/,
    );
    const managed = fineTuningJob({
      trainingUri,
      computeId: 'gpu-cluster',
      model: 'azureml://registries/azureml/models/Phi-3-mini-4k-instruct/versions/15',
    });
    assert.equal((await arm(emu, 'PUT', 'jobs/managed-phi3', { body: managed })).status, 201);
  });

  it('one serverless endpoint per fine-tuned model', async () => {
    const second = await arm(emu, 'PUT', 'serverlessEndpoints/ep-second', {
      body: serverlessEndpoint(emu, deployedModelId),
    });
    assert.equal(second.status, 409);
    assert.match(
      (second.body as { error: { message: string } }).error.message,
      /already deployed to serverless endpoint 'ep-deployed'/,
    );
  });

  it('a repeated identical job PUT is idempotent (200, same job); its tags replace the old ones', async () => {
    const before = emu.jobs().length;
    const again = await arm(emu, 'PUT', 'jobs/existing-job', {
      body: fineTuningJob({ trainingUri, tags: { b: '2' } }),
    });
    assert.equal(again.status, 200);
    assert.equal(emu.jobs().length, before);
    assert.deepEqual(emu.job('existing-job')!.tags, { b: '2' });
  });

  it('RBAC: a missing action is 403 AuthorizationFailed naming action and scope; permissions API reflects it', async () => {
    emu.settings.permissions = [
      without(ALL_ACTIONS, 'Microsoft.MachineLearningServices/workspaces/jobs/write'),
    ];
    try {
      const denied = await arm(emu, 'PUT', 'jobs/denied', { body: fineTuningJob({ trainingUri }) });
      assert.equal(denied.status, 403);
      const error = (denied.body as { error: { code: string; message: string } }).error;
      assert.equal(error.code, 'AuthorizationFailed');
      assert.match(
        error.message,
        /does not have authorization to perform action 'Microsoft\.MachineLearningServices\/workspaces\/jobs\/write' over scope '\/subscriptions\/.*\/jobs\/denied'/,
      );
      const perms = await arm<{ value: { notActions: string[] }[] }>(
        emu,
        'GET',
        `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.Authorization/permissions`,
        { apiVersion: '2022-04-01' },
      );
      assert.equal(perms.status, 200);
      assert.deepEqual(perms.body.value[0]!.notActions, [
        'Microsoft.MachineLearningServices/workspaces/jobs/write',
      ]);
    } finally {
      emu.settings.permissions = [ALL_ACTIONS];
    }
  });

  it('expired tokens are 401 ExpiredAuthenticationToken; tokens for another audience are refused', async () => {
    const short = await startEmulator({ azurite: false, tokenLifetimeSeconds: 0 });
    try {
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: short.clientId,
        scope: 'https://management.azure.com/.default',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: short.oidc.mint(),
      });
      const tokenResponse = await fetch(`${short.authorityHost}/${short.tenantId}/oauth2/v2.0/token`, {
        method: 'POST',
        body: form,
      });
      const { access_token } = (await tokenResponse.json()) as { access_token: string };
      const expired = await arm(short, 'GET', '', { token: access_token });
      assert.equal(expired.status, 401);
      assert.equal((expired.body as { error: { code: string } }).error.code, 'ExpiredAuthenticationToken');
    } finally {
      await short.stop();
    }
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: emu.clientId,
      scope: 'https://storage.azure.com/.default',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: emu.oidc.mint(),
    });
    const { access_token } = (await (
      await fetch(`${emu.authorityHost}/${emu.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: form })
    ).json()) as { access_token: string };
    const wrong = await arm(emu, 'GET', '', { token: access_token });
    assert.equal(wrong.status, 401);
    assert.equal(
      (wrong.body as { error: { code: string } }).error.code,
      'InvalidAuthenticationTokenAudience',
    );
  });
});
