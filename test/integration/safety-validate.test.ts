/**
 * Issue 8's data screening through the bundled action: flagged examples fail the check at their lines,
 * data below the threshold passes, and a second run sends nothing it already screened.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type Emulator } from '../emulator/index.ts';
import { makeRepo, PROJECT_ROOT, runAction } from '../support/action.ts';

const TRAINING = readFileSync(path.join(PROJECT_ROOT, 'examples/data/train.jsonl'), 'utf8')
  .trim()
  .split('\n');

function withAnswer(line: string, answer: string): string {
  const example = JSON.parse(line) as { messages: { role: string; content: string }[] };
  example.messages.at(-1)!.content = answer;
  return JSON.stringify(example);
}

describe('content safety screening of the training data', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ azurite: false });
  });
  after(() => emu.stop());

  const validate = (dir: string) =>
    runAction({
      workspace: dir,
      eventName: 'pull_request',
      inputs: {
        command: 'validate',
        'training-file': 'data/train.jsonl',
        'content-safety-endpoint': emu.contentSafetyUrl,
        'content-safety-key': emu.contentSafetyKey,
        comment: 'false',
      },
      env: { GITHUB_API_URL: emu.github.apiUrl },
    });

  it('fails at the lines of flagged examples and passes what is below the threshold', async () => {
    const lines = [...TRAINING];
    lines[4] = withAnswer(lines[4]!, 'That would be a bloodbath.'); // Violence 6
    lines[9] = withAnswer(lines[9]!, 'A mildword answer.'); // Violence 2: below the default threshold 4
    const repo = makeRepo({ 'data/train.jsonl': lines.join('\n') + '\n' });
    try {
      const requestsBefore = emu.contentSafetyStats.requests;
      const r = await validate(repo.dir);
      assert.equal(r.code, 1, r.stdout);
      assert.equal(r.outputs.valid, 'false');
      const unsafe = r.annotations.filter((a) => a.title?.endsWith('unsafe-content'));
      assert.deepEqual(
        unsafe.map((a) => [a.file, a.line]),
        [['data/train.jsonl', 5]],
      );
      assert.match(unsafe[0]!.message, /Violence/);
      assert.match(r.summary, /### Content safety/);
      const sent = emu.contentSafetyStats.requests - requestsBefore;
      assert.ok(sent >= TRAINING.length - 5, `every distinct example was sent (${sent})`);
      assert.ok(!r.everything().includes(emu.contentSafetyKey), 'the key never leaks');

      const again = await validate(repo.dir);
      assert.equal(again.code, 1);
      assert.equal(emu.contentSafetyStats.requests - requestsBefore, sent, 'the second run used the cache');
    } finally {
      repo.cleanup();
    }
  });

  it('passes clean data, and throttling drops no example', async () => {
    const repo = makeRepo({
      'data/train.jsonl':
        TRAINING.map((l) => withAnswer(l, `${JSON.parse(l).messages.at(-1).content} (v2)`)).join('\n') + '\n',
    });
    try {
      emu.faults.add({ service: 'contentSafety', times: 5, respond: { status: 429, retryAfter: 0 } });
      const r = await validate(repo.dir);
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.outputs.valid, 'true');
      assert.match(r.summary, new RegExp(`${TRAINING.length} of ${TRAINING.length} examples screened`));
    } finally {
      emu.faults.clear();
      repo.cleanup();
    }
  });
});
