/** What of an example is screened, and how a long text is cut to the service's size limit (pure). */
import { MAX_TEXT_CHARS } from './types.ts';

function partsText(content: unknown): string[] {
  if (typeof content === 'string') return content === '' ? [] : [content];
  // Multimodal content: a list of parts, of which only the text ones can be screened as text.
  if (Array.isArray(content)) {
    return content.flatMap((part) => {
      const p = part as { type?: unknown; text?: unknown } | null;
      return p && typeof p.text === 'string' && p.text !== '' && (p.type === undefined || p.type === 'text')
        ? [p.text]
        : [];
    });
  }
  return [];
}

/**
 * The text of one chat example as it is screened: every message's content and every tool call's
 * arguments, in order, one per line, plus a golden line's `expected` answers. Undefined when the value is
 * not an example (the dataset check reports those lines); '' when it has nothing to screen.
 */
export function exampleText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { messages, expected } = value as { messages?: unknown; expected?: unknown };
  if (!Array.isArray(messages)) return undefined;
  const parts: string[] = [];
  for (const message of messages as unknown[]) {
    if (typeof message !== 'object' || message === null) continue;
    const m = message as { content?: unknown; tool_calls?: unknown };
    parts.push(...partsText(m.content));
    if (Array.isArray(m.tool_calls)) {
      for (const call of m.tool_calls as unknown[]) {
        const args = (call as { function?: { arguments?: unknown } } | null)?.function?.arguments;
        if (typeof args === 'string' && args !== '') parts.push(args);
      }
    }
  }
  for (const answer of Array.isArray(expected) ? expected : [expected]) {
    if (typeof answer === 'string' && answer !== '') parts.push(answer);
  }
  return parts.join('\n');
}

/**
 * Cuts `text` into pieces of at most `max` UTF-16 units (so at most `max` characters however the service
 * counts them), preferring a line break or space in the last fifth of each piece so words stay whole, and
 * never splitting a surrogate pair. Joined back, the pieces are the text.
 */
export function splitText(text: string, max = MAX_TEXT_CHARS): string[] {
  if (max < 2) throw new RangeError('splitText: max must be at least 2');
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    let end = start + max;
    const floor = start + Math.floor(max * 0.8);
    const newline = text.lastIndexOf('\n', end - 1);
    if (newline >= floor) end = newline + 1;
    else {
      let space = end - 1;
      while (space >= floor && !/\s/.test(text[space]!)) space--;
      if (space >= floor) end = space + 1;
    }
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}
