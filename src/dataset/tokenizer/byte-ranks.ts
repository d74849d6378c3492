/**
 * A tiktoken rank table keyed by bytes, in three flat arrays on SharedArrayBuffers: built once per
 * process and read by every thread (a worker gets the same memory, not a copy). o200k takes ~5 MB this
 * way, against ~35 MB per thread for a Map of latin1 strings.
 *
 * The byte-pair merge is tiktoken's `_byte_pair_merge` (tiktoken/src/lib.rs), over byte ranges.
 */

export interface ByteRanksData {
  /** Every token's bytes, back to back, in rank order. */
  blob: Uint8Array;
  /** Token r is `blob[starts[r], starts[r + 1])`; ranks missing from the table have no bytes. */
  starts: Uint32Array;
  /** Open addressing: rank + 1 of the token whose bytes hash to the slot, 0 when empty. */
  slots: Int32Array;
}

const NO_RANK = 0x7fffffff;

function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h ^ (h >>> 15);
}

function shared(bytes: number): SharedArrayBuffer {
  return new SharedArrayBuffer(Math.max(4, bytes));
}

export class ByteRanks {
  private readonly blob: Uint8Array;
  private readonly starts: Uint32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Scratch for the merge: part starts and the rank of each part merged with the next. */
  private partStarts = new Int32Array(256);
  private partRanks = new Int32Array(256);

  readonly data: ByteRanksData;

  constructor(data: ByteRanksData) {
    this.data = data;
    this.blob = data.blob;
    this.starts = data.starts;
    this.slots = data.slots;
    this.mask = data.slots.length - 1;
  }

  /**
   * Parses js-tiktoken's compressed rank format (`! offset b64 b64 ...` per line), decoding the base64
   * straight into the shared blob: no string or array per token, so loading leaves no garbage behind
   * to grow the heap.
   */
  static parse(bpeRanks: string): ByteRanks {
    let blobBytes = 0;
    let maxRank = -1;
    forEachToken(bpeRanks, (rank, start, end) => {
      blobBytes += decodedLength(bpeRanks, start, end);
      if (rank > maxRank) maxRank = rank;
    });
    const blob = new Uint8Array(shared(blobBytes));
    const starts = new Uint32Array(shared((maxRank + 2) * 4));
    // Tokens come in rank order in js-tiktoken's files; missing ranks get empty ranges.
    let used = 0;
    let nextRank = 0;
    let count = 0;
    forEachToken(bpeRanks, (rank, start, end) => {
      if (rank < nextRank) throw new Error(`tokenizer ranks out of order at ${rank}`);
      for (; nextRank <= rank; nextRank++) starts[nextRank] = used;
      used = decodeBase64(bpeRanks, start, end, blob, used);
      count += 1;
    });
    for (; nextRank <= maxRank + 1; nextRank++) starts[nextRank] = used;
    let size = 16;
    while (size < count * 2) size *= 2;
    const table = new ByteRanks({ blob, starts, slots: new Int32Array(shared(size * 4)) });
    for (let rank = 0; rank <= maxRank; rank++) {
      if (starts[rank + 1]! > starts[rank]!) table.insert(rank);
    }
    return table;
  }

  private insert(rank: number): void {
    const start = this.starts[rank]!;
    const end = this.starts[rank + 1]!;
    let i = fnv1a(this.blob, start, end) & this.mask;
    while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    this.slots[i] = rank + 1;
  }

  /** Rank of the token with bytes `bytes[start, end)`, or -1. */
  rank(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const blob = this.blob;
    let i = fnv1a(bytes, start, end) & this.mask;
    for (;;) {
      const entry = this.slots[i]!;
      if (entry === 0) return -1;
      const r = entry - 1;
      const at = this.starts[r]!;
      if (this.starts[r + 1]! - at === length) {
        let same = true;
        for (let k = 0; k < length; k++) {
          if (blob[at + k] !== bytes[start + k]) {
            same = false;
            break;
          }
        }
        if (same) return r;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Number of tokens of one pre-token's bytes, `bytes[0, length)`. */
  count(bytes: Uint8Array, length: number): number {
    if (length <= 1) return length;
    if (this.rank(bytes, 0, length) >= 0) return 1;
    return this.merge(bytes, length);
  }

  /** Token ids of one pre-token's bytes, `bytes[0, length)`. */
  encode(bytes: Uint8Array, length: number): number[] {
    if (length === 0) return [];
    const whole = this.rank(bytes, 0, length);
    if (whole >= 0) return [whole];
    const parts = this.merge(bytes, length);
    const ids: number[] = [];
    for (let i = 0; i < parts; i++) ids.push(this.rank(bytes, this.partStarts[i]!, this.partStarts[i + 1]!));
    return ids;
  }

  /** Merges the pair with the lowest rank until none is left; returns the number of parts. */
  private merge(bytes: Uint8Array, length: number): number {
    if (this.partStarts.length < length + 1) {
      this.partStarts = new Int32Array(length + 1);
      this.partRanks = new Int32Array(length + 1);
    }
    const starts = this.partStarts;
    const ranks = this.partRanks;
    for (let i = 0; i < length; i++) {
      starts[i] = i;
      ranks[i] = i + 2 <= length ? this.rankOr(bytes, i, i + 2) : NO_RANK;
    }
    starts[length] = length;
    ranks[length] = NO_RANK;
    let n = length + 1;
    const rankOf = (i: number): number =>
      i + 3 < n ? this.rankOr(bytes, starts[i]!, starts[i + 3]!) : NO_RANK;
    for (;;) {
      let min = NO_RANK;
      let at = -1;
      for (let i = 0; i < n - 1; i++) {
        if (ranks[i]! < min) {
          min = ranks[i]!;
          at = i;
        }
      }
      if (at < 0) break;
      ranks[at] = rankOf(at);
      if (at > 0) ranks[at - 1] = rankOf(at - 1);
      starts.copyWithin(at + 1, at + 2, n);
      ranks.copyWithin(at + 1, at + 2, n);
      n -= 1;
    }
    return n - 1;
  }

  private rankOr(bytes: Uint8Array, start: number, end: number): number {
    const r = this.rank(bytes, start, end);
    return r < 0 ? NO_RANK : r;
  }
}

/** Calls `each` with the rank and the base64 text span of every token in js-tiktoken's format. */
function forEachToken(text: string, each: (rank: number, start: number, end: number) => void): void {
  let at = 0;
  while (at < text.length) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    // `! <offset> <token> <token> ...`: skip the marker, read the offset, then the tokens.
    let field = text.indexOf(' ', at);
    if (field < 0 || field >= lineEnd) {
      at = lineEnd + 1;
      continue;
    }
    let next = text.indexOf(' ', field + 1);
    if (next < 0 || next > lineEnd) next = lineEnd;
    let rank = Number.parseInt(text.slice(field + 1, next), 10);
    field = next;
    while (field < lineEnd) {
      next = text.indexOf(' ', field + 1);
      if (next < 0 || next > lineEnd) next = lineEnd;
      if (next > field + 1) each(rank++, field + 1, next);
      field = next;
    }
    at = lineEnd + 1;
  }
}

const BASE64 = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  BASE64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
}

function decodedLength(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 0x3d) end--;
  return Math.floor(((end - start) * 3) / 4);
}

/** Decodes base64 `text[start, end)` into `out` at `at`; returns the end of what it wrote. */
function decodeBase64(text: string, start: number, end: number, out: Uint8Array, at: number): number {
  let bits = 0;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d) break;
    const v = c < 128 ? BASE64[c]! : -1;
    if (v < 0) throw new Error(`bad base64 in tokenizer ranks at ${i}`);
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >>> bits) & 0xff;
    }
  }
  return at;
}
