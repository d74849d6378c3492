/** Small helpers for the cancellation signals the rate-limited clients pass around. */

/** Resolves (never rejects) once the signal aborts: a queue's way to wait for "something changed". */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** One signal that aborts when any given one does; the only one, or none, when fewer are given. */
export function anySignal(...signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return present[0];
  return AbortSignal.any(present);
}
