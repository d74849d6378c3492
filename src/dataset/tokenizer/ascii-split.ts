/**
 * tiktoken's pre-tokenizer regex, hand-written for ASCII: the end of the piece that starts at `i`, or -1
 * when deciding it needs a character above U+007F (the caller then runs the regex there). The regexes
 * (js-tiktoken's `pat_str`, with Rust's `\s`, see tiktoken.ts):
 *
 * o200k:  [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
 *        |[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
 *        |\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+
 * cl100k: (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*
 *        |\s*[\r\n]+|\s+(?!\S)|\s+
 *
 * In ASCII, \p{L} is A-Z a-z (Lu upper, Ll lower; no Lt, Lm, Lo, M), \p{N} is 0-9, \s is \t \n \v \f \r
 * and space. Each alternative is tried in order, as the regex does; the tests compare both on large
 * corpora. Skipping the regex engine and its match objects is what makes counting fast.
 */

export type AsciiSplitter = (text: string, i: number) => number;

const enum C {
  Other = 0,
  Upper = 1,
  Lower = 2,
  Digit = 3,
  Space = 4,
  Newline = 5,
}

const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  CLASS[c] =
    c >= 65 && c <= 90
      ? C.Upper
      : c >= 97 && c <= 122
        ? C.Lower
        : c >= 48 && c <= 57
          ? C.Digit
          : c === 10 || c === 13
            ? C.Newline
            : c === 9 || c === 11 || c === 12 || c === 32
              ? C.Space
              : C.Other;
}

/** Class of the char at `i`; -1 past the end; -2 above ASCII (the caller bails). */
function cls(text: string, i: number): number {
  if (i >= text.length) return -1;
  const c = text.charCodeAt(i);
  return c < 128 ? CLASS[c]! : -2;
}

/** `'s|'t|'re|'ve|'m|'ll|'d`, any case, at `i`: its length, or 0. (ASCII only, so no bail needed.) */
function contraction(text: string, i: number): number {
  if (text.charCodeAt(i) !== 39) return 0;
  const a = text.charCodeAt(i + 1) | 0x20;
  if (a === 0x73 || a === 0x74 || a === 0x6d || a === 0x64) return 2; // s t m d
  const b = text.charCodeAt(i + 2) | 0x20;
  if ((a === 0x72 && b === 0x65) || (a === 0x76 && b === 0x65) || (a === 0x6c && b === 0x6c)) return 3; // re ve ll
  return 0;
}

/** The whitespace alternatives, shared: \s*[\r\n]+ | \s+(?!\S) | \s+ from `i` (a whitespace char). */
function whitespace(text: string, i: number): number {
  let r = i;
  let lastNewline = -1;
  for (;;) {
    const k = cls(text, r);
    if (k === C.Space || k === C.Newline) {
      if (k === C.Newline) lastNewline = r;
      r++;
      continue;
    }
    if (k === -2) return -1; // U+0085, U+00A0, ... could extend the run
    break;
  }
  if (lastNewline >= 0) return lastNewline + 1;
  if (r === text.length) return r;
  return r - i > 1 ? r - 1 : r;
}

/** Alt4 of both: ` ?[^\s\p{L}\p{N}]+` then `[\r\n/]*` (o200k) or `[\r\n]*` (cl100k), from `i`. */
function punctuation(text: string, i: number, slash: boolean): number {
  let j = i;
  if (text.charCodeAt(j) === 32) j++;
  const first = cls(text, j);
  if (first === -2) return -1;
  if (first !== C.Other) return 0;
  while (true) {
    const k = cls(text, j);
    if (k === C.Other) j++;
    else if (k === -2) return -1;
    else break;
  }
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13 || (slash && c === 47)) j++;
    else break;
  }
  return j;
}

function digits(text: string, i: number): number {
  let j = i + 1;
  for (let n = 1; n < 3; n++) {
    const k = cls(text, j);
    if (k === C.Digit) j++;
    else if (k === -2)
      return -1; // another script's digit could continue \p{N}{1,3}
    else break;
  }
  return j;
}

export const o200kAscii: AsciiSplitter = (text, i) => {
  const c = cls(text, i);
  if (c < 0) return -1;
  // Alternatives 1 and 2: an optional prefix (not \r \n, a letter or a digit), then letters.
  const k = c === C.Upper || c === C.Lower ? i : c === C.Digit || c === C.Newline ? -1 : i + 1;
  if (k >= 0) {
    let u = k;
    for (;;) {
      const x = cls(text, u);
      if (x === C.Upper) u++;
      else if (x === -2) return -1;
      else break;
    }
    let l = u;
    for (;;) {
      const x = cls(text, l);
      if (x === C.Lower) l++;
      else if (x === -2) return -1;
      else break;
    }
    // Alt1 needs a lowercase run after the uppercase one; alt2 an uppercase run (then lowercase).
    if (l > u || u > k) return l + contraction(text, l);
  }
  if (c === C.Digit) return digits(text, i);
  if (c === C.Other || c === C.Space) {
    const p = punctuation(text, i, true);
    if (p !== 0) return p;
  }
  return whitespace(text, i);
};

export const cl100kAscii: AsciiSplitter = (text, i) => {
  const c = cls(text, i);
  if (c < 0) return -1;
  const n = contraction(text, i);
  if (n > 0) return i + n;
  const k = c === C.Upper || c === C.Lower ? i : c === C.Digit || c === C.Newline ? -1 : i + 1;
  if (k >= 0) {
    let l = k;
    for (;;) {
      const x = cls(text, l);
      if (x === C.Upper || x === C.Lower) l++;
      else if (x === -2) return -1;
      else break;
    }
    if (l > k) return l;
  }
  if (c === C.Digit) return digits(text, i);
  if (c === C.Other || c === C.Space) {
    const p = punctuation(text, i, false);
    if (p !== 0) return p;
  }
  return whitespace(text, i);
};
