/**
 * Training and validation loss of a FineTuning job, from the workspace's MLflow tracking server. The job is
 * a pipeline run; its curve lives on a child run (Microsoft's fine-tuning sample: `runs/search` with
 * `tags.mlflow.rootRunId = '<job>'`, the run whose metrics include `epoch`), which the Hugging Face trainer
 * fills with `loss` and `eval_loss` per step and one summary `train_loss`. Histories and searches are
 * paged (`max_results`, `page_token` until no `next_page_token`), with bounds.
 */

export interface MetricPoint {
  step: number;
  value: number;
  timestamp?: number;
}

export interface TrainingMetrics {
  /** The MLflow run the curves came from (the job's training child run). */
  runId: string;
  runName?: string;
  trainingLossKey?: string;
  validationLossKey?: string;
  /** True when no loss metric was found and the series with the most points is shown instead. */
  fallback?: boolean;
  training: MetricPoint[];
  validation: MetricPoint[];
  /** Set when a bound stopped the paging (the curve is cut there). */
  truncated?: boolean;
}

/** What `trainingMetrics` found: the curves, or why there are none, in words for the summary. */
export type LossLookup =
  { metrics: TrainingMetrics; reason?: undefined } | { metrics?: undefined; reason: string };

/** `azureml://host/mlflow/v1.0/...` -> `https://host/mlflow/v1.0/...` (NOTES). */
export function trackingBaseUrl(mlflowTrackingUri: string): string {
  return mlflowTrackingUri.replace(/^azureml:\/\//i, 'https://').replace(/\/+$/, '');
}

const VALIDATION_LOSS = /^(eval|validation|valid|val)[_/. -]?loss$/i;
const TRAINING_LOSS = /^(train(ing)?[_/. -]?)?loss$/i;
/** Bookkeeping series that are never a loss curve. */
const NOT_A_CURVE = new Set(['epoch', 'step', 'learning_rate', 'grad_norm', 'total_flos']);

/** MLflow caps: get-history at most 25,000 per page, runs/search 50,000 (REST API reference). */
export const HISTORY_PAGE = 25_000;
export const SEARCH_PAGE = 1_000;
/** Bounds on paging: a service that keeps answering a next page must not hold a run forever. */
export const MAX_PAGES = 100;
export const MAX_POINTS = 200_000;
/** Series read when looking for the longest one (no loss metric logged). */
export const MAX_FALLBACK_SERIES = 20;

/** Loss keys of a run's metric keys, training first: `loss` (per step) before `train_loss` (a summary). */
export function pickLossKeys(keys: readonly string[]): { training: string[]; validation: string[] } {
  const rank = (k: string): number => (k.toLowerCase() === 'loss' ? 0 : 1);
  return {
    training: keys
      .filter((k) => TRAINING_LOSS.test(k) && !VALIDATION_LOSS.test(k))
      .sort((a, b) => rank(a) - rank(b)),
    validation: keys.filter((k) => VALIDATION_LOSS.test(k)),
  };
}

/** MLflow `metrics/get-history` points -> points ordered by step. */
export function parsePoints(metrics: unknown): MetricPoint[] {
  if (!Array.isArray(metrics)) return [];
  const points: MetricPoint[] = [];
  for (const m of metrics) {
    const r = m as Record<string, unknown>;
    const value = Number(r.value);
    const step = Number(r.step ?? points.length);
    if (!Number.isFinite(value) || !Number.isFinite(step)) continue;
    points.push({ step, value, ...(r.timestamp !== undefined ? { timestamp: Number(r.timestamp) } : {}) });
  }
  return points;
}

interface MlflowRun {
  info?: { run_id?: string; run_name?: string };
  data?: { metrics?: { key?: unknown }[]; tags?: { key?: unknown; value?: unknown }[] };
}

/** Metric keys an MLflow run lists (its latest values). */
export function runMetricKeys(run: MlflowRun | undefined): string[] {
  const metrics = run?.data?.metrics;
  if (!Array.isArray(metrics)) return [];
  return metrics.flatMap((m) => (typeof m.key === 'string' ? [m.key] : []));
}

/** The training run among a job's runs: the one that logs `epoch`, else the one with the most metrics. */
export function pickTrainingRun(runs: readonly MlflowRun[]): MlflowRun | undefined {
  const withEpoch = runs.find((r) => runMetricKeys(r).includes('epoch'));
  if (withEpoch) return withEpoch;
  const ranked = [...runs].sort((a, b) => runMetricKeys(b).length - runMetricKeys(a).length);
  return ranked[0] && runMetricKeys(ranked[0]).length > 0 ? ranked[0] : undefined;
}

/** GET / POST through the authenticated pipeline; undefined when the call fails (metrics are nice to have). */
export interface MlflowHttp {
  get<T>(url: string, operation: string): Promise<T | undefined>;
  post<T>(url: string, body: unknown, operation: string): Promise<T | undefined>;
}

export interface JobRun {
  /** The job's name: its pipeline run id and the child runs' `mlflow.rootRunId`. */
  name: string;
  /** The job's `experimentName` (MLflow experiment); Azure's default is `Default`. */
  experimentName?: string;
}

/** Every point of one metric of a run, page by page. */
export async function metricHistory(
  base: string,
  runId: string,
  key: string,
  http: MlflowHttp,
): Promise<{ points: MetricPoint[]; truncated: boolean } | undefined> {
  const enc = encodeURIComponent;
  const points: MetricPoint[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const url =
      `${base}/api/2.0/mlflow/metrics/get-history?run_id=${enc(runId)}&metric_key=${enc(key)}` +
      `&max_results=${HISTORY_PAGE}${token ? `&page_token=${enc(token)}` : ''}`;
    const body = await http.get<{ metrics?: unknown; next_page_token?: string }>(
      url,
      `read metric ${key} of run ${runId}`,
    );
    if (!body) return page === 0 ? undefined : { points: sortByStep(points), truncated: true };
    points.push(...parsePoints(body.metrics));
    token = body.next_page_token || undefined;
    if (!token) return { points: sortByStep(points), truncated: false };
    if (points.length >= MAX_POINTS) break;
  }
  return { points: sortByStep(points), truncated: true };
}

function sortByStep(points: MetricPoint[]): MetricPoint[] {
  return points.sort((a, b) => a.step - b.step);
}

/** The runs under a job's pipeline run (`tags.mlflow.rootRunId`), page by page. */
export async function childRuns(
  base: string,
  experimentId: string,
  jobName: string,
  http: MlflowHttp,
): Promise<MlflowRun[] | undefined> {
  const runs: MlflowRun[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await http.post<{ runs?: MlflowRun[]; next_page_token?: string }>(
      `${base}/api/2.0/mlflow/runs/search`,
      {
        experiment_ids: [experimentId],
        filter: `tags.mlflow.rootRunId = '${jobName.replace(/'/g, "\\'")}'`,
        max_results: SEARCH_PAGE,
        ...(token ? { page_token: token } : {}),
      },
      `search the MLflow runs of job ${jobName}`,
    );
    if (!body) return page === 0 ? undefined : runs;
    runs.push(...(body.runs ?? []));
    token = body.next_page_token || undefined;
    if (!token) break;
  }
  return runs.filter((r) => r.info?.run_id !== jobName);
}

/** Loss curves of a job's training run, or why there are none. */
export async function readLossCurves(base: string, job: JobRun, http: MlflowHttp): Promise<LossLookup> {
  const enc = encodeURIComponent;
  const experimentName = job.experimentName || 'Default';
  const experiment = await http.get<{ experiment?: { experiment_id?: string } }>(
    `${base}/api/2.0/mlflow/experiments/get-by-name?experiment_name=${enc(experimentName)}`,
    `read MLflow experiment ${experimentName}`,
  );
  const experimentId = experiment?.experiment?.experiment_id;
  if (!experimentId)
    return { reason: `MLflow has no experiment '${experimentName}' (the job's experiment).` };
  const runs = await childRuns(base, experimentId, job.name, http);
  if (!runs) return { reason: `the MLflow runs of job ${job.name} could not be searched.` };
  const run = pickTrainingRun(runs);
  const runId = run?.info?.run_id;
  if (!run || !runId) {
    return {
      reason: `no MLflow run under job ${job.name} (tags.mlflow.rootRunId = '${job.name}', ${runs.length} run${runs.length === 1 ? '' : 's'}) logged metrics.`,
    };
  }
  const keys = runMetricKeys(run);
  const picked = pickLossKeys(keys);
  let truncated = false;
  const firstCurve = async (
    candidates: readonly string[],
  ): Promise<{ key?: string; points: MetricPoint[] }> => {
    let best: { key?: string; points: MetricPoint[] } = { points: [] };
    for (const key of candidates) {
      const history = await metricHistory(base, runId, key, http);
      if (!history) continue;
      truncated ||= history.truncated;
      // A one-point series (the trainer's summary `train_loss`) is a curve only when nothing better exists.
      if (history.points.length > 1) return { key, points: history.points };
      if (history.points.length > best.points.length) best = { key, points: history.points };
    }
    return best;
  };
  const training = await firstCurve(picked.training);
  const validation = await firstCurve(picked.validation);
  const base_ = { runId, runName: run.info?.run_name };
  if (training.points.length > 0 || validation.points.length > 0) {
    return {
      metrics: {
        ...base_,
        trainingLossKey: training.key,
        validationLossKey: validation.key,
        training: training.points,
        validation: validation.points,
        ...(truncated ? { truncated } : {}),
      },
    };
  }
  // No loss metric: the longest series the run logged, so the summary shows the training progress.
  let longest: { key?: string; points: MetricPoint[] } = { points: [] };
  for (const key of keys.filter((k) => !NOT_A_CURVE.has(k)).slice(0, MAX_FALLBACK_SERIES)) {
    const history = await metricHistory(base, runId, key, http);
    if (history && history.points.length > longest.points.length) longest = { key, points: history.points };
  }
  if (longest.key && longest.points.length > 0) {
    return {
      metrics: {
        ...base_,
        trainingLossKey: longest.key,
        fallback: true,
        training: longest.points,
        validation: [],
      },
    };
  }
  return { reason: `MLflow run ${runId} of job ${job.name} logged no metric history.` };
}
