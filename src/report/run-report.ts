/**
 * The whole run as the job summary and the sticky comment show it: a step table, each step's section,
 * this repository's models once, and a footer. Both stay within GitHub's size limits: when a report
 * would not fit, the steps render their lists with fewer rows (fewest rows tried last), and a line says
 * what was cut and where the full report is.
 */
import type { Annotation } from '../runtime/types.ts';
import type { StepResult } from '../commands/types.ts';
import type { EventFacts } from '../github/event.ts';
import { ICON, cell, code, inline, plural, table } from './markdown.ts';
import { renderModelsSection } from './models.ts';

export interface RunFacts {
  event: EventFacts;
  modelId: string;
  planReason: string;
  /** Set when the config could not be built: nothing ran. */
  configError?: string;
}

/**
 * GitHub's limits: a comment body holds 65,536 characters (the REST API refuses longer: "body is too
 * long (maximum is 65536 characters)"), and the runner refuses a step summary file over 1024 KiB
 * ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k", docs: workflow
 * commands, "Adding a job summary"). The summary is measured in UTF-8 bytes, as the file is; the comment
 * in UTF-16 code units, never fewer than its characters. The budgets leave room for the sticky
 * comment's marker and for secrets replaced after rendering.
 */
export const COMMENT_LIMIT_CHARS = 65_536;
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const COMMENT_BUDGET_CHARS = COMMENT_LIMIT_CHARS - 1_024;
export const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 8 * 1024;
/** Rows per list tried in turn when a report is too large. */
export const SHRINK_STEPS = [700, 500, 300, 200, 100, 50, 20, 10, 5, 3, 1, 0] as const;

const STATUS_TEXT: Record<StepResult['status'], string> = {
  succeeded: `${ICON.succeeded} passed`,
  failed: `${ICON.failed} failed`,
  skipped: `${ICON.skipped} skipped`,
  pending: `${ICON.pending} pending`,
};

function stepTable(results: readonly StepResult[]): string {
  return table(
    ['Step', 'Result', 'What happened'],
    results.map((r) => [code(r.command), STATUS_TEXT[r.status], cell(r.headline)]),
  );
}

function footer(facts: RunFacts): string {
  const { event } = facts;
  const commit = event.sha ? code(event.sha.slice(0, 7), 'text') : 'the working tree';
  const run = event.runUrl ? ` · [workflow run](${event.runUrl})` : '';
  return `<sub>foundry-finetune · ${inline(facts.modelId)} · ${commit} · ${facts.planReason}${run}</sub>`;
}

type Sections = { summary: string; comment?: string };

function sectionsOf(r: StepResult, rows: number | undefined): Sections {
  if (rows === undefined || !r.shrink) return { summary: r.summary, comment: r.comment };
  return r.shrink(rows);
}

/** The index of the last step that carries the model inventory: the table goes after its section. */
function modelsAt(results: readonly StepResult[]): number {
  for (let i = results.length - 1; i >= 0; i--) if (results[i]!.models) return i;
  return -1;
}

function configError(facts: RunFacts): string {
  return facts.configError ? `${ICON.failed} **Configuration error:** ${inline(facts.configError)}` : '';
}

function assembleSummary(results: readonly StepResult[], facts: RunFacts, rows?: number): string {
  const parts = ['## Fine-tuning report', configError(facts)];
  if (results.length > 0) parts.push(stepTable(results));
  const at = modelsAt(results);
  results.forEach((r, i) => {
    parts.push(sectionsOf(r, rows).summary.trim());
    if (i === at) parts.push(renderModelsSection({ ...r.models!, maxRows: rows ?? r.models!.maxRows }));
  });
  return parts.filter(Boolean).join('\n\n');
}

function assembleComment(results: readonly StepResult[], facts: RunFacts, rows?: number): string {
  const parts = ['## Fine-tuning report', configError(facts)];
  if (results.length > 1) parts.push(stepTable(results));
  for (const r of results) {
    const s = sectionsOf(r, rows);
    parts.push((s.comment ?? s.summary).trim());
  }
  return parts.filter(Boolean).join('\n\n');
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Renders with everything; when that is over `budget`, with fewer rows per list until it fits; when even
 * no rows do not fit, cuts at a line. The note says which it was and where the rest is.
 */
function fit(
  render: (rows?: number) => string,
  size: (text: string) => number,
  budget: number,
  where: { limit: string; full: string },
  tail: string,
): string {
  const full = `${render()}\n\n${tail}`;
  if (size(full) <= budget) return full;
  for (const rows of SHRINK_STEPS) {
    const note = `> [!NOTE]\n> Shortened to stay within ${where.limit}: lists show at most ${plural(rows, 'row')}. ${where.full}`;
    const text = `${render(rows)}\n\n${note}\n\n${tail}`;
    if (size(text) <= budget) return text;
  }
  const note = `> [!NOTE]\n> Cut short to stay within ${where.limit}. ${where.full}`;
  const keep = `\n\n${note}\n\n${tail}`;
  let body = render(0);
  // Cut whole lines (never inside a table row or a code span) until it fits.
  const lines = body.split('\n');
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (size(lines.slice(0, mid).join('\n') + keep) <= budget) low = mid;
    else high = mid - 1;
  }
  body = lines.slice(0, low).join('\n');
  // A fenced block cut in the middle would swallow the note: close it.
  const fences = body.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).length;
  if (fences % 2 === 1) body += '\n```';
  return body + keep;
}

/** The job summary: every step's full section, within GitHub's 1 MiB. */
export function renderSummary(
  results: readonly StepResult[],
  facts: RunFacts,
  budgetBytes = SUMMARY_BUDGET_BYTES,
): string {
  return fit(
    (rows) => assembleSummary(results, facts, rows),
    utf8Bytes,
    budgetBytes,
    {
      limit: "GitHub's 1 MiB for a job summary",
      full: "Every finding is in the step's `report.json` (the `report` output; keep it with `actions/upload-artifact`).",
    },
    footer(facts),
  );
}

/** The sticky pull request comment: each step's shorter section, within GitHub's 65,536 characters. */
export function renderComment(
  results: readonly StepResult[],
  facts: RunFacts,
  budgetChars = COMMENT_BUDGET_CHARS,
): string {
  const summaryLink = facts.event.runUrl ? `[job summary](${facts.event.runUrl})` : 'job summary';
  return fit(
    (rows) => assembleComment(results, facts, rows),
    (t) => t.length,
    budgetChars,
    {
      limit: "GitHub's 65,536 characters for a comment",
      full: `The ${summaryLink} of the workflow run has the full report.`,
    },
    footer(facts),
  );
}

/** All the steps' outputs as one map, later steps winning, plus the commands that ran. */
export function mergeOutputs(results: readonly StepResult[]): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const r of results) Object.assign(outputs, r.outputs);
  outputs.command = results.map((r) => r.command).join(',');
  return outputs;
}

export function allAnnotations(results: readonly StepResult[]): Annotation[] {
  return results.flatMap((r) => r.annotations);
}
