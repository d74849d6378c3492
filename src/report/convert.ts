/** Pure Markdown renderer for what `convert` wrote and what it could not map. */
import type { ConvertReport } from '../dataset/convert.ts';
import { ICON, cell, formatInt, table } from './markdown.ts';

function plural(n: number, word: string): string {
  return `${formatInt(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** One line per file, then the lines left out and the notes, so nothing is lost unseen. */
export function renderConvertSummary(reports: readonly ConvertReport[]): string {
  const parts = ['### Dataset conversion', ''];
  parts.push(
    table(
      ['Input', 'Formats', 'Output', 'Written', 'Not mapped'],
      reports.map((r) => [
        `\`${cell(r.input)}\``,
        cell(
          Object.entries(r.formats)
            .map(([format, n]) => `${format} ${formatInt(n ?? 0)}`)
            .join(', '),
        ),
        `\`${cell(r.output)}\``,
        formatInt(r.written),
        r.unmappedCount > 0 ? `${ICON.warning} ${formatInt(r.unmappedCount)}` : '0',
      ]),
      ['left', 'left', 'left', 'right', 'right'],
    ),
    '',
  );
  for (const r of reports) {
    if (r.unmappedCount > 0) {
      parts.push(`**Not mapped in \`${cell(r.input)}\`** (left out of the output):`, '');
      for (const u of r.unmapped) parts.push(`- line ${u.line}: ${cell(u.reason)}`);
      if (r.unmappedCount > r.unmapped.length)
        parts.push(`- … ${plural(r.unmappedCount - r.unmapped.length, 'more line')}`);
      parts.push('');
    }
    const notes = Object.entries(r.notes);
    if (notes.length > 0) {
      parts.push(`**Mapped with a note in \`${cell(r.input)}\`:**`, '');
      for (const [note, n] of notes) parts.push(`- ${cell(note)}: ${plural(n, 'line')}`);
      parts.push('');
    }
  }
  return parts.join('\n').trimEnd();
}
