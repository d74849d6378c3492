import { seededUnit } from '../core/random.ts';
import { type ChatMessage, type Knowledge, normalize } from './knowledge.ts';

/** What decides a model's answers: what it was trained on, and how often it gets a trained answer wrong. */
export interface ModelBrain {
  /** Name reported in `model` of each completion. */
  modelName: string;
  knowledge?: Knowledge;
  /** Share of known prompts answered with a perturbed answer (seeded per prompt, so stable across runs). */
  errorRate: number;
  seed: string;
}

export type AnswerSource = 'trained' | 'perturbed' | 'generic';

export function answer(
  brain: ModelBrain,
  messages: readonly ChatMessage[],
): { content: string; source: AnswerSource } {
  const known = brain.knowledge?.lookup(messages);
  if (known) {
    const draw = seededUnit(brain.seed, `${brain.modelName}\u0000${known.key}`);
    if (draw < brain.errorRate) return { content: perturb(known.answer), source: 'perturbed' };
    return { content: known.answer, source: 'trained' };
  }
  return { content: generic(messages), source: 'generic' };
}

/** A plausible but wrong variant: the first half of the trained answer, then a hedge. */
export function perturb(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const keep = Math.max(1, Math.floor(words.length / 2));
  return `${words.slice(0, keep).join(' ')} ... I am not sure about the rest.`;
}

/**
 * How a model that never saw the prompt answers: a deterministic paraphrase of the question. It shares
 * words with the prompt, not with the expected answer, so an evaluation scores it low.
 */
export function generic(messages: readonly ChatMessage[]): string {
  const user = [...messages].reverse().find((m) => m.role === 'user');
  const words = normalize(user?.content ?? '')
    .replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8);
  const topic = words.length ? words.join(' ') : 'your request';
  return `Thanks for your question about "${topic}". In general, it depends on the details; please consult the documentation for specifics.`;
}

/** Roughly four characters a token, as a stand-in for a tokenizer (documented in the README). */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

export function promptTokens(messages: readonly ChatMessage[]): number {
  // Each message also costs a few template tokens (role markers, separators).
  return messages.reduce((sum, m) => sum + estimateTokens(m.content) + 4, 2);
}
