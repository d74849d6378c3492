/** Per-minute request and token limits over a sliding 60 s window of wall time, as Azure meters them. */
export interface RateLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number; reason: 'requests' | 'tokens' };

const WINDOW_MS = 60_000;

export class SlidingWindow {
  private events: { at: number; tokens: number }[] = [];

  /** Admits and records the request, or says how long until it would fit. */
  admit(limits: RateLimits, tokens: number, now = Date.now()): RateDecision {
    this.events = this.events.filter((e) => e.at > now - WINDOW_MS);
    const rpm = limits.requestsPerMinute;
    if (rpm !== undefined && rpm > 0 && this.events.length >= rpm) {
      const oldest = this.events[this.events.length - rpm]!;
      return { ok: false, retryAfterMs: oldest.at + WINDOW_MS - now, reason: 'requests' };
    }
    const tpm = limits.tokensPerMinute;
    if (tpm !== undefined && tpm > 0) {
      let used = this.events.reduce((sum, e) => sum + e.tokens, 0);
      if (used + tokens > tpm) {
        // Wait until enough old requests leave the window for this one to fit.
        for (const e of this.events) {
          used -= e.tokens;
          if (used + tokens <= tpm)
            return { ok: false, retryAfterMs: e.at + WINDOW_MS - now, reason: 'tokens' };
        }
        return { ok: false, retryAfterMs: WINDOW_MS, reason: 'tokens' };
      }
    }
    this.events.push({ at: now, tokens });
    return { ok: true };
  }

  remaining(limits: RateLimits, now = Date.now()): { requests?: number; tokens?: number } {
    const live = this.events.filter((e) => e.at > now - WINDOW_MS);
    const used = live.reduce((sum, e) => sum + e.tokens, 0);
    return {
      requests: limits.requestsPerMinute ? Math.max(0, limits.requestsPerMinute - live.length) : undefined,
      tokens: limits.tokensPerMinute ? Math.max(0, limits.tokensPerMinute - used) : undefined,
    };
  }

  reset(): void {
    this.events = [];
  }
}
