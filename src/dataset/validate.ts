/**
 * validateDatasets: streams the training, validation and golden files through the checks and the
 * model's tokenizer, compares them with each other and with the base revision, and estimates the run.
 */
import type { ModelInfo } from '../models/catalog.ts';
import { FileAccumulator, type ExampleIndex } from './accumulate.ts';
import { modelFacts, questionHash } from './analyze.ts';
import { estimateTraining } from './estimate.ts';
import { iterableReader, type ByteReader, type ChunkScanResult } from './chunks.ts';
import { Analyzer, analyzeStream, type FileConfig } from './pipeline.ts';
import { openDatasetFile, withFileReader } from './source.ts';
import { selectValidation } from './split.ts';
import type { TokenizerKind, TrainingMethod } from '../models/catalog.ts';
import { TOOL_RENDERING } from './tokenizer/chat-template.ts';
import type {
  ChatMessage,
  DatasetRole,
  DiffReport,
  FileReport,
  GoldenExample,
  GoldenSet,
  SplitReport,
  ValidationReport,
} from './types.ts';
import { goldenExampleId } from './golden-id.ts';

const TOKENIZER_NAMES: Record<TokenizerKind, string> = {
  'llama-sentencepiece': 'Llama 2 SentencePiece (llama-tokenizer-js)',
  o200k: 'o200k_base (js-tiktoken ranks)',
  cl100k: 'cl100k_base (js-tiktoken ranks)',
};

/** Longest line read as one example; longer lines are an error, never buffered. */
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;

export interface BaseRevision {
  ref: string;
  /** A file's bytes at `ref`, or undefined when it does not exist there. */
  readFile(relativePath: string): Promise<AsyncIterable<Uint8Array> | undefined>;
}

export interface ValidateDatasetsOptions {
  root: string;
  model: ModelInfo;
  /** Paths relative to root. */
  training: string;
  validation?: string;
  golden?: string;
  splitRatio?: number;
  splitSeed?: string;
  epochs?: number;
  pricePer1kTokens?: number;
  base?: BaseRevision;
  /** How the run trains (default sft): DPO files are checked as preference pairs when it is dpo. */
  method?: TrainingMethod;
  /** Share of golden examples found in the training data above which that is an error (default 0.1). */
  goldenLeakageShare?: number;
  /**
   * How messages name each file's setting, e.g. `training-file (data.training)` for the action; the
   * CLI passes its own words (the path is always named by the finding).
   */
  settingNames?: Partial<Record<DatasetRole, string>>;
  /** What the paths are relative to, for messages (default: the repository root). */
  relativeTo?: string;
  /** False: structural checks only, no token counts (faster; no context or cost checks). */
  countTokens?: boolean;
  /** Worker threads for the analysis (default: one per core, at most 2; 1 = this thread). */
  threads?: number;
  maxLineBytes?: number;
  /** Bytes per chunk of lines handed to a thread (default 1 MiB); small values exercise chunk edges in tests. */
  chunkBytes?: number;
  log?: (message: string) => void;
}

/** Names of the settings, so file errors say which input to fix (the action's words by default). */
export const INPUT_NAMES: Record<DatasetRole, string> = {
  training: 'training-file (data.training)',
  validation: 'validation-file (data.validation)',
  golden: 'golden-file (data.golden)',
};

interface FileRun {
  report: FileReport;
  accumulator?: FileAccumulator;
  golden?: GoldenExample[];
}

interface RunContext {
  analyzer: Analyzer;
  options: ValidateDatasetsOptions;
  maxLineBytes: number;
}

async function streamInto(
  ctx: RunContext,
  read: ByteReader,
  config: FileConfig,
  accumulator: FileAccumulator,
  golden?: GoldenExample[],
): Promise<ChunkScanResult> {
  const file = await ctx.analyzer.open(config);
  return analyzeStream(file, read, ctx.maxLineBytes, (place, results) => {
    accumulator.addChunk(results, place.firstLine, place.bom);
    if (!golden) return;
    for (const extra of results.extras) {
      if (!extra.golden || extra.findings?.some((f) => f.severity === 'error')) continue;
      const line = place.firstLine + extra.index;
      golden.push({
        line,
        id: goldenExampleId(extra.golden.messages),
        messages: extra.golden.messages,
        expected: extra.golden.expected,
      });
    }
  });
}

function emptyReport(path: string, role: DatasetRole, findings: FileReport['findings']): FileReport {
  return {
    path,
    role,
    bytes: 0,
    lines: 0,
    stats: {
      examples: 0,
      turns: 0,
      messagesByRole: { system: 0, user: 0, assistant: 0, tool: 0 },
      tokens: { total: 0, p50: 0, p95: 0, max: 0, mean: 0 },
      assistantTokens: 0,
      trainedTokens: 0,
      estimatedExamples: 0,
    },
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    omitted: 0,
    codes: Object.fromEntries(findings.map((f) => [f.code, { severity: f.severity, total: 1, shown: 1 }])),
    formats: {},
  };
}

async function runFile(
  ctx: RunContext,
  path: string,
  role: DatasetRole,
  extra: {
    overlapWith?: ExampleIndex;
    goldenLines?: Map<string, { line: number; count: number }>;
    goldenPath?: string;
    goldenExamples?: number;
    splitSeed?: string;
    base?: ExampleIndex;
  },
): Promise<FileRun> {
  const opened = await openDatasetFile(
    ctx.options.root,
    path,
    ctx.options.settingNames?.[role] ?? INPUT_NAMES[role],
    ctx.options.relativeTo,
  );
  if (!opened.ok) return { report: emptyReport(path, role, opened.findings) };
  const countTokens = ctx.options.countTokens !== false;
  const accumulator = new FileAccumulator({
    path,
    role,
    overlapWith: extra.overlapWith,
    goldenLines: extra.goldenLines,
    goldenPath: extra.goldenPath,
    goldenExamples: extra.goldenExamples,
    goldenLeakageShare: ctx.options.goldenLeakageShare,
    splitSeed: extra.splitSeed,
    base: extra.base,
    method: ctx.options.method,
    model: { id: ctx.options.model.id, methods: ctx.options.model.methods },
  });
  for (const f of opened.findings) accumulator.addFinding(f.severity, f.code, f.message, f.hint);
  const config: FileConfig = {
    role,
    model: modelFacts(ctx.options.model),
    tokenizer: countTokens ? ctx.options.model.tokenizer : undefined,
    promptHashes: extra.base !== undefined,
    goldenQuestions: extra.goldenLines ? [...extra.goldenLines.keys()] : undefined,
    maxLineBytes: ctx.maxLineBytes,
    method: ctx.options.method,
  };
  const golden: GoldenExample[] | undefined = role === 'golden' ? [] : undefined;
  const started = Date.now();
  const scan = await withFileReader(opened.absolute, (read) =>
    streamInto(ctx, read, config, accumulator, golden),
  );
  ctx.options.log?.(
    `${path}: ${scan.lines.toLocaleString('en-US')} lines in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  return { report: accumulator.finish(scan.bytes, countTokens), accumulator, golden };
}

/** The file at the base revision, as an index of its examples (no findings). */
async function baseIndex(
  ctx: RunContext,
  path: string,
  role: DatasetRole,
): Promise<ExampleIndex | 'absent' | undefined> {
  const base = ctx.options.base;
  if (!base) return undefined;
  let source: AsyncIterable<Uint8Array> | undefined;
  try {
    source = await base.readFile(path);
  } catch (e) {
    ctx.options.log?.(`Could not read ${path} at ${base.ref}: ${(e as Error).message}. No diff for it.`);
    return undefined;
  }
  if (!source) return 'absent';
  const accumulator = new FileAccumulator({ path, role, quiet: true });
  const config: FileConfig = {
    role,
    model: modelFacts(ctx.options.model),
    tokenizer: ctx.options.countTokens !== false ? ctx.options.model.tokenizer : undefined,
    promptHashes: true,
    maxLineBytes: ctx.maxLineBytes,
    method: ctx.options.method,
  };
  try {
    await streamInto(ctx, iterableReader(source), config, accumulator);
  } catch (e) {
    ctx.options.log?.(`Could not read ${path} at ${base.ref}: ${(e as Error).message}. No diff for it.`);
    return undefined;
  }
  return accumulator.index();
}

function diffReport(ref: string, run: FileRun, base: ExampleIndex | 'absent'): DiffReport {
  const head = run.accumulator!;
  const newFile = base === 'absent';
  const counts = newFile ? { added: head.exampleCount, removed: 0, changed: 0, unchanged: 0 } : head.diff();
  return {
    ref,
    path: run.report.path,
    role: run.report.role,
    newFile,
    ...counts,
    baseExamples: newFile ? 0 : base.count,
    baseTokens: newFile ? 0 : base.tokens,
    tokenDelta: run.report.stats.tokens.total - (newFile ? 0 : base.tokens),
  };
}

/** Golden question hashes (normalized last user message) -> first golden line, and how many ask it. */
function goldenQuestions(examples: readonly GoldenExample[]): Map<string, { line: number; count: number }> {
  const map = new Map<string, { line: number; count: number }>();
  for (const g of examples) {
    const question = [...g.messages].reverse().find((m: ChatMessage) => m.role === 'user');
    if (question && typeof question.content === 'string') {
      const h = questionHash(question.content);
      const seen = map.get(h);
      if (seen) seen.count += 1;
      else map.set(h, { line: g.line, count: 1 });
    }
  }
  return map;
}

export async function validateDatasets(options: ValidateDatasetsOptions): Promise<ValidationReport> {
  const started = Date.now();
  const analyzer = Analyzer.create(options.threads, options.log, options.chunkBytes);
  const ctx: RunContext = { analyzer, options, maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES };
  try {
    const runs: FileRun[] = [];
    const diffs: DiffReport[] = [];
    const withDiff = async (run: FileRun, base: ExampleIndex | 'absent' | undefined): Promise<void> => {
      if (base !== undefined && run.accumulator && options.base)
        diffs.push(diffReport(options.base.ref, run, base));
    };

    let goldenLines: Map<string, { line: number; count: number }> | undefined;
    let goldenExamples = 0;
    if (options.golden) {
      const base = await baseIndex(ctx, options.golden, 'golden');
      const golden = await runFile(ctx, options.golden, 'golden', {
        base: base === 'absent' ? undefined : base,
      });
      runs.push(golden);
      await withDiff(golden, base);
      goldenLines = goldenQuestions(golden.golden ?? []);
      goldenExamples = golden.golden?.length ?? 0;
    }

    const splitRatio = options.splitRatio ?? 0;
    const splitting = !options.validation && splitRatio > 0;
    const splitSeed = splitting ? (options.splitSeed ?? 'foundry-finetune') : undefined;
    const trainingBase = await baseIndex(ctx, options.training, 'training');
    const training = await runFile(ctx, options.training, 'training', {
      goldenLines,
      goldenPath: options.golden,
      goldenExamples,
      splitSeed,
      base: trainingBase === 'absent' ? undefined : trainingBase,
    });
    runs.unshift(training);
    await withDiff(training, trainingBase);

    if (options.validation) {
      const validationBase = await baseIndex(ctx, options.validation, 'validation');
      const validation = await runFile(ctx, options.validation, 'validation', {
        overlapWith: training.accumulator?.index(),
        goldenLines,
        goldenPath: options.golden,
        goldenExamples,
        base: validationBase === 'absent' ? undefined : validationBase,
      });
      runs.splice(1, 0, validation);
      await withDiff(validation, validationBase);
    }

    // The thread count is part of the report: wait for workers still starting (small files). Then the
    // workers go, before the split's arrays are built.
    await analyzer.settle();
    const threads = analyzer.threads;
    await analyzer.close();
    const trainStats = training.report.stats;
    let trainExamples = trainStats.examples;
    let trainTokens = trainStats.tokens.total;
    let split: SplitReport | undefined;
    if (splitting && training.accumulator) {
      const entries = training.accumulator.splitEntries();
      const held = selectValidation(entries.keys, undefined, splitRatio);
      let heldTokens = 0;
      for (const i of held) heldTokens += entries.tokens[i]!;
      split = {
        ratio: splitRatio,
        seed: splitSeed!,
        training: entries.keys.length - held.length,
        validation: held.length,
      };
      trainExamples = split.training;
      trainTokens -= heldTokens;
    }
    const estimate = estimateTraining(
      trainExamples,
      trainTokens,
      options.epochs,
      options.pricePer1kTokens,
      trainStats.estimatedExamples,
    );
    const files = runs.map((r) => r.report);
    const errors = files.reduce((n, f) => n + f.errors, 0);
    const warnings = files.reduce((n, f) => n + f.warnings, 0);
    const tokenizer = {
      name:
        options.countTokens === false
          ? 'none (structural checks only)'
          : TOKENIZER_NAMES[options.model.tokenizer],
      loadMs: Math.round(analyzer.tokenizerLoadMs ?? 0),
      exact: options.countTokens !== false && files.every((f) => f.stats.estimatedExamples === 0),
      threads,
    };
    const withAssumption = files.some((f) => f.stats.estimatedExamples > 0)
      ? { ...tokenizer, assumedRendering: TOOL_RENDERING }
      : tokenizer;
    return {
      ok: errors === 0,
      model: options.model.id,
      method: options.method ?? 'sft',
      tokenizer: withAssumption,
      files,
      errors,
      warnings,
      split,
      diff: diffs,
      estimate,
      elapsedMs: Date.now() - started,
    };
  } finally {
    await analyzer.close();
  }
}

/** The golden file alone, checked and parsed (used by `loadGoldenSet`). */
export async function validateGoldenFile(root: string, file: string, model: ModelInfo): Promise<GoldenSet> {
  const analyzer = Analyzer.create(1);
  try {
    const ctx: RunContext = {
      analyzer,
      options: { root, model, training: file },
      maxLineBytes: DEFAULT_MAX_LINE_BYTES,
    };
    const run = await runFile(ctx, file, 'golden', {});
    return { file, examples: run.golden ?? [], findings: run.report.findings };
  } finally {
    await analyzer.close();
  }
}
