/**
 * How each model's chat template turns messages into tokens, as counts. Sources (the models'
 * `tokenizer_config.json` chat templates on Hugging Face):
 *
 * - Phi-3 / Phi-3.5 mini: `<s>` (added by the tokenizer), then per message
 *   `<|role|>\n{content}<|end|>\n`, then `<|endoftext|>` when no generation prompt is asked
 *   (`<|assistant|>\n` when it is). `<|system|>`, `<|user|>`, `<|assistant|>` and `<|end|>` are
 *   special tokens with `rstrip`, so the `\n` after them (and leading whitespace of the content) is
 *   absorbed, and the content is encoded as its own SentencePiece segment with the dummy prefix space.
 *   Hence: 1 + Σ(2 + tokens(content)) + 1.
 * - Phi-4-mini-instruct: per message `<|role|>{content}<|end|>`, the system message carrying
 *   `<|tool|>{tools JSON}<|/tool|>` before `<|end|>` when tools are defined, then `<|endoftext|>`
 *   (or `<|assistant|>` as generation prompt). No BOS. Hence Σ(2 + tokens(content)) + 1.
 * - Phi-4: per message `<|im_start|>{role}<|im_sep|>{content}<|im_end|>`, only system, user and
 *   assistant messages; no BOS, no EOS. The role name is plain text (one token each in cl100k).
 *
 * Assumption, documented because no template renders it: assistant `tool_calls` on Phi-4-mini are
 * counted as `<|tool_call|>{JSON list of {name, arguments}}<|/tool_call|>` after the content. Counts
 * that include tool calls are marked estimates.
 */
import type { ChatTemplate } from '../../models/catalog.ts';
import type { ChatMessage, ToolCall } from '../types.ts';

export interface TemplateOverhead {
  /** Tokens before the first message (BOS). */
  prefix: number;
  /** Tokens after the last message of a training example (EOS). */
  suffix: number;
  /** Special tokens around each message's content (role marker, end marker). */
  perMessage: number;
  /** Tokens that open the assistant's answer when a prompt is sent for generation. */
  generationPrompt: number;
  /** Roles the template renders; other messages are dropped from the token sequence. */
  roles: readonly ChatMessage['role'][];
  /** Special tokens that end a message; an assistant's is trained along with its content. */
  endToken: string;
}

const OVERHEAD: Record<ChatTemplate, TemplateOverhead> = {
  phi3: {
    prefix: 1,
    suffix: 1,
    perMessage: 2,
    generationPrompt: 1,
    roles: ['system', 'user', 'assistant'],
    endToken: '<|end|>',
  },
  'phi4-mini': {
    prefix: 0,
    suffix: 1,
    perMessage: 2,
    generationPrompt: 1,
    roles: ['system', 'user', 'assistant', 'tool'],
    endToken: '<|end|>',
  },
  // The role word is text; it is counted with the tokenizer and is 1 token for each role in cl100k.
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
  /** The whole example as trained (or the prompt plus generation prompt, when `forGeneration`). */
  total: number;
  /** Tokens of assistant messages (content, tool calls and end marker). */
  assistant: number;
  /** Assistant tokens with weight 1 (or no weight): what the loss is computed on. */
  trained: number;
  /** False when the count rests on the documented tool-call rendering assumption. */
  exact: boolean;
}

/** Content text as the template sees it; memoized per content by the caller's tokenizer cache. */
export type ContentCounter = (text: string) => number;

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

export interface CountOptions {
  /** Count the prompt as sent for generation: no EOS, plus the generation prompt. */
  forGeneration?: boolean;
  /** Tool definitions (the example's top-level `tools`), rendered into the system message. */
  tools?: unknown;
}

/**
 * Exact token count of a chat example under the model's template. `countText` counts a text segment
 * (content between special tokens); pass a memoized counter for speed.
 */
export function countWithTemplate(
  messages: readonly ChatMessage[],
  template: ChatTemplate,
  countText: ContentCounter,
  options: CountOptions = {},
): ChatTokenCount {
  const o = OVERHEAD[template];
  let total = o.prefix + (options.forGeneration ? o.generationPrompt : o.suffix);
  let assistant = 0;
  let trained = 0;
  let exact = true;
  let toolsText: string | undefined;
  if (template === 'phi4-mini' && options.tools !== undefined && options.tools !== null) {
    toolsText = typeof options.tools === 'string' ? options.tools : JSON.stringify(options.tools);
    if (!messages.some((m) => m.role === 'system')) total += o.perMessage + 2 + countText(toolsText);
  }
  for (const m of messages) {
    if (!o.roles.includes(m.role)) continue;
    const raw = typeof m.content === 'string' ? m.content : '';
    const content = template === 'phi3' ? raw.trimStart() : raw;
    let n = o.perMessage + countText(content);
    if (template === 'phi4') n += countText(m.role);
    if (template === 'phi4-mini' && m.role === 'system' && toolsText !== undefined) {
      n += 2 + countText(toolsText);
      toolsText = undefined;
    }
    if (m.role === 'assistant' && Array.isArray(m.tool_calls) && m.tool_calls.length > 0) {
      if (template === 'phi4-mini') n += 2 + countText(renderToolCalls(m.tool_calls));
      exact = false;
    }
    if (m.role === 'tool') exact = false;
    total += n;
    if (m.role === 'assistant') {
      // The role marker belongs to the prompt; content and end marker are what the model learns.
      const learned = n - (o.perMessage - 1) - (template === 'phi4' ? countText(m.role) : 0);
      assistant += learned;
      if (m.weight !== 0) trained += learned;
    }
  }
  return { total, assistant, trained, exact };
}
