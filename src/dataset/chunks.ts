/**
 * Streaming JSON Lines chunker: bytes in, chunks of whole lines out (about `chunkBytes` each), with
 * the line number of their first line. The file is read straight into the chunk's buffer and only the
 * unfinished last line is copied to the next one; a chunk is then analyzed as a unit (decoded once, on
 * any thread), and its buffer comes back to the pool. Memory stays flat: a line longer than
 * `maxLineBytes` is counted and skipped, never buffered, so a 50 MB single-line file costs no more
 * than a small one.
 */
import type { FileHandle } from 'node:fs/promises';
import { freeNow } from './memory.ts';

/** Bytes kept of a line over the size cap: enough to show what it looks like. */
const HEAD_BYTES = 256;

export interface LineChunk {
  /** Line number of the first line (1-based). */
  firstLine: number;
  lines: number;
  /** Whole lines, each ending with `\n` except possibly the file's last; a leading BOM is removed. */
  data?: Uint8Array;
  /** A single line over the size cap instead: its first bytes and its length. */
  tooLong?: { head: Uint8Array; length: number };
  /** The file starts with a UTF-8 BOM (set on the first chunk). */
  bom: boolean;
}

export interface ChunkScanResult {
  bytes: number;
  lines: number;
  /** The file ends without a final newline (harmless; noted for the report). */
  missingFinalNewline: boolean;
}

/** Reads up to `length` bytes into `into` at `offset`; 0 at the end. */
export type ByteReader = (into: Uint8Array, offset: number, length: number) => Promise<number>;

export function fileReader(handle: FileHandle): ByteReader {
  return async (into, offset, length) => (await handle.read(into, offset, length, null)).bytesRead;
}

/** A reader over a stream of byte chunks (a file at the base revision, say): copies them out. */
export function iterableReader(source: AsyncIterable<Uint8Array>): ByteReader {
  const iterator = source[Symbol.asyncIterator]();
  let current: Uint8Array = new Uint8Array(0);
  let at = 0;
  return async (into, offset, length) => {
    while (at >= current.length) {
      const next = await iterator.next();
      if (next.done) return 0;
      current = next.value instanceof Uint8Array ? next.value : new Uint8Array(next.value as ArrayBufferLike);
      at = 0;
    }
    const n = Math.min(length, current.length - at);
    into.set(current.subarray(at, at + n), offset);
    at += n;
    return n;
  };
}

/** Chunk buffers, reused once their chunk has been analyzed (workers send them back). */
export class BufferPool {
  private readonly free: Buffer[] = [];
  readonly size: number;
  private readonly keep: number;

  constructor(size: number, keep = 16) {
    this.size = size;
    this.keep = keep;
  }

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafeSlow(this.size);
  }

  /** Takes back a buffer that nothing else uses: kept for reuse, or freed. */
  give(buffer: ArrayBufferLike): void {
    if (
      buffer.byteLength === this.size &&
      this.free.length < this.keep &&
      !(buffer instanceof SharedArrayBuffer)
    )
      this.free.push(Buffer.from(buffer));
    else freeNow(buffer);
  }
}

export interface ChunkOptions {
  maxLineBytes: number;
  pool: BufferPool;
}

/**
 * Reads to the end, handing over chunks in order. `onChunk` may return a promise: reading waits for
 * it, which is the backpressure when chunks go to workers. A chunk's buffer belongs to `onChunk`.
 */
export async function scanChunks(
  read: ByteReader,
  options: ChunkOptions,
  onChunk: (chunk: LineChunk) => void | Promise<void>,
): Promise<ChunkScanResult> {
  const { pool } = options;
  const max = options.maxLineBytes;
  let buffer = pool.take();
  /** Bytes in `buffer`; complete lines end before `lineStart`; bytes before `scanned` were searched. */
  let used = 0;
  let lineStart = 0;
  let scanned = 0;
  let lines = 0;
  let firstLine = 1;
  let bytes = 0;
  let bom = false;
  let first = true;
  let endedInLongLine = false;

  /** Hands over the complete lines, moving the bytes from `restFrom` on to a fresh buffer. */
  const emit = async (restFrom: number): Promise<void> => {
    const full = buffer;
    const chunk: LineChunk = {
      firstLine,
      lines,
      data: full.subarray(0, lineStart),
      bom: bom && firstLine === 1,
    };
    const rest = used - restFrom;
    const next = rest > pool.size ? Buffer.allocUnsafeSlow(rest * 2) : pool.take();
    next.set(full.subarray(restFrom, used));
    buffer = next;
    used = rest;
    scanned = 0;
    lineStart = 0;
    firstLine += lines;
    lines = 0;
    if (chunk.lines > 0) await onChunk(chunk);
    else pool.give(full.buffer);
  };

  /** The line at `lineStart` is over the cap: skips to its end (`newline`, or further), reports it. */
  const skipLongLine = async (newline: number): Promise<void> => {
    // A copy (Buffer#slice would be a view of a buffer that is about to be reused).
    const head = new Uint8Array(buffer.subarray(lineStart, Math.min(lineStart + HEAD_BYTES, used)));
    let length: number;
    if (newline >= 0) {
      length = newline - lineStart;
      await emit(newline + 1);
    } else {
      length = used - lineStart;
      await emit(used);
      for (;;) {
        const n = await read(buffer, 0, buffer.length);
        bytes += n;
        if (n === 0) {
          endedInLongLine = true;
          break;
        }
        const at = buffer.subarray(0, n).indexOf(0x0a);
        if (at < 0) {
          length += n;
          continue;
        }
        length += at;
        buffer.copyWithin(0, at + 1, n);
        used = n - at - 1;
        break;
      }
    }
    const line = firstLine;
    firstLine += 1;
    await onChunk({ firstLine: line, lines: 1, tooLong: { head, length }, bom: bom && line === 1 });
  };

  for (;;) {
    // (A loop: the bytes moved to a fresh buffer may fill it.)
    while (used === buffer.length) {
      if (lineStart > 0) await emit(lineStart);
      else {
        // One line fills the buffer: make room (it is under the cap, or it would have been skipped).
        const grown = Buffer.allocUnsafeSlow(buffer.length * 2);
        grown.set(buffer);
        pool.give(buffer.buffer);
        buffer = grown;
      }
    }
    const n = await read(buffer, used, buffer.length - used);
    bytes += n;
    if (n === 0) break;
    used += n;
    if (first) {
      // A BOM can only be the first three bytes, which may take more than one read to arrive.
      if (used < 3 && buffer.subarray(0, used).indexOf(0x0a) < 0) continue;
      first = false;
      if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
        bom = true;
        buffer.copyWithin(0, 3, used);
        used -= 3;
      }
    }
    // Count the new complete lines and check their lengths (searching only the bytes read).
    let view = buffer.subarray(0, used);
    for (;;) {
      const newline = view.indexOf(0x0a, scanned);
      if (newline < 0) {
        scanned = used;
        if (used - lineStart <= max) break;
        await skipLongLine(-1);
        view = buffer.subarray(0, used);
        continue;
      }
      if (newline - lineStart > max) {
        await skipLongLine(newline);
        view = buffer.subarray(0, used);
        continue;
      }
      lines += 1;
      lineStart = newline + 1;
      scanned = lineStart;
    }
  }
  const missingFinalNewline = used > lineStart || endedInLongLine;
  if (used > lineStart) {
    lines += 1;
    lineStart = used;
  }
  await emit(used);
  pool.give(buffer.buffer);
  return { bytes, lines: firstLine - 1, missingFinalNewline };
}
