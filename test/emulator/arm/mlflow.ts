import { bearer, json, type EmuRequest, type EmuResponse, type Handler } from '../core/http.ts';
import { seededUnit } from '../core/random.ts';
import { Router } from '../core/router.ts';
import type { TokenRegistry } from '../identity/tokens.ts';
import { normalizeAudience } from '../identity/tokens.ts';
import type { ArmContext } from './context.ts';
import type { JobRecord } from './state.ts';

const WS_SCOPE =
  '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.MachineLearningServices/workspaces/:ws';

export interface MetricPoint {
  key: string;
  value: number;
  timestamp: number;
  step: number;
}

/**
 * The workspace's regional host (https, like `{region}.api.azureml.ms`): MLflow tracking under
 * `/mlflow/v1.0/{workspace id}/api/2.0/mlflow/...`, run history details, and the discovery document.
 */
export function mlflowHandler(ctx: ArmContext, tokens: TokenRegistry): Handler {
  const accepted = new Set(
    [
      ctx.urls.arm,
      'https://management.azure.com',
      'https://management.core.windows.net',
      'https://ml.azure.com',
    ].map(normalizeAudience),
  );
  const router = new Router(() =>
    mlflowError(404, 'ENDPOINT_NOT_FOUND', 'No API endpoint found for this path.'),
  );
  const base = `/mlflow/v1.0${WS_SCOPE}/api/2.0/mlflow`;
  router.get(`${base}/metrics/get-history`, (req) => history(ctx, req));
  router.get(`${base}/runs/get`, (req) => run(ctx, req));
  router.get(`/history/v1.0${WS_SCOPE}/runs/:runId/details`, (req) => details(ctx, req));
  router.get('/discovery', () => {
    const origin = ctx.urls.mlflow;
    return json(200, {
      api: origin,
      catalog: origin,
      experimentation: origin,
      history: origin,
      modelmanagement: origin,
      pipelines: origin,
      studio: 'https://ml.azure.com',
    });
  });
  return (req) => {
    if (req.path !== '/discovery') {
      const token = bearer(req);
      const verdict = token ? tokens.check(token, (a) => accepted.has(a), [...accepted]) : undefined;
      if (!verdict?.ok)
        return mlflowError(
          401,
          'UNAUTHENTICATED',
          verdict && !verdict.ok ? verdict.message : 'Missing bearer token.',
        );
      const { sub, ws } = scopeOf(req.path);
      if (
        sub !== undefined &&
        (sub.toLowerCase() !== ctx.ws.subscriptionId.toLowerCase() ||
          ws?.toLowerCase() !== ctx.ws.name.toLowerCase())
      ) {
        return mlflowError(404, 'RESOURCE_DOES_NOT_EXIST', 'Workspace not found.');
      }
    }
    return router.handle(req);
  };
}

function scopeOf(path: string): { sub?: string; ws?: string } {
  const m =
    /\/subscriptions\/([^/]+)\/resourceGroups\/[^/]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)/i.exec(
      path,
    );
  return m ? { sub: m[1], ws: m[2] } : {};
}

function mlflowError(status: number, code: string, message: string): EmuResponse {
  return json(status, { error_code: code, message });
}

function findRun(ctx: ArmContext, req: EmuRequest): JobRecord | EmuResponse {
  const runId = req.query.get('run_id') ?? req.query.get('run_uuid');
  if (!runId)
    return mlflowError(400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'run_id'.");
  const job = ctx.state.jobs.get(runId);
  return job ?? mlflowError(404, 'RESOURCE_DOES_NOT_EXIST', `Run with id=${runId} not found`);
}

/** Loss curves a fine-tune logs while it runs: one point per slice of training time that has passed. */
export function metricHistory(ctx: ArmContext, job: JobRecord, key: string): MetricPoint[] {
  const { trainLossKey, evalLossKey, points } = ctx.settings.metrics;
  if (key !== trainLossKey && !(key === evalLossKey && job.hasValidation)) return [];
  if (job.runningAt === undefined || job.plannedEndAt === undefined) return [];
  const until = Math.min(ctx.clock.now(), job.endedAt ?? Number.POSITIVE_INFINITY);
  const span = job.plannedEndAt - job.runningAt;
  const out: MetricPoint[] = [];
  for (let i = 0; i < points; i++) {
    const at = job.runningAt + Math.round(((i + 1) * span) / points);
    if (at > until) break;
    const progress = (i + 1) / points;
    const noise = (seededUnit(ctx.settings.seed, `${job.name}/${key}/${i}`) - 0.5) * 0.04;
    const train = 0.35 + 1.9 * Math.exp(-3.2 * progress);
    const value = key === trainLossKey ? train + noise : train + 0.08 + noise;
    out.push({ key, value: Number(value.toFixed(4)), timestamp: at, step: (i + 1) * 10 });
  }
  return out;
}

function history(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const job = findRun(ctx, req);
  if (!('name' in job)) return job;
  const key = req.query.get('metric_key');
  if (!key)
    return mlflowError(400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'metric_key'.");
  const all = metricHistory(ctx, job, key);
  const max = Number(req.query.get('max_results') ?? 25_000);
  const start = Number(req.query.get('page_token') ?? 0);
  const page = all.slice(start, start + max);
  // MLflow omits empty repeated fields: no history is `{}`, not `{ metrics: [] }`.
  const body: Record<string, unknown> = page.length ? { metrics: page } : {};
  if (start + max < all.length) body.next_page_token = String(start + max);
  return json(200, body);
}

const MLFLOW_STATUS: Record<string, string> = {
  NotStarted: 'SCHEDULED',
  Queued: 'SCHEDULED',
  Running: 'RUNNING',
  CancelRequested: 'RUNNING',
  Completed: 'FINISHED',
  Failed: 'FAILED',
  Canceled: 'KILLED',
};

function run(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const job = findRun(ctx, req);
  if (!('name' in job)) return job;
  const { trainLossKey, evalLossKey } = ctx.settings.metrics;
  const latest = [trainLossKey, evalLossKey]
    .map((k) => metricHistory(ctx, job, k).at(-1))
    .filter((p) => p !== undefined);
  const details = job.properties.fineTuningDetails as
    { hyperParameters?: Record<string, string> } | undefined;
  const tags = Object.entries((job.properties.tags as Record<string, string>) ?? {}).map(([key, value]) => ({
    key,
    value,
  }));
  return json(200, {
    run: {
      info: {
        run_id: job.name,
        run_uuid: job.name,
        run_name: String(job.properties.displayName ?? job.name),
        experiment_id: String(job.properties.experimentName ?? 'Default'),
        user_id: job.createdBy,
        status: MLFLOW_STATUS[job.status] ?? 'SCHEDULED',
        start_time: job.runningAt ?? job.createdAt,
        ...(job.endedAt !== undefined ? { end_time: job.endedAt } : {}),
        artifact_uri: `azureml://datastores/workspaceartifactstore/ExperimentRun/dcid.${job.name}`,
        lifecycle_stage: 'active',
      },
      data: {
        ...(latest.length ? { metrics: latest } : {}),
        params: Object.entries(details?.hyperParameters ?? {}).map(([key, value]) => ({ key, value })),
        tags: [...tags, { key: 'mlflow.runName', value: String(job.properties.displayName ?? job.name) }],
      },
    },
  });
}

/** Run history details: where the reason of a failed job lives (the ARM job carries none). */
function details(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const job = ctx.state.jobs.get(req.params.runId!);
  if (!job) return json(404, { error: { code: 'UserError', message: `Run ${req.params.runId} not found.` } });
  const failed = job.status === 'Failed' && job.failure;
  return json(200, {
    runId: job.name,
    status: job.status,
    ...(job.runningAt !== undefined ? { startTimeUtc: new Date(job.runningAt).toISOString() } : {}),
    ...(job.endedAt !== undefined ? { endTimeUtc: new Date(job.endedAt).toISOString() } : {}),
    ...(failed ? { error: { error: { code: job.failure!.code, message: job.failure!.message } } } : {}),
    warnings: [],
    tags: job.properties.tags ?? {},
    properties: job.properties.properties ?? {},
  });
}
