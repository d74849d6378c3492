/**
 * Issue 14's security proof, through the bundled action on a pull request: a config file that points a
 * data path at `../x`, an absolute path, a symlink out of the workspace or `.git/config` is a
 * configuration error, and nothing of those files reaches the summary, the outputs, the log or the
 * report. And the pull request's own config file cannot choose where credentials go: the Content
 * Safety key goes to the endpoint of the base commit's config, never to the one the head names.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type Emulator } from '../emulator/index.ts';
import { makeRepo, PROJECT_ROOT, runAction } from '../support/action.ts';

const REPO = 'octo-org/support-bot';
const TRAIN = readFileSync(path.join(PROJECT_ROOT, 'examples/data/train.jsonl'), 'utf8');
const MARKER = 'S3CRET-MARKER-7f1c';

function prPayload(baseSha: string, headSha: string) {
  return {
    repository: { full_name: REPO, default_branch: 'main' },
    pull_request: {
      number: 77,
      base: { sha: baseSha, ref: 'main', repo: { full_name: REPO } },
      head: { sha: headSha, ref: 'change', repo: { full_name: REPO } },
    },
  };
}

describe('data paths stay inside the workspace (bundled action, pull request)', () => {
  let emu: Emulator;
  let outsideDir: string;
  before(async () => {
    emu = await startEmulator({ azurite: false });
    outsideDir = mkdtempSync(path.join(os.tmpdir(), 'ff-outside-'));
    writeFileSync(path.join(outsideDir, 'outside.jsonl'), `${MARKER} first line of a file outside\n`);
  });
  after(async () => {
    await emu.stop();
    rmSync(outsideDir, { recursive: true, force: true });
  });

  const cases = (repoDir: string): [string, string][] => [
    ['a path up and out', path.relative(repoDir, path.join(outsideDir, 'outside.jsonl'))],
    ['an absolute path', path.join(outsideDir, 'outside.jsonl')],
    ['a symlink out of the workspace', 'data/link.jsonl'],
    ['the checkout credentials', '.git/config'],
  ];

  it('refuses each of the four, reads none, and says which key and why', async () => {
    const repo = makeRepo({ 'data/train.jsonl': TRAIN });
    try {
      symlinkSync(path.join(outsideDir, 'outside.jsonl'), path.join(repo.dir, 'data/link.jsonl'));
      // What actions/checkout leaves in .git/config: the token header of the run.
      execFileSync(
        'git',
        ['config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${MARKER}`],
        {
          cwd: repo.dir,
        },
      );
      for (const [what, target] of cases(repo.dir)) {
        writeFileSync(
          path.join(repo.dir, '.github-finetune.yml'),
          `data:\n  training: ${JSON.stringify(target)}\n`,
        );
        const r = await runAction({
          workspace: repo.dir,
          eventName: 'pull_request',
          payload: prPayload(repo.shas[0]!, repo.shas[0]!),
          inputs: {
            'config-file': '.github-finetune.yml',
            'github-token': emu.github.tokens.actions,
          },
          env: { GITHUB_API_URL: emu.github.apiUrl, GITHUB_REPOSITORY: REPO },
        });
        assert.equal(r.code, 1, `${what}: ${r.stdout.slice(-2000)}`);
        assert.match(r.summary, /Configuration error/, what);
        assert.match(
          r.summary,
          /'data\.training' in \.github-finetune\.yml:2: '.*' is refused because it is (outside the workspace|inside `\.git\/`)/,
          what,
        );
        assert.match(r.stdout, /::error::.*is refused because/, `${what}: the step fails with the reason`);
        assert.ok(!r.everything().includes(MARKER), `${what}: nothing of the file appears anywhere`);
      }
    } finally {
      repo.cleanup();
    }
  });

  it('refuses a config-file input outside the workspace without opening it', async () => {
    const repo = makeRepo({ 'data/train.jsonl': TRAIN });
    try {
      const r = await runAction({
        workspace: repo.dir,
        eventName: 'pull_request',
        payload: prPayload(repo.shas[0]!, repo.shas[0]!),
        inputs: {
          'config-file': path.join(outsideDir, 'outside.jsonl'),
          'training-file': 'data/train.jsonl',
        },
        env: { GITHUB_API_URL: emu.github.apiUrl, GITHUB_REPOSITORY: REPO },
      });
      assert.equal(r.code, 1, r.stdout);
      assert.match(
        r.summary,
        /input 'config-file': '.*outside\.jsonl' is refused because it is outside the workspace/,
      );
      assert.ok(!r.everything().includes(MARKER));
    } finally {
      repo.cleanup();
    }
  });
});

describe("a pull request's own config file does not choose where credentials go", () => {
  let emu: Emulator;
  let attacker: Server;
  const received: string[] = [];
  before(async () => {
    emu = await startEmulator({ azurite: false });
    attacker = createServer((req, res) => {
      received.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    await emu.stop();
    await new Promise<void>((resolve) => attacker.close(() => resolve()));
  });

  it('screens with the base commit’s Content Safety endpoint; the head’s is ignored, and the log says so', async () => {
    const evil = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    const config = (endpoint: string) =>
      ['data:', '  training: data/train.jsonl', 'content-safety:', `  endpoint: ${endpoint}`, ''].join('\n');
    const repo = makeRepo(
      { '.github/finetune.yml': config(emu.contentSafetyUrl), 'data/train.jsonl': TRAIN },
      { commits: [{ '.github/finetune.yml': config(evil) }] },
    );
    try {
      const before = emu.contentSafetyStats.requests;
      const r = await runAction({
        workspace: repo.dir,
        eventName: 'pull_request',
        payload: prPayload(repo.shas[0]!, repo.shas[1]!),
        inputs: {
          'content-safety-key': emu.contentSafetyKey,
          'github-token': emu.github.tokens.actions,
          comment: 'false',
        },
        env: { GITHUB_API_URL: emu.github.apiUrl, GITHUB_REPOSITORY: REPO, GITHUB_SHA: repo.shas[1]! },
      });
      assert.equal(r.code, 0, r.stdout.slice(-3000));
      assert.deepEqual(received, [], 'the key never went to the endpoint the pull request named');
      assert.ok(
        emu.contentSafetyStats.requests > before,
        'the data was screened at the base commit’s endpoint',
      );
      assert.match(r.summary, /### Content safety/);
      const warning = r.annotations.find(
        (a) => a.level === 'warning' && /ignored on a pull request/.test(a.message),
      );
      assert.ok(warning, r.stdout.slice(-3000));
      assert.match(
        warning.message,
        /'content-safety\.endpoint' in \.github\/finetune\.yml:4 is ignored on a pull request: where credentials are sent comes from the inputs or from the config file at the base commit [0-9a-f]{7} \(\.github\/finetune\.yml@[0-9a-f]{7}:4\)\./,
      );
    } finally {
      repo.cleanup();
    }
  });
});
