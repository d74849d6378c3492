/**
 * This repository's fine-tuned model versions as `retrain` and `cleanup` see them: stage, dataset, metrics
 * from the promotion tags, age, and the serverless endpoints that deploy each one. Pure.
 */
import { TAGS } from '../foundry/identity.ts';
import { versionOf } from '../foundry/index.ts';
import type { EndpointResource, ModelVersionResource } from '../foundry/types.ts';
import { PROMOTION_TAGS, STAGES } from './registry.ts';

export interface EndpointRef {
  name: string;
  /** `provisioningState` (Succeeded, Creating, Deleting, Failed...). */
  state: string;
}

export interface ModelEntry {
  name: string;
  version: string;
  /** The id endpoints deploy it by (`azureml://locations/.../models/{name}/versions/{v}`). */
  id: string;
  /** Epoch ms; undefined when ARM did not say. */
  createdAt?: number;
  tags: Record<string, string>;
  /** `stage` tag; '' when it has none. */
  stage: string;
  datasetHash?: string;
  /** `foundry-finetune.identity`: the job identity key it was trained with. */
  identity?: string;
  /** From `foundry-finetune.metric.<name>` tags. */
  metrics: Record<string, number>;
  /** Endpoints whose `modelSettings.modelId` is this version's id. */
  endpoints: EndpointRef[];
}

export function metricsFromTags(tags: Record<string, string>): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const [key, value] of Object.entries(tags)) {
    if (!key.startsWith(PROMOTION_TAGS.metricPrefix)) continue;
    const n = Number(value);
    if (value.trim() !== '' && Number.isFinite(n)) metrics[key.slice(PROMOTION_TAGS.metricPrefix.length)] = n;
  }
  return metrics;
}

/**
 * Newest first: by version number when both are numbers (the registry numbers versions in order), else by
 * creation time, else by version text.
 */
export function newestFirst(a: ModelEntry, b: ModelEntry): number {
  const va = Number(a.version);
  const vb = Number(b.version);
  if (a.version.trim() !== '' && b.version.trim() !== '' && Number.isFinite(va) && Number.isFinite(vb)) {
    if (va !== vb) return vb - va;
  }
  const ta = a.createdAt ?? 0;
  const tb = b.createdAt ?? 0;
  if (ta !== tb) return tb - ta;
  return b.version.localeCompare(a.version);
}

/** Model ids compare without case: ARM normalizes the location and GUID casing as it likes. */
export function sameModelId(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

export function buildInventory(
  name: string,
  versions: readonly ModelVersionResource[],
  endpoints: readonly EndpointResource[],
  idOf: (version: string) => string,
): ModelEntry[] {
  return versions
    .map((v): ModelEntry => {
      const version = versionOf(v);
      const id = idOf(version);
      const tags = v.properties.tags ?? {};
      const created = Date.parse(v.systemData?.createdAt ?? '');
      return {
        name,
        version,
        id,
        createdAt: Number.isFinite(created) ? created : undefined,
        tags,
        stage: tags[TAGS.stage] ?? '',
        datasetHash: tags[TAGS.dataset],
        identity: tags[TAGS.identity],
        metrics: metricsFromTags(tags),
        endpoints: endpoints
          .filter((e) => sameModelId(e.properties.modelSettings?.modelId, id))
          .map((e) => ({ name: e.name, state: endpointStateOf(e) }))
          .sort((x, y) => x.name.localeCompare(y.name)),
      };
    })
    .sort(newestFirst);
}

/** Deleting shows in `endpointState` while `provisioningState` may still say Succeeded. */
export function endpointStateOf(e: EndpointResource): string {
  if (/^deleting$/i.test(e.properties.endpointState ?? '')) return 'Deleting';
  return e.properties.provisioningState ?? 'Unknown';
}

export function isProduction(entry: ModelEntry): boolean {
  return entry.stage === STAGES.production;
}

/** Endpoints that still serve (or are about to serve) requests: everything but one being deleted or failed. */
export function liveEndpoints(entry: ModelEntry): EndpointRef[] {
  return entry.endpoints.filter((e) => !/^(deleting|failed|canceled)$/i.test(e.state));
}
