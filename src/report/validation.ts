/**
 * Pure Markdown renderers for a dataset validation report: the job summary and the PR comment.
 *
 * Token figures use one vocabulary (the same in the comment, the summaries and the outputs):
 * - tokens: the whole sequence the model reads, chat template included;
 * - trained tokens: the tokens of assistant messages the loss covers (weight 1), end marker included;
 * - billed tokens: the tokens of the training split x epochs, which is what Azure bills.
 */
import type { DiffReport, FileReport, Finding, ValidationReport } from '../dataset/types.ts';
import {
  ICON,
  cell,
  code,
  details,
  formatInt,
  formatMoney,
  formatSignedInt,
  inline,
  plural,
  table,
  type Align,
} from './markdown.ts';

/** Findings tables longer than this are collapsed in the summary. */
const OPEN_FINDINGS = 10;
/** Findings shown in the PR comment (errors first). */
export const COMMENT_FINDINGS = 5;
/** Findings listed per file in the summary before it has to shrink (the step's JSON report has them all). */
export const SUMMARY_FINDINGS = 1000;
/** A finding's message and fix are cut at this length in the comment and in the summary (report.json keeps them whole). */
const COMMENT_TEXT = 300;
const SUMMARY_TEXT = 1000;

function clip(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

export interface ValidationRenderOptions {
  /** Most findings listed per file (summary) or in all (comment); the rest are counted. */
  rows?: number;
}

function verdict(report: ValidationReport): string {
  if (report.errors > 0) return `${ICON.failed} **${plural(report.errors, 'error')}**`;
  if (report.warnings > 0) return `${ICON.warning} valid, with ${plural(report.warnings, 'warning')}`;
  return `${ICON.succeeded} valid`;
}

/** What the training run reads: the training split's examples and tokens (the whole file without a split). */
export function trainingFigures(report: ValidationReport): { examples: number; tokens: number } {
  return { examples: report.estimate.examples, tokens: report.estimate.tokens };
}

export function validationHeadline(report: ValidationReport): string {
  const training = report.files.find((f) => f.role === 'training');
  const { examples, tokens } = trainingFigures(report);
  const what = training
    ? `${plural(examples, 'training example')}, ${plural(tokens, 'token')}${report.split ? ' (after the split)' : ''}`
    : 'no training data';
  const problems =
    report.errors > 0
      ? `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`
      : report.warnings > 0
        ? `valid, ${plural(report.warnings, 'warning')}`
        : 'valid';
  return `${what}: ${problems}.`;
}

function fileLabel(f: FileReport): string {
  return `${code(f.path)} (${f.role})`;
}

function problemCount(n: number, icon: string): string {
  return n > 0 ? `${icon} ${formatInt(n)}` : '0';
}

/** Every statistic per file: the summary's table. */
function statsTable(report: ValidationReport): string {
  const rows = report.files.map((f) => {
    const s = f.stats;
    const roles = s.messagesByRole;
    return [
      fileLabel(f),
      formatInt(s.examples),
      formatInt(s.turns),
      `${s.estimatedExamples > 0 ? '≈' : ''}${formatInt(s.tokens.total)}`,
      formatInt(s.tokens.p50),
      formatInt(s.tokens.p95),
      formatInt(s.tokens.max),
      formatInt(s.trainedTokens),
      `${formatInt(roles.system)} / ${formatInt(roles.user)} / ${formatInt(roles.assistant)} / ${formatInt(roles.tool)}`,
      problemCount(f.errors, ICON.failed),
      problemCount(f.warnings, ICON.warning),
    ];
  });
  const right: Align = 'right';
  return table(
    [
      'File',
      'Examples',
      'Turns',
      'Tokens',
      'p50',
      'p95',
      'Max',
      'Trained tokens',
      'System / user / assistant / tool',
      'Errors',
      'Warnings',
    ],
    rows,
    ['left', right, right, right, right, right, right, right, right, right, right],
  );
}

/** What a reviewer decides on, narrow enough for a comment: size and problems per file. */
function commentStatsTable(report: ValidationReport): string {
  return table(
    ['File', 'Examples', 'Tokens', 'Errors', 'Warnings'],
    report.files.map((f) => [
      fileLabel(f),
      formatInt(f.stats.examples),
      formatInt(f.stats.tokens.total),
      problemCount(f.errors, ICON.failed),
      problemCount(f.warnings, ICON.warning),
    ]),
    ['left', 'right', 'right', 'right', 'right'],
  );
}

function location(f: Finding): string {
  return code(f.line === undefined ? f.file : `${f.file}:${f.line}`);
}

function findingsTable(findings: readonly Finding[], withCode: boolean): string {
  const headers = withCode
    ? ['Level', 'Where', 'Code', 'Problem', 'Fix']
    : ['Level', 'Where', 'Problem', 'Fix'];
  const limit = withCode ? SUMMARY_TEXT : COMMENT_TEXT;
  return table(
    headers,
    findings.map((f) => [
      f.severity === 'error' ? ICON.failed : ICON.warning,
      location(f),
      ...(withCode ? [code(f.code)] : []),
      cell(clip(f.message, limit)),
      cell(clip(f.hint ?? '', limit)),
    ]),
  );
}

function fileFindings(f: FileReport, rows: number): string {
  if (f.findings.length === 0) return '';
  const label = `${plural(f.errors, 'error')}, ${plural(f.warnings, 'warning')} in \`${f.path}\``;
  const shown = f.findings.slice(0, rows);
  const notes: string[] = [];
  const cut = f.findings.length - shown.length;
  if (cut > 0) {
    notes.push(
      `${formatInt(cut)} more listed finding${cut === 1 ? '' : 's'} of this file not shown here, to keep the report within GitHub's size limit: the step's \`report.json\` (the \`report\` output) has them.`,
    );
  }
  if (f.omitted > 0) {
    notes.push(
      `${formatInt(f.omitted)} more finding${f.omitted === 1 ? '' : 's'} of the same kinds are counted but not listed (the first 100 of each kind are).`,
    );
  }
  const body = [shown.length > 0 ? findingsTable(shown, true) : '', ...notes].filter(Boolean).join('\n\n');
  return f.findings.length > OPEN_FINDINGS ? details(label, body) : `**${inline(label)}**\n\n${body}`;
}

/** Diff rows add up: base = unchanged + changed + removed, and the file = unchanged + changed + added. */
function diffTable(diff: readonly DiffReport[], compact: boolean): string {
  const ref = diff[0]?.ref ?? '';
  const heading = `**Changes against ${code(ref.slice(0, 12), 'text')}**`;
  if (compact) {
    const changed = diff.filter(
      (d) => d.newFile || d.added + d.removed + d.changed > 0 || d.tokenDelta !== 0,
    );
    if (changed.length === 0) return `${heading}: no example added, removed or changed.`;
    return `${heading}\n\n${table(
      ['File', 'Added', 'Removed', 'Changed', 'Token delta'],
      changed.map((d) => [
        code(d.path) + (d.newFile ? ' (new file)' : ''),
        `+${formatInt(d.added)}`,
        `-${formatInt(d.removed)}`,
        formatInt(d.changed),
        formatSignedInt(d.tokenDelta),
      ]),
      ['left', 'right', 'right', 'right', 'right'],
    )}`;
  }
  const rows = diff.map((d) => [
    code(d.path),
    d.newFile ? 'new file' : formatInt(d.baseExamples),
    `+${formatInt(d.added)}`,
    `-${formatInt(d.removed)}`,
    formatInt(d.changed),
    formatInt(d.unchanged),
    formatSignedInt(d.tokenDelta),
  ]);
  return `${heading}\n\n${table(
    ['File', 'Base examples', 'Added', 'Removed', 'Changed', 'Unchanged', 'Token delta'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  )}\n\n<sub>Changed: same prompt, another answer. Base examples = unchanged + changed + removed; examples now = unchanged + changed + added.</sub>`;
}

function splitText(report: ValidationReport): string {
  const s = report.split;
  if (!s) return '';
  const heldTokens =
    (report.files.find((f) => f.role === 'training')?.stats.tokens.total ?? 0) - report.estimate.tokens;
  return `**Training split:** there is no validation file, so ${plural(s.validation, 'example')} of ${formatInt(s.training + s.validation)} (${plural(heldTokens, 'token')}; ratio ${s.ratio}, seed ${code(s.seed, 'text')}) are held out for validation; training reads the other ${plural(s.training, 'example')}, ${plural(report.estimate.tokens, 'token')}. \`train\` uploads the same split.`;
}

function estimateText(report: ValidationReport): string {
  const e = report.estimate;
  const epochs =
    e.epochsSource === 'input'
      ? plural(e.epochs, 'epoch')
      : `${plural(e.epochs, 'epoch')} (the default for ${plural(e.examples, 'example')})`;
  const cost =
    e.cost === undefined
      ? 'set `price-per-1k-training-tokens` for a cost estimate'
      : `**≈ ${formatMoney(e.cost)}** at ${e.pricePer1kTokens} per 1K billed tokens`;
  const approx = e.estimatedExamples > 0 ? '≈' : '';
  return `**Training estimate:** ${approx}${plural(e.tokens, 'token')} of the training split x ${epochs} = **${approx}${plural(e.billedTokens, 'billed token')}**; ${cost}.`;
}

/** The token vocabulary, defined once per report. */
function vocabulary(report: ValidationReport): string {
  const t = report.tokenizer;
  const exact = t.exact
    ? 'exact'
    : `≈ marks estimates: tools are converted by the service in a way no template publishes; counted as ${inline(t.assumedRendering ?? '')}`;
  return `<sub>**Tokens**: the whole sequence the model reads, chat template included (${inline(report.model)} template, ${inline(t.name)}; ${exact}). **Trained tokens**: tokens of the assistant messages the loss covers (weight 1), each with its end marker. **Billed tokens**: tokens of the training split x epochs, what Azure bills.</sub>`;
}

function timing(report: ValidationReport): string {
  const t = report.tokenizer;
  return `<sub>Checked in ${(report.elapsedMs / 1000).toFixed(1)}s on ${plural(t.threads, 'thread')}.</sub>`;
}

/** The job summary section: everything, with long lists collapsed. */
export function renderValidationSummary(
  report: ValidationReport,
  options: ValidationRenderOptions = {},
): string {
  const rows = options.rows ?? SUMMARY_FINDINGS;
  const parts = [`### Dataset check: ${verdict(report)}`, statsTable(report), splitText(report)];
  for (const f of report.files) parts.push(fileFindings(f, rows));
  if (report.diff.length > 0) parts.push(diffTable(report.diff, false));
  parts.push(estimateText(report), vocabulary(report), timing(report));
  return parts.filter((p) => p !== '').join('\n\n');
}

/** The pull request comment section: the verdict, what each file holds, the first findings, the cost. */
export function renderValidationComment(
  report: ValidationReport,
  options: ValidationRenderOptions = {},
): string {
  const max = Math.min(options.rows ?? COMMENT_FINDINGS, COMMENT_FINDINGS);
  const parts = [`### Dataset check: ${verdict(report)}`, commentStatsTable(report), splitText(report)];
  const all = report.files.flatMap((f) => f.findings);
  const first = [
    ...all.filter((f) => f.severity === 'error'),
    ...all.filter((f) => f.severity !== 'error'),
  ].slice(0, max);
  if (first.length > 0) parts.push(findingsTable(first, false));
  const more = report.errors + report.warnings - first.length;
  if (more > 0) parts.push(`…and ${plural(more, 'more finding')} in the job summary.`);
  if (report.diff.length > 0) parts.push(diffTable(report.diff, true));
  parts.push(estimateText(report), vocabulary(report));
  return parts.filter((p) => p !== '').join('\n\n');
}
