/**
 * One transient-fault policy for every outbound call (ARM, blob storage, MLflow, inference, Content Safety,
 * GitHub). The adapters beside this file (transient-pipeline.ts, transient-fetch.ts, transient-octokit.ts)
 * fit it to each client; this module holds what they share:
 *
 * - what a failed attempt was (`Cause`): an HTTP answer worth retrying (408, 429, 500, 502, 503, 504), a
 *   connection reset, refused or timed out, an answer cut off after its headers, or a body that is not what
 *   its content type says; and whether the server may have acted on it (`effect`);
 * - when to try again (`decide`, pure): within a budget of attempts and of total time, after the wait the
 *   service asked for (`Retry-After`, `retry-after-ms`, `x-ms-retry-after-ms`) or an exponential backoff
 *   with jitter; a request that is not idempotent only after a caller's read-back says its first attempt
 *   did not take effect;
 * - the final error (`TransientError`), whose message names the operation, the attempts and the last cause
 *   in the words of what happened.
 *
 * Anything that is not transient (a 400, a 404, a certificate error, a host that does not resolve) is not
 * this module's business: adapters hand it back to the caller untouched, after one attempt.
 */
import { realClock } from './clock.ts';
import type { Clock } from './types.ts';

export interface TransientBudget {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** No attempt starts later than this after the first one did (waits included). */
  maxElapsedMs: number;
  /** First backoff when the service names no wait; doubles per retry. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest wait a service may ask for; asking for more ends the call (it is not shortened). */
  maxRetryAfterMs: number;
  /** One attempt's limit, answer body included; past it the attempt counts as a timeout. */
  attemptTimeoutMs: number;
}

/**
 * Real Azure and GitHub: 8 attempts (a fifth of requests failing leaves 3 in a million calls failed) over
 * at most 5 minutes, backoff from 1 s up to 30 s, a service's wait honoured up to 2 minutes, 2 minutes per
 * attempt (ARM answers in seconds; a 4 MiB block upload on a slow runner takes tens of seconds).
 */
export const DEFAULT_BUDGET: Readonly<TransientBudget> = Object.freeze({
  maxAttempts: 8,
  maxElapsedMs: 300_000,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  attemptTimeoutMs: 120_000,
});

/**
 * The default budget, with the first backoff from `FOUNDRY_FINETUNE_RETRY_BASE_MS` when set (the knob the
 * integration tests already use for the ARM retry policy, src/foundry/README.md).
 */
export function budgetFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<TransientBudget> = {},
): TransientBudget {
  const base = Number(env.FOUNDRY_FINETUNE_RETRY_BASE_MS);
  const fromEnv = env.FOUNDRY_FINETUNE_RETRY_BASE_MS?.trim() && Number.isFinite(base) && base >= 0;
  return { ...DEFAULT_BUDGET, ...(fromEnv ? { baseDelayMs: base } : {}), ...overrides };
}

export type CauseKind =
  /** An HTTP answer whose status says "try again" (408, 429, 500, 502, 503, 504). */
  | 'status'
  /** The connection was closed or reset before a whole answer came. */
  | 'reset'
  /** The connection was refused: nothing was sent. */
  | 'refused'
  /** A temporary name-lookup failure (EAI_AGAIN): nothing was sent. */
  | 'dns'
  /** No answer within the attempt's time limit. */
  | 'timeout'
  /** The answer's headers came, then the connection ended before the body did. */
  | 'truncated'
  /** The whole body came, but it is not what its content type says (JSON that does not parse). */
  | 'unparsable';

export interface Cause {
  kind: CauseKind;
  /** The HTTP status, when one came. */
  status?: number;
  /** A system error code (ECONNRESET) or the service's error code (ServiceUnavailable). */
  code?: string;
  /** What happened, in words, with no secret in it. */
  message: string;
  /** The wait the service asked for, in ms. */
  retryAfterMs?: number;
  /**
   * Whether the server may have acted on the request: `none` (refused, throttled: it did not), `applied`
   * (it answered 2xx, the answer was lost on the way), `unknown` (reset, timeout, 5xx).
   */
  effect: 'none' | 'unknown' | 'applied';
}

/** What the adapters read headers through: fetch `Headers` and core-rest-pipeline `HttpHeaders` both fit. */
export interface HeaderLookup {
  get(name: string): string | null | undefined;
}

/**
 * Milliseconds to wait, from `retry-after-ms` / `x-ms-retry-after-ms` (Azure, milliseconds) before
 * `Retry-After` (RFC 9110: seconds, or an HTTP date). Undefined when none is given or it does not parse.
 */
export function retryAfterMs(headers: HeaderLookup, now = Date.now()): number | undefined {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const v = headers.get(name)?.trim();
    if (v && Number.isFinite(Number(v)) && Number(v) >= 0) return Number(v);
  }
  const ra = headers.get('retry-after')?.trim();
  if (!ra) return undefined;
  if (Number.isFinite(Number(ra))) return Number(ra) >= 0 ? Number(ra) * 1000 : undefined;
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Statuses worth another attempt: the request may succeed unchanged later. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * The cause of an HTTP answer, or undefined when the status is an answer to hand back (2xx, 4xx, 501...).
 * `detail` is the service's own words (see `serviceDetail`).
 */
export function statusCause(
  status: number,
  headers: HeaderLookup,
  detail?: { code?: string; message?: string },
  now = Date.now(),
): Cause | undefined {
  if (!RETRYABLE_STATUSES.has(status)) return undefined;
  const wait = retryAfterMs(headers, now);
  const words = [detail?.code, detail?.message].filter(Boolean).join(': ');
  return {
    kind: 'status',
    status,
    ...(detail?.code ? { code: detail.code } : {}),
    message: `HTTP ${status}${words ? ` (${words})` : ''}`,
    ...(wait !== undefined ? { retryAfterMs: wait } : {}),
    // 429: throttled before it was handled; 408: the server gave up waiting for the request.
    effect: status === 429 || status === 408 ? 'none' : 'unknown',
  };
}

/** The service's error code and message from an error body: ARM/OpenAI JSON, GitHub JSON, Storage XML. */
export function serviceDetail(text: string | undefined): { code?: string; message?: string } {
  if (!text) return {};
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const body = JSON.parse(trimmed) as Record<string, unknown>;
      const error = (typeof body.error === 'object' && body.error ? body.error : body) as Record<
        string,
        unknown
      >;
      const code = typeof error.code === 'string' ? error.code : undefined;
      const message = typeof error.message === 'string' ? short(error.message) : undefined;
      return { ...(code ? { code } : {}), ...(message ? { message } : {}) };
    } catch {
      return { message: short(trimmed) };
    }
  }
  const code = /<Code>([^<]*)<\/Code>/.exec(trimmed)?.[1];
  const message = /<Message>([^<]*)<\/Message>/.exec(trimmed)?.[1];
  if (code || message) {
    return { ...(code ? { code } : {}), ...(message ? { message: short(message.split('\n')[0]!) } : {}) };
  }
  return { message: short(trimmed) };
}

function short(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Error codes of a transport failure, by what they say about the request. */
const NOTHING_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);
const RESET = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ERR_STREAM_PREMATURE_CLOSE',
  'HPE_INVALID_CONSTANT',
  'HPE_INVALID_CHUNK_SIZE',
]);
const TIMEOUT = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** Every code and message along an error's `cause` chain (fetch wraps the socket error in a TypeError). */
function chain(error: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const x = e as ErrorLike;
    if (typeof x.code === 'string') codes.push(x.code);
    if (typeof x.message === 'string' && x.message) messages.push(x.message);
    e = x.cause;
  }
  if (typeof error === 'string') messages.push(error);
  return { codes, messages };
}

/**
 * The cause of a transport error, or undefined when it is not transient (a certificate error, a host that
 * does not resolve, a bug). `phase`: whether the answer's headers had come (`body`) or not (`request`);
 * `status` is the answer's status when known.
 */
export function errorCause(
  error: unknown,
  phase: 'request' | 'body' = 'request',
  status?: number,
): Cause | undefined {
  const { codes, messages } = chain(error);
  const said = messages.find((m) => m !== 'fetch failed') ?? messages[0] ?? String(error);
  const code = codes.find((c) => NOTHING_SENT.has(c) || RESET.has(c) || TIMEOUT.has(c)) ?? codes[0];
  // core-rest-pipeline reports a body cut off as PARSE_ERROR "Error reading response as text: aborted".
  const cutOff =
    phase === 'body' ||
    (codes.includes('PARSE_ERROR') && messages.some((m) => /Error reading response/i.test(m))) ||
    messages.some((m) => /^terminated$/i.test(m) || /premature close|response aborted/i.test(m));
  if (cutOff) {
    return {
      kind: 'truncated',
      ...(status !== undefined ? { status } : {}),
      ...(code && code !== 'PARSE_ERROR' ? { code } : {}),
      message: `the answer${status !== undefined ? ` (HTTP ${status})` : ''} was cut off after its headers (${said})`,
      effect: status !== undefined && status >= 200 && status < 300 ? 'applied' : 'unknown',
    };
  }
  if (code && NOTHING_SENT.has(code)) {
    return {
      kind: code === 'EAI_AGAIN' ? 'dns' : 'refused',
      code,
      message:
        code === 'EAI_AGAIN'
          ? `the host name did not resolve for now (${code}); nothing was sent`
          : `the connection was refused (${code}); nothing was sent`,
      effect: 'none',
    };
  }
  if (code && TIMEOUT.has(code)) {
    return { kind: 'timeout', code, message: `the connection timed out (${code})`, effect: 'unknown' };
  }
  if (
    (code && RESET.has(code)) ||
    messages.some((m) => /socket hang up|other side closed|connection (was )?(reset|closed)/i.test(m))
  ) {
    return {
      kind: 'reset',
      ...(code ? { code } : {}),
      message: `the connection was closed before an answer came (${code ?? said})`,
      effect: 'unknown',
    };
  }
  return undefined;
}

/** The cause of an attempt that outlived `attemptTimeoutMs`. */
export function timeoutCause(ms: number, phase: 'request' | 'body' = 'request'): Cause {
  return {
    kind: 'timeout',
    message:
      phase === 'body'
        ? `the answer's body did not finish within ${formatDuration(ms)}`
        : `no answer within ${formatDuration(ms)}`,
    effect: 'unknown',
  };
}

/** The cause of a whole body that does not parse as its content type says. */
export function unparsableCause(status: number, contentType: string, parseError: unknown): Cause {
  const why = parseError instanceof Error ? parseError.message : String(parseError);
  return {
    kind: 'unparsable',
    status,
    message: `the answer (HTTP ${status}, ${contentType.split(';')[0]}) does not parse (${short(why, 120)})`,
    effect: status >= 200 && status < 300 ? 'applied' : 'unknown',
  };
}

/** True when the text is `application/json`-ish (`+json` types included). */
export function isJsonType(contentType: string | null | undefined): boolean {
  return !!contentType && /\bjson\b|\+json/i.test(contentType.split(';')[0]!);
}

/** Methods RFC 9110 defines as idempotent (section 9.2.2). A POST that only reads is the caller's to mark. */
export function idempotentMethod(method: string): boolean {
  return ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE'].includes(method.toUpperCase());
}

export type StopReason =
  /** Every attempt of the budget was used. */
  | 'attempts'
  /** The next attempt would start past the time budget. */
  | 'time'
  /** The service asked for a longer wait than the budget allows. */
  | 'retry-after'
  /** Not idempotent, may have taken effect, and nothing can read back whether it did. */
  | 'not-idempotent'
  /** The request body was a stream, already spent. */
  | 'not-replayable'
  /** The read-back could not tell whether the first attempt took effect (or failed itself). */
  | 'read-back';

export type Step =
  { action: 'retry'; delayMs: number } | { action: 'read-back' } | { action: 'stop'; reason: StopReason };

export interface DecideInput {
  cause: Cause;
  /** Attempts made so far (1 after the first). */
  attempts: number;
  /** Since the first attempt started. */
  elapsedMs: number;
  idempotent: boolean;
  /** The caller can read back whether a non-idempotent attempt took effect. */
  canReadBack: boolean;
  /** False when the body cannot be sent again. */
  replayable?: boolean;
  /** A read-back said the attempt did not take effect: retry as if nothing was sent. */
  readBackSaysNotApplied?: boolean;
  /** In [0, 1), for the jitter. */
  random: number;
}

/** Exponential backoff with "equal jitter" (half fixed, half random), as the project's other clients. */
export function backoffMs(retry: number, budget: TransientBudget, random: number): number {
  const exp = Math.min(budget.maxDelayMs, budget.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(exp / 2 + (exp / 2) * random);
}

/** Pure: what to do after a failed attempt. */
export function decide(input: DecideInput, budget: TransientBudget): Step {
  const { cause } = input;
  if (input.replayable === false) return { action: 'stop', reason: 'not-replayable' };
  if (!input.idempotent && cause.effect !== 'none' && !input.readBackSaysNotApplied) {
    return input.canReadBack ? { action: 'read-back' } : { action: 'stop', reason: 'not-idempotent' };
  }
  if (input.attempts >= budget.maxAttempts) return { action: 'stop', reason: 'attempts' };
  if (cause.retryAfterMs !== undefined && cause.retryAfterMs > budget.maxRetryAfterMs) {
    return { action: 'stop', reason: 'retry-after' };
  }
  const delayMs = cause.retryAfterMs ?? backoffMs(input.attempts, budget, input.random);
  if (input.elapsedMs + delayMs > budget.maxElapsedMs) return { action: 'stop', reason: 'time' };
  return { action: 'retry', delayMs };
}

/** What a read-back found about a non-idempotent attempt that failed on the way. */
export type ReadBack<T> =
  /** It took effect; `value` stands for its answer. */
  | { applied: true; value: T }
  /** It did not: sending it again is safe. */
  | { applied: false }
  /** Cannot tell; `message` says why. */
  | { applied: 'unknown'; message: string };

export type AttemptResult<T> =
  | { ok: true; value: T }
  /** A transient failure. `value`: the answer, when one came (a 503); `error`: the error, when one was thrown. */
  | { ok: false; cause: Cause; value?: T; error?: unknown };

export interface TransientCall<T> {
  /** What we are doing, for the final message: "read job ft-1", "upload train.jsonl". */
  operation: string;
  idempotent: boolean;
  /**
   * One attempt. Resolves with the value or a transient cause; throws what is not transient (it goes to
   * the caller as is). `signal` aborts with the caller's signal.
   */
  attempt: (info: { attempt: number; signal?: AbortSignal }) => Promise<AttemptResult<T>>;
  /** For a non-idempotent call: did the failed attempt take effect? Called at most once per failure. */
  readBack?: (cause: Cause) => Promise<ReadBack<T>>;
  /** False when the request body cannot be sent twice (a stream). */
  replayable?: boolean;
  signal?: AbortSignal;
  /**
   * When the budget runs out on an answer (a 503 after every attempt): `throw` a TransientError (default),
   * or `return` that answer, for callers that turn statuses into their own errors.
   */
  exhausted?: 'throw' | 'return';
}

export interface TransientInfo {
  operation: string;
  attempts: number;
  /** From the first attempt's start to the end of the last. */
  elapsedMs: number;
  /** Duration of the last attempt alone: what the service took, without earlier attempts and waits. */
  lastAttemptMs: number;
  /** Why each failed attempt failed, in order. */
  causes: Cause[];
  /** A read-back found the first attempt had taken effect. */
  readBack?: 'applied';
}

/** The call gave up: the message names the operation, the attempts and the last cause. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
  readonly operation: string;
  readonly attempts: number;
  readonly elapsedMs: number;
  readonly reason: StopReason;
  readonly lastCause: Cause;
  readonly causes: readonly Cause[];
  /** The last answer's status, when one came (Octokit callers read `status`). */
  readonly status?: number;
  /** The last attempt's answer or error, for adapters that must hand back their SDK's own shape. */
  readonly last?: { value?: unknown; error?: unknown };

  constructor(init: {
    operation: string;
    attempts: number;
    elapsedMs: number;
    reason: StopReason;
    causes: Cause[];
    budget: TransientBudget;
    detail?: string;
    last?: { value?: unknown; error?: unknown };
  }) {
    const lastCause = init.causes[init.causes.length - 1]!;
    super(finalMessage(init, lastCause), init.last?.error ? { cause: init.last.error } : undefined);
    this.operation = init.operation;
    this.attempts = init.attempts;
    this.elapsedMs = init.elapsedMs;
    this.reason = init.reason;
    this.lastCause = lastCause;
    this.causes = init.causes;
    if (lastCause.status !== undefined) this.status = lastCause.status;
    if (init.last) this.last = init.last;
  }
}

/** The TransientError behind an error, when there is one (adapters wrap it in their SDK's error type). */
export function transientFailureOf(error: unknown): TransientError | undefined {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if (e instanceof TransientError) return e;
    const x = e as { details?: unknown; cause?: unknown };
    e = x.details instanceof TransientError ? x.details : x.cause;
  }
  return undefined;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const min = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return s ? `${min} min ${s} s` : `${min} min`;
}

const KIND_WORDS: Record<CauseKind, string> = {
  status: 'HTTP',
  reset: 'connection closed',
  refused: 'connection refused',
  dns: 'name lookup failed',
  timeout: 'timed out',
  truncated: 'answer cut off',
  unparsable: 'answer unparsable',
};

/** "3x HTTP 503, 2x connection closed", most frequent first. */
export function tally(causes: readonly Cause[]): string {
  const counts = new Map<string, number>();
  for (const c of causes) {
    const label = c.kind === 'status' ? `HTTP ${c.status}` : KIND_WORDS[c.kind];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => `${n}x ${label}`)
    .join(', ');
}

function finalMessage(
  init: {
    operation: string;
    attempts: number;
    elapsedMs: number;
    reason: StopReason;
    causes: Cause[];
    budget: TransientBudget;
    detail?: string;
  },
  last: Cause,
): string {
  const tries = `${init.attempts} attempt${init.attempts === 1 ? '' : 's'}`;
  const head = `${init.operation} failed after ${tries} in ${formatDuration(init.elapsedMs)}`;
  const seen = init.causes.length > 1 ? ` (${tally(init.causes)})` : '';
  const b = init.budget;
  switch (init.reason) {
    case 'attempts':
      return `${head}${seen}; the last: ${last.message}. Every attempt of the retry budget (${b.maxAttempts}) was used.`;
    case 'time':
      return `${head}${seen}; the last: ${last.message}. Another attempt would start past the retry budget of ${formatDuration(b.maxElapsedMs)}.`;
    case 'retry-after':
      return `${head}${seen}; the last: ${last.message}, asking to wait ${formatDuration(last.retryAfterMs ?? 0)}, longer than the ${formatDuration(b.maxRetryAfterMs)} a retry may wait.`;
    case 'not-idempotent':
      return last.effect === 'applied'
        ? `${head}: ${last.message}. Not sent again: the request is not idempotent and took effect (the service answered ${last.status}), and nothing can read back what it returned.`
        : `${head}: ${last.message}. Not sent again: the request is not idempotent and may have taken effect, and nothing can read back whether it did.`;
    case 'not-replayable':
      return `${head}: ${last.message}. Not sent again: its body was a stream and is spent.`;
    case 'read-back':
      return `${head}: ${last.message}. Not sent again: reading back whether it took effect ${init.detail ?? 'could not tell'}.`;
  }
}

export interface TransientPolicyOptions {
  budget?: Partial<TransientBudget>;
  clock?: Clock;
  /** In [0, 1); injectable for tests. */
  random?: () => number;
  /** Before each wait: for logs and counters. */
  onRetry?: (info: { operation: string; attempt: number; delayMs: number; cause: Cause }) => void;
}

export interface TransientPolicy {
  readonly budget: Readonly<TransientBudget>;
  readonly clock: Clock;
  run<T>(call: TransientCall<T>): Promise<T>;
  /** `run`, with how it went: attempts, causes, the last attempt's duration. */
  runWithInfo<T>(call: TransientCall<T>): Promise<{ value: T; info: TransientInfo }>;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export function createTransientPolicy(options: TransientPolicyOptions = {}): TransientPolicy {
  const budget: TransientBudget = Object.freeze({ ...DEFAULT_BUDGET, ...options.budget });
  for (const [name, v] of Object.entries(budget)) {
    if (!Number.isFinite(v) || v < (name === 'maxAttempts' ? 1 : 0)) {
      throw new RangeError(`transient policy: ${name} must be a number >= ${name === 'maxAttempts' ? 1 : 0}`);
    }
  }
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;

  async function runWithInfo<T>(call: TransientCall<T>): Promise<{ value: T; info: TransientInfo }> {
    const started = clock.now();
    const causes: Cause[] = [];
    const info = (attempts: number, lastAttemptMs: number): TransientInfo => ({
      operation: call.operation,
      attempts,
      elapsedMs: clock.now() - started,
      lastAttemptMs,
      causes,
    });
    for (let attempt = 1; ; attempt++) {
      if (call.signal?.aborted) throw abortError(call.signal);
      const attemptStart = clock.now();
      const result = await call.attempt({ attempt, signal: call.signal });
      const lastAttemptMs = clock.now() - attemptStart;
      if (result.ok) return { value: result.value, info: info(attempt, lastAttemptMs) };
      causes.push(result.cause);
      if (call.signal?.aborted) throw abortError(call.signal);

      const stop = (reason: StopReason, detail?: string): { value: T; info: TransientInfo } => {
        if ((call.exhausted ?? 'throw') === 'return' && 'value' in result && result.value !== undefined) {
          return { value: result.value, info: info(attempt, lastAttemptMs) };
        }
        throw new TransientError({
          operation: call.operation,
          attempts: attempt,
          elapsedMs: clock.now() - started,
          reason,
          causes,
          budget,
          detail,
          last: { value: result.value, error: result.error },
        });
      };

      const input: DecideInput = {
        cause: result.cause,
        attempts: attempt,
        elapsedMs: clock.now() - started,
        idempotent: call.idempotent,
        canReadBack: call.readBack !== undefined,
        replayable: call.replayable,
        random: random(),
      };
      let step = decide(input, budget);
      if (step.action === 'read-back') {
        let found: ReadBack<T>;
        try {
          found = await call.readBack!(result.cause);
        } catch (e) {
          return stop('read-back', `failed too (${e instanceof Error ? e.message : String(e)})`);
        }
        if (found.applied === true) {
          return { value: found.value, info: { ...info(attempt, lastAttemptMs), readBack: 'applied' } };
        }
        if (found.applied === 'unknown') return stop('read-back', `could not tell (${found.message})`);
        step = decide({ ...input, readBackSaysNotApplied: true, elapsedMs: clock.now() - started }, budget);
      }
      if (step.action !== 'retry') return stop(step.action === 'stop' ? step.reason : 'read-back');
      options.onRetry?.({ operation: call.operation, attempt, delayMs: step.delayMs, cause: result.cause });
      await clock.sleep(step.delayMs, call.signal);
    }
  }

  return {
    budget,
    clock,
    runWithInfo,
    run: async (call) => (await runWithInfo(call)).value,
  };
}
