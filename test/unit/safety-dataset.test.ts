import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  SafetyCache,
  screenDatasetWith,
  type AnalyzeOutcome,
  type ContentSafetyClient,
  type Severities,
} from '../../src/safety/index.ts';

const ZERO: Severities = { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 0 };

/** Severities from marker words; `fail` decides which texts get no answer. */
function fakeClient(fail: (text: string) => AnalyzeOutcome | undefined = () => undefined) {
  const sent: string[] = [];
  const client: ContentSafetyClient = {
    endpoint: 'https://fake.cognitiveservices.azure.com',
    analyze: async (text) => {
      sent.push(text);
      const failed = fail(text);
      await new Promise((r) => setTimeout(r, 1));
      if (failed) return failed;
      return {
        ok: true,
        severities: {
          ...ZERO,
          Violence: text.includes('VIOLENT') ? 6 : text.includes('MILD') ? 2 : 0,
          Hate: text.includes('HATE') ? 4 : 0,
        },
      };
    },
    stats: () => ({
      requests: sent.length,
      retries: 0,
      throttled: 0,
      serverErrors: 0,
      connectionErrors: 0,
      timeouts: 0,
      chunkedTexts: 0,
      lowestConcurrency: 4,
      concurrency: 4,
    }),
  };
  return { client, sent };
}

const example = (user: string, assistant = 'Sure.') =>
  JSON.stringify({
    messages: [
      { role: 'user', content: user },
      { role: 'assistant', content: assistant },
    ],
  });

describe('screenDatasetWith', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'safety-dataset-'));
    await writeFile(
      path.join(dir, 'train.jsonl'),
      [
        example('hello'), // 1
        example('a VIOLENT story'), // 2
        '', // 3 blank
        'not json', // 4
        '{"prompt": "no messages"}', // 5
        example('MILD words'), // 6: below the threshold
        example('hello'), // 7: duplicate of line 1
        example('HATE and VIOLENT', 'answer'), // 8
      ].join('\r\n'),
    );
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('reports flagged examples at their lines, passes the ones below the threshold, skips non-examples', async () => {
    const { client, sent } = fakeClient();
    const result = await screenDatasetWith({
      files: [{ path: 'data/train.jsonl', absolutePath: path.join(dir, 'train.jsonl') }],
      root: dir,
      client,
      cache: await SafetyCache.open(undefined),
      threshold: 4,
    });
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.file, f.line, f.message]),
      [
        [
          'unsafe-content',
          'data/train.jsonl',
          2,
          'Content Safety rates this example Violence 6 (threshold 4).',
        ],
        [
          'unsafe-content',
          'data/train.jsonl',
          8,
          'Content Safety rates this example Violence 6, Hate 4 (threshold 4).',
        ],
      ],
    );
    assert.ok(result.findings.every((f) => f.severity === 'error' && f.hint));
    assert.deepEqual(
      result.flaggedExamples.map((f) => [f.line, f.categories]),
      [
        [2, ['Violence']],
        [8, ['Hate', 'Violence']],
      ],
    );
    assert.equal(result.examples, 5);
    assert.equal(result.screened, 5);
    assert.equal(result.skipped, 3);
    assert.equal(result.flagged, 2);
    assert.equal(result.failed, 0);
    assert.equal(sent.length, 4, 'the duplicate of line 1 is not sent again');
    assert.equal(result.cached, 1);
    assert.equal(result.requests, 4);
    assert.equal(sent[0], 'hello\nSure.');
  });

  it('sends nothing for examples the cache knows', async () => {
    const cache = await SafetyCache.open(undefined);
    const files = [{ path: 'train.jsonl' }];
    const first = fakeClient();
    await screenDatasetWith({ files, root: dir, client: first.client, cache, threshold: 4 });
    const second = fakeClient();
    const again = await screenDatasetWith({ files, root: dir, client: second.client, cache, threshold: 6 });
    assert.equal(second.sent.length, 0);
    assert.equal(again.cached, 5);
    assert.equal(again.requests, 0);
    assert.deepEqual(
      again.flaggedExamples.map((f) => f.line),
      [2, 8],
      'severities are cached, so a new threshold applies without a request',
    );
  });

  it('reports every example without an answer as an error, never as passed', async () => {
    const { client } = fakeClient((text) =>
      text.includes('MILD')
        ? { ok: false, message: '503 from Content Safety (gave up after 7 attempts)' }
        : undefined,
    );
    const result = await screenDatasetWith({
      files: [{ path: 'train.jsonl' }],
      root: dir,
      client,
      cache: await SafetyCache.open(undefined),
      threshold: 4,
    });
    const unscreened = result.findings.filter((f) => f.code === 'unscreened');
    assert.deepEqual(
      unscreened.map((f) => [f.line, f.message]),
      [[6, 'Could not be screened by Content Safety: 503 from Content Safety (gave up after 7 attempts).']],
    );
    assert.equal(result.failed, 1);
    assert.equal(result.screened, 4);
  });

  it('groups many examples that failed for one reason (a refused key) into one finding per file', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => example(`question ${i}`)).join('\n');
    await writeFile(path.join(dir, 'many.jsonl'), lines);
    const { client } = fakeClient(() => ({
      ok: false,
      fatal: true,
      message: 'Content Safety refused the key (401)',
    }));
    const result = await screenDatasetWith({
      files: [{ path: 'many.jsonl' }],
      root: dir,
      client,
      cache: await SafetyCache.open(undefined),
      threshold: 4,
    });
    assert.equal(result.failed, 30);
    assert.equal(result.findings.length, 1);
    assert.equal(result.findings[0]!.line, undefined);
    assert.match(
      result.findings[0]!.message,
      /^30 examples \(lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 20 more\) could not be screened by Content Safety: Content Safety refused the key \(401\)\.$/,
    );
  });

  it('reports a missing file and a cancelled run as not screened', async () => {
    const missing = await screenDatasetWith({
      files: [{ path: 'nope.jsonl' }],
      root: dir,
      client: fakeClient().client,
      cache: await SafetyCache.open(undefined),
      threshold: 4,
    });
    assert.equal(missing.findings[0]!.code, 'unscreened');
    assert.match(missing.findings[0]!.message, /cannot read nope.jsonl \(ENOENT\)/);

    const abort = new AbortController();
    const { client } = fakeClient((text) => {
      if (text.includes('MILD')) abort.abort();
      return undefined;
    });
    const cancelled = await screenDatasetWith({
      files: [{ path: 'train.jsonl' }, { path: 'many.jsonl' }],
      root: dir,
      client,
      cache: await SafetyCache.open(undefined),
      threshold: 4,
      signal: abort.signal,
    });
    assert.deepEqual(
      cancelled.findings.map((f) => [f.code, f.file, f.line]),
      [
        ['unsafe-content', 'train.jsonl', 2],
        ['unscreened', 'train.jsonl', 7],
        ['unscreened', 'many.jsonl', undefined],
      ],
    );
    assert.match(cancelled.findings[1]!.message, /cancelled here; the rest of the file was not screened/);
    assert.match(cancelled.findings[2]!.message, /cancelled before this file/);
  });

  it('says how far a long screening got', async () => {
    let t = 0;
    const lines: string[] = [];
    const result = await screenDatasetWith({
      files: [{ path: 'train.jsonl' }],
      root: dir,
      client: fakeClient().client,
      cache: await SafetyCache.open(undefined),
      threshold: 4,
      log: { info: (m) => lines.push(m), warning: () => {}, debug: () => {} },
      now: () => (t += 31_000),
    });
    assert.equal(result.examples, 5);
    assert.ok(
      lines.some((l) =>
        /^content safety: train.jsonl: \d+ examples read, \d+ screened \(\d+ requests, 0 throttled\)\.$/.test(
          l,
        ),
      ),
      lines.join('\n'),
    );
    assert.equal(
      lines.at(-1),
      'content safety: train.jsonl: 5 examples, 1 answered without a request, 2 flagged.',
    );
  });

  it('keeps memory bounded: never more than `window` texts waiting', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => example(`q${i}`)).join('\n');
    await writeFile(path.join(dir, 'big.jsonl'), lines);
    let waiting = 0;
    let most = 0;
    const client: ContentSafetyClient = {
      endpoint: 'x',
      analyze: async () => {
        waiting++;
        most = Math.max(most, waiting);
        await new Promise((r) => setTimeout(r, 1));
        waiting--;
        return { ok: true, severities: ZERO };
      },
      stats: () => fakeClient().client.stats(),
    };
    const result = await screenDatasetWith({
      files: [{ path: 'big.jsonl' }],
      root: dir,
      client,
      cache: await SafetyCache.open(undefined),
      threshold: 4,
      window: 8,
    });
    assert.equal(result.screened, 200);
    assert.ok(most <= 8, `at most 8 waiting, saw ${most}`);
  });
});
