/**
 * The table of this repository's fine-tuned models that `retrain` and `cleanup` show: version, stage,
 * dataset, key metrics from the promotion tags, where it is deployed, and age. Pure.
 */
import type { ModelEntry } from '../lifecycle/inventory.ts';
import { shortHash } from '../lifecycle/retrain-decision.ts';
import { cell, formatNumber, table, type Align } from './markdown.ts';

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

export interface ModelTableOptions {
  now: number;
  /** An extra last column, e.g. what cleanup did with the version. */
  extra?: { header: string; cell: (entry: ModelEntry) => string };
  maxRows?: number;
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

function deployedCell(entry: ModelEntry): string {
  if (entry.endpoints.length === 0) return 'no';
  return entry.endpoints
    .map((e) => `\`${cell(e.name)}\`${/^succeeded$/i.test(e.state) ? '' : ` (${cell(e.state)})`}`)
    .join(', ');
}

function metricCell(value: number | undefined, name: string): string {
  if (value === undefined) return '';
  return formatNumber(value, name.endsWith('_ms') ? 0 : 3);
}

export function renderModelTable(entries: readonly ModelEntry[], options: ModelTableOptions): string {
  if (entries.length === 0) return '_No fine-tuned model of this repository is registered yet._';
  const metrics = metricColumns(entries);
  const headers = ['Version', 'Stage', 'Dataset', ...metrics, 'Deployed', 'Age'];
  const align: Align[] = ['left', 'left', 'left', ...metrics.map((): Align => 'right'), 'left', 'right'];
  if (options.extra) {
    headers.push(options.extra.header);
    align.push('left');
  }
  const limit = options.maxRows ?? MAX_ROWS;
  const rows = entries.slice(0, limit).map((e) => {
    const row = [
      `\`${cell(e.version)}\``,
      stageCell(e.stage),
      e.datasetHash ? `\`${shortHash(e.datasetHash)}\`` : '',
      ...metrics.map((m) => metricCell(e.metrics[m], m)),
      deployedCell(e),
      formatAge(e.createdAt === undefined ? undefined : options.now - e.createdAt),
    ];
    if (options.extra) row.push(options.extra.cell(e));
    return row;
  });
  const name = entries[0]!.name;
  const parts = [`Model \`${cell(name)}\`:`, '', table(headers, rows, align)];
  if (entries.length > limit) parts.push('', `…and ${entries.length - limit} older versions, not shown.`);
  return parts.join('\n');
}
