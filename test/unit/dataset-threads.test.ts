import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { validateDatasets, type ValidateDatasetsOptions } from '../../src/dataset/index.ts';
import type { ValidationReport } from '../../src/dataset/types.ts';
import { findModel } from '../../src/models/catalog.ts';

/** A file with every kind of line the chunked analysis must number and fold the same way. */
function trickyFile(): Buffer {
  const parts: (string | Buffer)[] = ['\ufeff'];
  let last = '';
  for (let i = 0; i < 400; i++) {
    const system = i % 50 === 0 ? 'Réponds en français. 🥐' : 'You are helpful.';
    const example = JSON.stringify({
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: `Question ${i % 330}: ${'mot '.repeat(i % 23)}日本語?` },
        { role: 'assistant', content: `Answer ${i % 330}.` },
      ],
    });
    const eol = i % 9 === 0 ? '\r\n' : '\n';
    if (i % 97 === 5) parts.push(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), eol);
    else if (i % 61 === 3) parts.push('{\n  "messages": [\n', '  ]\n}', eol);
    else if (i % 71 === 4)
      parts.push('{"messages": [{"role": "user", "content": "broken', '\n', 'rest"}]}', eol);
    else if (i % 83 === 6) parts.push('L'.repeat(3000), eol);
    else if (i % 45 === 7) parts.push('', eol);
    else if (i % 100 === 99) parts.push(last, eol);
    else parts.push((last = example), eol);
  }
  parts.push('   ');
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
}

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ff-threads-'));
  made.push(root);
  return root;
}

function stable(report: ValidationReport): unknown {
  return { ...report, elapsedMs: 0, tokenizer: { ...report.tokenizer, loadMs: 0, threads: 0 } };
}

test('chunk size and thread count change nothing in the report', async () => {
  const root = tempDir();
  const file = trickyFile();
  writeFileSync(path.join(root, 'train.jsonl'), file);
  writeFileSync(path.join(root, 'val.jsonl'), file.subarray(0, 5000));
  const options: ValidateDatasetsOptions = {
    root,
    model: findModel('Phi-4-mini-instruct')!,
    training: 'train.jsonl',
    validation: 'val.jsonl',
    maxLineBytes: 2048,
    base: {
      ref: 'base',
      readFile: async () => Readable.from([file.subarray(0, 7777), file.subarray(7777, 30000)]),
    },
  };
  const reference = await validateDatasets({ ...options, threads: 1 });
  const codes = new Set(reference.files[0]!.findings.map((f) => f.code));
  for (const code of [
    'bom',
    'crlf',
    'not-utf8',
    'pretty-printed',
    'raw-newline',
    'line-too-long',
    'duplicate',
  ])
    assert.ok(codes.has(code), `${code} in ${[...codes].join(',')}`);
  for (const [threads, chunkBytes] of [
    [1, 64],
    [2, 100],
    [2, 4096],
    [3, 20_000],
  ] as const) {
    const report = await validateDatasets({ ...options, threads, chunkBytes });
    assert.equal(report.tokenizer.threads, threads);
    assert.deepEqual(stable(report), stable(reference), `${threads} threads, ${chunkBytes}-byte chunks`);
  }
});

test('the report records the threads the lines were analyzed on', async () => {
  const root = tempDir();
  writeFileSync(path.join(root, 'train.jsonl'), trickyFile());
  const model = findModel('Phi-4')!;
  const one = await validateDatasets({ root, model, training: 'train.jsonl', threads: 1 });
  const two = await validateDatasets({ root, model, training: 'train.jsonl', threads: 2 });
  assert.equal(one.tokenizer.threads, 1);
  assert.equal(two.tokenizer.threads, 2);
  assert.ok(two.files[0]!.stats.tokens.total > 0);
  assert.equal(two.files[0]!.stats.tokens.total, one.files[0]!.stats.tokens.total);
});
