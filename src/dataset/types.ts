/** Shapes shared by the dataset core and its readers (validate, train, evaluate). */

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  /** 0 or 1 on assistant messages: whether the message is trained on. */
  weight?: 0 | 1;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  name?: string;
  /** Phi-4-mini's template reads tool definitions from a `tools` string on the system message. */
  tools?: unknown;
}

export type Severity = 'error' | 'warning' | 'notice';

/** One problem found in a file; `line` is 1-based and absent for findings about the whole file. */
export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. `not-json`, `missing-assistant`, `duplicate`. */
  code: string;
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Path relative to the repository root. */
  file: string;
  line?: number;
  /** A summary finding: how many lines (or examples) it stands for ... */
  count?: number;
  /** ... and the first of those lines. */
  lines?: number[];
}

/** Findings of one code in a file: how many there were, and how many are listed. */
export interface CodeCount {
  severity: Severity;
  /** Occurrences (a summary finding counts every line it stands for). */
  total: number;
  /** Findings listed in `findings`. */
  shown: number;
}

/** One golden-set item: the prompt to send and the acceptable answers. */
export interface GoldenExample {
  /** 1-based line in the golden file. */
  line: number;
  /** Stable id: hash of the prompt messages, so reports and bootstrap pairs line up across runs. */
  id: string;
  /** Messages sent to the endpoint (everything before the reference answer). */
  messages: ChatMessage[];
  /** Acceptable answers; metrics take the best over them. */
  expected: string[];
}

export interface GoldenSet {
  file: string;
  examples: GoldenExample[];
  findings: Finding[];
}

/** Which part of the training run a file feeds. */
export type DatasetRole = 'training' | 'validation' | 'golden';

/** Token-length distribution of one file's examples (exact counts with the model's tokenizer). */
export interface TokenStats {
  total: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export interface DatasetStats {
  examples: number;
  /** Assistant replies (one user -> assistant exchange each). */
  turns: number;
  messagesByRole: Record<ChatMessage['role'], number>;
  tokens: TokenStats;
  /** Tokens of assistant messages (content and end marker). */
  assistantTokens: number;
  /** Assistant tokens with weight 1: what the loss is computed on. */
  trainedTokens: number;
  /** Examples whose count rests on the tool-call rendering assumption (not exact). */
  estimatedExamples: number;
}

export interface FileReport {
  /** Path relative to the repository root. */
  path: string;
  role: DatasetRole;
  bytes: number;
  lines: number;
  stats: DatasetStats;
  /** Findings kept for the report (all errors and warnings, up to a cap per code). */
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Findings counted but not listed (over the per-code cap). */
  omitted: number;
  /** Per finding code: severity, occurrences and findings listed. */
  codes: Record<string, CodeCount>;
  /** Lines per dataset format recognised (see formats.ts), e.g. {"chat": 120}. */
  formats: Record<string, number>;
}

export interface SplitReport {
  ratio: number;
  seed: string;
  training: number;
  validation: number;
}

export interface DiffReport {
  /** The base revision compared with. */
  ref: string;
  path: string;
  role: DatasetRole;
  /** The file did not exist at the base revision. */
  newFile: boolean;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  baseExamples: number;
  baseTokens: number;
  tokenDelta: number;
}

export interface TrainingEstimate {
  /** Examples trained on (after the split). */
  examples: number;
  /** Tokens of those examples, once. */
  tokens: number;
  /** Examples among them whose count rests on the assumed tool rendering (then `tokens` is an estimate). */
  estimatedExamples: number;
  epochs: number;
  epochsSource: 'input' | 'rule';
  /** Tokens x epochs. */
  billedTokens: number;
  pricePer1kTokens?: number;
  cost?: number;
}

export interface ValidationReport {
  ok: boolean;
  model: string;
  /** How the run trains: sft (chat examples) or dpo (preference pairs). */
  method: 'sft' | 'dpo';
  /** How lines were analyzed: the tokenizer, and the threads that ran the checks and counts. */
  tokenizer: {
    name: string;
    loadMs: number;
    /** Every count is exact; false when some rest on `assumedRendering`. */
    exact: boolean;
    threads: number;
    /** The rendering of tools assumed for counts that are estimates (only when some are). */
    assumedRendering?: string;
  };
  files: FileReport[];
  errors: number;
  warnings: number;
  split?: SplitReport;
  diff: DiffReport[];
  estimate: TrainingEstimate;
  /** Wall-clock milliseconds of the whole validation. */
  elapsedMs: number;
}
