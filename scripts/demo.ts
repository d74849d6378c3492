/**
 * `npm run demo`: the whole lifecycle on the example data, against the local Azure emulator and GitHub
 * API, by the action's real entry (`dist/index.js`) started as the runner starts it:
 *
 *   0. a first push trains the model that is in production today;
 *   1. a pull request adds eight answers: validate + the sticky comment;
 *   2. the merge: train -> deploy -> evaluate against production -> gate -> promote;
 *   3. a pull request with broken data: annotations on its lines, the comment, a failed check;
 *   4. a merge that makes answers worse: the candidate is rejected, production is untouched;
 *   5. the nightly schedule: nothing new to train; cleanup deletes the endpoints nobody uses.
 *
 * It prints the comments and job summaries as Markdown. `--html DIR` also writes each of them as a page
 * rendered the way GitHub renders it (GFM, mermaid charts drawn offline by the mermaid bundle copied
 * beside the pages), with the Markdown source next to it. `--quiet` prints only the checks. Nothing is
 * left behind: no process, no temporary file.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from '../test/emulator/index.ts';
import { makeRepo, runAction, type ActionRun, type Annotation } from '../test/support/action.ts';
import { htmlPage } from './gfm.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO = 'northwind/support-assistant';
/** Fixed commit dates: the same example data gives the same commit ids, so the samples do not drift. */
const COMMIT_DATE = '2026-01-05T09:00:00Z';
const read = (f: string): string => readFileSync(path.join(ROOT, f), 'utf8');

/** One comment or summary the demo shows. */
export interface DemoPage {
  id: string;
  title: string;
  markdown: string;
  annotations?: Annotation[];
}

export interface DemoResult {
  pages: DemoPage[];
  /** One line per scene: what was expected and what happened. */
  checks: string[];
  seconds: number;
}

export interface DemoOptions {
  quiet?: boolean;
  /** Write every page as HTML (and its Markdown source) into this folder. */
  htmlDir?: string;
  log?: (line: string) => void;
}

function banner(log: (l: string) => void, title: string): void {
  const line = '═'.repeat(Math.max(20, title.length + 4));
  log(`\n${line}\n  ${title}\n${line}`);
}

function annotationLine(a: Annotation): string {
  const where = a.file ? `${a.file}${a.line ? `:${a.line}` : ''}` : '(no file)';
  return `${a.level} ${where} — ${a.title ?? ''}: ${a.message.split('\n')[0]}`;
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const log = options.log ?? ((l: string) => console.log(l));
  const pages: DemoPage[] = [];
  const checks: string[] = [];
  const show = (page: DemoPage): void => {
    pages.push(page);
    if (options.quiet) return;
    const notes = page.annotations?.length
      ? `${page.annotations.map((a) => `│ ${annotationLine(a)}`).join('\n')}\n├──\n`
      : '';
    log(`\n┌── ${page.title}\n${notes}${page.markdown.trim().replace(/^/gm, '│ ')}\n└──`);
  };
  const check = (run: ActionRun, what: string, expectCode: number): void => {
    const outputs = Object.entries(run.outputs)
      .filter(([k]) => !['report', 'metrics', 'studio-url', 'model-id', 'endpoint-url'].includes(k))
      .map(([k, v]) => `${k}=${v}`)
      .join('  ');
    const line = `${run.code === expectCode ? '✔' : '✘'} ${what}: exit ${run.code}`;
    checks.push(line);
    log(`\n${line}\n  outputs: ${outputs}`);
    if (run.code !== expectCode) {
      log(run.stdout.slice(-4000) + run.stderr.slice(-2000));
      throw new Error(`${what} exited ${run.code}, expected ${expectCode}`);
    }
  };

  const started = Date.now();
  banner(log, 'Starting the local Azure AI Foundry emulator, Azurite and the GitHub API');
  const emu: Emulator = await startEmulator({ timeScale: 20_000, lroRetryAfterSeconds: 0 });
  const repo = makeRepo(
    {
      '.github/finetune.yml': read('examples/finetune.yml'),
      'data/train.jsonl': read('examples/demo/train.before-pr.jsonl'),
      'data/golden.jsonl': read('examples/data/golden.jsonl'),
    },
    {
      date: COMMIT_DATE,
      commits: [
        { 'data/train.jsonl': read('examples/data/train.jsonl') },
        { 'data/train.jsonl': read('examples/demo/train.broken.jsonl') },
        { 'data/train.jsonl': read('examples/demo/train.generic-answers.jsonl') },
      ],
    },
  );
  const [firstSha, goodSha, brokenSha, genericSha] = repo.shas as [string, string, string, string];
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
    // A made-up price, so cleanup can say what deleting an idle endpoint saves.
    'endpoint-hourly-cost': '1',
  };
  const stickyComment = (n: number): string =>
    emu.github.comments(REPO, n).find((c) => c.body.includes('foundry-finetune:sticky'))?.body ??
    '(no comment)';
  const checkout = (sha: string): void => {
    execFileSync('git', ['checkout', '-q', sha], { cwd: repo.dir });
  };
  const pullRequest = (number: number, baseSha: string, headSha: string, ref: string) => ({
    repository,
    pull_request: {
      number,
      base: { sha: baseSha, ref: 'main', repo: repository },
      head: { sha: headSha, ref, repo: repository },
    },
  });
  const push = (sha: string) =>
    runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: { repository },
      inputs,
      env: { ...env, GITHUB_SHA: sha },
    });
  const production = (): string =>
    emu
      .models()
      .filter((m) => m.tags.stage === 'production')
      .map((m) => `v${m.version}`)
      .join(', ');

  try {
    checkout(firstSha);
    banner(log, '0. Today: the model in production was trained on the data of main');
    check(await push(firstSha), 'push to main (first model)', 0);

    banner(log, '1. A pull request adds eight answers: validate, with one sticky comment');
    checkout(goodSha);
    const pr42 = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: pullRequest(42, firstSha, goodSha, 'more-answers'),
      inputs,
      env: { ...env, GITHUB_SHA: goodSha, GITHUB_REF: 'refs/pull/42/merge' },
    });
    check(pr42, 'pull_request #42', 0);
    show({ id: '1-pr-42-comment', title: 'Pull request #42, the comment', markdown: stickyComment(42) });

    banner(log, '2. The merge: train -> deploy -> evaluate against production -> gate -> promote');
    emu.github.setPullsForCommit(REPO, goodSha, [{ number: 42, merged: true }]);
    const merge = await push(goodSha);
    check(merge, 'push to main (the merge of #42)', 0);
    show({ id: '2-merge-summary', title: 'Job summary of the merge', markdown: merge.summary });
    show({
      id: '2-pr-42-comment-after-merge',
      title: 'Pull request #42, the comment after the merge',
      markdown: stickyComment(42),
    });

    banner(log, '3. A pull request with broken data: annotations on its lines, the comment, a failed check');
    checkout(brokenSha);
    const pr43 = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: pullRequest(43, goodSha, brokenSha, 'faq-import'),
      inputs,
      env: { ...env, GITHUB_SHA: brokenSha, GITHUB_REF: 'refs/pull/43/merge' },
    });
    check(pr43, 'pull_request #43 (broken data)', 1);
    show({
      id: '3-pr-43-comment',
      title: 'Pull request #43, the comment (annotations first)',
      markdown: stickyComment(43),
      annotations: pr43.annotations.filter((a) => a.file),
    });
    show({ id: '3-pr-43-summary', title: 'Job summary of pull request #43', markdown: pr43.summary });

    banner(log, '4. A merge that makes answers worse: the candidate is rejected, production stays');
    checkout(genericSha);
    const before = production();
    emu.github.setPullsForCommit(REPO, genericSha, [{ number: 44, merged: true }]);
    const rejected = await push(genericSha);
    check(rejected, 'push to main (the merge of #44, generic answers)', 1);
    if (production() !== before) throw new Error(`production changed from ${before} to ${production()}`);
    log(`  production is still ${production()}`);
    show({
      id: '4-rejected-summary',
      title: 'Job summary of the rejected merge',
      markdown: rejected.summary,
    });
    show({
      id: '4-pr-44-comment',
      title: 'Pull request #44, the comment after the merge',
      markdown: stickyComment(44),
    });

    banner(log, '5. The nightly schedule: nothing new to train; cleanup deletes idle endpoints');
    const jobsBefore = emu.jobs().length;
    const nightly = await runAction({
      workspace: repo.dir,
      eventName: 'schedule',
      payload: { repository },
      inputs,
      env: { ...env, GITHUB_SHA: genericSha },
    });
    check(nightly, 'schedule', 0);
    show({ id: '5-schedule-summary', title: 'Job summary of the scheduled run', markdown: nightly.summary });
    if (emu.jobs().length !== jobsBefore) throw new Error('the scheduled run started a job');

    const serving = emu.endpoints().filter((e) => !e.deleting);
    banner(log, 'Done');
    log(
      [
        `Fine-tuning jobs: ${emu.jobs().length} (one per dataset), model versions: ${emu.models().length}, ` +
          `in production: ${production()}.`,
        `Endpoints still deployed: ${serving.length} (${serving.map((e) => e.name).join(', ')}).`,
        `Pull request comments by the action: ${[42, 43, 44].map((n) => `#${n}: ${emu.github.comments(REPO, n).length}`).join(', ')} (edited in place).`,
      ].join('\n'),
    );
    if (options.htmlDir) writeHtml(options.htmlDir, pages, log);
  } finally {
    await emu.stop();
    repo.cleanup();
    log(`Emulator stopped (Azurite pid ${emu.azurite?.pid ?? '-'}), temporary repository removed.`);
  }
  const seconds = (Date.now() - started) / 1000;
  log(`Finished in ${seconds.toFixed(1)} s.`);
  return { pages, checks, seconds };
}

/** Every page as HTML and Markdown, an index, and the mermaid bundle beside them (works offline). */
function writeHtml(dir: string, pages: readonly DemoPage[], log: (l: string) => void): void {
  mkdirSync(dir, { recursive: true });
  const mermaid = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  copyFileSync(mermaid, path.join(dir, 'mermaid.min.js'));
  const nav = [
    '<a href="index.html">index</a>',
    ...pages.map((p) => `<a href="${p.id}.html">${p.id}</a>`),
  ].join(' ');
  for (const page of pages) {
    const annotations = page.annotations?.length
      ? `**Annotations on the diff** (what GitHub shows at these lines):\n\n${page.annotations
          .map((a) => `- \`${a.file}${a.line ? `:${a.line}` : ''}\` ${a.level}: ${a.title ?? ''}`)
          .join('\n')}\n\n---\n\n`
      : '';
    writeFileSync(path.join(dir, `${page.id}.md`), page.markdown);
    writeFileSync(path.join(dir, `${page.id}.html`), htmlPage(page.title, annotations + page.markdown, nav));
  }
  const index = `# foundry-finetune demo\n\nEach page shows a comment or a job summary as GitHub renders it.\n\n${pages
    .map((p) => `- [${p.title}](${p.id}.html) ([Markdown](${p.id}.md))`)
    .join('\n')}\n`;
  writeFileSync(path.join(dir, 'index.html'), htmlPage('foundry-finetune demo', index, nav));
  log(`HTML pages: ${path.join(dir, 'index.html')}`);
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The committed bundle is what a workflow runs; `npm run build` refreshes it.
  process.env.ACTION_ENTRY ??= path.join(ROOT, 'dist/index.js');
  const htmlDir = argValue('--html');
  if (process.argv.includes('--html') && !htmlDir) {
    console.error('usage: npm run demo -- [--quiet] [--html DIR]');
    process.exitCode = 2;
  } else {
    runDemo({ quiet: process.argv.includes('--quiet'), htmlDir: htmlDir && path.resolve(htmlDir) }).catch(
      (e: unknown) => {
        console.error(e instanceof Error ? e.message : e);
        process.exitCode = 1;
      },
    );
  }
}
