/**
 * How each model's chat template and tokenizer turn messages into tokens. The sequence is what
 * `apply_chat_template(messages, tokenize=True)` gives with the model's own files:
 *
 * 1. The template renders one string (transcribed below from each model's `chat_template`).
 * 2. The tokenizer splits that string on its added tokens before anything else (Hugging Face
 *    tokenizers, `added_vocabulary.rs`): the leftmost, then longest, added-token text becomes that
 *    token, wherever it is (in a marker the template wrote, or inside content). A token with `rstrip`
 *    takes the whitespace after it, one with `lstrip` the whitespace before it (not reaching into an
 *    earlier match); whitespace is Rust's `char::is_whitespace`.
 * 3. Each text between added tokens is encoded on its own (for the Phi-3 SentencePiece tokenizer each
 *    gets the `▁` prefix of its `Prepend` normalizer; an empty one gives nothing).
 *
 * The templates (no BOS in any: `add_bos_token` is false and no template renders `bos_token`):
 * - Phi-3 (microsoft/onnxruntime-extensions test/data/phi-3-mini/tokenizer_config.json): per
 *   system/user/assistant message `<|role|>\n{content}<|end|>\n`, then `<|endoftext|>` (eos), or
 *   `<|assistant|>\n` with a generation prompt. Other roles are not rendered.
 * - Phi-3.5 (llama.cpp models/templates/microsoft-Phi-3.5-mini-instruct.jinja): the same, except that a
 *   system message whose content is empty is left out.
 * - Phi-4-mini (test/data/phi-4-mini/tokenizer_config.json): per message, any role,
 *   `<|role|>{content}<|end|>`, a system message with a `tools` string as
 *   `<|system|>{content}<|tool|>{tools}<|/tool|><|end|>`; then `<|endoftext|>`, or `<|assistant|>`.
 * - Phi-4 (test/data/phi-4-base/tokenizer_config.json): per system/user/assistant message
 *   `<|im_start|>{role}<|im_sep|>{content}<|im_end|>`; nothing after the last (no eos), or
 *   `<|im_start|>assistant<|im_sep|>` with a generation prompt.
 *
 * Trained tokens (the convention this project uses everywhere): an assistant message's content and its
 * closing marker (`<|end|>`, `<|im_end|>`) are what the model learns; its role marker belongs to the
 * prompt, and so does the `<|endoftext|>` after the last message.
 *
 * Tools are where no published template says what the service renders (Azure's format puts `tools` at
 * the top level and `tool_calls` on assistant messages; the Phi-4-mini template reads neither, and fails
 * on `content: null`). Such counts rest on TOOL_RENDERING below and are marked estimates.
 */
import type { AddedToken, ChatTemplate } from '../../models/catalog.ts';
import type { ChatMessage, ToolCall } from '../types.ts';

/** The rendering assumed where the service's conversion of tools is not published. */
export const TOOL_RENDERING =
  'top-level `tools` as compact JSON inside the first system message, `<|system|>{content}<|tool|>{tools}<|/tool|><|end|>` ' +
  '(an empty system message when there is none); assistant `tool_calls` as compact JSON ' +
  '`[{"name", "arguments"}]` between `<|tool_call|>` and `<|/tool_call|>` after the content; ' +
  '`tool` messages as `<|tool|>{content}<|end|>`; `content: null` as empty. ' +
  'Templates without tool support (Phi-3, Phi-3.5, Phi-4) leave tools, tool calls and tool messages out.';

export interface TemplateOverhead {
  /** Tokens before the first message (BOS). */
  prefix: number;
  /** Tokens after the last message of a training example (EOS). */
  suffix: number;
  /** Added tokens around each message's content (role marker, end marker). */
  perMessage: number;
  /** Tokens that open the assistant's answer when a prompt is sent for generation. */
  generationPrompt: number;
  /** Roles the template renders; other messages are dropped from the token sequence. */
  roles: readonly ChatMessage['role'][];
  /** Added token that ends a message; an assistant's is trained along with its content. */
  endToken: string;
}

const PHI3_OVERHEAD: TemplateOverhead = {
  prefix: 0,
  suffix: 1,
  perMessage: 2,
  generationPrompt: 1,
  roles: ['system', 'user', 'assistant'],
  endToken: '<|end|>',
};

const OVERHEAD: Record<ChatTemplate, TemplateOverhead> = {
  phi3: PHI3_OVERHEAD,
  'phi3.5': PHI3_OVERHEAD,
  'phi4-mini': {
    prefix: 0,
    suffix: 1,
    perMessage: 2,
    generationPrompt: 1,
    roles: ['system', 'user', 'assistant', 'tool'],
    endToken: '<|end|>',
  },
  // The role word is text between two markers: one more token in cl100k for each of the three roles.
  phi4: {
    prefix: 0,
    suffix: 0,
    perMessage: 3,
    generationPrompt: 3,
    roles: ['system', 'user', 'assistant'],
    endToken: '<|im_end|>',
  },
};

/** The template's fixed costs, for readers that estimate without tokenizing (e.g. evaluation budgets). */
export function chatTemplateOverhead(template: ChatTemplate): TemplateOverhead {
  return OVERHEAD[template];
}

export interface ChatTokenCount {
  /** The whole sequence (or the prompt plus generation prompt, when `forGeneration`): "tokens". */
  total: number;
  /** Tokens of assistant messages (content, tool calls and closing marker). */
  assistant: number;
  /** Assistant tokens with weight 1 (or no weight): "trained tokens", what the loss covers. */
  trained: number;
  /** False when the count rests on TOOL_RENDERING (tools, tool calls, tool messages). */
  exact: boolean;
}

/** Counts a text between added tokens; pass a memoized counter for speed. */
export type ContentCounter = (text: string) => number;

export interface CountOptions {
  /** Count the prompt as sent for generation: no EOS, plus the generation prompt. */
  forGeneration?: boolean;
  /** Tool definitions (the example's top-level `tools`). */
  tools?: unknown;
}

/** Rust's `char::is_whitespace` (Unicode White_Space): not U+FEFF, not U+200B, but U+0085. */
export function isRustWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** The added tokens of a tokenizer, prepared for the leftmost-longest search. */
export class AddedTokenMatcher {
  private readonly byContent = new Map<string, AddedToken>();
  /** Distinct token lengths, longest first. */
  private readonly lengths: number[];
  private readonly firstChars: Set<number>;
  /** The one first character every token shares, when they do (then a search is one indexOf). */
  private readonly firstChar: string | undefined;

  constructor(tokens: readonly AddedToken[]) {
    for (const t of tokens) this.byContent.set(t.content, t);
    this.lengths = [...new Set(tokens.map((t) => t.content.length))].sort((a, b) => b - a);
    this.firstChars = new Set(tokens.map((t) => t.content.charCodeAt(0)));
    this.firstChar = this.firstChars.size === 1 ? tokens[0]!.content[0] : undefined;
  }

  /** The first added token at or after `from` (leftmost, then longest): its start and token. */
  next(text: string, from: number): { at: number; token: AddedToken } | undefined {
    let at = from;
    for (;;) {
      if (this.firstChar !== undefined) {
        at = text.indexOf(this.firstChar, at);
        if (at < 0) return undefined;
      } else {
        while (at < text.length && !this.firstChars.has(text.charCodeAt(at))) at++;
        if (at >= text.length) return undefined;
      }
      for (const length of this.lengths) {
        if (at + length > text.length) continue;
        const token = this.byContent.get(text.substr(at, length));
        if (token) return { at, token };
      }
      at += 1;
    }
  }

  private readonly literals = new Map<string, (AddedToken | string)[]>();

  /** A template literal split on added tokens, once (templates repeat a handful of literals). */
  literalPieces(text: string): (AddedToken | string)[] {
    let pieces = this.literals.get(text);
    if (!pieces) {
      pieces = splitOnTokens(text, this);
      if (this.literals.size < 256) this.literals.set(text, pieces);
    }
    return pieces;
  }

  /** The first added token's text in `text`, if any (the special-token check). */
  find(text: string): AddedToken | undefined {
    return this.next(text, 0)?.token;
  }
}

/**
 * A rendered example as the parts the template concatenates: its literal markers and each message's
 * content, in order, with the message each part belongs to (`-1`: none, e.g. the eos) and whether it is
 * that message's content side (content and closing marker: what an assistant message trains).
 *
 * Walking the parts gives the same tokens as walking their concatenation: every added token of these
 * tokenizers starts with its only `<`, and the template text after a content starts with a marker, so no
 * token's text can begin in one part and end in the next. Strips do cross parts, and the walk carries
 * them. (The reference fixtures pin this, content with added-token text included.)
 */
interface Rendered {
  parts: string[];
  /** Per part: the message index, or -1. */
  owners: number[];
  /** Per part: 1 when it is on the message's content side. */
  sides: number[];
  /** Per part: 1 for template text (split once and cached), 0 for content. */
  literal: number[];
  exact: boolean;
}

class Renderer {
  readonly parts: string[] = [];
  readonly owners: number[] = [];
  readonly sides: number[] = [];
  readonly literal: number[] = [];
  exact = true;

  private push(text: string, owner: number, side: number, literal: number): void {
    this.parts.push(text);
    this.owners.push(owner);
    this.sides.push(side);
    this.literal.push(literal);
  }

  /** One message: its opening (role marker), its content, then its closing part (template text). */
  message(index: number, open: string, content: string, close: string): void {
    this.push(open, index, 0, 1);
    this.push(content, index, 1, 0);
    this.push(close, index, 1, 1);
  }

  /** A message part the template builds from data (tool definitions, tool calls): not cached. */
  data(index: number, text: string): void {
    this.push(text, index, 1, 0);
  }

  tail(text: string): void {
    if (text) this.push(text, -1, 0, 1);
  }

  result(): Rendered {
    return {
      parts: this.parts,
      owners: this.owners,
      sides: this.sides,
      literal: this.literal,
      exact: this.exact,
    };
  }
}

function contentText(m: ChatMessage, r: Renderer): string {
  if (typeof m.content === 'string') return m.content;
  r.exact = false;
  return '';
}

function renderToolCalls(calls: readonly ToolCall[]): string {
  return JSON.stringify(
    calls.map((c) => {
      let args: unknown = c.function?.arguments;
      try {
        if (typeof args === 'string') args = JSON.parse(args);
      } catch {
        // Invalid arguments are reported by the checks; count them as the text they are.
      }
      return { name: c.function?.name, arguments: args };
    }),
  );
}

function hasToolCalls(m: ChatMessage): boolean {
  return Array.isArray(m.tool_calls) && m.tool_calls.length > 0;
}

/** Phi-3 and Phi-3.5: `<|role|>\n{content}<|end|>\n`, then eos or the generation prompt. */
function renderPhi3(
  messages: readonly ChatMessage[],
  options: CountOptions,
  dropEmptySystem: boolean,
): Rendered {
  const r = new Renderer();
  if (options.tools !== undefined && options.tools !== null) r.exact = false;
  messages.forEach((m, i) => {
    if (m.role === 'tool' || hasToolCalls(m) || m.tools !== undefined) r.exact = false;
    if (m.role !== 'system' && m.role !== 'user' && m.role !== 'assistant') return;
    const content = contentText(m, r);
    if (dropEmptySystem && m.role === 'system' && content === '') return;
    r.message(i, `<|${m.role}|>\n`, content, '<|end|>\n');
  });
  r.tail(options.forGeneration ? '<|assistant|>\n' : '<|endoftext|>');
  return r.result();
}

/** Phi-4-mini: `<|role|>{content}<|end|>`, tools in the system message; then eos or `<|assistant|>`. */
function renderPhi4Mini(messages: readonly ChatMessage[], options: CountOptions): Rendered {
  const r = new Renderer();
  const topTools = options.tools !== undefined && options.tools !== null ? options.tools : undefined;
  let pendingTools = topTools === undefined ? undefined : compactJson(topTools);
  if (pendingTools !== undefined) {
    r.exact = false;
    if (!messages.some((m) => m.role === 'system')) {
      r.message(-1, '<|system|>', '', '<|tool|>');
      r.data(-1, pendingTools);
      r.data(-1, '<|/tool|><|end|>');
      pendingTools = undefined;
    }
  }
  messages.forEach((m, i) => {
    let content = contentText(m, r);
    if (m.role === 'tool') r.exact = false;
    if (m.role === 'assistant' && hasToolCalls(m)) {
      r.exact = false;
      // Content and calls are one string here: the calls' JSON is data, not a cached literal.
      content += `<|tool_call|>${renderToolCalls(m.tool_calls!)}<|/tool_call|>`;
    }
    if (m.role === 'system') {
      // The template's own form: a `tools` string on the system message.
      let tools: string | undefined;
      if (m.tools !== undefined && m.tools !== null) {
        if (typeof m.tools === 'string') tools = m.tools;
        else {
          tools = compactJson(m.tools);
          r.exact = false;
        }
      } else if (pendingTools !== undefined) {
        tools = pendingTools;
        pendingTools = undefined;
      }
      if (tools !== undefined) {
        r.message(i, `<|${m.role}|>`, content, '<|tool|>');
        r.data(i, tools);
        r.data(i, '<|/tool|><|end|>');
        return;
      }
    }
    r.message(i, `<|${m.role}|>`, content, '<|end|>');
  });
  r.tail(options.forGeneration ? '<|assistant|>' : '<|endoftext|>');
  return r.result();
}

/** Phi-4: `<|im_start|>{role}<|im_sep|>{content}<|im_end|>`; no eos, or the generation prompt. */
function renderPhi4(messages: readonly ChatMessage[], options: CountOptions): Rendered {
  const r = new Renderer();
  if (options.tools !== undefined && options.tools !== null) r.exact = false;
  messages.forEach((m, i) => {
    if (m.role === 'tool' || hasToolCalls(m) || m.tools !== undefined) r.exact = false;
    if (m.role !== 'system' && m.role !== 'user' && m.role !== 'assistant') return;
    r.message(i, `<|im_start|>${m.role}<|im_sep|>`, contentText(m, r), '<|im_end|>');
  });
  if (options.forGeneration) r.tail('<|im_start|>assistant<|im_sep|>');
  return r.result();
}

function compactJson(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/** The template's string for the messages, with where each message lies in it. */
export function renderChat(
  messages: readonly ChatMessage[],
  template: ChatTemplate,
  options: CountOptions = {},
): Rendered {
  switch (template) {
    case 'phi3':
      return renderPhi3(messages, options, false);
    case 'phi3.5':
      return renderPhi3(messages, options, true);
    case 'phi4-mini':
      return renderPhi4Mini(messages, options);
    case 'phi4':
      return renderPhi4(messages, options);
  }
}

type Piece = AddedToken | string;

/** Splits a text on added tokens (no strips applied): tokens and the texts between them. */
function splitOnTokens(text: string, matcher: AddedTokenMatcher): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (;;) {
    const match = matcher.next(text, at);
    if (!match) break;
    if (match.at > at) pieces.push(text.slice(at, match.at));
    pieces.push(match.token);
    at = match.at + match.token.content.length;
  }
  if (at < text.length) pieces.push(at === 0 ? text : text.slice(at));
  return pieces;
}

type Visitor = (piece: Piece, owner: number, side: number) => void;

/**
 * Walks the tokenizer's view of the rendered parts in order: each added token and each text between
 * added tokens after the strips, with the message and side it starts in. The strips follow
 * `added_vocabulary.rs`: `rstrip` takes the whitespace after the token (across parts), `lstrip` the
 * whitespace before it back to the previous token.
 */
function walk(rendered: Rendered, matcher: AddedTokenMatcher, visit: Visitor): void {
  const { parts, owners, sides, literal } = rendered;
  let pending = '';
  let pendingOwner = -1;
  let pendingSide = 0;
  let skipSpace = false;
  const text = (t: string, owner: number, side: number): void => {
    if (skipSpace) {
      let i = 0;
      while (i < t.length && isRustWhitespace(t.charCodeAt(i))) i++;
      if (i === t.length) return;
      skipSpace = false;
      if (i > 0) t = t.slice(i);
    }
    if (pending === '') {
      pending = t;
      pendingOwner = owner;
      pendingSide = side;
    } else pending += t;
  };
  const token = (t: AddedToken, owner: number, side: number): void => {
    if (pending !== '') {
      if (t.lstrip) {
        let end = pending.length;
        while (end > 0 && isRustWhitespace(pending.charCodeAt(end - 1))) end--;
        if (end < pending.length) pending = pending.slice(0, end);
      }
      if (pending !== '') visit(pending, pendingOwner, pendingSide);
      pending = '';
    }
    visit(t, owner, side);
    skipSpace = t.rstrip;
  };
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (part === '') continue;
    const owner = owners[p]!;
    const side = sides[p]!;
    const pieces = literal[p] ? matcher.literalPieces(part) : undefined;
    if (pieces) {
      for (const piece of pieces) {
        if (typeof piece === 'string') text(piece, owner, side);
        else token(piece, owner, side);
      }
      continue;
    }
    // Content: almost never holds added-token text, so one search usually settles it.
    let at = 0;
    for (;;) {
      const match = matcher.next(part, at);
      if (!match) break;
      if (match.at > at) text(part.slice(at, match.at), owner, side);
      token(match.token, owner, side);
      at = match.at + match.token.content.length;
    }
    if (at < part.length) text(at === 0 ? part : part.slice(at), owner, side);
  }
  if (pending !== '') visit(pending, pendingOwner, pendingSide);
}

export interface TemplateFacts {
  template: ChatTemplate;
  /** The tokenizer's added tokens (or a matcher built from them once). */
  matcher: AddedTokenMatcher;
}

const matchers = new WeakMap<readonly AddedToken[], AddedTokenMatcher>();

/** One matcher per added-token list (the catalog's lists are constants). */
export function addedTokenMatcher(tokens: readonly AddedToken[]): AddedTokenMatcher {
  let m = matchers.get(tokens);
  if (!m) {
    m = new AddedTokenMatcher(tokens);
    matchers.set(tokens, m);
  }
  return m;
}

/**
 * Token count of a chat example under the model's template and added tokens. `countText` counts a text
 * between added tokens; pass a memoized counter for speed.
 */
export function countWithTemplate(
  messages: readonly ChatMessage[],
  facts: TemplateFacts,
  countText: ContentCounter,
  options: CountOptions = {},
): ChatTokenCount {
  const rendered = renderChat(messages, facts.template, options);
  let total = 0;
  let assistant = 0;
  let trained = 0;
  walk(rendered, facts.matcher, (piece, owner, side) => {
    const n = typeof piece === 'string' ? countText(piece) : 1;
    total += n;
    if (owner < 0 || side === 0) return;
    const m = messages[owner]!;
    if (m.role !== 'assistant') return;
    assistant += n;
    if (m.weight !== 0) trained += n;
  });
  return { total, assistant, trained, exact: rendered.exact };
}

/** Token ids of a chat example (the slow path, for tests and reference comparisons). */
export function encodeWithTemplate(
  messages: readonly ChatMessage[],
  facts: TemplateFacts,
  encodeText: (text: string) => number[],
  options: CountOptions = {},
): number[] {
  const ids: number[] = [];
  walk(renderChat(messages, facts.template, options), facts.matcher, (piece) => {
    if (typeof piece === 'string') ids.push(...encodeText(piece));
    else ids.push(piece.id);
  });
  return ids;
}
