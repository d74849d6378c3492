/**
 * The dataset commands from a terminal, with no cloud and no GitHub:
 * - `foundry-finetune validate [training.jsonl] [options]`: the pull request check. It reads
 *   `.github/finetune.yml` (or `--config FILE`) as the action does, so a terminal gives CI's verdict;
 *   options override the file. Exit 0 when valid, 1 when not, 2 on a usage error.
 * - `foundry-finetune convert <file> [--out FILE]`: another tool's format to chat JSONL (never in place).
 *   Exit 0 when every line was mapped, 1 when some could not be, 2 on a usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildConfig } from './config/build.ts';
import { ConfigError } from './config/parse.ts';
import { settingByInput } from './config/settings.ts';
import type { Config } from './config/types.ts';
import { convertFile, defaultOutput, type ConvertReport } from './dataset/convert.ts';
import { validateDatasets } from './dataset/validate.ts';
import { isDatasetWorker, runDatasetWorker } from './dataset/worker.ts';
import { WORKER_ENTRY_KEY } from './dataset/pipeline.ts';
import type { DatasetRole, Finding, ValidationReport } from './dataset/types.ts';
import { findModel, modelIds } from './models/catalog.ts';

export const USAGE = `Usage: foundry-finetune validate [training.jsonl] [options]
       foundry-finetune convert <file.jsonl> [--out <new.jsonl>] [--json]

validate checks datasets the way the GitHub Action does on a pull request. It reads
.github/finetune.yml (or --config) like the action; options override the file.

Options of validate:
  --config <file>          config file (default .github/finetune.yml, if it exists)
  --validation <file>      validation data (default: a seeded split of the training file)
  --golden <file>          golden evaluation set, checked and compared with the training data
  --model <id>             ${modelIds().join(', ')}
  --method <sft|dpo>       training method: chat examples (sft) or preference pairs (dpo)
  --split-ratio <0..0.5>   share held out when there is no validation file (default 0.1)
  --split-seed <text>      seed of the split (default foundry-finetune)
  --epochs <n>             epochs for the estimate (default: chosen from the example count)
  --price-per-1k <amount>  your price per 1,000 billed tokens, for a cost estimate
  --golden-leakage-share <0..1>  share of golden examples in the training data that is an error (default 0.1)
  --fail-on <level>        error (default), warning or never
  --threads <n>            analysis threads (default: cores, at most 2)
  --json                   print the result as JSON (its shape: README, "The --json report")

convert writes another tool's format (prompt/completion, ShareGPT, Gemini, functions, TRL
preference pairs, evaluation items) as Azure's chat JSONL (DPO pairs, golden items), reporting
every line it could not map. --out defaults to <name>.chat.jsonl beside the input.

  -h, --help               show this help
  --version                print the version

Exit status: 0 valid (convert: every line mapped), 1 invalid (convert: some lines not mapped), 2 usage error.`;

export class UsageError extends Error {}

export interface CliOptions {
  command: 'validate';
  /** Absent: the config file's `data.training`. */
  training?: string;
  validation?: string;
  golden?: string;
  config?: string;
  model?: string;
  method?: 'sft' | 'dpo';
  splitRatio?: number;
  splitSeed?: string;
  epochs?: number;
  pricePer1k?: number;
  goldenLeakageShare?: number;
  failOn?: 'error' | 'warning' | 'never';
  threads?: number;
  json: boolean;
}

export interface ConvertOptions {
  command: 'convert';
  input: string;
  out?: string;
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

function oneOf<T extends string>(name: string, raw: string | undefined, values: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  if (!(values as readonly string[]).includes(raw))
    throw new UsageError(
      `--${name} must be ${values.join(', ').replace(/, ([^,]*)$/, ' or $1')}; got '${raw}'.`,
    );
  return raw as T;
}

/** Parses the command line (without `node` and the script). Throws UsageError. */
export function parseCli(argv: readonly string[]): CliOptions | ConvertOptions | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        validation: { type: 'string' },
        golden: { type: 'string' },
        config: { type: 'string' },
        model: { type: 'string' },
        method: { type: 'string' },
        'split-ratio': { type: 'string' },
        'split-seed': { type: 'string' },
        epochs: { type: 'string' },
        'price-per-1k': { type: 'string' },
        'golden-leakage-share': { type: 'string' },
        'fail-on': { type: 'string' },
        threads: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    // Node's message spells out the fix at length; the first sentence says what is wrong.
    throw new UsageError((e as Error).message.split('. ')[0]!.replace(/\.$/, '') + '.');
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, file, ...extra] = positionals;
  if (command === 'convert') {
    if (!file)
      throw new UsageError('convert needs the file to convert: foundry-finetune convert <file.jsonl>.');
    if (extra.length > 0) throw new UsageError(`Unexpected argument '${extra[0]}'; convert takes one file.`);
    return { command: 'convert', input: file, out: values.out, json: values.json ?? false };
  }
  if (command !== 'validate') {
    throw new UsageError(
      command
        ? `Unknown command '${command}': the CLI runs validate and convert.`
        : 'Missing the command: validate or convert.',
    );
  }
  if (extra.length > 0)
    throw new UsageError(`Unexpected argument '${extra[0]}'; use --validation and --golden for more files.`);
  if (values.out !== undefined) throw new UsageError('--out is an option of convert, not validate.');
  if (values.model !== undefined && !findModel(values.model))
    throw new UsageError(`--model must be one of ${modelIds().join(', ')}; got '${values.model}'.`);
  return {
    command: 'validate',
    training: file,
    validation: values.validation,
    golden: values.golden,
    config: values.config,
    model: values.model,
    method: oneOf('method', values.method, ['sft', 'dpo'] as const),
    splitRatio: number('split-ratio', values['split-ratio'], 0, 0.5),
    splitSeed: values['split-seed'],
    epochs: number('epochs', values.epochs, 1, 50, true),
    pricePer1k: number('price-per-1k', values['price-per-1k'], 0, Number.MAX_SAFE_INTEGER),
    goldenLeakageShare: number('golden-leakage-share', values['golden-leakage-share'], 0, 1),
    failOn: oneOf('fail-on', values['fail-on'], ['error', 'warning', 'never'] as const),
    threads: number('threads', values.threads, 1, 64, true),
    json: values.json ?? false,
  };
}

/** The action's inputs, as the CLI options set them: the config file fills in the rest. */
function inputsOf(options: CliOptions): Record<string, string | undefined> {
  const text = (n: number | undefined): string | undefined => (n === undefined ? undefined : String(n));
  return {
    'config-file': options.config,
    'training-file': options.training,
    'validation-file': options.validation,
    'golden-file': options.golden,
    model: options.model,
    'training-method': options.method,
    'split-ratio': text(options.splitRatio),
    'split-seed': options.splitSeed,
    epochs: text(options.epochs),
    'price-per-1k-training-tokens': text(options.pricePer1k),
    'golden-leakage-share': text(options.goldenLeakageShare),
    'fail-on': options.failOn,
  };
}

/** The Config the action would build here, from the config file and the options. */
export function cliConfig(options: CliOptions, cwd: string): Config {
  const inputs = inputsOf(options);
  return buildConfig({
    getInput: (name) => inputs[name] ?? '',
    readFile: (relative) => {
      const file = path.resolve(cwd, relative);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
    root: cwd,
  });
}

/** What each file's path is called in messages: nothing when it was given here, its key when it came from the config file. */
function settingNames(options: CliOptions, config: Config): Record<DatasetRole, string> {
  const where = (key: string, given: string | undefined): string =>
    given !== undefined || !config.configFile ? '' : `${key} in ${config.configFile}`;
  return {
    training: where('data.training', options.training),
    validation: where('data.validation', options.validation),
    golden: where('data.golden', options.golden),
  };
}

/** The vocabulary of token figures, defined once (tokenizers.md), carried by `--json`. */
export const TOKEN_VOCABULARY = {
  tokens: "the whole sequence of an example under the model's tokenizer and chat template",
  trainedTokens:
    'the tokens of assistant messages the loss covers (weight 1): their content and closing end marker',
  billedTokens: 'the tokens of the training split x epochs (Azure bills training tokens per epoch)',
};

/** Version of the `--json` shape: raised when a field changes meaning or goes away. */
export const JSON_SCHEMA_VERSION = 1;

function findingJson(f: Finding) {
  return {
    severity: f.severity,
    code: f.code,
    ...(f.line === undefined ? {} : { line: f.line }),
    message: f.message,
    fix: f.hint ?? null,
    ...(f.count === undefined ? {} : { count: f.count, lines: f.lines ?? [] }),
  };
}

/** The `--json` shape (documented in the README, versioned by `schemaVersion`). */
export function jsonResult(report: ValidationReport, ok: boolean) {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    ok,
    errors: report.errors,
    warnings: report.warnings,
    model: report.model,
    method: report.method,
    tokenizer: {
      name: report.tokenizer.name,
      exact: report.tokenizer.exact,
      assumedRendering: report.tokenizer.assumedRendering ?? null,
    },
    threads: report.tokenizer.threads,
    vocabulary: TOKEN_VOCABULARY,
    files: report.files.map((f) => ({
      path: f.path,
      role: f.role,
      bytes: f.bytes,
      lines: f.lines,
      formats: f.formats,
      examples: f.stats.examples,
      turns: f.stats.turns,
      messagesByRole: f.stats.messagesByRole,
      tokens: {
        total: f.stats.tokens.total,
        p50: f.stats.tokens.p50,
        p95: f.stats.tokens.p95,
        max: f.stats.tokens.max,
        mean: f.stats.tokens.mean,
        estimated: f.stats.estimatedExamples > 0,
        estimatedExamples: f.stats.estimatedExamples,
      },
      trainedTokens: f.stats.trainedTokens,
      errors: f.errors,
      warnings: f.warnings,
      codes: f.codes,
      findings: f.findings.map(findingJson),
      notListed: f.omitted,
    })),
    split: report.split ?? null,
    estimate: {
      examples: report.estimate.examples,
      tokens: report.estimate.tokens,
      epochs: report.estimate.epochs,
      epochsSource: report.estimate.epochsSource,
      billedTokens: report.estimate.billedTokens,
      estimated: report.estimate.estimatedExamples > 0,
      estimatedExamples: report.estimate.estimatedExamples,
      pricePer1kTokens: report.estimate.pricePer1kTokens ?? null,
      cost: report.estimate.cost ?? null,
    },
    diff: report.diff,
  };
}

const int = (n: number): string => n.toLocaleString('en-US');

function textResult(report: ValidationReport, ok: boolean): string {
  const lines: string[] = [];
  const approx = (estimated: boolean): string => (estimated ? '≈' : '');
  for (const f of report.files) {
    const s = f.stats;
    const estimated = s.estimatedExamples > 0;
    lines.push(
      `${f.path} (${f.role}): ${int(s.examples)} examples, ${approx(estimated)}${int(s.tokens.total)} tokens (p50 ${int(s.tokens.p50)}, p95 ${int(s.tokens.p95)}, max ${int(s.tokens.max)}), ${approx(estimated)}${int(s.trainedTokens)} trained tokens, ${f.errors} error(s), ${f.warnings} warning(s)`,
    );
    if (estimated)
      lines.push(
        `  ${int(s.estimatedExamples)} example(s) counted with an assumed tool rendering (estimates)`,
      );
    for (const x of f.findings) {
      const where = x.line === undefined ? x.file : `${x.file}:${x.line}`;
      lines.push(
        `  ${where}: ${x.severity} [${x.code}] ${x.message}${x.hint ? `\n      fix: ${x.hint}` : ''}`,
      );
    }
    if (f.omitted > 0) {
      const over = Object.entries(f.codes)
        .filter(([, c]) => c.shown < c.total && c.total > (c.shown === 0 ? 0 : 1))
        .map(([code, c]) => `${code} ${int(c.total)} (${int(c.shown)} listed)`);
      lines.push(
        `  ... ${int(f.omitted)} more finding(s) not listed${over.length > 0 ? `: ${over.join(', ')}` : ''}`,
      );
    }
  }
  const e = report.estimate;
  const estimated = e.estimatedExamples > 0;
  lines.push(
    `estimate: ${approx(estimated)}${int(e.tokens)} tokens x ${e.epochs} epochs = ${approx(estimated)}${int(e.billedTokens)} billed tokens${e.cost === undefined ? '' : `, cost ${e.cost.toFixed(2)}`}`,
  );
  if (report.tokenizer.assumedRendering)
    lines.push(`  (≈: estimates; tools counted as ${report.tokenizer.assumedRendering})`);
  if (report.split)
    lines.push(
      `split: ${int(report.split.training)} training / ${int(report.split.validation)} validation (seed ${report.split.seed})`,
    );
  lines.push(ok ? 'valid' : 'INVALID');
  return lines.join('\n');
}

function convertText(r: ConvertReport): string {
  const lines = [
    `${r.input} -> ${r.output}: ${int(r.written)} of ${int(r.lines)} line(s) written (${Object.entries(
      r.formats,
    )
      .map(([format, n]) => `${format} ${int(n ?? 0)}`)
      .join(', ')})`,
  ];
  for (const [note, n] of Object.entries(r.notes)) lines.push(`  note: ${note} (${int(n)} line(s))`);
  for (const u of r.unmapped) lines.push(`  ${r.input}:${u.line}: not mapped: ${u.reason}`);
  if (r.unmappedCount > r.unmapped.length)
    lines.push(`  ... ${int(r.unmappedCount - r.unmapped.length)} more line(s) not mapped`);
  if (r.written > 0) lines.push(`check it: foundry-finetune validate ${r.output}`);
  return lines.join('\n');
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** This package's version, from its package.json (found upward from this file, in sources or bundle). */
export function packageVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'foundry-finetune' && pkg.version) return pkg.version;
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

/** Runs the CLI; resolves to the exit status. */
export async function runCli(argv: readonly string[], io?: CliIo): Promise<number> {
  const sink: CliIo = io ?? { out: (t) => console.log(t), err: (t) => console.error(t), cwd: process.cwd() };
  let options: ReturnType<typeof parseCli>;
  try {
    options = parseCli(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    sink.err(`foundry-finetune: ${e.message}\nRun 'foundry-finetune --help' for usage.`);
    return 2;
  }
  if (options === 'help') {
    sink.out(USAGE);
    return 0;
  }
  if (options === 'version') {
    sink.out(packageVersion());
    return 0;
  }
  if (options.command === 'convert') {
    const out = options.out ?? defaultOutput(options.input);
    let report: ConvertReport;
    try {
      report = await convertFile(sink.cwd, options.input, out);
    } catch (e) {
      sink.err(`foundry-finetune: ${(e as Error).message}`);
      return 2;
    }
    sink.out(
      options.json
        ? JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...report }, null, 2)
        : convertText(report),
    );
    return report.unmappedCount > 0 ? 1 : 0;
  }
  let config: Config;
  try {
    config = cliConfig(options, sink.cwd);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    sink.err(
      `foundry-finetune: ${e.message.replace(/input '([a-z0-9-]+)'/g, (_, name: string) => cliWord(name))}\nRun 'foundry-finetune --help' for usage.`,
    );
    return 2;
  }
  if (!config.data.training) {
    sink.err(
      `foundry-finetune: no training file: give it (foundry-finetune validate <training.jsonl>) or set data.training in ${config.configFile ?? settingByInput('config-file').default}.\nRun 'foundry-finetune --help' for usage.`,
    );
    return 2;
  }
  const report = await validateDatasets({
    root: sink.cwd,
    model: config.model,
    training: config.data.training,
    validation: config.data.validation,
    golden: config.data.golden,
    splitRatio: config.data.splitRatio,
    splitSeed: config.data.splitSeed,
    epochs: config.training.epochs,
    pricePer1kTokens: config.training.pricePer1kTokens,
    method: config.training.method,
    goldenLeakageShare: config.validation.goldenLeakageShare,
    settingNames: settingNames(options, config),
    relativeTo: 'the current directory',
    threads: options.threads,
  });
  const failOn = config.validation.failOn;
  const ok = failOn === 'never' || (report.errors === 0 && (failOn !== 'warning' || report.warnings === 0));
  sink.out(options.json ? JSON.stringify(jsonResult(report, ok), null, 2) : textResult(report, ok));
  return ok ? 0 : 1;
}

/** The CLI's name for an action input in a config error. */
function cliWord(input: string): string {
  const words: Record<string, string> = {
    'training-file': 'the training file',
    'validation-file': '--validation',
    'golden-file': '--golden',
    'config-file': '--config',
    'training-method': '--method',
    'price-per-1k-training-tokens': '--price-per-1k',
  };
  return words[input] ?? `--${input}`;
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
