/** Pure Markdown renderer for what `convert` wrote and what it could not map. */
import type { ConvertReport } from '../dataset/convert.ts';
import { ICON, cell, code, formatInt, plural, table } from './markdown.ts';

/** One line per file, then the lines left out and the notes, so nothing is lost unseen. */
export function renderConvertSummary(reports: readonly ConvertReport[]): string {
  const parts = ['### Dataset conversion', ''];
  parts.push(
    table(
      ['Input', 'Formats', 'Output', 'Written', 'Not mapped'],
      reports.map((r) => [
        code(r.input),
        cell(
          Object.entries(r.formats)
            .map(([format, n]) => `${format} ${formatInt(n ?? 0)}`)
            .join(', '),
        ),
        code(r.output),
        formatInt(r.written),
        r.unmappedCount > 0 ? `${ICON.warning} ${formatInt(r.unmappedCount)}` : '0',
      ]),
      ['left', 'left', 'left', 'right', 'right'],
    ),
    '',
  );
  for (const r of reports) {
    if (r.unmappedCount > 0) {
      parts.push(`**Not mapped in ${code(r.input, 'text')}** (left out of the output):`, '');
      for (const u of r.unmapped) parts.push(`- line ${u.line}: ${cell(u.reason)}`);
      if (r.unmappedCount > r.unmapped.length)
        parts.push(`- … ${plural(r.unmappedCount - r.unmapped.length, 'more line')}`);
      parts.push('');
    }
    const notes = Object.entries(r.notes);
    if (notes.length > 0) {
      parts.push(`**Mapped with a note in ${code(r.input, 'text')}:**`, '');
      for (const [note, n] of notes) parts.push(`- ${cell(note)}: ${plural(n, 'line')}`);
      parts.push('');
    }
  }
  return parts.join('\n').trimEnd();
}
