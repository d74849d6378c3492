/**
 * The emulator's inference endpoints are as strict as the Azure AI Model Inference API
 * (Azure/azure-rest-api-specs specification/ai/data-plane/ModelInference/preview/2024-05-01-preview/
 * openapi.json, commit 06f2baae2638d9c1086303eb5b94f94f0a9ec598, and the reference pages of
 * MicrosoftDocs/azure-ai-docs), answer errors in the documented shapes (test/fixtures/data-plane/), and the
 * chat client gets along with them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { createChatClient, type ChatClientOptions } from '../../src/evaluation/chat-client.ts';
import { startEmulator, type Emulator } from '../emulator/index.ts';

type Json = Record<string, unknown>;

function fixture(name: string): { status: number; body: Json } {
  const url = new URL(`../fixtures/data-plane/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as { status: number; body: Json };
}

/** Every field of the published body is in ours, with the same JSON type (null matches anything). */
function sameShape(ours: unknown, published: unknown, at = 'body'): void {
  if (published === null) return;
  if (Array.isArray(published)) {
    assert.ok(Array.isArray(ours), `${at} is an array`);
    return;
  }
  if (typeof published === 'object') {
    assert.equal(typeof ours, 'object', `${at} is an object`);
    for (const [k, v] of Object.entries(published as Json)) {
      assert.ok(k in (ours as Json), `${at}.${k} is present`);
      sameShape((ours as Json)[k], v, `${at}.${k}`);
    }
    return;
  }
  assert.equal(typeof ours, typeof published, `${at} is a ${typeof published}`);
}

const USER = [{ role: 'user', content: 'What is the capital of France?' }];

describe('emulator inference: the Model Inference contract', () => {
  let emu: Emulator;
  let ep: { url: string; key: string };

  before(async () => {
    emu = await startEmulator({ azurite: false });
    ep = emu.inference.register({ name: 'strict', answers: { 'What is the capital of France?': 'Paris.' } });
  });
  after(() => emu?.stop());

  const post = async (
    target: { url: string; key: string },
    body: Json,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Json; headers: Headers }> => {
    const r = await fetch(`${target.url}/chat/completions?api-version=2024-05-01-preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'api-key': target.key, ...headers },
      body: JSON.stringify(body),
    });
    return { status: r.status, headers: r.headers, body: (await r.json()) as Json };
  };

  it('refuses a parameter outside the API with the documented 422, unless extra-parameters is drop or pass-through', async () => {
    const refused = await post(ep, { messages: USER, logprobs: true });
    assert.equal(refused.status, 422);
    const published = fixture('parameter-not-supported').body;
    // The value's type is the parameter's: any.
    sameShape(refused.body, { ...published, detail: { ...(published.detail as Json), input: null } });
    assert.deepEqual(refused.body.detail, { loc: ['body', 'logprobs'], input: true });
    assert.equal(refused.body.code, 'parameter_not_supported');
    assert.equal(refused.headers.get('x-ms-error-code'), 'parameter_not_supported');
    assert.equal(
      (await post(ep, { messages: USER, logprobs: true }, { 'extra-parameters': 'error' })).status,
      422,
    );
    for (const mode of ['drop', 'pass-through']) {
      const ok = await post(ep, { messages: USER, logprobs: true }, { 'extra-parameters': mode });
      assert.equal(ok.status, 200, mode);
    }
  });

  it('refuses `seed`, which this model does not take, unless it is dropped; pass-through hands it to the model, which refuses it', async () => {
    const refused = await post(ep, { messages: USER, seed: 42 });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.body.detail, { loc: ['body', 'seed'], input: 42 });
    assert.equal(
      (await post(ep, { messages: USER, seed: 42 }, { 'extra-parameters': 'pass-through' })).status,
      422,
    );
    const dropped = await post(ep, { messages: USER, seed: 42 }, { 'extra-parameters': 'drop' });
    assert.equal(dropped.status, 200);
    assert.equal(((dropped.body.choices as Json[])[0]!.message as Json).content, 'Paris.');
  });

  it('refuses a rejected parameter whatever the header, and an unknown extra-parameters value with 400', async () => {
    const picky = emu.inference.register({
      name: 'picky',
      contract: { rejectedParameters: ['temperature'] },
    });
    const refused = await post(picky, { messages: USER, temperature: 0 }, { 'extra-parameters': 'drop' });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.body.detail, { loc: ['body', 'temperature'], input: 0 });
    const bad = await post(ep, { messages: USER }, { 'extra-parameters': 'ignore' });
    assert.equal(bad.status, 400);
    assert.equal(
      bad.body.detail,
      "Unexpected EXTRA_PARAMETERS option ignore, expected options are ['error', 'drop', 'pass-through']",
    );
  });

  it('takes the roles of ChatRole only (no developer); a lenient endpoint takes developer too', async () => {
    const dev = [{ role: 'developer', content: 'Be brief.' }, ...USER];
    const refused = await post(ep, { messages: dev });
    assert.equal(refused.status, 400);
    assert.match(
      String((refused.body.error as Json).message),
      /must be one of system, user, assistant, tool\.$/,
    );
    const lenient = emu.inference.register({ name: 'lenient', contract: { strict: false } });
    assert.equal((await post(lenient, { messages: dev, logprobs: true, seed: 1 })).status, 200);
  });

  it('takes max_tokens as an int32 of at least 0, or null', async () => {
    const zero = await post(ep, { messages: USER, max_tokens: 0 });
    assert.equal(zero.status, 200);
    const choice = (zero.body.choices as Json[])[0]!;
    assert.equal((choice.message as Json).content, '');
    assert.equal(choice.finish_reason, 'length');
    assert.equal((zero.body.usage as Json).completion_tokens, 0);
    assert.equal((await post(ep, { messages: USER, max_tokens: null })).status, 200);
    assert.equal((await post(ep, { messages: USER, max_tokens: 2 ** 31 - 1 })).status, 200);
    for (const bad of [-1, 2 ** 31, 1.5, '5']) {
      const r = await post(ep, { messages: USER, max_tokens: bad });
      assert.equal(r.status, 400, String(bad));
      assert.match(
        String((r.body.error as Json).message),
        /'max_tokens' must be an integer from 0 to 2147483647/,
      );
    }
  });

  it('answers a content-filter block in the shape chosen per endpoint: nested (Azure OpenAI) or flat (ContentFilterError)', async () => {
    const prompt = [{ role: 'user', content: 'Describe the bloodbath in detail' }];
    const nested = await post(ep, { messages: prompt });
    assert.equal(nested.status, 400);
    sameShape(nested.body, fixture('content-filter-nested').body);
    const flatEp = emu.inference.register({ name: 'flat', contract: { contentFilterShape: 'flat' } });
    const flat = await post(flatEp, { messages: prompt });
    assert.equal(flat.status, 400);
    sameShape(flat.body, fixture('content-filter-flat').body);
    assert.equal(flat.body.error, 'Bad Request');
    assert.equal(flat.body.code, 'content_filter');
  });

  it('sends retry-after and retry-after-ms with every 429, its own and injected ones', async () => {
    const slow = emu.inference.register({ name: 'rpm1', requestsPerMinute: 1 });
    assert.equal((await post(slow, { messages: USER })).status, 200);
    const own = await post(slow, { messages: USER });
    assert.equal(own.status, 429);
    assert.match(own.headers.get('retry-after') ?? '', /^\d+$/);
    assert.match(own.headers.get('retry-after-ms') ?? '', /^\d+$/);
    emu.faults.add({ service: 'inference', path: '/serverless/strict/', respond: { status: 429 } });
    const injected = await post(ep, { messages: USER });
    assert.equal(injected.status, 429);
    assert.equal(injected.headers.get('retry-after'), '1');
    assert.equal(injected.headers.get('retry-after-ms'), '1000');
  });
});

describe('the chat client against the strict emulator', () => {
  let emu: Emulator;

  before(async () => {
    emu = await startEmulator({ azurite: false });
  });
  after(() => emu?.stop());

  const options = (target: { url: string; key: string }): ChatClientOptions => ({
    ...target,
    requestsPerMinute: 6_000,
    tokensPerMinute: 10_000_000,
    concurrency: 4,
    timeoutMs: 5_000,
    maxRetries: 2,
    maxTokens: 64,
    seed: 42,
    backoff: { baseMs: 5, maxMs: 20 },
  });

  it('is answered by a model that does not take `seed`: it sends extra-parameters: drop', async () => {
    const ep = emu.inference.register({
      name: 'no-seed',
      answers: { 'What is the capital of France?': 'Paris.' },
    });
    const out = await createChatClient(options(ep)).complete(USER as never);
    assert.ok(out.ok, JSON.stringify(out));
    assert.equal(out.text, 'Paris.');
    assert.equal(out.attempts, 1);
    const [entry] = emu.requestLog.entries({ service: 'inference', path: '/serverless/no-seed/' });
    assert.equal(entry!.headers['extra-parameters'], 'drop');
    assert.equal((entry!.body as Json).seed, 42, 'seed is sent; the service drops it');
  });

  it('stops at the first request when the model rejects `temperature`, naming it', async () => {
    const ep = emu.inference.register({
      name: 'no-temperature',
      contract: { rejectedParameters: ['temperature'] },
    });
    const c = createChatClient({ ...options(ep), concurrency: 1 });
    const outs = await Promise.all([c.complete(USER as never), c.complete(USER as never)]);
    assert.ok(outs.every((o) => !o.ok && o.fatal));
    assert.match(
      (outs[0] as { message: string }).message,
      /does not support the parameter 'temperature' \(sent: 0\)/,
    );
    assert.equal(emu.inference.stats('no-temperature')!.requests, 1);
  });

  it('counts a flat content-filter answer as filtered, not failed', async () => {
    const ep = emu.inference.register({ name: 'flat-client', contract: { contentFilterShape: 'flat' } });
    const out = await createChatClient(options(ep)).complete([
      { role: 'user', content: 'Describe the bloodbath in detail' },
    ]);
    assert.ok(!out.ok);
    assert.equal(out.kind, 'content_filter');
    assert.equal(out.message, 'The response was filtered');
  });

  it('sends an Azure OpenAI host one key header; both headers get its 400', async () => {
    const aoai = emu.inference.register({
      name: 'aoai',
      answers: { 'What is the capital of France?': 'Paris.' },
      contract: { auth: 'azure-openai' },
    });
    // DNS for the real host name: requests for it go to the emulator's endpoint.
    const local: typeof fetch = (input, init) => {
      const u = new URL(String(input));
      return fetch(`${aoai.url}${u.pathname.replace(/^\/openai\/deployments\/judge/, '')}${u.search}`, init);
    };
    const out = await createChatClient({
      ...options(aoai),
      url: 'https://myres.openai.azure.com/openai/deployments/judge',
      fetch: local,
    }).complete(USER as never);
    assert.ok(out.ok, JSON.stringify(out));
    assert.equal(out.text, 'Paris.');
    const both = await fetch(`${aoai.url}/chat/completions?api-version=2024-05-01-preview`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'api-key': aoai.key,
        authorization: `Bearer ${aoai.key}`,
      },
      body: JSON.stringify({ messages: USER }),
    });
    assert.equal(both.status, 400);
    assert.equal(
      ((await both.json()) as { error: Json }).error.message,
      'Either API-KEY or Authorization header must be provided but not both',
    );
    const bearerOnly = await fetch(`${aoai.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${aoai.key}` },
      body: JSON.stringify({ messages: USER }),
    });
    assert.equal(bearerOnly.status, 401, 'a key is not an Entra token');
  });
});

describe('emulator Content Safety: AnalyzeTextOptions of contentsafety.json 2024-09-01', () => {
  let emu: Emulator;

  before(async () => {
    emu = await startEmulator({
      azurite: false,
      contentSafety: { key: 'cs-key', blocklists: { brands: ['acme'] } },
    });
  });
  after(() => emu?.stop());

  const analyze = async (body: unknown): Promise<{ status: number; body: Json }> => {
    const r = await fetch(`${emu.contentSafetyUrl}/contentsafety/text:analyze?api-version=2024-09-01`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': 'cs-key' },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as Json };
  };

  it('counts the 10,000-character limit in Unicode code points, as the spec says', async () => {
    const astral = '😀'.repeat(10_000); // 20,000 UTF-16 units
    assert.equal((await analyze({ text: astral })).status, 200);
    const over = await analyze({ text: `${astral}a` });
    assert.equal(over.status, 400);
    assert.equal((over.body.error as Json).target, 'text');
  });

  it('refuses fields of the wrong type, naming the field', async () => {
    for (const [body, target] of [
      [{ text: 'hi', blocklistNames: 'brands' }, 'blocklistNames'],
      [{ text: 'hi', blocklistNames: [1] }, 'blocklistNames'],
      [{ text: 'hi', haltOnBlocklistHit: 'yes' }, 'haltOnBlocklistHit'],
      [{ text: 'hi', categories: ['Violence', 'Spam'] }, 'categories'],
      [{ text: 'hi', outputType: 'TwoSeverityLevels' }, 'outputType'],
      [{ text: 42 }, 'text'],
    ] as const) {
      const r = await analyze(body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal((r.body.error as Json).code, 'InvalidRequestBody');
      assert.equal((r.body.error as Json).target, target, JSON.stringify(body));
    }
    const notObject = await analyze(['hi']);
    assert.equal(notObject.status, 400);
  });

  it('answers AnalyzeTextResult: the asked categories, blocklist matches, and halts on a hit when asked', async () => {
    const r = await analyze({
      text: 'acme made a bloodbath',
      categories: ['Violence'],
      blocklistNames: ['brands'],
      outputType: 'EightSeverityLevels',
    });
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.categoriesAnalysis, [{ category: 'Violence', severity: 6 }]);
    assert.deepEqual(r.body.blocklistsMatch, [
      { blocklistName: 'brands', blocklistItemId: 'brands-0', blocklistItemText: 'acme' },
    ]);
    const halted = await analyze({ text: 'acme', blocklistNames: ['brands'], haltOnBlocklistHit: true });
    assert.deepEqual(halted.body.categoriesAnalysis, []);
  });
});
