/**
 * Compact 64-bit content hashes and a typed-array hash table of them: duplicate and overlap detection
 * costs about 16 bytes per example instead of a string-keyed Map's ~100, so a 1 GB file stays within
 * budget. A 64-bit hash makes a false duplicate unlikely below billions of examples (birthday bound
 * ~2^-64 · n²/2).
 *
 * The hash is computed for every line, so it is a fast non-cryptographic one written for this job
 * (SHA-1 costs as much as parsing the line): two 32-bit multiply-rotate lanes that both read every
 * 8-byte block, with murmur3's finalizer. Each lane's step is a bijection of its state for a fixed
 * block, so two lines that differ in a single block never collide; other differences collide with
 * probability ~2^-64. Lines are data the user wrote, not an adversary, so no keyed hash is needed.
 */

import { freeNow } from './memory.ts';

export interface Hash64 {
  hi: number;
  lo: number;
}

/** Scratch space the hash copies a line into, so it can read aligned 32-bit words. */
let scratch = new Uint8Array(64 * 1024);
let words = new Int32Array(scratch.buffer);
const encoder = new TextEncoder();
const copyBytes = Buffer.prototype.copy as (
  this: Uint8Array,
  target: Uint8Array,
  targetStart: number,
  sourceStart: number,
  sourceEnd: number,
) => number;

function ensureScratch(bytes: number): void {
  if (bytes <= scratch.length) return;
  let size = scratch.length;
  while (size < bytes) size *= 2;
  scratch = new Uint8Array(size);
  words = new Int32Array(scratch.buffer);
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** The hash of the `length` bytes at the start of `scratch`, written to `out`. */
function hashScratch(length: number, out: Hash64): Hash64 {
  const w = words;
  const b = scratch;
  let h1 = 0x9747b28c;
  let h2 = 0x85ebca6b ^ length;
  const blocks = (length >>> 3) << 1;
  let i = 0;
  for (; i < blocks; i += 2) {
    const x = w[i]!;
    const y = w[i + 1]!;
    h1 = Math.imul(h1 ^ Math.imul(x, 0xcc9e2d51) ^ Math.imul((y << 13) | (y >>> 19), 0x1b873593), 0x9e3779b1);
    h1 = (h1 << 15) | (h1 >>> 17);
    h2 = Math.imul(h2 ^ Math.imul(y, 0x85ebca77) ^ Math.imul((x << 17) | (x >>> 15), 0xc2b2ae3d), 0x27d4eb2f);
    h2 = (h2 << 13) | (h2 >>> 19);
  }
  for (let j = i << 2; j < length; j++) {
    h1 = Math.imul(h1 ^ b[j]!, 0x01000193);
    h2 = Math.imul(h2 ^ b[j]!, 0x5bd1e995);
  }
  h1 ^= length;
  h2 ^= length;
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h1 = (h1 + h2) | 0;
  h2 = (h2 + h1) | 0;
  out.hi = h1 >>> 0;
  out.lo = h2 >>> 0;
  return out;
}

/** 64-bit hash of `bytes[start, end)`; the same bytes give the same hash wherever they sit in memory. */
export function hashBytes(bytes: Uint8Array, start = 0, end = bytes.length, out?: Hash64): Hash64 {
  const length = end - start;
  ensureScratch(length);
  // Buffer#copy takes offsets: no subarray object per line.
  copyBytes.call(bytes, scratch, 0, start, end);
  return hashScratch(length, out ?? { hi: 0, lo: 0 });
}

/** 64-bit hash of a string (its UTF-8 bytes) or of bytes. */
export function hash64(data: string | Uint8Array): Hash64 {
  if (typeof data !== 'string') return hashBytes(data);
  ensureScratch(data.length * 3);
  const { written } = encoder.encodeInto(data, scratch);
  return hashScratch(written, { hi: 0, lo: 0 });
}

export function hashHex(h: Hash64): string {
  return h.hi.toString(16).padStart(8, '0') + h.lo.toString(16).padStart(8, '0');
}

/** Open-addressing map from 64-bit hash to a 32-bit value (a line number). */
export class HashTable64 {
  private keys: Uint32Array;
  private values: Int32Array;
  private count = 0;

  constructor(capacity = 1 << 12) {
    let size = 16;
    while (size * 0.75 < capacity) size *= 2;
    this.keys = new Uint32Array(size * 2);
    this.values = new Int32Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** Slot of (hi, lo), or of the empty slot where it would go. The key (0, 0) is stored as (0, 1). */
  private slot(hi: number, lo: number): number {
    const mask = this.values.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const khi = this.keys[i * 2]!;
      const klo = this.keys[i * 2 + 1]!;
      if ((khi === 0 && klo === 0) || (khi === hi && klo === lo)) return i;
      i = (i + 1) & mask;
    }
  }

  private occupied(i: number): boolean {
    return this.keys[i * 2] !== 0 || this.keys[i * 2 + 1] !== 0;
  }

  /** The value stored for (hi, lo), or undefined. */
  lookup(hi: number, lo: number): number | undefined {
    if (hi === 0 && lo === 0) lo = 1;
    const i = this.slot(hi >>> 0, lo >>> 0);
    return this.occupied(i) ? this.values[i] : undefined;
  }

  /** Stores `value` unless (hi, lo) is present; returns the value already stored, if any. */
  insert(hi: number, lo: number, value: number): number | undefined {
    hi >>>= 0;
    lo >>>= 0;
    if (hi === 0 && lo === 0) lo = 1;
    let i = this.slot(hi, lo);
    if (this.occupied(i)) return this.values[i];
    // A load factor of 3/4 keeps probes short while using half the memory of 1/2.
    if ((this.count + 1) * 4 > this.values.length * 3) {
      this.grow();
      i = this.slot(hi, lo);
    }
    this.keys[i * 2] = hi;
    this.keys[i * 2 + 1] = lo;
    this.values[i] = value;
    this.count += 1;
    return undefined;
  }

  /** Adds `delta` to the value stored for (hi, lo), 0 when absent; returns the new value. */
  add(hi: number, lo: number, delta: number): number {
    const before = this.insert(hi, lo, delta);
    if (before === undefined) return delta;
    hi >>>= 0;
    lo >>>= 0;
    if (hi === 0 && lo === 0) lo = 1;
    const i = this.slot(hi, lo);
    this.values[i] = before + delta;
    return before + delta;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.values = new Int32Array(oldValues.length * 2);
    for (let i = 0; i < oldValues.length; i++) {
      const hi = oldKeys[i * 2]!;
      const lo = oldKeys[i * 2 + 1]!;
      if (hi === 0 && lo === 0) continue;
      const j = this.slot(hi, lo);
      this.keys[j * 2] = hi;
      this.keys[j * 2 + 1] = lo;
      this.values[j] = oldValues[i]!;
    }
    freeNow(oldKeys.buffer);
    freeNow(oldValues.buffer);
  }
}
