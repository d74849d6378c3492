/**
 * The README's main command: `npm run demo` runs the lifecycle end to end on the example data, success
 * and failure (a pull request with broken data, a merge whose candidate is rejected), within the two
 * minutes a newcomer gives it, writes the pages GitHub would show with `--html`, and leaves no process
 * behind. The README's sample output is the demo's, as `npm run docs` writes it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { codeSpans, renderGfm, visibleText } from '../../scripts/gfm.ts';
import { readmeSample } from '../../scripts/gen-docs.ts';
import { renderReadmeSample } from '../../scripts/readme-sample.ts';
import { PROJECT_ROOT, actionEntry } from '../support/action.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const html = mkdtempSync(path.join(os.tmpdir(), 'ff-demo-html-'));
after(() => rmSync(html, { recursive: true, force: true }));

describe('npm run demo', () => {
  let out = '';
  let seconds = 0;
  let code: number | null = null;
  const page = (id: string): string => readFileSync(path.join(html, `${id}.md`), 'utf8');

  it('runs the six scenes on the examples in under two minutes, and stops what it started', async () => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/demo.ts'), '--html', html],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ACTION_ENTRY: actionEntry() },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    seconds = (Date.now() - started) / 1000;
    assert.equal(code, 0, out.slice(-5000));
    assert.ok(seconds < 120, `took ${seconds} s`);
    assert.match(out, /✔ pull_request #42: exit 0/);
    assert.match(out, /promoted=true {2}command=train,deploy,evaluate,gate/);
    assert.match(out, /Fine-tuning jobs: 3 \(one per dataset\).*in production: v2\./);
    assert.match(out, /Pull request comments by the action: #42: 1, #43: 1, #44: 1 \(edited in place\)/);
    assert.doesNotMatch(out, /ghs_|ghp_/, 'no GitHub token printed');
    const pid = Number(/Azurite pid (\d+)/.exec(out)?.[1]);
    assert.ok(pid > 0, 'the demo names the Azurite process it started');
    assert.equal(alive(pid), false, 'no Azurite process left behind');
  });

  it('shows a pull request with broken data: annotations at its lines, the comment, a failed check', () => {
    assert.match(out, /✔ pull_request #43 \(broken data\): exit 1/);
    assert.match(out, /│ error data\/train\.jsonl:11 — Dataset error: special-token/);
    assert.match(out, /│ error data\/train\.jsonl:24 — Dataset error: no-assistant/);
    assert.match(out, /│ error data\/train\.jsonl:79 — Dataset error: pretty-printed/);
    const comment = visibleText(renderGfm(page('3-pr-43-comment')));
    assert.match(comment, /Dataset check: ❌ 5 errors/);
    assert.match(
      comment,
      /data\/train\.jsonl:11 Line 11 message 3 \(assistant\) contains <\|end\|>: Phi-4-mini-instruct's tokenizer reads that text as its added token \d+/,
    );
    assert.match(comment, /train\.jsonl \+4 -0 0/, 'the duplicate line counts as added: the diff adds up');
  });

  it('shows a merge whose candidate is rejected, with production untouched', () => {
    assert.match(out, /✔ push to main \(the merge of #44, generic answers\): exit 1/);
    assert.match(out, /passed=false {2}promoted=false/);
    assert.match(out, /production is still v2/);
    const summary = visibleText(renderGfm(page('4-rejected-summary')));
    assert.match(summary, /Gates failed ❌ 2 of 3 gates failed\./);
    assert.match(summary, /was tagged stage=rejected; production is unchanged\./);
    assert.match(summary, /red: worse \(the whole interval below 0\)/);
  });

  it('the nightly run deletes the endpoints nobody uses, and says what that saves', () => {
    assert.match(out, /\| `retrain` \| ⏭️ skipped \|/);
    assert.match(out, /Endpoints still deployed: 1 \(/);
    assert.match(
      page('5-schedule-summary'),
      /Deleted 2 serving endpoints \(.*\): saves ≈ \*\*2\.00 an hour\*\*/,
    );
    assert.equal(page('5-schedule-summary').match(/#### Fine-tuned models/g)?.length, 1);
  });

  it('bills the same tokens in the pull request comment and in the merge summary', () => {
    const billed = /= \*\*([\d,]+) billed tokens\*\*/.exec(page('1-pr-42-comment'))![1];
    assert.match(page('2-merge-summary'), new RegExp(`x 3 epochs = \\*\\*${billed} billed tokens\\*\\*`));
    assert.match(out, new RegExp(`billed-tokens=${billed!.replace(/,/g, '')}`));
  });

  it('writes HTML pages with mermaid beside them, and no escaped entity inside code', () => {
    const files = readdirSync(html);
    assert.ok(files.includes('index.html'));
    assert.ok(files.includes('mermaid.min.js'), 'mermaid works offline');
    const pages = files.filter((f) => f.endsWith('.html') && f !== 'index.html');
    assert.equal(pages.length, 8);
    for (const f of pages) {
      const text = readFileSync(path.join(html, f), 'utf8');
      assert.match(text, /<script src="mermaid\.min\.js"><\/script>/);
      for (const c of codeSpans(text))
        assert.doesNotMatch(c, /&(lt|gt|amp|quot);/, `${f}: <code>${c}</code>`);
      assert.ok(
        !visibleText(text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')).includes('&lt;'),
        f,
      );
    }
    const broken = readFileSync(path.join(html, '3-pr-43-comment.html'), 'utf8');
    assert.ok(codeSpans(broken).includes('<|end|>'), 'the special token shows as written');
    assert.match(
      readFileSync(path.join(html, '2-merge-summary.html'), 'utf8'),
      /<pre class="mermaid">[\s\S]*xychart-beta/,
    );
    assert.ok(existsSync(path.join(html, '2-merge-summary.md')), 'the Markdown source beside each page');
  });

  it("the README's sample output is this run's (`npm run docs` writes it)", () => {
    const pages = readdirSync(html)
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ id: f.slice(0, -3), markdown: readFileSync(path.join(html, f), 'utf8') }));
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    assert.equal(
      readmeSample(readme),
      renderReadmeSample(pages),
      'README sample drifted: run `npm run docs`',
    );
  });
});
