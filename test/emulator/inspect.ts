import type { ArmContext } from './arm/context.ts';
import { modelAssetId } from './arm/context.ts';
import { reconcile } from './arm/lifecycle.ts';
import { metricHistory } from './arm/mlflow.ts';
import type { JobRecord } from './arm/state.ts';
import { randomSecret } from './core/random.ts';
import { Knowledge } from './inference/knowledge.ts';
import type { Emulator, JobView } from './types.ts';

/** Read-only views of the emulated workspace for assertions; each catches up with the clock first. */
export function inspectors(
  ctx: ArmContext,
): Pick<Emulator, 'jobs' | 'job' | 'models' | 'endpoints' | 'metrics'> {
  const { state, ws, inference } = ctx;
  const jobView = (job: JobRecord): JobView => ({
    name: job.name,
    status: job.status,
    tags: (job.properties.tags as Record<string, string>) ?? {},
    failure: job.status === 'Failed' ? job.failure : undefined,
    trainingExamples: job.trainingExamples,
    registeredModel: job.registered
      ? { ...job.registered, id: modelAssetId(ws, job.registered.name, job.registered.version) }
      : undefined,
  });
  return {
    jobs: () => {
      reconcile(ctx);
      return [...state.jobs.values()].map(jobView);
    },
    job: (name) => {
      reconcile(ctx);
      const job = state.jobs.get(name);
      return job ? jobView(job) : undefined;
    },
    models: () => {
      reconcile(ctx);
      return [...state.models.values()].flatMap((versions) =>
        [...versions.values()].map((m) => ({
          name: m.name,
          version: m.version,
          tags: m.properties.tags as Record<string, string>,
          id: modelAssetId(ws, m.name, m.version),
        })),
      );
    },
    endpoints: () => {
      reconcile(ctx);
      return [...state.endpoints.values()].map((e) => ({
        name: e.name,
        provisioningState: e.provisioningState,
        modelId: e.modelId,
        url: inference.url(e.name),
        keys: { ...e.keys },
        deleting: e.deletingUntil !== undefined,
        stats: inference.get(e.name)?.stats,
      }));
    },
    metrics: (jobName, key) => {
      reconcile(ctx);
      const job = state.jobs.get(jobName);
      return job
        ? metricHistory(ctx, job, key).map(({ step, value, timestamp }) => ({ step, value, timestamp }))
        : [];
    },
  };
}

/** Chat endpoints outside ARM, e.g. a "production" model of a chosen quality for a baseline comparison. */
export function endpointRegistrar(ctx: ArmContext): Emulator['inference'] {
  const registry = ctx.inference;
  return {
    registry,
    register: (o) => {
      const knowledge =
        o.trainingJsonl !== undefined ? Knowledge.fromJsonl(o.trainingJsonl).knowledge : new Knowledge();
      if (o.answers) knowledge.merge(Knowledge.fromAnswers(o.answers));
      const key = o.key ?? randomSecret(24);
      registry.add({
        name: o.name,
        brain: {
          modelName: o.modelName ?? o.name,
          knowledge,
          errorRate: o.errorRate ?? 0,
          seed: ctx.settings.seed,
        },
        contentSafety: o.contentSafety,
        keys: { primaryKey: key, secondaryKey: randomSecret(24) },
        overrides: {
          requestsPerMinute: o.requestsPerMinute,
          tokensPerMinute: o.tokensPerMinute,
          latencyMs: o.latencyMs,
        },
        contract: o.contract,
      });
      return { name: o.name, url: registry.url(o.name), key };
    },
    stats: (name) => registry.get(name)?.stats,
  };
}
