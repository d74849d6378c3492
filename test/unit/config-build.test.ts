import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildConfig, type ConfigSources } from '../../src/config/build.ts';
import { ConfigError } from '../../src/config/parse.ts';
import { JOBS_API_VERSION } from '../../src/foundry/arm.ts';

function sources(
  inputs: Record<string, string> = {},
  files: Record<string, string> = {},
  extra: Partial<ConfigSources> = {},
): ConfigSources {
  return {
    getInput: (name) => inputs[name] ?? '',
    readFile: (p) => files[p],
    root: '/repo',
    repository: 'octo-org/support-bot',
    ...extra,
  };
}

describe('buildConfig', () => {
  it('gives every setting its default when nothing is set', () => {
    const c = buildConfig(sources());
    assert.equal(c.command, 'auto');
    assert.equal(c.model.id, 'Phi-4-mini-instruct');
    assert.equal(c.modelVersion, '1');
    assert.equal(c.data.splitRatio, 0.1);
    assert.equal(c.validation.failOn, 'error');
    assert.equal(c.validation.maxAnnotations, 10);
    assert.deepEqual(c.training.wait, { kind: 'until-done' });
    assert.equal(c.training.modelName, 'support-bot-Phi-4-mini-instruct-ft');
    assert.equal(c.azure.armEndpoint, 'https://management.azure.com');
    assert.equal(c.evaluation.requestsPerMinute, 600);
    assert.equal(c.gate.failOnGate, true);
    assert.deepEqual(c.gate.expressions, []);
    assert.equal(c.github.comment, true);
    assert.equal(c.configFile, undefined);
  });

  it('reads the config file and lets inputs override it', () => {
    const file = [
      'model: Phi-4',
      'data:',
      '  training: data/train.jsonl',
      '  split-ratio: 0.2',
      'training:',
      '  epochs: 3',
      'gates:',
      '  - f1 >= 0.6',
      '  - rougeL >= 0.4',
      '',
    ].join('\n');
    const c = buildConfig(sources({ epochs: '5' }, { '.github/finetune.yml': file }));
    assert.equal(c.configFile, '.github/finetune.yml');
    assert.equal(c.model.id, 'Phi-4');
    assert.equal(c.data.training, 'data/train.jsonl');
    assert.equal(c.data.splitRatio, 0.2);
    assert.equal(c.training.epochs, 5);
    assert.deepEqual(c.gate.expressions, ['f1 >= 0.6', 'rougeL >= 0.4']);
  });

  it('names the input and the allowed values for a bad value', () => {
    assert.throws(
      () => buildConfig(sources({ 'fail-on': 'sometimes' })),
      (e: Error) => {
        assert.ok(e instanceof ConfigError);
        assert.match(
          e.message,
          /input 'fail-on' must be one of `error`, `warning`, `never`; got 'sometimes'/,
        );
        return true;
      },
    );
    assert.throws(
      () => buildConfig(sources({ 'split-ratio': '0.9' })),
      /input 'split-ratio' must be a number between 0 and 0.5; got '0.9'/,
    );
    assert.throws(
      () => buildConfig(sources({ epochs: '2.5' })),
      /input 'epochs' must be a whole number between 1 and 50/,
    );
    assert.throws(
      () => buildConfig(sources({ wait: 'soon' })),
      /input 'wait' must be `true`, `false`, or a number of minutes/,
    );
  });

  it('names the config key with file and line for a bad value, and suggests a fix for a typo', () => {
    const file = 'model: Phi-4\ntraining:\n  epochs: lots\n';
    assert.throws(
      () => buildConfig(sources({}, { '.github/finetune.yml': file })),
      /'training.epochs' in .github\/finetune.yml:3 must be a whole number/,
    );
    assert.throws(
      () => buildConfig(sources({}, { '.github/finetune.yml': 'traning:\n  epochs: 2\n' })),
      /\.github\/finetune.yml:1: unknown setting 'traning'/,
    );
    assert.throws(
      () => buildConfig(sources({}, { '.github/finetune.yml': 'data:\n  trainig: x.jsonl\n' })),
      /finetune.yml:2: unknown setting 'data.trainig'. Did you mean 'data.training'\?/,
    );
    assert.throws(
      () => buildConfig(sources({}, { '.github/finetune.yml': 'a: [1,\n' })),
      /finetune.yml:\d+: not valid YAML/,
    );
  });

  it('refuses an unknown model and lists the catalog', () => {
    assert.throws(
      () => buildConfig(sources({ model: 'gpt-5' })),
      /input 'model' must be one of Phi-4-mini-instruct, Phi-4, .*; got 'gpt-5'/,
    );
    assert.equal(buildConfig(sources({ model: 'phi-3.5-mini-instruct' })).model.id, 'Phi-3.5-mini-instruct');
  });

  it('requires a chosen config file to exist, but not the default one', () => {
    assert.throws(
      () => buildConfig(sources({ 'config-file': 'ml/finetune.yml' })),
      /input 'config-file': ml\/finetune.yml does not exist/,
    );
    assert.doesNotThrow(() => buildConfig(sources({ 'config-file': '.github/finetune.yml' })));
  });

  it('caps waiting on GitHub-hosted runners only', () => {
    assert.deepEqual(buildConfig(sources({}, {}, { runnerEnvironment: 'github-hosted' })).training.wait, {
      kind: 'until-done',
      capMinutes: 330,
    });
    assert.deepEqual(buildConfig(sources({ wait: '45' })).training.wait, { kind: 'minutes', minutes: 45 });
    assert.deepEqual(buildConfig(sources({ wait: 'false' })).training.wait, { kind: 'no-wait' });
  });

  it('parses multi-line list and map inputs', () => {
    const c = buildConfig(
      sources({
        gates: 'f1 >= 0.5\n\n# comment\nlatency_p95_ms <= 1500\n',
        hyperparameters: 'lora_r=16\nwarmup_ratio = 0.1',
      }),
    );
    assert.deepEqual(c.gate.expressions, ['f1 >= 0.5', 'latency_p95_ms <= 1500']);
    assert.deepEqual(c.training.hyperparameters, { lora_r: '16', warmup_ratio: '0.1' });
    assert.throws(
      () => buildConfig(sources({ hyperparameters: 'oops' })),
      /input 'hyperparameters' must be lines of 'name=value'/,
    );
  });

  it('refuses settings that contradict each other', () => {
    assert.throws(
      () => buildConfig(sources({ baseline: 'endpoint' })),
      /'baseline' is `endpoint` but no 'baseline-endpoint-url'/,
    );
    assert.throws(
      () => buildConfig(sources({ 'arm-endpoint': 'management' })),
      /input 'arm-endpoint' must be a URL/,
    );
  });

  it('takes an instance type without a compute (serverless compute of that size)', () => {
    const c = buildConfig(sources({ 'instance-type': 'Standard_NC24ads_A100_v4' }));
    assert.equal(c.training.instanceType, 'Standard_NC24ads_A100_v4');
    assert.equal(c.training.compute, undefined);
  });

  it('refuses a model name the registry would refuse, naming model-name and what to use', () => {
    for (const [name, why] of [
      ['support.bot', /dots are not allowed/],
      ['-bot', /must start with a letter or digit/],
      ['bot model', /only letters, digits, - and _ are allowed/],
      ['m'.repeat(256), /longer than 255 characters/],
    ] as const) {
      assert.throws(
        () => buildConfig(sources({ 'model-name': name })),
        (e: Error) =>
          /input 'model-name' \(model-name\)/.test(e.message) &&
          why.test(e.message) &&
          /for example '/.test(e.message),
        name,
      );
    }
    assert.equal(buildConfig(sources({ 'model-name': 'support_bot-2' })).training.modelName, 'support_bot-2');
  });

  it('derives a valid model name from a model id with a dot', () => {
    const c = buildConfig(sources({ model: 'Phi-3.5-mini-instruct' }));
    assert.match(c.training.modelName, /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/);
  });

  it('sends jobs at the preview api-version by default, overridable, and refuses a malformed one', () => {
    assert.equal(buildConfig(sources({})).azure.jobsApiVersion, JOBS_API_VERSION);
    assert.equal(
      buildConfig(sources({ 'jobs-api-version': '2024-01-01-preview' })).azure.jobsApiVersion,
      '2024-01-01-preview',
    );
    assert.throws(
      () => buildConfig(sources({ 'jobs-api-version': 'latest' })),
      /'jobs-api-version'.*must be an ARM api-version/,
    );
  });
});
