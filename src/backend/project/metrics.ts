/**
 * Loss curves of a project job from its result file `results.csv` (columns `step, train_loss,
 * train_mean_token_accuracy, valid_loss, validation_mean_token_accuracy, full_valid_loss,
 * full_valid_mean_token_accuracy`, D-REST), else from its checkpoints' metrics. Pure.
 */
import type { Checkpoint, MetricPoint, TrainingMetrics } from '../port.ts';

export const TRAINING_LOSS = 'train_loss';
export const VALIDATION_LOSS = 'valid_loss';

export function parseResultsCsv(text: string): TrainingMetrics | undefined {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = lines
    .shift()
    ?.split(',')
    .map((h) => h.trim());
  if (!header) return undefined;
  const col = (name: string): number => header.indexOf(name);
  const step = col('step');
  const train = col(TRAINING_LOSS);
  const valid = col(VALIDATION_LOSS);
  if (step < 0 || (train < 0 && valid < 0)) return undefined;
  const training: MetricPoint[] = [];
  const validation: MetricPoint[] = [];
  for (const line of lines) {
    const cells = line.split(',');
    const s = Number(cells[step]);
    if (!Number.isFinite(s)) continue;
    const t = train >= 0 ? cells[train]?.trim() : undefined;
    const v = valid >= 0 ? cells[valid]?.trim() : undefined;
    if (t && Number.isFinite(Number(t))) training.push({ step: s, value: Number(t) });
    if (v && Number.isFinite(Number(v))) validation.push({ step: s, value: Number(v) });
  }
  if (training.length === 0 && validation.length === 0) return undefined;
  return {
    trainingLossKey: training.length ? TRAINING_LOSS : undefined,
    validationLossKey: validation.length ? VALIDATION_LOSS : undefined,
    training,
    validation,
  };
}

export function metricsFromCheckpoints(checkpoints: readonly Checkpoint[]): TrainingMetrics | undefined {
  const ordered = [...checkpoints].sort((a, b) => a.step - b.step);
  const pick = (key: string): MetricPoint[] =>
    ordered.flatMap((c) =>
      Number.isFinite(c.metrics[key]) ? [{ step: c.step, value: c.metrics[key]! }] : [],
    );
  const training = pick(TRAINING_LOSS);
  const validation = pick(VALIDATION_LOSS);
  if (training.length === 0 && validation.length === 0) return undefined;
  return {
    trainingLossKey: training.length ? TRAINING_LOSS : undefined,
    validationLossKey: validation.length ? VALIDATION_LOSS : undefined,
    training,
    validation,
  };
}
