/**
 * The project adapter's pure parts, against the published examples in test/fixtures/foundry-projects/
 * (SOURCES.txt names repository, path and commit of each).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { nextInterval } from '../../src/backend/follow.ts';
import {
  deploymentBody,
  toModelDeployment,
  type ArmDeployment,
} from '../../src/backend/project/deployments.ts';
import { projectError, ROLES } from '../../src/backend/project/errors.ts';
import {
  checkHyperparameters,
  isAttemptOf,
  jobCreateBody,
  phaseOf,
  toTrainingJob,
  TRAINING_TYPE,
  type JobObject,
} from '../../src/backend/project/jobs.ts';
import { parseResultsCsv } from '../../src/backend/project/metrics.ts';
import {
  findProjectModel,
  PROJECT_MODELS,
  productionSku,
  trainingRefusal,
} from '../../src/backend/project/models.ts';
import {
  addRejected,
  dataFileName,
  deploymentName,
  jobMetadata,
  jobSuffix,
  LABELS,
  parseProjectEndpoint,
} from '../../src/backend/project/names.ts';
import { buildRegistry, repairPlan } from '../../src/backend/project/registry.ts';
import type { ModelDeployment, TrainingJob } from '../../src/backend/port.ts';
import { FIXTURES, fixture, type Loose } from '../emulator/project/testing.ts';

const base = {
  baseModel: 'gpt-4.1-2025-04-14',
  trainingFileId: 'file-abc',
  identityKey: '0123456789ab',
  attempt: 1,
  labels: { [LABELS.repository]: 'o/r' },
};

describe('project job bodies', () => {
  it('DPO nests beta under method.dpo.hyperparameters as OpenAI publishes it, with trainingType beside method as Azure does', () => {
    const published = fixture<Loose>('jobs-create/openai-openapi/dpo.request.json');
    const azure = fixture<Loose>('jobs-create/docs-foundry/create_dpo_v1_trainingType.request.json');
    const body = jobCreateBody({
      ...base,
      validationFileId: 'file-val',
      method: 'dpo',
      tier: 'global',
      hyperparameters: { beta: 0.1, epochs: 2 },
    }) as unknown as Loose;
    assert.equal(body.method.type, published.method.type);
    assert.deepEqual(Object.keys(body.method).sort(), Object.keys(published.method).sort());
    assert.deepEqual(Object.keys(body.method.dpo), Object.keys(published.method.dpo));
    assert.equal(body.method.dpo.hyperparameters.beta, published.method.dpo.hyperparameters.beta);
    assert.equal(body.method.dpo.hyperparameters.n_epochs, 2);
    assert.ok('trainingType' in azure && typeof azure.trainingType === 'string');
    assert.equal(body.trainingType, 'GlobalStandard', 'D-DPOJOB: Global training uses GlobalStandard');
    assert.equal(body.validation_file, 'file-val');
    for (const key of ['model', 'training_file', 'validation_file'])
      assert.ok(key in published && key in body);
  });

  it('SFT goes under method.supervised; suffix and metadata carry the identity and attempt', () => {
    const body = jobCreateBody({
      ...base,
      attempt: 3,
      method: 'sft',
      tier: 'developer',
      hyperparameters: { epochs: 3, seed: 105 },
    });
    assert.deepEqual(body.method, { type: 'supervised', supervised: { hyperparameters: { n_epochs: 3 } } });
    assert.equal(body.suffix, 'ff-0123456789ab-3');
    assert.equal(
      body.seed,
      fixture<{ seed: number }>('jobs-create/docs-foundry/create_v1_seed.request.json').seed,
    );
    assert.equal(body.trainingType, TRAINING_TYPE.developer);
    assert.deepEqual(body.metadata, {
      [LABELS.repository]: 'o/r',
      [LABELS.identity]: '0123456789ab',
      [LABELS.attempt]: '3',
    });
  });

  it('refuses hyperparameters outside the bounds OpenAI documents before anything is sent', () => {
    assert.throws(() => checkHyperparameters({ epochs: 51 }, 'sft'), /epochs = 51/);
    assert.throws(() => checkHyperparameters({ batchSize: 0 }, 'sft'), /batch-size/);
    assert.throws(() => checkHyperparameters({ beta: 2.5 }, 'dpo'), /beta = 2.5/);
    assert.throws(() => checkHyperparameters({ beta: 0.1 }, 'sft'), /DPO only/);
    assert.throws(() => checkHyperparameters({ learningRateMultiplier: 0 }, 'sft'), /greater than 0/);
    assert.doesNotThrow(() => checkHyperparameters({ epochs: 50, batchSize: 256, beta: 2, seed: 0 }, 'dpo'));
  });

  it('names, suffixes and metadata stay within the service limits', () => {
    assert.equal(jobSuffix('0123456789ab', 1), 'ff-0123456789ab');
    assert.ok(jobSuffix('0123456789ab', 99).length <= 40);
    assert.throws(
      () => jobMetadata(Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`k${i}`, 'v'])), 'k', 1),
      /16 metadata pairs/,
    );
    assert.throws(() => jobMetadata({ x: 'v'.repeat(513) }, 'k', 1), /512/);
    assert.equal(dataFileName('train', 'a'.repeat(64)), `ff-train-${'a'.repeat(24)}.jsonl`);
    assert.equal(deploymentName({ id: 'm', identityKey: '0123456789ab' }, 'candidate'), 'ff-0123456789ab-c');
    assert.match(deploymentName({ id: 'gpt-4.1-2025-04-14.ft-x' }, 'production'), /^ff-[0-9a-f]{12}-p$/);
  });

  it('keeps the rejected list within one 256-character tag value, newest first, without repeats', () => {
    let value: string | undefined;
    for (let i = 0; i < 30; i++) value = addRejected(value, i.toString(16).padStart(12, '0'));
    assert.ok(value!.length <= 256);
    assert.ok(value!.startsWith('00000000001d'));
    assert.equal(addRejected('aaaaaaaaaaaa bbbbbbbbbbbb', 'bbbbbbbbbbbb'), 'bbbbbbbbbbbb aaaaaaaaaaaa');
  });
});

describe('project job objects', () => {
  it('reads OpenAI and Azure job objects into neutral jobs', () => {
    const openai = toTrainingJob(
      fixture<JobObject>('jobs-get/openai-openapi/retrievefinetuningjob.response.json'),
    );
    assert.equal(openai.phase, 'succeeded');
    assert.equal(openai.resultModel, 'ft:davinci-002:my-org:custom_suffix:7q8mpxmy');
    assert.equal(openai.hyperparameters.n_epochs, '4');
    assert.equal(openai.finishedAt, 1692661190_000);
    const azure = toTrainingJob(
      fixture<{ responses: { 200: { body: JobObject } } }>(
        'jobs-get/aoai-authoring-2024-10-21/get_finetuning_job.json',
      ).responses[200].body,
    );
    assert.equal(azure.resultModel, 'curie.ft-72a2792ef7d24ba7b82c7fe4a37e379f');
    assert.equal(azure.phase, 'succeeded');
    const dpo = toTrainingJob(fixture<JobObject>('jobs-create/openai-openapi/dpo.response.json'));
    assert.equal(dpo.method, 'dpo');
    assert.equal(dpo.hyperparameters.beta, '0.1');
    assert.equal(dpo.error, undefined, 'an error object of nulls is no error');
    assert.equal(
      toTrainingJob(fixture<JobObject>('jobs-pause/openai-openapi/pausefinetuningjob.response.json')).phase,
      'active',
    );
  });

  it('treats every status but the three terminal ones as still active', () => {
    for (const s of [
      'validating_files',
      'queued',
      'running',
      'pending',
      'paused',
      'pausing',
      'resuming',
      'created',
      'whatever',
    ])
      assert.equal(phaseOf(s), 'active', s);
    assert.equal(phaseOf('succeeded'), 'succeeded');
    assert.equal(phaseOf('failed'), 'failed');
    assert.equal(phaseOf('cancelled'), 'canceled');
  });

  it('recognizes an attempt by metadata, or by its suffix when metadata is missing', () => {
    assert.ok(isAttemptOf({ id: 'a', metadata: { [LABELS.identity]: '0123456789ab' } }, '0123456789ab'));
    assert.ok(isAttemptOf({ id: 'a', user_provided_suffix: 'ff-0123456789ab-2' }, '0123456789ab'));
    assert.ok(!isAttemptOf({ id: 'a', user_provided_suffix: 'ff-0123456789abc' }, '0123456789ab'));
  });

  it('reads loss curves from results.csv with the columns D-REST lists', () => {
    const csv =
      'step,train_loss,train_mean_token_accuracy,valid_loss,validation_mean_token_accuracy,full_valid_loss,full_valid_mean_token_accuracy\n1,2.5,0.5,2.7,0.4,,\n2,1.5,0.6,,,,\n';
    const m = parseResultsCsv(csv)!;
    assert.deepEqual(m.training, [
      { step: 1, value: 2.5 },
      { step: 2, value: 1.5 },
    ]);
    assert.deepEqual(m.validation, [{ step: 1, value: 2.7 }]);
    assert.equal(parseResultsCsv('a,b\n1,2'), undefined);
  });

  it('backs off like the hub follower', () => {
    assert.equal(nextInterval(1000, 1000, false), 1500);
    assert.equal(nextInterval(9000, 1000, false), 10_000);
    assert.equal(nextInterval(9000, 1000, true), 1000);
  });
});

describe('project endpoints', () => {
  it('takes a project endpoint or a resource endpoint, and says what a good one looks like', () => {
    const p = parseProjectEndpoint('https://acct.services.ai.azure.com/api/projects/my-proj/');
    assert.equal(p.account, 'acct');
    assert.equal(p.project, 'my-proj');
    assert.equal(p.openaiBaseUrl, 'https://acct.services.ai.azure.com/api/projects/my-proj/openai/v1');
    const r = parseProjectEndpoint('https://acct2.openai.azure.com');
    assert.equal(r.account, 'acct2');
    assert.equal(r.openaiBaseUrl, 'https://acct2.openai.azure.com/openai/v1');
    assert.throws(() => parseProjectEndpoint('http://acct.openai.azure.com'), /https/);
    assert.throws(
      () => parseProjectEndpoint('https://acct.services.ai.azure.com/somewhere'),
      /api\/projects/,
    );
    assert.throws(() => parseProjectEndpoint('not a url'), /not a URL/);
  });
});

describe('project deployments', () => {
  it('builds the body Microsoft documents for a Developer-tier deployment of a fine-tuned model', () => {
    const doc = fixture<Loose>('deployments-put/docs-classic/deploy_developertier.request.json');
    const body = deploymentBody({
      modelName: 'gpt-4.1-mini-2025-04-14.ft-1',
      format: 'OpenAI',
      sku: 'DeveloperTier',
      capacity: 50,
      tags: {},
    });
    assert.deepEqual(Object.keys(body.sku), Object.keys(doc.sku));
    assert.deepEqual(Object.keys(body.properties.model).sort(), Object.keys(doc.properties.model).sort());
    assert.equal(body.sku.capacity, doc.sku.capacity);
    assert.equal(body.properties.model.version, doc.properties.model.version);
    assert.equal(body.sku.name.toLowerCase(), doc.sku.name);
  });

  it('reads the published GET answer; a Developer deployment expires 24 h after creation', () => {
    const example = fixture<{ responses: { 200: { body: ArmDeployment } } }>(
      'deployments-get/arm-2026-03-01/GetDeployment.json',
    ).responses[200].body;
    const d = toModelDeployment(example);
    assert.equal(d.state, 'ready');
    assert.equal(d.sku, 'Standard');
    assert.equal(d.modelId, 'ada');
    assert.equal(d.expiresAt, undefined);
    const dev = toModelDeployment({
      ...example,
      sku: { name: 'DeveloperTier', capacity: 50 },
      systemData: { createdAt: '2026-01-01T00:00:00Z' },
    });
    assert.equal(dev.expiresAt, Date.parse('2026-01-02T00:00:00Z'));
    assert.equal(
      toModelDeployment({ name: 'x', properties: { provisioningState: 'Accepted' } }).state,
      'creating',
    );
  });
});

describe('project registry, rebuilt from jobs and deployment tags', () => {
  const job = (id: string, key: string, at: number): TrainingJob => ({
    id,
    status: 'succeeded',
    phase: 'succeeded',
    attempt: 1,
    identityKey: key,
    labels: { [LABELS.repository]: 'o/r', [LABELS.identity]: key },
    baseModel: 'gpt-4.1-mini-2025-04-14',
    method: 'sft',
    hyperparameters: {},
    createdAt: at,
    finishedAt: at,
    resultModel: `m-${id}`,
  });
  const dep = (
    name: string,
    model: string,
    tags: Record<string, string>,
    sku = 'Standard',
  ): ModelDeployment => ({
    name,
    modelId: model,
    sku,
    state: 'ready',
    serviceState: 'Succeeded',
    labels: { [LABELS.model]: model, [LABELS.repository]: 'o/r', ...tags },
  });
  const jobs = [job('a', 'aaaaaaaaaaaa', 1), job('b', 'bbbbbbbbbbbb', 2), job('c', 'cccccccccccc', 3)];

  it('a model no tag speaks of is a candidate; production names the one it replaced, archived even once deleted', () => {
    const state = buildRegistry(jobs, [
      dep('ff-b-p', 'm-b', {
        [LABELS.stage]: 'production',
        [LABELS.stageAt]: '2026-01-02T00:00:00Z',
        [LABELS.previousProduction]: 'm-a',
        [LABELS.rejected]: 'cccccccccccc',
      }),
    ]);
    const stage = Object.fromEntries(state.models.map((m) => [m.id, m.stage]));
    assert.deepEqual(stage, { 'm-c': 'rejected', 'm-b': 'production', 'm-a': 'archived' });
    assert.equal(state.production?.id, 'm-b');
    assert.equal(state.incomplete, undefined);
  });

  it('two models marked production is a half-done promotion: reported, the newest counts, the plan archives the other', () => {
    const deployments = [
      dep('ff-a-p', 'm-a', {
        [LABELS.stage]: 'production',
        [LABELS.stageAt]: '2026-01-01T00:00:00Z',
        [LABELS.promotedAt]: '2026-01-01T00:00:00Z',
      }),
      dep('ff-b-p', 'm-b', {
        [LABELS.stage]: 'production',
        [LABELS.stageAt]: '2026-01-02T00:00:00Z',
        [LABELS.promotedAt]: '2026-01-02T00:00:00Z',
        [LABELS.previousProduction]: 'm-a',
      }),
    ];
    const state = buildRegistry(jobs, deployments);
    assert.equal(state.production?.id, 'm-b');
    assert.match(state.incomplete!.reason, /did not finish/);
    const plan = repairPlan(state, deployments, Date.parse('2026-01-03T00:00:00Z'));
    assert.deepEqual(
      plan.map((s) => [s.deployment, s.tags[LABELS.stage]]),
      [['ff-a-p', 'archived']],
    );
    const after = buildRegistry(jobs, [{ ...deployments[0]!, labels: plan[0]!.tags }, deployments[1]!]);
    assert.equal(after.incomplete, undefined);
    assert.equal(after.models.find((m) => m.id === 'm-a')?.stage, 'archived');
  });

  it('the stage written last wins when a model has several deployments', () => {
    const state = buildRegistry(jobs, [
      dep(
        'ff-c-c',
        'm-c',
        { [LABELS.stage]: 'candidate', [LABELS.stageAt]: '2026-01-01T00:00:00Z' },
        'DeveloperTier',
      ),
      dep('ff-c-x', 'm-c', {
        [LABELS.stage]: 'rejected',
        [LABELS.stageAt]: '2026-01-05T00:00:00Z',
        [`${LABELS.metricPrefix}f1`]: '0.42',
      }),
    ]);
    const c = state.models.find((m) => m.id === 'm-c')!;
    assert.equal(c.stage, 'rejected');
    assert.deepEqual(c.metrics, { f1: 0.42 });
  });
});

describe('project errors and models', () => {
  it('names the training role for the data plane and the deploying role for ARM', () => {
    const training = projectError(
      'submit fine-tuning job x',
      403,
      { error: { code: 'PermissionDenied', message: 'lacks the required data action' } },
      'training',
    );
    assert.match(training.message, /Foundry User/);
    const deploying = projectError(
      'deploy x',
      403,
      {
        error: {
          code: 'AuthorizationFailed',
          message:
            "does not have authorization to perform action 'Microsoft.CognitiveServices/accounts/deployments/write'",
        },
      },
      'deploying',
    );
    assert.match(deploying.message, /Foundry Owner/);
    assert.ok(ROLES.deploying.includes('deployments/write'));
    const audience = projectError(
      'list jobs',
      401,
      {
        error: {
          code: '401',
          message:
            'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.',
        },
      },
      'reading',
    );
    assert.match(audience.message, /https:\/\/ai\.azure\.com\/\.default/);
  });

  it('offers DPO only where Microsoft lists it, and each tier only where the model has it', () => {
    assert.match(
      trainingRefusal(findProjectModel('gpt-4o-mini')!, 'dpo', 'global')!,
      /does not fine-tune with DPO/,
    );
    assert.equal(trainingRefusal(findProjectModel('gpt-4.1')!, 'dpo', 'global', 'East US'), undefined);
    assert.match(trainingRefusal(findProjectModel('Qwen-32B')!, 'sft', 'developer')!, /no Developer/);
    assert.match(trainingRefusal(findProjectModel('Qwen-32B')!, 'sft', 'standard')!, /no Standard/);
    assert.match(
      trainingRefusal(findProjectModel('gpt-4.1-mini')!, 'sft', 'standard', 'westeurope')!,
      /northcentralus, swedencentral/,
    );
    assert.match(
      trainingRefusal(findProjectModel('o4-mini')!, 'rft', 'global')!,
      /not supported by this action/,
    );
    assert.equal(productionSku(findProjectModel('gpt-4.1-mini')!, 'northcentralus'), 'Standard');
    assert.equal(productionSku(findProjectModel('gpt-4.1-mini')!, 'eastus'), 'GlobalStandard');
    assert.equal(findProjectModel('gpt-4.1-mini-2025-04-14')?.id, 'gpt-4.1-mini');
  });

  it('counts OpenAI models exactly with o200k and says where counts are only estimates', () => {
    for (const m of PROJECT_MODELS) {
      assert.equal(m.tokenizer.kind, 'o200k');
      assert.equal(m.tokenizer.exact, m.family === 'openai', m.id);
      if (!m.tokenizer.exact) assert.ok(m.tokenizer.note, m.id);
      if (m.family === 'oss') assert.equal(m.candidateSku, 'GlobalStandard', `${m.id}: no Developer tier`);
    }
    assert.ok(readFileSync(`${FIXTURES}SOURCES.txt`, 'utf8').includes('azure-rest-api-specs'));
  });
});
