import type { ModelInfo, TokenizerKind } from '../../models/catalog.ts';
import type { ChatMessage } from '../types.ts';
import {
  addedTokenMatcher,
  countWithTemplate,
  encodeWithTemplate,
  type ChatTokenCount,
  type CountOptions,
  type TemplateFacts,
} from './chat-template.ts';
import { loadLlama } from './llama.ts';
import { loadTiktoken, tiktokenFromShared, type SharedTiktoken } from './tiktoken.ts';
import type { TextTokenizer } from './types.ts';

export {
  addedTokenMatcher,
  chatTemplateOverhead,
  countWithTemplate,
  encodeWithTemplate,
  isRustWhitespace,
  TOOL_RENDERING,
} from './chat-template.ts';
export type { ChatTokenCount, CountOptions, TemplateFacts, TemplateOverhead } from './chat-template.ts';
export type { TextTokenizer } from './types.ts';

/** The tokenizer of a model family, loaded once per thread on first use. */
export function loadTokenizer(kind: TokenizerKind): Promise<TextTokenizer> {
  switch (kind) {
    case 'llama-sentencepiece':
      return loadLlama();
    case 'o200k':
      return loadTiktoken('o200k_base');
    case 'cl100k':
      return loadTiktoken('cl100k_base');
  }
}

/**
 * How another thread gets the same tokenizer: tiktoken vocabularies travel as shared memory (loaded
 * once per process); the Llama tokenizer is small and is loaded by each thread.
 */
export interface TokenizerHandle {
  kind: TokenizerKind;
  shared?: SharedTiktoken;
}

/**
 * Describes the tokenizer for other threads: a tiktoken vocabulary is loaded here (once per process)
 * to be shared; a Llama handle is just the kind. `loadMs` is set when this call loaded something.
 */
export async function tokenizerHandle(
  kind: TokenizerKind,
): Promise<{ handle: TokenizerHandle; loadMs?: number }> {
  if (kind === 'llama-sentencepiece') return { handle: { kind } };
  const tokenizer = await loadTiktoken(kind === 'o200k' ? 'o200k_base' : 'cl100k_base');
  return { handle: { kind, shared: tokenizer.share() }, loadMs: tokenizer.loadMs };
}

/** The tokenizer a handle describes, on this thread. */
export async function tokenizerFromHandle(handle: TokenizerHandle): Promise<TextTokenizer> {
  return handle.shared ? tiktokenFromShared(handle.shared) : loadTokenizer(handle.kind);
}

/** The model's template and added tokens, as the counting code takes them. */
export function templateFacts(model: Pick<ModelInfo, 'template' | 'addedTokens'>): TemplateFacts {
  return { template: model.template, matcher: addedTokenMatcher(model.addedTokens) };
}

/** Token count of a chat example for `model` (its tokenizer, added tokens and chat template). */
export async function countChatTokens(
  messages: readonly ChatMessage[],
  model: ModelInfo,
  options?: CountOptions,
): Promise<ChatTokenCount> {
  const tokenizer = await loadTokenizer(model.tokenizer);
  return countWithTemplate(messages, templateFacts(model), (t) => tokenizer.count(t), options);
}

/** Token ids of a chat example for `model`, as its own tokenizer and template give them. */
export async function encodeChatTokens(
  messages: readonly ChatMessage[],
  model: ModelInfo,
  options?: CountOptions,
): Promise<number[]> {
  const tokenizer = await loadTokenizer(model.tokenizer);
  return encodeWithTemplate(messages, templateFacts(model), (t) => tokenizer.encode(t), options);
}
