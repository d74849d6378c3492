/**
 * The metrics: one definition each, used by the code, the gates, the report and the docs. Per-example
 * scores are pure functions of (answer, acceptable answers); aggregates are functions of a side's
 * answers at a set of example indices, so the paired bootstrap can recompute them on resamples.
 */
import { bleuFromStats, bleuStats, sentenceBleu, sumBleuStats, type BleuStats } from './bleu.ts';
import { rouge1, rougeL } from './rouge.ts';
import { exactMatch, tokenF1 } from './squad.ts';
import { mean, percentileSorted } from './stats.ts';

export const METRIC_NAMES = [
  'exact_match',
  'f1',
  'rougeL',
  'rouge1',
  'bleu',
  'similarity',
  'latency_p50_ms',
  'latency_p95_ms',
  'prompt_tokens',
  'completion_tokens',
  'cost',
  'content_filtered',
  'failed',
  'unsafe_rate',
] as const;

export type MetricName = (typeof METRIC_NAMES)[number];

export interface MetricInfo {
  name: MetricName;
  /** Which way is better: a gate table and the chart colour deltas by it. */
  better: 'higher' | 'lower';
  /** The one-sentence definition shown in the report and the docs. */
  definition: string;
  /** Quality scores on a 0-1 scale: charted (in points) and compared on one axis. */
  quality: boolean;
  /** Decimal places shown in reports. */
  digits: number;
  unit?: string;
}

export const METRICS: readonly MetricInfo[] = [
  {
    name: 'exact_match',
    better: 'higher',
    quality: true,
    digits: 3,
    definition:
      'Share of answers equal to an acceptable answer after SQuAD v1.1 normalization (lowercase, no punctuation, no a/an/the, single spaces).',
  },
  {
    name: 'f1',
    better: 'higher',
    quality: true,
    digits: 3,
    definition:
      'Mean SQuAD token F1: harmonic mean of precision and recall of the normalized words, best over the acceptable answers.',
  },
  {
    name: 'rougeL',
    better: 'higher',
    quality: true,
    digits: 3,
    definition:
      'Mean ROUGE-L F-measure (longest common subsequence of words), rouge_score tokenization without stemming, best over the acceptable answers.',
  },
  {
    name: 'rouge1',
    better: 'higher',
    quality: true,
    digits: 3,
    definition:
      'Mean ROUGE-1 F-measure (word overlap), rouge_score tokenization without stemming, best over the acceptable answers.',
  },
  {
    name: 'bleu',
    better: 'higher',
    quality: true,
    digits: 3,
    definition:
      "Corpus BLEU as sacrebleu computes it by default (13a tokens, up to 4-grams, closest-reference brevity penalty, 'exp' smoothing), and the effective order when no answer reaches 4 words, on a 0-1 scale.",
  },
  {
    name: 'similarity',
    better: 'higher',
    quality: false,
    digits: 2,
    definition:
      'Mean 1-5 rating by the LLM judge of how close each answer is in meaning to the acceptable answers (a filtered answer rates 1).',
  },
  {
    name: 'latency_p50_ms',
    better: 'lower',
    quality: false,
    digits: 0,
    unit: 'ms',
    definition:
      'Median time of the successful request for each answer, in ms (retries and client-side waiting excluded).',
  },
  {
    name: 'latency_p95_ms',
    better: 'lower',
    quality: false,
    digits: 0,
    unit: 'ms',
    definition:
      '95th percentile (linear interpolation) of the time of the successful request for each answer, in ms.',
  },
  {
    name: 'prompt_tokens',
    better: 'lower',
    quality: false,
    digits: 1,
    definition: "Mean prompt tokens per answer, as the endpoint's `usage` reports them.",
  },
  {
    name: 'completion_tokens',
    better: 'lower',
    quality: false,
    digits: 1,
    definition: "Mean completion tokens per answer, as the endpoint's `usage` reports them.",
  },
  {
    name: 'cost',
    better: 'lower',
    quality: false,
    digits: 4,
    definition:
      'Cost of the answered requests of this evaluation: tokens / 1,000 × the per-1K input and output prices given (a missing price counts as 0).',
  },
  {
    name: 'content_filtered',
    better: 'lower',
    quality: false,
    digits: 0,
    definition:
      'Examples the content filter blocked (a 400 `content_filter` or `finish_reason: content_filter`); they score 0 on the quality metrics.',
  },
  {
    name: 'failed',
    better: 'lower',
    quality: false,
    digits: 0,
    definition:
      'Examples with no answer after every retry; they are listed in the report and left out of every other metric.',
  },
  {
    name: 'unsafe_rate',
    better: 'lower',
    quality: false,
    digits: 3,
    definition:
      'Share of answers a content-safety check rated unsafe (measured by the content-safety step, when it runs).',
  },
];

export function metricInfo(name: MetricName): MetricInfo {
  return METRICS.find((m) => m.name === name)!;
}

export function isMetricName(name: string): name is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(name);
}

/** Per-example scores of one answer against the acceptable answers. */
export interface TextScores {
  exact_match: number;
  f1: number;
  rougeL: number;
  rouge1: number;
  /** Sentence BLEU (for per-example views); the aggregate is corpus BLEU from `bleuStats`. */
  bleu: number;
}

export function scoreAnswer(
  answer: string,
  expected: readonly string[],
): { scores: TextScores; bleuStats: BleuStats } {
  return {
    scores: {
      exact_match: exactMatch(answer, expected),
      f1: tokenF1(answer, expected),
      rougeL: rougeL(answer, expected),
      rouge1: rouge1(answer, expected),
      bleu: sentenceBleu(answer, expected),
    },
    bleuStats: bleuStats(answer, expected),
  };
}

/** One side's (candidate's or baseline's) outcome for one example, as the aggregates read it. */
export interface ScoredAnswer {
  outcome: 'answered' | 'content_filter' | 'failed';
  text?: string;
  /** Why it failed or was filtered. */
  message?: string;
  attempts: number;
  latencyMs?: number;
  promptTokens?: number;
  completionTokens?: number;
  /** Present unless the example failed (a filtered answer scores as an empty one). */
  scores?: TextScores;
  bleuStats?: BleuStats;
  /** Judge rating 1-5, when a judge ran and answered. */
  similarity?: number;
  judgeError?: string;
}

export interface Prices {
  inputPer1k?: number;
  outputPer1k?: number;
}

interface Aggregator {
  /** Whether an example takes part in this metric on this side. */
  includes(a: ScoredAnswer): boolean;
  /** The metric over the answers at `indices` (all included); undefined when it cannot be measured. */
  compute(answers: readonly ScoredAnswer[], indices: readonly number[], prices: Prices): number | undefined;
}

const scored = (a: ScoredAnswer): boolean => a.outcome !== 'failed' && a.scores !== undefined;
const answered = (a: ScoredAnswer): boolean => a.outcome === 'answered';

function meanOf(field: (a: ScoredAnswer) => number): Aggregator['compute'] {
  return (answers, indices) => mean(indices.map((i) => field(answers[i]!)));
}

function percentileOfLatency(p: number): Aggregator['compute'] {
  return (answers, indices) =>
    percentileSorted(
      indices.map((i) => answers[i]!.latencyMs!).sort((a, b) => a - b),
      p,
    );
}

const AGGREGATORS: Record<MetricName, Aggregator> = {
  exact_match: { includes: scored, compute: meanOf((a) => a.scores!.exact_match) },
  f1: { includes: scored, compute: meanOf((a) => a.scores!.f1) },
  rougeL: { includes: scored, compute: meanOf((a) => a.scores!.rougeL) },
  rouge1: { includes: scored, compute: meanOf((a) => a.scores!.rouge1) },
  bleu: {
    includes: (a) => scored(a) && a.bleuStats !== undefined,
    compute: (answers, indices) =>
      indices.length === 0
        ? undefined
        : bleuFromStats(sumBleuStats(indices.map((i) => answers[i]!.bleuStats!)), { effectiveOrder: true }),
  },
  similarity: { includes: (a) => a.similarity !== undefined, compute: meanOf((a) => a.similarity!) },
  latency_p50_ms: {
    includes: (a) => answered(a) && a.latencyMs !== undefined,
    compute: percentileOfLatency(50),
  },
  latency_p95_ms: {
    includes: (a) => answered(a) && a.latencyMs !== undefined,
    compute: percentileOfLatency(95),
  },
  prompt_tokens: { includes: answered, compute: meanOf((a) => a.promptTokens ?? 0) },
  completion_tokens: { includes: answered, compute: meanOf((a) => a.completionTokens ?? 0) },
  cost: {
    includes: answered,
    compute: (answers, indices, prices) => {
      if (prices.inputPer1k === undefined && prices.outputPer1k === undefined) return undefined;
      let total = 0;
      for (const i of indices) {
        const a = answers[i]!;
        total +=
          ((a.promptTokens ?? 0) * (prices.inputPer1k ?? 0) +
            (a.completionTokens ?? 0) * (prices.outputPer1k ?? 0)) /
          1000;
      }
      return total;
    },
  },
  content_filtered: {
    includes: () => true,
    compute: (answers, indices) => indices.filter((i) => answers[i]!.outcome === 'content_filter').length,
  },
  failed: {
    includes: () => true,
    compute: (answers, indices) => indices.filter((i) => answers[i]!.outcome === 'failed').length,
  },
  // Measured by the content-safety step; nothing here computes it.
  unsafe_rate: { includes: () => false, compute: () => undefined },
};

export function includedIndices(name: MetricName, answers: readonly ScoredAnswer[]): number[] {
  const out: number[] = [];
  answers.forEach((a, i) => {
    if (AGGREGATORS[name].includes(a)) out.push(i);
  });
  return out;
}

/** A metric over the given examples (all of a side's examples that take part, by default). */
export function aggregateMetric(
  name: MetricName,
  answers: readonly ScoredAnswer[],
  prices: Prices = {},
  indices: readonly number[] = includedIndices(name, answers),
): number | undefined {
  if (indices.length === 0 && name !== 'content_filtered' && name !== 'failed') return undefined;
  return AGGREGATORS[name].compute(answers, indices, prices);
}

/** Every metric of one side. Unmeasurable ones (no judge, no prices, nothing answered) are left out. */
export function aggregateAll(
  answers: readonly ScoredAnswer[],
  prices: Prices = {},
): Partial<Record<MetricName, number>> {
  const out: Partial<Record<MetricName, number>> = {};
  for (const name of METRIC_NAMES) {
    const v = aggregateMetric(name, answers, prices);
    if (v !== undefined && Number.isFinite(v)) out[name] = v;
  }
  return out;
}
