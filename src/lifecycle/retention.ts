/**
 * The retention policy of `cleanup`: which model versions go, which endpoints must go before them, and what
 * the endpoints left deployed cost. Pure: the command does the deleting.
 *
 * Rules, in order:
 * 1. A version tagged `stage=production` is never removed, nor is any endpoint that deploys it (every such
 *    version, should a half-finished promotion have left two).
 * 2. A version older than `max-age` is removed, even among the `keep` newest: `max-age` is the stricter
 *    promise ("nothing of ours older than 30 days stays in the workspace"). A version whose age is unknown
 *    is never removed for its age.
 * 3. Of the rest, the `keep` newest stay (by version number, then creation time) and older ones go.
 * 4. With `idle-endpoints: delete` (the default), a version that stays but is not in production loses its
 *    endpoints: a deployed model is billed by the hour even without traffic, and the registered version
 *    can be deployed again when it is needed. `keep` leaves them deployed.
 * Archived (former production) and rejected versions count like any other non-production version.
 */
import { parseModelAssetId } from '../foundry/endpoint-name.ts';
import type { EndpointResource } from '../foundry/types.ts';
import {
  endpointStateOf,
  isProduction,
  liveEndpoints,
  newestFirst,
  sameModelId,
  type ModelEntry,
} from './inventory.ts';

export const DAY_MS = 86_400_000;
/** Hours in an average month, the unit cloud price lists use for "per month". */
export const HOURS_PER_MONTH = 730;

export interface RetentionPolicy {
  keep: number;
  maxAgeDays?: number;
  /** Epoch ms ages are measured from. */
  now: number;
  /** Endpoints of kept versions that are not in production: `delete` (default) or `keep`. */
  idleEndpoints?: 'delete' | 'keep';
}

export type RetentionAction = 'keep' | 'remove';

export interface RetentionDecision {
  entry: ModelEntry;
  action: RetentionAction;
  reason: string;
}

export interface EndpointDeletion {
  endpoint: string;
  /** The model version that may only be deleted once this endpoint is gone. */
  version: string;
  /** The version stays registered: only its idle endpoint goes (rule 4). */
  idle?: boolean;
}

export interface RetentionPlan {
  /** Every version, newest first. */
  decisions: RetentionDecision[];
  remove: ModelEntry[];
  /** Endpoints of removed versions (each deleted, and gone, before its version), then idle endpoints. */
  endpoints: EndpointDeletion[];
}

export function ageMs(entry: ModelEntry, now: number): number | undefined {
  return entry.createdAt === undefined ? undefined : Math.max(0, now - entry.createdAt);
}

export function planRetention(entries: readonly ModelEntry[], policy: RetentionPolicy): RetentionPlan {
  const keep = Math.max(0, Math.floor(policy.keep));
  const maxAgeMs = policy.maxAgeDays === undefined ? undefined : policy.maxAgeDays * DAY_MS;
  const ordered = [...entries].sort(newestFirst);
  const decisions: RetentionDecision[] = [];
  let kept = 0;
  for (const entry of ordered) {
    if (isProduction(entry)) {
      decisions.push({ entry, action: 'keep', reason: 'in production (never removed)' });
      continue;
    }
    const age = ageMs(entry, policy.now);
    if (maxAgeMs !== undefined && age !== undefined && age > maxAgeMs) {
      decisions.push({
        entry,
        action: 'remove',
        reason: `older than max-age (${formatDays(policy.maxAgeDays!)})`,
      });
      continue;
    }
    if (kept < keep) {
      kept += 1;
      decisions.push({ entry, action: 'keep', reason: `one of the ${keep} newest` });
      continue;
    }
    decisions.push({
      entry,
      action: 'remove',
      reason: keep === 0 ? '`keep: 0`' : `not among the ${keep} newest`,
    });
  }

  const remove = decisions.filter((d) => d.action === 'remove').map((d) => d.entry);
  // Belt and braces: an endpoint that also serves a production version is never on the list.
  const productionIds = entries.filter(isProduction).map((e) => e.id);
  const productionEndpoints = new Set(
    entries.filter(isProduction).flatMap((e) => e.endpoints.map((x) => x.name)),
  );
  const deletable = (entry: ModelEntry, endpoints: readonly { name: string }[]) =>
    productionIds.some((id) => sameModelId(id, entry.id))
      ? []
      : endpoints.filter((e) => !productionEndpoints.has(e.name));
  const endpoints: EndpointDeletion[] = remove.flatMap((entry) =>
    deletable(entry, entry.endpoints).map((e) => ({ endpoint: e.name, version: entry.version })),
  );
  if ((policy.idleEndpoints ?? 'delete') === 'delete') {
    const kept = decisions.filter((d) => d.action === 'keep' && !isProduction(d.entry)).map((d) => d.entry);
    for (const entry of kept) {
      for (const e of deletable(entry, liveEndpoints(entry))) {
        endpoints.push({ endpoint: e.name, version: entry.version, idle: true });
      }
    }
  }
  return { decisions, remove, endpoints };
}

export function formatDays(days: number): string {
  if (days < 1) return `${Number((days * 24).toFixed(2))} h`;
  return `${Number(days.toFixed(2))} ${days === 1 ? 'day' : 'days'}`;
}

/** An endpoint still deployed once cleanup is done, with what it serves. */
export interface DeployedEndpoint {
  name: string;
  state: string;
  /** `name:version` of the model it deploys (its model id when that is not a workspace model). */
  model?: string;
  production: boolean;
  /** Deploys a model outside the inventory (another `model-name`): reported, never deleted. */
  stray?: boolean;
}

export interface HostingReport {
  /** Deployed but serving no production model: billed by the hour for nothing but evaluations. */
  idle: DeployedEndpoint[];
  production: DeployedEndpoint[];
  /** Hourly price of the idle endpoints, when a price per endpoint-hour is known. */
  idleHourlyCost?: number;
  idleMonthlyCost?: number;
  /** Endpoints that were serving and are deleted (or would be, in a dry run): no longer billed. */
  deleted: DeployedEndpoint[];
  /** What deleting them saves, when a price per endpoint-hour is known. */
  savedHourlyCost?: number;
  savedMonthlyCost?: number;
}

/**
 * What stays deployed: endpoints of this repository's versions (minus those deleted) and endpoints tagged
 * with this repository that deploy something outside the inventory (another model name, say).
 */
export function hostingAfter(
  entries: readonly ModelEntry[],
  deletedEndpoints: ReadonlySet<string>,
  strays: readonly EndpointResource[],
  hourlyCost?: number,
): HostingReport {
  const idle: DeployedEndpoint[] = [];
  const production: DeployedEndpoint[] = [];
  const deleted: DeployedEndpoint[] = [];
  for (const entry of entries) {
    for (const e of liveEndpoints(entry)) {
      const deployed = {
        name: e.name,
        state: e.state,
        model: `${entry.name}:${entry.version}`,
        production: isProduction(entry),
      };
      if (deletedEndpoints.has(e.name)) deleted.push(deployed);
      else (deployed.production ? production : idle).push(deployed);
    }
  }
  for (const e of strays) {
    if (deletedEndpoints.has(e.name) || /^(deleting|failed|canceled)$/i.test(endpointStateOf(e))) continue;
    const modelId = e.properties.modelSettings?.modelId;
    const parsed = modelId ? parseModelAssetId(modelId) : undefined;
    idle.push({
      name: e.name,
      state: endpointStateOf(e),
      model: parsed ? `${parsed.name}:${parsed.version}` : modelId,
      production: false,
      stray: true,
    });
  }
  const report: HostingReport = { idle, production, deleted };
  if (hourlyCost !== undefined) {
    report.idleHourlyCost = idle.length * hourlyCost;
    report.idleMonthlyCost = idle.length * hourlyCost * HOURS_PER_MONTH;
    report.savedHourlyCost = deleted.length * hourlyCost;
    report.savedMonthlyCost = deleted.length * hourlyCost * HOURS_PER_MONTH;
  }
  return report;
}

/**
 * Endpoints tagged with this repository that deploy none of the inventory's versions: left from another
 * `model-name`, or made by hand. Cleanup reports them and leaves them alone.
 */
export function strayEndpoints(
  endpoints: readonly EndpointResource[],
  entries: readonly ModelEntry[],
  repository: string,
  repositoryTag: string,
): EndpointResource[] {
  const known = new Set(entries.flatMap((e) => e.endpoints.map((x) => x.name)));
  return endpoints.filter(
    (e) => !known.has(e.name) && (e.tags?.[repositoryTag] ?? '').toLowerCase() === repository.toLowerCase(),
  );
}
