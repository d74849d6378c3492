/**
 * Virtual time for job and provisioning progress. Tests move it by hand (no real sleeping); the
 * standalone emulator lets it run at `timeScale` times real time so a 20-minute fine-tune takes seconds.
 * Rate limits and token expiry deliberately use wall time instead: benchmarks and MSAL measure real time.
 */
export class EmulatorClock {
  private offsetMs = 0;
  private readonly realStart = Date.now();
  private readonly listeners = new Set<() => void>();

  constructor(private timeScale = 0) {}

  now(): number {
    const scaled = this.timeScale > 0 ? (Date.now() - this.realStart) * this.timeScale : 0;
    return this.realStart + this.offsetMs + scaled;
  }

  /** Moves virtual time forward and lets every state machine catch up before returning. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`clock.advance needs a non-negative number of ms, got ${ms}`);
    this.offsetMs += ms;
    this.tick();
  }

  getTimeScale(): number {
    return this.timeScale;
  }

  /** Changing the scale keeps the current virtual time (no jump), only the rate changes. */
  setTimeScale(scale: number): void {
    const current = this.now();
    this.timeScale = scale;
    this.offsetMs += current - this.now();
  }

  onTick(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  tick(): void {
    for (const listener of this.listeners) listener();
  }

  iso(at = this.now()): string {
    return new Date(at).toISOString();
  }
}
