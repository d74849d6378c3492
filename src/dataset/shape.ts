/**
 * Says what a line that is not a JSON object looks like, so the error names the cause (a pretty-printed
 * file, a JSON array, a comment, a raw line break inside a string) instead of a parser position.
 */

export interface ShapeVerdict {
  code: string;
  message: string;
  hint: string;
}

const JSONL_HINT = 'Write one complete JSON object per line (JSON Lines), e.g. with `jq -c . file.json`.';

/** Why `text` (a line that failed JSON.parse with `error`) is not a JSON object. */
export function classifyUnparsable(
  text: string,
  error: string,
  continuesBrokenString: boolean,
): ShapeVerdict {
  const t = text.trim();
  const preview = t.length > 60 ? `${t.slice(0, 57)}...` : t;
  if (continuesBrokenString) {
    return {
      code: 'raw-newline',
      message: `continues a string from an earlier line: a raw line break inside a JSON string splits the example.`,
      hint: 'Write line breaks inside strings as \\n, so each example stays on one line.',
    };
  }
  if (/^(\/\/|#|\/\*|--)/.test(t)) {
    return {
      code: 'comment-line',
      message: `is a comment (\`${preview}\`); JSON Lines has no comments, and Azure rejects the line.`,
      hint: 'Move the note to a README (or a separate file): JSON Lines has no comments. A commented-out example can be kept outside the training file.',
    };
  }
  if (t === '[' || /^\[\s*\{/.test(t)) {
    return {
      code: 'json-array',
      message: `looks like part of a JSON array (\`${preview}\`): the file is a JSON document, not JSON Lines.`,
      hint: `Convert the array to one object per line: \`jq -c '.[]' data.json > data.jsonl\`.`,
    };
  }
  if (/^[{}]\s*,?$/.test(t) || /^"[^"]*"\s*:/.test(t) || /^[\]}]\s*[\]},]*$/.test(t)) {
    return {
      code: 'pretty-printed',
      message: `looks like a fragment of a pretty-printed JSON object (\`${preview}\`): each example must be on a single line.`,
      hint: JSONL_HINT,
    };
  }
  if (/Unterminated string|Bad control character|Bad escaped character/i.test(error) && t.startsWith('{')) {
    const control = /Bad control character/i.test(error);
    return {
      code: control ? 'control-character' : 'raw-newline',
      message: control
        ? 'has a raw control character (such as a tab) inside a string.'
        : 'ends inside a string: a raw line break inside a JSON string split this example over several lines.',
      hint: control
        ? 'Escape control characters inside strings (\\t for a tab, \\n for a line break).'
        : 'Write line breaks inside strings as \\n, so each example stays on one line.',
    };
  }
  if (/^\{\s*'/.test(t) || /:\s*'/.test(t)) {
    return {
      code: 'not-json',
      message: `is not valid JSON: it uses single quotes (\`${preview}\`).`,
      hint: 'JSON strings and keys need double quotes. Serialize with a JSON library instead of str()/repr().',
    };
  }
  if (/,\s*[}\]]/.test(t)) {
    return {
      code: 'not-json',
      message: `is not valid JSON: a trailing comma before a closing bracket (${error}).`,
      hint: 'Remove the comma after the last element, or serialize with a JSON library.',
    };
  }
  return {
    code: 'not-json',
    message: `is not valid JSON (${error}): \`${preview}\`.`,
    hint: JSONL_HINT,
  };
}

/** A line that opens an object but does not close it: the start of a string broken by a raw newline. */
export function opensBrokenString(text: string, error: string): boolean {
  return text.trimStart().startsWith('{') && /Unterminated string/i.test(error);
}

/** The JSON type of a parsed value, for messages. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
