/**
 * A client for Azure AI Content Safety's `text:analyze` (the REST shape `@azure-rest/ai-content-safety`
 * 1.0 sends), built so screening a whole dataset never loses an example:
 * - bounded, adaptive concurrency and a shared pause on `Retry-After` (see throttle.ts);
 * - retries with exponential backoff and jitter on 5xx, 408, dropped connections, timeouts and truncated
 *   answers; 429s have a budget of their own, since "later" is not a failure;
 * - a text over the service's 10,000-character limit is sent in chunks, and the worst severity per
 *   category is kept;
 * - 401/403/404 and a sign-in failure are fatal: every other request would fail the same way, so the
 *   client stops and says which input to fix. The key is never part of a message.
 */
import type { Clock, Logger } from '../runtime/types.ts';
import { retryAfterMs } from '../evaluation/chat-client.ts';
import { seededRandom } from '../evaluation/random.ts';
import { maxSeverities, parseAnalysis, zeroSeverities } from './severity.ts';
import { splitText } from './text.ts';
import { RequestThrottle, type Permit } from './throttle.ts';
import {
  CONTENT_SAFETY_API_VERSION,
  MAX_TEXT_CHARS,
  OUTPUT_TYPE,
  SafetyError,
  type Severities,
} from './types.ts';
import { realClock } from '../runtime/clock.ts';
import { anySignal } from '../runtime/abort.ts';
import { redact } from '../runtime/redact.ts';

/** The Entra scope of Azure AI services (Content Safety included). */
export const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';

/** What the client needs of an Azure credential (`createCredential`'s result fits). */
export interface TokenSource {
  getToken(scopes: string | string[]): Promise<{ token: string; expiresOnTimestamp: number } | null>;
}

export type ContentSafetyAuth = { key: string } | { credential: TokenSource };

export type AnalyzeOutcome =
  | { ok: true; severities: Severities }
  | {
      ok: false;
      message: string;
      /** Nothing sent to this endpoint can succeed (bad key, wrong URL, no sign-in). */
      fatal?: boolean;
    };

export interface ContentSafetyStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  retries: number;
  throttled: number;
  serverErrors: number;
  connectionErrors: number;
  timeouts: number;
  /** Texts over the size limit that went out in several requests. */
  chunkedTexts: number;
  /** Lowest concurrency reached after 429s, and the configured one. */
  lowestConcurrency: number;
  concurrency: number;
}

export interface ContentSafetyClient {
  /** Where requests go (origin only), for logs and reports. */
  readonly endpoint: string;
  analyze(text: string, signal?: AbortSignal): Promise<AnalyzeOutcome>;
  stats(): ContentSafetyStats;
}

export interface ContentSafetyClientOptions {
  /** The resource endpoint, e.g. `https://<name>.cognitiveservices.azure.com`. */
  endpoint: string;
  auth: ContentSafetyAuth;
  concurrency: number;
  /** Optional client-side cap; without it the client adapts to the service's 429s. */
  requestsPerMinute?: number;
  /** Retries on errors (5xx, resets, timeouts) per request; default 6. */
  maxRetries?: number;
  /** Retries on 429 per request; default 30. */
  maxThrottleRetries?: number;
  /** Per-request timeout; default 30,000 ms. */
  timeoutMs?: number;
  /** First backoff delay and its cap, in ms (defaults 500 and 20,000). */
  backoff?: { baseMs?: number; maxMs?: number };
  /** Longest `Retry-After` honoured as given (default 60,000 ms). */
  maxRetryAfterMs?: number;
  clock?: Clock;
  fetch?: typeof fetch;
  log?: Pick<Logger, 'debug' | 'secret'>;
  signal?: AbortSignal;
  /** Seed of the retry jitter, so reruns retry alike. */
  seed?: number;
}

/** `{endpoint}/contentsafety/text:analyze?api-version=...`, from the resource endpoint or the full route. */
export function analyzeUrl(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new SafetyError(
      `content-safety-endpoint '${endpoint}' is not a URL: give the resource's https://<name>.cognitiveservices.azure.com address.`,
    );
  }
  let path = url.pathname.replace(/\/+$/, '');
  if (!/\/contentsafety\/text:analyze$/.test(path)) path = `${path}/contentsafety/text:analyze`;
  url.pathname = path;
  url.search = '';
  url.searchParams.set('api-version', CONTENT_SAFETY_API_VERSION);
  return url.toString();
}

type Attempt =
  | { kind: 'ok'; severities: Severities }
  | { kind: 'retry'; message: string; throttled?: boolean; retryAfterMs?: number }
  | { kind: 'fail'; message: string; fatal: boolean };

/** The service's own words from an error body (`{error: {code, message}}`), or a snippet of the raw text. */
function serviceMessage(text: string, status: number): string {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const e = body.error;
    if (e && typeof e.message === 'string') {
      // Content Safety repeats the status as the code ("401"); only a named code adds anything.
      return typeof e.code === 'string' && e.code !== String(status) ? `${e.code}: ${e.message}` : e.message;
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

class RestContentSafetyClient implements ContentSafetyClient {
  readonly endpoint: string;
  private readonly url: string;
  private readonly clock: Clock;
  private readonly fetchFn: typeof fetch;
  private readonly throttle: RequestThrottle;
  private readonly secrets: string[] = [];
  private token: { value: string; refreshAt: number } | undefined;
  private tokenPending: Promise<string> | undefined;
  private fatal: string | undefined;
  private readonly counters = {
    requests: 0,
    retries: 0,
    throttled: 0,
    serverErrors: 0,
    connectionErrors: 0,
    timeouts: 0,
    chunkedTexts: 0,
  };

  constructor(private readonly options: ContentSafetyClientOptions) {
    this.url = analyzeUrl(options.endpoint);
    this.endpoint = new URL(this.url).origin;
    this.clock = options.clock ?? realClock;
    this.fetchFn = options.fetch ?? fetch;
    this.throttle = new RequestThrottle(options.concurrency, this.clock, options.requestsPerMinute);
    if ('key' in options.auth) {
      if (!options.auth.key) throw new SafetyError('content-safety-key is empty.');
      this.secrets.push(options.auth.key);
      options.log?.secret(options.auth.key);
    }
  }

  stats(): ContentSafetyStats {
    return {
      ...this.counters,
      lowestConcurrency: this.throttle.lowest,
      concurrency: Math.max(1, Math.floor(this.options.concurrency)),
    };
  }

  async analyze(text: string, signal?: AbortSignal): Promise<AnalyzeOutcome> {
    if (text.trim() === '') return { ok: true, severities: zeroSeverities() };
    const chunks = splitText(text, MAX_TEXT_CHARS);
    if (chunks.length > 1) this.counters.chunkedTexts++;
    const outcomes = await Promise.all(chunks.map((chunk) => this.analyzeChunk(chunk, signal)));
    let severities = zeroSeverities();
    for (const o of outcomes) {
      if (!o.ok) return o;
      severities = maxSeverities(severities, o.severities);
    }
    return { ok: true, severities };
  }

  private async analyzeChunk(text: string, outer?: AbortSignal): Promise<AnalyzeOutcome> {
    const signal = anySignal(this.options.signal, outer);
    const body = JSON.stringify({ text, outputType: OUTPUT_TYPE });
    const jitter = seededRandom(this.options.seed ?? 0, `content-safety:${text.slice(0, 200)}`);
    const maxRetries = this.options.maxRetries ?? 6;
    const maxThrottleRetries = this.options.maxThrottleRetries ?? 30;
    let errors = 0;
    let throttles = 0;
    let last: string;
    for (let attempt = 1; ; attempt++) {
      if (attempt > 1) this.counters.retries++;
      let permit: Permit;
      try {
        permit = await this.throttle.acquire(signal, attempt > 1);
      } catch {
        if (this.fatal) return { ok: false, fatal: true, message: this.fatal };
        return { ok: false, message: 'cancelled before it was screened' };
      }
      const result = await this.attempt(body, signal);
      this.throttle.release(permit, {
        ok: result.kind === 'ok',
        throttled: result.kind === 'retry' && result.throttled,
        retryAfterMs:
          result.kind === 'retry' && result.retryAfterMs !== undefined
            ? Math.min(result.retryAfterMs, this.options.maxRetryAfterMs ?? 60_000)
            : undefined,
      });
      if (result.kind === 'ok') return { ok: true, severities: result.severities };
      if (result.kind === 'fail') {
        if (result.fatal && !this.fatal) {
          this.fatal = result.message;
          this.throttle.close(new SafetyError(result.message));
        }
        return { ok: false, message: result.message, ...(result.fatal ? { fatal: true } : {}) };
      }
      last = result.message;
      if (signal?.aborted) return { ok: false, message: 'cancelled before it was screened' };
      if (result.throttled) {
        this.counters.throttled++;
        if (++throttles > maxThrottleRetries) break;
        // With Retry-After the throttle pauses everyone; without it, this request backs off alone.
        if (result.retryAfterMs !== undefined) continue;
      } else if (++errors > maxRetries) break;
      const delay = this.backoffMs(errors + throttles, jitter());
      this.options.log?.debug(`Content Safety: ${result.message}; retry in ${Math.round(delay)} ms.`);
      await this.clock.sleep(delay, signal);
    }
    const attempts = errors + throttles;
    return { ok: false, message: `${last} (gave up after ${attempts} attempts)` };
  }

  /** Exponential backoff with "equal jitter": half fixed, half random. */
  private backoffMs(attempt: number, random: number): number {
    const base = this.options.backoff?.baseMs ?? 500;
    const cap = this.options.backoff?.maxMs ?? 20_000;
    const exp = Math.min(cap, base * 2 ** (attempt - 1));
    return exp / 2 + (exp / 2) * random;
  }

  private async authHeaders(): Promise<Record<string, string>> {
    const auth = this.options.auth;
    if ('key' in auth) return { 'ocp-apim-subscription-key': auth.key };
    const now = this.clock.now();
    if (!this.token || now >= this.token.refreshAt) {
      // One sign-in for all requests in flight, not one each.
      this.tokenPending ??= (async () => {
        try {
          const t = await auth.credential.getToken(COGNITIVE_SERVICES_SCOPE);
          if (!t) throw new Error('the credential returned no token');
          this.secrets.push(t.token);
          this.options.log?.secret(t.token);
          // Renew five minutes early, as the Azure SDKs do.
          this.token = { value: t.token, refreshAt: Math.max(now, t.expiresOnTimestamp - 300_000) };
          return t.token;
        } finally {
          this.tokenPending = undefined;
        }
      })();
      await this.tokenPending;
    }
    return { authorization: `Bearer ${this.token!.value}` };
  }

  private async attempt(body: string, outer: AbortSignal | undefined): Promise<Attempt> {
    let headers: Record<string, string>;
    try {
      headers = await this.authHeaders();
    } catch (e) {
      return {
        kind: 'fail',
        fatal: true,
        message: this.redact(
          `Content Safety: sign-in for ${COGNITIVE_SERVICES_SCOPE} failed (${(e as Error).message}). Set 'content-safety-key', or let the action's Azure identity sign in (tenant-id, client-id and 'id-token: write').`,
        ),
      };
    }
    this.counters.requests++;
    const timeoutMs = this.options.timeoutMs ?? 30_000;
    // A timer cleared on the answer, not AbortSignal.timeout: thousands of those would linger for the full
    // timeout after their requests are done.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = outer ? AbortSignal.any([outer, timeout.signal]) : timeout.signal;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFn(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body,
        signal,
      });
      text = await response.text();
    } catch (e) {
      if (outer?.aborted) return { kind: 'retry', message: 'cancelled' };
      if (timeout.signal.aborted) {
        this.counters.timeouts++;
        return { kind: 'retry', message: `no answer within ${timeoutMs} ms` };
      }
      this.counters.connectionErrors++;
      const err = e as { message?: string; cause?: { code?: string; message?: string } };
      return {
        kind: 'retry',
        message: this.redact(`connection failed (${err.cause?.code ?? err.cause?.message ?? err.message})`),
      };
    } finally {
      clearTimeout(timer);
    }
    const status = response.status;
    if (status >= 200 && status < 300) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        this.counters.connectionErrors++;
        return { kind: 'retry', message: 'the answer is not JSON (cut off?)' };
      }
      const severities = parseAnalysis(parsed);
      if (!severities) return { kind: 'retry', message: 'the answer has no categoriesAnalysis' };
      return { kind: 'ok', severities };
    }
    const detail = this.redact(serviceMessage(text, status));
    if (status === 429) {
      return {
        kind: 'retry',
        throttled: true,
        message: `429 throttled${detail ? `: ${detail}` : ''}`,
        retryAfterMs: retryAfterMs(response.headers, this.clock.now()),
      };
    }
    if (status >= 500 || status === 408) {
      this.counters.serverErrors++;
      return { kind: 'retry', message: `${status} from Content Safety${detail ? `: ${detail}` : ''}` };
    }
    if (status === 401 || status === 403) {
      const fix =
        'key' in this.options.auth
          ? "Check 'content-safety-key': it must be a key of this Content Safety resource."
          : "Give the action's Azure identity the 'Cognitive Services User' role on the Content Safety resource, or set 'content-safety-key'.";
      return {
        kind: 'fail',
        fatal: true,
        message: `Content Safety at ${this.endpoint} refused the ${'key' in this.options.auth ? 'key' : 'Azure token'} (${status}${detail ? `: ${detail}` : ''}). ${fix}`,
      };
    }
    if (status === 404 || (status === 400 && /api.?version/i.test(detail))) {
      return {
        kind: 'fail',
        fatal: true,
        message: `Content Safety: ${status} from ${this.endpoint}${detail ? ` (${detail})` : ''}. Check 'content-safety-endpoint': it is the resource's https://<name>.cognitiveservices.azure.com address.`,
      };
    }
    return {
      kind: 'fail',
      fatal: false,
      message: `Content Safety refused the text (${status}${detail ? `: ${detail}` : ''})`,
    };
  }

  private redact(text: string): string {
    return redact(text, this.secrets);
  }
}

export function createContentSafetyClient(options: ContentSafetyClientOptions): ContentSafetyClient {
  return new RestContentSafetyClient(options);
}
