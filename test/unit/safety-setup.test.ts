import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildConfig } from '../../src/config/build.ts';
import { contentSafetyClient, screeningDecision, type SafetySettings } from '../../src/safety/index.ts';

const settings = (extra: Partial<SafetySettings> = {}): SafetySettings => ({
  threshold: 4,
  cache: '.foundry-finetune/content-safety-cache.json',
  concurrency: 8,
  ...extra,
});

const config = (inputs: Record<string, string>) =>
  buildConfig({ getInput: (n) => inputs[n] ?? '', readFile: () => undefined, root: '/repo' });

describe('content-safety setup', () => {
  it('reads its settings with defaults, and refuses a key without an endpoint or an endpoint that is not a URL', () => {
    const c = config({ 'content-safety-endpoint': 'https://res.cognitiveservices.azure.com' });
    assert.deepEqual(c.contentSafety, {
      endpoint: 'https://res.cognitiveservices.azure.com',
      key: undefined,
      threshold: 4,
      cache: '.foundry-finetune/content-safety-cache.json',
      concurrency: 8,
    });
    assert.throws(
      () => config({ 'content-safety-key': 'k' }),
      /'content-safety-key' is set without 'content-safety-endpoint'/,
    );
    assert.throws(
      () => config({ 'content-safety-endpoint': 'res.cognitiveservices' }),
      /'content-safety-endpoint' must be a URL/,
    );
    assert.throws(
      () => config({ 'content-safety-endpoint': 'https://x', 'content-safety-concurrency': '0' }),
      /input 'content-safety-concurrency' must be a whole number between 1 and 64/,
    );
  });

  it('decides whether screening runs and how it signs in', () => {
    assert.deepEqual(screeningDecision(settings()), {
      run: false,
      reason: "'content-safety-endpoint' is not set",
    });
    assert.deepEqual(screeningDecision(settings({ endpoint: 'https://x', key: 'k' })), {
      run: true,
      auth: 'key',
    });
    assert.deepEqual(screeningDecision(settings({ endpoint: 'https://x' })), {
      run: true,
      auth: 'azure-credential',
    });
    const fork = { pullRequest: { number: 1, baseSha: 'a', baseRef: 'main', headSha: 'b', fromFork: true } };
    const skipped = screeningDecision(settings({ endpoint: 'https://x' }), fork);
    assert.equal(skipped.run, false);
    assert.match(!skipped.run ? skipped.reason : '', /forks get no secrets/);
    assert.deepEqual(screeningDecision(settings({ endpoint: 'https://x', key: 'k' }), fork), {
      run: true,
      auth: 'key',
    });
  });

  it('builds a client from the key or the credential, and says what is missing otherwise', () => {
    const masked: string[] = [];
    const keyed = contentSafetyClient(
      settings({ endpoint: 'https://res.cognitiveservices.azure.com/', key: 'k-123456' }),
      {
        log: { debug: () => {}, secret: (s) => masked.push(s) },
      },
    );
    assert.equal(keyed.endpoint, 'https://res.cognitiveservices.azure.com');
    assert.deepEqual(masked, ['k-123456']);
    const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: 0 }) };
    assert.equal(
      contentSafetyClient(settings({ endpoint: 'https://x' }), { credential }).endpoint,
      'https://x',
    );
    assert.throws(
      () => contentSafetyClient(settings({ endpoint: 'https://x' })),
      /no 'content-safety-key' and no Azure credential/,
    );
    assert.throws(() => contentSafetyClient(settings()), /set 'content-safety-endpoint'/);
  });
});
