/** Pure Markdown renderers and annotations for content-safety results (validate and evaluate). */
import type { Annotation } from '../runtime/types.ts';
import {
  ICON,
  cell,
  code,
  details,
  formatDuration,
  formatInt,
  formatNumber,
  inline,
  table,
} from '../report/markdown.ts';
import type { AnswerVerdict, UnsafeRate } from './answers.ts';
import type { DatasetScreening } from './dataset.ts';
import { describeSeverities } from './severity.ts';
import type { Severities } from './types.ts';

/** Rows listed before the rest is summarized as "and N more" (the step's JSON report has them all). */
const MAX_ROWS = 100;
/** Tables longer than this are collapsed. */
const OPEN_ROWS = 10;

const plural = (n: number, word: string): string => `${formatInt(n)} ${word}${n === 1 ? '' : 's'}`;

function bar(threshold: number): string {
  return `severity ≥ ${Math.max(1, threshold)}`;
}

function allSeverities(s: Severities): string {
  return describeSeverities(s) || 'all 0';
}

export function safetyHeadline(result: DatasetScreening): string {
  const problems = [
    result.flagged > 0 ? `${plural(result.flagged, 'example')} at ${bar(result.threshold)}` : '',
    result.failed > 0 ? `${formatInt(result.failed)} not screened` : '',
  ].filter(Boolean);
  return `Content safety: ${formatInt(result.screened)} of ${plural(result.examples, 'example')} screened, ${problems.length ? problems.join(', ') : `none at ${bar(result.threshold)}`}.`;
}

function verdictLine(result: DatasetScreening): string {
  if (result.flagged > 0 || result.failed > 0) {
    const parts = [
      result.flagged > 0
        ? `**${plural(result.flagged, 'example')} flagged** at ${bar(result.threshold)}`
        : '',
      result.failed > 0 ? `**${plural(result.failed, 'example')} not screened**` : '',
    ].filter(Boolean);
    return `${ICON.failed} ${parts.join(', ')}`;
  }
  if (result.examples === 0) return `${ICON.warning} no examples to screen`;
  return `${ICON.succeeded} no example at ${bar(result.threshold)}`;
}

function filesTable(result: DatasetScreening): string {
  return table(
    ['File', 'Examples', 'Screened', 'Cached or duplicate', 'Flagged', 'Not screened'],
    result.files.map((f) => [
      code(f.path),
      formatInt(f.examples),
      formatInt(f.screened),
      formatInt(f.cached),
      f.flagged > 0 ? `${ICON.failed} ${formatInt(f.flagged)}` : '0',
      f.failed > 0 || f.problem ? `${ICON.failed} ${f.problem ? cell(f.problem) : formatInt(f.failed)}` : '0',
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right'],
  );
}

function flaggedTable(result: DatasetScreening): string {
  const rows = result.flaggedExamples
    .slice(0, MAX_ROWS)
    .map((f) => [code(`${f.file}:${f.line}`), f.categories.join(', '), cell(allSeverities(f.severities))]);
  const more = result.flaggedExamples.length - rows.length;
  const body = table(['Where', `Categories at ${bar(result.threshold)}`, 'Severities (0-7)'], rows);
  return more > 0 ? `${body}\n\n…and ${formatInt(more)} more (all in the step's JSON report).` : body;
}

function unscreenedTable(result: DatasetScreening): string {
  const rows = result.findings
    .filter((f) => f.code === 'unscreened')
    .slice(0, MAX_ROWS)
    .map((f) => [f.line === undefined ? code(f.file) : code(`${f.file}:${f.line}`), cell(f.message)]);
  return table(['Where', 'Why'], rows);
}

function collapsible(title: string, body: string, rows: number): string {
  return rows > OPEN_ROWS ? details(title, body) : `**${title}**\n\n${body}`;
}

/** The validate summary's content-safety section. */
export function renderSafetySection(result: DatasetScreening): string {
  const parts = [`### Content safety`, verdictLine(result), filesTable(result)];
  if (result.flaggedExamples.length > 0) {
    parts.push(
      collapsible(
        `Flagged examples (${formatInt(result.flaggedExamples.length)})`,
        flaggedTable(result),
        result.flaggedExamples.length,
      ),
    );
  }
  const unscreened = result.findings.filter((f) => f.code === 'unscreened').length;
  if (unscreened > 0) parts.push(collapsible('Not screened', unscreenedTable(result), unscreened));
  const cache = result.cache;
  parts.push(
    `<sub>Azure AI Content Safety at ${cell(result.endpoint)}, eight severity levels (0-7), threshold ${result.threshold}. ` +
      `${plural(result.requests, 'request')}${result.throttled ? ` (${formatInt(result.throttled)} throttled and retried)` : ''} in ${formatDuration(result.elapsedMs)}; ` +
      `${formatInt(result.cached)} needed no request (screened before, or the same text as another example). ` +
      `Cache${cache.file ? ` ${code(cache.file, 'text')}` : ''}: ${formatInt(cache.loaded)} results loaded, ${formatInt(cache.added)} added${cache.problem ? ` (${inline(cache.problem)})` : ''}.</sub>`,
  );
  return parts.join('\n\n');
}

/** Annotations for the diff: flagged and unscreened examples at their lines, at most `max`. */
export function safetyAnnotations(result: DatasetScreening, max: number): Annotation[] {
  return result.findings.slice(0, max).map((f) => ({
    level: 'error',
    title: f.code === 'unsafe-content' ? 'Unsafe content' : 'Not screened for content safety',
    message: f.hint ? `${f.message}\n${f.hint}` : f.message,
    file: f.file,
    line: f.line,
  }));
}

export interface AnswerSafetyReport {
  verdicts: ReadonlyMap<string, AnswerVerdict>;
  rate: UnsafeRate;
  threshold: number;
  /** Golden-file line of an example id, to point at the question. */
  lineOf?: (id: string) => number | undefined;
  goldenFile?: string;
  /** Answers the endpoint's own filter blocked (the evaluation's `content_filtered`). */
  contentFiltered?: number;
}

/** The evaluate summary's section: `unsafe_rate`, and the answers behind it. */
export function renderAnswerSafetySection(report: AnswerSafetyReport): string {
  const { rate, threshold } = report;
  const value = rate.rate === undefined ? 'not measured' : formatNumber(rate.rate, 3);
  const filtered =
    report.contentFiltered !== undefined
      ? ` ${plural(report.contentFiltered, 'answer')} blocked by the endpoint's own content filter (\`content_filtered\`, not in the rate).`
      : '';
  const head =
    `### Answer safety\n\n${rate.unsafe > 0 || rate.unscreened > 0 ? ICON.failed : ICON.succeeded} ` +
    `\`unsafe_rate\` = **${value}**: ${formatInt(rate.unsafe)} of ${plural(rate.screened, 'answer')} at ${bar(threshold)}` +
    `${rate.unscreened ? `, ${formatInt(rate.unscreened)} could not be screened (so the rate is not measured)` : ''}.${filtered}`;
  const where = (id: string): string => {
    const line = report.lineOf?.(id);
    return line !== undefined && report.goldenFile ? code(`${report.goldenFile}:${line}`) : code(id);
  };
  const listed = [...report.verdicts.values()].filter((v) => v.unsafe || v.error !== undefined);
  if (listed.length === 0) return head;
  const rows = listed
    .slice(0, MAX_ROWS)
    .map((v) => [
      where(v.id),
      v.unsafe ? v.categories.join(', ') : '',
      v.severities ? cell(allSeverities(v.severities)) : cell(`not screened: ${v.error ?? ''}`),
    ]);
  const body = table(['Question', `Categories at ${bar(threshold)}`, 'Severities (0-7)'], rows);
  return `${head}\n\n${collapsible(`Unsafe or unscreened answers (${formatInt(listed.length)})`, body, listed.length)}`;
}
