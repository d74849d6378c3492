import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Clock } from '../../src/runtime/types.ts';
import {
  analyzeUrl,
  COGNITIVE_SERVICES_SCOPE,
  createContentSafetyClient,
  type ContentSafetyClientOptions,
} from '../../src/safety/index.ts';

const KEY = 'cs-secret-key-0123456789';

/** Virtual time: every sleep returns at once and moves the clock; `slept` adds up the waits. */
function virtualClock(): Clock & { slept: number[] } {
  let t = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms) => {
      slept.push(ms);
      t += Math.max(0, ms);
      await Promise.resolve();
    },
  };
}

interface Call {
  url: string;
  headers: Record<string, string>;
  body: { text: string; outputType?: string };
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string>; raw?: string } | 'reset';

/** A fetch that answers from `reply(call, index)`; a word list decides severities by default. */
function fakeFetch(reply?: (call: Call, index: number) => Reply | undefined) {
  const calls: Call[] = [];
  const fn = (async (input: string | URL | Request, init?: RequestInit) => {
    const call: Call = {
      url: String(input),
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
      body: JSON.parse(String(init?.body)) as Call['body'],
    };
    calls.push(call);
    const r = reply?.(call, calls.length - 1) ?? { status: 200, body: analysis(call.body.text) };
    if (r === 'reset') throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
    return new Response(r.raw ?? JSON.stringify(r.body), { status: r.status, headers: r.headers });
  }) as typeof fetch;
  return { fn, calls };
}

function analysis(text: string) {
  const sev = (word: string, n: number) => (text.includes(word) ? n : 0);
  return {
    blocklistsMatch: [],
    categoriesAnalysis: [
      { category: 'Hate', severity: sev('hateful', 4) },
      { category: 'SelfHarm', severity: 0 },
      { category: 'Sexual', severity: 0 },
      { category: 'Violence', severity: Math.max(sev('violent', 6), sev('mild', 2)) },
    ],
  };
}

function client(overrides: Partial<ContentSafetyClientOptions> & { fetch: typeof fetch }) {
  return createContentSafetyClient({
    endpoint: 'https://res.cognitiveservices.azure.com/',
    auth: { key: KEY },
    concurrency: 4,
    clock: virtualClock(),
    backoff: { baseMs: 10, maxMs: 100 },
    ...overrides,
  });
}

describe('Content Safety client', () => {
  it('builds the text:analyze URL from the resource endpoint or the full route', () => {
    const want = 'https://res.cognitiveservices.azure.com/contentsafety/text:analyze?api-version=2024-09-01';
    assert.equal(analyzeUrl('https://res.cognitiveservices.azure.com'), want);
    assert.equal(analyzeUrl('https://res.cognitiveservices.azure.com/'), want);
    assert.equal(analyzeUrl(`${want.split('?')[0]}?api-version=2023-10-01`), want);
    assert.throws(() => analyzeUrl('res.cognitiveservices'), /content-safety-endpoint .* is not a URL/);
  });

  it('sends the text with the key and eight severity levels, and reads the severities', async () => {
    const f = fakeFetch();
    const secrets: string[] = [];
    const c = client({ fetch: f.fn, log: { debug: () => {}, secret: (s) => secrets.push(s) } });
    const out = await c.analyze('a violent and hateful text');
    assert.deepEqual(out, { ok: true, severities: { Hate: 4, SelfHarm: 0, Sexual: 0, Violence: 6 } });
    assert.equal(f.calls.length, 1);
    assert.equal(f.calls[0]!.headers['ocp-apim-subscription-key'], KEY);
    assert.equal(f.calls[0]!.headers.authorization, undefined);
    assert.deepEqual(f.calls[0]!.body, {
      text: 'a violent and hateful text',
      outputType: 'EightSeverityLevels',
    });
    assert.deepEqual(secrets, [KEY], 'the key is masked in the log');
  });

  it('sends nothing for an empty text', async () => {
    const f = fakeFetch();
    assert.deepEqual(await client({ fetch: f.fn }).analyze('  \n'), {
      ok: true,
      severities: { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 0 },
    });
    assert.equal(f.calls.length, 0);
  });

  it('signs in once for the Cognitive Services scope and sends a bearer token', async () => {
    const f = fakeFetch();
    const scopes: unknown[] = [];
    const credential = {
      getToken: async (scope: string | string[]) => {
        scopes.push(scope);
        return { token: 'entra-token-xyz', expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    const c = client({ fetch: f.fn, auth: { credential } });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((t) => c.analyze(t)));
    assert.deepEqual(scopes, [COGNITIVE_SERVICES_SCOPE]);
    assert.equal(f.calls.length, 5);
    for (const call of f.calls) {
      assert.equal(call.headers.authorization, 'Bearer entra-token-xyz');
      assert.equal(call.headers['ocp-apim-subscription-key'], undefined);
    }
  });

  it('waits out a 429 for its Retry-After, then retries the same text', async () => {
    const clock = virtualClock();
    const f = fakeFetch((_, i) =>
      i === 0
        ? {
            status: 429,
            body: { error: { code: '429', message: 'slow down' } },
            headers: { 'retry-after': '2' },
          }
        : undefined,
    );
    const c = client({ fetch: f.fn, clock });
    const out = await c.analyze('mild words');
    assert.deepEqual(out, { ok: true, severities: { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 2 } });
    assert.equal(f.calls.length, 2);
    assert.equal(f.calls[1]!.body.text, 'mild words');
    assert.ok(
      clock.slept.some((ms) => ms >= 2000),
      `slept ${clock.slept.join(', ')}`,
    );
    assert.equal(c.stats().throttled, 1);
    assert.equal(c.stats().retries, 1);
  });

  it('retries 5xx, dropped connections and cut-off answers', async () => {
    const replies: Reply[] = [{ status: 503, body: {} }, 'reset', { status: 200, raw: '{"categoriesAn' }];
    const f = fakeFetch((_, i) => replies[i]);
    const c = client({ fetch: f.fn });
    const out = await c.analyze('violent');
    assert.equal(out.ok, true);
    assert.equal(f.calls.length, 4);
    const s = c.stats();
    assert.equal(s.serverErrors, 1);
    assert.equal(s.connectionErrors, 2);
    assert.equal(s.retries, 3);
  });

  it('abandons a request that does not answer in time and sends it again', async () => {
    let calls = 0;
    const fetchFn = (async (_url: string | URL | Request, init?: RequestInit) => {
      calls++;
      if (calls === 1) {
        await new Promise((_, reject) =>
          init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      }
      return new Response(JSON.stringify(analysis('violent')), { status: 200 });
    }) as typeof fetch;
    const c = client({ fetch: fetchFn, timeoutMs: 20 });
    const out = await c.analyze('violent');
    assert.equal(out.ok, true);
    assert.equal(calls, 2);
    assert.equal(c.stats().timeouts, 1);
  });

  it('reports an example that never got an answer as failed, not as safe', async () => {
    const f = fakeFetch(() => ({
      status: 500,
      body: { error: { code: 'InternalServerError', message: 'boom' } },
    }));
    const out = await client({ fetch: f.fn, maxRetries: 3 }).analyze('text');
    assert.equal(out.ok, false);
    assert.match(
      !out.ok ? out.message : '',
      /500 from Content Safety: InternalServerError: boom \(gave up after 4 attempts\)/,
    );
    assert.equal(f.calls.length, 4);
  });

  it('stops at a refused key, says which input to fix, and never repeats the key', async () => {
    const f = fakeFetch(() => ({
      status: 401,
      body: { error: { code: '401', message: `Access denied for key ${KEY}.` } },
    }));
    const c = client({ fetch: f.fn, concurrency: 1 });
    const outcomes = await Promise.all(['a', 'b', 'c'].map((t) => c.analyze(t)));
    for (const o of outcomes) {
      assert.equal(o.ok, false);
      if (o.ok) continue;
      assert.equal(o.fatal, true);
      assert.match(o.message, /refused the key \(401.*Check 'content-safety-key'/);
      assert.ok(!o.message.includes(KEY), o.message);
    }
    assert.equal(f.calls.length, 1, 'nothing more is sent once the key is refused');
  });

  it('names the endpoint input on a 404, and the role on a refused token', async () => {
    const notFound = await client({ fetch: fakeFetch(() => ({ status: 404, body: {} })).fn }).analyze('x');
    assert.match(!notFound.ok ? notFound.message : '', /404 .*Check 'content-safety-endpoint'/);
    const credential = {
      getToken: async () => ({ token: 'tok-abcdef', expiresOnTimestamp: Date.now() + 3_600_000 }),
    };
    const denied = await client({
      fetch: fakeFetch(() => ({ status: 403, body: { error: { code: '403', message: 'no' } } })).fn,
      auth: { credential },
    }).analyze('x');
    assert.match(!denied.ok ? denied.message : '', /Cognitive Services User/);
    const noSignIn = await client({
      fetch: fakeFetch().fn,
      auth: { credential: { getToken: async () => Promise.reject(new Error('AADSTS700213: no match')) } },
    }).analyze('x');
    assert.equal(!noSignIn.ok && noSignIn.fatal, true);
    assert.match(
      !noSignIn.ok ? noSignIn.message : '',
      /sign-in .* failed \(AADSTS700213: no match\)\. Set 'content-safety-key'/,
    );
  });

  it('refuses a single bad text without stopping the others', async () => {
    const f = fakeFetch((call) =>
      call.body.text === 'bad'
        ? { status: 400, body: { error: { code: 'InvalidRequestBody', message: 'nope' } } }
        : undefined,
    );
    const c = client({ fetch: f.fn });
    const [bad, good] = await Promise.all([c.analyze('bad'), c.analyze('violent')]);
    assert.equal(bad!.ok, false);
    assert.equal(!bad!.ok && bad!.fatal, undefined);
    assert.equal(good!.ok, true);
  });

  it('sends a text over 10,000 characters in chunks and keeps the worst severity per category', async () => {
    const long = `${'calm words '.repeat(1000)}violent ${'calm words '.repeat(1200)}mild`;
    const f = fakeFetch();
    const out = await client({ fetch: f.fn }).analyze(long);
    assert.ok(f.calls.length >= 3);
    for (const call of f.calls) assert.ok(call.body.text.length <= 10_000);
    assert.equal(f.calls.map((c) => c.body.text).join(''), long);
    assert.deepEqual(out, { ok: true, severities: { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 6 } });
  });

  it('keeps at most `concurrency` requests in flight, and lowers it after 429s', async () => {
    let inFlight = 0;
    let most = 0;
    let throttleNext = 3;
    const fetchFn = (async (_url: string | URL | Request, init?: RequestInit) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      if (throttleNext > 0) {
        throttleNext--;
        return new Response('{}', { status: 429, headers: { 'retry-after-ms': '5' } });
      }
      const { text } = JSON.parse(String(init?.body)) as { text: string };
      return new Response(JSON.stringify(analysis(text)), { status: 200 });
    }) as typeof fetch;
    const c = createContentSafetyClient({
      endpoint: 'https://res.cognitiveservices.azure.com',
      auth: { key: KEY },
      concurrency: 4,
      fetch: fetchFn,
    });
    assert.equal(c.stats().concurrency, 4);
    const outs = await Promise.all(Array.from({ length: 20 }, (_, i) => c.analyze(`text ${i}`)));
    assert.ok(outs.every((o) => o.ok));
    assert.equal(most, 4, 'up to the limit in flight, never more');
    assert.ok(c.stats().lowestConcurrency < 4, 'halved after a 429');
    assert.equal(c.stats().throttled, 3);
  });
});
