import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';
import { chat, chatJsonl, qaPairs } from '../emulator/testing.ts';

trustEmulatorCertificate();

type Json = Record<string, unknown>;
const content = (body: Json): string => ((body.choices as Json[])[0]!.message as Json).content as string;

describe('emulator inference endpoints', () => {
  let emu: Emulator;
  const pairs = qaPairs(60);

  before(async () => {
    emu = await startEmulator({
      azurite: false,
      contentSafety: { key: 'cs-key-for-tests', requestsPerMinute: 3, blocklists: { brands: ['acme'] } },
    });
  });
  after(() => emu?.stop());

  it('a model fine-tuned on the data answers its prompts; the base model answers worse', async () => {
    const tuned = emu.inference.register({ name: 'tuned', trainingJsonl: chatJsonl(pairs), errorRate: 0.05 });
    const base = emu.inference.register({ name: 'base', modelName: 'Phi-4-mini-instruct' });
    let tunedRight = 0;
    let baseRight = 0;
    for (const [q, a] of pairs) {
      const messages = [
        { role: 'system', content: 'You are a helpful support assistant.' },
        { role: 'user', content: q },
      ];
      if (content((await chat(tuned.url, tuned.key, messages)).body) === a) tunedRight++;
      if (content((await chat(base.url, base.key, messages)).body) === a) baseRight++;
    }
    assert.ok(
      tunedRight >= 50 && tunedRight < 60,
      `about 95% right, with a seeded error rate (got ${tunedRight}/60)`,
    );
    assert.equal(baseRight, 0);
    const again = await chat(tuned.url, tuned.key, [{ role: 'user', content: pairs[0]![0] }]);
    assert.equal(
      content(again.body),
      content((await chat(tuned.url, tuned.key, [{ role: 'user', content: pairs[0]![0] }])).body),
      'deterministic',
    );
    assert.equal(emu.inference.stats('tuned')!.sources.generic, 0);
  });

  it('answers in the OpenAI shape on /chat/completions and /v1/chat/completions, with usage and max_tokens', async () => {
    const ep = emu.inference.register({
      name: 'shape',
      answers: { 'Say something long': 'word '.repeat(100).trim() },
      modelName: 'support:3',
    });
    for (const path of ['/chat/completions', '/v1/chat/completions']) {
      const r = await chat(ep.url, ep.key, [{ role: 'user', content: 'Say something long' }], {}, path);
      assert.equal(r.status, 200);
      assert.match(String(r.body.id), /^chatcmpl-/);
      assert.equal(typeof r.body.created, 'number');
      assert.equal(r.body.model, 'support:3');
      const usage = r.body.usage as {
        prompt_tokens: number;
        completion_tokens: number;
        total_tokens: number;
      };
      assert.equal(usage.total_tokens, usage.prompt_tokens + usage.completion_tokens);
      assert.equal(usage.completion_tokens, Math.ceil(499 / 4));
      assert.equal((r.body.choices as Json[])[0]!.finish_reason, 'stop');
    }
    const cut = await chat(ep.url, ep.key, [{ role: 'user', content: 'Say something long' }], {
      max_tokens: 5,
    });
    assert.equal((cut.body.choices as Json[])[0]!.finish_reason, 'length');
    assert.equal((cut.body.usage as Json).completion_tokens, 5);
    const invalid = await chat(ep.url, ep.key, [{ role: 'robot', content: 'x' }]);
    assert.equal(invalid.status, 400);
  });

  it('accepts the key as api-key or as a bearer token, and refuses a wrong key with 401', async () => {
    const ep = emu.inference.register({ name: 'auth' });
    const call = (headers: Record<string, string>) =>
      fetch(`${ep.url}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }),
      });
    assert.equal((await call({ 'api-key': ep.key })).status, 200);
    assert.equal((await call({ authorization: `Bearer ${ep.key}` })).status, 200);
    const denied = await call({ 'api-key': 'wrong' });
    assert.equal(denied.status, 401);
    assert.match(((await denied.json()) as { error: { message: string } }).error.message, /Access denied/);
  });

  it('throttles over the requests-per-minute limit with 429, Retry-After and retry-after-ms', async () => {
    const ep = emu.inference.register({ name: 'rpm', requestsPerMinute: 3 });
    for (let i = 0; i < 3; i++)
      assert.equal((await chat(ep.url, ep.key, [{ role: 'user', content: `x${i}` }])).status, 200);
    const limited = await chat(ep.url, ep.key, [{ role: 'user', content: 'x' }]);
    assert.equal(limited.status, 429);
    const seconds = Number(limited.headers.get('retry-after'));
    assert.ok(seconds >= 59 && seconds <= 60, `retry after about a minute (got ${seconds})`);
    assert.ok(Number(limited.headers.get('retry-after-ms')) > 58_000);
    assert.deepEqual(limited.body, {
      error: { code: '429', message: `Rate limit is exceeded. Try again in ${seconds} seconds.` },
    });
    assert.equal(emu.inference.stats('rpm')!.throttled, 1);
  });

  it('throttles over the tokens-per-minute limit', async () => {
    const ep = emu.inference.register({ name: 'tpm', tokensPerMinute: 150 });
    assert.equal((await chat(ep.url, ep.key, [{ role: 'user', content: 'a'.repeat(80) }])).status, 200);
    assert.equal((await chat(ep.url, ep.key, [{ role: 'user', content: 'a'.repeat(80) }])).status, 429);
  });

  it('blocks a prompt with a configured word (400 content_filter) only when content safety is on', async () => {
    const on = emu.inference.register({ name: 'filtered' });
    const off = emu.inference.register({ name: 'unfiltered', contentSafety: false });
    const prompt = [{ role: 'user', content: 'Describe the bloodbath in detail' }];
    const blocked = await chat(on.url, on.key, prompt);
    assert.equal(blocked.status, 400);
    const error = blocked.body.error as Json;
    assert.equal(error.code, 'content_filter');
    assert.equal(error.status, 400);
    assert.deepEqual((error.innererror as Json).content_filter_result, {
      hate: { filtered: false, severity: 'safe' },
      self_harm: { filtered: false, severity: 'safe' },
      sexual: { filtered: false, severity: 'safe' },
      violence: { filtered: true, severity: 'high' },
    });
    assert.equal((await chat(off.url, off.key, prompt)).status, 200);
    assert.equal(
      (await chat(on.url, on.key, [{ role: 'user', content: 'a mildword is fine' }])).status,
      200,
      'low severity passes',
    );
  });

  it('waits the configured latency (real time)', async () => {
    const ep = emu.inference.register({ name: 'slow', latencyMs: 100 });
    const start = performance.now();
    assert.equal((await chat(ep.url, ep.key, [{ role: 'user', content: 'x' }])).status, 200);
    assert.ok(performance.now() - start >= 95);
  });

  it('streams server-sent events when asked to', async () => {
    const ep = emu.inference.register({ name: 'stream', answers: { hello: 'Hello there.' } });
    const response = await fetch(`${ep.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'api-key': ep.key },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hello' }], stream: true }),
    });
    assert.equal(response.headers.get('content-type'), 'text/event-stream');
    const events = (await response.text())
      .split('\n\n')
      .filter(Boolean)
      .map((e) => e.replace(/^data: /, ''));
    assert.equal(events.at(-1), '[DONE]');
    const text = events
      .slice(0, -1)
      .map(
        (e) =>
          (JSON.parse(e) as { choices: { delta: { content?: string } }[] }).choices[0]!.delta.content ?? '',
      )
      .join('');
    assert.equal(text, 'Hello there.');
  });

  it('injects scripted faults per route: 503 with Retry-After, then a dropped connection', async () => {
    const ep = emu.inference.register({ name: 'faulty' });
    emu.faults.add({
      service: 'inference',
      path: '/serverless/faulty/',
      respond: { status: 503, retryAfter: 2 },
    });
    emu.faults.add({ service: 'inference', path: '/serverless/faulty/', respond: 'reset' });
    const unavailable = await chat(ep.url, ep.key, [{ role: 'user', content: 'x' }]);
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.headers.get('retry-after'), '2');
    await assert.rejects(chat(ep.url, ep.key, [{ role: 'user', content: 'x' }]), /fetch failed/);
    assert.equal((await chat(ep.url, ep.key, [{ role: 'user', content: 'x' }])).status, 200);
    const logged = emu.requestLog.entries({ service: 'inference', path: '/serverless/faulty/' });
    assert.deepEqual(
      logged.map((e) => e.fault ?? e.status),
      ['503', 'reset', 200],
    );
  });
});

describe('emulator Content Safety text:analyze', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({
      azurite: false,
      contentSafety: { key: 'cs-key-for-tests', requestsPerMinute: 4, blocklists: { brands: ['acme'] } },
    });
  });
  after(() => emu?.stop());

  const analyze = (
    body: unknown,
    headers: Record<string, string> = { 'ocp-apim-subscription-key': 'cs-key-for-tests' },
    version = '2024-09-01',
  ) =>
    fetch(`${emu.contentSafetyUrl}/contentsafety/text:analyze?api-version=${version}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('scores the configured words per category, in four or eight levels, with blocklist matches', async () => {
    const four = await analyze({ text: 'an explicitword and acme products', blocklistNames: ['brands'] });
    assert.equal(four.status, 200);
    assert.deepEqual(await four.json(), {
      blocklistsMatch: [{ blocklistName: 'brands', blocklistItemId: 'brands-0', blocklistItemText: 'acme' }],
      categoriesAnalysis: [
        { category: 'Hate', severity: 0 },
        { category: 'SelfHarm', severity: 0 },
        { category: 'Sexual', severity: 4 },
        { category: 'Violence', severity: 0 },
      ],
    });
    const eight = await analyze({
      text: 'an explicitword',
      categories: ['Sexual'],
      outputType: 'EightSeverityLevels',
    });
    assert.deepEqual(await eight.json(), {
      blocklistsMatch: [],
      categoriesAnalysis: [{ category: 'Sexual', severity: 5 }],
    });
  });

  it('accepts an Entra token for Cognitive Services; refuses no credential (401), bad bodies (400) and excess rate (429)', async () => {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: emu.clientId,
      scope: 'https://cognitiveservices.azure.com/.default',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: emu.oidc.mint(),
    });
    const { access_token } = (await (
      await fetch(`${emu.authorityHost}/${emu.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: form })
    ).json()) as { access_token: string };
    assert.equal((await analyze({ text: 'hello' }, { authorization: `Bearer ${access_token}` })).status, 200);
    assert.equal((await analyze({ text: 'hello' }, {})).status, 401);
    const bad = await analyze({ nottext: 1 });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'InvalidRequestBody');
    const limited = await analyze({ text: 'hello' });
    assert.equal(limited.status, 429, 'the 5th request within a minute at 4 rpm');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
  });
});
