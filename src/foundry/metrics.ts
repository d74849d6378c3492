/**
 * Training and validation loss from the workspace's MLflow tracking server. The metric names are not
 * documented for FineTuning jobs, so we read the run's metric keys and pick the losses by name.
 */

export interface MetricPoint {
  step: number;
  value: number;
  timestamp?: number;
}

export interface TrainingMetrics {
  trainingLossKey?: string;
  validationLossKey?: string;
  training: MetricPoint[];
  validation: MetricPoint[];
}

/** `azureml://host/mlflow/v1.0/...` -> `https://host/mlflow/v1.0/...` (NOTES). */
export function trackingBaseUrl(mlflowTrackingUri: string): string {
  return mlflowTrackingUri.replace(/^azureml:\/\//i, 'https://').replace(/\/+$/, '');
}

const VALIDATION_LOSS = /^(eval|validation|valid|val)[_/. -]?loss$/i;
const TRAINING_LOSS = /^(train(ing)?[_/. -]?)?loss$/i;

/** Key names tried when the run does not list its metrics. */
export const FALLBACK_KEYS = {
  training: ['train_loss', 'loss', 'training_loss'],
  validation: ['eval_loss', 'validation_loss'],
};

export function pickLossKeys(keys: readonly string[]): { training?: string; validation?: string } {
  return {
    validation: keys.find((k) => VALIDATION_LOSS.test(k)),
    training: keys.find((k) => TRAINING_LOSS.test(k) && !VALIDATION_LOSS.test(k)),
  };
}

/** MLflow `metrics/get-history` answer -> points ordered by step. */
export function parseHistory(body: unknown): MetricPoint[] {
  const metrics = (body as { metrics?: unknown[] } | undefined)?.metrics;
  if (!Array.isArray(metrics)) return [];
  const points: MetricPoint[] = [];
  for (const m of metrics) {
    const r = m as Record<string, unknown>;
    const value = Number(r.value);
    const step = Number(r.step ?? points.length);
    if (!Number.isFinite(value) || !Number.isFinite(step)) continue;
    points.push({ step, value, ...(r.timestamp !== undefined ? { timestamp: Number(r.timestamp) } : {}) });
  }
  return points.sort((a, b) => a.step - b.step);
}

/** Metric keys of an MLflow `runs/get` answer. */
export function runMetricKeys(body: unknown): string[] {
  const metrics = (body as { run?: { data?: { metrics?: unknown[] } } } | undefined)?.run?.data?.metrics;
  if (!Array.isArray(metrics)) return [];
  return metrics.flatMap((m) => {
    const key = (m as { key?: unknown }).key;
    return typeof key === 'string' ? [key] : [];
  });
}

/** GETs a URL through the authenticated pipeline; undefined when it fails (metrics are nice to have). */
export type TryGet = <T>(url: string, operation: string) => Promise<T | undefined>;

/** Loss curves of a run: the keys the run lists, else the usual names, each read with `get-history`. */
export async function readLossCurves(
  base: string,
  runId: string,
  get: TryGet,
): Promise<TrainingMetrics | undefined> {
  const enc = encodeURIComponent;
  const run = await get<unknown>(
    `${base}/api/2.0/mlflow/runs/get?run_id=${enc(runId)}`,
    `read MLflow run ${runId}`,
  );
  const picked = pickLossKeys(runMetricKeys(run));
  const firstWith = async (
    candidates: readonly string[],
  ): Promise<{ key?: string; points: MetricPoint[] }> => {
    for (const key of candidates) {
      const body = await get<unknown>(
        `${base}/api/2.0/mlflow/metrics/get-history?run_id=${enc(runId)}&metric_key=${enc(key)}`,
        `read metric ${key} of job ${runId}`,
      );
      const points = parseHistory(body);
      if (points.length > 0) return { key, points };
    }
    return { points: [] };
  };
  const training = await firstWith(picked.training ? [picked.training] : FALLBACK_KEYS.training);
  const validation = await firstWith(picked.validation ? [picked.validation] : FALLBACK_KEYS.validation);
  if (training.points.length === 0 && validation.points.length === 0) return undefined;
  return {
    trainingLossKey: training.key,
    validationLossKey: validation.key,
    training: training.points,
    validation: validation.points,
  };
}
