/**
 * The files a fine-tuning job trains on: the training data (minus the held-out split) and the
 * validation data, normalized, with a content hash that identifies the dataset across runs.
 *
 * Normalization (and so the hash) ignores what does not change the examples: a UTF-8 BOM, CRLF vs LF
 * line endings and blank lines. Every example line is otherwise written byte for byte, in file order,
 * each ending with `\n`. The hash is independent of file names and paths.
 */
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/types.ts';
import { isBlankLine, lineHash, splitKeyOf } from './analyze.ts';
import { LINE_TOO_LONG, lineBytes, scanLines } from './lines.ts';
import { openDatasetFile, readStream } from './source.ts';
import { selectValidation } from './split.ts';
import { DEFAULT_MAX_LINE_BYTES } from './validate.ts';

export interface PreparedData {
  trainingFile: string;
  validationFile?: string;
  /** sha256 hex of the normalized training and validation content. */
  datasetHash: string;
  examples: { training: number; validation: number };
}

class Output {
  private readonly hash: Hash = createHash('sha256');
  private readonly stream: WriteStream;
  examples = 0;

  constructor(readonly file: string) {
    this.stream = createWriteStream(file);
  }

  async write(bytes: Uint8Array): Promise<void> {
    this.hash.update(bytes);
    this.hash.update('\n');
    this.examples += 1;
    const ok = this.stream.write(Buffer.concat([bytes, Buffer.from('\n')]));
    if (!ok) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async close(): Promise<string> {
    await new Promise<void>((resolve, reject) =>
      this.stream.end((e?: Error | null) => (e ? reject(e) : resolve())),
    );
    return this.hash.digest('hex');
  }
}

async function openOrThrow(root: string, relative: string, input: string): Promise<string> {
  const opened = await openDatasetFile(root, relative, input);
  const error = opened.findings.find((f) => f.severity === 'error');
  if (!opened.ok || error) {
    const f = error ?? opened.findings[0]!;
    throw new Error(`${relative}: ${f.message} ${f.hint ?? ''}`.trim());
  }
  return opened.absolute;
}

/** Calls `each` with the bytes of every non-blank line, in order. */
async function eachExample(
  absolute: string,
  relative: string,
  each: (bytes: Uint8Array, line: number) => void | Promise<void>,
): Promise<void> {
  await scanLines(readStream(absolute), { maxLineBytes: DEFAULT_MAX_LINE_BYTES }, async (batch) => {
    for (let i = 0; i < batch.ends.length; i++) {
      const line = batch.firstLine + i;
      if (batch.flags[i]! & LINE_TOO_LONG)
        throw new Error(`${relative}:${line}: line too long to be an example; run validate.`);
      const bytes = lineBytes(batch, i);
      if (!isBlankLine(bytes)) await each(bytes, line);
    }
  });
}

export function datasetHash(trainingSha256: string, validationSha256: string | undefined): string {
  return createHash('sha256')
    .update(
      `foundry-finetune dataset v1\ntraining ${trainingSha256}\nvalidation ${validationSha256 ?? '-'}\n`,
    )
    .digest('hex');
}

/**
 * Writes `training.jsonl` (and `validation.jsonl`) to `outDir`: the validation file as given, or the
 * same deterministic split that `validate` reports when there is none and `split-ratio` > 0.
 */
export async function prepareTrainingData({
  config,
  outDir,
}: {
  config: Config;
  outDir: string;
}): Promise<PreparedData> {
  const { root, data } = config;
  if (!data.training)
    throw new Error('No training data: set the training-file input (or data.training in the config file).');
  mkdirSync(outDir, { recursive: true });
  const trainingPath = await openOrThrow(root, data.training, 'training-file (data.training)');
  const training = new Output(path.join(outDir, 'training.jsonl'));
  let validation: Output | undefined;

  if (data.validation) {
    const validationPath = await openOrThrow(root, data.validation, 'validation-file (data.validation)');
    await eachExample(trainingPath, data.training, (bytes) => training.write(bytes));
    validation = new Output(path.join(outDir, 'validation.jsonl'));
    const v = validation;
    await eachExample(validationPath, data.validation, (bytes) => v.write(bytes));
  } else if (data.splitRatio > 0) {
    const keys: number[] = [];
    const lines: number[] = [];
    await eachExample(trainingPath, data.training, (bytes, line) => {
      keys.push(splitKeyOf(data.splitSeed, lineHash(bytes)));
      lines.push(line);
    });
    const held = selectValidation(Float64Array.from(keys), Int32Array.from(lines), data.splitRatio);
    const heldLines = new Set<number>();
    for (const i of held) heldLines.add(lines[i]!);
    if (heldLines.size > 0) validation = new Output(path.join(outDir, 'validation.jsonl'));
    const v = validation;
    await eachExample(trainingPath, data.training, (bytes, line) =>
      heldLines.has(line) && v ? v.write(bytes) : training.write(bytes),
    );
  } else {
    await eachExample(trainingPath, data.training, (bytes) => training.write(bytes));
  }
  const trainingSha = await training.close();
  const validationSha = validation ? await validation.close() : undefined;
  return {
    trainingFile: training.file,
    validationFile: validation?.file,
    datasetHash: datasetHash(trainingSha, validationSha),
    examples: { training: training.examples, validation: validation?.examples ?? 0 },
  };
}
