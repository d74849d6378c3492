/**
 * The pure core of the transient-fault policy (src/runtime/transient.ts): what is retryable, the waits, the
 * budget, idempotency and read-back, and the final message. Statuses and header forms are RFC 9110's
 * (sections 10.2.3 Retry-After, 9.2.2 idempotent methods, 15.5.9 408, 15.6 5xx) and RFC 6585's 429; the
 * millisecond headers are Azure's (`retry-after-ms`, `x-ms-retry-after-ms`, as @azure/core-rest-pipeline
 * 1.24's throttlingRetryStrategy reads them).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RestError } from '@azure/core-rest-pipeline';
import type { Clock } from '../../src/runtime/types.ts';
import {
  backoffMs,
  budgetFromEnv,
  createTransientPolicy,
  decide,
  DEFAULT_BUDGET,
  errorCause,
  retryAfterMs,
  serviceDetail,
  statusCause,
  tally,
  transientFailureOf,
  TransientError,
  type AttemptResult,
  type Cause,
  type DecideInput,
  type TransientBudget,
} from '../../src/runtime/transient.ts';

const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] });

/** Virtual time: a wait moves the clock at once; `waits` records every wait asked for. */
function fakeClock(): Clock & { waits: number[]; advance(ms: number): void } {
  let now = 1_000_000;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    advance: (ms) => void (now += ms),
    sleep: async (ms, signal) => {
      waits.push(ms);
      if (signal?.aborted) return;
      now += ms;
    },
  };
}

const budget: TransientBudget = {
  maxAttempts: 5,
  maxElapsedMs: 60_000,
  baseDelayMs: 100,
  maxDelayMs: 1000,
  maxRetryAfterMs: 10_000,
  attemptTimeoutMs: 5000,
};

const cause = (over: Partial<Cause> = {}): Cause => ({
  kind: 'status',
  status: 503,
  message: 'HTTP 503',
  effect: 'unknown',
  ...over,
});

describe('transient: what is retryable', () => {
  it('retries exactly 408, 429, 500, 502, 503, 504 (RFC 9110 / RFC 6585)', () => {
    for (let status = 200; status < 600; status++) {
      const c = statusCause(status, headers({}));
      assert.equal(c !== undefined, [408, 429, 500, 502, 503, 504].includes(status), `status ${status}`);
    }
  });

  it('says whether the server may have acted: not for 429 and 408, maybe for 5xx', () => {
    assert.equal(statusCause(429, headers({}))!.effect, 'none');
    assert.equal(statusCause(408, headers({}))!.effect, 'none');
    assert.equal(statusCause(502, headers({}))!.effect, 'unknown');
  });

  it("quotes the service's own code and message", () => {
    const arm = serviceDetail(
      JSON.stringify({ error: { code: 'ServiceUnavailable', message: 'Try later.' } }),
    );
    assert.deepEqual(arm, { code: 'ServiceUnavailable', message: 'Try later.' });
    assert.deepEqual(serviceDetail(JSON.stringify({ message: 'Server Error' })), { message: 'Server Error' });
    const xml =
      '<?xml version="1.0"?><Error><Code>ServerBusy</Code><Message>Egress is over the account limit.\nRequestId:1</Message></Error>';
    assert.deepEqual(serviceDetail(xml), {
      code: 'ServerBusy',
      message: 'Egress is over the account limit.',
    });
    assert.equal(statusCause(503, headers({}), arm)!.message, 'HTTP 503 (ServiceUnavailable: Try later.)');
  });

  it('reads a connection reset, refused, timeout and a cut-off body from how Node and the SDKs report them', () => {
    const fetchReset = new TypeError('fetch failed', {
      cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
    });
    assert.equal(errorCause(fetchReset)!.kind, 'reset');
    assert.equal(errorCause(fetchReset)!.effect, 'unknown');
    const socket = new TypeError('fetch failed', {
      cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    });
    assert.equal(errorCause(socket)!.kind, 'reset');
    const refused = new RestError('connect ECONNREFUSED 127.0.0.1:1', { code: 'ECONNREFUSED' });
    assert.deepEqual([errorCause(refused)!.kind, errorCause(refused)!.effect], ['refused', 'none']);
    assert.equal(errorCause(Object.assign(new Error('x'), { code: 'EAI_AGAIN' }))!.kind, 'dns');
    assert.equal(errorCause(Object.assign(new Error('x'), { code: 'ETIMEDOUT' }))!.kind, 'timeout');
    // @azure/core-rest-pipeline 1.24 (ts-http-runtime nodeHttpClient streamToText): the error.
    const parse = new RestError('Error reading response as text: aborted', { code: 'PARSE_ERROR' });
    const cut = errorCause(parse)!;
    assert.equal(cut.kind, 'truncated');
    assert.match(cut.message, /cut off after its headers \(Error reading response as text: aborted\)/);
    // undici: the body stream of a fetch Response ends early.
    const terminated = new TypeError('terminated', {
      cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    });
    const t = errorCause(terminated, 'body', 200)!;
    assert.deepEqual([t.kind, t.status, t.effect], ['truncated', 200, 'applied']);
  });

  it('leaves what is not transient alone: a host that does not resolve, a certificate error, a bug', () => {
    assert.equal(
      errorCause(Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' })),
      undefined,
    );
    assert.equal(
      errorCause(
        Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
      ),
      undefined,
    );
    assert.equal(errorCause(new TypeError("Cannot read properties of undefined (reading 'x')")), undefined);
  });
});

describe('transient: waits', () => {
  it('reads retry-after-ms and x-ms-retry-after-ms before Retry-After, which is seconds or an HTTP date', () => {
    assert.equal(retryAfterMs(headers({ 'retry-after-ms': '250', 'retry-after': '9' })), 250);
    assert.equal(retryAfterMs(headers({ 'x-ms-retry-after-ms': '40' })), 40);
    assert.equal(retryAfterMs(headers({ 'retry-after': '3' })), 3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(retryAfterMs(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now), 5000);
    assert.equal(retryAfterMs(headers({ 'retry-after': 'soon' })), undefined);
    assert.equal(retryAfterMs(headers({ 'retry-after-ms': '-5' })), undefined);
    assert.equal(retryAfterMs(headers({})), undefined);
    assert.equal(statusCause(429, headers({ 'retry-after': '2' }))!.retryAfterMs, 2000);
  });

  it('backs off exponentially with equal jitter, up to the cap', () => {
    assert.equal(backoffMs(1, budget, 0), 50);
    assert.equal(backoffMs(1, budget, 1), 100);
    assert.equal(backoffMs(3, budget, 1), 400);
    assert.equal(backoffMs(9, budget, 0.5), 750);
  });
});

describe('transient: decide', () => {
  const base: DecideInput = {
    cause: cause(),
    attempts: 1,
    elapsedMs: 0,
    idempotent: true,
    canReadBack: false,
    random: 1,
  };

  it('retries an idempotent request after the backoff, or after the wait the service named', () => {
    assert.deepEqual(decide(base, budget), { action: 'retry', delayMs: 100 });
    assert.deepEqual(decide({ ...base, cause: cause({ retryAfterMs: 2500 }) }, budget), {
      action: 'retry',
      delayMs: 2500,
    });
  });

  it('stops when the attempts are spent, when the wait would pass the time budget, or the service asks too much', () => {
    assert.deepEqual(decide({ ...base, attempts: 5 }, budget), { action: 'stop', reason: 'attempts' });
    assert.deepEqual(decide({ ...base, elapsedMs: 59_950 }, budget), { action: 'stop', reason: 'time' });
    assert.deepEqual(decide({ ...base, cause: cause({ retryAfterMs: 10_001 }) }, budget), {
      action: 'stop',
      reason: 'retry-after',
    });
  });

  it('sends a non-idempotent request again only when nothing was sent, or after a read-back', () => {
    const post = { ...base, idempotent: false };
    assert.deepEqual(decide(post, budget), { action: 'stop', reason: 'not-idempotent' });
    assert.deepEqual(decide({ ...post, canReadBack: true }, budget), { action: 'read-back' });
    assert.deepEqual(
      decide({ ...post, cause: cause({ status: 429, effect: 'none' }) }, budget).action,
      'retry',
    );
    assert.deepEqual(
      decide({ ...post, canReadBack: true, readBackSaysNotApplied: true }, budget).action,
      'retry',
    );
    assert.deepEqual(decide({ ...base, replayable: false }, budget), {
      action: 'stop',
      reason: 'not-replayable',
    });
  });
});

describe('transient: the policy', () => {
  /** An attempt function that fails with the given causes first, then answers `value`. */
  function script<T>(failures: (Cause | Error)[], value: T, clock: ReturnType<typeof fakeClock>, ms = 10) {
    let n = 0;
    return async (): Promise<AttemptResult<T>> => {
      clock.advance(ms);
      const f = failures[n++];
      if (f === undefined) return { ok: true, value };
      if (f instanceof Error) throw f;
      return { ok: false, cause: f, value: undefined };
    };
  }

  it('retries transient failures and tells how the answer came: attempts, causes, the last attempt alone', async () => {
    const clock = fakeClock();
    const retries: number[] = [];
    const policy = createTransientPolicy({
      budget,
      clock,
      random: () => 1,
      onRetry: (r) => retries.push(r.delayMs),
    });
    const { value, info } = await policy.runWithInfo({
      operation: 'read job ft-1',
      idempotent: true,
      attempt: script(
        [cause({ kind: 'reset', status: undefined, message: 'reset' }), cause({ retryAfterMs: 700 })],
        'done',
        clock,
      ),
    });
    assert.equal(value, 'done');
    assert.equal(info.attempts, 3);
    assert.deepEqual(
      info.causes.map((c) => c.kind),
      ['reset', 'status'],
    );
    assert.deepEqual(retries, [100, 700], 'backoff, then the wait the service named');
    assert.equal(info.lastAttemptMs, 10, 'the last attempt only, no waits');
    assert.equal(info.elapsedMs, 10 + 100 + 10 + 700 + 10);
  });

  it('gives up after the budget with a message naming the operation, the attempts and the last cause', async () => {
    const clock = fakeClock();
    const policy = createTransientPolicy({ budget, clock, random: () => 0 });
    const failures = [
      cause({ message: 'HTTP 503 (ServiceUnavailable: busy)' }),
      cause({
        kind: 'reset',
        status: undefined,
        message: 'the connection was closed before an answer came (ECONNRESET)',
      }),
      cause({ message: 'HTTP 503 (ServiceUnavailable: busy)' }),
      cause({ status: 502, message: 'HTTP 502' }),
      cause({ message: 'HTTP 503 (ServiceUnavailable: still busy)' }),
    ];
    const error = await policy
      .run({ operation: 'read workspace proj', idempotent: true, attempt: script(failures, 'never', clock) })
      .catch((e: unknown) => e);
    assert.ok(error instanceof TransientError);
    assert.equal(error.attempts, 5);
    assert.equal(error.reason, 'attempts');
    assert.equal(error.status, 503);
    assert.equal(
      error.message,
      'read workspace proj failed after 5 attempts in 800 ms (3x HTTP 503, 1x connection closed, 1x HTTP 502); the last: HTTP 503 (ServiceUnavailable: still busy). Every attempt of the retry budget (5) was used.',
    );
    assert.equal(tally(failures), '3x HTTP 503, 1x connection closed, 1x HTTP 502');
  });

  it('stops at the time budget, and on a wait longer than it may honour, saying so', async () => {
    const clock = fakeClock();
    const policy = createTransientPolicy({
      budget: { ...budget, maxElapsedMs: 1000 },
      clock,
      random: () => 1,
    });
    const slow = await policy
      .run({
        operation: 'list models',
        idempotent: true,
        attempt: script(Array(9).fill(cause()), 'x', clock, 300),
      })
      .catch((e: TransientError) => e);
    assert.equal((slow as TransientError).reason, 'time');
    assert.match((slow as TransientError).message, /past the retry budget of 1\.0 s/);
    const asked = await createTransientPolicy({ budget, clock })
      .run({
        operation: 'create comment',
        idempotent: true,
        attempt: script(
          [cause({ status: 429, effect: 'none', message: 'HTTP 429', retryAfterMs: 3_600_000 })],
          'x',
          clock,
        ),
      })
      .catch((e: TransientError) => e);
    assert.equal((asked as TransientError).attempts, 1);
    assert.match(
      (asked as TransientError).message,
      /asking to wait 60 min, longer than the 10 s a retry may wait/,
    );
  });

  it('hands back the last answer instead of throwing, when asked to', async () => {
    const clock = fakeClock();
    const policy = createTransientPolicy({ budget: { ...budget, maxAttempts: 2 }, clock });
    let n = 0;
    const { value, info } = await policy.runWithInfo({
      operation: 'get',
      idempotent: true,
      exhausted: 'return',
      attempt: async () => ({ ok: false, cause: cause(), value: `answer ${++n}` }),
    });
    assert.equal(value, 'answer 2');
    assert.equal(info.attempts, 2);
  });

  it('does not send a non-idempotent request again on its own', async () => {
    const clock = fakeClock();
    const policy = createTransientPolicy({ budget, clock });
    let sent = 0;
    const error = await policy
      .run({
        operation: 'create comment on #7',
        idempotent: false,
        attempt: async () => {
          sent++;
          return {
            ok: false,
            cause: cause({
              kind: 'reset',
              status: undefined,
              message: 'the connection was closed before an answer came (ECONNRESET)',
            }),
          };
        },
      })
      .catch((e: TransientError) => e);
    assert.equal(sent, 1);
    assert.equal(
      (error as TransientError).message,
      'create comment on #7 failed after 1 attempt in 0 ms: the connection was closed before an answer came (ECONNRESET). Not sent again: the request is not idempotent and may have taken effect, and nothing can read back whether it did.',
    );
  });

  it('reads back a non-idempotent request: taken effect -> its answer; not -> sent again; cannot tell -> stop', async () => {
    const clock = fakeClock();
    const policy = createTransientPolicy({ budget, clock });
    const lost = cause({ kind: 'reset', status: undefined, message: 'reset' });
    const run = (readBack: () => Promise<unknown>) => {
      let sent = 0;
      return policy
        .runWithInfo({
          operation: 'promote v2',
          idempotent: false,
          readBack: readBack as never,
          attempt: async () =>
            ++sent === 1 ? { ok: false, cause: lost } : { ok: true, value: `sent ${sent}` },
        })
        .then(
          (r) => ({ ...r, sent }),
          (e: unknown) => ({ error: e as Error, sent }),
        );
    };
    const applied = await run(async () => ({ applied: true, value: 'read back' }));
    assert.deepEqual(['value' in applied && applied.value, applied.sent], ['read back', 1]);
    assert.equal('info' in applied && applied.info.readBack, 'applied');
    const notApplied = await run(async () => ({ applied: false }));
    assert.deepEqual(['value' in notApplied && notApplied.value, notApplied.sent], ['sent 2', 2]);
    const unknown = await run(async () => ({ applied: 'unknown', message: 'the tag list was not readable' }));
    assert.match(
      ('error' in unknown && unknown.error.message) || '',
      /Not sent again: reading back whether it took effect could not tell \(the tag list was not readable\)/,
    );
    const failed = await run(async () => {
      throw new Error('403 Forbidden');
    });
    assert.match(('error' in failed && failed.error.message) || '', /failed too \(403 Forbidden\)/);
  });

  it('passes what is not transient through at once, and stops waiting when the run is cancelled', async () => {
    const clock = fakeClock();
    const policy = createTransientPolicy({ budget, clock });
    const bug = new Error('400 Bad Request');
    let sent = 0;
    await assert.rejects(
      policy.run({
        operation: 'x',
        idempotent: true,
        attempt: async () => {
          sent++;
          throw bug;
        },
      }),
      (e) => e === bug,
    );
    assert.equal(sent, 1);

    const controller = new AbortController();
    const cancelled = policy.run({
      operation: 'y',
      idempotent: true,
      signal: controller.signal,
      attempt: async () => {
        controller.abort();
        return { ok: false, cause: cause() };
      },
    });
    await assert.rejects(cancelled, (e: Error) => e.name === 'AbortError');
  });

  it('finds the TransientError inside an SDK error, and takes its first backoff from the environment', () => {
    const te = new TransientError({
      operation: 'op',
      attempts: 2,
      elapsedMs: 5,
      reason: 'attempts',
      causes: [cause()],
      budget,
    });
    const wrapped = Object.assign(new RestError(te.message), { details: te });
    assert.equal(transientFailureOf(wrapped), te);
    assert.equal(transientFailureOf(new Error('plain')), undefined);
    assert.equal(budgetFromEnv({ FOUNDRY_FINETUNE_RETRY_BASE_MS: '5' }).baseDelayMs, 5);
    assert.equal(budgetFromEnv({}).baseDelayMs, DEFAULT_BUDGET.baseDelayMs);
    assert.throws(
      () => createTransientPolicy({ budget: { maxAttempts: 0 } }),
      /maxAttempts must be a number >= 1/,
    );
  });
});
