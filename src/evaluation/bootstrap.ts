/**
 * Paired bootstrap (Koehn 2004; Efron & Tibshirani's percentile interval) of the difference
 * candidate − baseline of one aggregate metric: draw the paired examples with replacement, recompute both
 * aggregates on the same draw, and take the 2.5th and 97.5th percentiles of the differences. Each
 * metric draws from its own generator seeded by (seed, metric), so reruns agree and adding a metric does
 * not move another's interval.
 */
import { seededRandom } from './random.ts';
import { percentileSorted } from './stats.ts';

export interface DeltaInterval {
  /** candidate − baseline on the paired examples. */
  value: number;
  ciLow: number;
  ciHigh: number;
  /** Examples both sides have a value for; the resampling draws from these. */
  pairs: number;
}

export interface PairedBootstrapInput {
  /** Indices (into both sides) of the examples that pair up for this metric. */
  pairs: readonly number[];
  /** The aggregate of one side over a multiset of example indices. */
  candidate: (indices: readonly number[]) => number | undefined;
  baseline: (indices: readonly number[]) => number | undefined;
  samples: number;
  seed: number;
  /** Names the generator's stream, e.g. the metric. */
  label: string;
  /** Two-sided confidence level (default 0.95). */
  confidence?: number;
}

export function pairedBootstrap(input: PairedBootstrapInput): DeltaInterval | undefined {
  const { pairs, samples } = input;
  const c = input.candidate(pairs);
  const b = input.baseline(pairs);
  if (pairs.length === 0 || c === undefined || b === undefined) return undefined;
  const value = c - b;
  const random = seededRandom(input.seed, `bootstrap:${input.label}`);
  const diffs: number[] = [];
  const draw = new Array<number>(pairs.length);
  for (let s = 0; s < samples; s++) {
    for (let k = 0; k < pairs.length; k++) draw[k] = pairs[Math.floor(random() * pairs.length)]!;
    const cs = input.candidate(draw);
    const bs = input.baseline(draw);
    if (cs !== undefined && bs !== undefined && Number.isFinite(cs - bs)) diffs.push(cs - bs);
  }
  diffs.sort((x, y) => x - y);
  const alpha = (1 - (input.confidence ?? 0.95)) / 2;
  return {
    value,
    ciLow: percentileSorted(diffs, alpha * 100) ?? value,
    ciHigh: percentileSorted(diffs, (1 - alpha) * 100) ?? value,
    pairs: pairs.length,
  };
}
