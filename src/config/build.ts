import { assertGatesMeasurable, parseGates } from '../gate/parse.ts';
import { DEFAULT_MODEL_ID, findModel, modelIds, type ModelInfo } from '../models/catalog.ts';
import { parseConfigFile, type ConfigFileValues } from './file.ts';
import { ConfigError, parseSetting, type Parsed, type RawValue } from './parse.ts';
import { SETTINGS, settingByInput } from './settings.ts';
import type { CommandInput, Config, WaitPolicy } from './types.ts';

export interface ConfigSources {
  /** The raw input as the runner gives it ('' when unset). */
  getInput(name: string): string;
  /** Reads a repository file; undefined when it does not exist. */
  readFile(relativePath: string): string | undefined;
  root: string;
  /** `owner/name`, for default names. */
  repository?: string;
  /** `github-hosted` or `self-hosted` (RUNNER_ENVIRONMENT). */
  runnerEnvironment?: string;
}

/** GitHub-hosted jobs end after 6 hours; leave room for deploy, evaluation and reporting. */
export const HOSTED_RUNNER_WAIT_CAP_MINUTES = 330;

const CONFIG_KEYS = new Set(SETTINGS.flatMap((s) => (s.key ? [s.key] : [])));

/**
 * Merges inputs (first), the config file, then defaults into one validated Config. Every error names the
 * input or config key (with file and line) and what is allowed.
 */
export function buildConfig(sources: ConfigSources): Config {
  const defaultConfigPath = settingByInput('config-file').default!;
  const configInput = sources.getInput('config-file').trim();
  const configPath = configInput || defaultConfigPath;
  const configText = sources.readFile(configPath);
  // The runner passes action.yml's default as if it were set; only a path the user chose must exist.
  if (configText === undefined && configPath !== defaultConfigPath) {
    throw new ConfigError(`input 'config-file': ${configPath} does not exist in the repository.`);
  }
  const fileValues: ConfigFileValues =
    configText === undefined ? new Map() : parseConfigFile(configText, configPath, CONFIG_KEYS);

  const values = new Map<string, Parsed>();
  for (const setting of SETTINGS) {
    const input = sources.getInput(setting.input);
    let raw: RawValue | undefined;
    if (input.trim() !== '') raw = { value: input, where: `input '${setting.input}'` };
    else if (setting.key && fileValues.has(setting.key)) raw = fileValues.get(setting.key);
    else if (setting.default !== undefined && !setting.default.startsWith('${{')) {
      raw = { value: setting.default, where: `default of '${setting.input}'` };
    }
    if (raw) values.set(setting.input, parseSetting(setting.kind, raw));
  }

  const str = (name: string): string | undefined => {
    const v = values.get(name);
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const num = (name: string): number | undefined => values.get(name) as number | undefined;
  const bool = (name: string): boolean => values.get(name) === true;

  const model = resolveModel(str('model') ?? DEFAULT_MODEL_ID, fileValues);
  const repoName = sources.repository?.split('/')[1];
  const modelName = str('model-name') ?? assetName(`${repoName ? `${repoName}-` : ''}${model.id}-ft`);
  const wait = values.get('wait') as WaitPolicy;
  const waitPolicy: WaitPolicy =
    wait.kind === 'until-done' && sources.runnerEnvironment === 'github-hosted'
      ? { kind: 'until-done', capMinutes: HOSTED_RUNNER_WAIT_CAP_MINUTES }
      : wait;

  const config: Config = {
    command: values.get('command') as CommandInput,
    root: sources.root,
    configFile: configText === undefined ? undefined : configPath,
    model,
    modelVersion: str('model-version') ?? model.defaultVersion,
    data: {
      training: str('training-file'),
      validation: str('validation-file'),
      golden: str('golden-file'),
      splitRatio: num('split-ratio')!,
      splitSeed: str('split-seed')!,
      baseRef: str('base-ref'),
    },
    validation: {
      failOn: values.get('fail-on') as Config['validation']['failOn'],
      maxAnnotations: num('max-annotations')!,
    },
    training: {
      epochs: num('epochs'),
      learningRate: num('learning-rate'),
      batchSize: num('batch-size'),
      hyperparameters: (values.get('hyperparameters') as Record<string, string> | undefined) ?? {},
      pricePer1kTokens: num('price-per-1k-training-tokens'),
      compute: str('compute'),
      instanceType: str('instance-type'),
      modelName,
      wait: waitPolicy,
      pollIntervalSeconds: num('poll-interval')!,
      cancelOnAbort: bool('cancel-on-abort'),
      preflightOnly: bool('preflight-only'),
      force: bool('force'),
    },
    azure: {
      subscriptionId: str('subscription-id'),
      resourceGroup: str('resource-group'),
      workspace: str('workspace'),
      tenantId: str('tenant-id'),
      clientId: str('client-id'),
      armEndpoint: trimSlash(str('arm-endpoint')!),
      authorityHost: trimSlash(str('authority-host')!),
      jobsApiVersion: str('jobs-api-version'),
    },
    deploy: {
      endpointName: str('endpoint-name'),
      contentSafety: values.get('content-safety') as Config['deploy']['contentSafety'],
    },
    evaluation: {
      endpointUrl: str('endpoint-url'),
      endpointKey: str('endpoint-key'),
      baseline: values.get('baseline') as Config['evaluation']['baseline'],
      baselineEndpointUrl: str('baseline-endpoint-url'),
      baselineEndpointKey: str('baseline-endpoint-key'),
      requestsPerMinute: num('requests-per-minute')!,
      tokensPerMinute: num('tokens-per-minute')!,
      concurrency: num('concurrency')!,
      requestTimeoutSeconds: num('request-timeout')!,
      maxRetries: num('max-retries')!,
      maxTokens: num('max-tokens')!,
      pricePer1kInputTokens: num('price-per-1k-input-tokens'),
      pricePer1kOutputTokens: num('price-per-1k-output-tokens'),
      judgeEndpointUrl: str('judge-endpoint-url'),
      judgeEndpointKey: str('judge-endpoint-key'),
      bootstrapSamples: num('bootstrap-samples')!,
      seed: num('seed')!,
    },
    gate: {
      expressions: (values.get('gates') as string[] | undefined) ?? [],
      failOnGate: bool('fail-on-gate'),
      promote: bool('promote'),
    },
    cleanup: {
      keep: num('keep')!,
      maxAgeDays: num('max-age'),
      dryRun: bool('dry-run'),
      endpointHourlyCost: num('endpoint-hourly-cost'),
    },
    contentSafety: {
      endpoint: str('content-safety-endpoint'),
      key: str('content-safety-key'),
      threshold: num('content-safety-threshold')!,
      cache: str('content-safety-cache')!,
      concurrency: num('content-safety-concurrency')!,
    },
    github: {
      token: str('github-token'),
      comment: bool('comment'),
      commentTag: str('comment-tag')!,
    },
  };
  checkCombinations(config);
  checkModelName(
    config.training.modelName,
    sources.getInput('model-name').trim() !== ''
      ? "input 'model-name'"
      : (fileValues.get('training.model-name')?.where ?? "input 'model-name'"),
  );
  checkGates(
    config,
    sources.getInput('gates').trim() !== '' ? "input 'gates'" : fileValues.get('gates')?.where,
  );
  return config;
}

/** Gates are parsed here so a typo or an unmeasurable metric stops the run before any request. */
function checkGates(config: Config, where = "input 'gates'"): void {
  const gates = parseGates(config.gate.expressions, where);
  assertGatesMeasurable(
    gates,
    {
      judge: config.evaluation.judgeEndpointUrl !== undefined,
      prices:
        config.evaluation.pricePer1kInputTokens !== undefined ||
        config.evaluation.pricePer1kOutputTokens !== undefined,
      contentSafety: config.contentSafety.endpoint !== undefined,
    },
    where,
  );
}

/** Inputs that are each fine alone but wrong together. */
function checkCombinations(config: Config): void {
  if (config.evaluation.baseline === 'endpoint' && !config.evaluation.baselineEndpointUrl) {
    throw new ConfigError(
      "input 'baseline' is `endpoint` but no 'baseline-endpoint-url' is set: set it, or use `auto`.",
    );
  }
  if (config.evaluation.endpointKey && !config.evaluation.endpointUrl) {
    throw new ConfigError(
      "input 'endpoint-key' is set without 'endpoint-url': set the URL of the endpoint it belongs to.",
    );
  }
  const jobsApi = config.azure.jobsApiVersion;
  if (jobsApi !== undefined && !/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(jobsApi)) {
    throw new ConfigError(
      `input 'jobs-api-version' (config file: azure.jobs-api-version) must be an ARM api-version such as 2025-10-01-preview; got '${jobsApi}'.`,
    );
  }
  if (config.contentSafety.key && !config.contentSafety.endpoint) {
    throw new ConfigError(
      "input 'content-safety-key' is set without 'content-safety-endpoint': set the endpoint of the Content Safety resource it belongs to.",
    );
  }
  const safety = config.contentSafety.endpoint;
  if (safety !== undefined && !/^https?:\/\/[^/\s]+/.test(safety)) {
    throw new ConfigError(
      `input 'content-safety-endpoint' must be a URL such as https://<resource>.cognitiveservices.azure.com; got '${safety}'.`,
    );
  }
  for (const url of ['arm-endpoint', 'authority-host'] as const) {
    const value = url === 'arm-endpoint' ? config.azure.armEndpoint : config.azure.authorityHost;
    if (!/^https?:\/\/[^/\s]+/.test(value))
      throw new ConfigError(`input '${url}' must be a URL; got '${value}'.`);
  }
}

function resolveModel(id: string, fileValues: ConfigFileValues): ModelInfo {
  const model = findModel(id);
  if (model) return model;
  const where = fileValues.get('model')?.where ?? "input 'model'";
  throw new ConfigError(`${where} must be one of ${modelIds().join(', ')}; got '${id}'.`);
}

/**
 * Model and data asset names (ModelVersions_CreateOrUpdate's `name` parameter in the 2025-12-01 spec):
 * a letter or digit, then up to 254 letters, digits, '-' or '_'. No dots.
 */
export const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;

/** A model name the registry refuses would fail the job after training: say so before anything starts. */
function checkModelName(name: string, where: string): void {
  if (ASSET_NAME.test(name)) return;
  const why = /\./.test(name)
    ? 'dots are not allowed'
    : name.length > 255
      ? 'it is longer than 255 characters'
      : /^[^a-zA-Z0-9]/.test(name)
        ? 'it must start with a letter or digit'
        : 'only letters, digits, - and _ are allowed';
  throw new ConfigError(
    `${where} (model-name) '${name}' is not a valid Azure ML model name: ${why}. Use letters, digits, '-' and '_' (for example '${assetName(name)}').`,
  );
}

/** Workspace asset names: letters, digits, '-' and '_', starting with a letter or digit. */
export function assetName(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .replace(/-+/g, '-')
      .slice(0, 200) || 'finetune'
  );
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
