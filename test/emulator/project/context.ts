/**
 * The emulated Foundry resource (a `Microsoft.CognitiveServices` account of kind AIServices with one
 * project): its settings, its base-model catalog and its state. Facts come from
 * ../shared/azure-api/foundry-projects/NOTES.md (source keys in brackets), not from the adapter under test.
 */
import type { EmulatorClock } from '../core/clock.ts';
import type { Faults } from '../core/faults.ts';
import type { Redactor } from '../core/redact.ts';
import type { Permission } from '../arm/permissions.ts';
import type { TokenRegistry } from '../identity/tokens.ts';
import type { InferenceRegistry } from '../inference/registry.ts';

export interface ProjectTimings {
  /** Upload -> `processed` (files go pending -> running -> processed). */
  fileProcessingMs: number;
  /** Job create -> `running`. */
  jobQueuedMs: number;
  /** Running -> succeeded (paused time does not count). */
  trainingMs: number;
  /** Deployment Accepted/Creating -> Succeeded. */
  provisioningMs: number;
  /** Deployment Deleting -> gone. */
  deletingMs: number;
  /** Developer-tier deployments are removed this long after creation (D-DEVTEST: 24 h). */
  developerLifetimeMs: number;
}

export interface ProjectCatalogModel {
  /** What a job's `model` names (`gpt-4.1-mini-2025-04-14`; also accepted without the date). */
  name: string;
  methods: ('supervised' | 'dpo' | 'reinforcement')[];
  /** Standard training regions; empty: none (D-MODELS). */
  standardRegions: string[];
  global: boolean;
  developer: boolean;
  /** ARM `model.format` of its fine-tuned deployments (SKILLS deployment.md). */
  format: string;
  /** Regions of Standard deployments of the fine-tuned model (D-STDREG). */
  standardDeploymentRegions: string[];
  minCapacity: number;
}

export interface ProjectSettings {
  timings: ProjectTimings;
  /** Accepted ARM api-versions for Microsoft.CognitiveServices (stable versions with Deployments examples). */
  apiVersions: string[];
  catalog: ProjectCatalogModel[];
  /** Data-plane RBAC: allowed data actions (default everything). */
  dataActions: string[];
  /** Minimum lines in a training file (D-REST: at least 10 examples). */
  minTrainingExamples: number;
  /** Fine-tuned model deployments per resource (D-LIMITS 2026-02-17). */
  maxFineTunedDeployments: number;
  /** Data-plane requests per minute per resource before a 429 (rate-limit headers count down from it). */
  requestsPerMinute: number;
  lroRetryAfterSeconds: number;
  fineTunedErrorRate: number;
  seed: string;
}

export interface FileRecord {
  id: string;
  filename: string;
  purpose: string;
  bytes: number;
  content: Buffer;
  createdAt: number;
  readyAt: number;
  /** Set when processing will fail (not JSONL). */
  problem?: string;
  deleted?: boolean;
}

export interface JobEventRecord {
  id: string;
  at: number;
  level: 'info' | 'warn' | 'error';
  message: string;
  type: 'message' | 'metrics';
  data?: unknown;
}

export interface JobRecord {
  id: string;
  createdAt: number;
  body: Record<string, unknown>;
  model: string;
  catalog: ProjectCatalogModel;
  method: 'supervised' | 'dpo';
  trainingType: string;
  hyperparameters: Record<string, number | string>;
  status: string;
  /** Virtual ms of training done so far (pausing stops it). */
  trainedMs: number;
  /** When the current running stretch began. */
  runningSince?: number;
  startsAt: number;
  finishedAt?: number;
  fineTunedModel?: string;
  error?: { code: string; message: string; param: string | null };
  /** Scripted failure (faults.failJob) or a data problem, applied once running. */
  failure?: { code: string; message: string; param: string | null; afterMs: number };
  events: JobEventRecord[];
  checkpoints: { id: string; at: number; step: number; metrics: Record<string, number> }[];
  resultFileId?: string;
  seed: number;
  /** Chat lines the model learned (for the deployed model's answers). */
  trainingJsonl: string;
  createdBy: string;
}

export interface DeploymentRecord {
  name: string;
  body: Record<string, unknown>;
  sku: { name: string; capacity: number };
  tags: Record<string, string>;
  modelName: string;
  format: string;
  provisioningState: string;
  createdAt: number;
  modifiedAt: number;
  readyAt: number;
  deletingUntil?: number;
  /** Developer tier: removed at this virtual time. */
  expiresAt?: number;
  failMessage?: string;
}

export interface OperationRecord {
  id: string;
  target: string;
  kind: 'create' | 'delete' | 'update';
  startedAt: number;
}

export class ProjectState {
  readonly files = new Map<string, FileRecord>();
  readonly jobs = new Map<string, JobRecord>();
  readonly deployments = new Map<string, DeploymentRecord>();
  readonly operations = new Map<string, OperationRecord>();
  /** Deployments the service removed on its own (Developer expiry), for assertions. */
  readonly expired: string[] = [];
  /** Data-plane requests per minute window (wall time), for the rate-limit headers. */
  readonly requestTimes: number[] = [];
}

export interface ProjectContext {
  account: string;
  project: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  keys: { key1: string; key2: string };
  clock: EmulatorClock;
  settings: ProjectSettings;
  state: ProjectState;
  faults: Faults;
  inference: InferenceRegistry;
  redactor: Redactor;
  tokens: TokenRegistry;
  /** The ARM emulator's live permissions (the same RBAC as the hub routes). */
  armPermissions: () => Permission[];
  enforcePermissions: () => boolean;
  urls: { arm: string; dataPlane: string };
}

export const CS = 'Microsoft.CognitiveServices';

export const DEFAULT_PROJECT_TIMINGS: ProjectTimings = {
  fileProcessingMs: 20_000,
  jobQueuedMs: 60_000,
  trainingMs: 30 * 60_000,
  provisioningMs: 120_000,
  deletingMs: 30_000,
  developerLifetimeMs: 24 * 60 * 60_000,
};

const NCUS_SWEDEN = ['northcentralus', 'swedencentral'];

/** D-MODELS (2026-03-05); DPO per D-DPO (gpt-4o, gpt-4.1, gpt-4.1-mini). */
export const DEFAULT_PROJECT_CATALOG: ProjectCatalogModel[] = [
  openai('gpt-4o-mini-2024-07-18', ['supervised'], NCUS_SWEDEN, true),
  openai('gpt-4o-2024-08-06', ['supervised', 'dpo'], ['eastus2', ...NCUS_SWEDEN], true, [
    'eastus2',
    'swedencentral',
  ]),
  openai('gpt-4.1-2025-04-14', ['supervised', 'dpo'], NCUS_SWEDEN, true),
  openai('gpt-4.1-mini-2025-04-14', ['supervised', 'dpo'], NCUS_SWEDEN, true),
  openai('gpt-4.1-nano-2025-04-14', ['supervised'], NCUS_SWEDEN, true),
  openai('o4-mini-2025-04-16', ['reinforcement'], ['eastus2', 'swedencentral'], false),
  oss('Ministral-3B', 'Mistral AI'),
  oss('Qwen-32B', 'Alibaba'),
  oss('Llama-3.3-70B-Instruct', 'Meta'),
  oss('gpt-oss-20b', 'Microsoft'),
];

function openai(
  name: string,
  methods: ProjectCatalogModel['methods'],
  standardRegions: string[],
  developer: boolean,
  standardDeploymentRegions = standardRegions,
): ProjectCatalogModel {
  return {
    name,
    methods,
    standardRegions,
    global: true,
    developer,
    format: 'OpenAI',
    standardDeploymentRegions,
    minCapacity: 1,
  };
}

function oss(name: string, format: string): ProjectCatalogModel {
  return {
    name,
    methods: ['supervised'],
    standardRegions: [],
    global: true,
    developer: false,
    format,
    standardDeploymentRegions: [],
    minCapacity: 100,
  };
}

/** A job's `model` names a catalog entry with or without its date suffix. */
export function lookupBaseModel(
  catalog: ProjectCatalogModel[],
  name: string,
): ProjectCatalogModel | undefined {
  return catalog.find((m) => m.name === name || m.name.replace(/-\d{4}-\d{2}-\d{2}$/, '') === name);
}

export function accountId(ctx: ProjectContext): string {
  return `/subscriptions/${ctx.subscriptionId}/resourceGroups/${ctx.resourceGroup}/providers/${CS}/accounts/${ctx.account}`;
}

export function unix(ms: number): number {
  return Math.floor(ms / 1000);
}
