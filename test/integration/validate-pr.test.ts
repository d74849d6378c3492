/**
 * Issue 2's proof: the bundled action on a pull_request event, as the runner starts it, against the
 * emulator's GitHub REST API: annotations, summary, outputs, one sticky comment edited in place across
 * runs and pages, the diff against the base commit, and a fork's read-only token.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type Emulator } from '../emulator/index.ts';
import { makeRepo, PROJECT_ROOT, runAction } from '../support/action.ts';

const REPO = 'octo-org/support-bot';
const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');
const BEFORE = read('examples/demo/train.before-pr.jsonl');
const AFTER = read('examples/data/train.jsonl');
const GOLDEN = read('examples/data/golden.jsonl');
const MARKER = '<!-- foundry-finetune:sticky:foundry-finetune -->';

function prPayload(number: number, baseSha: string, headSha: string, headRepo = REPO) {
  return {
    repository: { full_name: REPO, default_branch: 'main' },
    pull_request: {
      number,
      base: { sha: baseSha, ref: 'main', repo: { full_name: REPO } },
      head: { sha: headSha, ref: 'more-answers', repo: { full_name: headRepo } },
    },
  };
}

describe('validate on a pull request (bundled action + GitHub REST API)', () => {
  let emu: Emulator;
  let repo: ReturnType<typeof makeRepo>;
  before(async () => {
    emu = await startEmulator({ azurite: false });
    repo = makeRepo(
      { 'data/train.jsonl': BEFORE, 'data/golden.jsonl': GOLDEN },
      { commits: [{ 'data/train.jsonl': AFTER }] },
    );
  });
  after(async () => {
    await emu.stop();
    repo.cleanup();
  });

  const validate = (
    number: number,
    extra: {
      inputs?: Record<string, string>;
      token?: string;
      headRepo?: string;
      baseSha?: string;
      workspace?: string;
    } = {},
  ) =>
    runAction({
      workspace: extra.workspace ?? repo.dir,
      eventName: 'pull_request',
      payload: prPayload(number, extra.baseSha ?? repo.shas[0]!, repo.shas[1]!, extra.headRepo),
      inputs: {
        'training-file': 'data/train.jsonl',
        'golden-file': 'data/golden.jsonl',
        'price-per-1k-training-tokens': '0.003',
        'github-token': extra.token ?? emu.github.tokens.actions,
        ...extra.inputs,
      },
      env: { GITHUB_API_URL: emu.github.apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_SHA: repo.shas[1]! },
    });

  it('reports stats, the diff against the base commit and the cost in outputs, summary and one comment', async () => {
    // 120 comments by people first: ours must be found beyond the first page of 100.
    for (let i = 0; i < 120; i++) emu.github.addComment(REPO, 7, `comment ${i}`);
    const first = await validate(7);
    assert.equal(first.code, 0, first.stdout);
    assert.equal(first.outputs.valid, 'true');
    assert.equal(first.outputs.errors, '0');
    assert.equal(first.outputs.examples, '67', '74 examples minus the seeded 10% validation split');
    assert.ok(Number(first.outputs.tokens) > 1000);
    assert.match(first.outputs['estimated-cost']!, /^\d+(\.\d+)?$/);
    assert.equal(JSON.parse(readFileSync(first.outputs.report!, 'utf8')).steps[0].command, 'validate');
    assert.match(first.summary, /\| \+16 \| -0 \|/, 'the diff counts the 8 new facts x 2 phrasings');

    const ours = () => emu.github.comments(REPO, 7).filter((c) => c.body.includes(MARKER));
    assert.equal(ours().length, 1);
    assert.equal(ours()[0]!.user, 'github-actions[bot]');
    const id = ours()[0]!.id;

    const second = await validate(7, { inputs: { 'split-ratio': '0.2' } });
    assert.equal(second.code, 0, second.stdout);
    assert.equal(ours().length, 1, 'the second run edits the comment, never adds one');
    assert.equal(ours()[0]!.id, id);
    assert.equal(second.outputs.examples, '59', 'the edited comment carries the second run');
    assert.match(second.stdout, /Pull request comment updated/);
    assert.ok(!second.everything().includes(emu.github.tokens.actions), 'the token never leaks');
  });

  it('annotates errors at their file and line, lists them all in the summary and fails the step', async () => {
    const broken = makeRepo({
      'data/train.jsonl':
        AFTER.split('\n').slice(0, 30).join('\n') +
        '\n{"messages": [{"role": "user", "content": "hi"}]}\n# a comment\n',
    });
    try {
      const r = await validate(8, { workspace: broken.dir, baseSha: 'f'.repeat(40) });
      assert.equal(r.code, 1);
      assert.equal(r.outputs.valid, 'false');
      const errors = r.annotations.filter((a) => a.level === 'error' && a.file === 'data/train.jsonl');
      assert.deepEqual(
        errors.map((a) => a.line).sort((a, b) => a! - b!),
        [31, 32],
        'the example without an answer and the comment line',
      );
      assert.match(errors.find((a) => a.line === 32)!.message, /comment/i);
      assert.match(r.summary, /data\/train\.jsonl:31/);
      assert.match(r.stdout, /::error::.*error/);
    } finally {
      broken.cleanup();
    }
  });

  it('reads the base file through the API when the base commit is not in the clone', async () => {
    const base = 'a'.repeat(40);
    emu.github.setFile(REPO, 'data/train.jsonl', BEFORE, base);
    const r = await validate(9, { baseSha: base });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.summary, /\| \+16 \| -0 \|/);
    // Through Octokit, which sends the path as one segment (`data%2Ftrain.jsonl`), as to GitHub.
    const reads = emu.requestLog.entries({ service: 'github', path: '/contents/data%2Ftrain.jsonl' });
    assert.ok(reads.length > 0, 'the contents API was asked');
    assert.equal(reads[0]!.headers.accept, 'application/vnd.github.raw+json');
  });

  it("on a fork's read-only token: a notice instead of a comment, and the summary still has everything", async () => {
    const before = emu.github.comments(REPO, 10).length;
    const r = await validate(10, { token: emu.github.tokens.readOnly, headRepo: 'someone/support-bot' });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(emu.github.comments(REPO, 10).length, before);
    const notice = r.annotations.find((a) => a.level === 'notice');
    assert.ok(notice, 'a notice explains the missing comment');
    assert.match(notice.message, /fork/i);
    assert.match(r.summary, /Fine-tuning report/);
    assert.match(r.summary, /\| \+16 \| -0 \|/);
    assert.equal(r.outputs.valid, 'true');
  });
});
