/**
 * The Foundry projects service of the emulator: one Foundry resource (AIServices account) with one project.
 * `createProjectService` builds its context; the data plane gets its own https server (service `foundry`),
 * the ARM routes join the ARM server. See README.md ("Foundry projects").
 */
import { randomSecret } from '../core/random.ts';
import type { EmulatorClock } from '../core/clock.ts';
import type { Faults } from '../core/faults.ts';
import type { Redactor } from '../core/redact.ts';
import type { Permission } from '../arm/permissions.ts';
import type { TokenRegistry } from '../identity/tokens.ts';
import type { InferenceRegistry } from '../inference/registry.ts';
import { projectArmHandler } from './arm.ts';
import {
  DEFAULT_PROJECT_CATALOG,
  DEFAULT_PROJECT_TIMINGS,
  ProjectState,
  type ProjectCatalogModel,
  type ProjectContext,
  type ProjectSettings,
  type ProjectTimings,
} from './context.ts';
import { dataPlaneHandler, jobObject } from './data-plane.ts';
import { fileStatus, reconcileProject } from './lifecycle.ts';

export { dataPlaneFaultAnswer } from './errors.ts';
export { DEFAULT_PROJECT_CATALOG, DEFAULT_PROJECT_TIMINGS } from './context.ts';
export type { ProjectCatalogModel, ProjectSettings, ProjectTimings } from './context.ts';

export interface ProjectEmulatorOptions {
  /** The Foundry resource (ARM account) name. */
  account?: string;
  project?: string;
  /** The resource's region (default northcentralus: Standard training of the gpt-4.1 family and gpt-4o-mini). */
  location?: string;
  timings?: Partial<ProjectTimings>;
  catalog?: ProjectCatalogModel[];
  /** Data actions the identity has on the data plane (default everything). */
  dataActions?: string[];
  minTrainingExamples?: number;
  maxFineTunedDeployments?: number;
  requestsPerMinute?: number;
  apiVersions?: string[];
}

/** Stable CognitiveServices api-versions with Deployments examples in the spec repo (NOTES section 10). */
export const DEFAULT_COGNITIVE_API_VERSIONS = [
  '2024-10-01',
  '2025-06-01',
  '2025-09-01',
  '2025-12-01',
  '2026-03-01',
];

export interface ProjectDeploymentView {
  name: string;
  sku: string;
  capacity: number;
  modelName: string;
  provisioningState: string;
  tags: Record<string, string>;
  createdAt: number;
  expiresAt?: number;
  deleting: boolean;
}

export interface ProjectJobView {
  id: string;
  status: string;
  model: string;
  method: string;
  trainingType: string;
  suffix?: string;
  metadata: Record<string, string>;
  hyperparameters: Record<string, number | string>;
  fineTunedModel?: string;
  /** The create body as the service received it. */
  body: Record<string, unknown>;
}

/** What a test sees of the Foundry resource. */
export interface ProjectView {
  account: string;
  project: string;
  location: string;
  /** `https://127.0.0.1:{port}/api/projects/{project}` (a project endpoint). */
  endpoint: string;
  /** `https://127.0.0.1:{port}` (the resource endpoint; `/openai/v1` under it). */
  resourceEndpoint: string;
  keys: { key1: string; key2: string };
  /** key1: what `api-key` takes on the data plane. */
  key: string;
  settings: ProjectSettings;
  files(): { id: string; filename: string; bytes: number; purpose: string; status: string }[];
  jobs(): ProjectJobView[];
  deployments(): ProjectDeploymentView[];
  /** Deployments the service removed on its own (Developer tier after 24 h). */
  expired(): string[];
  /** Raw objects as the data plane serves them. */
  jobObject(id: string): Record<string, unknown> | undefined;
  reconcile(): void;
}

export interface ProjectService {
  ctx: ProjectContext;
  dataPlane: ReturnType<typeof dataPlaneHandler>;
  arm: ReturnType<typeof projectArmHandler>;
  view: ProjectView;
}

export function createProjectService(
  options: ProjectEmulatorOptions,
  deps: {
    subscriptionId: string;
    resourceGroup: string;
    clock: EmulatorClock;
    faults: Faults;
    inference: InferenceRegistry;
    redactor: Redactor;
    tokens: TokenRegistry;
    armPermissions: () => Permission[];
    enforcePermissions: () => boolean;
    seed: string;
    fineTunedErrorRate: number;
    lroRetryAfterSeconds: number;
    urls: { arm: string; dataPlane: string };
  },
): ProjectService {
  const keys = { key1: randomSecret(24), key2: randomSecret(24) };
  deps.redactor.addSecret(keys.key1);
  deps.redactor.addSecret(keys.key2);
  const settings: ProjectSettings = {
    timings: { ...DEFAULT_PROJECT_TIMINGS, ...options.timings },
    apiVersions: options.apiVersions ?? DEFAULT_COGNITIVE_API_VERSIONS,
    catalog: options.catalog ?? DEFAULT_PROJECT_CATALOG,
    dataActions: options.dataActions ?? ['*'],
    minTrainingExamples: options.minTrainingExamples ?? 10,
    maxFineTunedDeployments: options.maxFineTunedDeployments ?? 10,
    requestsPerMinute: options.requestsPerMinute ?? 6000,
    lroRetryAfterSeconds: deps.lroRetryAfterSeconds,
    fineTunedErrorRate: deps.fineTunedErrorRate,
    seed: deps.seed,
  };
  const ctx: ProjectContext = {
    account: options.account ?? 'ff-foundry-emulator',
    project: options.project ?? 'proj-finetune',
    subscriptionId: deps.subscriptionId,
    resourceGroup: deps.resourceGroup,
    location: (options.location ?? 'northcentralus').replace(/\s+/g, '').toLowerCase(),
    keys,
    clock: deps.clock,
    settings,
    state: new ProjectState(),
    faults: deps.faults,
    inference: deps.inference,
    redactor: deps.redactor,
    tokens: deps.tokens,
    armPermissions: deps.armPermissions,
    enforcePermissions: deps.enforcePermissions,
    urls: deps.urls,
  };
  const reconcile = (): void => reconcileProject(ctx);
  const view: ProjectView = {
    account: ctx.account,
    project: ctx.project,
    location: ctx.location,
    endpoint: `${deps.urls.dataPlane}/api/projects/${ctx.project}`,
    resourceEndpoint: deps.urls.dataPlane,
    keys,
    key: keys.key1,
    settings,
    files: () => {
      reconcile();
      return [...ctx.state.files.values()]
        .filter((f) => !f.deleted)
        .map((f) => ({
          id: f.id,
          filename: f.filename,
          bytes: f.bytes,
          purpose: f.purpose,
          status: fileStatus(ctx, f),
        }));
    },
    jobs: () => {
      reconcile();
      return [...ctx.state.jobs.values()].map((j) => ({
        id: j.id,
        status: j.status,
        model: j.model,
        method: j.method,
        trainingType: j.trainingType,
        suffix: typeof j.body.suffix === 'string' ? j.body.suffix : undefined,
        metadata: (j.body.metadata as Record<string, string> | undefined) ?? {},
        hyperparameters: j.hyperparameters,
        fineTunedModel: j.fineTunedModel,
        body: j.body,
      }));
    },
    deployments: () => {
      reconcile();
      return [...ctx.state.deployments.values()].map((d) => ({
        name: d.name,
        sku: d.sku.name,
        capacity: d.sku.capacity,
        modelName: d.modelName,
        provisioningState: d.deletingUntil !== undefined ? 'Deleting' : d.provisioningState,
        tags: { ...d.tags },
        createdAt: d.createdAt,
        expiresAt: d.expiresAt,
        deleting: d.deletingUntil !== undefined,
      }));
    },
    expired: () => {
      reconcile();
      return [...ctx.state.expired];
    },
    jobObject: (id) => {
      reconcile();
      const job = ctx.state.jobs.get(id);
      return job ? jobObject(job) : undefined;
    },
    reconcile,
  };
  return { ctx, dataPlane: dataPlaneHandler(ctx), arm: projectArmHandler(ctx), view };
}
