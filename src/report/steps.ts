/**
 * Sections every command shares: a step that failed, was skipped or has a plain note. Messages come from
 * anywhere (Azure, the network, our own checks) and may hold code spans; each line is escaped.
 */
import { ICON, inline } from './markdown.ts';

/** A message of one or more lines as Markdown paragraphs, shown exactly as written. */
export function paragraphs(message: string): string {
  return message
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => inline(l))
    .join('\n\n');
}

/** `### ❌ <title>` and the message, then the hint when there is one. */
export function renderFailure(title: string, message: string, hint?: string): string {
  return [`### ${ICON.failed} ${title}`, paragraphs(message), hint ? paragraphs(hint) : '']
    .filter(Boolean)
    .join('\n\n');
}

/** `### ⏭️ <title>` and why. */
export function renderSkipped(title: string, message: string): string {
  return `### ${ICON.skipped} ${title}\n\n${paragraphs(message)}`;
}

/** A heading and a message, for sections that are neither failed nor skipped (e.g. "not screened"). */
export function renderNote(title: string, message: string): string {
  return `### ${title}\n\n${paragraphs(message)}`;
}
