/**
 * The deterministic train/validation split: each example's key is a hash of the seed and the line's
 * bytes, and the `round(n * ratio)` examples with the smallest keys (ties by line) are held out. The
 * same seed and data give the same split on every machine, whatever the order of the lines, and
 * validate and train compute it the same way.
 */

/** How many examples the split holds out: at least one, and at least one left to train on. */
export function validationSize(examples: number, ratio: number): number {
  if (ratio <= 0 || examples < 2) return 0;
  return Math.min(examples - 1, Math.max(1, Math.round(examples * ratio)));
}

/**
 * Positions (into `keys`, in file order) of the examples held out for validation, ascending: the k
 * smallest keys, ties broken by line (by position when `lines` is omitted: entries are in file order).
 * Found through the k-th smallest key (a native numeric sort), so no comparator runs per pair.
 */
export function selectValidation(
  keys: Float64Array,
  lines: Int32Array | undefined,
  ratio: number,
): Uint32Array {
  const k = validationSize(keys.length, ratio);
  if (k === 0) return new Uint32Array(0);
  const threshold = Float64Array.from(keys).sort()[k - 1]!;
  let below = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i]! < threshold) below += 1;
  // Entries are in file order, but ties go by line number: take the tied ones with the lowest lines.
  const tied: number[] = [];
  for (let i = 0; i < keys.length; i++) if (keys[i] === threshold) tied.push(i);
  if (lines) tied.sort((a, b) => lines[a]! - lines[b]!);
  const chosen = new Set(tied.slice(0, k - below));
  const held = new Uint32Array(k);
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i]! < threshold || chosen.has(i)) held[n++] = i;
  return held;
}
