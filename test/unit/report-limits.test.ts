/**
 * GitHub's limits: a comment body holds 65,536 characters, a step summary 1 MiB. A report that would not
 * fit shrinks deliberately: lists lose rows first, then the text is cut at a line; either way a line
 * says what was cut and where the full report is.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { renderGfm, visibleText } from '../../scripts/gfm.ts';
import type { StepResult } from '../../src/commands/types.ts';
import { validateDatasets } from '../../src/dataset/index.ts';
import { eventFacts } from '../../src/github/event.ts';
import { findModel } from '../../src/models/catalog.ts';
import {
  COMMENT_LIMIT_CHARS,
  renderComment,
  renderSummary,
  SUMMARY_LIMIT_BYTES,
  utf8Bytes,
} from '../../src/report/run-report.ts';
import { renderValidationComment, renderValidationSummary } from '../../src/report/validation.ts';
import { hugeFindingsDataset } from '../support/broken-dataset.ts';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const facts = {
  event: eventFacts({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abcdef1234', GITHUB_RUN_ID: '7' }, {}),
  modelId: 'Phi-4-mini-instruct',
  planReason: '`auto` on pull_request',
};

describe('reports stay within GitHub’s size limits', () => {
  it('a large dataset full of findings: the summary loses rows, not its verdict, and says so', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ff-limits-'));
    dirs.push(root);
    writeFileSync(path.join(root, 'train.jsonl'), hugeFindingsDataset(120, 120));
    writeFileSync(path.join(root, 'valid.jsonl'), hugeFindingsDataset(120, 120).replace(/number/g, 'no.'));
    writeFileSync(path.join(root, 'golden.jsonl'), hugeFindingsDataset(120, 120).replace(/number/g, '#'));
    const report = await validateDatasets({
      root,
      model: findModel('Phi-4-mini-instruct')!,
      training: 'train.jsonl',
      validation: 'valid.jsonl',
      golden: 'golden.jsonl',
      threads: 1,
    });
    const full = renderValidationSummary(report);
    assert.ok(
      utf8Bytes(full) > SUMMARY_LIMIT_BYTES,
      `the test needs a summary over 1 MiB: ${utf8Bytes(full)}`,
    );
    const validate: StepResult = {
      command: 'validate',
      status: 'failed',
      headline: `${report.errors} errors.`,
      summary: full,
      comment: renderValidationComment(report),
      outputs: {},
      annotations: [],
      shrink: (rows) => ({
        summary: renderValidationSummary(report, { rows }),
        comment: renderValidationComment(report, { rows }),
      }),
    };
    const summary = renderSummary([validate], facts);
    const bytes = utf8Bytes(summary);
    assert.ok(bytes <= SUMMARY_LIMIT_BYTES, `${bytes} bytes`);
    assert.ok(bytes > SUMMARY_LIMIT_BYTES / 2, 'it shrinks only as far as it has to');
    const text = visibleText(renderGfm(summary));
    assert.match(
      text,
      /Shortened to stay within GitHub's 1 MiB for a job summary: lists show at most \d+ rows\./,
    );
    assert.match(text, /Every finding is in the step's report\.json \(the report output/);
    assert.match(
      text,
      /more listed findings of this file not shown here, to keep the report within GitHub's size limit/,
    );
    assert.match(text, /Dataset check: ❌ [\d,]+ errors/, 'the verdict stays');
    assert.match(text, /foundry-finetune · Phi-4-mini-instruct/, 'the footer stays');

    const comment = renderComment([validate], facts);
    assert.ok(comment.length < COMMENT_LIMIT_CHARS, `${comment.length} characters`);
    assert.doesNotMatch(comment, /Shortened/, 'the comment fitted without cutting');
  });

  it('a comment too long for GitHub is shortened by rows, and links the job summary', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `| row ${i} | ${'x'.repeat(500)} |`).join('\n');
    const step: StepResult = {
      command: 'evaluate',
      status: 'succeeded',
      headline: 'Evaluated.',
      summary: `### Evaluation\n\n| Example | Detail |\n| --- | --- |\n${rows(400)}`,
      outputs: {},
      annotations: [],
      shrink: (n) => ({
        summary: '',
        comment: `### Evaluation\n\n| Example | Detail |\n| --- | --- |\n${rows(Math.min(n, 400))}`,
      }),
    };
    const comment = renderComment([step], facts);
    assert.ok(comment.length <= COMMENT_LIMIT_CHARS - 1024, `${comment.length}`);
    assert.match(
      comment,
      /Shortened to stay within GitHub's 65,536 characters for a comment: lists show at most 100 rows\. The \[job summary\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/7\) of the workflow run has the full report\./,
    );
    assert.equal(comment.match(/^\| row /gm)?.length, 100);
  });

  it('a section that cannot shrink is cut at a line, never inside a code block', () => {
    const huge = [
      '### Log',
      '```',
      ...Array.from({ length: 30_000 }, (_, i) => `line ${i} ${'y'.repeat(60)}`),
      '```',
    ].join('\n');
    const step: StepResult = {
      command: 'train',
      status: 'failed',
      headline: 'Failed.',
      summary: huge,
      outputs: {},
      annotations: [],
    };
    const summary = renderSummary([step], facts);
    assert.ok(utf8Bytes(summary) <= SUMMARY_LIMIT_BYTES);
    assert.match(summary, /Cut short to stay within GitHub's 1 MiB for a job summary\./);
    const html = renderGfm(summary);
    assert.match(
      visibleText(html.slice(html.lastIndexOf('</pre>'))),
      /Cut short to stay within/,
      'the note is outside the code block',
    );
    assert.ok(
      summary.split('\n').every((l) => l.length < 100 || l.startsWith('> ') || l.startsWith('<sub>')),
      'cut at a line',
    );
  });
});
