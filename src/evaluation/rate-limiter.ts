/**
 * Client-side limits over a sliding window: never more than `limit` units (requests, or tokens) stamped
 * within any `windowMs`. Work in flight counts from the moment it is reserved and is stamped when it
 * settles, at the time it settles: the server counts a request when it arrives, which is after we sent
 * it and before we hear back, so stamping at the answer can only err on the safe side.
 */
export class SlidingWindowLimiter {
  private readonly stamped: { at: number; amount: number }[] = [];
  private readonly inFlight = new Map<number, number>();
  private nextId = 1;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  private prune(now: number): void {
    while (this.stamped.length > 0 && this.stamped[0]!.at + this.windowMs <= now) this.stamped.shift();
  }

  private used(): number {
    let total = 0;
    for (const s of this.stamped) total += s.amount;
    for (const a of this.inFlight.values()) total += a;
    return total;
  }

  /**
   * Milliseconds until `amount` more fits (0: now). `undefined` when only work in flight stands in the
   * way, so the caller should wait for something to settle. An amount larger than the whole limit is let
   * through once the window is otherwise empty, so one big request cannot block forever.
   */
  waitTime(now: number, amount: number): number | undefined {
    this.prune(now);
    const used = this.used();
    if (used === 0 || used + amount <= this.limit) return 0;
    const mustFree = used + amount - Math.max(this.limit, amount);
    let freed = 0;
    for (const s of this.stamped) {
      freed += s.amount;
      if (freed >= mustFree) return s.at + this.windowMs - now;
    }
    return undefined;
  }

  reserve(amount: number): number {
    const id = this.nextId++;
    this.inFlight.set(id, amount);
    return id;
  }

  /** Stamps a reservation at `now` with what it really used (0 removes it without a trace). */
  settle(id: number, now: number, amount: number): void {
    if (!this.inFlight.delete(id)) return;
    if (amount > 0) {
      this.stamped.push({ at: now, amount });
      // Settles arrive nearly in order; keep the list sorted for the scan in waitTime.
      for (let i = this.stamped.length - 1; i > 0 && this.stamped[i - 1]!.at > this.stamped[i]!.at; i--) {
        [this.stamped[i - 1], this.stamped[i]] = [this.stamped[i]!, this.stamped[i - 1]!];
      }
    }
  }
}

/**
 * Additive-increase, multiplicative-decrease concurrency: halve on a 429 (once per round of requests,
 * so a burst of 429s from requests already in flight counts once), grow by one per `limit` successes.
 */
export class AdaptiveConcurrency {
  private current: number;
  private lastDecreaseAt = -Infinity;
  lowest: number;

  constructor(readonly max: number) {
    this.current = max;
    this.lowest = max;
  }

  get limit(): number {
    return Math.max(1, Math.floor(this.current));
  }

  onSuccess(): void {
    this.current = Math.min(this.max, this.current + 1 / this.current);
  }

  /** `startedAt`: when the throttled request was sent; older requests saw the old limit already. */
  onThrottle(startedAt: number, now: number): void {
    if (startedAt < this.lastDecreaseAt) return;
    this.current = Math.max(1, this.current / 2);
    this.lastDecreaseAt = now;
    this.lowest = Math.min(this.lowest, this.limit);
  }
}
