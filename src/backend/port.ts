/**
 * The one port every command speaks to: what a command needs from a fine-tuning service, in neutral terms.
 * Two adapters implement it: the hub adapter (Azure Machine Learning ARM, today's `src/foundry/`, by
 * delegation) and the project adapter (`src/backend/project/`: the `/openai/v1` data plane of a Foundry
 * resource plus ARM `Microsoft.CognitiveServices/accounts/deployments`). No ARM, OpenAI or MLflow shape
 * crosses this file; see README.md beside it for how each adapter maps each method.
 */
import type { Clock } from '../runtime/types.ts';

export type BackendKind = 'hub' | 'project';

/** Where the backend trains and deploys, as a reader of a summary needs it. */
export interface BackendTarget {
  kind: BackendKind;
  /** Workspace (hub) or project (project) name. */
  name: string;
  /** Resource group, subscription: for messages that say where to look. */
  resourceGroup?: string;
  subscriptionId?: string;
  /** ARM location, lower case without spaces, once known. */
  location?: string;
  /** The portal page of the workspace or project, when it can be built. */
  portalUrl?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Preflight

export type CheckStatus = 'passed' | 'failed' | 'warning';

export interface BackendCheck {
  /** Stable id (`model`, `region`, `method`, `tier`, `workspace`, `permissions`, `training-role`...). */
  id: string;
  title: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}

export type TrainingMethod = 'sft' | 'dpo';

/** Where training runs on a project: the resource's region, a global pool, or idle capacity (cheapest). */
export type TrainingTier = 'standard' | 'global' | 'developer';

export interface PreflightRequest {
  /** Catalog id of the base model (`Phi-4-mini-instruct`, `gpt-4.1-mini`...). */
  modelId: string;
  method: TrainingMethod;
  /** Project backend only; the hub ignores it. */
  tier?: TrainingTier;
  /** Hub managed compute; the project backend has none and fails the check when it is set. */
  compute?: string;
}

// ---------------------------------------------------------------------------------------------------------
// Data

export interface UploadedFileRef {
  /** What a job names the file by (a data URI on the hub, a file id on a project). */
  ref: string;
  /** Human-readable name (`ff-train-<sha>:1`, `ff-train-<sha>.jsonl`). */
  name: string;
  /** sha256 of the bytes as uploaded. */
  sha256: string;
  /** False when the same content was found already uploaded and was reused. */
  uploaded: boolean;
}

export interface UploadedDataSet {
  training: UploadedFileRef;
  validation?: UploadedFileRef;
}

// ---------------------------------------------------------------------------------------------------------
// Jobs

/**
 * Who a training is: the same repository, data, hyperparameters and base model always give the same key
 * (src/lifecycle/training-identity.ts computes it). Backends turn it into a job name (hub) or a suffix and
 * metadata (project) and find earlier attempts by it, so a create is never sent twice.
 */
export interface TrainingIdentityRef {
  /** 12 hex digits. */
  key: string;
  /** Labels the job carries (`foundry-finetune.repository`, `.dataset`, `.commit`...): at most 12. */
  labels: Record<string, string>;
}

/** Everything that may change from one poll to the next folds into one of four phases. */
export type JobPhase = 'active' | 'succeeded' | 'failed' | 'canceled';

export interface TrainingJob {
  /** Hub: the job name (`ff-<key>`); project: the service's id (`ftjob-...`). */
  id: string;
  /** The service's own status word (`Running`, `running`, `paused`...), for display. */
  status: string;
  phase: JobPhase;
  /** The attempt number of this identity (1, 2...). */
  attempt: number;
  identityKey?: string;
  labels: Record<string, string>;
  baseModel: string;
  method: TrainingMethod;
  tier?: TrainingTier;
  hyperparameters: Record<string, string>;
  /** Epoch ms. */
  createdAt?: number;
  finishedAt?: number;
  /** The service's reason when it failed, if the job says. */
  error?: string;
  /** What the resulting model is called by the service, once known (project: `fine_tuned_model`). */
  resultModel?: string;
  portalUrl?: string;
}

export interface FoundJob {
  /** A succeeded or active attempt: reuse or follow it. Undefined: submit attempt `nextAttempt`. */
  job?: TrainingJob;
  nextAttempt: number;
  /** Attempts that failed or were canceled, oldest first. */
  previous: TrainingJob[];
}

export interface Hyperparameters {
  epochs?: number;
  batchSize?: number;
  learningRateMultiplier?: number;
  /** DPO only: 0 < beta <= 2. */
  beta?: number;
  seed?: number;
  /** Passed as they are (names of the service). */
  extra?: Record<string, string>;
}

export interface SubmitJobRequest {
  identity: TrainingIdentityRef;
  attempt: number;
  baseModel: string;
  /** Backend-specific model version (hub registry version); projects pin it in the model name. */
  baseModelVersion?: string;
  method: TrainingMethod;
  tier?: TrainingTier;
  data: UploadedDataSet;
  hyperparameters: Hyperparameters;
  /** Name of the model the job registers (hub) or a readable part of the suffix (project). */
  outputModelName: string;
  displayName?: string;
  description?: string;
}

export interface StatusChange {
  status: string;
  /** Epoch ms when we saw it. */
  at: number;
  /** ms since following began. */
  elapsedMs: number;
}

export interface FollowOptions {
  pollIntervalMs: number;
  /** Epoch ms after which following stops (the job keeps running); undefined: no limit. */
  deadline?: number;
  signal?: AbortSignal;
  onChange?: (change: StatusChange) => void;
  /** What the caller already saw (the answer to the submission). */
  initial?: TrainingJob;
}

export interface FollowResult {
  job: TrainingJob;
  outcome: 'ended' | 'deadline' | 'aborted';
  timeline: StatusChange[];
  startedAt: number;
  polls: number;
}

export interface JobEvent {
  id: string;
  /** Epoch ms. */
  at: number;
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface MetricPoint {
  step: number;
  value: number;
  timestamp?: number;
}

export interface TrainingMetrics {
  trainingLossKey?: string;
  validationLossKey?: string;
  training: MetricPoint[];
  validation: MetricPoint[];
}

export interface Checkpoint {
  id: string;
  step: number;
  /** What a deployment names to serve this checkpoint. */
  modelRef: string;
  metrics: Record<string, number>;
  createdAt?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Models, registry state

export type Stage = 'candidate' | 'production' | 'archived' | 'rejected';

export interface TrainedModel {
  /** What a deployment deploys (hub: `azureml://...models/{name}/versions/{v}`; project: the fine-tuned model id). */
  id: string;
  /** Readable name and version (`support-bot` v3 on the hub; the base model and job on a project). */
  name: string;
  version: string;
  /** The job that trained it. */
  jobId?: string;
  identityKey?: string;
  /** Registry stage; `candidate` until a gate decides. */
  stage: Stage;
  labels: Record<string, string>;
  /** Epoch ms. */
  createdAt?: number;
  /** Metrics a gate recorded (`exact_match`, `f1`...). */
  metrics: Record<string, number>;
  /** Epoch ms of the promotion, for production and archived models. */
  promotedAt?: number;
}

export interface RegistryState {
  /** Newest first. */
  models: TrainedModel[];
  production?: TrainedModel;
  /**
   * A promotion that did not finish (two models marked production, or production marked on one side
   * only): `repairRegistry` finishes it. Commands show it, never guess around it.
   */
  incomplete?: { reason: string; models: string[] };
}

export interface StageChange {
  /** Metrics to keep with the model (the gate's candidate metrics). */
  metrics?: Record<string, number>;
  /** Run URL or actor that decided. */
  by?: string;
  /** Epoch ms of the decision. */
  at: number;
}

export interface PromotionResult {
  promoted: boolean;
  /** The model that was production before, now archived. */
  previous?: TrainedModel;
  /** One sentence for the summary. */
  note: string;
}

// ---------------------------------------------------------------------------------------------------------
// Deployments

/** What a deployment is for: a candidate to evaluate (cheapest SKU offered) or production. */
export type DeploymentRole = 'candidate' | 'production';

export type DeploymentState = 'creating' | 'ready' | 'failed' | 'deleting';

export interface ModelDeployment {
  name: string;
  /** The model it serves (same form as TrainedModel.id). */
  modelId: string;
  role?: DeploymentRole;
  /** Service SKU (`DeveloperTier`, `Standard`, `GlobalStandard`; `Consumption` on the hub). */
  sku: string;
  state: DeploymentState;
  /** The service's own state word. */
  serviceState: string;
  labels: Record<string, string>;
  createdAt?: number;
  /** Epoch ms at which the service removes it on its own (Developer tier: 24 h after creation). */
  expiresAt?: number;
}

export interface DeployRequest {
  model: TrainedModel;
  role: DeploymentRole;
  /** Overrides the deterministic name. */
  name?: string;
  /** Hub: content safety on the serverless endpoint. */
  contentSafety?: 'enabled' | 'disabled';
  labels?: Record<string, string>;
  onState?: (state: string) => void;
}

export interface EndpointCredentials {
  /** Base URL a chat client posts `{url}/chat/completions` to. */
  url: string;
  /** Masked (Logger.secret) before the port returns it. */
  key: string;
  /** Sent as the body's `model` when the URL serves several deployments (project `/openai/v1`). */
  model?: string;
}

// ---------------------------------------------------------------------------------------------------------
// The port

export interface FineTuningBackend {
  readonly kind: BackendKind;
  readonly target: BackendTarget;
  /** Checks before anything is created; each with the fix. Creates nothing. */
  preflight(request: PreflightRequest): Promise<BackendCheck[]>;
  /** Content-addressed upload: the same bytes are never uploaded twice, even when an answer is lost. */
  uploadData(
    files: { training: string; validation?: string },
    labels?: Record<string, string>,
  ): Promise<UploadedDataSet>;
  /** The attempts of an identity: the one to reuse or follow, or the number of the next attempt. */
  findJob(identity: TrainingIdentityRef): Promise<FoundJob>;
  /**
   * Submits one attempt. Never sent twice: when the answer is lost, the job that the service created
   * anyway is found by its identity and returned.
   */
  submitJob(request: SubmitJobRequest): Promise<TrainingJob>;
  getJob(id: string): Promise<TrainingJob | undefined>;
  /** This repository's jobs (by the `foundry-finetune.repository` label), newest first. */
  listJobs(labels?: Record<string, string>): Promise<TrainingJob[]>;
  cancelJob(id: string): Promise<void>;
  /** Project only: pause a running job (a deployable checkpoint appears) and resume it later. */
  pauseJob?(id: string): Promise<TrainingJob>;
  resumeJob?(id: string): Promise<TrainingJob>;
  followJob(id: string, options: FollowOptions): Promise<FollowResult>;
  /** The service's words for why a job failed. */
  jobFailure(job: TrainingJob): Promise<string | undefined>;
  jobEvents(id: string): Promise<JobEvent[]>;
  trainingMetrics(job: TrainingJob): Promise<TrainingMetrics | undefined>;
  checkpoints(id: string): Promise<Checkpoint[]>;
  /** The model a succeeded job produced, with its registry stage. */
  resultModel(job: TrainingJob): Promise<TrainedModel | undefined>;
  /** Every model of this repository with its stage; a half-done promotion is reported, not hidden. */
  registry(labels: Record<string, string>): Promise<RegistryState>;
  /** Production := candidate, the previous production archived. Idempotent; finishes a half-done one. */
  promote(candidate: TrainedModel, change: StageChange): Promise<PromotionResult>;
  /** Marks the candidate rejected; `recorded: false` when the service had nowhere durable to keep it. */
  reject(candidate: TrainedModel, change: StageChange): Promise<{ recorded: boolean; note: string }>;
  /** Keeps the gate's metrics with a model without changing its stage. */
  recordMetrics(model: TrainedModel, change: StageChange): Promise<void>;
  /** Finishes a half-done promotion the registry reported; false when there was nothing to repair. */
  repairRegistry(labels: Record<string, string>): Promise<boolean>;
  /** Deploys (or reuses a deployment of) a model, following provisioning to the end. */
  deploy(request: DeployRequest): Promise<ModelDeployment>;
  getDeployment(name: string): Promise<ModelDeployment | undefined>;
  listDeployments(): Promise<ModelDeployment[]>;
  /** Deletes and waits until it is gone; a missing deployment is not an error. */
  deleteDeployment(name: string): Promise<void>;
  endpointCredentials(deployment: ModelDeployment): Promise<EndpointCredentials>;
  /** Deletes a model for cleanup (its deployments first); false when it was already gone. */
  deleteModel(model: TrainedModel): Promise<boolean>;
}

/** What every adapter is built with besides its own settings. */
export interface BackendRuntime {
  clock: Clock;
  signal?: AbortSignal;
}

export const TERMINAL_PHASES: readonly JobPhase[] = ['succeeded', 'failed', 'canceled'];

export function isTerminalPhase(phase: JobPhase): boolean {
  return phase !== 'active';
}
