import { cl100kAscii, o200kAscii, type AsciiSplitter } from './ascii-split.ts';
import { ByteRanks, type ByteRanksData } from './byte-ranks.ts';
import { BoundedCache } from './cache.ts';
import type { TextTokenizer } from './types.ts';

export type TiktokenEncodingName = 'o200k_base' | 'cl100k_base';

interface RankModule {
  pat_str: string;
  bpe_ranks: string;
}

async function importRanks(name: TiktokenEncodingName): Promise<RankModule> {
  // Separate static specifiers, so a bundler includes both and loads only the one asked for.
  if (name === 'o200k_base') return (await import('js-tiktoken/ranks/o200k_base')).default as RankModule;
  return (await import('js-tiktoken/ranks/cl100k_base')).default as RankModule;
}

/**
 * tiktoken's patterns are Rust regexes, whose `\s` is Unicode White_Space; JavaScript's `\s` lacks
 * U+0085 and adds U+FEFF. Spelling the class out makes the JS split match tiktoken's (js-tiktoken
 * itself differs on text with U+0085, e.g. tiktoken's test ' \x850').
 */
const WHITE_SPACE = '\\t\\n\\v\\f\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

export function rustCompatiblePattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[i + 1]!;
      i += 1;
      if (next === 's') out += inClass ? WHITE_SPACE : `[${WHITE_SPACE}]`;
      else if (next === 'S') {
        if (inClass) throw new Error('\\S inside a character class is not supported');
        out += `[^${WHITE_SPACE}]`;
      } else out += c + next;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** Longest pre-token kept in the memo; longer ones (base64 blobs, long numbers) are rare and unique. */
const MAX_MEMO_PIECE = 48;
/** Memo entries per thread: enough for a dataset's working vocabulary, a few MB at most. */
const MEMO_ENTRIES = 64 * 1024;

/** What another thread needs to build the same tokenizer without loading the vocabulary again. */
export interface SharedTiktoken {
  name: TiktokenEncodingName;
  patStr: string;
  ranks: ByteRanksData;
}

const utf8 = new TextEncoder();

/**
 * A tiktoken encoding over js-tiktoken's ranks and pre-tokenizer pattern. Counts are memoized per
 * pre-token: BPE never merges across pre-token boundaries, so a text's count is the sum of its pieces'.
 */
export class TiktokenTokenizer implements TextTokenizer {
  private readonly pattern: RegExp;
  /** The same pattern, anchored where it is run (after the ASCII splitter gave up). */
  private readonly sticky: RegExp;
  private readonly ascii: AsciiSplitter;
  private readonly memo = new BoundedCache<number>(MEMO_ENTRIES);
  private readonly pieces = new PieceMemo();
  private bytes = new Uint8Array(1024);

  readonly name: TiktokenEncodingName;
  readonly loadMs: number;
  private readonly ranks: ByteRanks;
  private readonly patStr: string;

  constructor(name: TiktokenEncodingName, ranks: ByteRanks, patStr: string, loadMs: number) {
    this.name = name;
    this.ranks = ranks;
    this.patStr = patStr;
    this.loadMs = loadMs;
    this.pattern = new RegExp(rustCompatiblePattern(patStr), 'gu');
    this.sticky = new RegExp(rustCompatiblePattern(patStr), 'uy');
    this.ascii = name === 'o200k_base' ? o200kAscii : cl100kAscii;
  }

  /** The end of the pre-token that starts at `i`: the ASCII splitter, or the regex where it cannot tell. */
  pieceEnd(text: string, i: number): number {
    const end = this.ascii(text, i);
    if (end > i) return end;
    this.sticky.lastIndex = i;
    const m = this.sticky.exec(text);
    return m ? i + m[0].length : i + 1;
  }

  /** The vocabulary on shared memory, for `fromShared` in another thread. */
  share(): SharedTiktoken {
    return { name: this.name, patStr: this.patStr, ranks: this.ranks.data };
  }

  static fromShared(shared: SharedTiktoken): TiktokenTokenizer {
    return new TiktokenTokenizer(shared.name, new ByteRanks(shared.ranks), shared.patStr, 0);
  }

  /** Writes the piece's UTF-8 bytes to `this.bytes`; returns their number. */
  private pieceBytes(piece: string): number {
    if (this.bytes.length < piece.length * 3) this.bytes = new Uint8Array(piece.length * 3);
    const bytes = this.bytes;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (c > 0x7f) return utf8.encodeInto(piece, bytes).written;
      bytes[i] = c;
    }
    return piece.length;
  }

  encode(text: string): number[] {
    const ids: number[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const n = this.pieceBytes(match[0]);
      ids.push(...this.ranks.encode(this.bytes, n));
    }
    return ids;
  }

  count(text: string): number {
    let total = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const end = this.pieceEnd(text, i);
      const length = end - i;
      if (length > MAX_MEMO_PIECE) {
        total += this.ranks.count(this.bytes, this.pieceBytes(text.slice(i, end)));
      } else {
        let count = this.pieces.get(text, i, end);
        if (count < 0) {
          const piece = text.slice(i, end);
          count = this.ranks.count(this.bytes, this.pieceBytes(piece));
          this.pieces.set(piece, count);
        }
        total += count;
      }
      i = end;
    }
    return total;
  }

  /** The regex-only count, as before the ASCII splitter (the tests compare the two). */
  countWithRegex(text: string): number {
    let total = 0;
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const piece = match[0];
      if (piece.length > MAX_MEMO_PIECE) {
        total += this.ranks.count(this.bytes, this.pieceBytes(piece));
        continue;
      }
      let n = this.memo.get(piece);
      if (n === undefined) {
        n = this.ranks.count(this.bytes, this.pieceBytes(piece));
        this.memo.set(piece, n);
      }
      total += n;
    }
    return total;
  }
}

/**
 * Counts of pre-tokens, looked up by a span of the text without slicing it: open addressing on a hash of
 * the span's chars, each slot checked with `startsWith`. A hit allocates nothing. Full, it starts over.
 */
class PieceMemo {
  private keys: (string | undefined)[] = new Array<string | undefined>(MEMO_SLOTS);
  private counts = new Int32Array(MEMO_SLOTS);
  private size = 0;

  private static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h ^ (h >>> 15)) & (MEMO_SLOTS - 1);
  }

  /** The count of `text[start, end)`, or -1. */
  get(text: string, start: number, end: number): number {
    const length = end - start;
    let slot = PieceMemo.hash(text, start, end);
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) return -1;
      if (key.length === length && text.startsWith(key, start)) return this.counts[slot]!;
      slot = (slot + 1) & (MEMO_SLOTS - 1);
    }
  }

  set(piece: string, count: number): void {
    if (this.size >= MEMO_ENTRIES) {
      this.keys = new Array<string | undefined>(MEMO_SLOTS);
      this.counts = new Int32Array(MEMO_SLOTS);
      this.size = 0;
    }
    let slot = PieceMemo.hash(piece, 0, piece.length);
    while (this.keys[slot] !== undefined) slot = (slot + 1) & (MEMO_SLOTS - 1);
    this.keys[slot] = piece;
    this.counts[slot] = count;
    this.size += 1;
  }
}

/** Slots of the piece memo: a power of two, twice the entries, so probes stay short. */
const MEMO_SLOTS = MEMO_ENTRIES * 2;

const loading = new Map<TiktokenEncodingName, Promise<TiktokenTokenizer>>();

/** Loads an encoding once per process, on first use (o200k takes about 0.2 s). */
export function loadTiktoken(name: TiktokenEncodingName): Promise<TiktokenTokenizer> {
  let pending = loading.get(name);
  if (!pending) {
    pending = (async () => {
      const started = performance.now();
      const module = await importRanks(name);
      const ranks = ByteRanks.parse(module.bpe_ranks);
      return new TiktokenTokenizer(name, ranks, module.pat_str, performance.now() - started);
    })();
    loading.set(name, pending);
  }
  return pending;
}

const adopted = new Map<TiktokenEncodingName, TiktokenTokenizer>();

/** The tokenizer over another thread's shared vocabulary (built once per thread and encoding). */
export function tiktokenFromShared(shared: SharedTiktoken): TiktokenTokenizer {
  let tokenizer = adopted.get(shared.name);
  if (!tokenizer) {
    tokenizer = TiktokenTokenizer.fromShared(shared);
    adopted.set(shared.name, tokenizer);
  }
  return tokenizer;
}
