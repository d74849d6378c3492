/** Small descriptive statistics with one stated definition each. */

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * The p-th percentile (0-100) by linear interpolation between the closest ranks: NumPy's default
 * (`method='linear'`, Hyndman & Fan type 7). `sorted` must be ascending.
 */
export function percentileSorted(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (rank - lo);
}

export function percentile(values: readonly number[], p: number): number | undefined {
  return percentileSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}
