/**
 * BLEU as sacrebleu 2.x computes it with its defaults: the `13a` tokenizer (mteval-v13a), case-sensitive,
 * n-grams up to 4, brevity penalty against the closest reference length, and the `exp` smoothing (Chen &
 * Cherry 2014 method 3, the NIST geometric sequence: the k-th zero-match order gets precision
 * 1 / (2^k * total)). The corpus score sums the sufficient statistics over examples, so it equals
 * `sacrebleu.corpus_bleu`; the per-example score is `sentence_bleu` (same smoothing, effective order).
 * One deliberate difference: the corpus score also uses the effective order, which changes nothing
 * unless no answer is 4 words long; sacrebleu then scores 0 whatever the answers, which would make
 * BLEU useless on short-answer golden sets. Scores are on a 0-1 scale (sacrebleu's number / 100).
 */

export const BLEU_MAX_ORDER = 4;

/** Sufficient statistics of one hypothesis: lengths and, per order n, matched and total n-grams. */
export interface BleuStats {
  hypLen: number;
  refLen: number;
  correct: number[];
  total: number[];
}

export type BleuSmoothing = 'exp' | 'none';

/** The mteval-v13a tokenization sacrebleu applies before counting n-grams. */
export function tokenize13a(line: string): string {
  let s = line
    .replaceAll('<skipped>', '')
    .replaceAll('-\n', '')
    .replaceAll('\n', ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
  s = ` ${s} `;
  s = s.replace(/([{-~[-` -&(-+:-@/])/g, ' $1 ');
  s = s.replace(/([^0-9])([.,])/g, '$1 $2 ');
  s = s.replace(/([.,])([^0-9])/g, ' $1 $2');
  s = s.replace(/([0-9])(-)/g, '$1 $2 ');
  return s.trim().split(/\s+/).filter(Boolean).join(' ');
}

type Tokenizer = (line: string) => string;

function words(text: string, tokenizer: Tokenizer): string[] {
  // sacrebleu strips trailing whitespace before tokenizing, then splits on single spaces.
  const t = tokenizer(text.trimEnd());
  return t === '' ? [] : t.split(' ');
}

function ngrams(tokens: readonly string[], maxOrder: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let n = 1; n <= maxOrder; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const key = tokens.slice(i, i + n).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

function closestRefLength(hypLen: number, refLens: readonly number[]): number {
  let bestDiff = -1;
  let bestLen = -1;
  for (const len of refLens) {
    const diff = Math.abs(hypLen - len);
    if (bestDiff === -1 || diff < bestDiff || (diff === bestDiff && len < bestLen)) {
      bestDiff = diff;
      bestLen = len;
    }
  }
  return bestLen;
}

/** Statistics of one hypothesis against its references (n-gram counts clipped by the max over references). */
export function bleuStats(
  hypothesis: string,
  references: readonly string[],
  tokenizer: Tokenizer = tokenize13a,
): BleuStats {
  const refNgrams = new Map<string, number>();
  const refLens: number[] = [];
  for (const ref of references) {
    const tokens = words(ref, tokenizer);
    refLens.push(tokens.length);
    for (const [gram, count] of ngrams(tokens, BLEU_MAX_ORDER))
      refNgrams.set(gram, Math.max(refNgrams.get(gram) ?? 0, count));
  }
  const hyp = words(hypothesis, tokenizer);
  const correct = new Array<number>(BLEU_MAX_ORDER).fill(0);
  const total = new Array<number>(BLEU_MAX_ORDER).fill(0);
  for (let n = 1; n <= BLEU_MAX_ORDER; n++) total[n - 1] = Math.max(0, hyp.length - n + 1);
  for (const [gram, count] of ngrams(hyp, BLEU_MAX_ORDER)) {
    const n = gram.split(' ').length;
    correct[n - 1]! += Math.min(count, refNgrams.get(gram) ?? 0);
  }
  return {
    hypLen: hyp.length,
    refLen: refLens.length ? closestRefLength(hyp.length, refLens) : 0,
    correct,
    total,
  };
}

export function sumBleuStats(all: Iterable<BleuStats>): BleuStats {
  const sum: BleuStats = {
    hypLen: 0,
    refLen: 0,
    correct: new Array<number>(BLEU_MAX_ORDER).fill(0),
    total: new Array<number>(BLEU_MAX_ORDER).fill(0),
  };
  for (const s of all) {
    sum.hypLen += s.hypLen;
    sum.refLen += s.refLen;
    for (let i = 0; i < BLEU_MAX_ORDER; i++) {
      sum.correct[i]! += s.correct[i]!;
      sum.total[i]! += s.total[i]!;
    }
  }
  return sum;
}

/** sacrebleu's `my_log`: log of 0 is a huge negative number rather than -Infinity. */
function safeLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

/** BLEU on a 0-1 scale from (summed) statistics; `effectiveOrder` is for single sentences. */
export function bleuFromStats(
  stats: BleuStats,
  options: { smoothing?: BleuSmoothing; effectiveOrder?: boolean } = {},
): number {
  const smoothing = options.smoothing ?? 'exp';
  const { hypLen, refLen, correct, total } = stats;
  const bp = hypLen < refLen ? (hypLen > 0 ? Math.exp(1 - refLen / hypLen) : 0) : 1;
  if (!correct.some((c) => c > 0)) return 0;
  const precisions = new Array<number>(BLEU_MAX_ORDER).fill(0);
  let smoothMteval = 1;
  let effOrder = BLEU_MAX_ORDER;
  for (let n = 1; n <= BLEU_MAX_ORDER; n++) {
    const t = total[n - 1]!;
    if (t === 0) break;
    if (options.effectiveOrder) effOrder = n;
    const c = correct[n - 1]!;
    if (c === 0) {
      if (smoothing === 'exp') {
        smoothMteval *= 2;
        precisions[n - 1] = 1 / (smoothMteval * t);
      }
    } else {
      precisions[n - 1] = c / t;
    }
  }
  let logSum = 0;
  for (let i = 0; i < effOrder; i++) logSum += safeLog(precisions[i]!);
  return bp * Math.exp(logSum / effOrder);
}

/** Corpus BLEU (0-1) over hypotheses, each with its own list of references. */
export function corpusBleu(
  hypotheses: readonly string[],
  references: readonly (readonly string[])[],
  tokenizer: Tokenizer = tokenize13a,
): number {
  return bleuFromStats(sumBleuStats(hypotheses.map((h, i) => bleuStats(h, references[i] ?? [], tokenizer))), {
    effectiveOrder: true,
  });
}

/** Sentence BLEU (0-1): one hypothesis, effective order, `exp` smoothing. */
export function sentenceBleu(hypothesis: string, references: readonly string[]): number {
  return bleuFromStats(bleuStats(hypothesis, references), { effectiveOrder: true });
}
