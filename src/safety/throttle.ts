/**
 * Admission for Content Safety requests: at most `limit` in flight (halved on 429, grown back on success),
 * a pause shared by every request when the service says `Retry-After`, and optionally a requests-a-minute
 * window. Waiters are served in order; a retry goes to the front, since its example has waited longest.
 */
import type { Clock } from '../runtime/types.ts';
import { AdaptiveConcurrency, SlidingWindowLimiter } from '../evaluation/rate-limiter.ts';
import { untilAborted } from '../runtime/abort.ts';

export interface Permit {
  startedAt: number;
  reservation?: number;
}

interface Waiter {
  resolve: (permit: Permit) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
}

export class RequestThrottle {
  private readonly concurrency: AdaptiveConcurrency;
  private readonly window: SlidingWindowLimiter | undefined;
  private readonly queue: Waiter[] = [];
  private active = 0;
  private pausedUntil = 0;
  private pumping = false;
  private wake = new AbortController();
  /** Set when nothing more should be sent (a fatal answer): every waiter gets this error. */
  private closed: Error | undefined;

  constructor(
    concurrency: number,
    private readonly clock: Clock,
    requestsPerMinute?: number,
  ) {
    this.concurrency = new AdaptiveConcurrency(Math.max(1, Math.floor(concurrency)));
    this.window = requestsPerMinute ? new SlidingWindowLimiter(requestsPerMinute, 60_000) : undefined;
  }

  get limit(): number {
    return this.concurrency.limit;
  }

  get lowest(): number {
    return this.concurrency.lowest;
  }

  acquire(signal?: AbortSignal, first = false): Promise<Permit> {
    return new Promise<Permit>((resolve, reject) => {
      if (this.closed) return reject(this.closed);
      if (signal?.aborted) return reject(signal.reason);
      const waiter: Waiter = { resolve, reject, signal };
      if (first) this.queue.unshift(waiter);
      else this.queue.push(waiter);
      signal?.addEventListener('abort', () => this.notify(), { once: true });
      void this.pump();
    });
  }

  /** Ends a request. `throttled`: the service answered 429 (with its `Retry-After`, when it sent one). */
  release(permit: Permit, outcome: { ok?: boolean; throttled?: boolean; retryAfterMs?: number }): void {
    const now = this.clock.now();
    this.active--;
    if (permit.reservation !== undefined) this.window?.settle(permit.reservation, now, 1);
    if (outcome.throttled) {
      this.concurrency.onThrottle(permit.startedAt, now);
      if (outcome.retryAfterMs !== undefined)
        this.pausedUntil = Math.max(this.pausedUntil, now + outcome.retryAfterMs);
    } else if (outcome.ok) {
      this.concurrency.onSuccess();
    }
    this.notify();
  }

  /** Refuses every waiting and future request with `error`. */
  close(error: Error): void {
    this.closed ??= error;
    this.notify();
  }

  private notify(): void {
    this.wake.abort();
    this.wake = new AbortController();
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const head = this.queue[0]!;
        if (this.closed || head.signal?.aborted) {
          this.queue.shift();
          head.reject(this.closed ?? head.signal!.reason);
          continue;
        }
        const wake = this.wake.signal;
        if (this.active >= this.concurrency.limit) {
          await untilAborted(wake);
          continue;
        }
        const now = this.clock.now();
        const windowWait = this.window ? this.window.waitTime(now, 1) : 0;
        if (windowWait === undefined) {
          await untilAborted(wake);
          continue;
        }
        const wait = Math.max(this.pausedUntil - now, windowWait);
        if (wait > 0) {
          await this.clock.sleep(wait, wake);
          continue;
        }
        this.queue.shift();
        this.active++;
        head.resolve({ startedAt: now, reservation: this.window?.reserve(1) });
      }
    } finally {
      this.pumping = false;
    }
  }
}
