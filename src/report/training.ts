/**
 * The training step's section of the job summary: the job and its link, the state changes with elapsed
 * times, the loss curves (a mermaid `xychart-beta` chart, with the exact numbers in a table for renderers
 * without mermaid), tokens, duration and hyperparameters; on failure, the service's message first. Pure.
 */
import {
  ICON,
  code,
  codeBlock,
  details,
  facts,
  formatDuration,
  formatFixed,
  formatInt,
  formatNumber,
  inline,
  plural,
  table,
} from './markdown.ts';
import { shortHash } from '../lifecycle/retrain-decision.ts';

export interface TimelineEntry {
  status: string;
  elapsedMs: number;
}

export interface LossPoint {
  step: number;
  value: number;
}

export type TrainingOutcome = 'completed' | 'reused' | 'failed' | 'canceled' | 'handed-off' | 'aborted';

export interface PreviousAttempt {
  name: string;
  status: string;
  message?: string;
}

export interface TrainingReport {
  outcome: TrainingOutcome;
  job: { name: string; status: string; studioUrl?: string; attempt?: number; submitted: boolean };
  baseModel: string;
  compute?: string;
  timeline: TimelineEntry[];
  /** Wall time of the job, when known (created -> ended), else the time we followed it. */
  durationMs?: number;
  /** Where `durationMs` comes from: the job's own timestamps, or this run's clock. */
  durationFrom?: 'job' | 'run';
  loss?: {
    training: LossPoint[];
    validation: LossPoint[];
    trainingKey?: string;
    validationKey?: string;
    /** The MLflow run the curves came from; `fallback`: no loss metric, the longest series instead. */
    source?: { runId: string; runName?: string; fallback?: boolean; truncated?: boolean };
  };
  /** Why there is no loss curve, when there is none. */
  lossNote?: string;
  /** Tokens of the training split (once), from the dataset check: billed tokens = tokens x epochs. */
  tokens?: number;
  epochs?: number;
  examples?: { training: number; validation: number };
  hyperparameters: Record<string, string>;
  model?: { name: string; version: string; id: string };
  data?: { name: string; uri: string; reused: boolean }[];
  datasetHash?: string;
  failure?: string;
  previousAttempts?: PreviousAttempt[];
  /** What happens next when the job outlives this run. */
  handOff?: string;
}

const HEADLINE: Record<TrainingOutcome, string> = {
  completed: `${ICON.succeeded} Fine-tuning completed`,
  reused: `${ICON.succeeded} Reused a completed fine-tune of the same data and hyperparameters`,
  failed: `${ICON.failed} Fine-tuning failed`,
  canceled: `${ICON.failed} Fine-tuning was canceled`,
  'handed-off': `${ICON.pending} Fine-tuning continues in Azure`,
  aborted: `${ICON.pending} This run was cancelled; the job continues in Azure`,
};

/** Most points a chart shows; longer curves are thinned evenly (the table keeps every point). */
export const CHART_POINTS = 40;
export const TABLE_ROWS = 200;

function jobLink(r: TrainingReport): string {
  return r.job.studioUrl ? `[${code(r.job.name, 'text')}](${r.job.studioUrl})` : code(r.job.name, 'text');
}

/** What the run trains on, in the report's token vocabulary (see report/validation.ts). */
function dataFact(r: TrainingReport): string | undefined {
  const parts: string[] = [];
  if (r.examples) {
    parts.push(
      `${plural(r.examples.training, 'training example')}, ${formatInt(r.examples.validation)} validation`,
    );
  }
  if (r.tokens !== undefined) {
    parts.push(
      r.epochs
        ? `${plural(r.tokens, 'token')} x ${plural(r.epochs, 'epoch')} = **${plural(r.tokens * r.epochs, 'billed token')}**`
        : plural(r.tokens, 'token'),
    );
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

export function renderTrainingSummary(r: TrainingReport): string {
  const parts: string[] = [`### ${HEADLINE[r.outcome]}`, ''];
  if (r.failure) {
    parts.push('> [!CAUTION]', `> **Azure said:** ${inline(r.failure)}`, '');
  }
  if (r.handOff) parts.push(`> [!NOTE]`, `> ${inline(r.handOff)}`, '');

  const items: [string, string][] = [
    ['Job', `${jobLink(r)}${r.job.submitted ? '' : ' (found, not submitted by this run)'}`],
    ['Status', inline(r.job.status)],
    ['Base model', inline(r.baseModel)],
    ['Compute', r.compute ? `managed compute ${code(r.compute, 'text')}` : 'serverless'],
  ];
  if (r.job.attempt && r.job.attempt > 1) items.push(['Attempt', String(r.job.attempt)]);
  if (r.model) items.push(['Model', `${code(r.model.name, 'text')} version ${inline(r.model.version)}`]);
  if (r.durationMs !== undefined) {
    items.push([
      'Duration',
      `${formatDuration(r.durationMs)} ${r.durationFrom === 'run' ? '(followed by this run)' : "(in Azure: the job's created and end times)"}`,
    ]);
  }
  const data = dataFact(r);
  if (data) items.push(['Training data', data]);
  if (r.datasetHash) items.push(['Dataset', code(shortHash(r.datasetHash), 'text')]);
  parts.push(facts(items), '');
  if (r.tokens !== undefined && r.epochs) {
    parts.push(
      '<sub>**Tokens**: the whole sequence the model reads, chat template included, counted with its tokenizer. **Billed tokens**: tokens of the training split x epochs, what Azure bills.</sub>',
      '',
    );
  }

  if (r.loss && (r.loss.training.length > 0 || r.loss.validation.length > 0)) {
    parts.push('#### Loss', '');
    const source = lossSource(r.loss);
    if (source) parts.push(source, '');
    parts.push(lossChart(r.loss.training, r.loss.validation), '');
    parts.push(details('Loss values', lossTable(r.loss.training, r.loss.validation)), '');
  } else if (r.lossNote && (r.outcome === 'completed' || r.outcome === 'reused')) {
    parts.push('#### Loss', '', `No loss curve: ${inline(r.lossNote)}`, '');
  }

  if (r.timeline.length > 0) {
    const followed = r.timeline.at(-1)!.elapsedMs;
    parts.push(
      details(
        `Status changes this run saw (it followed the job for ${formatDuration(followed)})`,
        table(
          ['Status', 'Seen after'],
          r.timeline.map((t) => [inline(t.status), `+${formatDuration(t.elapsedMs)}`]),
          ['left', 'right'],
        ),
        r.outcome === 'failed',
      ),
      '',
    );
  }
  const hp = Object.entries(r.hyperparameters);
  if (hp.length > 0) {
    parts.push(
      details(
        'Hyperparameters',
        table(
          ['Name', 'Value'],
          hp.map(([k, v]) => [code(k), inline(v)]),
        ),
      ),
      '',
    );
  }
  if (r.data && r.data.length > 0) {
    parts.push(
      details(
        'Data',
        table(
          ['Asset', 'Path', 'Upload'],
          r.data.map((d) => [code(d.name), code(d.uri), d.reused ? 'reused (same content)' : 'uploaded']),
        ),
      ),
      '',
    );
  }
  if (r.previousAttempts && r.previousAttempts.length > 0) {
    parts.push(
      details(
        'Earlier attempts',
        table(
          ['Job', 'Status', 'Message'],
          r.previousAttempts.map((p) => [code(p.name), inline(p.status), inline(p.message ?? '')]),
        ),
      ),
      '',
    );
  }
  if (r.model) parts.push(details('Model id', codeBlock(r.model.id)), '');
  if (r.outcome === 'failed' || r.outcome === 'canceled') {
    parts.push(
      'Running the workflow again submits a new attempt (the same job name with a `-2`, `-3`… suffix).',
    );
  }
  return parts.join('\n').trim();
}

/** Shorter section for the pull request comment. */
export function renderTrainingComment(r: TrainingReport): string {
  const parts = [`### ${HEADLINE[r.outcome]}`, ''];
  if (r.failure) parts.push(`**Azure said:** ${inline(r.failure)}`, '');
  const bits = [`Job ${jobLink(r)}: ${inline(r.job.status)}`];
  if (r.model) bits.push(`model ${code(r.model.name, 'text')} v${inline(r.model.version)}`);
  if (r.durationMs !== undefined) {
    bits.push(`${formatDuration(r.durationMs)} ${r.durationFrom === 'run' ? 'followed' : 'in Azure'}`);
  }
  parts.push(bits.join(' · '));
  if (r.handOff) parts.push('', inline(r.handOff));
  return parts.join('\n');
}

/** Evenly thinned indices, always keeping the first and the last. */
export function thin<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(items[Math.round((i * (items.length - 1)) / (max - 1))]!);
  return out;
}

/** Which MLflow run and metrics the curve shows (and when it is not a loss, or was cut by a bound). */
export function lossSource(loss: NonNullable<TrainingReport['loss']>): string | undefined {
  if (!loss.source) return undefined;
  const run = `MLflow run ${code(loss.source.runId, 'text')}${loss.source.runName ? ` (${inline(loss.source.runName)})` : ''}`;
  const metrics = [loss.trainingKey, loss.validationKey].filter((k): k is string => Boolean(k));
  const named = metrics.map((k) => code(k, 'text')).join(' and ');
  let text = loss.source.fallback
    ? `From ${run}: it logged no loss metric, so this is ${code(loss.trainingKey ?? '', 'text')}, its series with the most points.`
    : `From ${run}, metric${metrics.length === 1 ? '' : 's'} ${named}.`;
  if (loss.source.truncated) text += ' The history was longer than the pages read; the curve stops there.';
  return text;
}

/**
 * Value of a curve at a step: linear between measured points, flat beyond the ends. Validation loss is
 * usually measured less often than training loss; xychart needs one value per x category.
 */
export function valueAt(points: readonly LossPoint[], step: number): number | undefined {
  if (points.length === 0) return undefined;
  if (step <= points[0]!.step) return points[0]!.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (step <= b.step) {
      if (b.step === a.step) return b.value;
      return a.value + ((b.value - a.value) * (step - a.step)) / (b.step - a.step);
    }
  }
  return points.at(-1)!.value;
}

const TRAINING_COLOR = '#1f77b4';
const VALIDATION_COLOR = '#ff7f0e';

export function lossChart(training: readonly LossPoint[], validation: readonly LossPoint[]): string {
  const steps = thin(
    [...new Set([...(training.length > 0 ? training : validation).map((p) => p.step)])].sort((a, b) => a - b),
    CHART_POINTS,
  );
  const series = [training, validation].filter((s) => s.length > 0);
  const values = series.map((s) => steps.map((step) => valueAt(s, step)!));
  const all = values.flat();
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = (max - min) * 0.05 || Math.abs(max) * 0.05 || 0.1;
  const lo = Math.max(0, min - pad);
  const hi = max + pad;
  const palette = [
    training.length > 0 ? TRAINING_COLOR : undefined,
    validation.length > 0 ? VALIDATION_COLOR : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const lines = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    '    title "Loss by training step"',
    `    x-axis "step" [${steps.map((s) => formatNumber(s, 2)).join(', ')}]`,
    `    y-axis "loss" ${formatNumber(lo, 4)} --> ${formatNumber(hi, 4)}`,
    ...values.map((v) => `    line [${v.map((x) => formatNumber(x, 4)).join(', ')}]`),
    '```',
  ];
  const legend: string[] = [];
  if (training.length > 0) legend.push('blue: training loss');
  if (validation.length > 0) legend.push('orange: validation loss');
  return `${lines.join('\n')}\n\n<sub>${legend.join(' · ')}${validation.length > 0 && training.length > 0 ? ' (validation interpolated between its evaluations)' : ''}</sub>`;
}

export function lossTable(training: readonly LossPoint[], validation: readonly LossPoint[]): string {
  const byStep = new Map<number, { t?: number; v?: number }>();
  for (const p of training) byStep.set(p.step, { ...byStep.get(p.step), t: p.value });
  for (const p of validation) byStep.set(p.step, { ...byStep.get(p.step), v: p.value });
  const rows = [...byStep.entries()].sort(([a], [b]) => a - b);
  const shown = thin(rows, TABLE_ROWS);
  const note = shown.length < rows.length ? `\n\n${shown.length} of ${rows.length} steps shown.` : '';
  return (
    table(
      ['Step', 'Training loss', 'Validation loss'],
      shown.map(([step, v]) => [
        formatNumber(step, 2),
        v.t !== undefined ? formatFixed(v.t, 4) : '',
        v.v !== undefined ? formatFixed(v.v, 4) : '',
      ]),
      ['right', 'right', 'right'],
    ) + note
  );
}
