import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createChatClient, type ChatClientOptions } from '../../src/evaluation/chat-client.ts';

/** What the next requests get, in order; when the script runs out, a normal answer. */
type Step =
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | 'reset'
  | { hangMs: number };

interface Seen {
  url: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

let script: Step[] = [];
let seen: Seen[] = [];
let inFlight = 0;
let maxInFlight = 0;
let answerDelayMs = 0;
let baseUrl = '';

const KEY = 'test-key-0123456789';

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString()));
  req.on('end', () => {
    const body = JSON.parse(raw) as Record<string, unknown>;
    seen.push({ url: req.url!, headers: req.headers, body });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const step = script.shift();
    const finish = (fn: () => void, ms: number): void => {
      setTimeout(() => {
        inFlight--;
        fn();
      }, ms);
    };
    if (step === 'reset') return finish(() => req.socket.destroy(), 0);
    if (step && 'hangMs' in step) return finish(() => res.destroyed || res.end('{}'), step.hangMs);
    if (step) {
      return finish(() => {
        res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
        res.end(JSON.stringify(step.body ?? {}));
      }, step.delayMs ?? 0);
    }
    const messages = body.messages as { content: string }[];
    finish(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          choices: [
            {
              index: 0,
              finish_reason: 'stop',
              message: { role: 'assistant', content: `echo: ${messages.at(-1)!.content}` },
            },
          ],
          usage: { prompt_tokens: 11, completion_tokens: 3, total_tokens: 14 },
        }),
      );
    }, answerDelayMs);
  });
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/serverless/ep`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  script = [];
  seen = [];
  inFlight = 0;
  maxInFlight = 0;
  answerDelayMs = 0;
});

function client(overrides: Partial<ChatClientOptions> = {}) {
  return createChatClient({
    url: baseUrl,
    key: KEY,
    requestsPerMinute: 10_000,
    tokensPerMinute: 10_000_000,
    concurrency: 4,
    timeoutMs: 2_000,
    maxRetries: 4,
    maxTokens: 64,
    seed: 42,
    backoff: { baseMs: 5, maxMs: 20 },
    ...overrides,
  });
}

const ask = [{ role: 'user' as const, content: 'What is the capital of France?' }];

describe('chat client: the request', () => {
  it("posts an OpenAI-style body with the key as both api-key and Bearer, to Azure's route with an api-version", async () => {
    const out = await client().complete([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi', weight: 1 },
    ]);
    assert.ok(out.ok);
    assert.equal(out.text, 'echo: Hi');
    assert.equal(out.promptTokens, 11);
    assert.equal(out.completionTokens, 3);
    assert.equal(out.attempts, 1);
    assert.ok(out.latencyMs >= 0);
    const [req] = seen;
    assert.equal(req!.url, '/serverless/ep/chat/completions?api-version=2024-05-01-preview');
    assert.equal(req!.headers['api-key'], KEY);
    assert.equal(req!.headers.authorization, `Bearer ${KEY}`);
    assert.equal(req!.headers['extra-parameters'], 'drop');
    assert.deepEqual(req!.body, {
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ],
      max_tokens: 64,
      temperature: 0,
      seed: 42,
    });
  });
});

describe('chat client: retries', () => {
  it('honours retry-after-ms on a 429, halves concurrency, and then answers', async () => {
    script = [
      {
        status: 429,
        headers: { 'retry-after-ms': '150', 'retry-after': '1' },
        body: { error: { code: '429', message: 'Rate limit is exceeded.' } },
      },
    ];
    const c = client();
    const started = Date.now();
    const out = await c.complete(ask);
    assert.ok(out.ok);
    assert.equal(out.attempts, 2);
    // retry-after-ms (150 ms) wins over retry-after (1 s).
    const waited = Date.now() - started;
    assert.ok(waited >= 140 && waited < 900, `waited ${waited} ms`);
    const s = c.stats();
    assert.equal(s.throttled, 1);
    assert.equal(s.retries, 1);
    assert.equal(s.lowestConcurrency, 2);
  });

  it('retries 500 and 503, then answers', async () => {
    script = [{ status: 500 }, { status: 503, body: { error: { message: 'busy' } } }];
    const c = client();
    const out = await c.complete(ask);
    assert.ok(out.ok);
    assert.equal(out.attempts, 3);
    assert.equal(c.stats().serverErrors, 2);
  });

  it('retries a dropped connection', async () => {
    script = ['reset'];
    const c = client();
    const out = await c.complete(ask);
    assert.ok(out.ok, JSON.stringify(out));
    assert.equal(out.attempts, 2);
    assert.equal(c.stats().connectionErrors, 1);
  });

  it('abandons a request after the timeout and retries it', async () => {
    script = [{ hangMs: 1_000 }];
    const c = client({ timeoutMs: 150 });
    const out = await c.complete(ask);
    assert.ok(out.ok);
    assert.equal(out.attempts, 2);
    assert.equal(c.stats().timeouts, 1);
  });

  it('gives up after maxRetries and says why, without the key', async () => {
    script = Array.from({ length: 3 }, () => ({
      status: 502,
      body: { error: { message: `upstream rejected ${KEY}` } },
    }));
    const out = await client({ maxRetries: 2 }).complete(ask);
    assert.equal(out.ok, false);
    assert.ok(!out.ok);
    assert.equal(out.kind, 'failed');
    assert.equal(out.attempts, 3);
    assert.equal(out.status, 502);
    assert.match(out.message, /502 from the endpoint: upstream rejected \*\*\* \(gave up after 3 attempts\)/);
    assert.ok(!out.message.includes(KEY));
  });
});

describe('chat client: answers that are not failures, and failures that are final', () => {
  it('reports a 400 content_filter as its own kind, without retrying', async () => {
    script = [
      {
        status: 400,
        body: {
          error: {
            code: 'content_filter',
            message: 'The response was filtered',
            innererror: { code: 'ResponsibleAIPolicyViolation' },
          },
        },
      },
    ];
    const out = await client().complete(ask);
    assert.ok(!out.ok);
    assert.equal(out.kind, 'content_filter');
    assert.equal(out.attempts, 1);
    assert.equal(seen.length, 1);
  });

  it('reports finish_reason content_filter as filtered', async () => {
    script = [
      {
        status: 200,
        body: {
          choices: [{ finish_reason: 'content_filter', message: { content: '' } }],
          usage: { prompt_tokens: 5, completion_tokens: 0 },
        },
      },
    ];
    const out = await client().complete(ask);
    assert.ok(!out.ok);
    assert.equal(out.kind, 'content_filter');
  });

  it('marks 401 and 404 as fatal, without retrying, and sends nothing more to that endpoint', async () => {
    script = [
      {
        status: 401,
        body: { error: { code: '401', message: 'Access denied due to invalid subscription key.' } },
      },
      { status: 404 },
    ];
    const c = client({ concurrency: 1 });
    const [unauthorized, queued] = await Promise.all([c.complete(ask), c.complete(ask)]);
    assert.ok(!unauthorized.ok && !queued.ok);
    assert.equal(unauthorized.fatal, true);
    assert.match(
      unauthorized.message,
      /^401: the endpoint refused the key .*Check the endpoint's key input\./,
    );
    assert.equal(queued.fatal, true);
    assert.equal(queued.attempts, 0);
    assert.equal(seen.length, 1);
    const missing = await client().complete(ask);
    assert.ok(!missing.ok);
    assert.equal(missing.fatal, true);
    assert.match(
      missing.message,
      /404: no chat-completions route at http:\/\/127\.0\.0\.1:\d+\/serverless\/ep/,
    );
    assert.equal(seen.length, 2);
  });

  it('does not retry another 400, and keeps the endpoint’s message', async () => {
    script = [
      {
        status: 400,
        body: { error: { code: 'BadRequest', message: "'max_tokens' must be a positive integer." } },
      },
    ];
    const out = await client().complete(ask);
    assert.ok(!out.ok);
    assert.equal(out.kind, 'failed');
    assert.equal(out.fatal, undefined);
    assert.match(out.message, /^400: 'max_tokens' must be a positive integer\.$/);
  });

  it('estimates tokens when the endpoint sends no usage, and says so', async () => {
    script = [
      { status: 200, body: { choices: [{ finish_reason: 'stop', message: { content: 'abcdefgh' } }] } },
    ];
    const out = await client().complete(ask);
    assert.ok(out.ok);
    assert.equal(out.estimatedUsage, true);
    assert.equal(out.completionTokens, 2);
  });
});

describe('chat client: concurrency', () => {
  it('never has more requests in flight than allowed', async () => {
    answerDelayMs = 30;
    const c = client({ concurrency: 3 });
    const outs = await Promise.all(
      Array.from({ length: 12 }, (_, i) => c.complete([{ role: 'user', content: `q${i}` }])),
    );
    assert.ok(outs.every((o) => o.ok));
    assert.equal(maxInFlight, 3);
    assert.equal(seen.length, 12);
  });

  it('cancels queued requests when the signal aborts', async () => {
    answerDelayMs = 50;
    const abort = new AbortController();
    const c = client({ concurrency: 1, signal: abort.signal });
    const pending = Array.from({ length: 5 }, (_, i) => c.complete([{ role: 'user', content: `q${i}` }]));
    setTimeout(() => abort.abort(), 20);
    const outs = await Promise.all(pending);
    assert.ok(outs.every((o) => !o.ok));
    // A request written before the abort may reach the server only now: let it arrive and finish, so it
    // does not take the next test's scripted answer.
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 200 && inFlight > 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.ok(seen.length <= 2, `sent ${seen.length}`);
  });
});

/** A published error body (test/fixtures/data-plane/README.md names each source). */
function fixture(name: string): { status: number; body: unknown } {
  const url = new URL(`../fixtures/data-plane/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as { status: number; body: unknown };
}

describe('chat client: the documented error shapes', () => {
  for (const name of ['content-filter-flat', 'content-filter-nested', 'content-filter-generic']) {
    it(`reports ${name} as filtered, without retrying`, async () => {
      script = [fixture(name)];
      const out = await client().complete(ask);
      assert.ok(!out.ok);
      assert.equal(out.kind, 'content_filter', out.message);
      assert.equal(out.attempts, 1);
      assert.equal(seen.length, 1);
    });
  }

  it('drops `seed` after a 422 parameter_not_supported naming it, asks once more, and never sends it again', async () => {
    script = [fixture('parameter-not-supported')];
    const warnings: string[] = [];
    const c = client({
      concurrency: 1,
      maxRetries: 0,
      log: { debug: () => {}, warning: (m) => warnings.push(m) },
    });
    const first = await c.complete(ask);
    assert.ok(first.ok, JSON.stringify(first));
    assert.equal(first.attempts, 2);
    const second = await c.complete(ask);
    assert.ok(second.ok);
    assert.equal(second.attempts, 1);
    assert.deepEqual(
      seen.map((r) => 'seed' in r.body),
      [true, false, false],
    );
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /refuses 'seed' \(422\); the evaluation goes on without it/);
  });

  it('stops at a 422 naming a parameter the request needs: one fatal answer that names it', async () => {
    const refusal = {
      status: 422,
      body: {
        status: 422,
        code: 'parameter_not_supported',
        error: 'Unprocessable Entity',
        detail: { loc: ['body', 'temperature'], input: 0 },
        message: 'One of the parameters contain invalid values.',
      },
    };
    script = [refusal];
    const c = client({ concurrency: 1 });
    const [refused, queued] = await Promise.all([c.complete(ask), c.complete(ask)]);
    assert.ok(!refused.ok && !queued.ok);
    assert.equal(refused.fatal, true);
    assert.equal(refused.status, 422);
    assert.equal(refused.attempts, 1);
    assert.match(
      refused.message,
      /^422: the model at http:\/\/127\.0\.0\.1:\d+\/serverless\/ep does not support the parameter 'temperature' \(sent: 0\): One of the parameters contain invalid values\. Every request of the evaluation sends it, so no more were sent\.$/,
    );
    assert.equal(queued.fatal, true);
    assert.equal(queued.attempts, 0);
    assert.equal(seen.length, 1);
  });
});

describe('chat client: the key header per host', () => {
  /** Routes any https URL to the local server, keeping the path, as DNS would route the real host. */
  const local: typeof fetch = (input, init) => {
    const u = new URL(String(input));
    return fetch(`${new URL(baseUrl).origin}${u.pathname}${u.search}`, init);
  };

  it('sends only api-key to an Azure OpenAI host, on its deployment route and on the v1 route', async () => {
    for (const url of [
      'https://myres.openai.azure.com/openai/deployments/judge',
      'https://myres.services.ai.azure.com/openai/v1',
    ]) {
      seen = [];
      const out = await client({ url, fetch: local }).complete(ask);
      assert.ok(out.ok, url);
      assert.equal(seen[0]!.headers['api-key'], KEY, url);
      assert.equal(seen[0]!.headers.authorization, undefined, url);
    }
    assert.equal(seen[0]!.url, '/openai/v1/chat/completions');
  });
});
