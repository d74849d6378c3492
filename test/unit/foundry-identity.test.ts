import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildConfig } from '../../src/config/build.ts';
import { validateBody } from '../emulator/arm/contract.ts';
import { JOBS_API_VERSION } from '../../src/foundry/arm.ts';
import {
  attemptOf,
  dataAssetName,
  hyperparameters,
  identityTags,
  jobIdentity,
  jobName,
  numberString,
  TAGS,
} from '../../src/foundry/identity.ts';
import {
  computeId,
  fineTuningJobBody,
  jobErrorMessage,
  jobPhase,
  registeredModelName,
  studioUrl,
} from '../../src/foundry/job-spec.ts';
import { findModel } from '../../src/models/catalog.ts';

const config = (inputs: Record<string, string> = {}) =>
  buildConfig({ getInput: (n) => inputs[n] ?? '', readFile: () => undefined, root: '/r', repository: 'o/r' });
const base = {
  repository: 'octo/bot',
  modelId: 'Phi-4-mini-instruct',
  modelVersion: '1',
  datasetHash: 'a'.repeat(64),
  hyperparameters: { num_train_epochs: '3' },
  outputModelName: 'bot-ft',
};

describe('job identity', () => {
  it('is the same for the same inputs, whatever the order of hyperparameters', () => {
    const a = jobIdentity({ ...base, hyperparameters: { learning_rate: '0.0001', num_train_epochs: '3' } });
    const b = jobIdentity({ ...base, hyperparameters: { num_train_epochs: '3', learning_rate: '0.0001' } });
    assert.equal(a.key, b.key);
    assert.match(jobName(a.key, 1), /^ff-[0-9a-f]{12}$/);
  });

  it('changes with the data, the hyperparameters, the model, the compute and the repository', () => {
    const key = jobIdentity(base).key;
    const variants = [
      { datasetHash: 'b'.repeat(64) },
      { hyperparameters: { num_train_epochs: '4' } },
      { modelVersion: '2' },
      { modelId: 'Phi-4' },
      { compute: 'gpu-cluster' },
      { repository: 'octo/other' },
      { outputModelName: 'other' },
    ];
    const keys = new Set([key, ...variants.map((v) => jobIdentity({ ...base, ...v }).key)]);
    assert.equal(keys.size, variants.length + 1);
  });

  it('numbers later attempts with a suffix, and reads the attempt back', () => {
    assert.equal(jobName('0123456789ab', 1), 'ff-0123456789ab');
    assert.equal(jobName('0123456789ab', 3), 'ff-0123456789ab-3');
    assert.equal(attemptOf('ff-0123456789ab-3'), 3);
    assert.equal(attemptOf('ff-0123456789ab'), 1);
  });

  it('tags the job with repository, commit, dataset, hyperparameters hash, run URL and model', () => {
    const id = jobIdentity(base);
    const tags = identityTags(
      id,
      { commit: 'c0ffee', runUrl: 'https://github.com/octo/bot/actions/runs/1' },
      2,
    );
    assert.deepEqual(tags, {
      [TAGS.repository]: 'octo/bot',
      [TAGS.commit]: 'c0ffee',
      [TAGS.dataset]: 'a'.repeat(64),
      [TAGS.hyperparameters]: id.hyperparametersHash,
      [TAGS.model]: 'Phi-4-mini-instruct:1',
      [TAGS.identity]: id.key,
      [TAGS.attempt]: '2',
      [TAGS.runUrl]: 'https://github.com/octo/bot/actions/runs/1',
    });
  });
});

describe('hyperparameters', () => {
  it('are strings under the REST names, with epochs from the example count when not given', () => {
    assert.deepEqual(hyperparameters(config().training, 10), { num_train_epochs: '10' });
    assert.deepEqual(hyperparameters(config().training, 1000), { num_train_epochs: '3' });
    assert.deepEqual(
      hyperparameters(
        config({
          epochs: '2',
          'learning-rate': '0.00002',
          'batch-size': '8',
          hyperparameters: 'warmup_ratio=0.1',
        }).training,
        50,
      ),
      {
        learning_rate: '0.00002',
        num_train_epochs: '2',
        per_device_train_batch_size: '8',
        warmup_ratio: '0.1',
      },
    );
  });

  it('writes numbers without exponents', () => {
    assert.equal(numberString(2e-5), '0.00002');
    assert.equal(numberString(0.0001), '0.0001');
    assert.equal(numberString(3), '3');
  });
});

describe('FineTuning job body', () => {
  const ws = { subscriptionId: 's', resourceGroup: 'rg', workspace: 'w' };
  const spec = {
    model: findModel('Phi-4-mini-instruct')!,
    modelVersion: '1',
    trainingUri: 'azureml://datastores/workspaceblobstore/paths/LocalUpload/x/train.jsonl',
    validationUri: 'azureml://datastores/workspaceblobstore/paths/LocalUpload/y/validation.jsonl',
    hyperparameters: { num_train_epochs: '3' },
    outputModelName: 'bot-ft',
    tags: { t: '1' },
    displayName: 'd',
    description: 'x',
    experimentName: 'e',
  };

  it('is serverless by default: no computeId, no resources', () => {
    const { properties } = fineTuningJobBody(ws, spec);
    assert.equal(properties.jobType, 'FineTuning');
    assert.equal(properties.computeId, undefined);
    assert.equal(properties.resources, undefined);
    assert.deepEqual(properties.fineTuningDetails, {
      modelProvider: 'Custom',
      taskType: 'ChatCompletion',
      model: {
        jobInputType: 'mlflow_model',
        uri: 'azureml://registries/azureml/models/Phi-4-mini-instruct/versions/1',
      },
      trainingData: { jobInputType: 'uri_file', uri: spec.trainingUri },
      validationData: { jobInputType: 'uri_file', uri: spec.validationUri },
      hyperParameters: { num_train_epochs: '3' },
    });
    assert.deepEqual(properties.outputs, {
      registered_model: { jobOutputType: 'mlflow_model', assetName: 'bot-ft' },
    });
  });

  it('runs on managed compute when compute is set', () => {
    const { properties } = fineTuningJobBody(ws, {
      ...spec,
      compute: 'gpu',
      instanceType: 'Standard_NC24ads_A100_v4',
    });
    assert.equal(properties.computeId, computeId(ws, 'gpu'));
    assert.equal(
      properties.computeId,
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/computes/gpu',
    );
    assert.deepEqual(properties.resources, { instanceTypes: ['Standard_NC24ads_A100_v4'] });
  });

  it('runs on serverless compute of a chosen size with an instance type and no compute', () => {
    const { properties } = fineTuningJobBody(ws, { ...spec, instanceType: 'Standard_NC24ads_A100_v4' });
    assert.equal(properties.computeId, undefined);
    assert.deepEqual(properties.resources, { instanceTypes: ['Standard_NC24ads_A100_v4'] });
  });

  it('validates against FineTuningJob of the jobs api-version, and is refused by 2025-12-01', () => {
    const body = fineTuningJobBody(ws, { ...spec, compute: 'gpu', instanceType: 'Standard_NC24ads_A100_v4' });
    assert.deepEqual(validateBody('mfe', JOBS_API_VERSION, 'JobBaseResource', body, 'request'), []);
    assert.deepEqual(
      validateBody('mfe', '2025-12-01', 'JobBaseResource', body, 'request').map((v) => v.path),
      ['properties.jobType'],
    );
  });

  it('names data assets by content with names the asset-name pattern accepts', () => {
    for (const kind of ['train', 'validation'] as const)
      assert.match(dataAssetName(kind, 'f'.repeat(64)), /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/);
  });
});

describe('job status and results', () => {
  it('treats unknown statuses as still running', () => {
    assert.equal(jobPhase('Completed'), 'succeeded');
    assert.equal(jobPhase('Failed'), 'failed');
    assert.equal(jobPhase('Canceled'), 'canceled');
    for (const s of [
      'NotStarted',
      'Queued',
      'Running',
      'Finalizing',
      'CancelRequested',
      'Paused',
      'Whatever',
    ]) {
      assert.equal(jobPhase(s), 'active', s);
    }
  });

  it('links the studio: the service link when given, else ml.azure.com/runs with the workspace id', () => {
    const ws = { subscriptionId: 's', resourceGroup: 'rg', workspace: 'w', tenantId: 't' };
    const job = { name: 'ff-1', properties: { jobType: 'FineTuning' } as never };
    assert.equal(
      studioUrl(ws, job),
      'https://ml.azure.com/runs/ff-1?wsid=/subscriptions/s/resourcegroups/rg/workspaces/w&tid=t',
    );
    const own = {
      name: 'ff-1',
      properties: { services: { Studio: { endpoint: 'https://ai.azure.com/x' } } } as never,
    };
    assert.equal(studioUrl(ws, own), 'https://ai.azure.com/x');
  });

  it('reads the registered model name from the job output (the version is found in the registry)', () => {
    const withOutput = (o: object) =>
      ({ name: 'j', properties: { outputs: { registered_model: o } } }) as never;
    assert.equal(registeredModelName(withOutput({ jobOutputType: 'mlflow_model', assetName: 'm' })), 'm');
    assert.equal(
      registeredModelName(withOutput({ jobOutputType: 'mlflow_model', uri: 'azureml:m:5' })),
      undefined,
    );
    assert.equal(registeredModelName({ name: 'j', properties: {} } as never), undefined);
  });

  it('finds the service error on a failed job', () => {
    const failed = (properties: object) => ({ name: 'j', properties }) as never;
    assert.equal(
      jobErrorMessage(failed({ error: { code: 'UserError', message: 'Too few examples' } })),
      'Too few examples (UserError)',
    );
    assert.equal(
      jobErrorMessage(failed({ properties: { 'azureml.runError': '{"error":{"message":"bad data"}}' } })),
      'bad data',
    );
    assert.equal(jobErrorMessage(failed({})), undefined);
  });
});
