/**
 * Analyzes a chunk of whole lines (see chunks.ts) into compact results: typed arrays with one row per
 * line, and objects only for the few lines that need them (findings, golden items). The chunk is
 * checked as UTF-8 and decoded once; only a chunk with a bad byte falls back to line-by-line checks.
 * Results carry no line numbers, so any thread can analyze any chunk; the main thread numbers them.
 */
import { isUtf8 } from 'node:buffer';
import {
  analyzeLine,
  analyzeText,
  isBlankLine,
  systemPreview,
  type AnalyzeOptions,
  type LineFinding,
  type LineResult,
} from './analyze.ts';
import { HashTable64 } from './hash.ts';
import { LINE_TOO_LONG } from './lines.ts';
import type { ChatMessage } from './types.ts';

/** Per-line numbers, COLUMNS per line in `ChunkResults.nums`. */
export const COL_TOKENS = 0;
export const COL_ASSISTANT = 1;
export const COL_TRAINED = 2;
/** Four columns: system, user, assistant, tool messages. */
export const COL_ROLES = 3;
export const COL_EXAMPLE = 7;
export const COL_PROMPT = 9;
export const COL_SYSTEM = 11;
/** Index into FORMATS of the line's format. */
export const COL_FORMAT = 13;
export const COLUMNS = 14;

/** Per-line bits in `ChunkResults.info`. */
export const KIND_MASK = 3;
export const KIND_EXAMPLE = 0;
export const KIND_BLANK = 1;
export const KIND_INVALID = 2;
export const INFO_CRLF = 4;
export const INFO_SYSTEM = 8;
export const INFO_ESTIMATED = 16;
export const INFO_OPENS_OBJECT = 32;
export const INFO_CLOSES_OBJECT = 64;
export const INFO_PROMPT = 128;

/** What a line has beyond numbers: rare, so kept as objects. */
export interface LineExtra {
  /** Index of the line in its chunk. */
  index: number;
  findings?: LineFinding[];
  /** Sent the first time a thread meets a system prompt in a file. */
  systemPreview?: string;
  contaminates?: string[];
  golden?: { messages: ChatMessage[]; expected: string[] };
}

/** Plain data and typed arrays only, so a worker can post it (transferring the arrays). */
export interface ChunkResults {
  lines: number;
  info: Uint8Array;
  nums: Uint32Array;
  extras: LineExtra[];
}

/** System prompts a thread has already sent a preview of, per file (bounded). */
export class PreviewTracker {
  private readonly sent = new HashTable64(256);

  /** True the first time (up to a cap) `hi, lo` is seen. */
  firstTime(hi: number, lo: number): boolean {
    if (this.sent.size >= 4096) return false;
    return this.sent.insert(hi, lo, 1) === undefined;
  }
}

function emptyResults(lines: number): ChunkResults {
  return { lines, info: new Uint8Array(lines), nums: new Uint32Array(lines * COLUMNS), extras: [] };
}

function put(out: ChunkResults, i: number, r: LineResult, crlf: boolean, previews: PreviewTracker): void {
  let info = r.kind === 'example' ? KIND_EXAMPLE : r.kind === 'blank' ? KIND_BLANK : KIND_INVALID;
  if (crlf) info |= INFO_CRLF;
  if (r.kind === 'blank') {
    out.info[i] = info;
    return;
  }
  const row = i * COLUMNS;
  const nums = out.nums;
  nums[row + COL_TOKENS] = r.tokens;
  nums[row + COL_ASSISTANT] = r.assistantTokens;
  nums[row + COL_TRAINED] = r.trainedTokens;
  nums[row + COL_ROLES] = r.roles[0];
  nums[row + COL_ROLES + 1] = r.roles[1];
  nums[row + COL_ROLES + 2] = r.roles[2];
  nums[row + COL_ROLES + 3] = r.roles[3];
  nums[row + COL_FORMAT] = r.format;
  if (r.example) {
    nums[row + COL_EXAMPLE] = r.example.hi;
    nums[row + COL_EXAMPLE + 1] = r.example.lo;
  }
  if (r.prompt) {
    info |= INFO_PROMPT;
    nums[row + COL_PROMPT] = r.prompt.hi;
    nums[row + COL_PROMPT + 1] = r.prompt.lo;
  }
  let extra: LineExtra | undefined;
  if (r.hasSystem && r.systemHash) {
    info |= INFO_SYSTEM;
    nums[row + COL_SYSTEM] = r.systemHash.hi;
    nums[row + COL_SYSTEM + 1] = r.systemHash.lo;
    if (previews.firstTime(r.systemHash.hi, r.systemHash.lo))
      extra = { index: i, systemPreview: systemPreview(r.system ?? '') };
  }
  if (r.estimated) info |= INFO_ESTIMATED;
  if (r.opensObject) info |= INFO_OPENS_OBJECT;
  if (r.closesObject) info |= INFO_CLOSES_OBJECT;
  out.info[i] = info;
  if (r.findings.length > 0 || r.contaminates || r.golden) {
    extra ??= { index: i };
    if (r.findings.length > 0) extra.findings = r.findings;
    if (r.contaminates) extra.contaminates = r.contaminates;
    if (r.golden) extra.golden = r.golden;
  }
  if (extra) out.extras.push(extra);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A line over the size cap (its head and length), as a one-line chunk result. */
export function analyzeTooLong(
  head: Uint8Array,
  length: number,
  options: AnalyzeOptions,
  previews: PreviewTracker,
): ChunkResults {
  const out = emptyResults(1);
  put(out, 0, analyzeLine(head, 0, LINE_TOO_LONG, length, options), false, previews);
  return out;
}

/** Analyzes the `lines` lines of `data` (each ending with `\n`, except possibly the last). */
export function analyzeChunk(
  data: Uint8Array,
  lines: number,
  options: AnalyzeOptions,
  previews: PreviewTracker,
): ChunkResults {
  const out = emptyResults(lines);
  const bytes = asBuffer(data);
  // One validation for the whole chunk; NUL bytes are as rare as bad UTF-8.
  const clean = isUtf8(bytes) && bytes.indexOf(0) < 0;
  // Decoded a window of whole lines at a time: each byte once, into strings small enough for the
  // young generation. (A large string goes straight to the old one and lingers until a full GC;
  // above ~1 MB Node even mallocs it outside the heap, where the worker's heap cap does not reach.)
  let text = '';
  let ascii = false;
  let windowEnd = 0;
  let start = 0;
  let charStart = 0;
  for (let i = 0; i < lines; i++) {
    let newline = bytes.indexOf(0x0a, start);
    if (newline < 0) newline = bytes.length;
    let end = newline;
    const crlf = end > start && bytes[end - 1] === 0x0d;
    if (crlf) end -= 1;
    let r: LineResult;
    if (!clean) {
      r = analyzeLine(bytes.subarray(start, end), 0, 0, end - start, options);
    } else {
      if (start >= windowEnd) {
        windowEnd = Math.min(bytes.length, start + DECODE_WINDOW);
        const cut = windowEnd < bytes.length ? bytes.lastIndexOf(0x0a, windowEnd - 1) : -1;
        windowEnd = cut >= newline ? cut + 1 : windowEnd < bytes.length ? newline + 1 : windowEnd;
        text = bytes.toString('utf8', start, windowEnd);
        ascii = text.length === windowEnd - start;
        charStart = 0;
      }
      let charNewline = charStart + (newline - start);
      if (!ascii) {
        charNewline = text.indexOf('\n', charStart);
        if (charNewline < 0) charNewline = text.length;
      }
      if (isBlankRange(bytes, start, end)) r = BLANK;
      else {
        const line = text.slice(charStart, crlf ? charNewline - 1 : charNewline);
        r = analyzeText(line, bytes, start, end, 0, options);
      }
      charStart = charNewline + 1;
    }
    put(out, i, r, crlf, previews);
    start = newline + 1;
  }
  return out;
}

/** Bytes decoded at once: a string well under V8's large-object size (128 KB), short-lived. */
const DECODE_WINDOW = 32 * 1024;

const BLANK = { kind: 'blank' } as LineResult;

function isBlankRange(bytes: Uint8Array, start: number, end: number): boolean {
  // Almost every line starts with `{`: decide on the first byte without a subarray.
  if (start < end) {
    const b = bytes[start]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return isBlankLine(bytes.subarray(start, end));
}
