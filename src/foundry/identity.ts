/**
 * Who a fine-tuning job is. The same repository, base model, data, hyperparameters and compute always give
 * the same job name, so a re-run finds the job its predecessor submitted instead of paying for a second one.
 * Pure.
 */
import { createHash } from 'node:crypto';
import type { Config } from '../config/types.ts';
import { defaultEpochs } from '../dataset/estimate.ts';

// Epochs when none are given come from the dataset core, so validate's estimate and the job agree.
export { defaultEpochs };

export const TAG_PREFIX = 'foundry-finetune';

export const TAGS = {
  repository: `${TAG_PREFIX}.repository`,
  commit: `${TAG_PREFIX}.commit`,
  dataset: `${TAG_PREFIX}.dataset`,
  hyperparameters: `${TAG_PREFIX}.hyperparameters`,
  runUrl: `${TAG_PREFIX}.run-url`,
  model: `${TAG_PREFIX}.model`,
  identity: `${TAG_PREFIX}.identity`,
  attempt: `${TAG_PREFIX}.attempt`,
  /** On registered models: `candidate`, then `production` once promoted. */
  stage: 'stage',
  /** On registered models: the job that trained it. */
  job: 'job',
} as const;

/**
 * Input names -> the hyperparameter names the FineTuning REST API takes. Azure's CLI sample and serverless
 * article use these; the portal shows `n_epochs`/`batch_size`/`learning_rate_multiplier`. Which the service
 * takes is unconfirmed, so the mapping lives here, once.
 */
export const HYPERPARAMETER_NAMES = {
  epochs: 'num_train_epochs',
  batchSize: 'per_device_train_batch_size',
  learningRate: 'learning_rate',
} as const;

/** Numbers as the service expects them in a string map: plain decimals, no exponent for common values. */
export function numberString(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const plain = n.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
  return Number(plain) === n ? plain : String(n);
}

/** The job's hyperparameters (a map of string to string); extra hyperparameters win on a name clash. */
export function hyperparameters(
  training: Config['training'],
  trainingExamples: number,
): Record<string, string> {
  const out: Record<string, string> = {
    [HYPERPARAMETER_NAMES.epochs]: numberString(training.epochs ?? defaultEpochs(trainingExamples)),
  };
  if (training.batchSize !== undefined)
    out[HYPERPARAMETER_NAMES.batchSize] = numberString(training.batchSize);
  if (training.learningRate !== undefined) {
    out[HYPERPARAMETER_NAMES.learningRate] = numberString(training.learningRate);
  }
  for (const [k, v] of Object.entries(training.hyperparameters)) out[k] = String(v);
  return sortKeys(out);
}

export interface JobIdentityInput {
  repository: string;
  modelId: string;
  modelVersion: string;
  datasetHash: string;
  hyperparameters: Record<string, string>;
  /** Compute cluster for managed compute; undefined for serverless. */
  compute?: string;
  instanceType?: string;
  /** The registered model's name: two configurations that register different names are different jobs. */
  outputModelName: string;
}

export interface JobIdentity {
  /** 12 hex digits: the first attempt's job name is `ff-<key>`. */
  key: string;
  hyperparametersHash: string;
  input: JobIdentityInput;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function jobIdentity(input: JobIdentityInput): JobIdentity {
  const canonical = JSON.stringify({
    v: 1,
    repository: input.repository.toLowerCase(),
    model: input.modelId,
    modelVersion: input.modelVersion,
    dataset: input.datasetHash,
    hyperparameters: sortKeys(input.hyperparameters),
    compute: input.compute ?? 'serverless',
    instanceType: input.instanceType ?? '',
    output: input.outputModelName,
  });
  return {
    key: sha256(canonical).slice(0, 12),
    hyperparametersHash: sha256(JSON.stringify(sortKeys(input.hyperparameters))).slice(0, 12),
    input,
  };
}

/** Attempt 1 is `ff-<key>`; a new attempt after a Failed or Canceled one is `ff-<key>-2`, `-3`… */
export function jobName(identityKey: string, attempt: number): string {
  return attempt <= 1 ? `ff-${identityKey}` : `ff-${identityKey}-${attempt}`;
}

export function attemptOf(name: string): number {
  const m = /^ff-[0-9a-f]{12}-(\d+)$/.exec(name);
  return m ? Number(m[1]) : 1;
}

export interface RunFactsForTags {
  commit: string;
  runUrl?: string;
}

/** Tags on the job, and (with `stage` and `job`) on the model it registers. */
export function identityTags(
  identity: JobIdentity,
  run: RunFactsForTags,
  attempt = 1,
): Record<string, string> {
  const tags: Record<string, string> = {
    [TAGS.repository]: identity.input.repository,
    [TAGS.commit]: run.commit,
    [TAGS.dataset]: identity.input.datasetHash,
    [TAGS.hyperparameters]: identity.hyperparametersHash,
    [TAGS.model]: `${identity.input.modelId}:${identity.input.modelVersion}`,
    [TAGS.identity]: identity.key,
    [TAGS.attempt]: String(attempt),
  };
  if (run.runUrl) tags[TAGS.runUrl] = run.runUrl;
  return tags;
}

/** Tags whose values may differ between runs of the same job (who submitted it, not what it is). */
export const RUN_SPECIFIC_TAGS: readonly string[] = [TAGS.commit, TAGS.runUrl];

export function sortKeys(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Data asset name for content: the same bytes always map to the same asset, version "1". */
export function dataAssetName(prefix: 'train' | 'validation', contentSha256: string): string {
  return `ff-${prefix}-${contentSha256.slice(0, 24)}`;
}
