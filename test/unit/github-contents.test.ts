/**
 * The port's base-file reads when the commit is not in the checkout: through Octokit against the
 * emulator's contents API, with GitHub's media types and size limits ("Get repository content" in
 * github/rest-api-description, api version 2022-11-28).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { EventFacts } from '../../src/github/event.ts';
import { createGitHubPort } from '../../src/github/octokit.ts';
import type { Logger } from '../../src/runtime/types.ts';
import { startEmulator, type Emulator } from '../emulator/index.ts';

const REPO = 'octo-org/octo-repo';

async function text(stream: AsyncIterable<Uint8Array> | undefined): Promise<string | undefined> {
  if (!stream) return undefined;
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString('utf8');
}

describe('GitHub port: base files through the contents API', () => {
  let emu: Emulator;
  let root: string;
  const warnings: string[] = [];
  const log: Logger = {
    info: () => {},
    debug: () => {},
    secret: () => {},
    warning: (m) => warnings.push(m),
  };

  before(async () => {
    // The raw limit is lowered so "over 100 MB" needs no 100 MB file; the JSON limit stays GitHub's 1 MB.
    emu = await startEmulator({ azurite: false, github: { contentLimits: { raw: 3 * 1024 * 1024 } } });
    // Not a git repository: every commit is "not fetched", so the port asks the API.
    root = mkdtempSync(path.join(os.tmpdir(), 'gh-contents-'));
  });
  after(async () => {
    await emu?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const port = (token: string | undefined = emu.github.tokens.actions) => portWith(token);
  const portWith = (token: string | undefined) =>
    createGitHubPort({
      token,
      root,
      log,
      event: {
        eventName: 'pull_request',
        repository: REPO,
        owner: 'octo-org',
        repo: 'octo-repo',
        sha: 'head',
        ref: 'refs/pull/1/merge',
        onDefaultBranch: false,
        serverUrl: 'https://github.com',
        apiUrl: emu.github.apiUrl,
      } satisfies EventFacts,
    });

  it('streams a file over the 1 MB of the JSON media type with the raw one, nested path and all', async () => {
    const big = `${'{"messages":[{"role":"user","content":"x"}]}\n'.repeat(40_000)}`;
    assert.ok(big.length > 1024 * 1024);
    emu.github.setFile(REPO, 'data/sub dir/train.jsonl', big, 'base-sha');
    emu.requestLog.clear();
    assert.equal(await text(await port().readFileAtRef('data/sub dir/train.jsonl', 'base-sha')), big);
    const [entry] = emu.requestLog.entries({ service: 'github', path: '/contents/' });
    assert.equal(entry!.headers.accept, 'application/vnd.github.raw+json');
    assert.equal(entry!.query.ref, 'base-sha');
    // The JSON media type refuses the same file, as GitHub does over 1 MB.
    const asJson = await fetch(
      `${emu.github.apiUrl}/repos/${REPO}/contents/data%2Fsub%20dir%2Ftrain.jsonl?ref=base-sha`,
      { headers: { authorization: `token ${emu.github.tokens.actions}` } },
    );
    assert.equal(asJson.status, 403);
    assert.deepEqual(((await asJson.json()) as { errors: unknown[] }).errors, [
      { resource: 'Blob', field: 'data', code: 'too_large' },
    ]);
  });

  it('answers undefined for a file the base does not have, and without a token', async () => {
    assert.equal(await port().readFileAtRef('data/missing.jsonl', 'base-sha'), undefined);
    emu.github.setFile(REPO, 'data/a.jsonl', 'a\n', 'base-sha');
    assert.equal(await portWith(undefined).readFileAtRef('data/a.jsonl', 'base-sha'), undefined);
  });

  it('waits out a secondary rate limit and a 502, as every Octokit call does', async () => {
    emu.github.setFile(REPO, 'data/limited.jsonl', 'limited\n', 'base-sha');
    emu.github.rateLimit({ kind: 'secondary', path: '/contents/data', retryAfter: 1 });
    emu.faults.add({ service: 'github', path: '/contents/data', respond: { status: 502 }, skip: 1 });
    warnings.length = 0;
    assert.equal(await text(await port().readFileAtRef('data/limited.jsonl', 'base-sha')), 'limited\n');
    assert.deepEqual(
      emu.requestLog.entries({ service: 'github', path: 'limited.jsonl' }).map((e) => e.status),
      [403, 502, 200],
    );
    assert.match(warnings.join('\n'), /GitHub secondary rate limit on GET .*contents/);
  });

  it('says which file is over the API limit and how to compare it anyway', async () => {
    emu.github.setFile(REPO, 'data/huge.jsonl', 'x'.repeat(3 * 1024 * 1024 + 1), 'base-sha');
    await assert.rejects(port().readFileAtRef('data/huge.jsonl', 'base-sha'), (e: Error) => {
      assert.match(
        e.message,
        /^data\/huge\.jsonl at base-sha is larger than GitHub's contents API serves \(100 MB with the raw media type\), so it was not compared with the base\. .*fetch-depth: 0/,
      );
      return true;
    });
  });

  it('says what GitHub answered to anything else', async () => {
    emu.github.setFile(REPO, 'data/b.jsonl', 'b\n', 'base-sha');
    await assert.rejects(
      port('ghp_unknownToken').readFileAtRef('data/b.jsonl', 'base-sha'),
      /GitHub answered 401 reading data\/b\.jsonl at base-sha: Bad credentials/,
    );
  });
});
