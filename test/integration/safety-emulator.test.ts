/**
 * Content safety end to end against the emulator's Content Safety endpoint (severities from its word
 * list: bloodbath Violence 6, selfharmword SelfHarm 6, explicitword Sexual 5, slurword Hate 4, mildword
 * Violence 2), its fault injection and its request log.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Logger } from '../../src/runtime/types.ts';
import { buildConfig } from '../../src/config/build.ts';
import type { Config } from '../../src/config/types.ts';
import type { GoldenExample } from '../../src/dataset/types.ts';
import { createChatClient } from '../../src/evaluation/chat-client.ts';
import { evaluateGoldenSet, metricsView } from '../../src/evaluation/evaluate.ts';
import { createCredential } from '../../src/foundry/credential.ts';
import { evaluateGates, parseGates } from '../../src/gate/index.ts';
import {
  answersToScreen,
  contentSafetyClient,
  renderSafetySection,
  screenAnswers,
  screenDataset,
  unsafeRate,
  type DatasetScreening,
  type SafetySettings,
} from '../../src/safety/index.ts';
import { startEmulator, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';

trustEmulatorCertificate();

const KEY = 'cs-key-for-safety-integration-0001';
const FAST = { backoff: { baseMs: 5, maxMs: 50 } };

const chat = (user: string, assistant: string, extra: object = {}) =>
  JSON.stringify({
    messages: [
      { role: 'user', content: user },
      { role: 'assistant', content: assistant },
    ],
    ...extra,
  });

const TRAIN = [
  chat('What is the capital of France?', 'Paris.'), // 1
  chat('Tell me how the battle ended.', 'It ended in a bloodbath.'), // 2: Violence 6
  '', // 3
  chat('Describe the film.', 'A mildword thriller.'), // 4: Violence 2, below any threshold used here
  chat('Say something rude.', 'Here is a slurword.'), // 5: Hate 4
  chat('Write a poem.', 'An explicitword verse.'), // 6: Sexual 5
  JSON.stringify({
    messages: [
      { role: 'user', content: 'Look up the topic.' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'search', arguments: '{"q":"selfharmword"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'c1', content: 'No results.' },
      { role: 'assistant', content: 'I found nothing.' },
    ],
  }), // 7: SelfHarm 6 in a tool call's arguments
  chat('What is 2 + 2?', '4.'), // 8
].join('\n');

const GOLDEN = [
  JSON.stringify({ messages: [{ role: 'user', content: 'Capital of Italy?' }], expected: ['Rome.'] }),
  JSON.stringify({ messages: [{ role: 'user', content: 'How did it end?' }], expected: ['In a bloodbath.'] }),
].join('\n');

const FILES = [{ path: 'data/train.jsonl' }, { path: 'data/golden.jsonl' }];

/** A logger that keeps every line and every masked value. */
function recordingLog(): Logger & { lines: string[]; masked: string[] } {
  const lines: string[] = [];
  const masked: string[] = [];
  return {
    lines,
    masked,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    debug: (m) => lines.push(m),
    secret: (s) => masked.push(s),
  };
}

function flaggedAt(result: DatasetScreening): [string, number, string][] {
  return result.flaggedExamples.map((f) => [
    f.file,
    f.line,
    f.categories.map((c) => `${c} ${f.severities[c]}`).join(', '),
  ]);
}

describe('content safety against the emulator', () => {
  let emu: Emulator;
  let root: string;
  let settings: SafetySettings;
  let cacheN = 0;

  before(async () => {
    emu = await startEmulator({ azurite: false, contentSafety: { key: KEY } });
    root = await mkdtemp(path.join(tmpdir(), 'safety-emulator-'));
    await mkdir(path.join(root, 'data'));
    await writeFile(path.join(root, 'data/train.jsonl'), TRAIN);
    await writeFile(path.join(root, 'data/golden.jsonl'), GOLDEN);
    settings = {
      endpoint: emu.contentSafetyUrl,
      key: KEY,
      threshold: 4,
      cache: 'unused.json',
      concurrency: 4,
    };
  });
  afterEach(() => {
    emu.faults.clear();
  });
  after(async () => {
    await emu?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const freshCache = () => `.cache/run-${++cacheN}.json`;
  const analyzeRequests = () =>
    emu.requestLog.entries({ service: 'contentSafety', path: '/contentsafety/text:analyze' });

  it('reports flagged examples at their lines with categories and severities; what is below the threshold passes', async () => {
    emu.requestLog.clear();
    const result = await screenDataset({
      files: FILES,
      root,
      config: settings,
      cachePath: freshCache(),
      tuning: FAST,
    });
    assert.deepEqual(flaggedAt(result), [
      ['data/train.jsonl', 2, 'Violence 6'],
      ['data/train.jsonl', 5, 'Hate 4'],
      ['data/train.jsonl', 6, 'Sexual 5'],
      ['data/train.jsonl', 7, 'SelfHarm 6'],
      ['data/golden.jsonl', 2, 'Violence 6'],
    ]);
    assert.deepEqual(
      result.findings.map((f) => `${f.code} ${f.file}:${f.line}`),
      [
        'unsafe-content data/train.jsonl:2',
        'unsafe-content data/train.jsonl:5',
        'unsafe-content data/train.jsonl:6',
        'unsafe-content data/train.jsonl:7',
        'unsafe-content data/golden.jsonl:2',
      ],
    );
    assert.equal(result.findings[0]!.message, 'Content Safety rates this example Violence 6 (threshold 4).');
    assert.equal(result.examples, 9);
    assert.equal(result.screened, 9);
    assert.equal(result.failed, 0);
    assert.equal(result.skipped, 1, 'the blank line');
    assert.ok(!result.flaggedExamples.some((f) => f.line === 4), 'mildword (Violence 2) passes');

    const sent = analyzeRequests();
    assert.equal(sent.length, 9, 'one request per example');
    assert.equal(result.requests, 9);
    for (const e of sent) {
      assert.equal(e.status, 200);
      assert.equal(e.query['api-version'], '2024-09-01');
      assert.equal((e.body as { outputType: string }).outputType, 'EightSeverityLevels');
      assert.ok(e.headers['ocp-apim-subscription-key'], 'the key header is sent');
      assert.notEqual(e.headers['ocp-apim-subscription-key'], KEY);
    }
    const toolCall = sent.find((e) => (e.body as { text: string }).text.includes('selfharmword'));
    assert.equal(
      (toolCall!.body as { text: string }).text,
      'Look up the topic.\n{"q":"selfharmword"}\nNo results.\nI found nothing.',
    );
  });

  it('passes data whose severities are all below the threshold', async () => {
    const result = await screenDataset({
      files: [{ path: 'data/train.jsonl' }],
      root,
      config: { ...settings, threshold: 7 },
      cachePath: freshCache(),
      tuning: FAST,
    });
    assert.equal(result.flagged, 0);
    assert.deepEqual(result.findings, []);
    assert.equal(result.screened, 7);
    assert.match(renderSafetySection(result), /✅ no example at severity ≥ 7/);
  });

  it('sends nothing the second time: the cache answers for every example', async () => {
    const cachePath = freshCache();
    const first = await screenDataset({ files: FILES, root, config: settings, cachePath, tuning: FAST });
    assert.equal(first.requests, 9);
    const cacheText = await readFile(path.join(root, cachePath), 'utf8');
    assert.ok(!cacheText.includes('bloodbath') && !cacheText.includes(KEY), 'hashes and severities only');

    emu.requestLog.clear();
    const second = await screenDataset({
      files: FILES,
      root,
      config: { ...settings, threshold: 6 },
      cachePath,
      tuning: FAST,
    });
    assert.deepEqual(analyzeRequests(), [], 'no request reached Content Safety');
    assert.equal(second.requests, 0);
    assert.equal(second.cached, 9);
    assert.equal(second.cache.loaded, 9);
    assert.deepEqual(
      flaggedAt(second).map(([f, l]) => `${f}:${l}`),
      ['data/train.jsonl:2', 'data/train.jsonl:7', 'data/golden.jsonl:2'],
      'the cached severities meet the new threshold: Hate 4 and Sexual 5 pass at 6',
    );

    // One changed example: only it is sent.
    await writeFile(
      path.join(root, 'data/changed.jsonl'),
      `${TRAIN}\n${chat('New question?', 'A new bloodbath answer.')}`,
    );
    emu.requestLog.clear();
    const third = await screenDataset({
      files: [{ path: 'data/changed.jsonl' }],
      root,
      config: settings,
      cachePath,
      tuning: FAST,
    });
    assert.equal(analyzeRequests().length, 1);
    assert.deepEqual(
      flaggedAt(third).map(([, l]) => l),
      [2, 5, 6, 7, 9],
    );
  });

  it('drops no example under 429s (honouring Retry-After), 5xx and dropped connections', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      chat(`Question ${i}?`, i % 15 === 3 ? `Answer ${i} was a bloodbath.` : `Answer ${i}.`),
    ).join('\n');
    await writeFile(path.join(root, 'data/many.jsonl'), many);
    const baseline = await screenDataset({
      files: [{ path: 'data/many.jsonl' }],
      root,
      config: settings,
      cachePath: freshCache(),
      tuning: FAST,
    });
    assert.deepEqual(
      baseline.flaggedExamples.map((f) => f.line),
      [4, 19, 34, 49],
    );

    emu.requestLog.clear();
    emu.faults.add({
      service: 'contentSafety',
      path: '/contentsafety',
      times: 6,
      respond: { status: 429, retryAfter: 1 },
    });
    emu.faults.randomize({ rate: 0.25, seed: 8, kinds: ['500', '503', 'reset'], service: 'contentSafety' });
    const started = Date.now();
    const faulty = await screenDataset({
      files: [{ path: 'data/many.jsonl' }],
      root,
      config: settings,
      cachePath: freshCache(),
      tuning: { ...FAST, maxRetries: 20 },
    });
    const elapsed = Date.now() - started;
    assert.equal(faulty.failed, 0);
    assert.equal(faulty.screened, 60);
    assert.deepEqual(faulty.flaggedExamples, baseline.flaggedExamples);
    assert.ok(faulty.throttled >= 6, `throttled ${faulty.throttled}`);
    assert.ok(elapsed >= 900, `waited out Retry-After: 1 (took ${elapsed} ms)`);
    const log = analyzeRequests();
    const faults = new Set(log.map((e) => e.fault).filter(Boolean));
    assert.ok(faults.has('429') && faults.has('random:reset'), [...faults].join(', '));
    assert.ok(faults.has('random:500') || faults.has('random:503'), [...faults].join(', '));
    const answered = new Set(
      log.filter((e) => e.status === 200).map((e) => (e.body as { text: string }).text),
    );
    assert.equal(answered.size, 60, 'every example got a 200 in the end');
    assert.equal(faulty.requests, log.length);
  });

  it('screens a text over 10,000 characters in chunks and flags what is in the last one', async () => {
    const long = `${'A calm sentence about the sea. '.repeat(700)}Then came the bloodbath.`;
    assert.ok(long.length > 20_000);
    await writeFile(
      path.join(root, 'data/long.jsonl'),
      `${chat('Tell a long story.', long)}\n${chat('Hi', 'Hello')}\n`,
    );
    emu.requestLog.clear();
    const result = await screenDataset({
      files: [{ path: 'data/long.jsonl' }],
      root,
      config: settings,
      cachePath: freshCache(),
      tuning: FAST,
    });
    const texts = analyzeRequests().map((e) => (e.body as { text: string }).text);
    assert.equal(texts.length, 4, 'three chunks and the short example');
    for (const t of texts) assert.ok([...t].length <= 10_000);
    assert.deepEqual(flaggedAt(result), [['data/long.jsonl', 1, 'Violence 6']]);
  });

  it('never shows the key: not in logs, findings, the summary or the cache; a wrong key is one clear error', async () => {
    const log = recordingLog();
    const ok = await screenDataset({
      files: FILES,
      root,
      config: settings,
      cachePath: freshCache(),
      log,
      tuning: FAST,
    });
    assert.deepEqual(log.masked, [KEY], 'the key is masked before anything is sent');

    const wrong = 'cs-wrong-key-that-must-not-leak-42';
    const badLog = recordingLog();
    const bad = await screenDataset({
      files: FILES,
      root,
      config: { ...settings, key: wrong },
      cachePath: freshCache(),
      log: badLog,
      tuning: FAST,
    });
    assert.equal(bad.failed, 9);
    assert.equal(bad.screened, 0);
    assert.deepEqual(
      bad.findings.map((f) => [f.code, f.file, f.line]),
      [
        ['unscreened', 'data/train.jsonl', 1],
        ['unscreened', 'data/train.jsonl', 2],
        ['unscreened', 'data/train.jsonl', 4],
        ['unscreened', 'data/train.jsonl', 5],
        ['unscreened', 'data/train.jsonl', 6],
        ['unscreened', 'data/train.jsonl', 7],
        ['unscreened', 'data/train.jsonl', 8],
        ['unscreened', 'data/golden.jsonl', 1],
        ['unscreened', 'data/golden.jsonl', 2],
      ],
    );
    assert.match(
      bad.findings[0]!.message,
      /refused the key \(401: Access denied.*Check 'content-safety-key'/,
    );
    assert.ok(
      analyzeRequests().filter((e) => e.status === 401).length <= settings.concurrency,
      'stops after the first refusals',
    );
    const everything = JSON.stringify([
      ok,
      bad,
      log.lines,
      badLog.lines,
      renderSafetySection(bad),
      renderSafetySection(ok),
    ]);
    for (const secret of [KEY, wrong]) assert.ok(!everything.includes(secret), 'no key anywhere');
  });

  it("signs in with the action's Azure credential (GitHub OIDC) when no key is set", async () => {
    const inputs: Record<string, string> = { ...emu.actionInputs(), 'content-safety-key': '' };
    const config: Config = buildConfig({ getInput: (n) => inputs[n] ?? '', readFile: () => undefined, root });
    assert.equal(config.contentSafety.key, undefined);
    const log = recordingLog();
    const credential = createCredential(config, log, async (audience) => emu.oidc.mint(audience));
    emu.requestLog.clear();
    const result = await screenDataset({
      files: FILES,
      root,
      config: config.contentSafety,
      cachePath: freshCache(),
      credential,
      log,
      tuning: FAST,
    });
    assert.equal(result.flagged, 5);
    assert.equal(result.failed, 0);
    const sent = analyzeRequests();
    assert.equal(sent.length, 9);
    for (const e of sent) {
      assert.equal(e.headers.authorization, 'Bearer [REDACTED]');
      assert.equal(e.headers['ocp-apim-subscription-key'], undefined);
    }
    const exchanges = emu.authority.exchanges.filter((x) => x.scope?.includes('cognitiveservices'));
    assert.equal(exchanges.length, 1, 'one sign-in for all requests');
    assert.ok(exchanges[0]!.ok);
  });

  it('measures unsafe_rate on the answers, and a gate on it blocks promotion', async () => {
    const questions = ['Q1?', 'Q2?', 'Q3?', 'Q4?', 'Q5?'];
    const answers: Record<string, string> = {
      'Q1?': 'Fine answer one.',
      'Q2?': 'Fine answer two.',
      'Q3?': 'It was a bloodbath.',
      'Q4?': 'Fine answer four.',
      'Q5?': 'Fine answer five.',
    };
    const golden: GoldenExample[] = questions.map((q, i) => ({
      line: i + 1,
      id: `g${i + 1}`,
      messages: [{ role: 'user', content: q }],
      expected: [answers[q]!],
    }));
    const unfiltered = emu.inference.register({
      name: 'unfiltered-candidate',
      answers,
      contentSafety: false,
    });
    const filtered = emu.inference.register({ name: 'filtered-candidate', answers, contentSafety: true });
    const cs = contentSafetyClient(settings, { tuning: FAST });
    const gates = parseGates(['unsafe_rate <= 0.0']);

    const run = async (ep: { url: string; key: string }) => {
      const result = await evaluateGoldenSet({
        examples: golden,
        candidate: createChatClient({
          ...ep,
          requestsPerMinute: 6000,
          tokensPerMinute: 1_000_000,
          concurrency: 4,
          timeoutMs: 5000,
          maxRetries: 3,
          maxTokens: 64,
          seed: 1,
        }),
        bootstrapSamples: 100,
        seed: 1,
      });
      const verdicts = await screenAnswers(answersToScreen(result.examples), { client: cs, threshold: 4 });
      const rate = unsafeRate(verdicts.values());
      const view = metricsView(result, {
        candidate: rate.rate === undefined ? {} : { unsafe_rate: rate.rate },
      });
      return { result, verdicts, rate, verdict: evaluateGates(gates, view)[0]! };
    };

    const open = await run(unfiltered);
    assert.deepEqual(open.rate, { unsafe: 1, screened: 5, unscreened: 0, rate: 0.2 });
    assert.deepEqual(open.verdicts.get('g3')!.categories, ['Violence']);
    assert.equal(open.verdict.status, 'failed', 'unsafe_rate 0.2 fails unsafe_rate <= 0.0');
    assert.equal(open.result.candidate.metrics.content_filtered, 0);

    // With the endpoint's own filter on, the unsafe answer never reaches the user: it is counted by
    // content_filtered and is not in unsafe_rate.
    const guarded = await run(filtered);
    assert.equal(guarded.result.candidate.metrics.content_filtered, 1);
    assert.deepEqual(guarded.rate, { unsafe: 0, screened: 4, unscreened: 0, rate: 0 });
    assert.equal(guarded.verdict.status, 'passed');
  });
});
