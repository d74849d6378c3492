/**
 * The emulator's ARM routes refuse what the published definitions of the api-version in the URL refuse
 * (test/fixtures/arm-schemas/, transcribed from Azure/azure-rest-api-specs): one case per rule, each a 400
 * whose message and `target` name the field's path. And what the emulator answers follows the same
 * definitions: read-only fields the spec lists are there, fields it lacks are not.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validateBody } from '../emulator/arm/contract.ts';
import { LONG_ENOUGH_MS, startEmulator, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';
import {
  arm,
  chatJsonl,
  fineTuningJob,
  JOBS_API_VERSION,
  qaPairs,
  serverlessEndpoint,
  STABLE_API_VERSION,
} from '../emulator/testing.ts';

trustEmulatorCertificate();

type Json = Record<string, unknown>;

interface Rejection {
  rule: string;
  method: string;
  path: string;
  body: () => unknown;
  apiVersion?: string;
  /** The path the error names (`target`, and in the message). */
  target: string;
  message: RegExp;
}

describe('emulator ARM contract: bodies against the definitions of the api-version in the URL', () => {
  let emu: Emulator;
  let trainingUri: string;

  before(async () => {
    emu = await startEmulator({ azurite: false });
    trainingUri = await emu.seedBlob('data/train.jsonl', chatJsonl(qaPairs(12)));
  });
  after(() => emu?.stop());

  const job = (mutate: (p: Json, d: Json) => void) => (): unknown => {
    const body = fineTuningJob({ trainingUri });
    mutate(body.properties, body.properties.fineTuningDetails as Json);
    return body;
  };
  const endpoint = (mutate: (b: Json) => void) => (): unknown => {
    const body = serverlessEndpoint(
      emu,
      'azureml://registries/azureml/models/Phi-4-mini-instruct/versions/1',
    );
    mutate(body);
    return body;
  };
  const props = (b: Json): Json => b.properties as Json;

  const cases: Rejection[] = [
    // required
    {
      rule: 'required (JobBase.jobType)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((p) => delete p.jobType),
      target: 'properties.jobType',
      message: /properties\.jobType is required/,
    },
    {
      rule: 'required (FineTuningVertical.trainingData)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((_p, d) => delete d.trainingData),
      target: 'properties.fineTuningDetails.trainingData',
      message: /properties\.fineTuningDetails\.trainingData is required/,
    },
    {
      rule: 'required (Sku.name)',
      method: 'PUT',
      path: 'serverlessEndpoints/ep-c1',
      body: endpoint((b) => (b.sku = { tier: 'Standard' })),
      target: 'sku.name',
      message: /sku\.name is required/,
    },
    {
      rule: 'required (MarketplaceSubscription.modelId)',
      method: 'PUT',
      path: 'marketplaceSubscriptions/m1',
      body: () => ({ properties: {} }),
      target: 'properties.modelId',
      message: /properties\.modelId is required/,
    },
    // type
    {
      rule: 'type (hyperParameters is a map of string)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((_p, d) => (d.hyperParameters = { num_train_epochs: 3 })),
      target: 'properties.fineTuningDetails.hyperParameters.num_train_epochs',
      message: /must be a string; got number 3/,
    },
    {
      rule: 'type (tags are a map of string)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((p) => (p.tags = { attempt: 2 })),
      target: 'properties.tags.attempt',
      message: /properties\.tags\.attempt must be a string/,
    },
    {
      rule: 'type (object)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((_p, d) => (d.model = 'azureml://registries/azureml/models/Phi-4-mini-instruct/versions/1')),
      target: 'properties.fineTuningDetails.model',
      message: /must be an object; got string/,
    },
    {
      rule: 'not nullable (experimentName has no x-nullable)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((p) => (p.experimentName = null)),
      target: 'properties.experimentName',
      message: /properties\.experimentName must not be null/,
    },
    // enum
    {
      rule: 'enum, a casing mistake (FineTuningTaskType)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((_p, d) => (d.taskType = 'chatCompletion')),
      target: 'properties.fineTuningDetails.taskType',
      message: /'chatCompletion' is not one of .*did you mean 'ChatCompletion'\?/,
    },
    {
      rule: 'enum (ServerlessInferenceEndpointAuthMode is Key only at 2025-12-01)',
      method: 'PUT',
      path: 'serverlessEndpoints/ep-c1',
      body: endpoint((b) => (props(b).authMode = 'AAD')),
      target: 'properties.authMode',
      message: /'AAD' is not one of 'Key'/,
    },
    {
      rule: 'enum, a casing mistake (KeyType)',
      method: 'POST',
      path: 'serverlessEndpoints/ep-none/regenerateKeys',
      body: () => ({ keyType: 'primary' }),
      target: 'keyType',
      message: /did you mean 'Primary'\?/,
    },
    // discriminators
    {
      rule: 'discriminator jobType: FineTuning is not a job type of 2025-12-01',
      method: 'PUT',
      path: 'jobs/c1',
      apiVersion: STABLE_API_VERSION,
      body: job(() => undefined),
      target: 'properties.jobType',
      message: /'FineTuning' is not one of 'AutoML', 'Command', 'Pipeline', 'Spark', 'Sweep'/,
    },
    {
      rule: 'discriminator modelProvider, a casing mistake',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((_p, d) => (d.modelProvider = 'custom')),
      target: 'properties.fineTuningDetails.modelProvider',
      message: /'custom' is not one of 'AzureOpenAI', 'Custom'.*did you mean 'Custom'/,
    },
    {
      rule: 'discriminator jobInputType',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((_p, d) => ((d.trainingData as Json).jobInputType = 'uri-file')),
      target: 'properties.fineTuningDetails.trainingData.jobInputType',
      message: /'uri-file' is not one of/,
    },
    {
      rule: 'discriminator jobOutputType, a casing mistake',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((p) => (((p.outputs as Json).registered_model as Json).jobOutputType = 'MLflow_model')),
      target: 'properties.outputs.registered_model.jobOutputType',
      message: /did you mean 'mlflow_model'\?/,
    },
    // properties the schema does not define
    {
      rule: 'unknown property, a casing mistake (hyperparameters)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((_p, d) => {
        d.hyperparameters = d.hyperParameters;
        delete d.hyperParameters;
      }),
      target: 'properties.fineTuningDetails.hyperparameters',
      message: /not a property of CustomModelFineTuning; did you mean 'hyperParameters'\?/,
    },
    {
      rule: 'unknown property, a casing mistake (assetname)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((p) => {
        const out = (p.outputs as Json).registered_model as Json;
        out.assetname = out.assetName;
        delete out.assetName;
      }),
      target: 'properties.outputs.registered_model.assetname',
      message: /not a property of MLFlowModelJobOutput; did you mean 'assetName'\?/,
    },
    {
      rule: 'unknown property (no spec version has an output assetVersion)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((p) => (((p.outputs as Json).registered_model as Json).assetVersion = '1')),
      target: 'properties.outputs.registered_model.assetVersion',
      message: /not a property of MLFlowModelJobOutput/,
    },
    {
      rule: 'unknown property (contentSafetyLevel is preview-only)',
      method: 'PUT',
      path: 'serverlessEndpoints/ep-c1',
      body: endpoint(
        (b) => (props(b).contentSafety = { contentSafetyStatus: 'Enabled', contentSafetyLevel: 'Blocking' }),
      ),
      target: 'properties.contentSafety.contentSafetyLevel',
      message: /not a property of ContentSafety \(it has: contentSafetyStatus\)/,
    },
    {
      rule: 'unknown property (data versions have no stage)',
      method: 'PUT',
      path: 'data/d1/versions/1',
      body: () => ({ properties: { dataType: 'uri_file', dataUri: trainingUri, stage: 'Production' } }),
      target: 'properties.stage',
      message: /not a property of UriFileDataVersion/,
    },
    {
      rule: 'unknown top-level property',
      method: 'PUT',
      path: 'models/m1/versions/1',
      body: () => ({ properties: { modelUri: 'azureml://x' }, tags: { a: 'b' } }),
      target: 'tags',
      message: /tags is not a property of ModelVersionResource/,
    },
    // readOnly
    {
      rule: 'readOnly (JobBase.status)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((p) => (p.status = 'Running')),
      target: 'properties.status',
      message: /properties\.status is read-only/,
    },
    {
      rule: 'readOnly (ModelVersion.provisioningState)',
      method: 'PUT',
      path: 'models/m1/versions/1',
      body: () => ({ properties: { modelUri: 'azureml://x', provisioningState: 'Succeeded' } }),
      target: 'properties.provisioningState',
      message: /properties\.provisioningState is read-only/,
    },
    // pattern, minLength
    {
      rule: 'pattern (DataVersionBase.dataUri)',
      method: 'PUT',
      path: 'data/d1/versions/1',
      body: () => ({ properties: { dataType: 'uri_file', dataUri: '---' } }),
      target: 'properties.dataUri',
      message: /'---' does not match the pattern \[a-zA-Z0-9_\]/,
    },
    {
      rule: 'minLength (AssetJobInput.uri)',
      method: 'PUT',
      path: 'jobs/c1',
      body: job((_p, d) => ((d.model as Json).uri = '')),
      target: 'properties.fineTuningDetails.model.uri',
      message: /must be at least 1 characters/,
    },
    {
      rule: 'path parameter pattern (model names have no dots)',
      method: 'PUT',
      path: 'models/support.bot/versions/1',
      body: () => ({ properties: { modelUri: 'azureml://x' } }),
      target: 'name',
      message: /The name 'support\.bot' is invalid/,
    },
    {
      rule: 'path parameter pattern (Jobs_CreateOrUpdate id)',
      method: 'PUT',
      path: 'jobs/-bad',
      body: job(() => undefined),
      target: 'name',
      message: /The name '-bad' is invalid/,
    },
    {
      rule: 'path parameter pattern (serverless endpoint names: 1 to 52 characters)',
      method: 'PUT',
      path: `serverlessEndpoints/e${'x'.repeat(52)}`,
      body: endpoint(() => undefined),
      target: 'name',
      message: /is invalid: it must match \^\[a-zA-Z\]\[a-zA-Z0-9-\]\{0,51\}\$/,
    },
    {
      rule: 'path parameter pattern (MarketplaceSubscriptions_CreateOrUpdate name has no dots)',
      method: 'PUT',
      path: 'marketplaceSubscriptions/llama.sub',
      body: () => ({
        properties: { modelId: 'azureml://registries/azureml-meta/models/Meta-Llama-3.1-8B-Instruct' },
      }),
      target: 'name',
      message: /The name 'llama\.sub' is invalid/,
    },
    {
      rule: 'path parameter pattern (ServerlessEndpoints_Delete name)',
      method: 'DELETE',
      path: 'serverlessEndpoints/ep.old',
      body: () => undefined,
      target: 'name',
      message: /The name 'ep\.old' is invalid/,
    },
    {
      rule: 'path parameter pattern (ServerlessEndpoints_ListKeys name)',
      method: 'POST',
      path: 'serverlessEndpoints/ep.old/listKeys',
      body: () => undefined,
      target: 'name',
      message: /The name 'ep\.old' is invalid/,
    },
  ];

  for (const c of cases) {
    it(`400 with the path: ${c.rule}`, async () => {
      const result = await arm<{
        error: { code: string; message: string; target?: string; details?: Json[] };
      }>(emu, c.method, c.path, { body: c.body(), apiVersion: c.apiVersion });
      assert.equal(result.status, 400, JSON.stringify(result.body));
      const error = result.body.error;
      assert.equal(error.code, 'UserError');
      assert.equal(error.target, c.target);
      assert.ok(error.message.includes(c.target), error.message);
      assert.match(error.message, c.message);
    });
  }

  it('the same valid job body is accepted at the preview, whose spec defines FineTuning', async () => {
    const created = await arm<{ properties: Json }>(emu, 'PUT', 'jobs/c-ok', {
      body: fineTuningJob({ trainingUri }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.properties.jobType, 'FineTuning');
    assert.deepEqual(validateBody('mfe', JOBS_API_VERSION, 'JobBaseResource', created.body, 'response'), []);
  });

  it('answers follow the definitions: read-only fields present, nothing the spec lacks', async () => {
    const body = fineTuningJob({ trainingUri, assetName: 'contract-model' });
    assert.equal((await arm(emu, 'PUT', 'jobs/c-answers', { body })).status, 201);
    emu.clock.advance(LONG_ENOUGH_MS);
    const modelId = emu.job('c-answers')!.registeredModel!.id;
    assert.equal(
      (await arm(emu, 'PUT', 'serverlessEndpoints/ep-answers', { body: serverlessEndpoint(emu, modelId) }))
        .status,
      201,
    );
    emu.clock.advance(LONG_ENOUGH_MS);
    const answers: [string, string, string, string][] = [
      ['jobs/c-answers', JOBS_API_VERSION, 'JobBaseResource', 'job'],
      ['jobs', JOBS_API_VERSION, 'JobBaseResourceArmPaginatedResult', 'job list'],
      ['models/contract-model/versions/1', STABLE_API_VERSION, 'ModelVersionResource', 'model version'],
      [
        'models/contract-model/versions',
        STABLE_API_VERSION,
        'ModelVersionResourceArmPaginatedResult',
        'model list',
      ],
      ['models/contract-model', STABLE_API_VERSION, 'ModelContainerResource', 'model container'],
      ['serverlessEndpoints/ep-answers', STABLE_API_VERSION, 'ServerlessEndpointTrackedResource', 'endpoint'],
      [
        'serverlessEndpoints',
        STABLE_API_VERSION,
        'ServerlessEndpointTrackedResourceArmPaginatedResult',
        'endpoint list',
      ],
      ['datastores/workspaceblobstore', STABLE_API_VERSION, 'DatastoreResource', 'datastore'],
    ];
    for (const [path, version, definition, what] of answers) {
      const got = await arm(emu, 'GET', path, { apiVersion: version });
      assert.equal(got.status, 200, what);
      assert.deepEqual(validateBody('mfe', version, definition, got.body, 'response'), [], what);
    }
    const model = (await arm<{ properties: Json }>(emu, 'GET', 'models/contract-model/versions/1')).body;
    assert.equal(model.properties.provisioningState, 'Succeeded');
    const jobBody = (
      await arm<{ properties: { outputs: Record<string, Json> } }>(emu, 'GET', 'jobs/c-answers')
    ).body;
    assert.equal('assetVersion' in jobBody.properties.outputs.registered_model!, false);
  });

  it('models at 2022-10-01 follow that version: no provisioningState or stage, which it lacks', async () => {
    const old = '2022-10-01';
    const put = await arm<{ properties: Json }>(emu, 'PUT', 'models/m-2022/versions/1', {
      apiVersion: old,
      body: { properties: { modelUri: 'azureml://jobs/j1/outputs/model' } },
    });
    assert.equal(put.status, 201, JSON.stringify(put.body));
    const answers: [string, string][] = [
      ['models/m-2022/versions/1', 'ModelVersionResource'],
      ['models/m-2022/versions', 'ModelVersionResourceArmPaginatedResult'],
      ['models/m-2022', 'ModelContainerResource'],
    ];
    assert.deepEqual(validateBody('mfe', old, 'ModelVersionResource', put.body, 'response'), []);
    for (const [path, definition] of answers) {
      const got = await arm(emu, 'GET', path, { apiVersion: old });
      assert.equal(got.status, 200, path);
      assert.deepEqual(validateBody('mfe', old, definition, got.body, 'response'), [], path);
    }
    assert.equal('provisioningState' in put.body.properties, false);
    assert.equal('stage' in put.body.properties, false);
    const now = await arm<{ properties: Json }>(emu, 'GET', 'models/m-2022/versions/1');
    assert.equal(now.body.properties.provisioningState, 'Succeeded', 'the stable answer has it');
    const staged = await arm<{ error: { target?: string } }>(emu, 'PUT', 'models/m-2022/versions/2', {
      apiVersion: old,
      body: { properties: { modelUri: 'azureml://jobs/j2/outputs/model', stage: 'Production' } },
    });
    assert.equal(staged.status, 400);
    assert.equal(staged.body.error.target, 'properties.stage');
  });

  it('the response check fails on a field the spec lacks and on a missing read-only field', () => {
    const ok = {
      id: 'i',
      name: '1',
      type: 't',
      properties: { modelUri: 'u', provisioningState: 'Succeeded' },
    };
    assert.deepEqual(validateBody('mfe', STABLE_API_VERSION, 'ModelVersionResource', ok, 'response'), []);
    const extra = { ...ok, properties: { ...ok.properties, datasets: [] } };
    assert.match(
      validateBody('mfe', STABLE_API_VERSION, 'ModelVersionResource', extra, 'response')[0]!.message,
      /properties\.datasets is not a property of ModelVersion/,
    );
    assert.deepEqual(
      validateBody('mfe', '2025-10-01-preview', 'ModelVersionResource', extra, 'response'),
      [],
    );
    const missing = { ...ok, properties: { modelUri: 'u' } };
    assert.match(
      validateBody('mfe', STABLE_API_VERSION, 'ModelVersionResource', missing, 'response')[0]!.message,
      /properties\.provisioningState is missing/,
    );
  });
});
