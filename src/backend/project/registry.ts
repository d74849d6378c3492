/**
 * The registry of a Foundry project, rebuilt on every read from what the service keeps: succeeded jobs
 * (their metadata: identity, repository, dataset) are the models; ARM tags on the deployments are the stage
 * record (a project has no model tags). Pure.
 *
 * Rules:
 * - A model's stage is the `stage` tag written last (`stage-at`) on any deployment that serves it.
 * - The production deployment is the durable record: it names the production it replaced
 *   (`previous-production`: archived even after that deployment is deleted) and the identities rejected
 *   so far (`rejected`), because Developer-tier candidate deployments vanish after 24 hours.
 * - No tag at all: `candidate`.
 * - Two models marked production is a promotion that did not finish: reported as `incomplete`; the one
 *   promoted last is production, and `repairPlan` says which deployments to retag `archived`.
 */
import type { ModelDeployment, RegistryState, Stage, TrainedModel, TrainingJob } from '../port.ts';
import { metricsFromLabels } from '../labels.ts';
import { LABELS, rejectedKeys } from './names.ts';

export { metricLabels, metricsFromLabels } from '../labels.ts';

const STAGES: readonly Stage[] = ['candidate', 'production', 'archived', 'rejected'];

function stageOf(value: string | undefined): Stage | undefined {
  return STAGES.find((s) => s === value);
}

function time(value: string | undefined): number {
  const t = Date.parse(value ?? '');
  return Number.isFinite(t) ? t : 0;
}

/** A succeeded job's model as the port names it; stage filled in by `buildRegistry`. */
export function modelOfJob(job: TrainingJob): TrainedModel | undefined {
  if (job.phase !== 'succeeded' || !job.resultModel) return undefined;
  return {
    id: job.resultModel,
    name: job.baseModel,
    version: job.id,
    jobId: job.id,
    identityKey: job.identityKey,
    stage: 'candidate',
    labels: { ...job.labels },
    createdAt: job.finishedAt ?? job.createdAt,
    metrics: {},
  };
}

/** Deployments that carry our stage record, by the model they serve. */
function byModel(deployments: readonly ModelDeployment[]): Map<string, ModelDeployment[]> {
  const map = new Map<string, ModelDeployment[]>();
  for (const d of deployments) {
    const model = d.labels[LABELS.model] ?? d.modelId;
    if (!model) continue;
    map.set(model, [...(map.get(model) ?? []), d]);
  }
  return map;
}

export function buildRegistry(
  jobs: readonly TrainingJob[],
  deployments: readonly ModelDeployment[],
): RegistryState {
  const served = byModel(deployments.filter((d) => d.state !== 'deleting'));
  const productionDeployments = deployments.filter(
    (d) => d.labels[LABELS.stage] === 'production' && d.state !== 'deleting',
  );
  const archivedIds = new Set(
    productionDeployments.map((d) => d.labels[LABELS.previousProduction]).filter((v): v is string => !!v),
  );
  const rejected = new Set(productionDeployments.flatMap((d) => rejectedKeys(d.labels[LABELS.rejected])));

  const models: TrainedModel[] = [];
  for (const job of jobs) {
    const model = modelOfJob(job);
    if (!model || models.some((m) => m.id === model.id)) continue;
    const tagged = (served.get(model.id) ?? []).filter((d) => stageOf(d.labels[LABELS.stage]));
    const latest = [...tagged].sort(
      (a, b) => time(b.labels[LABELS.stageAt]) - time(a.labels[LABELS.stageAt]),
    )[0];
    let stage: Stage = 'candidate';
    if (latest) stage = stageOf(latest.labels[LABELS.stage])!;
    else if (archivedIds.has(model.id)) stage = 'archived';
    else if (model.identityKey && rejected.has(model.identityKey)) stage = 'rejected';
    const labels = Object.assign({}, ...tagged.map((d) => d.labels), model.labels) as Record<string, string>;
    const promotedAt = time(latest?.labels[LABELS.promotedAt]) || undefined;
    models.push({ ...model, stage, labels, metrics: metricsFromLabels(labels), promotedAt });
  }
  models.sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));

  const production = models
    .filter((m) => m.stage === 'production')
    .sort((a, b) => (b.promotedAt ?? 0) - (a.promotedAt ?? 0));
  const state: RegistryState = { models, production: production[0] };
  if (production.length > 1) {
    state.incomplete = {
      reason: `${production.length} models are marked production (a promotion did not finish); the one promoted last counts, the others are to be archived.`,
      models: production.map((m) => m.id),
    };
  } else if (production[0] && archivedIds.has(production[0].id)) {
    state.incomplete = {
      reason: `Model ${production[0].id} is production on one deployment and archived on another.`,
      models: [production[0].id],
    };
  }
  return state;
}

export interface RetagStep {
  deployment: string;
  tags: Record<string, string>;
}

/**
 * What finishes a half-done promotion: every production-tagged deployment that does not serve the model
 * promoted last is retagged `archived`. Empty when nothing is half-done. Pure.
 */
export function repairPlan(
  state: RegistryState,
  deployments: readonly ModelDeployment[],
  at: number,
): RetagStep[] {
  const keep = state.production?.id;
  if (!keep) return [];
  return deployments
    .filter((d) => d.labels[LABELS.stage] === 'production' && (d.labels[LABELS.model] ?? d.modelId) !== keep)
    .map((d) => ({
      deployment: d.name,
      tags: { ...d.labels, [LABELS.stage]: 'archived', [LABELS.stageAt]: new Date(at).toISOString() },
    }));
}
