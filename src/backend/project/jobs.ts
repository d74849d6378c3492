/**
 * Fine-tuning jobs on the `/openai/v1` data plane, the pure half: the create body (method, hyperparameters,
 * training tier as Azure's extra `trainingType` field) and the reading of a job object into the port's
 * neutral TrainingJob.
 */
import type { Hyperparameters, JobPhase, TrainingJob, TrainingMethod, TrainingTier } from '../port.ts';
import { jobMetadata, jobSuffix, LABELS } from './names.ts';

/**
 * `trainingType` values. Not in the v1 spec or OpenAI's; passed as an extra body field. Values seen:
 * `GlobalStandard` in a v1 body (D-DPOJOB 2026-10-07), `developerTier` (D-REST), `standard` (SKILLS
 * submit_training.py). Case handling is not documented: one table, here.
 */
export const TRAINING_TYPE: Record<TrainingTier, string> = {
  standard: 'standard',
  global: 'GlobalStandard',
  developer: 'developerTier',
};

/** The `method.type` of each training method (OAI, V1SPEC). */
export const METHOD_TYPE: Record<TrainingMethod, 'supervised' | 'dpo'> = { sft: 'supervised', dpo: 'dpo' };

export interface JobBodyInput {
  baseModel: string;
  trainingFileId: string;
  validationFileId?: string;
  method: TrainingMethod;
  tier: TrainingTier;
  hyperparameters: Hyperparameters;
  identityKey: string;
  attempt: number;
  labels: Record<string, string>;
}

export interface JobCreateBody {
  model: string;
  training_file: string;
  validation_file?: string;
  suffix: string;
  seed?: number;
  metadata: Record<string, string>;
  method: {
    type: 'supervised' | 'dpo';
    supervised?: { hyperparameters: Record<string, number | string> };
    dpo?: { hyperparameters: Record<string, number | string> };
  };
  trainingType: string;
}

/** Bounds from OpenAI's spec (OAI): enforced here so a bad value fails before anything is sent. */
export function checkHyperparameters(hp: Hyperparameters, method: TrainingMethod): void {
  const range = (name: string, value: number | undefined, ok: (n: number) => boolean, text: string): void => {
    if (value !== undefined && (!Number.isFinite(value) || !ok(value)))
      throw new Error(`Hyperparameter ${name} = ${value}: it must be ${text}.`);
  };
  range('epochs', hp.epochs, (n) => Number.isInteger(n) && n >= 1 && n <= 50, 'an integer from 1 to 50');
  range(
    'batch-size',
    hp.batchSize,
    (n) => Number.isInteger(n) && n >= 1 && n <= 256,
    'an integer from 1 to 256',
  );
  range('learning-rate-multiplier', hp.learningRateMultiplier, (n) => n > 0, 'greater than 0');
  range(
    'seed',
    hp.seed,
    (n) => Number.isInteger(n) && n >= 0 && n <= 2_147_483_647,
    'an integer from 0 to 2147483647',
  );
  if (hp.beta !== undefined && method !== 'dpo') throw new Error('Hyperparameter beta applies to DPO only.');
  range('beta', hp.beta, (n) => n > 0 && n <= 2, 'greater than 0 and at most 2');
}

export function jobCreateBody(input: JobBodyInput): JobCreateBody {
  checkHyperparameters(input.hyperparameters, input.method);
  const hp = input.hyperparameters;
  const hyperparameters: Record<string, number | string> = {};
  if (hp.epochs !== undefined) hyperparameters.n_epochs = hp.epochs;
  if (hp.batchSize !== undefined) hyperparameters.batch_size = hp.batchSize;
  if (hp.learningRateMultiplier !== undefined)
    hyperparameters.learning_rate_multiplier = hp.learningRateMultiplier;
  if (input.method === 'dpo' && hp.beta !== undefined) hyperparameters.beta = hp.beta;
  for (const [k, v] of Object.entries(hp.extra ?? {})) {
    hyperparameters[k] = v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
  }
  const type = METHOD_TYPE[input.method];
  return {
    model: input.baseModel,
    training_file: input.trainingFileId,
    ...(input.validationFileId ? { validation_file: input.validationFileId } : {}),
    suffix: jobSuffix(input.identityKey, input.attempt),
    ...(hp.seed !== undefined ? { seed: hp.seed } : {}),
    metadata: jobMetadata(input.labels, input.identityKey, input.attempt),
    method: { type, [type]: { hyperparameters } },
    trainingType: TRAINING_TYPE[input.tier],
  };
}

/**
 * Statuses: OpenAI's `validating_files|queued|running|succeeded|failed|cancelled`, plus Azure's `pending`,
 * `paused`, `pausing`, `resuming`, `created` (NOTES section 3). Anything unknown is still active: only the
 * three terminal words end a job.
 */
export function phaseOf(status: string | undefined): JobPhase {
  switch ((status ?? '').toLowerCase()) {
    case 'succeeded':
      return 'succeeded';
    case 'failed':
      return 'failed';
    case 'cancelled':
    case 'canceled':
      return 'canceled';
    default:
      return 'active';
  }
}

/** The fields of a v1 job object we read; Azure leaves some null that OpenAI types as required. */
export interface JobObject {
  id: string;
  status?: string;
  model?: string;
  created_at?: number;
  finished_at?: number | null;
  fine_tuned_model?: string | null;
  suffix?: string | null;
  user_provided_suffix?: string | null;
  metadata?: Record<string, string> | null;
  error?: { code?: string | null; message?: string | null; param?: string | null } | null;
  method?: {
    type?: string;
    supervised?: { hyperparameters?: object };
    dpo?: { hyperparameters?: object };
  };
  hyperparameters?: object | null;
  trainingType?: string;
  training_type?: string;
  result_files?: string[] | null;
}

export function tierOf(trainingType: string | undefined): TrainingTier | undefined {
  const t = (trainingType ?? '').toLowerCase();
  if (t === 'globalstandard' || t === 'global') return 'global';
  if (t === 'developertier' || t === 'developer') return 'developer';
  if (t === 'standard') return 'standard';
  return undefined;
}

export function errorText(error: JobObject['error']): string | undefined {
  if (!error?.message) return undefined;
  const where = error.param ? ` (${error.param})` : '';
  return `${error.message}${where}${error.code ? ` [${error.code}]` : ''}`;
}

export function toTrainingJob(job: JobObject): TrainingJob {
  const metadata = job.metadata ?? {};
  const methodType = job.method?.type === 'dpo' ? 'dpo' : 'sft';
  const raw =
    (methodType === 'dpo' ? job.method?.dpo?.hyperparameters : job.method?.supervised?.hyperparameters) ??
    job.hyperparameters ??
    {};
  const hyperparameters = Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).flatMap(([k, v]) =>
      v === null || v === undefined ? [] : [[k, String(v)]],
    ),
  );
  const attempt = Number(metadata[LABELS.attempt]);
  return {
    id: job.id,
    status: job.status ?? 'unknown',
    phase: phaseOf(job.status),
    attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    identityKey: metadata[LABELS.identity],
    labels: { ...metadata },
    baseModel: job.model ?? 'unknown',
    method: methodType,
    tier: tierOf(job.trainingType ?? job.training_type),
    hyperparameters,
    createdAt: typeof job.created_at === 'number' ? job.created_at * 1000 : undefined,
    finishedAt: typeof job.finished_at === 'number' ? job.finished_at * 1000 : undefined,
    error: errorText(job.error),
    resultModel: job.fine_tuned_model ?? undefined,
  };
}

/** Does this job belong to the identity? Metadata first; the suffix as a fallback (it is in the model name). */
export function isAttemptOf(job: JobObject, identityKey: string): boolean {
  if (job.metadata?.[LABELS.identity] === identityKey) return true;
  const suffix = job.user_provided_suffix ?? job.suffix;
  return (
    typeof suffix === 'string' && (suffix === `ff-${identityKey}` || suffix.startsWith(`ff-${identityKey}-`))
  );
}

export function attemptFromSuffix(
  suffix: string | null | undefined,
  identityKey: string,
): number | undefined {
  if (!suffix) return undefined;
  if (suffix === `ff-${identityKey}`) return 1;
  const m = new RegExp(`^ff-${identityKey}-(\\d+)$`).exec(suffix);
  return m ? Number(m[1]) : undefined;
}
