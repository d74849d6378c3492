/** Following an ARM long-running operation (`Azure-AsyncOperation`, else `Location`) to its end. */
import type { Clock } from '../runtime/types.ts';
import type { Arm } from './arm.ts';
import { FoundryError } from './errors.ts';
import type { AsyncOperationStatus } from './types.ts';

/** Longest we follow one long-running operation (endpoint provisioning takes minutes, not hours). */
export const OPERATION_TIMEOUT_MS = 60 * 60_000;

export interface OperationOptions {
  arm: Arm;
  clock: Clock;
  signal?: AbortSignal;
  /** Pause between polls when Azure sends no Retry-After; polls back off to 10x this. */
  pollMs: number;
  /** Called after each poll (e.g. to report the resource's provisioning state). */
  onPoll?: () => Promise<void>;
}

/** Answers the operation's final status, or undefined when the answer named no operation to follow. */
export async function followOperation(
  headers: { get(name: string): string | undefined },
  operation: string,
  { arm, clock, signal, pollMs, onPoll }: OperationOptions,
): Promise<AsyncOperationStatus | undefined> {
  const url = headers.get('azure-asyncoperation') ?? headers.get('location');
  if (!url) return undefined;
  let delay = operationRetryAfter(headers, pollMs * 10) ?? pollMs;
  const giveUpAt = clock.now() + OPERATION_TIMEOUT_MS;
  while (clock.now() < giveUpAt) {
    await clock.sleep(delay, signal);
    if (signal?.aborted) throw new FoundryError({ operation, serviceMessage: 'cancelled while waiting' });
    const res = await arm.send<AsyncOperationStatus>({ method: 'GET', path: url, operation, accept: [202] });
    await onPoll?.();
    const status = res.body?.status;
    if (res.status === 200 && (!status || /^(succeeded|failed|canceled|cancelled)$/i.test(status))) {
      return res.body ?? { status: 'Succeeded' };
    }
    delay = operationRetryAfter(res.headers, pollMs * 10) ?? Math.min(pollMs * 10, Math.round(delay * 1.5));
  }
  throw new FoundryError({
    operation,
    serviceMessage: `the operation did not end within ${OPERATION_TIMEOUT_MS / 60_000} minutes`,
    fix: 'Look at the resource in the studio; run again to pick up where it is.',
  });
}

/** Retry-After of a long-running operation, capped: polling sooner than asked only costs a GET. */
export function operationRetryAfter(
  headers: { get(name: string): string | undefined },
  capMs: number,
): number | undefined {
  const v = headers.get('retry-after');
  if (v === undefined || v.trim() === '' || !Number.isFinite(Number(v))) return undefined;
  return Math.min(capMs, 60_000, Math.max(0, Number(v) * 1000));
}
