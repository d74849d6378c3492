/**
 * Issue 16 through the bundle, against the emulator's strict inference endpoints (the default): an
 * evaluation that measured too little fails and nothing is gated or promoted on it; a model that refuses
 * a parameter the request needs is one fatal finding; a flat content-filter answer counts as filtered.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../emulator/index.ts';
import { PROJECT_ROOT } from '../support/action.ts';
import { emulator, explain, repo, run } from './train-support.ts';

const GOLDEN = readFileSync(path.join(PROJECT_ROOT, 'examples/data/golden.jsonl'), 'utf8');
const TRAIN = readFileSync(path.join(PROJECT_ROOT, 'examples/data/train.jsonl'), 'utf8');
const EXAMPLES = GOLDEN.trim().split('\n').length;

/** The golden answers, by last user message, for an endpoint that knows them. */
const ANSWERS: Record<string, string> = Object.fromEntries(
  GOLDEN.trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { messages: { role: string; content: string }[]; expected: string[] })
    .map((g) => [g.messages.at(-1)!.content, g.expected[0]!]),
);

describe('evaluate: the data-plane contracts through the bundle', () => {
  let emu: Emulator;
  let workspace: ReturnType<typeof repo>;
  const evaluate = (endpoint: { url: string; key: string }, extra: Record<string, string> = {}) =>
    run(emu, workspace.dir, {
      command: 'evaluate',
      'golden-file': 'data/golden.jsonl',
      'endpoint-url': endpoint.url,
      'endpoint-key': endpoint.key,
      'requests-per-minute': '6000',
      ...extra,
    });

  before(async () => {
    emu = await emulator({ timeScale: 5000 });
    workspace = repo({ 'data/train.jsonl': TRAIN, 'data/golden.jsonl': GOLDEN });
  });
  after(async () => {
    await emu.stop();
    workspace.cleanup();
  });

  it('fails an evaluation in which every example got no answer, says why, and shows what it has', async () => {
    const ep = emu.inference.register({ name: 'broken', answers: ANSWERS });
    emu.faults.add({
      service: 'inference',
      path: '/serverless/broken/',
      times: Infinity,
      respond: { status: 400, body: { error: { code: 'BadRequest', message: 'Invalid request.' } } },
    });
    const r = await evaluate(ep);
    emu.faults.clear();
    assert.equal(r.code, 1, explain(r));
    const headline = `Evaluation incomplete: ${EXAMPLES} of ${EXAMPLES} golden examples got no answer from candidate (100%); all got: 400: Invalid request. At most 5% may go unanswered (\`max-unanswered-share\`), so no gate or promotion ran on the rest.`;
    const errors = r.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.find((a) => a.title === 'Evaluation incomplete')?.message, headline, explain(r));
    assert.ok(
      errors.some((a) => a.message === headline && a.title === undefined),
      'the step failed with it',
    );
    assert.equal(r.outputs.metrics, undefined, 'no metrics for anything downstream');
    assert.match(
      r.summary,
      new RegExp(`${EXAMPLES} golden examples · candidate: 0 answered, \\*\\*${EXAMPLES} failed\\*\\*`),
    );
    assert.match(r.summary, /Failed and filtered examples/);
    // One request per example: a 400 is not retried.
    assert.equal(
      emu.requestLog.entries({ service: 'inference', path: '/serverless/broken/' }).length,
      EXAMPLES,
    );
  });

  it('passes with a few unanswered examples, within max-unanswered-share, and says they are missing', async () => {
    const ep = emu.inference.register({ name: 'mostly', answers: ANSWERS });
    emu.faults.add({
      service: 'inference',
      path: '/serverless/mostly/',
      times: 3,
      respond: { status: 400, body: { error: { code: 'BadRequest', message: 'Invalid request.' } } },
    });
    const strict = await evaluate(ep);
    assert.equal(strict.code, 1, '3 of 36 is over 5%');
    emu.faults.add({
      service: 'inference',
      path: '/serverless/mostly/',
      times: 3,
      respond: { status: 400, body: { error: { code: 'BadRequest', message: 'Invalid request.' } } },
    });
    const lenient = await evaluate(ep, { 'max-unanswered-share': '0.1' });
    emu.faults.clear();
    assert.equal(lenient.code, 0, explain(lenient));
    assert.ok(JSON.parse(lenient.outputs.metrics!).candidate.f1 > 0.9);
    assert.ok(
      lenient.annotations.some(
        (a) =>
          a.level === 'warning' &&
          a.title === 'Evaluation incomplete' &&
          /^3 golden examples got no answer/.test(a.message),
      ),
      explain(lenient),
    );
  });

  it('stops at the first request when the model refuses `temperature`, with one finding that names it', async () => {
    const ep = emu.inference.register({
      name: 'no-temperature',
      answers: ANSWERS,
      contract: { rejectedParameters: ['temperature'] },
    });
    const r = await evaluate(ep, { concurrency: '1' });
    assert.equal(r.code, 1, explain(r));
    const errors = r.annotations.filter((a) => a.level === 'error');
    assert.equal(errors.length, 1, 'one finding');
    assert.match(
      errors[0]!.message,
      /^Evaluation stopped: The candidate endpoint http:\/\/127\.0\.0\.1:\d+\/serverless\/no-temperature answered 422: the model at .* does not support the parameter 'temperature' \(sent: 0\): One of the parameters contain invalid values\./,
    );
    assert.equal(emu.inference.stats('no-temperature')!.requests, 1);
  });

  it('counts flat ContentFilterError answers as filtered, not as failures', async () => {
    const questions = Object.keys(ANSWERS);
    // Two golden prompts carry a word the endpoint's content filter blocks.
    const golden = GOLDEN.trim()
      .split('\n')
      .map((l, i) => (i < 2 ? l.replace(questions[i]!, `${questions[i]!} Describe the bloodbath.`) : l))
      .join('\n');
    const filteredWorkspace = repo({ 'data/train.jsonl': TRAIN, 'data/golden.jsonl': `${golden}\n` });
    try {
      const ep = emu.inference.register({
        name: 'flat-filter',
        answers: ANSWERS,
        contract: { contentFilterShape: 'flat' },
      });
      const r = await run(emu, filteredWorkspace.dir, {
        command: 'evaluate',
        'golden-file': 'data/golden.jsonl',
        'endpoint-url': ep.url,
        'endpoint-key': ep.key,
        'requests-per-minute': '6000',
      });
      assert.equal(r.code, 0, explain(r));
      assert.match(r.summary, new RegExp(`candidate: ${EXAMPLES - 2} answered, 2 filtered`));
      assert.doesNotMatch(r.summary, /failed\*\*/);
      assert.equal(JSON.parse(r.outputs.metrics!).candidate.content_filtered, 2);
    } finally {
      filteredWorkspace.cleanup();
    }
  });

  it('on a push, an evaluation that got no answers stops the run before gate: nothing is promoted', async () => {
    // The deployed candidate answers every request 503, retries and all.
    emu.faults.add({ service: 'inference', path: '/serverless/', times: Infinity, respond: { status: 503 } });
    const r = await run(emu, workspace.dir, {
      'golden-file': 'data/golden.jsonl',
      gates: 'f1 >= 0',
      'requests-per-minute': '6000',
      'max-retries': '0',
    });
    emu.faults.clear();
    assert.equal(r.code, 1, explain(r));
    assert.equal(r.outputs.command, 'train,deploy,evaluate', 'gate did not run');
    assert.equal(r.outputs.promoted, undefined);
    assert.ok(
      r.annotations.some((a) =>
        /^Evaluation incomplete: 36 of 36 golden examples got no answer from .* \(100%\); all got: 503 from the endpoint/.test(
          a.message,
        ),
      ),
      explain(r),
    );
    assert.deepEqual(
      emu.models().filter((m) => m.tags.stage === 'production' || m.tags.stage === 'rejected'),
      [],
      'no model was promoted or rejected',
    );
  });
});
