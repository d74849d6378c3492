import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createHttpHeaders,
  RestError,
  type HttpClient,
  type PipelineRequest,
} from '@azure/core-rest-pipeline';
import { Arm } from '../../src/foundry/arm.ts';
import { FoundryError } from '../../src/foundry/errors.ts';
import { retryAfterMs, retryDecision, type RetryOptions } from '../../src/foundry/retry.ts';

const options: RetryOptions = { maxRetries: 10, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] });
const credential = {
  getToken: async () => ({ token: 'test-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

describe('retryDecision', () => {
  it('retries throttling and transient answers, and dropped connections', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      assert.equal(
        retryDecision({ retryCount: 0, status, random: 0 }, options).retry,
        true,
        `status ${status}`,
      );
    }
    assert.equal(retryDecision({ retryCount: 0, errorCode: 'ECONNRESET', random: 0 }, options).retry, true);
    assert.equal(
      retryDecision({ retryCount: 0, errorCode: 'REQUEST_SEND_ERROR', random: 0 }, options).retry,
      true,
    );
  });

  it('does not retry answers that will not change (4xx, 501, 505) or unknown errors', () => {
    for (const status of [400, 401, 403, 404, 409, 501, 505]) {
      assert.equal(retryDecision({ retryCount: 0, status }, options).retry, false, `status ${status}`);
    }
    assert.equal(retryDecision({ retryCount: 0, errorCode: 'PARSE_ERROR' }, options).retry, false);
  });

  it('stops after maxRetries', () => {
    assert.equal(retryDecision({ retryCount: 9, status: 500, random: 0 }, options).retry, true);
    assert.equal(retryDecision({ retryCount: 10, status: 500, random: 0 }, options).retry, false);
  });

  it('honours Retry-After (seconds and ms forms), capped', () => {
    const d = retryDecision(
      { retryCount: 0, status: 429, headers: headers({ 'retry-after': '2' }) },
      options,
    );
    assert.deepEqual(d, { retry: true, delayMs: 2000, reason: 'HTTP 429' });
    const ms = retryDecision(
      { retryCount: 3, status: 503, headers: headers({ 'retry-after-ms': '15' }) },
      options,
    );
    assert.equal(ms.retry && ms.delayMs, 15);
    const capped = retryDecision(
      { retryCount: 0, status: 429, headers: headers({ 'retry-after': '3600' }) },
      options,
    );
    assert.equal(capped.retry && capped.delayMs, 5000);
  });

  it('backs off exponentially with jitter between half and the whole delay, up to the max', () => {
    const at = (retryCount: number, random: number) => {
      const d = retryDecision({ retryCount, status: 500, random }, options);
      return d.retry ? d.delayMs : -1;
    };
    assert.equal(at(0, 0), 50);
    assert.equal(at(0, 1), 100);
    assert.equal(at(2, 1), 400);
    assert.equal(at(8, 1), 1000);
  });

  it('reads an HTTP-date Retry-After', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(retryAfterMs(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }), now), 3000);
    assert.equal(retryAfterMs(headers({})), undefined);
  });
});

/** A transport that fails a seeded share of requests the way the emulator does, then answers. */
function flakyTransport(rate: number, seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const log: { method: string; url: string; outcome: string }[] = [];
  const client: HttpClient = {
    async sendRequest(request: PipelineRequest) {
      const roll = random();
      const kind = Math.floor(random() * 4);
      if (roll < rate) {
        if (kind === 0) {
          log.push({ method: request.method, url: request.url, outcome: 'reset' });
          throw new RestError('socket hang up', { code: 'ECONNRESET', request });
        }
        const status = [429, 500, 503][kind - 1]!;
        log.push({ method: request.method, url: request.url, outcome: String(status) });
        return {
          request,
          status,
          headers: createHttpHeaders(status === 500 ? {} : { 'retry-after': '0' }),
          bodyAsText: JSON.stringify({ error: { code: 'Injected', message: 'injected' } }),
        };
      }
      log.push({ method: request.method, url: request.url, outcome: '200' });
      return {
        request,
        status: 200,
        headers: createHttpHeaders({}),
        bodyAsText: JSON.stringify({ url: request.url, auth: request.headers.get('authorization') }),
      };
    },
  };
  return { client, log };
}

describe('Arm transport', () => {
  const fast: RetryOptions = { maxRetries: 10, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };

  it('sends the api-version we choose, with a bearer token, through the SDK client pipeline', async () => {
    const { client, log } = flakyTransport(0, 1);
    const arm = new Arm({
      credential,
      armEndpoint: 'https://arm.test',
      subscriptionId: 's',
      retry: fast,
      httpClient: client,
    });
    const body = await arm.get<{ url: string; auth: string }>('/subscriptions/s/x', 'read x');
    assert.equal(body.url, 'https://arm.test/subscriptions/s/x?api-version=2025-12-01');
    assert.equal(body.auth, 'Bearer test-token');
    assert.equal(log.length, 1);
  });

  it('gets the same answers when a fifth of the requests fail with 429, 500, 503 or a reset', async () => {
    const { client, log } = flakyTransport(0.2, 42);
    let retries = 0;
    const arm = new Arm({
      credential,
      armEndpoint: 'https://arm.test',
      subscriptionId: 's',
      retry: fast,
      httpClient: client,
      onRetry: () => retries++,
    });
    for (let i = 0; i < 200; i++) {
      const body = await arm.get<{ url: string }>(`/subscriptions/s/item/${i}`, `read ${i}`);
      assert.equal(body.url, `https://arm.test/subscriptions/s/item/${i}?api-version=2025-12-01`);
    }
    const failures = log.filter((l) => l.outcome !== '200').length;
    assert.ok(failures > 20, `expected injected failures, got ${failures}`);
    assert.equal(retries, failures);
  });

  it('turns an ARM error into a message with status, code, the service message and the fix', async () => {
    const client: HttpClient = {
      sendRequest: async (request) => ({
        request,
        status: 403,
        headers: createHttpHeaders({}),
        bodyAsText: JSON.stringify({
          error: {
            code: 'AuthorizationFailed',
            message:
              "The client 'abc' does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/jobs/write' over scope '/x'.",
          },
        }),
      }),
    };
    const arm = new Arm({
      credential,
      armEndpoint: 'https://arm.test',
      subscriptionId: 's',
      retry: fast,
      httpClient: client,
    });
    await assert.rejects(
      () =>
        arm.send({
          method: 'PUT',
          path: '/subscriptions/s/jobs/j',
          operation: 'submit fine-tuning job j',
          body: {},
        }),
      (e: unknown) => {
        assert.ok(e instanceof FoundryError);
        assert.match(e.message, /submit fine-tuning job j failed \(HTTP 403 AuthorizationFailed\)/);
        assert.match(e.message, /Microsoft\.MachineLearningServices\/workspaces\/jobs\/write/);
        assert.match(e.message, /Azure AI Developer/);
        return true;
      },
    );
  });

  it('does not retry a 400', async () => {
    let calls = 0;
    const client: HttpClient = {
      sendRequest: async (request) => {
        calls++;
        return {
          request,
          status: 400,
          headers: createHttpHeaders({}),
          bodyAsText: '{"error":{"code":"BadRequest","message":"no"}}',
        };
      },
    };
    const arm = new Arm({
      credential,
      armEndpoint: 'https://arm.test',
      subscriptionId: 's',
      retry: fast,
      httpClient: client,
    });
    await assert.rejects(() => arm.get('/subscriptions/s/x', 'read x'), /HTTP 400 BadRequest/);
    assert.equal(calls, 1);
  });
});
