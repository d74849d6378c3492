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
