/**
 * The per-line core of validation: bytes of one line in, everything the checks need out. Pure apart
 * from the tokenizer's memo, so it runs the same on the main thread and in workers.
 */
import { isUtf8 } from 'node:buffer';
import type { AddedToken, ChatTemplate, ModelInfo, TrainingMethod } from '../models/catalog.ts';
import { hash64, hashBytes, hashHex, type Hash64 } from './hash.ts';
import { LINE_TOO_LONG } from './lines.ts';
import { classifyUnparsable, jsonType, opensBrokenString } from './shape.ts';
import { acceptedFormats, detectFormat, formatIndex } from './formats.ts';
import { addedTokenMatcher, countWithTemplate } from './tokenizer/chat-template.ts';
import type { TextTokenizer } from './tokenizer/types.ts';
import type { ChatMessage, DatasetRole, Severity } from './types.ts';

/** The model facts the checks use (a structured-clone-safe subset of ModelInfo). */
export interface ModelFacts {
  id: string;
  template: ChatTemplate;
  contextLength: number;
  supportsToolCalls: boolean;
  /** The tokenizer's added tokens, complete: the template counts them, the checks look for them. */
  addedTokens: readonly AddedToken[];
  methods: readonly TrainingMethod[];
}

/** The facts of a catalog model that the checks use. */
export function modelFacts(model: ModelInfo): ModelFacts {
  return {
    id: model.id,
    template: model.template,
    contextLength: model.contextLength,
    supportsToolCalls: model.supportsToolCalls,
    addedTokens: model.addedTokens,
    methods: model.methods,
  };
}

export interface AnalyzeOptions {
  role: DatasetRole;
  model: ModelFacts;
  /** When absent, structural checks only (no token counts). */
  tokenizer?: TextTokenizer;
  /** When set, each example gets a split key (see split.ts). */
  splitSeed?: string;
  /** Also hash each example's prompt (for the diff against the base revision: changed answers). */
  promptHashes?: boolean;
  /** How the run trains (default sft): which format the training and validation files must have. */
  method?: TrainingMethod;
  /** Hashes of golden-set questions (normalized last user message): training lines that contain one are contaminated. */
  goldenQuestions?: ReadonlySet<string>;
  maxLineBytes: number;
}

export interface LineFinding {
  severity: Severity;
  code: string;
  message: string;
  hint?: string;
}

export interface LineResult {
  line: number;
  kind: 'example' | 'blank' | 'invalid';
  /** Index into FORMATS of the line's format (0: not an object, or unknown). */
  format: number;
  findings: LineFinding[];
  /** The line starts an object and ends inside a string (a raw line break splits the example). */
  opensObject: boolean;
  /** The line ends with `}` (the last piece of an example split by raw line breaks). */
  closesObject: boolean;
  tokens: number;
  assistantTokens: number;
  trainedTokens: number;
  estimated: boolean;
  /** Messages per role: system, user, assistant, tool. */
  roles: [number, number, number, number];
  example?: Hash64;
  prompt?: Hash64;
  splitKey?: number;
  /** The first system message's text, and its hash (system-prompt variants). */
  system?: string;
  systemHash?: Hash64;
  hasSystem: boolean;
  hasUser: boolean;
  /** Golden questions this training example contains (hex hashes). */
  contaminates?: string[];
  /** Golden lines only: the parsed item. */
  golden?: { messages: ChatMessage[]; expected: string[] };
}

const ROLES = ['system', 'user', 'assistant', 'tool'] as const;
const MESSAGE_KEYS = new Set(['role', 'content', 'weight', 'tool_calls', 'tool_call_id', 'name', 'tools']);
const EXAMPLE_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls']);
const GOLDEN_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls', 'expected', 'id', 'metadata']);
const ROLE_SUGGESTIONS: Record<string, string> = {
  human: 'user',
  gpt: 'assistant',
  bot: 'assistant',
  ai: 'assistant',
  model: 'assistant',
  chatbot: 'assistant',
  function: 'tool',
  developer: 'system',
};

/** Normalized text for question matching: case, whitespace and surrounding punctuation do not matter. */
export function normalizeQuestion(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function questionHash(text: string): string {
  return hashHex(hash64(normalizeQuestion(text)));
}

/** Canonical text of messages for hashing: role, content, tool calls and weight, in order. */
export function canonicalMessages(messages: readonly ChatMessage[]): string {
  let s = '';
  for (const m of messages) {
    s += `${m.role}\u0000${typeof m.content === 'string' ? m.content : ''}\u0000`;
    if (m.tool_calls) s += JSON.stringify(m.tool_calls);
    if (m.tool_call_id) s += `\u0000${m.tool_call_id}`;
    if (m.weight !== undefined) s += `\u0000w${m.weight}`;
    s += '\u0001';
  }
  return s;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function invalidUtf8Column(bytes: Uint8Array): { column: number; byte: number } {
  // Binary search for the longest valid prefix (isUtf8 is fast); the first byte after it is the culprit.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (isUtf8(bytes.subarray(0, mid)) || isTruncatedSequence(bytes.subarray(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return { column: lo + 1, byte: bytes[lo] ?? 0 };
}

function isTruncatedSequence(bytes: Uint8Array): boolean {
  // A prefix cut inside a valid multi-byte character is not an error of the file.
  try {
    decoder.decode(bytes, { stream: true });
    decoder.decode();
    return true;
  } catch {
    decoder.decode();
    return false;
  }
}

function emptyResult(line: number, kind: LineResult['kind']): LineResult {
  return {
    line,
    kind,
    format: 0,
    findings: [],
    opensObject: false,
    closesObject: false,
    tokens: 0,
    assistantTokens: 0,
    trainedTokens: 0,
    estimated: false,
    roles: [0, 0, 0, 0],
    hasSystem: false,
    hasUser: false,
  };
}

/** 64-bit hash of a line's bytes: the example's identity for duplicates, overlap and the diff. */
export function lineHash(bytes: Uint8Array, start = 0, end = bytes.length): Hash64 {
  return hashBytes(bytes, start, end);
}

const seedHashes = new Map<string, Hash64>();

/**
 * A line's split key (see split.ts): the line hash mixed with the seed's hash (a murmur3 finalizer per
 * half), 48 bits so it is exact as a double. Identical lines get identical keys; ties go by line number.
 */
export function splitKeyOf(seed: string, line: Hash64): number {
  let s = seedHashes.get(seed);
  if (!s) {
    s = hash64(seed);
    seedHashes.set(seed, s);
  }
  const hi = fmix32((line.hi ^ s.hi) >>> 0, line.lo);
  const lo = fmix32((line.lo ^ s.lo) >>> 0, hi);
  return (hi >>> 0) * 65536 + (lo >>> 16);
}

function fmix32(h: number, salt: number): number {
  h = (h ^ Math.imul(salt, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The last system prompt hashed on this thread: consecutive examples usually share it. */
let lastSystem: { text: string; hash: Hash64 } | undefined;

function systemHash(text: string): Hash64 {
  if (lastSystem?.text !== text) lastSystem = { text, hash: hash64(text) };
  return lastSystem.hash;
}

/** How a system prompt is shown in a report. */
export function systemPreview(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Spaces, tabs and carriage returns only: not an example. */
export function isBlankLine(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

/** Analyzes one line. `flags` are the splitter's LINE_* flags; `length` the line's original byte length. */
export function analyzeLine(
  bytes: Uint8Array,
  line: number,
  flags: number,
  length: number,
  options: AnalyzeOptions,
): LineResult {
  if (flags & LINE_TOO_LONG) {
    const r = emptyResult(line, 'invalid');
    const head = Buffer.from(bytes).toString('utf8').slice(0, 40);
    r.findings.push({
      severity: 'error',
      code: 'line-too-long',
      message: `is ${length.toLocaleString('en-US')} bytes long, over the ${options.maxLineBytes.toLocaleString('en-US')}-byte limit for one example (it starts \`${head}\`).`,
      hint: 'A line this long is usually a whole JSON document on one line, or a file that is not JSON Lines. Split it into one example per line.',
    });
    return r;
  }
  if (isBlankLine(bytes)) return emptyResult(line, 'blank');

  if (!isUtf8(bytes)) {
    const r = emptyResult(line, 'invalid');
    const { column, byte } = invalidUtf8Column(bytes);
    r.findings.push({
      severity: 'error',
      code: 'not-utf8',
      message: `is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte ${column}).`,
      hint: 'Save the file as UTF-8 (for Windows-1252/Latin-1 text: `iconv -f cp1252 -t utf-8 in.jsonl > out.jsonl`).',
    });
    return r;
  }
  if (bytes.indexOf(0) >= 0) {
    const r = emptyResult(line, 'invalid');
    r.findings.push({
      severity: 'error',
      code: 'nul-bytes',
      message: 'contains NUL bytes (0x00).',
      hint: 'JSON Lines is text; NUL bytes usually mean a binary file or a UTF-16 file. Save it as UTF-8 text.',
    });
    return r;
  }

  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return analyzeText(text, bytes, 0, bytes.length, line, options);
}

/**
 * Analyzes one non-blank line already checked as UTF-8 without NUL bytes: `text` is its decoded
 * content, `bytes[start, end)` its bytes (hashed for the example's identity).
 */
export function analyzeText(
  text: string,
  bytes: Uint8Array,
  start: number,
  end: number,
  line: number,
  options: AnalyzeOptions,
): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const error = (e as Error).message;
    const r = emptyResult(line, 'invalid');
    r.opensObject = opensBrokenString(text, error);
    r.closesObject = text.trimEnd().endsWith('}');
    const verdict = classifyUnparsable(text, error, false);
    r.findings.push({ severity: 'error', ...verdict });
    return r;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const r = emptyResult(line, 'invalid');
    r.findings.push({
      severity: 'error',
      code: 'not-object',
      message: `is ${jsonType(value)}, not a JSON object with \`messages\`.`,
      hint: Array.isArray(value)
        ? 'Each line must be one example object; for an array of examples, put each on its own line.'
        : 'Each line must be an object like {"messages": [{"role": "user", "content": "..."}, ...]}.',
    });
    return r;
  }
  const obj = value as Record<string, unknown>;
  const format = detectFormat(obj);
  const r = emptyResult(line, 'example');
  r.format = formatIndex(format);
  const method = options.method ?? 'sft';
  const accepted = acceptedFormats(options.role, method);
  const usable =
    format === 'unknown' ||
    (accepted.includes(format) && !(format === 'eval' && !Array.isArray(obj.messages)));
  if (!usable) {
    // Another format: the file-level finding names it and the conversion; a per-line "unknown key"
    // would only suggest deleting data.
    r.kind = 'invalid';
    return r;
  }
  r.example = lineHash(bytes, start, end);
  if (options.splitSeed !== undefined) r.splitKey = splitKeyOf(options.splitSeed, r.example);
  if (format === 'dpo') checkPreference(obj, options, r);
  else checkExample(obj, options, r);
  for (const f of r.findings) if (f.severity === 'error' && STRUCTURAL.has(f.code)) r.kind = 'invalid';
  return r;
}

/** Errors after which the line is not a usable example (no token counts, no stats). */
const STRUCTURAL = new Set([
  'missing-messages',
  'messages-not-array',
  'empty-messages',
  'message-not-object',
  'bad-preference',
]);

function error(f: LineFinding[], code: string, message: string, hint?: string): void {
  f.push({ severity: 'error', code, message, hint });
}

function warn(f: LineFinding[], code: string, message: string, hint?: string): void {
  f.push({ severity: 'warning', code, message, hint });
}

interface ParsedMessages {
  messages: ChatMessage[];
  assistantCount: number;
  zeroWeights: number;
}

/**
 * Checks a list of messages (an example's, or a DPO prompt's or output's): each message's keys, role,
 * content, weight and tool calls, and the order of roles. `where` prefixes each message's name (e.g.
 * `preferred_output `); `roles` are the roles allowed there. Undefined when a message is not an object.
 */
function checkMessages(
  list: unknown[],
  options: AnalyzeOptions,
  r: LineResult,
  where = '',
  roles: readonly string[] = ROLES,
  callIds = new Set<string>(),
): ParsedMessages | undefined {
  const { model } = options;
  const f = r.findings;
  const messages: ChatMessage[] = [];
  let previousRole: string | undefined;
  let assistantCount = 0;
  let zeroWeights = 0;
  for (let i = 0; i < list.length; i++) {
    const at = `${where}message ${i + 1}`;
    const m = list[i] as unknown;
    if (m === null || typeof m !== 'object' || Array.isArray(m)) {
      error(
        f,
        'message-not-object',
        `${at} is ${jsonType(m)}, not an object.`,
        'Each message is {"role": ..., "content": ...}.',
      );
      return undefined;
    }
    const msg = m as Record<string, unknown>;
    const roleValue = msg.role;
    for (const key in msg) {
      if (!MESSAGE_KEYS.has(key) || (key === 'tools' && roleValue !== 'system')) {
        error(
          f,
          'unknown-key',
          `${at} has a key \`${key}\` that Azure's chat format does not have (it has role, content, weight, tool_calls, tool_call_id, name); the service rejects the line.`,
          key === 'text' || key === 'message' || key === 'value'
            ? `If it holds the message text, rename it to \`content\`.`
            : 'Move what it says into the content, or keep it in a separate file (for example metadata keyed by line).',
        );
      }
    }
    if (roleValue === undefined) {
      error(f, 'missing-role', `${at} has no \`role\`.`, 'Set role to system, user or assistant.');
      continue;
    }
    if (typeof roleValue !== 'string' || !roles.includes(roleValue)) {
      if (roleValue === 'developer') {
        error(
          f,
          'developer-role',
          `${at} has role \`developer\`: OpenAI's name for the system role in its newer models. Azure's chat fine-tuning of ${model.id} takes \`system\`.`,
          'Rename the role to "system" (`foundry-finetune convert` does it for the whole file).',
        );
        continue;
      }
      const suggestion =
        typeof roleValue === 'string' ? ROLE_SUGGESTIONS[roleValue.toLowerCase()] : undefined;
      error(
        f,
        'unknown-role',
        `${at} has ${typeof roleValue === 'string' && (ROLES as readonly string[]).includes(roleValue) ? 'a role not allowed here,' : 'an unknown role'} ${JSON.stringify(roleValue)}.`,
        suggestion
          ? `Use "${suggestion}" (roles are ${roles.join(', ')}).`
          : `Roles here are ${roles.join(', ')}.`,
      );
      continue;
    }
    const roleName = roleValue as ChatMessage['role'];
    const toolCalls = msg.tool_calls;
    const hasToolCalls = Array.isArray(toolCalls) && toolCalls.length > 0;
    const content = msg.content;
    if (!('content' in msg)) {
      if (!(roleName === 'assistant' && hasToolCalls)) {
        error(
          f,
          'missing-content',
          `${at} (${roleName}) has no \`content\`.`,
          'Add the message text as `content`.',
        );
      }
    } else if (typeof content !== 'string') {
      if (!(content === null && roleName === 'assistant' && hasToolCalls)) {
        error(
          f,
          'non-string-content',
          `${at} (${roleName}) has content that is ${jsonType(content)}, not a string.`,
          Array.isArray(content)
            ? 'Text fine-tuning takes content as one string: join the text parts into it (images cannot be trained on by this model).'
            : 'Write the content as a string.',
        );
      }
    } else if (content.trim() === '' && !(roleName === 'assistant' && hasToolCalls)) {
      error(
        f,
        'empty-content',
        `${at} (${roleName}) has empty content.`,
        'Write the message text, or remove the empty message.',
      );
    }
    if (typeof content === 'string') {
      const token = addedTokenMatcher(model.addedTokens).find(content);
      if (token) {
        error(
          f,
          'special-token',
          `${at} (${roleName}) contains \`${token.content}\`: ${model.id}'s tokenizer reads that text as its added token ${token.id}, not as text (counted so here).`,
          `Write it so the tokenizer sees text (e.g. \`${token.content.replace(/^<\|?/, (p) => `${p} `)}\`); if a template was pasted into the data, keep only the message text.`,
        );
      }
    }
    if ('weight' in msg) {
      const weight = msg.weight;
      if (weight !== 0 && weight !== 1) {
        error(
          f,
          'bad-weight',
          `${at} has weight ${JSON.stringify(weight)}; weight must be 0 or 1.`,
          'Use 1 to train on the message, 0 to skip it.',
        );
      } else if (roleName !== 'assistant') {
        error(
          f,
          'weight-not-on-assistant',
          `${at} (${roleName}) has a weight; only assistant messages take one.`,
          'Move the weight to the assistant message it is meant for; on other roles it has no effect.',
        );
      } else if (weight === 0) {
        zeroWeights += 1;
      }
    }
    if (toolCalls !== undefined || roleName === 'tool') {
      if (!model.supportsToolCalls) {
        error(
          f,
          'tools-unsupported',
          `${at} (${roleName}) ${roleName === 'tool' ? 'is a tool result' : 'has tool calls'}, but ${model.id} is not fine-tuned with tool calling.`,
          'Fine-tune Phi-4-mini-instruct (model: Phi-4-mini-instruct), which takes tool calls.',
        );
      }
    }
    if (toolCalls !== undefined) checkToolCalls(toolCalls, at, roleName, callIds, f);
    if (roleName === 'tool') {
      const id = msg.tool_call_id;
      if (typeof id !== 'string' || !callIds.has(id)) {
        error(
          f,
          'unmatched-tool-call-id',
          typeof id === 'string'
            ? `${at} (tool) answers tool_call_id ${JSON.stringify(id)}, which no earlier assistant tool call has.`
            : `${at} (tool) has no \`tool_call_id\`.`,
          'Set tool_call_id to the id of the assistant tool call this message answers.',
        );
      }
    }
    if (previousRole === roleName && roleName === 'assistant') {
      // Azure's chat fine-tuning rejects two assistant messages in a row ("contains invalid schema"):
      // microsoft-foundry/fine-tuning issue #23 (2026-03-06), where a tool call and the answer were
      // two assistant messages without the tool result between them.
      error(
        f,
        'consecutive-assistant',
        `${at} is a second assistant message in a row; Azure's fine-tuning rejects that.`,
        'Merge the two into one assistant message, or add the turn between them (a tool result after a tool call, or the user turn).',
      );
    } else if (previousRole === roleName && roleName !== 'tool') {
      warn(
        f,
        'consecutive-role',
        `${at} is a second ${roleName} message in a row.`,
        'Merge the two messages, or add the missing turn between them.',
      );
    }
    previousRole = roleName;
    if (roleName === 'assistant') assistantCount += 1;
    r.roles[ROLES.indexOf(roleName)]! += 1;
    const message: ChatMessage = { role: roleName, content: typeof content === 'string' ? content : null };
    if (msg.weight === 0 || msg.weight === 1) message.weight = msg.weight;
    if (Array.isArray(toolCalls)) message.tool_calls = toolCalls as ChatMessage['tool_calls'];
    if (typeof msg.tool_call_id === 'string') message.tool_call_id = msg.tool_call_id;
    if (roleName === 'system' && msg.tools !== undefined) message.tools = msg.tools;
    messages.push(message);
  }
  return { messages, assistantCount, zeroWeights };
}

function checkKeys(
  obj: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  f: LineFinding[],
  where = '',
): void {
  for (const key in obj) {
    if (allowed.has(key)) continue;
    error(
      f,
      'unknown-key',
      `has a key \`${where}${key}\` that Azure's format does not have (it has ${[...allowed].join(', ')}); the service rejects the line.`,
      'Keep what it holds in a separate file (for example metadata keyed by line), or move it into a message.',
    );
  }
}

/** The token count, context check and golden-question hashes of a parsed example. */
function countExample(
  messages: readonly ChatMessage[],
  tools: unknown,
  options: AnalyzeOptions,
  r: LineResult,
  forGeneration: boolean,
): { total: number; assistant: number; trained: number; exact: boolean } | undefined {
  if (!options.tokenizer) return undefined;
  const tokenizer = options.tokenizer;
  const facts = { template: options.model.template, matcher: addedTokenMatcher(options.model.addedTokens) };
  const count = countWithTemplate(messages, facts, (t) => tokenizer.count(t), { tools, forGeneration });
  if (count.total > options.model.contextLength) {
    error(
      r.findings,
      'over-context',
      `is ${count.total.toLocaleString('en-US')} tokens, over ${options.model.id}'s context of ${options.model.contextLength.toLocaleString('en-US')}.`,
      'Split the conversation into several examples at a user turn (each keeps the system prompt); the service truncates or rejects it as it is.',
    );
  }
  return count;
}

function systemOf(messages: readonly ChatMessage[], r: LineResult): void {
  r.hasSystem = r.roles[0] > 0;
  r.hasUser = r.roles[1] > 0;
  if (!r.hasSystem) return;
  let system = '';
  for (const m of messages) {
    if (m.role === 'system') {
      system = m.content ?? '';
      break;
    }
  }
  r.system = system;
  r.systemHash = systemHash(system);
}

function goldenHits(messages: readonly ChatMessage[], options: AnalyzeOptions, r: LineResult): void {
  if (!options.goldenQuestions || options.goldenQuestions.size === 0 || options.role === 'golden') return;
  for (const m of messages) {
    if (m.role !== 'user' || typeof m.content !== 'string') continue;
    const h = questionHash(m.content);
    if (options.goldenQuestions.has(h)) (r.contaminates ??= []).push(h);
  }
}

function checkExample(obj: Record<string, unknown>, options: AnalyzeOptions, r: LineResult): void {
  const { model, role } = options;
  const f = r.findings;

  checkKeys(obj, role === 'golden' ? GOLDEN_KEYS : EXAMPLE_KEYS, f);
  const messagesValue = obj.messages;
  if (messagesValue === undefined) {
    error(
      f,
      'missing-messages',
      'has no `messages` key.',
      'Each line is {"messages": [...]}; if the file is in another tool\'s format, `foundry-finetune convert` may map it.',
    );
    return;
  }
  if (!Array.isArray(messagesValue)) {
    error(
      f,
      'messages-not-array',
      `has \`messages\` as ${jsonType(messagesValue)}, not a list.`,
      'Make `messages` a list of {role, content} objects.',
    );
    return;
  }
  if (messagesValue.length === 0) {
    error(
      f,
      'empty-messages',
      'has an empty `messages` list.',
      'Add at least a user and an assistant message.',
    );
    return;
  }
  if (obj.tools !== undefined && !model.supportsToolCalls) {
    error(
      f,
      'tools-unsupported',
      `defines \`tools\`, but ${model.id} is not fine-tuned with tool calling.`,
      'Fine-tune Phi-4-mini-instruct (model: Phi-4-mini-instruct), which takes tools and tool calls.',
    );
  }
  const parsed = checkMessages(messagesValue, options, r);
  if (!parsed) return;
  const { messages, assistantCount, zeroWeights } = parsed;
  const last = messages[messages.length - 1];

  let promptMessages = messages;
  if (role === 'golden' && 'expected' in obj) {
    const expected = obj.expected;
    const answers =
      typeof expected === 'string' ? [expected] : Array.isArray(expected) ? expected : undefined;
    if (!answers || answers.length === 0 || answers.some((a) => typeof a !== 'string' || a.trim() === '')) {
      error(
        f,
        'bad-expected',
        '`expected` must be a non-empty string or a list of non-empty strings (acceptable answers).',
        'Write the reference answer as a string, or several acceptable answers as a list of strings.',
      );
    }
    if (last && last.role !== 'user') {
      error(
        f,
        'not-ending-with-user',
        `ends with a ${last.role} message; a golden prompt with \`expected\` must end with the user's question.`,
        "End the messages with the user's question and keep the reference answer in `expected` (or, without `expected`, end with the assistant reference).",
      );
    }
    r.golden = { messages, expected: (answers ?? []).filter((a): a is string => typeof a === 'string') };
  } else {
    if (assistantCount === 0) {
      error(
        f,
        'no-assistant',
        'has no assistant message: there is nothing to learn.',
        'Add the assistant reply the model should learn.',
      );
    } else if (last && last.role !== 'assistant') {
      error(
        f,
        'not-ending-with-assistant',
        `ends with a ${last.role} message; an example must end with the assistant reply.`,
        'Add the assistant reply to the last turn (or, if the turn belongs to the next example, move it there).',
      );
    } else if (zeroWeights === assistantCount && role !== 'golden') {
      warn(
        f,
        'all-weights-zero',
        'has weight 0 on every assistant message: nothing in it is trained.',
        'Set weight 1 on the assistant message(s) the model should learn.',
      );
    }
    if (last?.role === 'assistant') promptMessages = messages.slice(0, -1);
    if (role === 'golden' && last?.role === 'assistant') {
      r.golden = {
        messages: promptMessages,
        expected: [typeof last.content === 'string' ? last.content : ''],
      };
    }
  }

  if (options.promptHashes) r.prompt = hash64(canonicalMessages(promptMessages));
  systemOf(messages, r);
  goldenHits(messages, options, r);
  const count = countExample(messages, obj.tools, options, r, role === 'golden' && r.golden !== undefined);
  if (count) {
    r.tokens = count.total;
    r.assistantTokens = count.assistant;
    r.trainedTokens = count.trained;
    r.estimated = !count.exact;
  }
}

const DPO_KEYS = new Set(['input', 'preferred_output', 'non_preferred_output']);
const DPO_INPUT_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls']);
const OUTPUT_ROLES = ['assistant', 'tool'];

/**
 * A DPO preference pair in Azure's shape (NOTES section 5, from Azure's DPO article): `input.messages`
 * is the prompt, ending with the turn the outputs answer; `preferred_output` and
 * `non_preferred_output` are lists of assistant (and tool) messages, each with an assistant message;
 * the two must differ, or the pair teaches nothing. Tokens: both sequences, prompt + each output
 * (the pair is trained as two sequences); trained tokens: the two outputs.
 */
function checkPreference(obj: Record<string, unknown>, options: AnalyzeOptions, r: LineResult): void {
  const f = r.findings;
  checkKeys(obj, DPO_KEYS, f);
  const input = obj.input as Record<string, unknown>;
  checkKeys(input, DPO_INPUT_KEYS, f, 'input.');
  const bad = (message: string, hint: string): void => error(f, 'bad-preference', message, hint);
  if (!Array.isArray(input.messages) || input.messages.length === 0) {
    bad(
      'has no prompt: `input.messages` must be a non-empty list of messages.',
      'Put the conversation up to the answer in input.messages.',
    );
    return;
  }
  const outputs: [string, unknown][] = [
    ['preferred_output', obj.preferred_output],
    ['non_preferred_output', obj.non_preferred_output],
  ];
  for (const [key, value] of outputs) {
    if (!Array.isArray(value) || value.length === 0) {
      bad(
        `has ${value === undefined ? `no \`${key}\`` : `\`${key}\` that is not a non-empty list`}: a DPO pair needs both outputs.`,
        `Write ${key} as a list of assistant messages, e.g. [{"role": "assistant", "content": "..."}].`,
      );
      return;
    }
  }
  const callIds = new Set<string>();
  const prompt = checkMessages(input.messages, options, r, 'input ', ROLES, callIds);
  if (!prompt) return;
  const last = prompt.messages[prompt.messages.length - 1];
  if (last && last.role !== 'user' && last.role !== 'tool') {
    error(
      f,
      'not-ending-with-user',
      `has a prompt that ends with a ${last.role} message; the outputs answer the prompt's last turn.`,
      'End input.messages with the user turn (or tool result) that the two outputs answer.',
    );
  }
  const answers: ChatMessage[][] = [];
  for (const [key, value] of outputs) {
    const parsed = checkMessages(value as unknown[], options, r, `${key} `, OUTPUT_ROLES, new Set(callIds));
    if (!parsed) return;
    if (parsed.assistantCount === 0) {
      bad(`has no assistant message in \`${key}\`.`, `Give ${key} the assistant answer.`);
    }
    answers.push(parsed.messages);
  }
  if (canonicalMessages(answers[0]!) === canonicalMessages(answers[1]!)) {
    error(
      f,
      'same-preference',
      'has the same preferred and non-preferred output: the pair teaches no preference.',
      'Write the answer the model should not give as non_preferred_output.',
    );
  }
  if (options.promptHashes) r.prompt = hash64(canonicalMessages(prompt.messages));
  systemOf(prompt.messages, r);
  goldenHits(prompt.messages, options, r);
  let total = 0;
  let trained = 0;
  let exact = true;
  for (const answer of answers) {
    const count = countExample([...prompt.messages, ...answer], input.tools, options, r, false);
    if (!count) continue;
    total += count.total;
    trained += count.trained;
    exact &&= count.exact;
  }
  r.tokens = total;
  r.assistantTokens = trained;
  r.trainedTokens = trained;
  r.estimated = !exact;
}

function checkToolCalls(
  value: unknown,
  at: string,
  role: string,
  callIds: Set<string>,
  f: LineFinding[],
): void {
  if (role !== 'assistant') {
    error(
      f,
      'bad-tool-call',
      `${at} (${role}) has tool_calls; only assistant messages make tool calls.`,
      'Move the tool calls to an assistant message.',
    );
    return;
  }
  if (!Array.isArray(value)) {
    error(
      f,
      'bad-tool-call',
      `${at} has tool_calls that is ${jsonType(value)}, not a list.`,
      'Make tool_calls a list of {id, type: "function", function: {name, arguments}}.',
    );
    return;
  }
  value.forEach((call: unknown, j) => {
    const where = `${at}, tool call ${j + 1}`;
    const c = call as {
      id?: unknown;
      type?: unknown;
      function?: { name?: unknown; arguments?: unknown };
    } | null;
    if (
      !c ||
      typeof c !== 'object' ||
      typeof c.function !== 'object' ||
      c.function === null ||
      typeof c.function.name !== 'string'
    ) {
      error(
        f,
        'bad-tool-call',
        `${where} is not {id, type: "function", function: {name, arguments}}.`,
        'Give each tool call an id, type "function" and a function with a name and JSON arguments.',
      );
      return;
    }
    if (typeof c.id === 'string') callIds.add(c.id);
    else
      error(
        f,
        'bad-tool-call',
        `${where} (${c.function.name}) has no string \`id\`.`,
        'Give each tool call an id that the tool message refers to.',
      );
    const args = c.function.arguments;
    let ok = typeof args === 'string';
    if (ok) {
      try {
        JSON.parse(args as string);
      } catch {
        ok = false;
      }
    }
    if (!ok) {
      error(
        f,
        'bad-tool-arguments',
        `${where} (${c.function.name}) has arguments that are not a JSON string: ${JSON.stringify(args)?.slice(0, 60)}.`,
        'Write arguments as a string holding JSON, e.g. "{\\"city\\": \\"Paris\\"}".',
      );
    }
  });
}
