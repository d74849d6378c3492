import type { Clock } from './types.ts';

/**
 * Wall time. `sleep` resolves early, without throwing, when the signal aborts (a cancelled run stops
 * waiting at once), and removes its listener so long polls do not pile them up on one signal.
 */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      function done(): void {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};
