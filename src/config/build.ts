import { assertGatesMeasurable, parseGates } from '../gate/parse.ts';
import { DEFAULT_MODEL_ID, findModel, modelIds, type ModelInfo } from '../models/catalog.ts';
import { parseConfigFile, type ConfigFileValues } from './file.ts';
import { ConfigError, parseSetting, type Parsed, type RawValue } from './parse.ts';
import { realPathOnDisk, resolveWorkspacePath, type RealPath } from './paths.ts';
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
  /** Resolves symlinks (tests give their own); default: the file system's. */
  realPath?: RealPath;
  /**
   * Set on pull request events: the head's config file must not choose where credentials go, so those
   * keys come from the inputs or from the config file at the base commit (`text` undefined: none there,
   * or it could not be read).
   */
  pullRequestBase?: { ref?: string; text: string | undefined };
}

/**
 * Keys that say where credentials are sent: the Azure token and ARM calls, the Content Safety key or
 * token, and the endpoint keys of the evaluation. On a pull request the head's config file is the pull
 * request author's, so these come from the inputs or the base commit's config file.
 */
export const CREDENTIAL_DESTINATION_KEYS: ReadonlySet<string> = new Set([
  'azure.arm-endpoint',
  'azure.authority-host',
  'content-safety.endpoint',
  'evaluation.endpoint-url',
  'evaluation.baseline-endpoint-url',
  'evaluation.judge-endpoint-url',
]);

/** GitHub-hosted jobs end after 6 hours; leave room for deploy, evaluation and reporting. */
export const HOSTED_RUNNER_WAIT_CAP_MINUTES = 330;

const CONFIG_KEYS = new Set(SETTINGS.flatMap((s) => (s.key ? [s.key] : [])));

/**
 * Merges inputs (first), the config file, then defaults into one validated Config. Every error names the
 * input or config key (with file and line) and what is allowed.
 */
export function buildConfig(sources: ConfigSources): Config {
  const realPath = sources.realPath ?? realPathOnDisk;
  const defaultConfigPath = settingByInput('config-file').default!;
  const configInput = sources.getInput('config-file').trim();
  // Checked before it is read: a path out of the workspace or into .git/ is never opened.
  const configPath = resolveWorkspacePath(
    sources.root,
    configInput || defaultConfigPath,
    configInput ? "input 'config-file'" : "default of 'config-file'",
    realPath,
  );
  const configText = sources.readFile(configPath);
  // The runner passes action.yml's default as if it were set; only a path the user chose must exist.
  if (configText === undefined && configPath !== defaultConfigPath) {
    throw new ConfigError(`input 'config-file': ${configPath} does not exist in the repository.`);
  }
  const fileValues: ConfigFileValues =
    configText === undefined ? new Map() : parseConfigFile(configText, configPath, CONFIG_KEYS);
  const trusted = trustedFileValues(fileValues, configPath, sources.pullRequestBase);

  const values = new Map<string, Parsed>();
  const notices: string[] = [...trusted.notices];
  for (const setting of SETTINGS) {
    const input = sources.getInput(setting.input);
    const file = setting.key && CREDENTIAL_DESTINATION_KEYS.has(setting.key) ? trusted.values : fileValues;
    let raw: RawValue | undefined;
    if (input.trim() !== '') raw = { value: input, where: `input '${setting.input}'` };
    else if (setting.key && file.has(setting.key)) raw = file.get(setting.key);
    else if (setting.default !== undefined && !setting.default.startsWith('${{')) {
      raw = { value: setting.default, where: `default of '${setting.input}'` };
    }
    if (!raw) continue;
    let parsed = parseSetting(setting.kind, raw);
    if (setting.kind.type === 'path' && typeof parsed === 'string' && parsed !== '') {
      parsed = resolveWorkspacePath(sources.root, parsed, raw.where, realPath);
    }
    values.set(setting.input, parsed);
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
    notices,
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
      goldenLeakageShare: num('golden-leakage-share')!,
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
      method: values.get('training-method') as Config['training']['method'],
    },
    azure: {
      ...workspaceOf(str('workspace'), str('subscription-id'), str('resource-group')),
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
      maxUnansweredShare: num('max-unanswered-share')!,
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
      idleEndpoints: values.get('idle-endpoints') as Config['cleanup']['idleEndpoints'],
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

/**
 * The config file values the credential-destination keys may come from: the file itself, except on a
 * pull request, where they come from the base commit's file. A head value that is ignored is named.
 */
function trustedFileValues(
  head: ConfigFileValues,
  configPath: string,
  base: ConfigSources['pullRequestBase'],
): { values: ConfigFileValues; notices: string[] } {
  if (!base) return { values: head, notices: [] };
  const short = base.ref?.slice(0, 7);
  const baseName = short ? `the base commit ${short}` : 'the base commit (the event names none)';
  let baseValues: ConfigFileValues = new Map();
  const notices: string[] = [];
  if (base.text !== undefined) {
    try {
      baseValues = parseConfigFile(base.text, `${configPath}@${short ?? 'base'}`, CONFIG_KEYS);
    } catch (e) {
      notices.push(
        `The config file at ${baseName} could not be read (${(e as Error).message}); where credentials are sent falls back to the inputs and defaults.`,
      );
    }
  }
  for (const key of CREDENTIAL_DESTINATION_KEYS) {
    const mine = head.get(key);
    if (!mine) continue;
    const theirs = baseValues.get(key);
    if (theirs && JSON.stringify(theirs.value) === JSON.stringify(mine.value)) continue;
    notices.push(
      `${mine.where} is ignored on a pull request: where credentials are sent comes from the inputs or from the config file at ${baseName}${theirs ? ` (${theirs.where.replace(/^'[^']*' in /, '')})` : ', which does not set it'}.`,
    );
  }
  return { values: baseValues, notices };
}

const WORKSPACE_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/?$/i;

/**
 * `workspace` is a name, or the workspace's whole resource id (`az ml workspace show --query id`), which
 * also says the subscription and resource group: one setting instead of three.
 */
function workspaceOf(
  workspace: string | undefined,
  subscriptionId: string | undefined,
  resourceGroup: string | undefined,
): { subscriptionId?: string; resourceGroup?: string; workspace?: string } {
  const m = workspace ? WORKSPACE_ID.exec(workspace) : null;
  if (!m) return { subscriptionId, resourceGroup, workspace };
  const [, sub, group, name] = m as unknown as [string, string, string, string];
  for (const [input, given, fromId] of [
    ['subscription-id', subscriptionId, sub],
    ['resource-group', resourceGroup, group],
  ] as const) {
    if (given && given.toLowerCase() !== fromId.toLowerCase()) {
      throw new ConfigError(
        `input '${input}' is '${given}' but the workspace resource id says '${fromId}': set one of them only.`,
      );
    }
  }
  return { subscriptionId: sub, resourceGroup: group, workspace: name };
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
