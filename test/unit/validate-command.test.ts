import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { validateCommand } from '../../src/commands/validate.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import type { Config } from '../../src/config/types.ts';
import type { ValidationReport } from '../../src/dataset/types.ts';
import { findModel } from '../../src/models/catalog.ts';

function example(i: number): string {
  return JSON.stringify({
    messages: [
      { role: 'user', content: `q${i}?` },
      { role: 'assistant', content: `a${i}.` },
    ],
  });
}

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ff-validate-'));
  made.push(root);
  return root;
}

function context(
  root: string,
  overrides: {
    data?: Partial<Config['data']>;
    failOn?: 'error' | 'warning' | 'never';
    price?: number;
    baseFiles?: Record<string, string>;
  } = {},
): CommandContext {
  const config = {
    root,
    model: findModel('Phi-4-mini-instruct')!,
    data: { training: 'data/train.jsonl', splitRatio: 0.1, splitSeed: 'seed', ...overrides.data },
    validation: { failOn: overrides.failOn ?? 'error', maxAnnotations: 3 },
    training: { epochs: undefined, pricePer1kTokens: overrides.price },
    contentSafety: { threshold: 4, cache: '.foundry-finetune/content-safety-cache.json', concurrency: 8 },
  } as unknown as Config;
  const logs: string[] = [];
  return {
    config,
    event: {
      eventName: 'pull_request',
      pullRequest: { number: 1, baseSha: 'base123', baseRef: 'main', headSha: 'h', fromFork: false },
    },
    log: {
      info: (m: string) => logs.push(m),
      warning: () => undefined,
      debug: () => undefined,
      secret: () => undefined,
    },
    github: {
      upsertStickyComment: async () => ({ action: 'skipped', message: '' }),
      pullRequestForCommit: async () => undefined,
      readFileAtRef: async (file: string, ref: string) => {
        assert.equal(ref, 'base123');
        const text = overrides.baseFiles?.[file];
        return text === undefined ? undefined : Readable.from([Buffer.from(text)]);
      },
    },
    state: {},
    clock: { now: () => 0, sleep: async () => undefined },
    signal: new AbortController().signal,
    outDir: root,
  } as unknown as CommandContext;
}

test('missing training file: a failed step naming the training-file input', async () => {
  const root = tempDir();
  const result = await validateCommand(context(root, { data: { training: undefined } }));
  assert.equal(result.status, 'failed');
  assert.match(result.failure!, /'training-file'/);
  assert.match(result.failure!, /data\.training/);
});

test('a valid dataset: outputs, summary with statistics, estimate, split and diff; a compact comment', async () => {
  const root = tempDir();
  const { mkdirSync } = await import('node:fs');
  mkdirSync(path.join(root, 'data'));
  const lines = Array.from({ length: 20 }, (_, i) => example(i));
  writeFileSync(path.join(root, 'data/train.jsonl'), lines.join('\n') + '\n');
  const result = await validateCommand(
    context(root, { price: 2, baseFiles: { 'data/train.jsonl': lines.slice(0, 15).join('\n') } }),
  );
  assert.equal(result.status, 'succeeded');
  const report = result.detail as ValidationReport;
  assert.equal(result.outputs.valid, 'true');
  assert.equal(result.outputs.examples, '18');
  // Examples and tokens of the same set, the training split, as the comment and summaries count them.
  assert.equal(result.outputs.tokens, String(report.estimate.tokens));
  assert.ok(report.estimate.tokens < report.files[0]!.stats.tokens.total);
  assert.equal(result.outputs['billed-tokens'], String(report.estimate.tokens * report.estimate.epochs));
  assert.equal(result.outputs['estimated-cost'], report.estimate.cost!.toFixed(2));
  assert.match(result.summary, /\| `data\/train.jsonl` \(training\) \| 20 \|/);
  assert.match(result.summary, /Training estimate/);
  assert.match(result.summary, /Training split/);
  assert.match(
    result.comment!,
    new RegExp(`${report.estimate.tokens.toLocaleString('en-US')} tokens of the training split x`),
  );
  assert.match(result.summary, /Changes against `base123`/);
  assert.match(result.summary, /\| \+5 \| -0 \|/);
  assert.ok(result.comment && result.comment.length <= result.summary.length);
  assert.equal(report.diff[0]!.added, 5);
});

test('errors become annotations (errors first, capped), and fail-on decides the status', async () => {
  const root = tempDir();
  const { mkdirSync } = await import('node:fs');
  mkdirSync(path.join(root, 'data'));
  const lines = Array.from({ length: 12 }, (_, i) => example(i));
  lines.push(example(1), '// note', '{"messages": []}', '{"messages": "x"}', '[1]');
  writeFileSync(path.join(root, 'data/train.jsonl'), lines.join('\n') + '\n');
  const result = await validateCommand(context(root));
  assert.equal(result.status, 'failed');
  assert.match(result.failure!, /4 error/);
  assert.equal(result.annotations.length, 3);
  assert.ok(result.annotations.every((a) => a.level === 'error' && a.file === 'data/train.jsonl'));
  assert.deepEqual(
    result.annotations.map((a) => a.line),
    [14, 15, 16],
  );
  assert.equal(result.outputs.valid, 'false');
  assert.equal(result.outputs['estimated-cost'], '');
  const never = await validateCommand(context(root, { failOn: 'never' }));
  assert.equal(never.status, 'succeeded');

  writeFileSync(path.join(root, 'data/train.jsonl'), [...lines.slice(0, 13)].join('\n') + '\n');
  const warned = await validateCommand(context(root, { failOn: 'warning' }));
  assert.equal(warned.status, 'failed');
  assert.match(warned.failure!, /warning/);
  assert.equal(warned.annotations[0]!.level, 'warning');
  const relaxed = await validateCommand(context(root));
  assert.equal(relaxed.status, 'succeeded');
});
