/**
 * An OpenAI-style chat-completions client for one endpoint, built to push a golden set through a
 * rate-limited serverless deployment as fast as its limits allow and never lose an example:
 * - client-side sliding-window limits on requests and tokens a minute (the inputs), so we do not cause
 *   the 429s in the first place;
 * - adaptive concurrency (AIMD) when the service throttles anyway, and a shared pause for `Retry-After`
 *   / `retry-after-ms`, so every request waits rather than each finding out on its own;
 * - retries with exponential backoff and seeded jitter on 5xx, 408, dropped connections and timeouts;
 * - a content-filter block is an answer of its own kind, not a failure; 401/403/404 are `fatal`: every
 *   other request would fail the same way;
 * - the wire contract of inference-contract.ts: `extra-parameters: drop`, the key in the header(s) the
 *   host takes, error bodies in the flat and the nested shape, and a 422 that names a parameter the model
 *   refuses: `seed` is dropped for the rest of the run and the request sent once more without it; any
 *   other parameter is one fatal answer that names it.
 */
import type { Clock, Logger } from '../runtime/types.ts';
import type { ChatMessage } from '../dataset/types.ts';
import { AdaptiveConcurrency, SlidingWindowLimiter } from './rate-limiter.ts';
import { seededRandom } from './random.ts';
import { realClock } from '../runtime/clock.ts';
import { anySignal, untilAborted } from '../runtime/abort.ts';
import { redact } from '../runtime/redact.ts';
import {
  EXTRA_PARAMETERS,
  isContentFilter,
  keyHeaders,
  keyStyle,
  readErrorBody,
  unsupportedParameter,
  type UnsupportedParameter,
} from './inference-contract.ts';

export type ChatOutcome =
  | {
      ok: true;
      text: string;
      promptTokens: number;
      completionTokens: number;
      /** Duration of the successful attempt only (not queueing, not earlier attempts). */
      latencyMs: number;
      attempts: number;
      /** The endpoint sent no `usage`; the token counts are estimates. */
      estimatedUsage?: boolean;
    }
  | {
      ok: false;
      kind: 'content_filter' | 'failed';
      message: string;
      attempts: number;
      /** HTTP status of the last attempt, when there was one. */
      status?: number;
      /** The endpoint refuses every request (bad key, wrong URL): stop asking. */
      fatal?: boolean;
    };

export interface ChatClientStats {
  /** HTTP attempts sent, retries included. */
  requests: number;
  retries: number;
  throttled: number;
  serverErrors: number;
  connectionErrors: number;
  timeouts: number;
  /** Lowest concurrency the client went down to after 429s. */
  lowestConcurrency: number;
  concurrency: number;
}

export interface ChatClient {
  /** Where requests go (no key); for logs and reports. */
  readonly endpoint: string;
  complete(
    messages: readonly ChatMessage[],
    options?: { maxTokens?: number; signal?: AbortSignal; key?: string },
  ): Promise<ChatOutcome>;
  stats(): ChatClientStats;
}

export interface ChatClientOptions {
  url: string;
  key: string;
  requestsPerMinute: number;
  tokensPerMinute: number;
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  maxTokens: number;
  seed: number;
  clock?: Clock;
  signal?: AbortSignal;
  log?: Pick<Logger, 'debug' | 'warning'>;
  /** First backoff delay and its cap, in ms (defaults 500 and 20,000). */
  backoff?: { baseMs?: number; maxMs?: number };
  /** Longest `Retry-After` honoured as given, in ms (default 120,000): a longer one is capped. */
  maxRetryAfterMs?: number;
  /** Tokens a prompt will count before the endpoint tells us (default: characters / 4). */
  estimatePromptTokens?: (messages: readonly ChatMessage[]) => number;
  fetch?: typeof fetch;
}

/** The API version Azure AI serverless endpoints document for `/chat/completions`. */
export const DEFAULT_API_VERSION = '2024-05-01-preview';
const WINDOW_MS = 60_000;

/**
 * `{url}/chat/completions`, for a base URL given with or without `/v1`, with or without the route
 * itself, with a query kept as it is. Azure's own route wants an `api-version`; the OpenAI-compatible
 * `/v1` route does not, so one is added only when the URL has neither.
 */
export function chatCompletionsUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`endpoint URL '${url}' is not a URL: give the endpoint's https:// address.`);
  }
  let path = parsed.pathname.replace(/\/+$/, '');
  if (!/\/chat\/completions$/.test(path)) path = `${path}/chat/completions`;
  parsed.pathname = path;
  if (!parsed.searchParams.has('api-version') && !/\/v1\/chat\/completions$/.test(path)) {
    parsed.searchParams.set('api-version', DEFAULT_API_VERSION);
  }
  return parsed.toString();
}

/** A URL fit for logs: no query string, no user info. */
export function describeEndpoint(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * Milliseconds to wait from a throttled answer's headers: `retry-after-ms` / `x-ms-retry-after-ms`
 * (Azure, milliseconds) before `retry-after` (seconds, or an HTTP date).
 */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const v = Number(headers.get(name));
    if (headers.has(name) && Number.isFinite(v) && v >= 0) return v;
  }
  const ra = headers.get('retry-after');
  if (ra === null || ra.trim() === '') return undefined;
  const seconds = Number(ra);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function defaultPromptTokenEstimate(messages: readonly ChatMessage[]): number {
  let chars = 0;
  for (const m of messages) chars += (m.content ?? '').length + 16;
  return Math.ceil(chars / 4);
}

type Attempt =
  | { kind: 'ok'; text: string; promptTokens?: number; completionTokens?: number; latencyMs: number }
  | { kind: 'content_filter'; message: string; status: number }
  | { kind: 'retry'; message: string; status?: number; throttled?: boolean; retryAfterMs?: number }
  | { kind: 'fail'; message: string; status: number; fatal: boolean }
  /** A 422 refused a parameter the request can do without: it is dropped, the request goes again. */
  | { kind: 'without'; parameter: string; message: string; status: number };

interface Waiter {
  estimate: number;
  resolve: (permit: Permit) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
}

interface Permit {
  startedAt: number;
  /** Reservation ids in the two windows. */
  request: number;
  tokens: number;
  estimate: number;
}

function snippet(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * Request parameters an answer does not need: a model that refuses one (422) is asked again without it.
 * Without `seed` the answers may differ between reruns, which is said once in the log.
 */
const OPTIONAL_PARAMETERS = new Set(['seed']);

function shown(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return ` (sent: ${snippet(text ?? String(value), 60)})`;
}

function connectionError(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
  return `connection failed (${code})`;
}

class RateLimitedChatClient implements ChatClient {
  readonly endpoint: string;
  private readonly target: string;
  private readonly keyHeaders: Record<string, string>;
  /** Optional parameters the endpoint refused: no longer sent by any request of this client. */
  private readonly dropped = new Set<string>();
  private readonly clock: Clock;
  private readonly fetchFn: typeof fetch;
  private readonly requests: SlidingWindowLimiter;
  private readonly tokens: SlidingWindowLimiter;
  private readonly concurrency: AdaptiveConcurrency;
  private readonly queue: Waiter[] = [];
  private active = 0;
  private cooldownUntil = 0;
  private pumping = false;
  /** Set by the first fatal answer: nothing else is sent to an endpoint that refuses us. */
  private fatal: Extract<Attempt, { kind: 'fail' }> | undefined;
  private wake: AbortController = new AbortController();
  private readonly counters = {
    requests: 0,
    retries: 0,
    throttled: 0,
    serverErrors: 0,
    connectionErrors: 0,
    timeouts: 0,
  };

  constructor(private readonly options: ChatClientOptions) {
    for (const [name, v, min] of [
      ['requestsPerMinute', options.requestsPerMinute, 1],
      ['tokensPerMinute', options.tokensPerMinute, 1],
      ['concurrency', options.concurrency, 1],
      ['maxTokens', options.maxTokens, 1],
      ['timeoutMs', options.timeoutMs, 1],
      ['maxRetries', options.maxRetries, 0],
    ] as const) {
      if (!Number.isFinite(v) || v < min)
        throw new RangeError(`chat client: ${name} must be at least ${min}`);
    }
    this.target = chatCompletionsUrl(options.url);
    this.endpoint = describeEndpoint(options.url);
    this.keyHeaders = keyHeaders(keyStyle(options.url), options.key);
    this.clock = options.clock ?? realClock;
    this.fetchFn = options.fetch ?? fetch;
    this.requests = new SlidingWindowLimiter(options.requestsPerMinute, WINDOW_MS);
    this.tokens = new SlidingWindowLimiter(options.tokensPerMinute, WINDOW_MS);
    this.concurrency = new AdaptiveConcurrency(Math.floor(options.concurrency));
  }

  stats(): ChatClientStats {
    return {
      ...this.counters,
      lowestConcurrency: this.concurrency.lowest,
      concurrency: this.concurrency.limit,
    };
  }

  async complete(
    messages: readonly ChatMessage[],
    options: { maxTokens?: number; signal?: AbortSignal; key?: string } = {},
  ): Promise<ChatOutcome> {
    const maxTokens = options.maxTokens ?? this.options.maxTokens;
    const estimatePrompt = (this.options.estimatePromptTokens ?? defaultPromptTokenEstimate)(messages);
    const payload: Record<string, unknown> = {
      messages: messages.map(({ weight: _weight, ...m }) => m),
      max_tokens: maxTokens,
      temperature: 0,
      seed: this.options.seed,
    };
    const signal = anySignal(this.options.signal, options.signal);
    const jitter = seededRandom(this.options.seed, `retry:${options.key ?? JSON.stringify(payload)}`);
    let maxAttempts = 1 + this.options.maxRetries;
    let last: Extract<Attempt, { kind: 'retry' }> | undefined;
    let resentWithout = false;

    let attempts = 0;
    while (attempts < maxAttempts) {
      attempts++;
      if (attempts > 1) this.counters.retries++;
      let permit: Permit;
      try {
        permit = await this.acquire(estimatePrompt + maxTokens, signal, attempts > 1);
      } catch {
        if (this.fatal) {
          const { message, status } = this.fatal;
          return { ok: false, kind: 'failed', fatal: true, message, status, attempts: attempts - 1 };
        }
        return { ok: false, kind: 'failed', message: 'cancelled before it was sent', attempts: attempts - 1 };
      }
      const sent = Object.fromEntries(Object.entries(payload).filter(([k]) => !this.dropped.has(k)));
      const result = await this.attempt(JSON.stringify(sent), Object.keys(sent), signal);
      if (result.kind === 'fail' && result.fatal) this.fatal ??= result;
      this.release(permit, result);
      if (result.kind === 'without') {
        if (!this.dropped.has(result.parameter)) {
          this.dropped.add(result.parameter);
          this.options.log?.warning(
            `${this.endpoint}: the model refuses '${result.parameter}' (422); the evaluation goes on without it, so reruns may answer differently.`,
          );
        }
        // The one resend is not a retry of a failure: it does not use up the example's retries.
        if (!resentWithout) maxAttempts++;
        resentWithout = true;
        continue;
      }

      if (result.kind === 'ok') {
        this.concurrency.onSuccess();
        const estimated = result.promptTokens === undefined || result.completionTokens === undefined;
        return {
          ok: true,
          text: result.text,
          promptTokens: result.promptTokens ?? estimatePrompt,
          completionTokens: result.completionTokens ?? Math.ceil(result.text.length / 4),
          latencyMs: result.latencyMs,
          attempts,
          ...(estimated ? { estimatedUsage: true } : {}),
        };
      }
      if (result.kind === 'content_filter') {
        return {
          ok: false,
          kind: 'content_filter',
          message: result.message,
          attempts,
          status: result.status,
        };
      }
      if (result.kind === 'fail') {
        return {
          ok: false,
          kind: 'failed',
          message: result.message,
          attempts,
          status: result.status,
          ...(result.fatal ? { fatal: true } : {}),
        };
      }
      last = result;
      const now = this.clock.now();
      if (result.throttled) {
        this.counters.throttled++;
        this.concurrency.onThrottle(permit.startedAt, now);
      }
      if (signal?.aborted || attempts === maxAttempts) break;
      if (result.throttled && result.retryAfterMs !== undefined) {
        // Everyone waits: the limit is the endpoint's, not this request's.
        const wait = Math.min(result.retryAfterMs, this.options.maxRetryAfterMs ?? 120_000);
        this.cooldownUntil = Math.max(this.cooldownUntil, now + wait);
        this.options.log?.debug(`${this.endpoint}: throttled, pausing ${Math.round(wait)} ms (Retry-After).`);
      } else {
        const delay = this.backoffMs(attempts, jitter());
        this.options.log?.debug(
          `${this.endpoint}: ${result.message}; retry ${attempts} in ${Math.round(delay)} ms.`,
        );
        await this.clock.sleep(delay, signal);
      }
    }
    return {
      ok: false,
      kind: 'failed',
      message: signal?.aborted
        ? 'cancelled'
        : `${last?.message ?? 'no answer'} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})`,
      attempts,
      ...(last?.status !== undefined ? { status: last.status } : {}),
    };
  }

  /** Exponential backoff with "equal jitter": half fixed, half random, so retries spread out. */
  private backoffMs(attempt: number, random: number): number {
    const base = this.options.backoff?.baseMs ?? 500;
    const cap = this.options.backoff?.maxMs ?? 20_000;
    const exp = Math.min(cap, base * 2 ** (attempt - 1));
    return exp / 2 + (exp / 2) * random;
  }

  private acquire(estimate: number, signal: AbortSignal | undefined, retry: boolean): Promise<Permit> {
    return new Promise<Permit>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const waiter: Waiter = { estimate, resolve, reject, signal };
      // A retry goes first: its example has waited longest, and reports come out in a steady order.
      if (retry) this.queue.unshift(waiter);
      else this.queue.push(waiter);
      signal?.addEventListener('abort', () => this.notify(), { once: true });
      void this.pump();
    });
  }

  private release(permit: Permit, result: Attempt): void {
    const now = this.clock.now();
    this.active--;
    this.requests.settle(permit.request, now, 1);
    // Throttled and failed attempts produced no tokens; an answer without `usage` keeps its estimate.
    const used =
      result.kind !== 'ok'
        ? 0
        : result.promptTokens !== undefined
          ? result.promptTokens + (result.completionTokens ?? 0)
          : permit.estimate;
    this.tokens.settle(permit.tokens, now, used);
    this.notify();
  }

  private notify(): void {
    this.wake.abort();
    this.wake = new AbortController();
  }

  /** Hands out permits in queue order whenever concurrency, the pause and both windows allow. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const head = this.queue[0]!;
        if (this.fatal) {
          this.queue.shift();
          head.reject(new Error(this.fatal.message));
          continue;
        }
        if (head.signal?.aborted) {
          this.queue.shift();
          head.reject(head.signal.reason);
          continue;
        }
        const wake = this.wake.signal;
        if (this.active >= this.concurrency.limit) {
          await untilAborted(wake);
          continue;
        }
        const now = this.clock.now();
        const waits = [
          this.cooldownUntil - now,
          this.requests.waitTime(now, 1),
          this.tokens.waitTime(now, head.estimate),
        ];
        if (waits.some((w) => w === undefined)) {
          await untilAborted(wake);
          continue;
        }
        const wait = Math.max(...(waits as number[]));
        if (wait > 0) {
          await this.clock.sleep(wait, wake);
          continue;
        }
        this.queue.shift();
        this.active++;
        head.resolve({
          startedAt: now,
          request: this.requests.reserve(1),
          tokens: this.tokens.reserve(head.estimate),
          estimate: head.estimate,
        });
      }
    } finally {
      this.pumping = false;
    }
  }

  private async attempt(
    body: string,
    parameters: readonly string[],
    outer: AbortSignal | undefined,
  ): Promise<Attempt> {
    this.counters.requests++;
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = outer ? AbortSignal.any([outer, timeout]) : timeout;
    const started = performance.now();
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFn(this.target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'extra-parameters': EXTRA_PARAMETERS,
          ...this.keyHeaders,
        },
        body,
        signal,
      });
      text = await response.text();
    } catch (e) {
      if (timeout.aborted && !outer?.aborted) {
        this.counters.timeouts++;
        return { kind: 'retry', message: `no answer within ${this.options.timeoutMs} ms` };
      }
      if (outer?.aborted) return { kind: 'retry', message: 'cancelled' };
      this.counters.connectionErrors++;
      return { kind: 'retry', message: this.redact(connectionError(e)) };
    }
    const latencyMs = performance.now() - started;
    const status = response.status;

    if (status >= 200 && status < 300) return this.parseAnswer(text, latencyMs, status);
    const err = readErrorBody(text);
    const detail = this.redact(err.message ?? snippet(text));
    if (status === 429) {
      return {
        kind: 'retry',
        status,
        throttled: true,
        message: `429 throttled${detail ? `: ${detail}` : ''}`,
        retryAfterMs: retryAfterMs(response.headers, this.clock.now()),
      };
    }
    if (status >= 500 || status === 408) {
      this.counters.serverErrors++;
      return { kind: 'retry', status, message: `${status} from the endpoint${detail ? `: ${detail}` : ''}` };
    }
    if (isContentFilter(err)) {
      return { kind: 'content_filter', status, message: detail || 'blocked by the content filter' };
    }
    const refused = unsupportedParameter(status, err);
    if (refused) return this.refusedParameter(refused, parameters, status, detail);
    if (status === 401 || status === 403) {
      return {
        kind: 'fail',
        status,
        fatal: true,
        message: `${status}: the endpoint refused the key${detail ? ` (${detail})` : ''}. Check the endpoint's key input.`,
      };
    }
    if (status === 404) {
      return {
        kind: 'fail',
        status,
        fatal: true,
        message: `404: no chat-completions route at ${this.endpoint}${detail ? ` (${detail})` : ''}. Check the endpoint URL.`,
      };
    }
    return { kind: 'fail', status, fatal: false, message: `${status}${detail ? `: ${detail}` : ''}` };
  }

  /**
   * A 422 naming a parameter: an optional one that was sent is dropped and the request sent again; any
   * other is fatal, since every request carries it and would be refused the same way.
   */
  private refusedParameter(
    refused: UnsupportedParameter,
    parameters: readonly string[],
    status: number,
    detail: string,
  ): Attempt {
    const top = refused.parameter.split('.')[0]!;
    if (OPTIONAL_PARAMETERS.has(top) && parameters.includes(top)) {
      return { kind: 'without', parameter: top, status, message: `${status}: '${top}' refused` };
    }
    return {
      kind: 'fail',
      status,
      fatal: true,
      message: this.redact(
        `${status}: the model at ${this.endpoint} does not support the parameter '${refused.parameter}'${shown(refused.value)}${detail ? `: ${detail.replace(/\.?$/, '.')}` : '.'} Every request of the evaluation sends it, so no more were sent.`,
      ),
    };
  }

  private parseAnswer(text: string, latencyMs: number, status: number): Attempt {
    let body: {
      choices?: { message?: { content?: unknown }; finish_reason?: string }[];
      usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
    };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // A truncated body is what a connection dropped mid-answer looks like: worth another try.
      this.counters.connectionErrors++;
      return { kind: 'retry', status, message: `answer is not JSON: ${snippet(text, 80)}` };
    }
    const choice = body.choices?.[0];
    if (!choice) return { kind: 'retry', status, message: 'answer has no choices' };
    if (choice.finish_reason === 'content_filter') {
      return {
        kind: 'content_filter',
        status,
        message: 'the answer was filtered (finish_reason content_filter)',
      };
    }
    const content = choice.message?.content;
    const num = (v: unknown): number | undefined =>
      typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
    return {
      kind: 'ok',
      text: typeof content === 'string' ? content : '',
      promptTokens: num(body.usage?.prompt_tokens),
      completionTokens: num(body.usage?.completion_tokens),
      latencyMs,
    };
  }

  private redact(text: string): string {
    return redact(text, [this.options.key]);
  }
}

export function createChatClient(options: ChatClientOptions): ChatClient {
  return new RateLimitedChatClient(options);
}
