import type { Annotation } from '../runtime/types.ts';
import type { StepResult } from '../commands/types.ts';
import type { EventFacts } from '../github/event.ts';
import { ICON, cell, table } from './markdown.ts';

export interface RunFacts {
  event: EventFacts;
  modelId: string;
  planReason: string;
  /** Set when the config could not be built: nothing ran. */
  configError?: string;
}

const STATUS_TEXT: Record<StepResult['status'], string> = {
  succeeded: `${ICON.succeeded} passed`,
  failed: `${ICON.failed} failed`,
  skipped: `${ICON.skipped} skipped`,
  pending: `${ICON.pending} pending`,
};

function stepTable(results: readonly StepResult[]): string {
  return table(
    ['Step', 'Result', ''],
    results.map((r) => [`\`${r.command}\``, STATUS_TEXT[r.status], cell(r.headline)]),
  );
}

function footer(facts: RunFacts): string {
  const { event } = facts;
  const commit = event.sha ? `\`${event.sha.slice(0, 7)}\`` : 'the working tree';
  const run = event.runUrl ? ` · [workflow run](${event.runUrl})` : '';
  return `<sub>foundry-finetune · ${facts.modelId} · ${commit} · ${facts.planReason}${run}</sub>`;
}

/** The job summary: every step's full section. */
export function renderSummary(results: readonly StepResult[], facts: RunFacts): string {
  const parts = ['## Fine-tuning report', ''];
  if (facts.configError) {
    parts.push(`${ICON.failed} **Configuration error:** ${cell(facts.configError)}`, '');
  }
  if (results.length > 0) parts.push(stepTable(results), '');
  for (const r of results) if (r.summary.trim()) parts.push(r.summary.trim(), '');
  parts.push(footer(facts));
  return parts.join('\n');
}

/** The sticky pull request comment: each step's shorter section, and the same step table. */
export function renderComment(results: readonly StepResult[], facts: RunFacts): string {
  const parts = ['## Fine-tuning report', ''];
  if (facts.configError) parts.push(`${ICON.failed} **Configuration error:** ${cell(facts.configError)}`, '');
  if (results.length > 1) parts.push(stepTable(results), '');
  for (const r of results) {
    const section = (r.comment ?? r.summary).trim();
    if (section) parts.push(section, '');
  }
  parts.push(footer(facts));
  return parts.join('\n');
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
