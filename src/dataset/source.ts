/** Opens a dataset file for streaming, turning every way it can be unusable into a clear finding. */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileReader, type ByteReader } from './chunks.ts';
import type { Finding } from './types.ts';

/** Azure's upload limit for a fine-tuning file. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export type OpenedFile =
  { ok: true; absolute: string; bytes: number; findings: Finding[] } | { ok: false; findings: Finding[] };

function fileFinding(file: string, code: string, message: string, hint: string): Finding {
  return { severity: 'error', code, message, hint, file };
}

/** Magic numbers of formats people mistake for JSONL. */
function sniffFormat(head: Buffer): string | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b)
    return 'a gzip archive (decompress it first: `gunzip file.jsonl.gz`)';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'a zip archive';
  if (head.subarray(0, 4).toString('latin1') === 'PAR1') return 'a Parquet file (export it as JSON Lines)';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return 'UTF-16 text (save it as UTF-8)';
  const nul = head.indexOf(0);
  if (nul >= 0 && nul < 1024) return 'a binary file (it has NUL bytes near the start)';
  return undefined;
}

/**
 * Checks that `relative` (to `root`) is a readable regular file that looks like text, and its size.
 * `input` names the setting, so an error says which one to fix ('' when the path was given as it is, on a
 * command line); `relativeTo` says what the path is relative to.
 */
export async function openDatasetFile(
  root: string,
  relative: string,
  input: string,
  relativeTo = 'the repository root',
): Promise<OpenedFile> {
  const named = input ? ` (${input})` : '';
  const thePath = input ? `the path in ${input}` : 'the path';
  const absolute = path.resolve(root, relative);
  const display = relative;
  let info;
  try {
    info = await stat(absolute);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      findings: [
        code === 'ENOENT'
          ? fileFinding(
              display,
              'missing-file',
              `File not found${named}.`,
              `Check ${thePath}; it is relative to ${relativeTo}.`,
            )
          : fileFinding(
              display,
              'unreadable',
              `Cannot read the file${named}: ${(e as Error).message}.`,
              'Check the path and its permissions.',
            ),
      ],
    };
  }
  if (info.isDirectory()) {
    return {
      ok: false,
      findings: [
        fileFinding(
          display,
          'not-a-file',
          `Is a directory, not a file${named}.`,
          input
            ? `Point ${input} at the .jsonl file inside it.`
            : 'Give the path of the .jsonl file inside it.',
        ),
      ],
    };
  }
  if (!info.isFile()) {
    return {
      ok: false,
      findings: [
        fileFinding(
          display,
          'not-a-file',
          `Is not a regular file${named}.`,
          input ? `Point ${input} at a .jsonl file.` : 'Give the path of a .jsonl file.',
        ),
      ],
    };
  }
  const findings: Finding[] = [];
  try {
    const handle = await open(absolute, 'r');
    try {
      const head = Buffer.alloc(8192);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const kind = sniffFormat(head.subarray(0, bytesRead));
      if (kind) {
        return {
          ok: false,
          findings: [
            fileFinding(
              display,
              'binary-file',
              `Is ${kind}, not JSON Lines text.`,
              'Provide a UTF-8 text file with one JSON object per line.',
            ),
          ],
        };
      }
    } finally {
      await handle.close();
    }
  } catch (e) {
    return {
      ok: false,
      findings: [
        fileFinding(
          display,
          'unreadable',
          `Cannot read the file${named}: ${(e as Error).message}.`,
          'Check its permissions.',
        ),
      ],
    };
  }
  if (info.size === 0) {
    findings.push(
      fileFinding(display, 'empty-file', `Is empty${named}.`, 'Add examples, one JSON object per line.'),
    );
  }
  if (info.size >= MAX_FILE_BYTES) {
    findings.push(
      fileFinding(
        display,
        'file-too-large',
        `Is ${(info.size / 1024 / 1024).toFixed(0)} MB; Azure accepts fine-tuning files under 512 MB.`,
        'Deduplicate or sample the data, or split it and train on the most valuable part.',
      ),
    );
  }
  return { ok: true, absolute, bytes: info.size, findings };
}

export function readStream(absolute: string): AsyncIterable<Uint8Array> {
  return createReadStream(absolute, { highWaterMark: 1 << 20 });
}

/** Runs `use` with a reader of the file's bytes (read straight into the caller's buffers). */
export async function withFileReader<T>(absolute: string, use: (read: ByteReader) => Promise<T>): Promise<T> {
  const handle = await open(absolute, 'r');
  try {
    return await use(fileReader(handle));
  } finally {
    await handle.close();
  }
}
