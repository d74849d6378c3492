/**
 * The table of this repository's fine-tuned models that `retrain` and `cleanup` show: version, stage,
 * dataset, key metrics from the promotion tags, where it is deployed, and age. Pure.
 *
 * Both steps hand the inventory over as data (`StepResult.models`); the run report shows it once, after
 * the last step that has it, so a scheduled run does not print the same table twice.
 */
import type { ModelEntry } from '../lifecycle/inventory.ts';
import { shortHash } from '../lifecycle/retrain-decision.ts';
import { METRICS } from '../evaluation/metrics.ts';
import { ICON, cell, code, formatFixed, plural, table, type Align } from './markdown.ts';

/** Metrics shown first when a model carries them; others follow by name. */
export const METRIC_ORDER = [
  'f1',
  'exact_match',
  'rougeL',
  'bleu',
  'similarity',
  'latency_p95_ms',
  'unsafe_rate',
] as const;
/** Beyond this the table gets too wide to read on a phone; the rest stay on the model's tags. */
export const MAX_METRIC_COLUMNS = 4;
export const MAX_ROWS = 30;

/** What cleanup did with one version. */
export type ModelAction =
  | { kind: 'kept'; reason: string; endpoints?: string[]; endpointFailure?: string }
  | { kind: 'deleted' | 'would-delete'; reason: string; endpoints: string[] }
  | { kind: 'failed'; message: string };

/** The inventory as a step hands it to the report. */
export interface ModelsSection {
  entries: ModelEntry[];
  now: number;
  /** Cleanup's decision per version: an extra column. */
  cleanup?: { dryRun: boolean; actions: Record<string, ModelAction> };
  maxRows?: number;
}

export interface ModelTableOptions {
  now: number;
  /** An extra last column, e.g. what cleanup did with the version. */
  extra?: { header: string; cell: (entry: ModelEntry) => string };
  maxRows?: number;
  /** Endpoints deleted by this run (or that a dry run would delete): shown struck through. */
  deletedEndpoints?: ReadonlySet<string>;
  dryRun?: boolean;
}

export function formatAge(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '?';
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

export function metricColumns(entries: readonly ModelEntry[]): string[] {
  const present = new Set(entries.flatMap((e) => Object.keys(e.metrics)));
  const known = METRIC_ORDER.filter((m) => present.has(m));
  const others = [...present].filter((m) => !(METRIC_ORDER as readonly string[]).includes(m)).sort();
  return [...known, ...others].slice(0, MAX_METRIC_COLUMNS);
}

function stageCell(stage: string): string {
  if (!stage) return '(none)';
  return stage === 'production' ? '**production**' : cell(stage);
}

function deployedCell(entry: ModelEntry, options: ModelTableOptions): string {
  if (entry.endpoints.length === 0) return 'no';
  return entry.endpoints
    .map((e) => {
      const name = code(e.name);
      if (options.deletedEndpoints?.has(e.name))
        return `${name} (${options.dryRun ? 'would be deleted' : 'deleted'})`;
      return /^succeeded$/i.test(e.state) ? name : `${name} (${cell(e.state)})`;
    })
    .join(', ');
}

/** Every value of a column with the same decimals: the metric's own, whole numbers for milliseconds. */
function metricCell(value: number | undefined, name: string): string {
  if (value === undefined) return '';
  const info = METRICS.find((m) => m.name === name);
  const digits = name.endsWith('_ms') ? 0 : (info?.digits ?? 3);
  return formatFixed(value, digits);
}

export function renderModelTable(entries: readonly ModelEntry[], options: ModelTableOptions): string {
  if (entries.length === 0) return '_No fine-tuned model of this repository is registered yet._';
  const metrics = metricColumns(entries);
  const headers = ['Version', 'Stage', 'Dataset', ...metrics.map((m) => code(m)), 'Deployed', 'Age'];
  const align: Align[] = ['left', 'left', 'left', ...metrics.map((): Align => 'right'), 'left', 'right'];
  if (options.extra) {
    headers.push(options.extra.header);
    align.push('left');
  }
  const limit = options.maxRows ?? MAX_ROWS;
  const rows = entries.slice(0, limit).map((e) => {
    const row = [
      code(e.version),
      stageCell(e.stage),
      e.datasetHash ? code(shortHash(e.datasetHash)) : '',
      ...metrics.map((m) => metricCell(e.metrics[m], m)),
      deployedCell(e, options),
      formatAge(e.createdAt === undefined ? undefined : options.now - e.createdAt),
    ];
    if (options.extra) row.push(options.extra.cell(e));
    return row;
  });
  const name = entries[0]!.name;
  const parts = [`Model ${code(name, 'text')}:`, '', table(headers, rows, align)];
  if (entries.length > limit)
    parts.push('', `…and ${plural(entries.length - limit, 'older version')}, not shown.`);
  return parts.join('\n');
}

function actionCell(action: ModelAction | undefined, dryRun: boolean): string {
  if (!action) return '';
  const endpoints = (names: readonly string[] | undefined, verb: string): string =>
    names && names.length > 0 ? `; ${verb} ${names.map((n) => code(n)).join(', ')}` : '';
  switch (action.kind) {
    case 'kept':
      return `kept: ${cell(action.reason)}${endpoints(action.endpoints, dryRun ? 'would delete its idle endpoint' : 'deleted its idle endpoint')}${action.endpointFailure ? `; ${ICON.failed} ${cell(action.endpointFailure)}` : ''}`;
    case 'deleted':
      return `**deleted**: ${cell(action.reason)}${action.endpoints.length ? ' (endpoint deleted first)' : ''}`;
    case 'would-delete':
      return `would delete: ${cell(action.reason)}${action.endpoints.length ? ' (endpoint first)' : ''}`;
    case 'failed':
      return `${ICON.failed} not deleted: ${cell(action.message)}`;
  }
}

/** The section the run report shows once: heading, and the table with cleanup's column when it ran. */
export function renderModelsSection(section: ModelsSection): string {
  const cleanup = section.cleanup;
  const deleted = new Set<string>();
  if (cleanup) {
    for (const a of Object.values(cleanup.actions)) {
      if (a.kind !== 'failed') for (const e of a.endpoints ?? []) deleted.add(e);
    }
  }
  const table = renderModelTable(section.entries, {
    now: section.now,
    maxRows: section.maxRows,
    ...(cleanup
      ? {
          extra: {
            header: cleanup.dryRun ? 'Cleanup (dry run)' : 'Cleanup',
            cell: (e: ModelEntry) => actionCell(cleanup.actions[e.version], cleanup.dryRun),
          },
          deletedEndpoints: deleted,
          dryRun: cleanup.dryRun,
        }
      : {}),
  });
  return `#### Fine-tuned models\n\n${table}`;
}
