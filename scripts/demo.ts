/**
 * `npm run demo`: the whole lifecycle on the example data, against the local Azure emulator and GitHub
 * API, by the action's real entry (`dist/index.js`) started as the runner starts it:
 *
 *   0. a first push trains the model that is in production today;
 *   1. a pull request adds eight answers: validate + the sticky comment;
 *   2. the merge: train -> deploy -> evaluate against production -> gate -> promote;
 *   3. the nightly schedule: nothing changed, so no job; cleanup.
 *
 * It prints the pull request comment and the job summaries as GitHub would show them (Markdown), and
 * leaves no process or temporary file behind.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from '../test/emulator/index.ts';
import { makeRepo, runAction, type ActionRun } from '../test/support/action.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO = 'northwind/support-assistant';
const read = (f: string): string => readFileSync(path.join(ROOT, f), 'utf8');
const quiet = process.argv.includes('--quiet');

// The committed bundle is what a workflow runs; `npm run build` refreshes it.
process.env.ACTION_ENTRY ??= path.join(ROOT, 'dist/index.js');

function banner(title: string): void {
  const line = '═'.repeat(Math.max(20, title.length + 4));
  console.log(`\n${line}\n  ${title}\n${line}`);
}

function show(label: string, markdown: string): void {
  if (quiet) return;
  console.log(`\n┌── ${label}\n${markdown.trim().replace(/^/gm, '│ ')}\n└──`);
}

function check(run: ActionRun, what: string, expectCode = 0): void {
  const outputs = Object.entries(run.outputs)
    .filter(([k]) => !['report', 'metrics'].includes(k))
    .map(([k, v]) => `${k}=${v}`)
    .join('  ');
  console.log(`\n${run.code === expectCode ? '✔' : '✘'} ${what}: exit ${run.code}\n  outputs: ${outputs}`);
  if (run.code !== expectCode) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-2000));
    throw new Error(`${what} exited ${run.code}, expected ${expectCode}`);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  banner('Starting the local Azure AI Foundry emulator, Azurite and the GitHub API');
  const emu: Emulator = await startEmulator({ timeScale: 20_000, lroRetryAfterSeconds: 0 });
  const repo = makeRepo(
    {
      '.github/finetune.yml': read('examples/finetune.yml'),
      'data/train.jsonl': read('examples/demo/train.before-pr.jsonl'),
      'data/golden.jsonl': read('examples/data/golden.jsonl'),
    },
    { commits: [{ 'data/train.jsonl': read('examples/data/train.jsonl') }] },
  );
  const [mainSha, prSha] = repo.shas as [string, string];
  const repository = { full_name: REPO, default_branch: 'main' };
  const env = {
    ...Object.fromEntries(Object.entries(emu.childEnv()).filter(([k]) => !k.startsWith('INPUT_'))),
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: emu.github.apiUrl,
    FOUNDRY_FINETUNE_RETRY_BASE_MS: '50',
  };
  const inputs = {
    ...emu.actionInputs(),
    'github-token': emu.github.tokens.actions,
    'poll-interval': '0.2',
    'price-per-1k-training-tokens': '0.003',
  };
  const prComment = (n: number): string =>
    emu.github.comments(REPO, n).find((c) => c.body.includes('foundry-finetune:sticky'))?.body ??
    '(no comment)';

  const checkout = (sha: string): void => {
    execFileSync('git', ['checkout', '-q', sha], { cwd: repo.dir });
  };

  try {
    checkout(mainSha);
    banner('0. Today: the model in production was trained on the data of main');
    const seed = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: { repository },
      inputs,
      env: { ...env, GITHUB_SHA: mainSha },
    });
    check(seed, 'push to main (first model)');

    banner('1. A pull request adds eight answers: validate, with one sticky comment');
    const pr = {
      repository,
      pull_request: {
        number: 42,
        base: { sha: mainSha, ref: 'main', repo: repository },
        head: { sha: prSha, ref: 'more-answers', repo: repository },
      },
    };
    checkout(prSha);
    const check1 = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: pr,
      inputs,
      env: { ...env, GITHUB_SHA: prSha, GITHUB_REF: 'refs/pull/42/merge' },
    });
    check(check1, 'pull_request #42');
    show('Pull request #42, the comment', prComment(42));

    banner('2. The merge: train -> deploy -> evaluate against production -> gate -> promote');
    emu.github.setPullsForCommit(REPO, prSha, [{ number: 42, merged: true }]);
    const merge = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: { repository },
      inputs,
      env: { ...env, GITHUB_SHA: prSha },
    });
    check(merge, 'push to main (the merge)');
    show('Job summary of the merge', merge.summary);
    show('Pull request #42, the comment after the merge', prComment(42));

    banner('3. The nightly schedule: nothing changed, so no job; cleanup');
    const jobsBefore = emu.jobs().length;
    const nightly = await runAction({
      workspace: repo.dir,
      eventName: 'schedule',
      payload: { repository },
      inputs,
      env: { ...env, GITHUB_SHA: prSha },
    });
    check(nightly, 'schedule');
    show('Job summary of the scheduled run', nightly.summary);
    if (emu.jobs().length !== jobsBefore)
      throw new Error('the scheduled run started a job although nothing changed');

    const production = emu.models().filter((m) => m.tags.stage === 'production');
    banner('Done');
    console.log(
      [
        `Fine-tuning jobs: ${emu.jobs().length} (one per dataset), model versions: ${emu.models().length}, ` +
          `in production: ${production.map((m) => `v${m.version}`).join(', ')}.`,
        `Pull request comments by the action: ${emu.github.comments(REPO, 42).length} (edited in place).`,
        `Finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      ].join('\n'),
    );
  } finally {
    await emu.stop();
    repo.cleanup();
    console.log(`Emulator stopped (Azurite pid ${emu.azurite?.pid ?? '-'}), temporary repository removed.`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
