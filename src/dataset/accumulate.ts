/**
 * Folds one file's line results, in line order, into its report: statistics, duplicate and overlap
 * detection, findings that need the whole file (system-prompt variants, outliers, too few examples).
 */
import { splitKeyOf } from './analyze.ts';
import {
  COL_ASSISTANT,
  COL_EXAMPLE,
  COL_FORMAT,
  COL_PROMPT,
  COL_ROLES,
  COL_SYSTEM,
  COL_TOKENS,
  COL_TRAINED,
  COLUMNS,
  INFO_CLOSES_OBJECT,
  INFO_CRLF,
  INFO_ESTIMATED,
  INFO_OPENS_OBJECT,
  INFO_PROMPT,
  INFO_SYSTEM,
  KIND_BLANK,
  KIND_INVALID,
  KIND_MASK,
  type ChunkResults,
  type LineExtra,
} from './chunk-analysis.ts';
import { acceptedFormats, FORMATS, formatAdvice, type DatasetFormat } from './formats.ts';
import { HashTable64 } from './hash.ts';
import { TOOL_RENDERING } from './tokenizer/chat-template.ts';
import type { TrainingMethod } from '../models/catalog.ts';
import { LengthHistogram } from './histogram.ts';
import type { CodeCount, DatasetRole, DatasetStats, FileReport, Finding, Severity } from './types.ts';

/** Findings listed per code and file; beyond it they are counted (the summary says how many). */
export const FINDINGS_PER_CODE = 100;
const MAX_SYSTEM_VARIANTS = 1000;
const OUTLIER_CANDIDATES = 20;
const SPLIT_BLOCK = 1 << 16;
/** Azure's minimum for a training file. */
export const MIN_EXAMPLES = 10;
/** Lines named in a summary finding. */
const SUMMARY_LINES = 5;
/** Share of golden examples found in the training data above which it is an error (the setting's default). */
export const DEFAULT_GOLDEN_LEAKAGE_SHARE = 0.1;

/** A file processed before this one, whose examples this one is compared with. */
export interface ExampleIndex {
  path: string;
  /** Example hash -> first line; for a base revision (`quiet`), -> how many lines hold it. */
  examples: HashTable64;
  /** Prompt hash -> first line; for a base revision (`quiet`), -> how many examples have it. */
  prompts: HashTable64;
  /** What the values of `examples` and `prompts` are. */
  values: 'lines' | 'counts';
  count: number;
  tokens: number;
}

export interface AccumulatorOptions {
  path: string;
  role: DatasetRole;
  /** Training examples, for train/validation overlap (validation file only). */
  overlapWith?: ExampleIndex;
  /** Golden question hash -> its first golden line and how many golden examples ask it. */
  goldenLines?: ReadonlyMap<string, { line: number; count: number }>;
  goldenPath?: string;
  /** Golden examples in all (the denominator of the leakage share). */
  goldenExamples?: number;
  /** Share of golden examples in this file above which leakage is an error (default 10%). */
  goldenLeakageShare?: number;
  /** How the run trains, and the model's facts that format advice names. */
  method?: TrainingMethod;
  model?: { id: string; methods: readonly TrainingMethod[] };
  /** Keep per-example split keys under this seed (training file, when the split applies). */
  splitSeed?: string;
  /** Only statistics and hashes: the base revision of a file for the diff. */
  quiet?: boolean;
  /** The same file at the base revision: examples are counted as added, changed or unchanged. */
  base?: ExampleIndex;
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

interface SystemVariant {
  count: number;
  firstLine: number;
  preview: string;
}

export class FileAccumulator {
  readonly histogram = new LengthHistogram();
  readonly examples = new HashTable64();
  readonly prompts = new HashTable64();
  private readonly findings: Finding[] = [];
  private readonly perCode = new Map<string, CodeCount>();
  /** Lines per format (index into FORMATS) and the first of them. */
  private readonly formatLines = FORMATS.map(() => ({ count: 0, first: [] as number[] }));
  private invalidLines = 0;
  private readonly notUtf8: { line: number; detail: string }[] = [];
  private notUtf8Count = 0;
  private readonly duplicates: [number, number][] = [];
  private duplicateCount = 0;
  private readonly withoutUser: number[] = [];
  private readonly estimatedLines: number[] = [];
  private withoutUserCount = 0;
  /** Golden question hash -> the first line here that asks it. */
  private readonly leaked = new Map<string, number>();
  private errors = 0;
  private warnings = 0;
  private omitted = 0;
  private readonly stats = {
    turns: 0,
    roles: { system: 0, user: 0, assistant: 0, tool: 0 },
    assistantTokens: 0,
    trainedTokens: 0,
    estimated: 0,
  };
  private lines = 0;
  /** Blank lines not yet followed by an example: the first ones' numbers, and how many. */
  private trailingBlank: number[] = [];
  private trailingBlankCount = 0;
  private crlfLines = 0;
  private firstCrlf = 0;
  private brokenStringFinding: Finding | undefined;
  /** The finding of a run of consecutive document fragments (pretty-printed or array lines). */
  private fragmentRun: { finding: Finding; first: number; last: number } | undefined;
  private readonly systemVariants: SystemVariant[] = [];
  private readonly systemIndex = new HashTable64(64);
  private systemVariantsOverflow = false;
  private withSystem = 0;
  private readonly withoutSystem: number[] = [];
  private withoutSystemCount = 0;
  private readonly longest: { line: number; tokens: number }[] = [];
  /**
   * Split entries in fixed blocks: growing never copies, and at most one block is unused. No line
   * numbers: entries are in file order, which is the split's tie-break.
   */
  private readonly splitBlocks: { keys: Float64Array; tokens: Uint32Array }[] = [];
  private splitCount = 0;
  private readonly diffCounts: DiffCounts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  /** Base examples and prompts already matched by a line of this file: each base line matches once. */
  private readonly baseUsed = { examples: new HashTable64(64), prompts: new HashTable64(64) };

  constructor(private readonly options: AccumulatorOptions) {}

  get exampleCount(): number {
    return this.histogram.count;
  }

  /**
   * Adds a finding about a line (or the file, without line), respecting the per-code cap. A summary
   * finding stands for `summary.count` occurrences, the first of them on `summary.lines`.
   */
  addFinding(
    severity: Severity,
    code: string,
    message: string,
    hint?: string,
    line?: number,
    summary?: { count: number; lines: number[] },
  ): void {
    if (this.options.quiet) return;
    if (severity === 'error') this.errors += 1;
    else if (severity === 'warning') this.warnings += 1;
    const counts = this.perCode.get(code) ?? { severity, total: 0, shown: 0 };
    this.perCode.set(code, counts);
    counts.total += summary?.count ?? 1;
    if (counts.shown >= FINDINGS_PER_CODE) {
      this.omitted += 1;
      return;
    }
    counts.shown += 1;
    const where = line === undefined ? '' : `Line ${line} `;
    const finding: Finding = {
      severity,
      code,
      message: line === undefined ? message : `${where}${message}`,
      hint,
      file: this.options.path,
      line,
    };
    if (summary) {
      finding.count = summary.count;
      finding.lines = summary.lines;
    }
    this.findings.push(finding);
  }

  /** Folds in a chunk's results; `firstLine` numbers its first line. Chunks must come in file order. */
  addChunk(results: ChunkResults, firstLine: number, bom: boolean): void {
    const { info, nums, extras } = results;
    let next = 0;
    for (let i = 0; i < results.lines; i++) {
      let extra: LineExtra | undefined;
      if (next < extras.length && extras[next]!.index === i) extra = extras[next++];
      const line = firstLine + i;
      if (i === 0 && bom) {
        this.addFinding(
          'warning',
          'bom',
          'starts with a UTF-8 byte order mark (BOM). Accepted: Azure reads files with and without one.',
          undefined,
          line,
        );
      }
      this.addLine(info[i]!, nums, i * COLUMNS, extra, line);
    }
    this.lines = Math.max(this.lines, firstLine + results.lines - 1);
  }

  private addLine(
    info: number,
    nums: Uint32Array,
    row: number,
    extra: LineExtra | undefined,
    line: number,
  ): void {
    if (info & INFO_CRLF) {
      if (this.crlfLines === 0) this.firstCrlf = line;
      this.crlfLines += 1;
    }
    const kind = info & KIND_MASK;
    if (kind === KIND_BLANK) {
      if (this.trailingBlank.length < FINDINGS_PER_CODE) this.trailingBlank.push(line);
      this.trailingBlankCount += 1;
      return;
    }
    this.flushBlankLines();
    const findings = extra?.findings ?? [];
    const format = this.formatLines[nums[row + COL_FORMAT]!];
    if (format) {
      format.count += 1;
      if (format.first.length < SUMMARY_LINES) format.first.push(line);
    }
    if (kind === KIND_INVALID) this.invalidLines += 1;
    // A file that is not UTF-8 is one finding, not one per line.
    if (kind === KIND_INVALID && findings[0]?.code === 'not-utf8') {
      this.notUtf8Count += 1;
      if (this.notUtf8.length < SUMMARY_LINES)
        this.notUtf8.push({
          line,
          detail: findings[0].message.replace(/^is not valid UTF-8 \((.*)\)\.$/, '$1'),
        });
      this.brokenStringFinding = undefined;
      this.fragmentRun = undefined;
      return;
    }

    // A raw line break inside a string shows up as a broken line followed by its continuation(s).
    if (
      kind === KIND_INVALID &&
      this.brokenStringFinding &&
      !(info & INFO_OPENS_OBJECT) &&
      findings[0]?.code !== 'not-utf8'
    ) {
      const f = this.brokenStringFinding;
      const range = f.message.match(/\(continues on lines? (\d+)/);
      f.message = range
        ? f.message.replace(
            /\(continues on lines? (\d+)(?:-\d+)?\)/,
            `(continues on lines ${range[1]}-${line})`,
          )
        : `${f.message} (continues on line ${line})`;
      if (info & INFO_CLOSES_OBJECT) this.brokenStringFinding = undefined;
      return;
    }
    this.brokenStringFinding = undefined;

    // A pretty-printed or JSON-array file is one finding per run of lines, not one per line.
    const code = kind === KIND_INVALID ? findings[0]?.code : undefined;
    if (code === 'pretty-printed' || code === 'json-array') {
      const run = this.fragmentRun;
      if (run && run.last === line - 1) {
        run.last = line;
        run.finding.message =
          run.finding.message.replace(/ \(lines \d+-\d+ too\)$/, '') + ` (lines ${run.first}-${line} too)`;
        return;
      }
    }
    this.fragmentRun = undefined;

    for (const f of findings) this.addFinding(f.severity, f.code, f.message, f.hint, line);
    if (code === 'pretty-printed' || code === 'json-array') {
      const last = this.findings[this.findings.length - 1];
      if (last?.line === line) this.fragmentRun = { finding: last, first: line, last: line };
    }
    if (kind === KIND_INVALID) {
      if (info & INFO_OPENS_OBJECT) {
        const last = this.findings[this.findings.length - 1];
        if (last?.line === line && last.code === 'raw-newline') this.brokenStringFinding = last;
      }
      return;
    }
    this.addExample(info, nums, row, extra, line);
  }

  /** Blank lines followed by an example are warnings; at the end of the file they are one finding. */
  private flushBlankLines(): void {
    if (this.trailingBlankCount === 0) return;
    for (const blank of this.trailingBlank) {
      this.addFinding(
        'warning',
        'blank-line',
        'is blank. Blank lines between examples are skipped here, but some tools reject them.',
        'Delete the blank line.',
        blank,
      );
    }
    for (let n = this.trailingBlank.length; n < this.trailingBlankCount; n++) {
      this.addFinding('warning', 'blank-line', '', undefined, undefined);
    }
    this.trailingBlank = [];
    this.trailingBlankCount = 0;
  }

  private addExample(
    info: number,
    nums: Uint32Array,
    row: number,
    extra: LineExtra | undefined,
    line: number,
  ): void {
    const tokens = nums[row + COL_TOKENS]!;
    this.histogram.add(tokens);
    const system = nums[row + COL_ROLES]!;
    const assistant = nums[row + COL_ROLES + 2]!;
    this.stats.turns += assistant;
    this.stats.roles.system += system;
    this.stats.roles.user += nums[row + COL_ROLES + 1]!;
    this.stats.roles.assistant += assistant;
    this.stats.roles.tool += nums[row + COL_ROLES + 3]!;
    this.stats.assistantTokens += nums[row + COL_ASSISTANT]!;
    this.stats.trainedTokens += nums[row + COL_TRAINED]!;
    if (info & INFO_ESTIMATED) {
      this.stats.estimated += 1;
      if (this.estimatedLines.length < SUMMARY_LINES) this.estimatedLines.push(line);
    }
    this.trackLongest(line, tokens);

    const exHi = nums[row + COL_EXAMPLE]!;
    const exLo = nums[row + COL_EXAMPLE + 1]!;
    // A base revision only needs how often each example and prompt occurs (duplicates included).
    let first: number | undefined;
    if (this.options.quiet) this.examples.add(exHi, exLo, 1);
    else first = this.examples.insert(exHi, exLo, line);
    if (first !== undefined && first !== line) {
      this.duplicateCount += 1;
      if (this.duplicates.length < SUMMARY_LINES) this.duplicates.push([line, first]);
    }
    if (this.options.role !== 'golden' && nums[row + COL_ROLES + 1] === 0) {
      this.withoutUserCount += 1;
      if (this.withoutUser.length < SUMMARY_LINES) this.withoutUser.push(line);
    }
    const overlap = this.options.overlapWith;
    const inTraining = overlap?.examples.lookup(exHi, exLo);
    if (overlap && inTraining !== undefined) {
      this.addFinding(
        'warning',
        'train-validation-overlap',
        `is also in ${overlap.path} (line ${inTraining}): the validation loss measures memorization, not generalization.`,
        'Keep the example in one of the two files (training or validation), not both.',
        line,
      );
    }
    const hasPrompt = (info & INFO_PROMPT) !== 0;
    const prHi = nums[row + COL_PROMPT]!;
    const prLo = nums[row + COL_PROMPT + 1]!;
    if (hasPrompt) {
      if (this.options.quiet) this.prompts.add(prHi, prLo, 1);
      else this.prompts.insert(prHi, prLo, line);
    }
    const base = this.options.base;
    if (base) this.countDiff(base, exHi, exLo, hasPrompt, prHi, prLo);
    const seed = this.options.splitSeed;
    if (seed !== undefined) this.pushSplitKey(splitKeyOf(seed, { hi: exHi, lo: exLo }), tokens);
    if (info & INFO_SYSTEM) {
      this.withSystem += 1;
      const at = this.systemIndex.lookup(nums[row + COL_SYSTEM]!, nums[row + COL_SYSTEM + 1]!);
      const v = at === undefined ? undefined : this.systemVariants[at]!;
      if (v) {
        v.count += 1;
        if (!v.preview && extra?.systemPreview) v.preview = extra.systemPreview;
      } else if (this.systemVariants.length < MAX_SYSTEM_VARIANTS) {
        this.systemIndex.insert(
          nums[row + COL_SYSTEM]!,
          nums[row + COL_SYSTEM + 1]!,
          this.systemVariants.length,
        );
        this.systemVariants.push({ count: 1, firstLine: line, preview: extra?.systemPreview ?? '' });
      } else {
        this.systemVariantsOverflow = true;
      }
    } else {
      this.withoutSystemCount += 1;
      if (this.withoutSystem.length < FINDINGS_PER_CODE) this.withoutSystem.push(line);
    }
    const contaminates = extra?.contaminates;
    if (contaminates) for (const h of contaminates) if (!this.leaked.has(h)) this.leaked.set(h, line);
  }

  private trackLongest(line: number, tokens: number): void {
    const list = this.longest;
    if (list.length < OUTLIER_CANDIDATES) list.push({ line, tokens });
    else {
      let minAt = 0;
      for (let i = 1; i < list.length; i++) if (list[i]!.tokens < list[minAt]!.tokens) minAt = i;
      if (tokens <= list[minAt]!.tokens) return;
      list[minAt] = { line, tokens };
    }
  }

  private pushSplitKey(key: number, tokens: number): void {
    const at = this.splitCount % SPLIT_BLOCK;
    if (at === 0) {
      this.splitBlocks.push({ keys: new Float64Array(SPLIT_BLOCK), tokens: new Uint32Array(SPLIT_BLOCK) });
    }
    const block = this.splitBlocks[this.splitBlocks.length - 1]!;
    block.keys[at] = key;
    block.tokens[at] = tokens;
    this.splitCount += 1;
  }

  /** Per-example split keys and token counts (training file), in file order. */
  splitEntries(): { keys: Float64Array; tokens: Uint32Array } {
    const n = this.splitCount;
    const keys = new Float64Array(n);
    const tokens = new Uint32Array(n);
    this.splitBlocks.forEach((block, i) => {
      const size = Math.min(SPLIT_BLOCK, n - i * SPLIT_BLOCK);
      keys.set(block.keys.subarray(0, size), i * SPLIT_BLOCK);
      tokens.set(block.tokens.subarray(0, size), i * SPLIT_BLOCK);
    });
    return { keys, tokens };
  }

  index(): ExampleIndex {
    return {
      path: this.options.path,
      examples: this.examples,
      prompts: this.prompts,
      values: this.options.quiet ? 'counts' : 'lines',
      count: this.histogram.count,
      tokens: this.histogram.total,
    };
  }

  /** Whole-file findings, then the report. */
  finish(bytes: number, tokensCounted: boolean): FileReport {
    const { role } = this.options;
    if (this.brokenStringFinding) this.brokenStringFinding = undefined;
    if (this.trailingBlankCount > 0) {
      const n = this.trailingBlankCount;
      this.addFinding(
        'warning',
        'trailing-blank-lines',
        n === 1
          ? 'is a blank line at the end of the file. Accepted, but some tools count it as an empty example.'
          : `starts ${n} blank lines at the end of the file. Accepted, but some tools count them as empty examples.`,
        'Delete the blank lines at the end of the file.',
        this.trailingBlank[0],
      );
    }
    if (this.crlfLines > 0) {
      this.addFinding(
        'warning',
        'crlf',
        `The file uses Windows line endings (CRLF) on ${this.crlfLines.toLocaleString('en-US')} line(s), from line ${this.firstCrlf}. Accepted; the uploaded copy uses LF.`,
        'Add `*.jsonl text eol=lf` to .gitattributes to keep line endings stable.',
      );
    }
    const examples = this.histogram.count;
    const formatErrors = this.formatFindings();
    this.summaryFindings(examples);
    if (role !== 'golden') this.systemFindings(examples);
    if (tokensCounted) this.outlierFindings();
    // Too few examples is not news when the lines are there but in another format or broken: the
    // findings above are the cause.
    const explained = formatErrors > 0 || examples + this.invalidLines >= MIN_EXAMPLES;
    if (role === 'training' && examples < MIN_EXAMPLES && !explained) {
      this.addFinding(
        'error',
        'too-few-examples',
        `The file has ${examples} example${examples === 1 ? '' : 's'}; Azure needs at least ${MIN_EXAMPLES} to fine-tune.`,
        'Add examples (a few hundred is a usual start for a fine-tune to change behavior).',
      );
    } else if (role === 'validation' && examples < MIN_EXAMPLES) {
      this.addFinding(
        'warning',
        'few-validation-examples',
        `The file has ${examples} example${examples === 1 ? '' : 's'}: the validation loss will be noisy.`,
        'Use at least 10 validation examples.',
      );
    }
    const stats: DatasetStats = {
      examples,
      turns: this.stats.turns,
      messagesByRole: { ...this.stats.roles },
      tokens: {
        total: this.histogram.total,
        p50: this.histogram.percentile(0.5),
        p95: this.histogram.percentile(0.95),
        max: this.histogram.max,
        mean: Math.round(this.histogram.mean * 10) / 10,
      },
      assistantTokens: this.stats.assistantTokens,
      trainedTokens: this.stats.trainedTokens,
      estimatedExamples: this.stats.estimated,
    };
    // Root causes first: the file's format, then errors, then warnings; within each, by line, with
    // findings about the whole file after the lines'.
    const rank = (f: Finding): number =>
      (f.code === 'format' ? 0 : 10) + (f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);
    const findings = [...this.findings].sort(
      (a, b) =>
        rank(a) - rank(b) || (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
    );
    const codes: Record<string, CodeCount> = {};
    for (const [code, c] of [...this.perCode].sort((a, b) => a[0].localeCompare(b[0])))
      codes[code] = { ...c };
    return {
      path: this.options.path,
      role,
      bytes,
      lines: this.lines,
      stats,
      findings,
      errors: this.errors,
      warnings: this.warnings,
      omitted: this.omitted,
      codes,
      formats: Object.fromEntries(
        this.formatLines.flatMap((f, i) =>
          f.count > 0 && FORMATS[i] !== 'unknown' ? [[FORMATS[i]!, f.count]] : [],
        ),
      ),
    };
  }

  /** One finding per format this file has that the run cannot take; returns how many are errors. */
  private formatFindings(): number {
    const role = this.options.role;
    const method = this.options.method ?? 'sft';
    const accepted = acceptedFormats(role, method);
    let errors = 0;
    const lines = this.formatLines.reduce((n, f) => n + f.count, 0);
    this.formatLines.forEach((f, i) => {
      const format = FORMATS[i]! as DatasetFormat;
      if (f.count === 0 || format === 'unknown') return;
      if (accepted.includes(format) && !(format === 'eval' && role !== 'golden')) return;
      if (format === 'eval' && role === 'golden') return;
      const advice = formatAdvice(format, {
        path: this.options.path,
        role,
        method,
        model: this.options.model?.id ?? 'the model',
        methods: this.options.model?.methods ?? ['sft'],
      });
      const share =
        f.count === lines
          ? `All ${f.count.toLocaleString('en-US')} lines are`
          : `${f.count.toLocaleString('en-US')} of ${lines.toLocaleString('en-US')} lines (${f.first.join(', ')}${f.count > f.first.length ? ', ...' : ''}) are`;
      const what =
        role === 'golden' ? 'a golden set' : method === 'dpo' ? 'DPO training' : 'chat fine-tuning';
      this.addFinding(
        'error',
        'format',
        `${share} ${advice.name}, which ${what} does not take as it is.`,
        advice.advice,
        undefined,
        { count: f.count, lines: f.first },
      );
      errors += 1;
    });
    if (
      method === 'dpo' &&
      role !== 'golden' &&
      this.options.model &&
      !this.options.model.methods.includes('dpo')
    ) {
      this.addFinding(
        'error',
        'method-unsupported',
        `training-method is dpo, but Azure offers ${this.options.model.id} ${this.options.model.methods.join(', ').toUpperCase()} only.`,
        'Set training-method: sft and train on chat examples, or choose a model that Azure fine-tunes with DPO.',
      );
    }
    return errors;
  }

  /** Findings that would flood the report one line at a time, said once with their first lines. */
  private summaryFindings(examples: number): void {
    const lines = (list: readonly number[], count: number): string =>
      `${list.join(', ')}${count > list.length ? ', ...' : ''}`;
    if (this.notUtf8Count > 0) {
      const first = this.notUtf8.map((x) => `line ${x.line}: ${x.detail}`).join('; ');
      this.addFinding(
        'error',
        'not-utf8',
        `${this.notUtf8Count.toLocaleString('en-US')} line${this.notUtf8Count === 1 ? ' is' : 's are'} not valid UTF-8 (${first}${this.notUtf8Count > this.notUtf8.length ? '; ...' : ''}): the file is probably in another encoding.`,
        'Save the file as UTF-8; for Windows-1252/Latin-1 text: `iconv -f cp1252 -t utf-8 in.jsonl > out.jsonl`.',
        undefined,
        { count: this.notUtf8Count, lines: this.notUtf8.map((x) => x.line) },
      );
    }
    if (this.duplicateCount > 0) {
      const pairs = this.duplicates.map(([line, first]) => `line ${line} = line ${first}`).join('; ');
      this.addFinding(
        'warning',
        'duplicate',
        `${this.duplicateCount.toLocaleString('en-US')} of ${examples.toLocaleString('en-US')} examples duplicate an earlier line (${pairs}${this.duplicateCount > this.duplicates.length ? '; ...' : ''}).`,
        'Keep one copy of each: a duplicate weighs its example twice and can leak into the validation split.',
        undefined,
        { count: this.duplicateCount, lines: this.duplicates.map(([line]) => line) },
      );
    }
    if (this.withoutUserCount > 0) {
      const all = this.withoutUserCount === examples;
      this.addFinding(
        'warning',
        'missing-user',
        all
          ? `No example in the file has a user message: the model learns answers to nothing it will be asked.`
          : `${this.withoutUserCount.toLocaleString('en-US')} of ${examples.toLocaleString('en-US')} examples have no user message (lines ${lines(this.withoutUser, this.withoutUserCount)}).`,
        'Add the user turn each assistant message answers.',
        undefined,
        { count: this.withoutUserCount, lines: this.withoutUser },
      );
    }
    const estimated = this.stats.estimated;
    if (estimated > 0) {
      this.addFinding(
        'notice',
        'estimated-tokens',
        `${estimated.toLocaleString('en-US')} example${estimated === 1 ? "'s token count is an estimate" : "s' token counts are estimates"} (lines ${lines(this.estimatedLines, estimated)}): tools, tool calls and tool messages are rendered by the service in a way no template publishes. Counted as: ${TOOL_RENDERING}`,
        undefined,
        undefined,
        { count: estimated, lines: this.estimatedLines },
      );
    }
    const golden = this.options.goldenLines;
    if (golden && this.leaked.size > 0) {
      let leakedExamples = 0;
      const pairs: string[] = [];
      const trainingLines: number[] = [];
      for (const [hash, line] of [...this.leaked].sort((a, b) => a[1] - b[1])) {
        const g = golden.get(hash);
        if (!g) continue;
        leakedExamples += g.count;
        if (pairs.length < SUMMARY_LINES) {
          pairs.push(`golden line ${g.line} = line ${line}`);
          trainingLines.push(line);
        }
      }
      const total = Math.max(this.options.goldenExamples ?? leakedExamples, leakedExamples, 1);
      const share = leakedExamples / total;
      const threshold = this.options.goldenLeakageShare ?? DEFAULT_GOLDEN_LEAKAGE_SHARE;
      const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;
      this.addFinding(
        share > threshold ? 'error' : 'warning',
        'golden-contamination',
        `${leakedExamples.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} golden examples (${percent(share)}) ask a question that is in this file (${pairs.join('; ')}${this.leaked.size > pairs.length ? '; ...' : ''}): an evaluation on training data measures memorization, not the fine-tune. ${share > threshold ? 'Above' : 'At or below'} the ${percent(threshold)} allowed by golden-leakage-share.`,
        `Keep those questions in one of the two files: move them out of ${this.options.goldenPath ?? 'the golden set'} or out of this file.`,
        undefined,
        { count: leakedExamples, lines: trainingLines },
      );
    }
  }

  private systemFindings(examples: number): void {
    if (examples === 0) return;
    if (this.withSystem === 0) {
      this.addFinding(
        'warning',
        'missing-system',
        `No example in the file has a system message. Fine if the deployed model is called without one too; otherwise the fine-tune learns behavior for a prompt it will never see.`,
        'Add the system prompt you will use in production to every example.',
      );
    } else if (this.withoutSystemCount > 0) {
      for (const line of this.withoutSystem) {
        this.addFinding(
          'warning',
          'missing-system',
          `has no system message, while ${this.withSystem.toLocaleString('en-US')} other example(s) have one.`,
          'Use the same system prompt in every example (the one you deploy with).',
          line,
        );
      }
      const rest = this.withoutSystemCount - this.withoutSystem.length;
      if (rest > 0) {
        this.warnings += rest;
        this.omitted += rest;
      }
    }
    const variants = [...this.systemVariants].sort((a, b) => b.count - a.count);
    if (variants.length > 1) {
      const shown = variants
        .slice(0, 5)
        .map((v) => `${v.count}x from line ${v.firstLine}: "${v.preview}"`)
        .join('; ');
      const total = this.systemVariantsOverflow
        ? `more than ${MAX_SYSTEM_VARIANTS}`
        : String(variants.length);
      this.addFinding(
        'warning',
        'system-prompt-variants',
        `The file has ${total} different system prompts (${shown}${variants.length > 5 ? '; ...' : ''}). The model learns each variant; production uses one.`,
        'Use one system prompt (the production one) unless the variation is intended.',
      );
    }
  }

  private outlierFindings(): void {
    const h = this.histogram;
    if (h.count < 20) return;
    const q1 = h.percentile(0.25);
    const q3 = h.percentile(0.75);
    const threshold = Math.max(q3 + 3 * (q3 - q1), 2 * h.percentile(0.5));
    const outliers = this.longest.filter((x) => x.tokens > threshold).sort((a, b) => b.tokens - a.tokens);
    for (const o of outliers) {
      this.addFinding(
        'warning',
        'token-outlier',
        `is ${o.tokens.toLocaleString('en-US')} tokens, far above the file's median of ${h.percentile(0.5).toLocaleString('en-US')} (outlier threshold ${Math.round(threshold).toLocaleString('en-US')}: Q3 + 3 IQR).`,
        'Check it is not several examples glued together, a pasted document or a runaway answer.',
        o.line,
      );
    }
  }

  /**
   * One line of this file against the base revision, as multisets: a base line is matched at most once,
   * so a duplicate added in this file is an addition, not a second "unchanged". Unchanged: a base line
   * with the same example is still free. Changed: none is, but a base line with the same prompt is
   * (another answer). When an exact match finds that prompt taken by an earlier "changed" line, that line
   * was an addition after all (the base example it was paired with is this one), whatever the order.
   */
  private countDiff(
    base: ExampleIndex,
    exHi: number,
    exLo: number,
    hasPrompt: boolean,
    prHi: number,
    prLo: number,
  ): void {
    const available = (table: HashTable64, used: HashTable64, hi: number, lo: number): boolean => {
      const total =
        base.values === 'counts' ? (table.lookup(hi, lo) ?? 0) : table.lookup(hi, lo) === undefined ? 0 : 1;
      return (used.lookup(hi, lo) ?? 0) < total;
    };
    const used = this.baseUsed;
    const promptFree = hasPrompt && available(base.prompts, used.prompts, prHi, prLo);
    if (available(base.examples, used.examples, exHi, exLo)) {
      used.examples.add(exHi, exLo, 1);
      this.diffCounts.unchanged += 1;
      if (!hasPrompt) return;
      if (promptFree) used.prompts.add(prHi, prLo, 1);
      else if (this.diffCounts.changed > 0) {
        this.diffCounts.changed -= 1;
        this.diffCounts.added += 1;
      }
    } else if (promptFree) {
      used.prompts.add(prHi, prLo, 1);
      this.diffCounts.changed += 1;
    } else {
      this.diffCounts.added += 1;
    }
  }

  /**
   * Examples added, changed (same prompt, different answer) and unchanged against the base revision; they
   * add up: base examples = unchanged + changed + removed, and this file = unchanged + changed + added.
   */
  diff(): DiffCounts {
    const base = this.options.base;
    if (!base) return { ...this.diffCounts };
    const removed = Math.max(0, base.count - this.diffCounts.unchanged - this.diffCounts.changed);
    return { ...this.diffCounts, removed };
  }
}
