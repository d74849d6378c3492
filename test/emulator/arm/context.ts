import type { BlobStore } from '../blob/store.ts';
import type { EmulatorClock } from '../core/clock.ts';
import type { Faults } from '../core/faults.ts';
import type { EmuRequest, EmuResponse } from '../core/http.ts';
import type { Redactor } from '../core/redact.ts';
import type { Principal } from '../identity/tokens.ts';
import type { InferenceRegistry } from '../inference/registry.ts';
import type { CatalogModel } from './catalog.ts';
import type { Permission, RoleAssignment } from './permissions.ts';
import type { ArmState } from './state.ts';

export interface WorkspaceInfo {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  location: string;
  /** `properties.workspaceId`: the GUID in fine-tuned model ids. */
  workspaceId: string;
  kind: string;
  tenantId: string;
  datastore: { accountName: string; containerName: string; endpoint: string; protocol: string; key: string };
}

export interface Timings {
  /** NotStarted -> Queued. */
  queuedAfterMs: number;
  /** Queued -> Running. */
  runningAfterMs: number;
  /** Running -> Completed. */
  trainingMs: number;
  /** CancelRequested -> Canceled. */
  cancelMs: number;
  /** Serverless endpoint Creating/Updating -> Succeeded. */
  provisioningMs: number;
  /** Serverless endpoint Deleting -> gone. */
  deletingMs: number;
  /** Marketplace subscription Creating -> Succeeded. */
  marketplaceMs: number;
  /** Resource provider Registering -> Registered. */
  providerRegistrationMs: number;
}

export interface ApiVersions {
  /** Workspace, datastores, data, models (what @azure/arm-machinelearning 2.1.1 speaks, plus our target). */
  ml: string[];
  /** Jobs: the stable version (whose JobType has no FineTuning) and the preview whose spec defines FineTuning. */
  jobs: string[];
  /** FineTuning jobs, serverless endpoints, marketplace subscriptions, operation status. */
  serverless: string[];
  providers: string[];
  permissions: string[];
}

export interface ArmSettings {
  apiVersions: ApiVersions;
  timings: Timings;
  /** Page size of every list (small values exercise clients' nextLink paging). */
  pageSize: number;
  /** `Retry-After` seconds on long-running answers (202/201). */
  lroRetryAfterSeconds: number;
  /** Assigned at the subscription: visible at every scope. */
  permissions: Permission[];
  /** Assignments at a scope: visible there and below (a workspace role is not seen at the resource group). */
  roleAssignments: RoleAssignment[];
  enforcePermissions: boolean;
  providers: Record<string, 'Registered' | 'NotRegistered'>;
  catalog: CatalogModel[];
  /**
   * MLflow of a FineTuning job: a pipeline run (the job) with a child training run that logs `lossKey`,
   * `evalLossKey` (with validation data) and `epochKey` per step, and one summary `summaryKey` at the end.
   */
  metrics: { lossKey: string; evalLossKey: string; epochKey: string; summaryKey: string; points: number };
  /** MLflow's page size for `metrics/get-history` and `runs/search` (small values exercise paging). */
  mlflowPageSize: number;
  minTrainingExamples: number;
  /** Share of trained prompts a fine-tuned model answers slightly wrong (seeded). */
  fineTunedErrorRate: number;
  seed: string;
}

export interface ArmContext {
  ws: WorkspaceInfo;
  clock: EmulatorClock;
  settings: ArmSettings;
  state: ArmState;
  blobs: BlobStore;
  faults: Faults;
  inference: InferenceRegistry;
  redactor: Redactor;
  urls: { arm: string; mlflow: string };
}

/** What the ARM front door resolved before a route handler runs. */
export interface ArmCall {
  principal: Principal;
  apiVersion: string;
}

export type ArmHandler = (req: EmuRequest, call: ArmCall) => Promise<EmuResponse> | EmuResponse;

export const ML = 'Microsoft.MachineLearningServices';

export function workspaceId(ws: WorkspaceInfo): string {
  return `/subscriptions/${ws.subscriptionId}/resourceGroups/${ws.resourceGroup}/providers/${ML}/workspaces/${ws.name}`;
}

/** The AML asset id of a workspace model version, the form serverless endpoints deploy. */
export function modelAssetId(ws: WorkspaceInfo, name: string, version: string): string {
  return `azureml://locations/${ws.location}/workspaces/${ws.workspaceId}/models/${name}/versions/${version}`;
}

export function systemData(
  createdAt: number,
  createdBy: string,
  modifiedAt = createdAt,
  modifiedBy = createdBy,
): Record<string, string> {
  return {
    createdAt: new Date(createdAt).toISOString(),
    createdBy,
    createdByType: 'Application',
    lastModifiedAt: new Date(modifiedAt).toISOString(),
    lastModifiedBy: modifiedBy,
    lastModifiedByType: 'Application',
  };
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function stringMap(value: unknown): Record<string, string> {
  const record = asRecord(value) ?? {};
  return Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >;
}
