import type { Knowledge } from '../inference/knowledge.ts';
import type { CatalogModel } from './catalog.ts';

export interface ScheduledStatus {
  status: string;
  at: number;
}

export interface JobRecord {
  name: string;
  /** `properties` as submitted, for the idempotency comparison of a repeated PUT. */
  submitted: Record<string, unknown>;
  /** `properties` as GET returns them (submitted plus server-filled fields); `status` is kept current. */
  properties: Record<string, unknown>;
  createdAt: number;
  modifiedAt: number;
  createdBy: string;
  status: string;
  /** Future status changes, in time order; applied as the clock passes them. */
  schedule: ScheduledStatus[];
  failure?: { code: string; message: string };
  baseModel: CatalogModel;
  baseModelUri: string;
  assetName: string;
  knowledge: Knowledge;
  trainingExamples: number;
  hasValidation: boolean;
  /** Too few examples etc.: the job fails once it starts running. */
  dataProblem?: string;
  runningAt?: number;
  /** When training would end (Completed), for metric curves. */
  plannedEndAt?: number;
  endedAt?: number;
  registered?: { name: string; version: string };
}

export interface ModelVersionRecord {
  name: string;
  version: string;
  properties: Record<string, unknown>;
  createdAt: number;
  modifiedAt: number;
  createdBy: string;
  /** What a deployment of this model answers with (fine-tuned models only). */
  knowledge?: Knowledge;
  baseModelName?: string;
}

export interface DataVersionRecord {
  name: string;
  version: string;
  properties: Record<string, unknown>;
  createdAt: number;
  modifiedAt: number;
  createdBy: string;
}

export interface EndpointRecord {
  name: string;
  /** The resource as GET returns it, minus live fields filled at read time. */
  resource: Record<string, unknown>;
  modelId: string;
  provisioningState: string;
  schedule: ScheduledStatus[];
  createdAt: number;
  modifiedAt: number;
  createdBy: string;
  keys: { primaryKey: string; secondaryKey: string };
  failure?: string;
  /** Set when DELETE was accepted; the record disappears when the deletion completes. */
  deletingUntil?: number;
}

export interface MarketplaceRecord {
  name: string;
  modelId: string;
  provisioningState: string;
  readyAt: number;
  createdAt: number;
  createdBy: string;
  plan: { publisherId: string; offerId: string; planId: string };
}

export type OperationKind =
  'endpoint-create' | 'endpoint-update' | 'endpoint-delete' | 'marketplace-create' | 'job-cancel';

export interface OperationRecord {
  id: string;
  kind: OperationKind;
  target: string;
  startedAt: number;
  /** Live status, derived from the target's state. */
  status(): {
    status: 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';
    endedAt?: number;
    error?: { code: string; message: string };
  };
  /** Final GET of the Location URL: the resource (PUT) or nothing (DELETE). */
  result(): { status: number; body?: unknown };
}

/** Everything the emulated workspace holds. Maps keep insertion order, which lists rely on. */
export class ArmState {
  readonly jobs = new Map<string, JobRecord>();
  /** `name` -> `version` -> record. */
  readonly models = new Map<string, Map<string, ModelVersionRecord>>();
  readonly data = new Map<string, Map<string, DataVersionRecord>>();
  readonly endpoints = new Map<string, EndpointRecord>();
  readonly marketplace = new Map<string, MarketplaceRecord>();
  readonly operations = new Map<string, OperationRecord>();
  providerState = new Map<string, { state: string; readyAt?: number }>();

  modelVersions(name: string): Map<string, ModelVersionRecord> {
    let versions = this.models.get(name);
    if (!versions) {
      versions = new Map();
      this.models.set(name, versions);
    }
    return versions;
  }

  dataVersions(name: string): Map<string, DataVersionRecord> {
    let versions = this.data.get(name);
    if (!versions) {
      versions = new Map();
      this.data.set(name, versions);
    }
    return versions;
  }

  /** Next integer version of a model: what a fine-tuning job registers. */
  nextModelVersion(name: string): string {
    const numbers = [...(this.models.get(name)?.keys() ?? [])].map(Number).filter((n) => Number.isInteger(n));
    return String(numbers.length ? Math.max(...numbers) + 1 : 1);
  }
}
