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
import { formatGateValue } from '../gate/evaluate.ts';
import type { GateVerdict } from '../gate/types.ts';
import { ICON, cell, details, formatInt, formatNumber, formatSigned, table } from './markdown.ts';

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
}

export interface EvaluationReport {
  summary: string;
  comment: string;
}

const TEXT_LIMIT = 400;

function truncate(text: string, limit = TEXT_LIMIT): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

function formatMetric(info: MetricInfo, value: number | undefined): string {
  if (value === undefined) return '–';
  if (info.unit === 'ms') return `${formatInt(value)} ms`;
  if (info.digits === 0) return formatInt(value);
  return formatNumber(value, info.digits);
}

function formatDelta(info: MetricInfo, value: number): string {
  if (info.unit === 'ms') return `${value > 0 ? '+' : ''}${formatInt(value)} ms`;
  return formatSigned(value, Math.max(info.digits, info.quality ? 3 : info.digits));
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

function metricsTable(result: EvaluationResult, labels: { candidate: string; baseline: string }): string {
  const rows = shownMetrics(result);
  if (!result.baseline) {
    return table(
      ['Metric', labels.candidate],
      rows.map((m) => [`\`${m.name}\``, formatMetric(m, result.candidate.metrics[m.name])]),
      ['left', 'right'],
    );
  }
  const pct = Math.round(result.bootstrap.confidence * 100);
  return table(
    ['Metric', labels.candidate, labels.baseline, 'Δ', `${pct}% CI`, ''],
    rows.map((m) => {
      const d = result.deltas[m.name];
      return [
        `\`${m.name}\``,
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

/**
 * Inline code in a table cell. GitHub shows HTML entities inside code spans literally, so only the pipe
 * (which would end the cell) is escaped, and the fence is longer than any backtick run inside.
 */
export function codeCell(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

const GATE_TEXT = {
  passed: `${ICON.succeeded} pass`,
  failed: `${ICON.failed} fail`,
  'not-applicable': `${ICON.skipped} not applicable`,
} as const;

export function renderGateTable(verdicts: readonly GateVerdict[]): string {
  if (verdicts.length === 0) return '_No gates configured: nothing blocks promotion._';
  const failed = verdicts.filter((v) => v.status === 'failed').length;
  const headline =
    failed === 0
      ? `${ICON.succeeded} **All ${verdicts.length} gate${verdicts.length === 1 ? '' : 's'} passed.**`
      : `${ICON.failed} **${failed} of ${verdicts.length} gate${verdicts.length === 1 ? '' : 's'} failed.**`;
  const rows = verdicts.map((v) => [
    codeCell(v.expression),
    GATE_TEXT[v.status],
    cell(
      v.values.map((x) => `${x.ref} = ${x.value === undefined ? '–' : formatGateValue(x.value)}`).join(', '),
    ),
    cell(v.status === 'passed' ? '' : (v.reason ?? '')),
  ]);
  return `${headline}\n\n${table(['Gate', 'Result', 'Values', 'Why'], rows)}`;
}

function qualityDeltas(result: EvaluationResult): { info: MetricInfo; d: DeltaInterval }[] {
  return METRICS.filter((m) => m.quality && result.deltas[m.name]).map((info) => ({
    info,
    d: result.deltas[info.name]!,
  }));
}

/** The quality deltas in points (x100) as text: the fallback for renderers without mermaid. */
function deltaTable(items: { info: MetricInfo; d: DeltaInterval }[]): string {
  const scale = Math.max(...items.map((x) => Math.abs(x.d.value * 100)), 1e-9);
  return table(
    ['Metric', 'Δ (points)', ''],
    items.map(({ info, d }) => {
      const points = d.value * 100;
      const bar = '█'.repeat(Math.round((Math.abs(points) / scale) * 20));
      const better = (info.better === 'higher' ? points : -points) > 0;
      return [
        `\`${info.name}\``,
        formatSigned(points, 1),
        points === 0 ? '' : `${better ? '🟩' : '🟥'} ${bar}`,
      ];
    }),
    ['left', 'right', 'left'],
  );
}

/**
 * Mermaid's xychart draws every bar up from the bottom of the axis, so a negative value would look like a
 * short positive bar. The chart therefore plots sizes, with gains and losses as two series in two
 * colours and the signed value in each label.
 */
export function renderDeltaChart(result: EvaluationResult, baselineLabel: string): string | undefined {
  const items = qualityDeltas(result);
  if (items.length === 0) return undefined;
  const points = items.map(({ info, d }) => ({
    label: `${info.name} ${formatSigned(d.value * 100, 1)}`,
    size: Math.abs(d.value * 100),
    better: (info.better === 'higher' ? d.value : -d.value) >= 0,
  }));
  const top = Math.max(1, Math.ceil(Math.max(...points.map((p) => p.size))));
  const series = (better: boolean): string =>
    `[${points.map((p) => (p.better === better ? Number(p.size.toFixed(2)) : 0)).join(', ')}]`;
  const title = `Candidate vs ${baselineLabel}: change in points (green better, red worse)`.replace(
    /"/g,
    "'",
  );
  return [
    '```mermaid',
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2da44e, #cf222e"}}}}%%',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${points.map((p) => JSON.stringify(p.label)).join(', ')}]`,
    `  y-axis "points" 0 --> ${top}`,
    `  bar ${series(true)}`,
    `  bar ${series(false)}`,
    '```',
  ].join('\n');
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
  if (a.outcome === 'failed') return `_(no answer: ${a.message ?? 'failed'})_`;
  if (a.outcome === 'content_filter') return '_(blocked by the content filter)_';
  return a.text === '' ? '_(empty)_' : truncate(a.text ?? '');
}

function exampleBlock(
  ex: ExampleResult,
  labels: { candidate: string; baseline: string },
  options: EvaluationReportOptions,
  headline: string,
): string {
  const rows: string[][] = [
    ['Prompt', cell(truncate(ex.prompt))],
    [ex.expected.length > 1 ? 'Expected (any)' : 'Expected', cell(truncate(ex.expected.join(' ‖ ')))],
    [cell(labels.candidate), cell(answerText(ex.candidate))],
  ];
  if (ex.baseline) rows.push([cell(labels.baseline), cell(answerText(ex.baseline))]);
  return `**${location(options, ex.line)}** · ${headline}\n\n${table(['', ''], rows)}`;
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
  if (worst.length === 0) return `_No example scores lower than on ${cell(labels.baseline)}._`;
  const all = worstRegressions(result, Number.POSITIVE_INFINITY).length;
  const blocks = worst.map((ex) =>
    exampleBlock(
      ex,
      labels,
      options,
      `F1 ${formatNumber(f1Of(ex.baseline)!, 2)} → ${formatNumber(f1Of(ex.candidate)!, 2)}`,
    ),
  );
  const title = `Worst regressions: ${worst.length} of ${all} example${all === 1 ? '' : 's'} that score lower than on ${cell(labels.baseline)}`;
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
  const more = rows.length > shown.length ? `\n\n…and ${rows.length - shown.length} more.` : '';
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
    return `${cell(label)}: ${parts.join(', ')}`;
  };
  const sides = [side(labels.candidate, result.candidate)];
  if (result.baseline) sides.push(side(labels.baseline, result.baseline));
  return `${formatInt(result.examples.length)} golden examples · ${sides.join(' · ')}`;
}

function methodLine(result: EvaluationResult, labels: { candidate: string; baseline: string }): string {
  const parts: string[] = [];
  if (result.baseline) {
    parts.push(
      `Δ = ${cell(labels.candidate)} − ${cell(labels.baseline)} on the examples both answered; ${Math.round(result.bootstrap.confidence * 100)}% paired-bootstrap interval (${formatInt(result.bootstrap.samples)} resamples, seed ${result.bootstrap.seed}). 🟢/🔴 only when the whole interval is on one side of 0.`,
    );
  }
  parts.push('Failed examples are left out of the scores; filtered ones score 0.');
  return `<sub>${parts.join(' ')}</sub>`;
}

function clientLine(result: EvaluationResult, labels: { candidate: string; baseline: string }): string {
  const one = (label: string, s: EvaluationResult['candidate']): string => {
    const c = s.client;
    return `${cell(label)} (${cell(s.endpoint)}): ${formatInt(c.requests)} requests, ${formatInt(c.retries)} retries (${formatInt(c.throttled)} throttled, ${formatInt(c.serverErrors)} server errors, ${formatInt(c.connectionErrors)} dropped, ${formatInt(c.timeouts)} timeouts), concurrency down to ${c.lowestConcurrency}; ${formatInt(s.promptTokens)} prompt + ${formatInt(s.completionTokens)} completion tokens.`;
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
    ? `### Evaluation: ${cell(labels.candidate)} vs ${cell(labels.baseline)}`
    : `### Evaluation: ${cell(labels.candidate)}`;
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
    problemsSection(result, labels, options, 500),
    definitionsSection(result),
    details('Requests', clientLine(result, labels)),
  ];
  const comment = [
    heading,
    countsLine(result, labels),
    metricsTable(result, labels),
    methodLine(result, labels),
    noBaseline,
    gates,
    chart,
    regressionsSection(result, labels, options, options.regressions?.comment ?? 5),
    problemsSection(result, labels, options, 20),
  ];
  const join = (parts: string[]): string => parts.filter((p) => p.trim() !== '').join('\n\n');
  return { summary: join(summary), comment: join(comment) };
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

/** One paragraph for the step's failure message: which gates failed and why. */
export function gateFailureMessage(verdicts: readonly GateVerdict[]): string | undefined {
  const failed = verdicts.filter((v) => v.status === 'failed');
  if (failed.length === 0) return undefined;
  const list = failed.map((v) => `\`${v.expression}\` (${v.reason ?? 'failed'})`).join('; ');
  return `${failed.length} of ${verdicts.length} gate${verdicts.length === 1 ? '' : 's'} failed: ${list}. The candidate was not promoted.`;
}
