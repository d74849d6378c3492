/**
 * GitHub's limits through the bundled action: a pull request with large datasets full of findings gets
 * a job summary under 1 MiB and a comment under 65,536 characters, each saying what was cut and where
 * the full report is (the summary: report.json; the comment: the job summary).
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type Emulator } from '../emulator/index.ts';
import { makeRepo, runAction } from '../support/action.ts';
import { hugeFindingsDataset } from '../support/broken-dataset.ts';

const REPO = 'octo-org/support-bot';
const MIB = 1024 * 1024;

describe('reports within GitHub’s size limits (bundled action)', () => {
  let emu: Emulator;
  let repo: ReturnType<typeof makeRepo>;
  before(async () => {
    emu = await startEmulator({ azurite: false });
    repo = makeRepo({
      'data/train.jsonl': hugeFindingsDataset(120, 120),
      'data/valid.jsonl': hugeFindingsDataset(120, 120).replace(/number/g, 'no.'),
      'data/golden.jsonl': hugeFindingsDataset(120, 120).replace(/number/g, '#'),
    });
  });
  after(async () => {
    await emu.stop();
    repo.cleanup();
  });

  it('a dataset full of findings: summary under 1 MiB saying what it cut, comment under 65,536 characters', async () => {
    const r = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: {
        repository: { full_name: REPO, default_branch: 'main' },
        pull_request: {
          number: 5,
          base: { sha: repo.shas[0]!, ref: 'main', repo: { full_name: REPO } },
          head: { sha: repo.shas[0]!, ref: 'big', repo: { full_name: REPO } },
        },
      },
      inputs: {
        'training-file': 'data/train.jsonl',
        'validation-file': 'data/valid.jsonl',
        'golden-file': 'data/golden.jsonl',
        'github-token': emu.github.tokens.actions,
      },
      env: { GITHUB_API_URL: emu.github.apiUrl, GITHUB_REPOSITORY: REPO },
      timeoutMs: 200_000,
    });
    assert.equal(r.code, 1, r.stdout.slice(-3000));
    const bytes = Buffer.byteLength(r.summary, 'utf8');
    assert.ok(bytes < MIB, `summary: ${bytes} bytes`);
    assert.ok(bytes > MIB / 2, `summary: ${bytes} bytes, shrunk no more than needed`);
    assert.match(
      r.summary,
      /> Shortened to stay within GitHub's 1 MiB for a job summary: lists show at most \d+ rows\./,
    );
    assert.match(r.summary, /Every finding is in the step's `report\.json`/);
    assert.match(r.summary, /foundry-finetune · Phi-4-mini-instruct/, 'the footer is kept');
    // The report file keeps every finding the check listed.
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8')) as {
      steps: { detail: { files: { findings: unknown[] }[] } }[];
    };
    const listed = report.steps[0]!.detail.files.reduce((n, f) => n + f.findings.length, 0);
    assert.ok(listed > 5000, `${listed} findings in report.json`);
    assert.ok(statSync(r.outputs.report!).size > MIB, 'the report file is not cut');

    const comment = emu.github.comments(REPO, 5).find((c) => c.body.includes('foundry-finetune:sticky'))!;
    assert.ok(comment.body.length < 65_536, `comment: ${comment.body.length} characters`);
    assert.match(comment.body, /…and [\d,]+ more findings in the job summary\./);
    assert.equal(r.annotations.filter((a) => a.level === 'error' && a.file).length, 10, 'max-annotations');
  });
});
