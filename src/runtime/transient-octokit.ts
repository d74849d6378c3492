/**
 * The transient-fault policy for Octokit (GitHub REST), as the options of its retry and throttling plugins
 * and one small plugin of ours.
 *
 * Why not `@octokit/plugin-retry` alone (8.1.1, `error-request.js`): it retries every status >= 400 not in
 * `doNotRetry`, POSTs included (a lost answer to "create comment" becomes a second comment), waits
 * (n+1)^2 x 1 s with no jitter, ignores `Retry-After` on 5xx and 429, and has no time budget. And
 * `@octokit/request` (10.0.16, `fetch-wrapper.js`) swallows a body that fails to read or parse: a JSON
 * answer cut off mid-way arrives as `data: ""` with status 200, so no plugin ever sees a failure. So:
 *
 * - `options.retry` turns plugin-retry off (left on, it would retry beneath ours and multiply the budget);
 * - `options.throttle` keeps plugin-throttling for GitHub's own rate limits (primary: `x-ratelimit-*`;
 *   secondary: its message and `retry-after`), and its two handlers answer from the same budget: retry
 *   while attempts remain and the wait is one the budget allows;
 * - `plugin` wraps every request (outside the throttling plugin, so a retry is paced like any write):
 *   408/429/5xx answers, resets, timeouts and JSON bodies that came cut off or empty are retried for
 *   idempotent methods, and a POST only when nothing was sent or a read-back says it did not take effect.
 *
 * Use: `getOctokit(token, { baseUrl, ...t.options }, retry, throttling, t.plugin)` with
 * `const t = octokitTransient(policy, { log })`.
 */
import type { Logger } from './types.ts';
import {
  errorCause,
  formatDuration,
  isJsonType,
  serviceDetail,
  statusCause,
  timeoutCause,
  type AttemptResult,
  type Cause,
  type HeaderLookup,
  type ReadBack,
  type TransientPolicy,
} from './transient.ts';

/** What the plugin reads of Octokit's request options and answers (structural: Octokit's types are not ours). */
export interface OctokitRequestOptions {
  method: string;
  url: string;
  request?: { signal?: AbortSignal; [key: string]: unknown };
  [key: string]: unknown;
}

export interface OctokitResponseLike {
  status: number;
  url: string;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

type RequestFn = (options: OctokitRequestOptions) => Promise<OctokitResponseLike>;

interface OctokitHooks {
  hook: {
    wrap(
      name: 'request',
      hook: (request: RequestFn, options: OctokitRequestOptions) => Promise<unknown>,
    ): void;
  };
}

interface RequestErrorLike {
  name?: string;
  status?: number;
  message?: string;
  response?: OctokitResponseLike;
  cause?: unknown;
}

/** GitHub REST changes named fields to the values given on PATCH, so a PATCH repeated is a PATCH once. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);

export interface OctokitTransientOptions {
  log?: Pick<Logger, 'warning' | 'debug'>;
  /** For a POST whose answer was lost: did it take effect? (e.g. list the comments and look for ours). */
  readBack?: (options: OctokitRequestOptions, cause: Cause) => Promise<ReadBack<OctokitResponseLike>>;
}

function headerLookup(headers: OctokitResponseLike['headers'] | undefined): HeaderLookup {
  return {
    get: (name) =>
      headers?.[name.toLowerCase()] === undefined ? undefined : String(headers[name.toLowerCase()]),
  };
}

/** A rate limit as plugin-throttling 11 recognises one (`index.js`): its business, not ours. */
export function isGitHubRateLimit(error: RequestErrorLike): boolean {
  if (error.status !== 403 && error.status !== 429) return false;
  const h = error.response?.headers ?? {};
  return String(h['x-ratelimit-remaining']) === '0' || /\bsecondary rate\b/i.test(error.message ?? '');
}

export function octokitTransient(
  policy: TransientPolicy,
  options: OctokitTransientOptions = {},
): {
  options: {
    retry: { enabled: false };
    throttle: {
      onRateLimit: (
        retryAfter: number,
        opts: { method: string; url: string },
        octokit: unknown,
        retryCount: number,
      ) => boolean;
      onSecondaryRateLimit: (
        retryAfter: number,
        opts: { method: string; url: string },
        octokit: unknown,
        retryCount: number,
      ) => boolean;
    };
  };
  plugin: (octokit: object) => void;
} {
  const budget = policy.budget;
  const firstSeen = new WeakMap<object, number>();
  const rateLimit =
    (kind: string) =>
    (
      retryAfter: number,
      opts: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const now = policy.clock.now();
      if (!firstSeen.has(opts)) firstSeen.set(opts, now);
      const waitMs = Math.max(0, retryAfter) * 1000;
      const elapsed = now - firstSeen.get(opts)!;
      const retry =
        retryCount + 1 < budget.maxAttempts &&
        waitMs <= budget.maxRetryAfterMs &&
        elapsed + waitMs <= budget.maxElapsedMs;
      options.log?.warning(
        `GitHub ${kind} on ${opts.method} ${opts.url}; ${retry ? `retrying in ${formatDuration(waitMs)}` : `giving up after ${retryCount + 1} attempt${retryCount === 0 ? '' : 's'} (asked to wait ${formatDuration(waitMs)})`}.`,
      );
      return retry;
    };

  const plugin = (octokit: object): void => {
    (octokit as OctokitHooks).hook.wrap('request', (request, requestOptions) => {
      const method = requestOptions.method.toUpperCase();
      const callerSignal = requestOptions.request?.signal;
      const attempt = async (): Promise<AttemptResult<OctokitResponseLike>> => {
        const timer = new AbortController();
        const timeout = setTimeout(() => timer.abort(), budget.attemptTimeoutMs);
        const signal = callerSignal ? AbortSignal.any([callerSignal, timer.signal]) : timer.signal;
        try {
          const response = await request({
            ...requestOptions,
            request: { ...requestOptions.request, signal },
          });
          const contentType = response.headers['content-type'];
          // @octokit/request hands a JSON body that failed to read or parse back as text.
          if (
            isJsonType(String(contentType ?? '')) &&
            typeof response.data === 'string' &&
            response.status !== 204
          ) {
            return {
              ok: false,
              cause: {
                kind: response.data === '' ? 'truncated' : 'unparsable',
                status: response.status,
                message: `the answer (HTTP ${response.status}, JSON) ${response.data === '' ? 'came with its body empty or cut off' : 'does not parse'}`,
                effect: response.status >= 200 && response.status < 300 ? 'applied' : 'unknown',
              },
              value: response,
            };
          }
          return { ok: true, value: response };
        } catch (e) {
          if (callerSignal?.aborted) throw e;
          if (timer.signal.aborted)
            return { ok: false, cause: timeoutCause(budget.attemptTimeoutMs), error: e };
          const err = e as RequestErrorLike;
          if (err.response) {
            if (isGitHubRateLimit(err)) throw e;
            const cause = statusCause(
              err.response.status,
              headerLookup(err.response.headers),
              detailOf(err.response.data),
              policy.clock.now(),
            );
            if (!cause) throw e;
            return { ok: false, cause, error: e };
          }
          // No answer: @octokit/request wraps fetch's error (status 500, the socket error as `cause`).
          const cause = errorCause(err.cause ?? e);
          if (!cause) throw e;
          return { ok: false, cause, error: e };
        } finally {
          clearTimeout(timeout);
        }
      };
      return policy.run<OctokitResponseLike>({
        operation: `GitHub ${method} ${requestOptions.url}`,
        idempotent: IDEMPOTENT.has(method),
        readBack: options.readBack ? (cause) => options.readBack!(requestOptions, cause) : undefined,
        signal: callerSignal,
        attempt,
      });
    });
  };

  return {
    options: {
      retry: { enabled: false },
      throttle: {
        onRateLimit: rateLimit('rate limit'),
        onSecondaryRateLimit: rateLimit('secondary rate limit'),
      },
    },
    plugin,
  };
}

function detailOf(data: unknown): { code?: string; message?: string } {
  if (typeof data === 'string') return serviceDetail(data);
  if (data && typeof data === 'object') {
    const message = (data as { message?: unknown }).message;
    return typeof message === 'string' ? { message: message.slice(0, 200) } : {};
  }
  return {};
}
