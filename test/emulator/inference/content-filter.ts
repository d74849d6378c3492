import type { ContentWord } from './registry.ts';

export interface FilterHit {
  word: ContentWord;
}

/** Words of the configured list found in the text (whole words, case-insensitive). */
export function findWords(text: string, words: readonly ContentWord[]): ContentWord[] {
  const lower = text.toLowerCase();
  return words.filter((w) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w.word.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(lower),
  );
}

const SEVERITY_NAMES = ['safe', 'safe', 'low', 'low', 'medium', 'medium', 'high', 'high'];

/** Azure OpenAI's `content_filter_result` per category, with severity names (safe/low/medium/high). */
export function filterResult(
  hits: readonly ContentWord[],
  blockSeverity: number,
): Record<string, { filtered: boolean; severity: string }> {
  const categories: Record<string, string> = {
    Hate: 'hate',
    SelfHarm: 'self_harm',
    Sexual: 'sexual',
    Violence: 'violence',
  };
  const result: Record<string, { filtered: boolean; severity: string }> = {};
  for (const [category, key] of Object.entries(categories)) {
    const worst = Math.max(0, ...hits.filter((h) => h.category === category).map((h) => h.severity));
    result[key] = { filtered: worst >= blockSeverity, severity: SEVERITY_NAMES[Math.min(7, worst)]! };
  }
  return result;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
