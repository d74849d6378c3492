import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startEmulator, type Emulator } from '../emulator/index.ts';

describe('emulator GitHub REST API (through Octokit)', () => {
  let emu: Emulator;
  const owner = 'octo-org';
  const repo = 'octo-repo';
  const limits: { kind: string; retryAfter: number; url: string }[] = [];

  before(async () => {
    emu = await startEmulator({ azurite: false });
  });
  after(() => emu?.stop());

  /** Octokit as the action builds it; the throttling plugin waits retryAfter x 1 ms here instead of seconds. */
  const throttled = (token: string, retryLimited: boolean) =>
    getOctokit(
      token,
      {
        baseUrl: emu.github.apiUrl,
        throttle: {
          retryAfterBaseValue: 1,
          onRateLimit: (retryAfter: number, options: { url: string }) => {
            limits.push({ kind: 'primary', retryAfter, url: options.url });
            return retryLimited;
          },
          onSecondaryRateLimit: (retryAfter: number, options: { url: string }) => {
            limits.push({ kind: 'secondary', retryAfter, url: options.url });
            return retryLimited;
          },
        },
        retry: { doNotRetry: [400, 401, 403, 404, 422, 429] },
      },
      retry,
      throttling,
    );
  // Without the throttling plugin, which spaces writes a second apart (too slow for many writes in a test).
  const octokit = (token: string) => getOctokit(token, { baseUrl: emu.github.apiUrl });

  it('creates comments as github-actions[bot] and pages them with Link headers (30 a page by default)', async () => {
    const gh = octokit(emu.github.tokens.actions);
    for (let i = 0; i < 35; i++)
      await gh.rest.issues.createComment({ owner, repo, issue_number: 7, body: `comment ${i}` });
    const first = await gh.rest.issues.listComments({ owner, repo, issue_number: 7 });
    assert.equal(first.data.length, 30);
    assert.match(first.headers.link ?? '', /<[^>]+[?&]page=2[^>]*>; rel="next"/);
    assert.match(first.headers.link ?? '', /rel="last"/);
    assert.equal(first.data[0]!.user?.login, 'github-actions[bot]');
    assert.equal(first.data[0]!.user?.type, 'Bot');
    assert.ok(Number(first.headers['x-ratelimit-remaining']) < Number(first.headers['x-ratelimit-limit']));
    const all = await gh.paginate(gh.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
      per_page: 10,
    });
    assert.deepEqual(
      all.map((c) => c.body),
      Array.from({ length: 35 }, (_, i) => `comment ${i}`),
    );
  });

  it('updates and deletes a comment', async () => {
    const gh = octokit(emu.github.tokens.actions);
    const { data } = await gh.rest.issues.createComment({ owner, repo, issue_number: 8, body: 'draft' });
    const updated = await gh.rest.issues.updateComment({ owner, repo, comment_id: data.id, body: 'final' });
    assert.equal(updated.data.body, 'final');
    await gh.rest.issues.deleteComment({ owner, repo, comment_id: data.id });
    assert.deepEqual(emu.github.comments(`${owner}/${repo}`, 8), []);
    await assert.rejects(gh.rest.issues.deleteComment({ owner, repo, comment_id: data.id }), { status: 404 });
  });

  it("refuses writes with a fork's read-only token (403 Resource not accessible by integration)", async () => {
    const gh = octokit(emu.github.tokens.readOnly);
    await assert.rejects(
      gh.rest.issues.createComment({ owner, repo, issue_number: 9, body: 'x' }),
      (error: { status: number; message: string }) => {
        assert.equal(error.status, 403);
        assert.match(error.message, /Resource not accessible by integration/);
        return true;
      },
    );
    assert.equal(
      (await gh.rest.issues.listComments({ owner, repo, issue_number: 7 })).status,
      200,
      'reads still work',
    );
  });

  it('answers /user with 403 for GITHUB_TOKEN and a login for a personal token, whose comments are by that user', async () => {
    await assert.rejects(octokit(emu.github.tokens.actions).rest.users.getAuthenticated(), { status: 403 });
    const pat = octokit(emu.github.tokens.pat);
    assert.equal((await pat.rest.users.getAuthenticated()).data.login, 'octo-dev');
    const { data } = await pat.rest.issues.createComment({
      owner,
      repo,
      issue_number: 10,
      body: 'by a person',
    });
    assert.equal(data.user?.login, 'octo-dev');
    assert.equal(data.user?.type, 'User');
    await assert.rejects(octokit('ghp_unknown').rest.issues.listComments({ owner, repo, issue_number: 7 }), {
      status: 401,
    });
  });

  it('serves file contents per ref, raw or base64, and the pull requests of a commit', async () => {
    emu.github.setFile(`${owner}/${repo}`, 'data/train.jsonl', '{"messages":[]}\n', 'base-sha');
    const raw = await fetch(
      `${emu.github.apiUrl}/repos/${owner}/${repo}/contents/data/train.jsonl?ref=base-sha`,
      {
        headers: {
          authorization: `token ${emu.github.tokens.actions}`,
          accept: 'application/vnd.github.raw+json',
        },
      },
    );
    assert.equal(raw.status, 200);
    assert.equal(await raw.text(), '{"messages":[]}\n');
    const gh = octokit(emu.github.tokens.actions);
    const json = await gh.rest.repos.getContent({ owner, repo, path: 'data/train.jsonl', ref: 'base-sha' });
    assert.equal(
      Buffer.from((json.data as { content: string }).content, 'base64').toString(),
      '{"messages":[]}\n',
    );
    await assert.rejects(gh.rest.repos.getContent({ owner, repo, path: 'data/train.jsonl', ref: 'main' }), {
      status: 404,
    });
    emu.github.setPullsForCommit(`${owner}/${repo}`, 'abc123', [{ number: 42, merged: true }]);
    const pulls = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: 'abc123',
    });
    assert.deepEqual(
      pulls.data.map((p) => [p.number, p.merged_at !== null]),
      [[42, true]],
    );
  });

  it('scripts primary and secondary rate limits that Octokit recognises and retries', async () => {
    const gh = throttled(emu.github.tokens.actions, false);
    emu.github.rateLimit({ kind: 'primary', path: '/issues/11/comments', resetInSeconds: 30 });
    await assert.rejects(gh.rest.issues.listComments({ owner, repo, issue_number: 11 }), { status: 403 });
    emu.github.rateLimit({ kind: 'secondary', path: '/issues/12/comments', retryAfter: 7, status: 429 });
    await assert.rejects(gh.rest.issues.listComments({ owner, repo, issue_number: 12 }), { status: 429 });
    assert.equal(limits.length, 2);
    assert.equal(limits[0]!.kind, 'primary');
    assert.ok(
      limits[0]!.retryAfter >= 29 && limits[0]!.retryAfter <= 32,
      `retry after the reset (got ${limits[0]!.retryAfter})`,
    );
    assert.deepEqual([limits[1]!.kind, limits[1]!.retryAfter], ['secondary', 7]);

    const retrying = throttled(emu.github.tokens.actions, true);
    emu.github.rateLimit({ kind: 'secondary', path: '/issues/13/comments', retryAfter: 2 });
    emu.github.rateLimit({ kind: 'primary', path: '/issues/13/comments', resetInSeconds: 1 });
    // GETs: the plugin also spaces writes (1 s, and 3 s for notifying ones), which a test need not wait for.
    const { status } = await retrying.rest.issues.listComments({ owner, repo, issue_number: 13 });
    assert.equal(status, 200);
    assert.deepEqual(
      emu.requestLog.entries({ service: 'github', path: '/issues/13/comments' }).map((e) => e.status),
      [403, 403, 200],
    );
    const logged = emu.requestLog.entries({ service: 'github' });
    assert.ok(
      logged.every((e) => !JSON.stringify(e).includes(emu.github.tokens.actions)),
      'tokens redacted',
    );
  });
});
