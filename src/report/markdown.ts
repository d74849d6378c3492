/**
 * Small pure helpers every renderer uses, so tables, escapes and numbers look the same everywhere. Only
 * report/ writes Markdown; everything it prints from elsewhere (messages, names, service errors, data)
 * goes through `escapeMarkdown`.
 */

/**
 * Where a piece of text lands:
 * - `cell`: a GFM table cell. `|` ends a cell even inside a code span, so it is escaped there too (GFM
 *   removes that backslash before it parses the code span).
 * - `text`: a paragraph, a list item or `<sub>` text. Inside a code span a backslash would show, so
 *   code spans are left exactly as written.
 * - `html`: inside an HTML block such as `<summary>`, where Markdown is not parsed at all: entities, and
 *   code spans become `<code>` elements.
 */
export type MarkdownContext = 'cell' | 'text' | 'html';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Characters GFM could read as syntax, backslash-escaped outside code spans: backslashes, backticks
 * without a partner, `*`, `[` (links, images), `~` (strikethrough), `<` (HTML, autolinks), `&` before
 * something that reads as an entity, `_` unless inside a word (GFM never emphasizes intraword `_`), and
 * `|` in a table cell. Anything else shows as it is.
 */
function escapeText(text: string, context: 'cell' | 'text'): string {
  let out = text.replace(/[\\`*[~<]|&(?=#?\w+;)|\|/g, (c) =>
    c === '|' && context !== 'cell' ? c : `\\${c}`,
  );
  out = out.replace(/_/g, (c, at: number) =>
    /[A-Za-z0-9]/.test(out[at - 1] ?? '') && /[A-Za-z0-9]/.test(out[at + 1] ?? '') ? c : `\\${c}`,
  );
  return out;
}

/** What would start a block at the start of a line: a heading, a quote, a list item, a setext line. */
function escapeLineStart(text: string): string {
  return text
    .replace(/^(\s*)(#{1,6}(?=\s|$)|>|[-+](?=\s|$))/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)([=-])(?=[=-]*\s*$)/, '$1\\$2');
}

/**
 * Code spans of `text` as CommonMark finds them: a run of N backticks opens one, and the next run of
 * exactly N backticks closes it. A run with no closing run is literal text.
 */
export function splitCodeSpans(text: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index, length: m[0].length }));
  let plainFrom = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    if (open.at < plainFrom) continue;
    const close = runs.slice(i + 1).find((r) => r.length === open.length);
    if (!close) continue;
    if (open.at > plainFrom) parts.push({ code: false, text: text.slice(plainFrom, open.at) });
    parts.push({ code: true, text: text.slice(open.at, close.at + close.length) });
    plainFrom = close.at + close.length;
    i = runs.indexOf(close);
  }
  if (plainFrom < text.length) parts.push({ code: false, text: text.slice(plainFrom) });
  return parts;
}

/**
 * The one escaping function of report/: `text` shows exactly as written, except that its code spans
 * (`` `<|end|>` ``, as messages throughout the code base mark code) stay code. Markdown inside code
 * spans is never escaped with entities: GitHub would show `&lt;` literally there.
 */
export function escapeMarkdown(
  value: string | number | undefined | null,
  context: MarkdownContext = 'cell',
): string {
  if (value === undefined || value === null) return '';
  const text = String(value).replace(/\r?\n|\r/g, ' ');
  const escaped = splitCodeSpans(text)
    .map((part) => {
      if (context === 'html') {
        if (!part.code) return escapeHtml(part.text);
        const inner = part.text.replace(/^`+|`+$/g, '');
        const trimmed = /^ .* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner;
        return `<code>${escapeHtml(trimmed)}</code>`;
      }
      if (part.code) return context === 'cell' ? part.text.replace(/\|/g, '\\|') : part.text;
      return escapeText(part.text, context);
    })
    .join('');
  return context === 'html' ? escaped : escapeLineStart(escaped);
}

/** Text for a table cell: `escapeMarkdown(text, 'cell')`. */
export function cell(text: string | number | undefined | null): string {
  return escapeMarkdown(text, 'cell');
}

/** Text for a paragraph, list item or `<sub>` line: `escapeMarkdown(text, 'text')`. */
export function inline(text: string | number | undefined | null): string {
  return escapeMarkdown(text, 'text');
}

/**
 * A code span showing `text` literally: the fence is longer than any backtick run inside, padded when
 * the text starts or ends with a backtick. In a table cell `|` is escaped (GFM removes the backslash).
 */
export function code(text: string, context: Exclude<MarkdownContext, 'html'> = 'cell'): string {
  const flat = text.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  const body = context === 'cell' ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

export type Align = 'left' | 'right' | 'center';

/** A GFM table. Every header must say what its column holds: no empty header rows. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  align?: readonly Align[],
): string {
  const sep = headers.map((_, i) => {
    const a = align?.[i] ?? 'left';
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  const line = (cells: readonly (string | number)[]): string =>
    `| ${cells.map((c) => String(c)).join(' | ')} |`;
  return [line(headers), line(sep), ...rows.map(line)].join('\n');
}

/**
 * Facts as a list of "**Label:** value" lines: a key/value table would need a header row that says
 * nothing. Values are Markdown already (escape them with `inline`).
 */
export function facts(items: readonly (readonly [string, string])[]): string {
  return items.map(([label, value]) => `- **${label}:** ${value}`).join('\n');
}

/**
 * A collapsed section; GitHub renders Markdown inside when blank lines surround it. `summary` is text
 * with code spans, escaped for the HTML line it sits on.
 */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeMarkdown(summary, 'html')}</summary>\n\n${body}\n\n</details>`;
}

/** Code block that cannot be broken out of by the text inside. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

export function formatInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** Up to `digits` decimals, trailing zeros dropped: for single values in a sentence. */
export function formatNumber(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  return Number(n.toFixed(digits)).toString();
}

/**
 * Exactly `digits` decimals, for numbers that stand in one column (0.500 beside 0.722, never 0.5), with
 * thousands separators and no "-0.000".
 */
export function formatFixed(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(n.toFixed(digits));
  return (Object.is(rounded, -0) ? 0 : rounded).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** `formatFixed` with a `+` on gains; zero has no sign. */
export function formatSignedFixed(n: number, digits = 3): string {
  const s = formatFixed(n, digits);
  return n > 0 && Number(n.toFixed(digits)) !== 0 ? `+${s}` : s;
}

/** A whole number with thousands separators and a `+` on gains: `+1,042`, `-3`, `0`. */
export function formatSignedInt(n: number): string {
  const s = formatInt(n);
  return Math.round(n) > 0 ? `+${s}` : s;
}

export function formatSigned(n: number, digits = 3): string {
  const s = formatNumber(n, digits);
  return n > 0 ? `+${s}` : s;
}

export function formatMoney(amount: number): string {
  return amount >= 100 ? amount.toFixed(0) : amount >= 1 ? amount.toFixed(2) : amount.toPrecision(2);
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}

/** Status icons for tables; text as well so screen readers and plain logs still say it. */
export const ICON = {
  succeeded: '✅',
  failed: '❌',
  skipped: '⏭️',
  pending: '⏳',
  warning: '⚠️',
} as const;
