/**
 * ROUGE-1 and ROUGE-L as google-research's `rouge_score` computes them with its defaults (no stemmer):
 * lowercase, every run of characters outside [a-z0-9] becomes a space, split on spaces. No stemming
 * keeps the metric dependency-free and identical to `RougeScorer(['rouge1', 'rougeL'])`; with several
 * acceptable answers the best F-measure wins (as `score_multi` does).
 */

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

const ZERO: RougeScore = { precision: 0, recall: 0, fmeasure: 0 };

export function rougeTokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t !== '');
}

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    // A separator that the tokenizer can never produce, so joined n-grams cannot collide.
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N of one prediction against one target. */
export function rougeNScore(target: string, prediction: string, n = 1): RougeScore {
  const t = ngramCounts(rougeTokenize(target), n);
  const p = ngramCounts(rougeTokenize(prediction), n);
  let overlap = 0;
  for (const [gram, count] of t) overlap += Math.min(count, p.get(gram) ?? 0);
  const tTotal = [...t.values()].reduce((a, b) => a + b, 0);
  const pTotal = [...p.values()].reduce((a, b) => a + b, 0);
  const precision = overlap / Math.max(pTotal, 1);
  const recall = overlap / Math.max(tTotal, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** Length of the longest common subsequence, in O(min(m, n)) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  let prev = new Array<number>(short.length + 1).fill(0);
  let curr = new Array<number>(short.length + 1).fill(0);
  for (const x of long) {
    for (let j = 1; j <= short.length; j++) {
      curr[j] = x === short[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, curr[j - 1]!);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[short.length]!;
}

/** ROUGE-L (sentence-level LCS, not the summary-level `rougeLsum`) of one prediction against one target. */
export function rougeLScore(target: string, prediction: string): RougeScore {
  const t = rougeTokenize(target);
  const p = rougeTokenize(prediction);
  if (t.length === 0 || p.length === 0) return ZERO;
  const lcs = lcsLength(t, p);
  const precision = lcs / p.length;
  const recall = lcs / t.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

function best(references: readonly string[], score: (target: string) => RougeScore): number {
  let top = 0;
  for (const r of references) top = Math.max(top, score(r).fmeasure);
  return top;
}

/** ROUGE-1 F-measure against the closest acceptable answer. */
export function rouge1(prediction: string, references: readonly string[]): number {
  return best(references, (r) => rougeNScore(r, prediction, 1));
}

/** ROUGE-L F-measure against the closest acceptable answer. */
export function rougeL(prediction: string, references: readonly string[]): number {
  return best(references, (r) => rougeLScore(r, prediction));
}
