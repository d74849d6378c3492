import { bearer, json, type EmuRequest, type EmuResponse, type Handler } from '../core/http.ts';
import { seededUnit, stableGuid } from '../core/random.ts';
import { Router } from '../core/router.ts';
import type { TokenRegistry } from '../identity/tokens.ts';
import { normalizeAudience } from '../identity/tokens.ts';
import type { ArmContext } from './context.ts';
import type { JobRecord } from './state.ts';

const WS_SCOPE =
  '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.MachineLearningServices/workspaces/:ws';

/** MLflow's own bounds (REST API reference): get-history at most 25,000 per page, runs/search 50,000. */
export const HISTORY_MAX_RESULTS = 25_000;
export const SEARCH_MAX_RESULTS = 50_000;

export interface MetricPoint {
  key: string;
  value: number;
  timestamp: number;
  step: number;
}

/**
 * One MLflow run of a FineTuning job. The job itself is the pipeline run (run id = job name); its steps
 * are child runs tagged `mlflow.rootRunId` / `mlflow.parentRunId` = the job name. The training step is the
 * one that logs the Hugging Face trainer's curve: `loss`, `learning_rate` and `epoch` per step, `eval_loss`
 * per evaluation (with validation data), and one summary `train_loss` when training ends.
 */
interface RunView {
  id: string;
  name: string;
  job: JobRecord;
  kind: 'pipeline' | 'preprocess' | 'finetune' | 'register';
}

const CHILD_STEPS = ['preprocess', 'finetune', 'register'] as const;

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
  router.get(`${base}/runs/get`, (req) => getRun(ctx, req));
  router.post(`${base}/runs/search`, (req) => searchRuns(ctx, req));
  router.get(`${base}/experiments/get-by-name`, (req) => experimentByName(ctx, req));
  router.get(`${base}/experiments/get`, (req) => experimentById(ctx, req));
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

/** Child runs exist once the pipeline has started them (the job is running or has run). */
function runsOf(job: JobRecord): RunView[] {
  const runs: RunView[] = [
    { id: job.name, name: String(job.properties.displayName ?? job.name), job, kind: 'pipeline' },
  ];
  if (job.runningAt === undefined) return runs;
  for (const step of CHILD_STEPS)
    runs.push({ id: stableGuid(`${job.name}/${step}`), name: step, job, kind: step });
  return runs;
}

function allRuns(ctx: ArmContext): RunView[] {
  return [...ctx.state.jobs.values()].flatMap(runsOf);
}

function findRun(ctx: ArmContext, id: string): RunView | undefined {
  return allRuns(ctx).find((r) => r.id === id);
}

export function experimentId(name: string): string {
  return stableGuid(`experiment/${name}`);
}

function experimentName(job: JobRecord): string {
  return String(job.properties.experimentName ?? 'Default');
}

/** The training curve as the trainer logs it while the job runs: one point per slice of training time. */
export function metricHistory(ctx: ArmContext, job: JobRecord, key: string): MetricPoint[] {
  const { lossKey, evalLossKey, epochKey, summaryKey, points } = ctx.settings.metrics;
  if (job.runningAt === undefined || job.plannedEndAt === undefined) return [];
  const until = Math.min(ctx.clock.now(), job.endedAt ?? Number.POSITIVE_INFINITY);
  const span = job.plannedEndAt - job.runningAt;
  const epochs =
    Number(
      (job.properties.fineTuningDetails as { hyperParameters?: Record<string, string> } | undefined)
        ?.hyperParameters?.num_train_epochs,
    ) || 1;
  const stepsPerPoint = 10;
  const out: MetricPoint[] = [];
  const train = (progress: number): number => 0.35 + 1.9 * Math.exp(-3.2 * progress);
  const noise = (i: number, k: string): number =>
    (seededUnit(ctx.settings.seed, `${job.name}/${k}/${i}`) - 0.5) * 0.04;
  for (let i = 0; i < points; i++) {
    const at = job.runningAt + Math.round(((i + 1) * span) / points);
    if (at > until) break;
    const progress = (i + 1) / points;
    const step = (i + 1) * stepsPerPoint;
    let value: number | undefined;
    if (key === lossKey) value = train(progress) + noise(i, key);
    else if (key === epochKey) value = epochs * progress;
    else if (key === 'learning_rate') value = 0.0002 * (1 - progress);
    else if (key === evalLossKey && job.hasValidation && i % 2 === 1)
      value = train(progress) + 0.08 + noise(i, key);
    if (value !== undefined) out.push({ key, value: Number(value.toFixed(6)), timestamp: at, step });
  }
  if (key === summaryKey && job.status === 'Completed' && out.length === 0) {
    const last = metricHistory(ctx, job, lossKey);
    if (last.length > 0) {
      const mean = last.reduce((s, p) => s + p.value, 0) / last.length;
      out.push({
        key,
        value: Number(mean.toFixed(6)),
        timestamp: job.endedAt ?? until,
        step: last.at(-1)!.step,
      });
    }
  }
  return out;
}

function runMetricKeys(ctx: ArmContext, run: RunView): string[] {
  if (run.kind !== 'finetune') return [];
  const { lossKey, evalLossKey, epochKey, summaryKey } = ctx.settings.metrics;
  return [lossKey, evalLossKey, epochKey, 'learning_rate', summaryKey];
}

function latestMetrics(ctx: ArmContext, run: RunView): MetricPoint[] {
  return runMetricKeys(ctx, run)
    .map((k) => metricHistory(ctx, run.job, k).at(-1))
    .filter((p): p is MetricPoint => p !== undefined);
}

function history(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const runId = req.query.get('run_id') ?? req.query.get('run_uuid');
  if (!runId)
    return mlflowError(400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'run_id'.");
  const run = findRun(ctx, runId);
  if (!run) return mlflowError(404, 'RESOURCE_DOES_NOT_EXIST', `Run with id=${runId} not found`);
  const key = req.query.get('metric_key');
  if (!key)
    return mlflowError(400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'metric_key'.");
  const size = pageSize(ctx, req.query.get('max_results'), HISTORY_MAX_RESULTS);
  if (typeof size === 'object') return size;
  const all = runMetricKeys(ctx, run).includes(key) ? metricHistory(ctx, run.job, key) : [];
  const start = decodeToken(req.query.get('page_token'));
  if (start === undefined) return mlflowError(400, 'INVALID_PARAMETER_VALUE', 'Invalid page token.');
  const page = all.slice(start, start + size);
  // MLflow omits empty repeated fields: no history is `{}`, not `{ metrics: [] }`.
  const body: Record<string, unknown> = page.length ? { metrics: page } : {};
  if (start + size < all.length) body.next_page_token = encodeToken(start + size);
  return json(200, body);
}

/** The page size MLflow serves: what the client asks for, capped by the server's threshold. */
function pageSize(
  ctx: ArmContext,
  asked: string | null | number | undefined,
  max: number,
): number | EmuResponse {
  if (asked === null || asked === undefined || asked === '')
    return Math.min(max, ctx.settings.mlflowPageSize);
  const n = Number(asked);
  if (!Number.isInteger(n) || n < 1)
    return mlflowError(
      400,
      'INVALID_PARAMETER_VALUE',
      `Invalid value ${String(asked)} for parameter 'max_results'.`,
    );
  if (n > max)
    return mlflowError(
      400,
      'INVALID_PARAMETER_VALUE',
      `Invalid value ${n} for parameter 'max_results' supplied. It must be at most ${max}.`,
    );
  return Math.min(n, ctx.settings.mlflowPageSize);
}

function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64');
}

function decodeToken(token: string | null | undefined): number | undefined {
  if (!token) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString()) as { offset?: unknown };
    return typeof parsed.offset === 'number' && parsed.offset >= 0 ? parsed.offset : undefined;
  } catch {
    return undefined;
  }
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

function runTags(run: RunView): Record<string, string> {
  const job = run.job;
  const tags: Record<string, string> = { 'mlflow.runName': run.name };
  if (run.kind === 'pipeline') {
    Object.assign(tags, (job.properties.tags as Record<string, string>) ?? {});
    tags['azureml.PipelineType'] = 'FineTuning';
  } else {
    tags['mlflow.rootRunId'] = job.name;
    tags['mlflow.parentRunId'] = job.name;
    tags['azureml.pipelineStep'] = run.kind;
  }
  return tags;
}

function runBody(ctx: ArmContext, run: RunView): Record<string, unknown> {
  const job = run.job;
  const status =
    run.kind === 'pipeline' || run.kind === 'finetune'
      ? job.status
      : job.endedAt !== undefined
        ? job.status
        : 'Running';
  const details = job.properties.fineTuningDetails as
    { hyperParameters?: Record<string, string> } | undefined;
  const metrics = latestMetrics(ctx, run);
  const params = run.kind === 'finetune' ? Object.entries(details?.hyperParameters ?? {}) : [];
  return {
    info: {
      run_id: run.id,
      run_uuid: run.id,
      run_name: run.name,
      experiment_id: experimentId(experimentName(job)),
      user_id: job.createdBy,
      status: MLFLOW_STATUS[status] ?? 'SCHEDULED',
      start_time: job.runningAt ?? job.createdAt,
      ...(job.endedAt !== undefined ? { end_time: job.endedAt } : {}),
      artifact_uri: `azureml://datastores/workspaceartifactstore/ExperimentRun/dcid.${run.id}`,
      lifecycle_stage: 'active',
    },
    data: {
      ...(metrics.length ? { metrics } : {}),
      ...(params.length ? { params: params.map(([key, value]) => ({ key, value })) } : {}),
      tags: Object.entries(runTags(run)).map(([key, value]) => ({ key, value })),
    },
  };
}

function getRun(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const runId = req.query.get('run_id') ?? req.query.get('run_uuid');
  if (!runId)
    return mlflowError(400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'run_id'.");
  const run = findRun(ctx, runId);
  return run
    ? json(200, { run: runBody(ctx, run) })
    : mlflowError(404, 'RESOURCE_DOES_NOT_EXIST', `Run with id=${runId} not found`);
}

interface Clause {
  entity: 'tags' | 'params' | 'metrics' | 'attributes';
  key: string;
  op: string;
  value: string | number;
}

/**
 * MLflow's search filter: clauses joined by AND, each `<entity>.<key> <op> <value>`; keys may be quoted
 * with "…" or `…`, string values with '…' or "…". Tags, params and attributes compare with = and !=
 * (and LIKE for tags), metrics numerically.
 */
export function parseFilter(filter: string): Clause[] | string {
  const text = filter.trim();
  if (text === '') return [];
  const clause =
    /^(tags|tag|params|param|metrics|metric|attributes|attribute|attr|run)\.(?:"([^"]+)"|`([^`]+)`|([\w.\-/]+))\s*(=|!=|<=|>=|<|>|LIKE|ILIKE)\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?(?:e-?\d+)?))\s*(?:AND\s+|$)/i;
  const clauses: Clause[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = clause.exec(rest);
    if (!m) return `Invalid filter '${filter}': could not parse '${rest}'.`;
    const entityWord = m[1]!.toLowerCase();
    const entity = entityWord.startsWith('tag')
      ? 'tags'
      : entityWord.startsWith('param')
        ? 'params'
        : entityWord.startsWith('metric')
          ? 'metrics'
          : 'attributes';
    const value = m[6] ?? m[7] ?? Number(m[8]);
    clauses.push({ entity, key: m[2] ?? m[3] ?? m[4]!, op: m[5]!.toUpperCase(), value });
    rest = rest.slice(m[0].length);
  }
  return clauses;
}

function like(pattern: string, value: string, insensitive: boolean): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/%/g, '.*')
      .replace(/_/g, '.')}$`,
    insensitive ? 'i' : '',
  );
  return re.test(value);
}

function matchesClause(ctx: ArmContext, run: RunView, c: Clause): boolean {
  let actual: string | number | undefined;
  if (c.entity === 'tags') actual = runTags(run)[c.key];
  else if (c.entity === 'params') {
    const p =
      run.kind === 'finetune'
        ? (run.job.properties.fineTuningDetails as { hyperParameters?: Record<string, string> } | undefined)
            ?.hyperParameters
        : undefined;
    actual = p?.[c.key];
  } else if (c.entity === 'metrics') actual = latestMetrics(ctx, run).find((m) => m.key === c.key)?.value;
  else {
    const info = runBody(ctx, run).info as Record<string, unknown>;
    const key = c.key === 'name' ? 'run_name' : c.key;
    actual = info[key] as string | number | undefined;
  }
  if (actual === undefined) return false;
  switch (c.op) {
    case '=':
      return String(actual) === String(c.value);
    case '!=':
      return String(actual) !== String(c.value);
    case 'LIKE':
    case 'ILIKE':
      return like(String(c.value), String(actual), c.op === 'ILIKE');
    default: {
      const a = Number(actual);
      const b = Number(c.value);
      if (c.op === '<') return a < b;
      if (c.op === '<=') return a <= b;
      if (c.op === '>') return a > b;
      return a >= b;
    }
  }
}

function searchRuns(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const body = (req.body ?? {}) as {
    experiment_ids?: unknown;
    filter?: unknown;
    max_results?: unknown;
    page_token?: unknown;
    run_view_type?: unknown;
  };
  if (body.experiment_ids !== undefined && !Array.isArray(body.experiment_ids))
    return mlflowError(
      400,
      'INVALID_PARAMETER_VALUE',
      "Invalid value for parameter 'experiment_ids': an array of strings.",
    );
  const experiments = new Set((body.experiment_ids as unknown[] | undefined)?.map(String) ?? []);
  const clauses = parseFilter(typeof body.filter === 'string' ? body.filter : '');
  if (typeof clauses === 'string') return mlflowError(400, 'INVALID_PARAMETER_VALUE', clauses);
  const size = pageSize(ctx, body.max_results as number | undefined, SEARCH_MAX_RESULTS);
  if (typeof size === 'object') return size;
  const start = decodeToken(typeof body.page_token === 'string' ? body.page_token : undefined);
  if (start === undefined) return mlflowError(400, 'INVALID_PARAMETER_VALUE', 'Invalid page token.');
  const matching = allRuns(ctx)
    .filter((r) => experiments.has(experimentId(experimentName(r.job))))
    .filter((r) => clauses.every((c) => matchesClause(ctx, r, c)));
  const page = matching.slice(start, start + size);
  const out: Record<string, unknown> = page.length ? { runs: page.map((r) => runBody(ctx, r)) } : {};
  if (start + size < matching.length) out.next_page_token = encodeToken(start + size);
  return json(200, out);
}

function experimentBody(name: string, createdAt: number): Record<string, unknown> {
  return {
    experiment_id: experimentId(name),
    name,
    artifact_location: `azureml://experiments/${experimentId(name)}`,
    lifecycle_stage: 'active',
    creation_time: createdAt,
    last_update_time: createdAt,
  };
}

function experiments(ctx: ArmContext): Map<string, number> {
  const out = new Map<string, number>();
  for (const job of ctx.state.jobs.values()) {
    const name = experimentName(job);
    out.set(name, Math.min(out.get(name) ?? Number.POSITIVE_INFINITY, job.createdAt));
  }
  return out;
}

function experimentByName(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const name = req.query.get('experiment_name');
  if (!name)
    return mlflowError(
      400,
      'INVALID_PARAMETER_VALUE',
      "Missing value for required parameter 'experiment_name'.",
    );
  const createdAt = experiments(ctx).get(name);
  return createdAt === undefined
    ? mlflowError(404, 'RESOURCE_DOES_NOT_EXIST', `Could not find experiment with name '${name}'`)
    : json(200, { experiment: experimentBody(name, createdAt) });
}

function experimentById(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const id = req.query.get('experiment_id');
  const found = [...experiments(ctx)].find(([name]) => experimentId(name) === id);
  return found
    ? json(200, { experiment: experimentBody(found[0], found[1]) })
    : mlflowError(404, 'RESOURCE_DOES_NOT_EXIST', `No Experiment with id=${id ?? ''} exists`);
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

/** The training run of a job (the child that logs the curve), for inspection in tests. */
export function trainingRunId(jobName: string): string {
  return stableGuid(`${jobName}/finetune`);
}
