/**
 * The optional LLM judge: rates how close an answer is in meaning to the acceptable answers, 1 to 5.
 * Greedy decoding (temperature 0, fixed seed) and a one-digit reply keep it cheap and repeatable.
 */
import type { ChatMessage } from '../dataset/types.ts';

export const JUDGE_MAX_TOKENS = 5;

const INSTRUCTIONS = [
  'You grade how close a candidate answer is in meaning to the reference answer for a question.',
  'Reply with one digit and nothing else:',
  '5 = same meaning; 4 = same meaning with minor omissions or additions; 3 = partly the same;',
  '2 = mostly different; 1 = unrelated, contradictory or empty.',
].join('\n');

export function judgeMessages(question: string, expected: readonly string[], answer: string): ChatMessage[] {
  const reference =
    expected.length === 1
      ? `Reference answer:\n${expected[0]}`
      : `Reference answers (any one is correct):\n${expected.map((e, i) => `${i + 1}. ${e}`).join('\n')}`;
  return [
    { role: 'system', content: INSTRUCTIONS },
    { role: 'user', content: `Question:\n${question}\n\n${reference}\n\nCandidate answer:\n${answer}` },
  ];
}

/** The rating in a judge's reply: its first digit 1-5 standing alone, or undefined. */
export function parseRating(reply: string): number | undefined {
  const m = /(?<![0-9.])([1-5])(?![0-9])/.exec(reply);
  return m ? Number(m[1]) : undefined;
}
