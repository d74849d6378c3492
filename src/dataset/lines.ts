/**
 * Streaming JSON Lines splitter: bytes in, batches of lines out, with 1-based line numbers and byte
 * offsets. Memory stays flat: a line longer than `maxLineBytes` is counted and skipped, never buffered,
 * so a 50 MB single-line file costs no more than a small one.
 */

/** Line flags, one byte per line in a batch. */
export const LINE_CRLF = 1;
export const LINE_TOO_LONG = 2;
export const LINE_BOM = 4;

/** A run of consecutive lines, packed so it can be transferred to a worker without copying. */
export interface LineBatch {
  /** Line number of the first line (1-based). */
  firstLine: number;
  /** All line contents back to back, without line terminators (and without `\r` / BOM). */
  data: Uint8Array;
  /** `ends[i]` is the end of line i in `data`; line i starts at `ends[i - 1]` (or 0). */
  ends: Uint32Array;
  flags: Uint8Array;
  /** Byte offset of each line in the file. */
  offsets: Float64Array;
  /** Original length in bytes of each line (differs from the kept bytes for too-long lines). */
  lengths: Float64Array;
}

export interface LineScanOptions {
  maxLineBytes: number;
  /** Flush a batch when it holds this many bytes ... */
  batchBytes?: number;
  /** ... or this many lines. */
  batchLines?: number;
}

export interface LineScanResult {
  bytes: number;
  lines: number;
  /** The file ends without a final newline (harmless; noted for the report). */
  missingFinalNewline: boolean;
}

/** Bytes kept of a line over the size cap: enough to show what it looks like. */
const HEAD_BYTES = 256;

class BatchBuilder {
  private data: Uint8Array;
  private used = 0;
  private ends: number[] = [];
  private flags: number[] = [];
  private offsets: number[] = [];
  private lengths: number[] = [];
  firstLine: number;

  constructor(firstLine: number, capacity: number) {
    this.firstLine = firstLine;
    this.data = new Uint8Array(capacity);
  }

  get lineCount(): number {
    return this.ends.length;
  }

  get byteCount(): number {
    return this.used;
  }

  begin(offset: number): void {
    this.offsets.push(offset);
  }

  append(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.data.length) {
      const grown = new Uint8Array(Math.max(this.data.length * 2, this.used + bytes.length));
      grown.set(this.data.subarray(0, this.used));
      this.data = grown;
    }
    this.data.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Drops a trailing `\r` of the line being built; true when there was one. */
  dropCarriageReturn(lineStart: number): boolean {
    if (this.used > lineStart && this.data[this.used - 1] === 0x0d) {
      this.used -= 1;
      return true;
    }
    return false;
  }

  end(flags: number, length: number): void {
    this.ends.push(this.used);
    this.flags.push(flags);
    this.lengths.push(length);
  }

  truncate(to: number): void {
    this.used = Math.min(this.used, to);
  }

  get currentStart(): number {
    return this.used;
  }

  build(): LineBatch {
    return {
      firstLine: this.firstLine,
      data: this.data.slice(0, this.used),
      ends: Uint32Array.from(this.ends),
      flags: Uint8Array.from(this.flags),
      offsets: Float64Array.from(this.offsets),
      lengths: Float64Array.from(this.lengths),
    };
  }
}

/**
 * Reads `source` to the end, handing over batches of lines in order. `onBatch` may return a promise:
 * reading waits for it, which is the backpressure when batches go to workers.
 */
export async function scanLines(
  source: AsyncIterable<Uint8Array>,
  options: LineScanOptions,
  onBatch: (batch: LineBatch) => void | Promise<void>,
): Promise<LineScanResult> {
  const batchBytes = options.batchBytes ?? 1 << 20;
  const batchLines = options.batchLines ?? 4096;
  const max = options.maxLineBytes;
  let lineNumber = 1;
  let fileOffset = 0;
  let lineOffset = 0;
  let lineLength = 0;
  let lineStartInBatch = 0;
  let inLine = false;
  let tooLong = false;
  let bomChecked = false;
  let bom = false;
  let batch = new BatchBuilder(1, Math.min(batchBytes * 2, 4 << 20));

  const startLine = (): void => {
    inLine = true;
    tooLong = false;
    lineLength = 0;
    lineOffset = fileOffset;
    batch.begin(lineOffset);
    lineStartInBatch = batch.currentStart;
  };

  const finishLine = async (): Promise<void> => {
    let flags = tooLong ? LINE_TOO_LONG : 0;
    if (!tooLong && batch.dropCarriageReturn(lineStartInBatch)) flags |= LINE_CRLF;
    if (lineNumber === 1 && bom) flags |= LINE_BOM;
    batch.end(flags, lineLength);
    inLine = false;
    lineNumber += 1;
    if (batch.byteCount >= batchBytes || batch.lineCount >= batchLines) {
      const full = batch.build();
      batch = new BatchBuilder(lineNumber, Math.min(batchBytes * 2, 4 << 20));
      await onBatch(full);
    }
  };

  for await (const raw of source) {
    let chunk = raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBufferLike);
    if (!bomChecked && chunk.length > 0) {
      bomChecked = true;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        bom = true;
        chunk = chunk.subarray(3);
        fileOffset += 3;
      }
    }
    let pos = 0;
    while (pos < chunk.length) {
      if (!inLine) startLine();
      const newline = chunk.indexOf(0x0a, pos);
      const end = newline < 0 ? chunk.length : newline;
      const piece = chunk.subarray(pos, end);
      lineLength += piece.length;
      if (!tooLong) {
        if (lineLength > max) {
          tooLong = true;
          // Keep a short head of the line so the error can say what it looks like.
          const kept = batch.currentStart - lineStartInBatch;
          if (kept < HEAD_BYTES) batch.append(piece.subarray(0, HEAD_BYTES - kept));
          else batch.truncate(lineStartInBatch + HEAD_BYTES);
        } else {
          batch.append(piece);
        }
      }
      fileOffset += end - pos;
      pos = end;
      if (newline >= 0) {
        fileOffset += 1;
        pos += 1;
        await finishLine();
      }
    }
  }
  const missingFinalNewline = inLine;
  if (inLine) await finishLine();
  if (batch.lineCount > 0) await onBatch(batch.build());
  return { bytes: fileOffset, lines: lineNumber - 1, missingFinalNewline };
}

/** The bytes of line `i` of a batch. */
export function lineBytes(batch: LineBatch, i: number): Uint8Array {
  return batch.data.subarray(i === 0 ? 0 : batch.ends[i - 1]!, batch.ends[i]!);
}
