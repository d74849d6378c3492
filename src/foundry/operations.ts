/**
 * Following ARM long-running operations the way each operation's spec declares them:
 * - `Azure-AsyncOperation`: poll the status URL until its `status` is terminal;
 * - `Location` only (ServerlessEndpoints_Delete, Jobs_Cancel: `final-state-via: location`): the URL answers
 *   202 while the operation runs and any other 2xx (200, 204) when it is done;
 * - neither (a 200 to a PUT that updates a resource): poll the resource until its `provisioningState` is
 *   terminal.
 * Polls back off (x1.5 per poll up to 10x the base, or Azure's Retry-After), and callers hear about state
 * changes only, never once per poll.
 */
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

const TERMINAL_STATUS = /^(succeeded|failed|canceled|cancelled)$/i;

/** The next pause: Azure's Retry-After when it sends one, else 1.5x the last, at most 10x the base. */
export function nextPollDelay(
  headers: { get(name: string): string | undefined } | undefined,
  delay: number,
  pollMs: number,
): number {
  return (
    (headers && operationRetryAfter(headers, pollMs * 10)) ?? Math.min(pollMs * 10, Math.round(delay * 1.5))
  );
}

/**
 * Answers the operation's final status (`Succeeded` for a Location that ended with a 2xx), or undefined
 * when the answer named no operation to follow.
 */
export async function followOperation(
  headers: { get(name: string): string | undefined },
  operation: string,
  { arm, clock, signal, pollMs, onPoll }: OperationOptions,
): Promise<AsyncOperationStatus | undefined> {
  const statusUrl = headers.get('azure-asyncoperation');
  const locationUrl = headers.get('location');
  const url = statusUrl ?? locationUrl;
  if (!url) return undefined;
  let delay = operationRetryAfter(headers, pollMs * 10) ?? pollMs;
  const giveUpAt = clock.now() + OPERATION_TIMEOUT_MS;
  while (clock.now() < giveUpAt) {
    await clock.sleep(delay, signal);
    if (signal?.aborted) throw new FoundryError({ operation, serviceMessage: 'cancelled while waiting' });
    const res = await arm.send<AsyncOperationStatus>({ method: 'GET', path: url, operation, accept: [202] });
    await onPoll?.();
    if (statusUrl) {
      const status = res.body?.status;
      if (res.status !== 202 && (!status || TERMINAL_STATUS.test(status)))
        return res.body ?? { status: 'Succeeded' };
    } else if (res.status !== 202) {
      // A Location URL ends with any 2xx but 202: 200 with the result, or 204 with none.
      return { status: 'Succeeded' };
    }
    delay = nextPollDelay(res.headers, delay, pollMs);
  }
  throw new FoundryError({
    operation,
    serviceMessage: `the operation did not end within ${OPERATION_TIMEOUT_MS / 60_000} minutes`,
    fix: 'Look at the resource in the studio; run again to pick up where it is.',
  });
}

export interface ProvisioningOptions {
  clock: Clock;
  signal?: AbortSignal;
  pollMs: number;
  /** Called once per provisioning state seen (not once per poll). */
  onState?: (state: string) => void;
}

/**
 * Polls a resource until its `provisioningState` is terminal (an update answered 200 names no operation).
 * Answers the last state read.
 */
export async function waitForProvisioning<T>(
  read: () => Promise<{ state?: string; resource: T }>,
  operation: string,
  { clock, signal, pollMs, onState }: ProvisioningOptions,
  initialState?: string,
): Promise<{ state: string; resource: T | undefined }> {
  let last = initialState;
  let delay = pollMs;
  let resource: T | undefined;
  const giveUpAt = clock.now() + OPERATION_TIMEOUT_MS;
  while (!last || !TERMINAL_STATUS.test(last)) {
    if (clock.now() >= giveUpAt) {
      throw new FoundryError({
        operation,
        serviceMessage: `provisioning did not end within ${OPERATION_TIMEOUT_MS / 60_000} minutes (last state ${last ?? 'unknown'})`,
        fix: 'Look at the resource in the studio; run again to pick up where it is.',
      });
    }
    await clock.sleep(delay, signal);
    if (signal?.aborted) throw new FoundryError({ operation, serviceMessage: 'cancelled while waiting' });
    const now = await read();
    resource = now.resource;
    if (now.state && now.state !== last) {
      last = now.state;
      onState?.(now.state);
    }
    delay = nextPollDelay(undefined, delay, pollMs);
  }
  return { state: last, resource };
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
