/**
 * Exact match and token F1 as the SQuAD v1.1 evaluation script defines them, so scores line up with
 * numbers people already know. Both take the best over the acceptable answers.
 */

/** ASCII punctuation, the same 32 characters as Python's `string.punctuation`. */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
// Python's `\b` is Unicode-aware; JavaScript's is ASCII-only, so spell the boundary out.
const ARTICLES = /(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu;

/** Lowercase, drop ASCII punctuation, drop the articles a/an/the, collapse whitespace. */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(PUNCTUATION, '')
    .replace(ARTICLES, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

function answerTokens(text: string): string[] {
  const normalized = normalizeAnswer(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/** 1 when the normalized answer equals one of the normalized references, else 0. */
export function exactMatch(prediction: string, references: readonly string[]): number {
  const p = normalizeAnswer(prediction);
  return references.some((r) => normalizeAnswer(r) === p) ? 1 : 0;
}

/**
 * Harmonic mean of token precision and recall over the normalized tokens (a bag of words, counted with
 * multiplicity). When either side normalizes to nothing, 1 if both do and 0 otherwise (the SQuAD v2.0
 * rule; v1.1 returns 0 even for two empty strings, which would make an exact match score F1 0).
 */
export function tokenF1Single(prediction: string, reference: string): number {
  const pred = answerTokens(prediction);
  const ref = answerTokens(reference);
  if (pred.length === 0 || ref.length === 0) return pred.length === ref.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of ref) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of pred) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      same++;
      counts.set(t, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / pred.length;
  const recall = same / ref.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Token F1 against the closest acceptable answer. */
export function tokenF1(prediction: string, references: readonly string[]): number {
  let best = 0;
  for (const r of references) best = Math.max(best, tokenF1Single(prediction, r));
  return best;
}
