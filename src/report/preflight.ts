/** The preflight checks as a table, each failure with its fix. Pure. */
import type { PreflightCheck } from '../foundry/preflight.ts';
import { ICON, cell, inline, table } from './markdown.ts';

const STATUS: Record<PreflightCheck['status'], string> = {
  passed: `${ICON.succeeded} passed`,
  failed: `${ICON.failed} failed`,
  warning: `${ICON.warning} warning`,
};

export function renderPreflight(checks: readonly PreflightCheck[]): string {
  return table(
    ['Check', 'Result', 'Detail', 'Fix'],
    checks.map((c) => [cell(c.title), STATUS[c.status], cell(c.detail), cell(c.fix ?? '')]),
  );
}

/** The `preflight` command's section: where it looked, and every check. */
export function renderPreflightSummary(
  where: string,
  ok: boolean,
  checks: readonly PreflightCheck[],
): string {
  return `### ${ok ? ICON.succeeded : ICON.failed} Preflight: ${inline(where)}\n\n${renderPreflight(checks)}`;
}

/** `train` stops before creating anything when a preflight check fails. */
export function renderTrainingNotStarted(checks: readonly PreflightCheck[]): string {
  return `### ${ICON.failed} Training not started: preflight failed\n\nNothing was uploaded or submitted.\n\n${renderPreflight(checks)}`;
}

/** `train` refuses data that does not pass the dataset check; the check's own section follows. */
export function renderTrainingRefused(validationSummary: string): string {
  return `### ${ICON.failed} Training refused: invalid data\n\nNothing was uploaded or submitted.\n\n${validationSummary}`;
}
