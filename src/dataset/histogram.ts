/**
 * Token-length percentiles in fixed memory: one counter per length up to a cap (512 KB for 131,072),
 * so percentiles are exact for every example at or under the cap. Longer examples are counted in an
 * overflow bucket and reported as the cap (they are already errors: over every model's context).
 */
export class LengthHistogram {
  private readonly counts: Uint32Array;
  private n = 0;
  private sum = 0;
  private maximum = 0;

  constructor(private readonly cap = 131_072) {
    this.counts = new Uint32Array(cap + 2);
  }

  add(length: number): void {
    this.counts[Math.min(length, this.cap + 1)]! += 1;
    this.n += 1;
    this.sum += length;
    if (length > this.maximum) this.maximum = length;
  }

  get count(): number {
    return this.n;
  }

  get total(): number {
    return this.sum;
  }

  get max(): number {
    return this.maximum;
  }

  get mean(): number {
    return this.n === 0 ? 0 : this.sum / this.n;
  }

  /** Nearest-rank percentile (the smallest length with at least q of the examples at or below it). */
  percentile(q: number): number {
    if (this.n === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.n));
    let seen = 0;
    for (let length = 0; length < this.counts.length; length++) {
      seen += this.counts[length]!;
      if (seen >= rank) return Math.min(length, this.maximum);
    }
    return this.maximum;
  }
}
