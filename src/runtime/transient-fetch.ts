/**
 * The transient-fault policy as a `fetch`, for the clients that take one (the chat-completions client,
 * Content Safety, a plain GitHub contents read). Each attempt has the budget's time limit and reads the
 * whole body before the answer is handed back, so a body cut off mid-way (`TypeError: terminated`) or JSON
 * that does not parse is retried here, not discovered later by the caller. The answer it returns is a new
 * `Response` over the bytes read, with the original status, headers and `url`.
 *
 * Clients with a throttle of their own (a pause shared by every request on `Retry-After`, adaptive
 * concurrency) want to see 429s themselves: `passThrough` hands chosen answers back at once, untouched by
 * the budget. `transientInfo(response)` tells how the answer came about: attempts, causes, and the last
 * attempt's duration alone (a latency that leaves out earlier attempts and waits).
 */
import { redact } from './redact.ts';
import {
  errorCause,
  idempotentMethod,
  isJsonType,
  serviceDetail,
  statusCause,
  timeoutCause,
  unparsableCause,
  type AttemptResult,
  type Cause,
  type ReadBack,
  type TransientInfo,
  type TransientPolicy,
} from './transient.ts';

export interface FetchRequestFacts {
  method: string;
  url: string;
  /** The request body when it is text (JSON), for a read-back to compare with. */
  body?: string;
}

export interface TransientFetchOptions {
  /** The fetch to wrap (default: the global one). */
  fetch?: typeof fetch;
  /** Names the operation in the final message (default: method, origin and path, no query). */
  operation?: (request: FetchRequestFacts) => string;
  /** Default: by method (RFC 9110). A chat completion or a text analysis is a POST that changes nothing: mark it. */
  idempotent?: (request: FetchRequestFacts) => boolean;
  /** For a non-idempotent request: did the failed attempt take effect? */
  readBack?: (request: FetchRequestFacts, cause: Cause) => Promise<ReadBack<Response>>;
  /** Answers handed back at once, neither retried nor counted (e.g. 429 for a client that throttles itself). */
  passThrough?: (answer: { status: number; headers: Headers; text: string }) => boolean;
  /** After the last attempt on an answer: `throw` a TransientError (default) or `return` the answer. */
  exhausted?: 'throw' | 'return';
  /** Secrets that must not appear in a message (an error body is quoted). */
  secrets?: () => readonly string[];
}

const infos = new WeakMap<Response, TransientInfo>();

/** How an answer of a transient fetch came about, or undefined for any other Response. */
export function transientInfo(response: Response): TransientInfo | undefined {
  return infos.get(response);
}

/** Statuses whose Response must have a null body (Fetch standard, "null body status"). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

function describe(input: string | URL | Request, init: RequestInit | undefined): FetchRequestFacts {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const body = typeof init?.body === 'string' ? init.body : undefined;
  return { method, url, ...(body !== undefined ? { body } : {}) };
}

function defaultOperation(r: FetchRequestFacts): string {
  try {
    const u = new URL(r.url);
    return `${r.method} ${u.origin}${u.pathname}`;
  } catch {
    return r.method;
  }
}

/** A body fetch can send again: none, text, bytes, form data or URL parameters (a stream is spent once sent). */
function replayable(input: string | URL | Request, body: RequestInit['body']): boolean {
  if (input instanceof Request && input.body !== null && body === undefined) return false;
  if (body === undefined || body === null || typeof body === 'string') return true;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return true;
  if (body instanceof URLSearchParams || body instanceof FormData || body instanceof Blob) return true;
  return false;
}

export function transientFetch(policy: TransientPolicy, options: TransientFetchOptions = {}): typeof fetch {
  const inner = options.fetch ?? globalThis.fetch;
  const budget = policy.budget;
  const scrub = (c: Cause): Cause => ({ ...c, message: redact(c.message, options.secrets?.() ?? []) });

  const wrapped = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const facts = describe(input, init);
    const callerSignal = init?.signal ?? (input instanceof Request ? input.signal : undefined) ?? undefined;

    const attempt = async (): Promise<AttemptResult<Response>> => {
      const timer = new AbortController();
      const timeout = setTimeout(() => timer.abort(), budget.attemptTimeoutMs);
      const signal = callerSignal ? AbortSignal.any([callerSignal, timer.signal]) : timer.signal;
      let response: Response | undefined;
      let bytes: ArrayBuffer;
      try {
        response = await inner(input instanceof Request ? input.clone() : input, { ...init, signal });
        bytes = await response.arrayBuffer();
      } catch (e) {
        if (callerSignal?.aborted) throw e;
        const phase = response ? 'body' : 'request';
        if (timer.signal.aborted)
          return { ok: false, cause: timeoutCause(budget.attemptTimeoutMs, phase), error: e };
        const cause = errorCause(e, phase, response?.status);
        if (!cause) throw e;
        return { ok: false, cause: scrub(cause), error: e };
      } finally {
        clearTimeout(timeout);
      }
      const rebuilt = rebuild(response, bytes);
      const text = () => new TextDecoder().decode(bytes);
      if (options.passThrough?.({ status: response.status, headers: response.headers, text: text() })) {
        return { ok: true, value: rebuilt };
      }
      const status = statusCause(
        response.status,
        response.headers,
        serviceDetail(text()),
        policy.clock.now(),
      );
      if (status) return { ok: false, cause: scrub(status), value: rebuilt };
      const contentType = response.headers.get('content-type');
      if (response.ok && isJsonType(contentType) && bytes.byteLength > 0) {
        try {
          JSON.parse(text());
        } catch (e) {
          return { ok: false, cause: unparsableCause(response.status, contentType!, e), value: rebuilt };
        }
      }
      return { ok: true, value: rebuilt };
    };

    const { value, info } = await policy.runWithInfo<Response>({
      operation: options.operation?.(facts) ?? defaultOperation(facts),
      idempotent: options.idempotent?.(facts) ?? idempotentMethod(facts.method),
      readBack: options.readBack ? (cause) => options.readBack!(facts, cause) : undefined,
      replayable: replayable(input, init?.body),
      signal: callerSignal,
      exhausted: options.exhausted,
      attempt,
    });
    infos.set(value, info);
    return value;
  };
  return wrapped as typeof fetch;
}

/** A Response over the bytes already read, keeping status, headers and url. */
function rebuild(original: Response, bytes: ArrayBuffer): Response {
  const body = NULL_BODY.has(original.status) ? null : bytes;
  const copy = new Response(body, {
    status: original.status,
    statusText: original.statusText,
    headers: original.headers,
  });
  Object.defineProperty(copy, 'url', { value: original.url });
  Object.defineProperty(copy, 'redirected', { value: original.redirected });
  return copy;
}
