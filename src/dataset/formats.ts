/**
 * The dataset formats people bring, recognised from one parsed line: Azure's chat and DPO formats, and
 * the shapes of other tools that a chat file can be converted from. A file's format is the one its
 * lines show (the accumulator counts them); a format the run cannot train on is ONE finding for the
 * file that names it and the conversion, never a per-line "unknown key" whose fix would delete data.
 *
 * Shapes, with their sources:
 * - chat: `{messages: [{role, content}], tools?}` (Azure SFT; training-data/sft_*.jsonl).
 * - dpo: `{input: {messages, tools?, parallel_tool_calls?}, preferred_output: [...],
 *   non_preferred_output: [...]}` (Azure DPO, NOTES section 5; dpo_line_shape.txt).
 * - rft: `{messages}` ending with a user message (often a `developer` first), plus fields a grader
 *   reads such as `reference_answer` (Azure RFT; rft_example_pretty.json).
 * - trl-preference: `{prompt?, chosen, rejected}` (Hugging Face TRL preference datasets).
 * - sharegpt: `{conversations: [{from, value}]}` with `human`/`gpt`/`system`/`function_call`/
 *   `observation` (ShareGPT, LLaMA-Factory's sharegpt format, also `system` and `tools` keys).
 * - gemini: `{contents: [{role: user|model, parts: [{text}]}], systemInstruction?}` (Vertex AI tuning).
 * - functions: chat with top-level `functions` and assistant `function_call` / role `function`
 *   (the deprecated OpenAI shape; Azure rejects role `function`, MicrosoftDocs/azure-docs#120001).
 * - prompt-completion: `{prompt, completion}` (legacy completion fine-tuning).
 * - vision: chat whose content holds `image_url` parts (Azure vision SFT; sft_vision.jsonl).
 * - eval: `{messages, expected}` or `{id, expected, ...}`: a golden/evaluation set.
 */
import type { TrainingMethod } from '../models/catalog.ts';
import type { DatasetRole } from './types.ts';

export const FORMATS = [
  'unknown',
  'chat',
  'dpo',
  'rft',
  'trl-preference',
  'sharegpt',
  'gemini',
  'functions',
  'prompt-completion',
  'vision',
  'eval',
] as const;

export type DatasetFormat = (typeof FORMATS)[number];

export function formatIndex(format: DatasetFormat): number {
  return FORMATS.indexOf(format);
}

const CHAT_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls']);

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function hasImagePart(messages: unknown[]): boolean {
  for (const m of messages) {
    if (!isObject(m) || !Array.isArray(m.content)) continue;
    for (const part of m.content) {
      if (isObject(part) && (part.type === 'image_url' || part.type === 'input_image' || 'image_url' in part))
        return true;
    }
  }
  return false;
}

/** The format one parsed JSON object has. Cheap: keys and a pass over the messages' roles. */
export function detectFormat(obj: Obj): DatasetFormat {
  if (isObject(obj.input) && ('preferred_output' in obj || 'non_preferred_output' in obj)) return 'dpo';
  if ('chosen' in obj && 'rejected' in obj) return 'trl-preference';
  if (Array.isArray(obj.conversations)) return 'sharegpt';
  if (Array.isArray(obj.contents)) return 'gemini';
  const messages = obj.messages;
  if (Array.isArray(messages)) {
    if ('functions' in obj) return 'functions';
    let last: unknown;
    let developer = false;
    for (const m of messages) {
      if (!isObject(m)) continue;
      if (m.role === 'function' || 'function_call' in m) return 'functions';
      if (m.role === 'developer') developer = true;
      last = m.role;
    }
    if (hasImagePart(messages)) return 'vision';
    if ('expected' in obj) return 'eval';
    if (last === 'user') {
      for (const key in obj) if (!CHAT_KEYS.has(key)) return 'rft';
      if (developer) return 'rft';
    }
    return 'chat';
  }
  if ('prompt' in obj && 'completion' in obj) return 'prompt-completion';
  if ('expected' in obj) return 'eval';
  return 'unknown';
}

/** The formats a file of this role can hold, as this run trains. */
export function acceptedFormats(role: DatasetRole, method: TrainingMethod): readonly DatasetFormat[] {
  if (role === 'golden') return ['chat', 'eval'];
  return method === 'dpo' ? ['dpo'] : ['chat'];
}

export interface FormatAdvice {
  /** What the format is, in a few words. */
  name: string;
  /** Whether `convert` maps it (to chat, or to Azure's DPO shape for preference data). */
  converts: boolean;
  /** Why this run cannot train on it, and what to do. */
  advice: string;
}

const CONVERT = (path: string): string => `\`foundry-finetune convert ${path} --out <new file>\``;

/** The file-level explanation of a format this run does not take. */
export function formatAdvice(
  format: DatasetFormat,
  context: {
    path: string;
    role: DatasetRole;
    method: TrainingMethod;
    model: string;
    methods: readonly TrainingMethod[];
  },
): FormatAdvice {
  const { path, role, method, model } = context;
  const sftWord = role === 'golden' ? 'a golden set' : 'supervised fine-tuning';
  switch (format) {
    case 'dpo':
      return {
        name: "Azure's DPO preference format (input, preferred_output, non_preferred_output)",
        converts: false,
        advice:
          role === 'golden'
            ? 'A golden set is chat prompts with reference answers; keep preference pairs in the training file.'
            : context.methods.includes('dpo')
              ? `${model} can train on it with DPO: set training-method: dpo (training.method in the config file).`
              : `${model} is offered ${context.methods.join(', ').toUpperCase()} only on Azure, not DPO: train a model that offers DPO with training-method: dpo, or build chat examples from the preferred outputs yourself (a choice convert does not make for you).`,
      };
    case 'trl-preference':
      return {
        name: 'TRL preference pairs (prompt, chosen, rejected)',
        converts: true,
        advice: `Azure's DPO takes {input: {messages}, preferred_output, non_preferred_output}: ${CONVERT(path)} writes that shape (chosen -> preferred_output, rejected -> non_preferred_output), for training-method: dpo${context.methods.includes('dpo') ? '' : ` on a model that offers DPO (${model} is offered ${context.methods.join(', ').toUpperCase()} only)`}.`,
      };
    case 'rft':
      return {
        name: 'reinforcement fine-tuning prompts (messages ending with the user turn, plus grader fields)',
        converts: false,
        advice: `RFT trains with a grader, not on answers: it is not offered for ${model}, and ${sftWord} needs the assistant answer in every example. Add the answers as assistant messages to make chat data.`,
      };
    case 'sharegpt':
      return {
        name: 'ShareGPT / LLaMA-Factory conversations (from, value)',
        converts: true,
        advice: `${CONVERT(path)} maps human -> user, gpt -> assistant, system -> system, function_call -> assistant tool_calls, observation -> tool, and the \`system\` and \`tools\` keys.`,
      };
    case 'gemini':
      return {
        name: 'Gemini tuning data (contents, role model, parts)',
        converts: true,
        advice: `${CONVERT(path)} maps role model -> assistant, text parts -> content, systemInstruction -> system, functionCall / functionResponse parts -> tool_calls / tool messages.`,
      };
    case 'functions':
      return {
        name: 'the deprecated functions / function_call chat shape',
        converts: true,
        advice: `Azure takes tools and tool_calls now (and rejects role function): ${CONVERT(path)} maps functions -> tools, function_call -> tool_calls with ids, role function -> tool with the matching tool_call_id.`,
      };
    case 'prompt-completion':
      return {
        name: 'prompt/completion pairs (legacy completion fine-tuning)',
        converts: true,
        advice: `Chat fine-tuning takes messages: ${CONVERT(path)} writes {"messages": [{"role": "user", "content": prompt}, {"role": "assistant", "content": completion}]}.`,
      };
    case 'vision':
      return {
        name: 'vision chat data (image_url content parts)',
        converts: false,
        advice: `${model} is fine-tuned on text only: images cannot be trained on. Keep this data for a vision model; ${CONVERT(path)} converts the lines whose parts are all text and lists the others.`,
      };
    case 'eval':
      return {
        name: 'an evaluation set ({id, question or messages, expected})',
        converts: true,
        advice:
          role === 'golden'
            ? `Golden items are {"messages": [...], "expected": ...}: ${CONVERT(path)} writes each question as a user message and keeps \`expected\` and \`id\`.`
            : `It has reference answers, not training examples: point golden-file at it (items without \`messages\` need ${CONVERT(path)} first, which writes each question as a user message and keeps \`expected\` and \`id\`).`,
      };
    case 'chat':
      return {
        name: 'chat examples (messages)',
        converts: false,
        advice:
          method === 'dpo'
            ? `With training-method: dpo every line is a preference pair {input: {messages}, preferred_output: [...], non_preferred_output: [...]}; chat examples train with training-method: sft.`
            : 'Chat examples.',
      };
    case 'unknown':
      return { name: 'not a known dataset format', converts: false, advice: '' };
  }
}
