/**
 * The `/openai/v1` data plane through the official `openai` package. Why that client: it speaks exactly this
 * API (files, fine_tuning jobs, events, checkpoints, pause/resume/cancel, cursor pages), takes the v1 base
 * URL of a project and an async token function (NOTES section 14), and passes Azure's extra body field
 * `trainingType` through as given. Its built-in retry is OFF (`maxRetries: 0`): it retries 409 and 5xx,
 * which would send a job create or a file upload twice. Reads retry here instead, with the project's retry
 * policy on the injected clock; creates never retry blindly: the caller looks for the earlier attempt first.
 */
import OpenAI, { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { getBearerTokenProvider, type TokenCredential } from '@azure/identity';
import type { Clock, Logger } from '../../runtime/types.ts';
import { FoundryError, errorMessage } from '../../foundry/errors.ts';
import { retryDecision, type RetryOptions } from '../../foundry/retry.ts';
import { DEFAULT_DATA_PLANE_SCOPE, projectError, type CallKind } from './errors.ts';

export type DataPlaneAuth =
  { kind: 'entra'; credential: TokenCredential; scope?: string } | { kind: 'key'; key: string };

export interface DataPlaneOptions {
  baseURL: string;
  auth: DataPlaneAuth;
  retry: RetryOptions;
  clock: Clock;
  log: Logger;
  signal?: AbortSignal;
  /** Per-request timeout (default 120 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class DataPlane {
  readonly client: OpenAI;
  readonly scope: string;

  constructor(private readonly options: DataPlaneOptions) {
    const { auth } = options;
    this.scope = auth.kind === 'entra' ? (auth.scope ?? DEFAULT_DATA_PLANE_SCOPE) : DEFAULT_DATA_PLANE_SCOPE;
    if (auth.kind === 'key') options.log.secret(auth.key);
    this.client = new OpenAI({
      baseURL: options.baseURL,
      // Entra: a fresh token per request (the provider caches and refreshes); key: sent as Azure's `api-key` too.
      apiKey: auth.kind === 'entra' ? getBearerTokenProvider(auth.credential, this.scope) : auth.key,
      ...(auth.kind === 'key' ? { defaultHeaders: { 'api-key': auth.key } } : {}),
      maxRetries: 0,
      timeout: options.timeoutMs ?? 120_000,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  /**
   * One call. `idempotent` calls (reads, cancel/pause/resume) retry 408/429/5xx and dropped connections;
   * others are sent once and fail with the service's answer, for the caller to look before resending.
   */
  async call<T>(
    operation: string,
    kind: CallKind,
    send: (options: { signal?: AbortSignal; maxRetries: 0 }) => Promise<T>,
    { idempotent, accept404 = false }: { idempotent: boolean; accept404?: boolean },
  ): Promise<T | undefined> {
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await send({ signal: this.options.signal, maxRetries: 0 });
      } catch (e) {
        if (e instanceof APIUserAbortError || this.options.signal?.aborted) {
          throw new FoundryError({ operation, serviceMessage: 'cancelled' });
        }
        if (!(e instanceof APIError)) throw e;
        if (accept404 && e.status === 404) return undefined;
        const connection = e instanceof APIConnectionError;
        const decision = idempotent
          ? retryDecision(
              {
                retryCount,
                status: connection ? undefined : e.status,
                headers: e.headers ? { get: (n: string) => e.headers?.get(n) ?? undefined } : undefined,
                errorCode: connection ? 'ECONNRESET' : undefined,
              },
              this.options.retry,
            )
          : { retry: false as const };
        if (!decision.retry) throw this.explain(operation, kind, e);
        this.options.log.debug(`retrying ${operation} after ${decision.reason} in ${decision.delayMs} ms`);
        await this.options.clock.sleep(decision.delayMs, this.options.signal);
      }
    }
  }

  /** Whether a failed create may have reached the service (so looking for its result makes sense). */
  static mayHaveArrived(error: unknown): boolean {
    const status = error instanceof FoundryError ? error.status : undefined;
    return status === undefined || status === 408 || status === 409 || status === 429 || status >= 500;
  }

  /** A create that may be sent again once nothing was found: transient answers, and 409 (a conflict in flight). */
  static isRetryable(error: unknown): boolean {
    const status = error instanceof FoundryError ? error.status : undefined;
    return (
      status === undefined ||
      status === 408 ||
      status === 409 ||
      status === 429 ||
      (status >= 500 && status !== 501)
    );
  }

  /** The pause before sending a create again: the retry policy's backoff for a transient answer. */
  backoff(retryCount: number): number | undefined {
    const decision = retryDecision({ retryCount, status: 503 }, this.options.retry);
    return decision.retry ? decision.delayMs : undefined;
  }

  explain(operation: string, kind: CallKind, e: APIError): FoundryError {
    if (e instanceof APIConnectionError) {
      return new FoundryError({
        operation,
        serviceMessage: errorMessage(e.cause ?? e),
        fix: `Check that the project endpoint (${this.options.baseURL}) is reachable from the runner, then run again.`,
      });
    }
    return projectError(operation, e.status, { error: e.error }, kind, this.scope);
  }
}
