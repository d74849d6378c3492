/**
 * `foundry-finetune validate <training> [--validation F] [--golden F] [--model ID] [--json]`: the pull
 * request check from a terminal, with no cloud and no GitHub. Exit 0 when valid, 1 when not, 2 on usage
 * errors.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { validateDatasets } from './dataset/validate.ts';
import { isDatasetWorker, runDatasetWorker } from './dataset/worker.ts';
import { WORKER_ENTRY_KEY } from './dataset/pipeline.ts';
import type { ValidationReport } from './dataset/types.ts';
import { DEFAULT_MODEL_ID, findModel, modelIds } from './models/catalog.ts';

export const USAGE = `Usage: foundry-finetune validate <training.jsonl> [options]

Checks chat JSONL datasets the way the GitHub Action does on a pull request.

Options:
  --validation <file>      validation data (default: a seeded split of the training file)
  --golden <file>          golden evaluation set, checked and compared with the training data
  --model <id>             ${modelIds().join(', ')} (default ${DEFAULT_MODEL_ID})
  --split-ratio <0..0.5>   share held out when there is no validation file (default 0.1)
  --split-seed <text>      seed of the split (default foundry-finetune)
  --epochs <n>             epochs for the estimate (default: chosen from the example count)
  --price-per-1k <amount>  your price per 1,000 training tokens, for a cost estimate
  --fail-on <level>        error (default), warning or never
  --threads <n>            analysis threads (default: cores, at most 2)
  --json                   print the result as JSON
  -h, --help               show this help

Exit status: 0 valid, 1 invalid (per --fail-on), 2 usage error.`;

export class UsageError extends Error {}

export interface CliOptions {
  training: string;
  validation?: string;
  golden?: string;
  model: string;
  splitRatio: number;
  splitSeed: string;
  epochs?: number;
  pricePer1k?: number;
  failOn: 'error' | 'warning' | 'never';
  threads?: number;
  json: boolean;
}

function number(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
  integer = false,
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (
    raw.trim() === '' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    throw new UsageError(
      `--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}; got '${raw}'.`,
    );
  }
  return value;
}

/** Parses the command line (without `node` and the script). Throws UsageError; returns 'help' for -h. */
export function parseCli(argv: readonly string[]): CliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        validation: { type: 'string' },
        golden: { type: 'string' },
        model: { type: 'string' },
        'split-ratio': { type: 'string' },
        'split-seed': { type: 'string' },
        epochs: { type: 'string' },
        'price-per-1k': { type: 'string' },
        'fail-on': { type: 'string' },
        threads: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [command, training, ...extra] = positionals;
  if (command !== 'validate') {
    throw new UsageError(
      command ? `Unknown command '${command}': the CLI runs 'validate'.` : 'Missing the command: validate.',
    );
  }
  if (!training)
    throw new UsageError('Missing the training file: foundry-finetune validate <training.jsonl>.');
  if (extra.length > 0)
    throw new UsageError(`Unexpected argument '${extra[0]}'; use --validation and --golden for more files.`);
  const model = values.model ?? DEFAULT_MODEL_ID;
  if (!findModel(model))
    throw new UsageError(`--model must be one of ${modelIds().join(', ')}; got '${model}'.`);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new UsageError(`--fail-on must be error, warning or never; got '${failOn}'.`);
  }
  return {
    training,
    validation: values.validation,
    golden: values.golden,
    model,
    splitRatio: number('split-ratio', values['split-ratio'], 0, 0.5) ?? 0.1,
    splitSeed: values['split-seed'] ?? 'foundry-finetune',
    epochs: number('epochs', values.epochs, 1, 50, true),
    pricePer1k: number('price-per-1k', values['price-per-1k'], 0, Number.MAX_SAFE_INTEGER),
    failOn,
    threads: number('threads', values.threads, 1, 64, true),
    json: values.json ?? false,
  };
}

/** The `--json` shape: stable for scripts. */
export function jsonResult(report: ValidationReport, ok: boolean): unknown {
  const finding = (f: ValidationReport['files'][number]['findings'][number]) => ({
    ...(f.line === undefined ? {} : { line: f.line }),
    code: f.code,
    message: f.message,
  });
  return {
    ok,
    threads: report.tokenizer.threads,
    files: report.files.map((f) => ({
      path: f.path,
      examples: f.stats.examples,
      tokens: {
        total: f.stats.tokens.total,
        p50: f.stats.tokens.p50,
        p95: f.stats.tokens.p95,
        max: f.stats.tokens.max,
      },
      errors: f.findings.filter((x) => x.severity === 'error').map(finding),
      warnings: f.findings.filter((x) => x.severity === 'warning').map(finding),
    })),
  };
}

function textResult(report: ValidationReport, ok: boolean): string {
  const lines: string[] = [];
  for (const f of report.files) {
    const s = f.stats;
    lines.push(
      `${f.path} (${f.role}): ${s.examples} examples, ${s.tokens.total} tokens (p50 ${s.tokens.p50}, p95 ${s.tokens.p95}, max ${s.tokens.max}), ${f.errors} error(s), ${f.warnings} warning(s)`,
    );
    for (const x of f.findings) {
      const where = x.line === undefined ? x.file : `${x.file}:${x.line}`;
      lines.push(
        `  ${where}: ${x.severity} [${x.code}] ${x.message}${x.hint ? `\n      fix: ${x.hint}` : ''}`,
      );
    }
    if (f.omitted > 0) lines.push(`  ... ${f.omitted} more finding(s) of the same kinds`);
  }
  const e = report.estimate;
  lines.push(
    `estimate: ${e.tokens} tokens x ${e.epochs} epochs = ${e.billedTokens} billed tokens${e.cost === undefined ? '' : `, cost ${e.cost.toFixed(2)}`}`,
  );
  if (report.split)
    lines.push(
      `split: ${report.split.training} training / ${report.split.validation} validation (seed ${report.split.seed})`,
    );
  lines.push(ok ? 'valid' : 'INVALID');
  return lines.join('\n');
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** Runs the CLI; resolves to the exit status. */
export async function runCli(argv: readonly string[], io?: CliIo): Promise<number> {
  const sink: CliIo = io ?? { out: (t) => console.log(t), err: (t) => console.error(t), cwd: process.cwd() };
  let options: CliOptions | 'help';
  try {
    options = parseCli(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    sink.err(`foundry-finetune: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    sink.out(USAGE);
    return 0;
  }
  const report = await validateDatasets({
    root: sink.cwd,
    model: findModel(options.model)!,
    training: options.training,
    validation: options.validation,
    golden: options.golden,
    splitRatio: options.splitRatio,
    splitSeed: options.splitSeed,
    epochs: options.epochs,
    pricePer1kTokens: options.pricePer1k,
    threads: options.threads,
  });
  const ok =
    options.failOn === 'never' ||
    (report.errors === 0 && (options.failOn !== 'warning' || report.warnings === 0));
  sink.out(options.json ? JSON.stringify(jsonResult(report, ok), null, 2) : textResult(report, ok));
  return ok ? 0 : 1;
}

const self = fileURLToPath(import.meta.url);
if (isDatasetWorker()) {
  runDatasetWorker();
} else {
  (globalThis as Record<symbol, unknown>)[WORKER_ENTRY_KEY] = self;
  const entry = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
  if (entry === import.meta.url) {
    runCli(process.argv.slice(2)).then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        console.error(`foundry-finetune: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = 2;
      },
    );
  }
}
