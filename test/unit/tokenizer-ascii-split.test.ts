/**
 * The hand-written ASCII pre-tokenizer must cut text exactly where tiktoken's regex does (js-tiktoken's
 * `pat_str` with Rust's `\s`): piece by piece on a large random corpus that mixes every ASCII class,
 * contractions, whitespace runs and non-ASCII letters, digits, marks and spaces; and counts must equal
 * the regex path's and the full encode's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadTokenizer } from '../../src/dataset/tokenizer/index.ts';
import type { TiktokenTokenizer } from '../../src/dataset/tokenizer/tiktoken.ts';
import { rustCompatiblePattern } from '../../src/dataset/tokenizer/tiktoken.ts';

const ATOMS = [
  'a',
  'Z',
  'hello',
  'World',
  'HTML',
  'HTMLParser',
  'camelCase',
  "'s",
  "'S",
  "'re",
  "'LL",
  "'d",
  "'x",
  "'",
  '0',
  '12',
  '1234567',
  ' ',
  '  ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  '\n\n',
  ' \n ',
  '\v',
  '\f',
  '.',
  ',',
  '!?',
  '...',
  '(',
  ')',
  '{"a": 1}',
  '/',
  '//',
  '\\',
  '#',
  '@',
  '$',
  '%',
  '`',
  '~',
  '_',
  '-',
  '--',
  '\u0000',
  '\u001c',
  '\u007f',
  'é',
  'É',
  'ß',
  'ü',
  '日本',
  '語',
  'Привет',
  'مرحبا',
  'नमस्ते',
  '\u0301',
  '\u00a0',
  '\u0085',
  '\u2000',
  '\u3000',
  '\u2028',
  '\ufeff',
  '\u200b',
  '²',
  '٣',
  '😀',
  '🦙',
  '→',
  '€',
  'x',
  ' a',
  ' A',
  '\ta',
  '\na',
  "don't",
  "I'M",
];

function corpus(seed: number, count: number): string[] {
  let s = seed;
  const random = (): number => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const n = 1 + Math.floor(random() * 30);
    for (let j = 0; j < n; j++) text += ATOMS[Math.floor(random() * ATOMS.length)];
    out.push(text);
  }
  return out;
}

for (const kind of ['o200k', 'cl100k'] as const) {
  test(`${kind}: the ASCII splitter cuts where the regex does, and counts agree`, async () => {
    const t = (await loadTokenizer(kind)) as TiktokenTokenizer;
    const { pat_str } = (await import(`js-tiktoken/ranks/${kind}_base`)).default as { pat_str: string };
    const regex = new RegExp(rustCompatiblePattern(pat_str), 'gu');
    for (const text of corpus(kind === 'o200k' ? 3 : 5, 20_000)) {
      const expected = [...text.matchAll(regex)].map((m) => m[0]);
      const pieces: string[] = [];
      for (let i = 0; i < text.length;) {
        const end = t.pieceEnd(text, i);
        pieces.push(text.slice(i, end));
        i = end;
      }
      assert.deepEqual(pieces, expected, JSON.stringify(text));
      assert.equal(t.count(text), t.countWithRegex(text), JSON.stringify(text));
    }
    for (const text of corpus(7, 500))
      assert.equal(t.count(text), t.encode(text).length, JSON.stringify(text));
  });
}
