/**
 * The model registry as the lifecycle sees it: which version is in production, which endpoint serves a
 * version, and the tags promotion writes. Every command that asks "what is in production?" asks here.
 */
import type { Config } from '../config/types.ts';
import { TAG_PREFIX, TAGS } from '../foundry/identity.ts';
import {
  versionOf,
  type EndpointResource,
  type Foundry,
  type ModelVersionResource,
} from '../foundry/index.ts';
import type { MetricsView } from '../gate/types.ts';

export const STAGES = {
  candidate: 'candidate',
  production: 'production',
  /** A former production version, replaced by a promotion. */
  archived: 'archived',
  /** Its gates failed: retraining the same data would only repeat that. */
  rejected: 'rejected',
} as const;

export const PROMOTION_TAGS = {
  previousProduction: `${TAG_PREFIX}.previous-production`,
  promotedAt: `${TAG_PREFIX}.promoted-at`,
  promotedBy: `${TAG_PREFIX}.promoted-by`,
  metricPrefix: `${TAG_PREFIX}.metric.`,
} as const;

/** Metrics worth keeping on the model itself, so the models table and retrain can read them later. */
const TAGGED_METRICS = ['exact_match', 'f1', 'rougeL', 'bleu', 'latency_p95_ms', 'unsafe_rate'] as const;

export function metricTags(view: MetricsView): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const name of TAGGED_METRICS) {
    const value = view.candidate[name];
    if (value !== undefined && Number.isFinite(value)) {
      tags[`${PROMOTION_TAGS.metricPrefix}${name}`] = String(Number(value.toFixed(4)));
    }
  }
  return tags;
}

export interface ModelRef {
  name: string;
  version: string;
  id: string;
  tags: Record<string, string>;
}

/** Whether the config names a workspace at all: without one there is no registry to ask. */
export function hasWorkspace(config: Config): boolean {
  return Boolean(config.azure.subscriptionId && config.azure.resourceGroup && config.azure.workspace);
}

/** This repository's versions of the configured model, newest first. */
export async function repositoryVersions(
  foundry: Foundry,
  config: Config,
  repository: string,
): Promise<ModelVersionResource[]> {
  const versions = await foundry.listModelVersions(config.training.modelName, {
    tags: { [TAGS.repository]: repository },
  });
  return [...versions].sort(
    (a, b) => Number(versionOf(b)) - Number(versionOf(a)) || versionOf(b).localeCompare(versionOf(a)),
  );
}

/**
 * The version in production: tagged `stage=production`; when a half-finished promotion left two, the one
 * promoted last.
 */
export async function findProduction(
  foundry: Foundry,
  config: Config,
  repository: string,
): Promise<ModelRef | undefined> {
  const production = (await repositoryVersions(foundry, config, repository)).filter(
    (v) => v.properties.tags?.[TAGS.stage] === STAGES.production,
  );
  const promotedAt = (v: ModelVersionResource): string =>
    v.properties.tags?.[PROMOTION_TAGS.promotedAt] ?? '';
  const newest = production.sort((a, b) => promotedAt(b).localeCompare(promotedAt(a)))[0];
  if (!newest) return undefined;
  const version = versionOf(newest);
  return {
    name: config.training.modelName,
    version,
    id: await foundry.modelId(config.training.modelName, version),
    tags: newest.properties.tags ?? {},
  };
}

/** The serverless endpoint that serves a model id and finished provisioning, if any. */
export async function endpointFor(foundry: Foundry, modelId: string): Promise<EndpointResource | undefined> {
  return (await foundry.listEndpoints()).find(
    (e) =>
      e.properties.modelSettings?.modelId === modelId &&
      /^succeeded$/i.test(e.properties.provisioningState ?? 'Succeeded'),
  );
}
