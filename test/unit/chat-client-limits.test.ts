import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Clock } from '../../src/runtime/types.ts';
import {
  chatCompletionsUrl,
  createChatClient,
  describeEndpoint,
  retryAfterMs,
} from '../../src/evaluation/chat-client.ts';
import { AdaptiveConcurrency, SlidingWindowLimiter } from '../../src/evaluation/rate-limiter.ts';

describe('chatCompletionsUrl', () => {
  it('adds the route, and an api-version only where Azure wants one', () => {
    assert.equal(
      chatCompletionsUrl('https://ep.eastus2.models.ai.azure.com'),
      'https://ep.eastus2.models.ai.azure.com/chat/completions?api-version=2024-05-01-preview',
    );
    assert.equal(chatCompletionsUrl('https://ep.example/v1/'), 'https://ep.example/v1/chat/completions');
    assert.equal(
      chatCompletionsUrl('https://ep.example/serverless/x?api-version=2025-01-01'),
      'https://ep.example/serverless/x/chat/completions?api-version=2025-01-01',
    );
    assert.equal(
      chatCompletionsUrl('https://ep.example/v1/chat/completions'),
      'https://ep.example/v1/chat/completions',
    );
    assert.equal(
      chatCompletionsUrl('https://ep.example/chat/completions?api-version=2024-05-01-preview&x=1'),
      'https://ep.example/chat/completions?api-version=2024-05-01-preview&x=1',
    );
  });

  it('rejects something that is not a URL, saying what to give', () => {
    assert.throws(() => chatCompletionsUrl('ep.example'), /endpoint URL 'ep.example' is not a URL/);
  });

  it('describes an endpoint without its query or credentials', () => {
    assert.equal(describeEndpoint('https://user:pw@ep.example/v1/?sig=secret'), 'https://ep.example/v1');
  });
});

describe('retryAfterMs', () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it('prefers retry-after-ms, then x-ms-retry-after-ms, then retry-after in seconds or as a date', () => {
    assert.equal(retryAfterMs(h({ 'retry-after-ms': '250', 'retry-after': '3' }), 0), 250);
    assert.equal(retryAfterMs(h({ 'x-ms-retry-after-ms': '1200' }), 0), 1200);
    assert.equal(retryAfterMs(h({ 'retry-after': '3' }), 0), 3000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    assert.equal(retryAfterMs(h({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }), now), 5000);
    assert.equal(retryAfterMs(h({}), 0), undefined);
    assert.equal(retryAfterMs(h({ 'retry-after': 'soon' }), 0), undefined);
  });
});

describe('SlidingWindowLimiter', () => {
  it('lets the limit through at once, then waits for the oldest stamp to leave the window', () => {
    const w = new SlidingWindowLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) {
      assert.equal(w.waitTime(0, 1), 0);
      w.settle(w.reserve(1), 100 * i, 1);
    }
    assert.equal(w.waitTime(1_000, 1), 59_000);
    assert.equal(w.waitTime(60_000, 1), 0);
    assert.equal(w.waitTime(60_150, 1), 0);
  });

  it('counts work in flight, and waits for it to settle when only that is in the way', () => {
    const w = new SlidingWindowLimiter(2, 60_000);
    const a = w.reserve(1);
    w.reserve(1);
    assert.equal(w.waitTime(0, 1), undefined);
    w.settle(a, 10, 0);
    assert.equal(w.waitTime(10, 1), 0);
  });

  it('weighs tokens, and lets an oversized request through once the window is empty', () => {
    const w = new SlidingWindowLimiter(1_000, 60_000);
    w.settle(w.reserve(600), 0, 700);
    assert.equal(w.waitTime(0, 400), 60_000);
    assert.equal(w.waitTime(0, 300), 0);
    assert.equal(w.waitTime(60_000, 5_000), 0);
  });
});

describe('AdaptiveConcurrency', () => {
  it('halves once per round of throttled requests and grows back by one per round of successes', () => {
    const c = new AdaptiveConcurrency(16);
    c.onThrottle(0, 100);
    assert.equal(c.limit, 8);
    // Sent before the decrease: already counted.
    c.onThrottle(50, 120);
    assert.equal(c.limit, 8);
    c.onThrottle(130, 140);
    assert.equal(c.limit, 4);
    for (let i = 0; i < 4; i++) c.onSuccess();
    assert.equal(c.limit, 4);
    c.onSuccess();
    assert.equal(c.limit, 5);
    for (let i = 0; i < 200; i++) c.onSuccess();
    assert.equal(c.limit, 16);
    assert.equal(c.lowest, 4);
  });
});

/** Virtual time: sleeping moves the clock, so a minute of rate limiting takes no real time. */
function virtualClock(): Clock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += Math.max(0, ms);
    },
  };
  return clock;
}

function instantEndpoint(
  sends: number[],
  clock: { now(): number },
  usage = { prompt_tokens: 40, completion_tokens: 10 },
) {
  return (async () => {
    sends.push(clock.now());
    return new Response(
      JSON.stringify({ choices: [{ message: { content: 'ok' }, finish_reason: 'stop' }], usage }),
      {
        status: 200,
        headers: { 'content-type': 'application/json' },
      },
    );
  }) as typeof fetch;
}

describe('chat client: client-side limits (virtual time)', () => {
  const base = {
    url: 'https://ep.example/v1',
    key: 'k',
    concurrency: 8,
    timeoutMs: 1_000,
    maxRetries: 2,
    maxTokens: 10,
    seed: 1,
  };

  it('sends at most requestsPerMinute in any 60 s window, and no later than it must', async () => {
    const clock = virtualClock();
    const sends: number[] = [];
    const c = createChatClient({
      ...base,
      requestsPerMinute: 5,
      tokensPerMinute: 1e9,
      clock,
      fetch: instantEndpoint(sends, clock),
    });
    const outs = await Promise.all(
      Array.from({ length: 12 }, (_, i) => c.complete([{ role: 'user', content: `q${i}` }])),
    );
    assert.ok(outs.every((o) => o.ok));
    for (const t of sends) assert.ok(sends.filter((s) => s >= t && s < t + 60_000).length <= 5);
    assert.deepEqual(
      sends.map((t) => Math.floor(t / 60_000)),
      [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2],
    );
    assert.equal(sends[5], 60_000);
  });

  it('keeps tokens a minute under tokensPerMinute, counting what the endpoint reports', async () => {
    const clock = virtualClock();
    const sends: number[] = [];
    const c = createChatClient({
      ...base,
      requestsPerMinute: 1_000,
      tokensPerMinute: 200,
      concurrency: 1,
      clock,
      fetch: instantEndpoint(sends, clock),
    });
    await Promise.all(Array.from({ length: 8 }, (_, i) => c.complete([{ role: 'user', content: `q${i}` }])));
    // 50 tokens each: 4 a minute.
    assert.deepEqual(
      sends.map((t) => Math.floor(t / 60_000)),
      [0, 0, 0, 0, 1, 1, 1, 1],
    );
  });

  it('pauses every request for a Retry-After, not just the throttled one', async () => {
    const clock = virtualClock();
    const sends: number[] = [];
    let first = true;
    const ok = instantEndpoint(sends, clock);
    const fetchFn = (async (url: string, init: RequestInit) => {
      if (first) {
        first = false;
        sends.push(clock.now());
        return new Response('{"error":{"code":"429"}}', {
          status: 429,
          headers: { 'retry-after-ms': '5000' },
        });
      }
      return ok(url, init);
    }) as typeof fetch;
    const c = createChatClient({
      ...base,
      concurrency: 1,
      requestsPerMinute: 1_000,
      tokensPerMinute: 1e9,
      clock,
      fetch: fetchFn,
    });
    const outs = await Promise.all([
      c.complete([{ role: 'user', content: 'a' }]),
      c.complete([{ role: 'user', content: 'b' }]),
    ]);
    assert.ok(outs.every((o) => o.ok));
    assert.deepEqual(sends, [0, 5_000, 5_000]);
  });
});
