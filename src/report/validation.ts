/** Pure Markdown renderers for a dataset validation report: the job summary and the PR comment. */
import type { DiffReport, FileReport, Finding, ValidationReport } from '../dataset/types.ts';
import { ICON, cell, details, formatInt, formatMoney, formatSigned, table } from './markdown.ts';

/** Findings tables longer than this are collapsed in the summary. */
const OPEN_FINDINGS = 10;
/** Findings shown in the PR comment (errors first). */
const COMMENT_FINDINGS = 5;

function verdict(report: ValidationReport): string {
  if (report.errors > 0)
    return `${ICON.failed} **${formatInt(report.errors)} error${report.errors === 1 ? '' : 's'}**`;
  if (report.warnings > 0)
    return `${ICON.warning} valid, with ${formatInt(report.warnings)} warning${report.warnings === 1 ? '' : 's'}`;
  return `${ICON.succeeded} valid`;
}

export function validationHeadline(report: ValidationReport): string {
  const training = report.files.find((f) => f.role === 'training');
  const examples = training ? `${formatInt(training.stats.examples)} training examples` : 'no training data';
  const tokens = training ? `, ${formatInt(training.stats.tokens.total)} tokens` : '';
  const problems =
    report.errors > 0
      ? `${formatInt(report.errors)} error(s), ${formatInt(report.warnings)} warning(s)`
      : report.warnings > 0
        ? `valid, ${formatInt(report.warnings)} warning(s)`
        : 'valid';
  return `${examples}${tokens}: ${problems}.`;
}

function statsTable(report: ValidationReport): string {
  const rows = report.files.map((f) => {
    const s = f.stats;
    const roles = s.messagesByRole;
    return [
      `\`${cell(f.path)}\` (${f.role})`,
      formatInt(s.examples),
      formatInt(s.turns),
      `${s.estimatedExamples > 0 ? '≈' : ''}${formatInt(s.tokens.total)}`,
      formatInt(s.tokens.p50),
      formatInt(s.tokens.p95),
      formatInt(s.tokens.max),
      formatInt(s.trainedTokens),
      `${formatInt(roles.system)} / ${formatInt(roles.user)} / ${formatInt(roles.assistant)}${roles.tool ? ` / ${formatInt(roles.tool)}` : ''}`,
      f.errors > 0 ? `${ICON.failed} ${formatInt(f.errors)}` : '0',
      f.warnings > 0 ? `${ICON.warning} ${formatInt(f.warnings)}` : '0',
    ];
  });
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
      'System / user / assistant (/ tool)',
      'Errors',
      'Warnings',
    ],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function location(f: Finding): string {
  return f.line === undefined ? `\`${cell(f.file)}\`` : `\`${cell(f.file)}:${f.line}\``;
}

function findingsTable(findings: readonly Finding[]): string {
  return table(
    ['', 'Where', 'Code', 'Problem', 'Fix'],
    findings.map((f) => [
      f.severity === 'error' ? ICON.failed : ICON.warning,
      location(f),
      `\`${f.code}\``,
      cell(f.message),
      cell(f.hint ?? ''),
    ]),
  );
}

function fileFindings(f: FileReport): string {
  if (f.findings.length === 0) return '';
  const label = `${f.errors} error(s), ${f.warnings} warning(s) in <code>${cell(f.path)}</code>`;
  const omitted =
    f.omitted > 0
      ? `\n\n${formatInt(f.omitted)} more finding(s) of the same kinds are counted but not listed (the first 100 of each kind are).`
      : '';
  const body = findingsTable(f.findings) + omitted;
  return f.findings.length > OPEN_FINDINGS ? details(label, body) : `**${label}**\n\n${body}`;
}

function diffTable(diff: readonly DiffReport[]): string {
  const ref = diff[0]?.ref ?? '';
  const rows = diff.map((d) => [
    `\`${cell(d.path)}\``,
    d.newFile ? 'new file' : formatInt(d.baseExamples),
    `+${formatInt(d.added)}`,
    `-${formatInt(d.removed)}`,
    formatInt(d.changed),
    formatInt(d.unchanged),
    formatSigned(d.tokenDelta, 0),
  ]);
  return (
    `**Changes against \`${cell(ref.slice(0, 12))}\`**\n\n` +
    table(['File', 'Base examples', 'Added', 'Removed', 'Changed', 'Unchanged', 'Token delta'], rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
    ])
  );
}

function estimateText(report: ValidationReport): string {
  const e = report.estimate;
  const epochs =
    e.epochsSource === 'input'
      ? `${e.epochs} epochs`
      : `${e.epochs} epochs (default rule for ${formatInt(e.examples)} examples)`;
  const cost =
    e.cost === undefined
      ? 'set `price-per-1k-training-tokens` for a cost estimate'
      : `**≈ ${formatMoney(e.cost)}** at ${e.pricePer1kTokens} per 1K tokens`;
  const approx = e.estimatedExamples > 0 ? '≈' : '';
  return `**Training estimate:** ${approx}${formatInt(e.tokens)} tokens x ${epochs} = ${approx}${formatInt(e.billedTokens)} billed tokens; ${cost}.`;
}

function splitText(report: ValidationReport): string {
  const s = report.split;
  if (!s) return '';
  return `**Validation split:** no validation file, so ${formatInt(s.validation)} of ${formatInt(s.training + s.validation)} examples (ratio ${s.ratio}, seed \`${cell(s.seed)}\`) are held out; training uses ${formatInt(s.training)}. The train command uses the same split.`;
}

function tokenizerNote(report: ValidationReport): string {
  const t = report.tokenizer;
  const exact = t.exact
    ? 'exact'
    : `≈ marks estimates: tools are converted by the service in a way no template publishes; counted as ${cell(t.assumedRendering ?? '')}`;
  return `<sub>Tokens: ${cell(report.model)} chat template, ${cell(t.name)}; ${exact}. Checked in ${(report.elapsedMs / 1000).toFixed(1)}s on ${t.threads} thread${t.threads === 1 ? '' : 's'}.</sub>`;
}

/** The job summary section: everything, with long lists collapsed. */
export function renderValidationSummary(report: ValidationReport): string {
  const parts = [`### Dataset check: ${verdict(report)}`, '', statsTable(report), ''];
  for (const f of report.files) {
    const section = fileFindings(f);
    if (section) parts.push(section, '');
  }
  if (report.diff.length > 0) parts.push(diffTable(report.diff), '');
  parts.push(estimateText(report), '');
  const split = splitText(report);
  if (split) parts.push(split, '');
  parts.push(tokenizerNote(report));
  return parts.join('\n');
}

/** The pull request comment section: the verdict, the numbers, the first findings. */
export function renderValidationComment(report: ValidationReport, maxFindings = COMMENT_FINDINGS): string {
  const parts = [`### Dataset check: ${verdict(report)}`, '', statsTable(report), ''];
  const all = report.files.flatMap((f) => f.findings);
  const first = [
    ...all.filter((f) => f.severity === 'error'),
    ...all.filter((f) => f.severity !== 'error'),
  ].slice(0, maxFindings);
  if (first.length > 0) {
    const more = report.errors + report.warnings - first.length;
    parts.push(findingsTable(first), '');
    if (more > 0) parts.push(`…and ${formatInt(more)} more in the job summary.`, '');
  }
  if (report.diff.length > 0) parts.push(diffTable(report.diff), '');
  parts.push(estimateText(report));
  const split = splitText(report);
  if (split) parts.push('', split);
  return parts.join('\n');
}
