/**
 * How the ARM pipeline retries. Azure's default retry policy gives up after 3 retries and ignores a 429 that
 * carries no Retry-After; both change the outcome of a long run when a fifth of the requests fail. This one
 * retries throttling (429, 503) and transient answers (408, 5xx except 501/505) and dropped connections up to
 * `maxRetries` times, honouring Retry-After (capped), else exponential backoff with jitter.
 */
import type { PipelinePolicy, PipelineResponse } from '@azure/core-rest-pipeline';
import { isRestError } from '@azure/core-rest-pipeline';

interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface RetryOptions {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff; doubles each retry. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After we honour as given; longer ones are capped (a runner's budget is finite). */
  maxRetryAfterMs: number;
}

/**
 * Real Azure: 10 retries from 1 s doubling to 30 s covers minutes of trouble. Tests shorten the base delay
 * with the `FOUNDRY_FINETUNE_RETRY_BASE_MS` environment variable (documented in src/foundry/README.md); the
 * emulator's Retry-After is honoured as is.
 */
export function retryOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RetryOptions {
  const base = Number(env.FOUNDRY_FINETUNE_RETRY_BASE_MS);
  const baseDelayMs = Number.isFinite(base) && base >= 0 ? base : 1000;
  return { maxRetries: 10, baseDelayMs, maxDelayMs: Math.max(baseDelayMs, 30_000), maxRetryAfterMs: 120_000 };
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'REQUEST_SEND_ERROR',
]);

export interface Attempt {
  /** 0 for the first retry decision. */
  retryCount: number;
  status?: number;
  headers?: { get(name: string): string | undefined };
  /** Error code when no answer came (a reset connection). */
  errorCode?: string;
  /** Random number in [0, 1) for jitter; injectable for tests. */
  random?: number;
}

export type RetryDecision = { retry: false } | { retry: true; delayMs: number; reason: string };

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/** Pure: whether and when to retry. */
export function retryDecision(attempt: Attempt, options: RetryOptions): RetryDecision {
  if (attempt.retryCount >= options.maxRetries) return { retry: false };
  const retryable =
    (attempt.status !== undefined && isRetryableStatus(attempt.status)) ||
    (attempt.status === undefined &&
      attempt.errorCode !== undefined &&
      TRANSIENT_CODES.has(attempt.errorCode));
  if (!retryable) return { retry: false };
  const reason = attempt.status !== undefined ? `HTTP ${attempt.status}` : (attempt.errorCode ?? 'error');
  const retryAfter = attempt.headers ? retryAfterMs(attempt.headers) : undefined;
  if (retryAfter !== undefined) {
    return { retry: true, delayMs: Math.min(retryAfter, options.maxRetryAfterMs), reason };
  }
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt.retryCount);
  // Full jitter between half and the whole delay, so parallel clients spread out.
  const jitter = 0.5 + 0.5 * (attempt.random ?? Math.random());
  return { retry: true, delayMs: Math.round(exponential * jitter), reason };
}

/** `retry-after-ms`, `x-ms-retry-after-ms` (ms) or `Retry-After` (seconds or an HTTP date). */
export function retryAfterMs(
  headers: { get(name: string): string | undefined },
  now = Date.now(),
): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const v = headers.get(name);
    if (v !== undefined && v.trim() !== '' && Number.isFinite(Number(v))) return Math.max(0, Number(v));
  }
  const v = headers.get('retry-after');
  if (v === undefined || v.trim() === '') return undefined;
  if (Number.isFinite(Number(v))) return Math.max(0, Number(v) * 1000);
  const date = Date.parse(v);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

export const ARM_RETRY_POLICY_NAME = 'foundryRetryPolicy';

/** The pipeline policy around `retryDecision`; `onRetry` lets the caller count or log retries. */
export function armRetryPolicy(
  options: RetryOptions,
  onRetry?: (info: { url: string; method: string; reason: string; delayMs: number }) => void,
): PipelinePolicy {
  return {
    name: ARM_RETRY_POLICY_NAME,
    async sendRequest(request, next) {
      for (let retryCount = 0; ; retryCount++) {
        let response: PipelineResponse | undefined;
        let error: unknown;
        try {
          response = await next(request);
        } catch (e) {
          if (!isRestError(e)) throw e;
          error = e;
          response = e.response;
        }
        if (request.abortSignal?.aborted) throw error ?? new Error('The operation was aborted.');
        const decision = retryDecision(
          {
            retryCount,
            status: response?.status,
            headers: response?.headers,
            errorCode: isRestError(error) ? error.code : undefined,
          },
          options,
        );
        if (!decision.retry) {
          if (error) throw error;
          return response!;
        }
        onRetry?.({
          url: request.url,
          method: request.method,
          reason: decision.reason,
          delayMs: decision.delayMs,
        });
        await sleep(decision.delayMs, request.abortSignal);
      }
    },
  };
}

function sleep(ms: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('The operation was aborted.'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error('The operation was aborted.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
