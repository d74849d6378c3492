/**
 * Markdown for an evaluation: candidate-vs-baseline table with deltas and intervals, the gate table, a
 * chart of the quality deltas (mermaid, with a table for renderers without it), the worst regressions,
 * and every example that failed or was filtered. Pure: the `evaluate` and `gate` commands hand the
 * result to the summary and the sticky comment.
 */
import type { DeltaInterval } from '../evaluation/bootstrap.ts';
import type { Unanswered } from '../evaluation/coverage.ts';
import type { EvaluationResult, ExampleResult } from '../evaluation/evaluate.ts';
import { METRICS, type MetricInfo, type MetricName, type ScoredAnswer } from '../evaluation/metrics.ts';
import type { GateVerdict } from '../gate/types.ts';
import {
  ICON,
  escapeMarkdown,
  cell,
  code,
  details,
  facts,
  formatFixed,
  formatInt,
  formatNumber,
  formatSigned,
  formatSignedFixed,
  inline,
  plural,
  table,
} from './markdown.ts';
import { renderFailure, renderSkipped } from './steps.ts';

export interface EvaluationReportOptions {
  /** What the candidate is called in headings (default `candidate`). */
  candidateLabel?: string;
  /** What the baseline is called (default `baseline`; e.g. `production`, `base model`). */
  baselineLabel?: string;
  /** Golden file, relative to the repository root, to point at lines (`golden.jsonl:12`). */
  goldenFile?: string;
  /** Regressions listed in the summary and in the comment (defaults 10 and 5). */
  regressions?: { summary?: number; comment?: number };
  /** `mermaid` (default) draws the delta chart with a table beside it; `table` only the table. */
  chart?: 'mermaid' | 'table' | 'none';
  /** The configured `concurrency`, to say whether 429s lowered it. */
  concurrency?: number;
  /** Most rows of the failed-and-filtered list: the summary (500) and the comment (20) before shrinking. */
  problems?: { summary?: number; comment?: number };
}

export interface EvaluationReport {
  summary: string;
  comment: string;
}

const TEXT_LIMIT = 400;

function truncate(text: string, limit = TEXT_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Every value of a metric with the metric's own decimals, so a column lines up (0.500 beside 0.722). */
export function formatMetric(info: MetricInfo, value: number | undefined): string {
  if (value === undefined) return '–';
  if (info.unit === 'ms') return `${formatInt(value)} ms`;
  if (info.digits === 0) return formatInt(value);
  return formatFixed(value, info.digits);
}

export function formatDelta(info: MetricInfo, value: number): string {
  if (info.unit === 'ms') return `${formatSignedFixed(value, 0)} ms`;
  return formatSignedFixed(value, info.digits);
}

/** Better, worse or no clear change: judged by the interval, not the point estimate. */
export function deltaVerdict(info: MetricInfo, d: DeltaInterval): 'better' | 'worse' | 'unclear' {
  const sign = info.better === 'higher' ? 1 : -1;
  if (d.ciLow * sign > 0 && d.ciHigh * sign > 0) return 'better';
  if (d.ciLow * sign < 0 && d.ciHigh * sign < 0) return 'worse';
  return 'unclear';
}

const VERDICT_TEXT = { better: '🟢 better', worse: '🔴 worse', unclear: '≈ no clear change' } as const;

function location(options: EvaluationReportOptions, line: number): string {
  return options.goldenFile ? `${options.goldenFile}:${line}` : `line ${line}`;
}

function shownMetrics(result: EvaluationResult): MetricInfo[] {
  return METRICS.filter(
    (m) => result.candidate.metrics[m.name] !== undefined || result.baseline?.metrics[m.name] !== undefined,
  );
}

/** What a reviewer decides on: quality, the slow tail, and problems when there are any. */
function decisiveMetrics(result: EvaluationResult): MetricInfo[] {
  const nonZero = (m: MetricInfo): boolean =>
    (result.candidate.metrics[m.name] ?? 0) !== 0 || (result.baseline?.metrics[m.name] ?? 0) !== 0;
  return shownMetrics(result).filter(
    (m) =>
      m.quality ||
      m.name === 'similarity' ||
      m.name === 'latency_p95_ms' ||
      m.name === 'unsafe_rate' ||
      ((m.name === 'failed' || m.name === 'content_filtered') && nonZero(m)),
  );
}

function metricsTable(
  result: EvaluationResult,
  labels: { candidate: string; baseline: string },
  rows: readonly MetricInfo[] = shownMetrics(result),
): string {
  if (!result.baseline) {
    return table(
      ['Metric', cell(labels.candidate)],
      rows.map((m) => [code(m.name), formatMetric(m, result.candidate.metrics[m.name])]),
      ['left', 'right'],
    );
  }
  const pct = Math.round(result.bootstrap.confidence * 100);
  return table(
    ['Metric', cell(labels.candidate), cell(labels.baseline), 'Δ', `${pct}% CI`, 'Verdict'],
    rows.map((m) => {
      const d = result.deltas[m.name];
      return [
        code(m.name),
        formatMetric(m, result.candidate.metrics[m.name]),
        formatMetric(m, result.baseline!.metrics[m.name]),
        d ? formatDelta(m, d.value) : '–',
        d ? `[${formatDelta(m, d.ciLow)}, ${formatDelta(m, d.ciHigh)}]` : '–',
        d ? VERDICT_TEXT[deltaVerdict(m, d)] : '',
      ];
    }),
    ['left', 'right', 'right', 'right', 'right', 'left'],
  );
}

/** A code span for a table cell (kept for callers that name it so): see `code` in report/markdown.ts. */
export function codeCell(text: string): string {
  return code(text, 'cell');
}

const GATE_TEXT = {
  passed: `${ICON.succeeded} pass`,
  failed: `${ICON.failed} fail`,
  'not-applicable': `${ICON.skipped} not applicable`,
} as const;

/** A value a gate read, with the decimals of its metric (`baseline.f1` reads `f1`). */
function gateValue(ref: string, value: number | undefined): string {
  if (value === undefined) return '–';
  const name = ref.split('.').find((part) => METRICS.some((m) => m.name === part));
  const info = METRICS.find((m) => m.name === name);
  if (!info) return formatNumber(value, 3);
  if (info.unit === 'ms') return formatInt(value);
  const isDelta = ref.startsWith('delta.');
  return isDelta ? formatSignedFixed(value, info.digits) : formatFixed(value, info.digits);
}

/** A reason adds something only when it is not the values restated ("not met: f1 = 0.5"). */
function gateNote(v: GateVerdict): string {
  if (v.status === 'passed' || !v.reason || v.reason.startsWith('not met')) return '';
  return v.reason;
}

export function renderGateTable(verdicts: readonly GateVerdict[]): string {
  if (verdicts.length === 0) return '_No gates configured: nothing blocks promotion._';
  const failed = verdicts.filter((v) => v.status === 'failed').length;
  const headline =
    failed === 0
      ? `${ICON.succeeded} **All ${plural(verdicts.length, 'gate')} passed.**`
      : `${ICON.failed} **${failed} of ${plural(verdicts.length, 'gate')} failed.**`;
  const withNotes = verdicts.some((v) => gateNote(v) !== '');
  const rows = verdicts.map((v) => [
    code(v.expression),
    GATE_TEXT[v.status],
    v.values.map((x) => `${code(x.ref)} = ${gateValue(x.ref, x.value)}`).join(', '),
    ...(withNotes ? [cell(gateNote(v))] : []),
  ]);
  return `${headline}\n\n${table(['Gate', 'Result', 'Values', ...(withNotes ? ['Why'] : [])], rows)}`;
}

function qualityDeltas(result: EvaluationResult): { info: MetricInfo; d: DeltaInterval }[] {
  return METRICS.filter((m) => m.quality && result.deltas[m.name]).map((info) => ({
    info,
    d: result.deltas[info.name]!,
  }));
}

const SIGNIFICANCE = {
  better: { color: '#2da44e', text: 'green: better (the whole interval above 0)' },
  worse: { color: '#cf222e', text: 'red: worse (the whole interval below 0)' },
  unclear: { color: '#8c959f', text: 'grey: no clear change (the interval spans 0)' },
} as const;

/** The quality deltas in points (x100) as text: the fallback for renderers without mermaid. */
function deltaTable(items: { info: MetricInfo; d: DeltaInterval }[]): string {
  const scale = Math.max(...items.map((x) => Math.abs(x.d.value * 100)), 1e-9);
  return table(
    ['Metric', 'Δ (points)', 'Change'],
    items.map(({ info, d }) => {
      const points = d.value * 100;
      const bar = '█'.repeat(Math.round((Math.abs(points) / scale) * 20));
      const verdict = deltaVerdict(info, d);
      return [
        code(info.name),
        formatSignedFixed(points, 1),
        `${VERDICT_TEXT[verdict]}${bar ? ` ${bar}` : ''}`,
      ];
    }),
    ['left', 'right', 'left'],
  );
}

/** Fixed colours, so the chart reads the same in GitHub's light and dark themes. */
const CHART_BACKGROUND = '#ffffff';
const CHART_INK = '#1f2328';

/**
 * The quality deltas as signed bars on an axis through zero, coloured by what the confidence interval
 * says (better, worse, no clear change), not by the sign of the point estimate.
 *
 * Mermaid's xychart draws every bar up from the bottom of the plot, and bars of several series at one x
 * on top of each other, in order. So each significance class that occurs gets one series (its bars
 * reach up to max(Δ, 0); the others stay at the bottom, with no height), then a series in the background
 * colour covers the bottom up to min(Δ, 0). What shows is a bar from 0 to Δ. A line at 0 draws the axis.
 * No series is empty: a class without members has no series, and without losses there is no cover.
 */
export function renderDeltaChart(result: EvaluationResult, baselineLabel: string): string | undefined {
  const items = qualityDeltas(result);
  if (items.length === 0) return undefined;
  const points = items.map(({ info, d }) => ({
    label: `${info.name} ${formatSignedFixed(d.value * 100, 1)}`,
    value: Number((d.value * 100).toFixed(2)),
    verdict: deltaVerdict(info, d),
  }));
  const values = points.map((p) => p.value);
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  // Room above and below the bars; an axis that starts at 0 stays there (no cover needed then).
  const pad = Math.max(1, (max - min) * 0.05);
  const top = Math.ceil(max + pad);
  const lo = min < 0 ? Math.floor(min - pad) : 0;
  const classes = (['better', 'worse', 'unclear'] as const).filter((c) =>
    points.some((p) => p.verdict === c),
  );
  const list = (xs: number[]): string => `[${xs.map((x) => String(x)).join(', ')}]`;
  const series = classes.map(
    (c) => `  bar ${list(points.map((p) => (p.verdict === c ? Math.max(p.value, 0) : lo)))}`,
  );
  const palette: string[] = classes.map((c) => SIGNIFICANCE[c].color);
  if (lo < 0) {
    series.push(`  bar ${list(points.map((p) => Math.min(p.value, 0)))}`);
    palette.push(CHART_BACKGROUND);
    series.push(`  line ${list(points.map(() => 0))}`);
    palette.push(CHART_INK);
  }
  const theme = {
    xyChart: {
      backgroundColor: CHART_BACKGROUND,
      titleColor: CHART_INK,
      xAxisLabelColor: CHART_INK,
      xAxisTitleColor: CHART_INK,
      xAxisTickColor: CHART_INK,
      xAxisLineColor: CHART_INK,
      yAxisLabelColor: CHART_INK,
      yAxisTitleColor: CHART_INK,
      yAxisTickColor: CHART_INK,
      yAxisLineColor: CHART_INK,
      plotColorPalette: palette.join(', '),
    },
  };
  const title = `Change in points against ${baselineLabel}`.replace(/"/g, "'");
  const chart = [
    '```mermaid',
    `%%{init: ${JSON.stringify({ themeVariables: theme })}}%%`,
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${points.map((p) => JSON.stringify(p.label)).join(', ')}]`,
    `  y-axis "points" ${lo} --> ${top}`,
    ...series,
    '```',
  ].join('\n');
  const legend = classes.map((c) => SIGNIFICANCE[c].text).join(' · ');
  return `${chart}\n\n<sub>${legend}. Each bar is the candidate's score minus the baseline's, in points (0.01).</sub>`;
}

function chartSection(
  result: EvaluationResult,
  baselineLabel: string,
  mode: 'mermaid' | 'table' | 'none',
): string {
  if (mode === 'none') return '';
  const items = qualityDeltas(result);
  if (items.length === 0) return '';
  const fallback = deltaTable(items);
  if (mode === 'table') return fallback;
  return `${renderDeltaChart(result, baselineLabel)}\n\n${details('The same deltas as a table', fallback)}`;
}

function answerText(a: ScoredAnswer | undefined): string {
  if (!a) return '–';
  if (a.outcome === 'failed') return `_(no answer: ${inline(a.message ?? 'failed')})_`;
  if (a.outcome === 'content_filter') return '_(blocked by the content filter)_';
  return a.text === '' ? '_(empty)_' : inline(truncate(a.text ?? ''));
}

function exampleBlock(
  ex: ExampleResult,
  labels: { candidate: string; baseline: string },
  options: EvaluationReportOptions,
  headline: string,
): string {
  const items: [string, string][] = [
    ['Prompt', inline(truncate(ex.prompt))],
    [ex.expected.length > 1 ? 'Expected (any)' : 'Expected', inline(truncate(ex.expected.join(' ‖ ')))],
    [inline(labels.candidate), answerText(ex.candidate)],
  ];
  if (ex.baseline) items.push([inline(labels.baseline), answerText(ex.baseline)]);
  return `**${inline(location(options, ex.line))}** · ${headline}\n\n${facts(items)}`;
}

const f1Of = (a: ScoredAnswer | undefined): number | undefined => a?.scores?.f1;

/** Examples where the candidate lost most F1 against the baseline (ties: ROUGE-L), worst first. */
export function worstRegressions(result: EvaluationResult, limit: number): ExampleResult[] {
  if (!result.baseline) return [];
  return result.examples
    .filter((ex) => f1Of(ex.candidate) !== undefined && f1Of(ex.baseline) !== undefined)
    .map((ex) => ({
      ex,
      f1: f1Of(ex.candidate)! - f1Of(ex.baseline)!,
      rougeL: ex.candidate.scores!.rougeL - ex.baseline!.scores!.rougeL,
    }))
    .filter((x) => x.f1 < 0 || (x.f1 === 0 && x.rougeL < 0))
    .sort((a, b) => a.f1 - b.f1 || a.rougeL - b.rougeL || a.ex.line - b.ex.line)
    .slice(0, limit)
    .map((x) => x.ex);
}

function regressionsSection(
  result: EvaluationResult,
  labels: { candidate: string; baseline: string },
  options: EvaluationReportOptions,
  limit: number,
): string {
  if (limit <= 0) return '';
  if (!result.baseline) {
    const lowest = result.examples
      .filter((ex) => f1Of(ex.candidate) !== undefined)
      .sort((a, b) => f1Of(a.candidate)! - f1Of(b.candidate)! || a.line - b.line)
      .slice(0, limit);
    if (lowest.length === 0) return '';
    const blocks = lowest.map((ex) =>
      exampleBlock(ex, labels, options, `F1 ${formatNumber(f1Of(ex.candidate)!, 2)}`),
    );
    return details(`Lowest-scoring answers (${lowest.length})`, blocks.join('\n\n'));
  }
  const worst = worstRegressions(result, limit);
  if (worst.length === 0) return `_No example scores lower than on ${inline(labels.baseline)}._`;
  const all = worstRegressions(result, Number.POSITIVE_INFINITY).length;
  const blocks = worst.map((ex) =>
    exampleBlock(
      ex,
      labels,
      options,
      `F1 ${formatNumber(f1Of(ex.baseline)!, 2)} → ${formatNumber(f1Of(ex.candidate)!, 2)}`,
    ),
  );
  const title = `Worst regressions: ${worst.length} of ${all} example${all === 1 ? '' : 's'} that score lower than on ${labels.baseline}`;
  return details(title, blocks.join('\n\n'));
}

function problemsSection(
  result: EvaluationResult,
  labels: { candidate: string; baseline: string },
  options: EvaluationReportOptions,
  limit: number,
): string {
  const rows: string[][] = [];
  for (const ex of result.examples) {
    for (const [side, label] of [
      ['candidate', labels.candidate],
      ['baseline', labels.baseline],
    ] as const) {
      const a = ex[side];
      if (!a || a.outcome === 'answered') continue;
      rows.push([
        cell(location(options, ex.line)),
        cell(label),
        a.outcome === 'failed' ? `${ICON.failed} no answer` : `${ICON.warning} filtered`,
        String(a.attempts),
        cell(truncate(a.message ?? '', 200)),
      ]);
    }
  }
  if (rows.length === 0) return '';
  // A comment holds 65,536 characters: list the first ones and say how many more there are.
  const shown = rows.slice(0, limit);
  const more =
    rows.length > shown.length
      ? `\n\n…and ${formatInt(rows.length - shown.length)} more: the job summary and the step's \`report.json\` list them.`
      : '';
  return details(
    `Failed and filtered examples (${rows.length})`,
    `${table(['Example', 'Endpoint', 'Outcome', 'Attempts', 'Detail'], shown)}${more}`,
  );
}

function countsLine(result: EvaluationResult, labels: { candidate: string; baseline: string }): string {
  const side = (label: string, s: EvaluationResult['candidate']): string => {
    const parts = [`${formatInt(s.answered)} answered`];
    if (s.contentFiltered) parts.push(`${formatInt(s.contentFiltered)} filtered`);
    if (s.failed) parts.push(`**${formatInt(s.failed)} failed**`);
    return `${inline(label)}: ${parts.join(', ')}`;
  };
  const sides = [side(labels.candidate, result.candidate)];
  if (result.baseline) sides.push(side(labels.baseline, result.baseline));
  return `${formatInt(result.examples.length)} golden examples · ${sides.join(' · ')}`;
}

function methodLine(result: EvaluationResult, labels: { candidate: string; baseline: string }): string {
  const parts: string[] = [];
  if (result.baseline) {
    parts.push(
      `Δ = ${inline(labels.candidate)} − ${inline(labels.baseline)} on the examples both answered; ${Math.round(result.bootstrap.confidence * 100)}% paired-bootstrap interval (${formatInt(result.bootstrap.samples)} resamples, seed ${result.bootstrap.seed}). Better or worse only when the whole interval is on one side of 0.`,
    );
  }
  parts.push('Failed examples are left out of the scores; filtered ones score 0.');
  return `<sub>${parts.join(' ')}</sub>`;
}

function concurrencyText(c: EvaluationResult['candidate']['client'], configured: number | undefined): string {
  const start = configured ?? Math.max(c.concurrency, c.lowestConcurrency);
  if (c.lowestConcurrency < start)
    return `concurrency lowered from ${start} to ${c.lowestConcurrency} after 429s`;
  return `concurrency ${start}${c.throttled > 0 ? ' (429s did not lower it)' : ''}`;
}

function clientLine(
  result: EvaluationResult,
  labels: { candidate: string; baseline: string },
  options: EvaluationReportOptions,
): string {
  const one = (label: string, s: EvaluationResult['candidate']): string => {
    const c = s.client;
    return `${inline(label)} (${inline(s.endpoint)}): ${plural(c.requests, 'request')}, ${plural(c.retries, 'retry', 'retries')} (${formatInt(c.throttled)} throttled, ${formatInt(c.serverErrors)} server errors, ${formatInt(c.connectionErrors)} dropped, ${formatInt(c.timeouts)} timeouts), ${concurrencyText(c, options.concurrency)}; ${formatInt(s.promptTokens)} prompt + ${formatInt(s.completionTokens)} completion tokens.`;
  };
  const lines = [one(labels.candidate, result.candidate)];
  if (result.baseline) lines.push(one(labels.baseline, result.baseline));
  return lines.map((l) => `- ${l}`).join('\n');
}

function definitionsSection(result: EvaluationResult): string {
  const items = shownMetrics(result).map((m) => `- \`${m.name}\` (${m.better} is better): ${m.definition}`);
  return details('Metric definitions', items.join('\n'));
}

export function renderEvaluation(
  result: EvaluationResult,
  verdicts: readonly GateVerdict[] | undefined,
  options: EvaluationReportOptions = {},
): EvaluationReport {
  const labels = {
    candidate: options.candidateLabel ?? 'candidate',
    baseline: options.baselineLabel ?? 'baseline',
  };
  const chartMode = options.chart ?? 'mermaid';
  const heading = result.baseline
    ? `### Evaluation: ${inline(labels.candidate)} vs ${inline(labels.baseline)}`
    : `### Evaluation: ${inline(labels.candidate)}`;
  const noBaseline = result.baseline ? '' : `_No baseline was evaluated, so there are no deltas._`;
  const gates = verdicts ? `#### Gates\n\n${renderGateTable(verdicts)}` : '';
  const chart = result.baseline ? chartSection(result, labels.baseline, chartMode) : '';

  const summary = [
    heading,
    countsLine(result, labels),
    metricsTable(result, labels),
    methodLine(result, labels),
    noBaseline,
    gates,
    chart,
    regressionsSection(result, labels, options, options.regressions?.summary ?? 10),
    problemsSection(result, labels, options, options.problems?.summary ?? 500),
    definitionsSection(result),
    details('Requests', clientLine(result, labels, options)),
  ];
  // The comment keeps what a reviewer decides on; the chart, every metric and the counts are in the summary.
  const comment = [
    heading,
    countsLine(result, labels),
    metricsTable(result, labels, decisiveMetrics(result)),
    methodLine(result, labels),
    noBaseline,
    gates,
    regressionsSection(result, labels, options, options.regressions?.comment ?? 3),
    problemsSection(result, labels, options, options.problems?.comment ?? 20),
  ];
  const join = (parts: string[]): string => parts.filter((p) => p.trim() !== '').join('\n\n');
  return { summary: join(summary), comment: join(comment) };
}

/** The evaluation could not run: why, and what to do. */
export function renderEvaluationFailure(message: string, hint?: string): string {
  return renderFailure('Evaluation failed', message, hint);
}

export function renderEvaluationSkipped(note: string): string {
  return renderSkipped('Evaluation skipped', note);
}

/** Why there was no baseline, in italics under the evaluation. */
export function renderBaselineNote(note: string): string {
  return `_${inline(note)}_`;
}

/** The `gate` step's section: the verdicts, what happened to the registry, and a registry error. */
export function renderGateSummary(
  verdicts: readonly GateVerdict[],
  passed: boolean,
  promotionNote: string | undefined,
  registryError: string,
): string {
  const heading = passed ? `### ${ICON.succeeded} Gates passed` : `### ${ICON.failed} Gates failed`;
  const parts = [heading, renderGateTable(verdicts)];
  if (promotionNote) parts.push(inline(promotionNote));
  if (registryError) parts.push(`${ICON.failed} ${inline(registryError)}`);
  return parts.join('\n\n');
}

/** `gate` with nothing to judge, or no gates: why. */
export function renderGateNote(status: 'failed' | 'skipped', message: string): string {
  return `### ${status === 'failed' ? ICON.failed : ICON.skipped} Gates\n\n${inline(message)}`;
}

/** Short headline for the step table: the main quality numbers, and the deltas when there are any. */
export function evaluationHeadline(result: EvaluationResult, baselineLabel = 'baseline'): string {
  const pick: MetricName[] = ['f1', 'rougeL', 'exact_match'];
  const parts = pick
    .filter((m) => result.candidate.metrics[m] !== undefined)
    .map((m) => {
      const d = result.deltas[m];
      return `${m} ${formatNumber(result.candidate.metrics[m]!, 3)}${d ? ` (${formatSigned(d.value, 3)} vs ${baselineLabel})` : ''}`;
    });
  const failed = result.candidate.failed ? `, ${result.candidate.failed} failed` : '';
  return `${parts.join(', ')} on ${formatInt(result.examples.length)} examples${failed}.`;
}

function percent(share: number): string {
  const p = share * 100;
  return `${Number.isInteger(p) ? p : p.toFixed(1)}%`;
}

/**
 * Why an evaluation that measured too little failed: per side, how many examples got no answer against
 * the allowed share, and the most frequent reason. Says that nothing was judged on the rest.
 */
export function unansweredHeadline(
  sides: readonly Unanswered[],
  maxShare: number,
  labels: { candidate?: string; baseline?: string } = {},
): string {
  const parts = sides.map((u) => {
    const label = labels[u.side] ?? u.side;
    const reason = u.reason
      ? `; ${u.reason.count === u.failed ? (u.failed === 1 ? 'it' : 'all') : `${formatInt(u.reason.count)}`} got: ${truncate(u.reason.message, 300).replace(/\.$/, '')}`
      : '';
    return `${formatInt(u.failed)} of ${formatInt(u.total)} golden examples got no answer from ${label} (${percent(u.share)})${reason}`;
  });
  return `Evaluation incomplete: ${parts.join('. ')}. At most ${percent(maxShare)} may go unanswered (\`max-unanswered-share\`), so no gate or promotion ran on the rest.`;
}

/** An incomplete evaluation's section: why it failed, above the scores of what did get an answer. */
export function renderUnanswered(headline: string, report: string): string {
  return `${ICON.failed} **${escapeMarkdown(headline, 'text')}**\n\n${report}`;
}

/** One paragraph for the step's failure message: which gates failed and why. */
export function gateFailureMessage(verdicts: readonly GateVerdict[]): string | undefined {
  const failed = verdicts.filter((v) => v.status === 'failed');
  if (failed.length === 0) return undefined;
  const list = failed.map((v) => `\`${v.expression}\` (${v.reason ?? 'failed'})`).join('; ');
  return `${failed.length} of ${verdicts.length} gate${verdicts.length === 1 ? '' : 's'} failed: ${list}. The candidate was not promoted.`;
}
