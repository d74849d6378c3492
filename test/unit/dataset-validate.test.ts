import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, openSync, writeSync, closeSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { loadGoldenSet, prepareTrainingData, validateDatasets } from '../../src/dataset/index.ts';
import type { ValidateDatasetsOptions } from '../../src/dataset/index.ts';
import type { Config } from '../../src/config/types.ts';
import { findModel } from '../../src/models/catalog.ts';

const model = findModel('Phi-4-mini-instruct')!;
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/datasets');

function example(i: number, system = 'You are helpful.'): string {
  return JSON.stringify({
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: `What is ${i} plus ${i}?` },
      { role: 'assistant', content: `${i} plus ${i} is ${2 * i}.` },
    ],
  });
}

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function dir(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ff-dataset-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, name), content);
  return root;
}

function run(root: string, options: Partial<ValidateDatasetsOptions> = {}) {
  return validateDatasets({ root, model, training: 'train.jsonl', threads: 1, ...options });
}

const codes = (report: Awaited<ReturnType<typeof run>>, file = 0) =>
  report.files[file]!.findings.map((f) => f.code);
const twelve = Array.from({ length: 12 }, (_, i) => example(i));

test('a valid file: statistics with exact tokens and an estimate from the price', async () => {
  const report = await validateDatasets({
    root: FIXTURES,
    model,
    training: 'valid.jsonl',
    pricePer1kTokens: 0.5,
    threads: 1,
  });
  assert.equal(report.ok, true);
  assert.equal(report.errors, 0);
  const stats = report.files[0]!.stats;
  assert.equal(stats.examples, 12);
  assert.equal(stats.turns, 12);
  assert.deepEqual(stats.messagesByRole, { system: 12, user: 12, assistant: 12, tool: 0 });
  assert.ok(
    stats.tokens.p50 > 10 && stats.tokens.p50 <= stats.tokens.p95 && stats.tokens.p95 <= stats.tokens.max,
  );
  assert.ok(stats.trainedTokens > 0 && stats.trainedTokens < stats.tokens.total);
  assert.equal(report.estimate.epochs, 8); // 12 examples: 100 / 12 passes
  assert.equal(report.estimate.billedTokens, stats.tokens.total * 8);
  assert.equal(report.estimate.cost, (stats.tokens.total * 8 * 0.5) / 1000);
});

test('the threaded pipeline gives the same report as one thread', async () => {
  const lines = Array.from({ length: 300 }, (_, i) => example(i % 250));
  const root = dir({ 'train.jsonl': lines.join('\n') + '\n' });
  const one = await run(root, { splitRatio: 0.1, splitSeed: 's' });
  const two = await run(root, { splitRatio: 0.1, splitSeed: 's', threads: 2 });
  assert.deepEqual({ ...two, elapsedMs: 0, tokenizer: null }, { ...one, elapsedMs: 0, tokenizer: null });
  const duplicates = one.files[0]!.findings.filter((f) => f.code === 'duplicate');
  assert.equal(duplicates.length, 1);
  assert.match(duplicates[0]!.message, /^50 of 300 examples duplicate an earlier line \(line 251 = line 1;/);
  assert.equal(duplicates[0]!.count, 50);
  assert.deepEqual(one.files[0]!.codes.duplicate, { severity: 'warning', total: 50, shown: 1 });
});

test('exact duplicates name both lines; fewer than 10 examples is an error', async () => {
  const root = dir({ 'train.jsonl': [example(1), example(2), example(1)].join('\n') + '\n' });
  const report = await run(root);
  const dup = report.files[0]!.findings.find((f) => f.code === 'duplicate')!;
  assert.match(dup.message, /1 of 3 examples duplicate an earlier line \(line 3 = line 1\)/);
  assert.deepEqual(dup.lines, [3]);
  assert.ok(codes(report).includes('too-few-examples'));
  assert.equal(report.ok, false);
});

test('BOM, CRLF and trailing blank lines are accepted with warnings; mid-file blanks too', async () => {
  const body = '\ufeff' + [...twelve.slice(0, 6), '', ...twelve.slice(6)].join('\r\n') + '\r\n\r\n\n';
  const report = await run(dir({ 'train.jsonl': body }));
  assert.equal(report.errors, 0);
  assert.deepEqual(new Set(codes(report)), new Set(['bom', 'crlf', 'blank-line', 'trailing-blank-lines']));
  assert.equal(report.files[0]!.stats.examples, 12);
});

test('system-prompt variants and a missing system message are warnings', async () => {
  const lines = [
    ...twelve.slice(0, 10),
    example(20, 'Another prompt.'),
    JSON.stringify({
      messages: [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: 'a' },
      ],
    }),
  ];
  const report = await run(dir({ 'train.jsonl': lines.join('\n') }));
  assert.ok(codes(report).includes('system-prompt-variants'));
  const missing = report.files[0]!.findings.find((f) => f.code === 'missing-system')!;
  assert.equal(missing.line, 12);
});

test('token-length outliers are named by line', async () => {
  const lines = Array.from({ length: 40 }, (_, i) => example(i));
  lines.push(
    JSON.stringify({
      messages: [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: 'word '.repeat(2000) },
      ],
    }),
  );
  const report = await run(dir({ 'train.jsonl': lines.join('\n') }));
  const outlier = report.files[0]!.findings.find((f) => f.code === 'token-outlier')!;
  assert.equal(outlier.line, 41);
});

test('train/validation overlap and golden contamination name the other file and line', async () => {
  const root = dir({
    'train.jsonl': twelve.join('\n'),
    'val.jsonl': [example(3), example(50)].join('\n'),
    'golden.jsonl': JSON.stringify({
      messages: [{ role: 'user', content: 'what is 5 PLUS 5?' }],
      expected: '10',
    }),
  });
  const report = await run(root, { validation: 'val.jsonl', golden: 'golden.jsonl' });
  const overlap = report.files[1]!.findings.find((f) => f.code === 'train-validation-overlap')!;
  assert.equal(overlap.line, 1);
  assert.match(overlap.message, /train\.jsonl \(line 4\)/);
  // Said once for the file: the share of golden examples (1 of 1: an error), and the lines.
  const contamination = report.files[0]!.findings.find((f) => f.code === 'golden-contamination')!;
  assert.equal(contamination.line, undefined);
  assert.equal(contamination.severity, 'error');
  assert.match(contamination.message, /1 of 1 golden examples \(100%\).*golden line 1 = line 6/);
  assert.deepEqual(contamination.lines, [6]);
  assert.match(contamination.hint!, /golden\.jsonl/);
});

test('the split is deterministic, reported, and the same one prepareTrainingData writes', async () => {
  const lines = Array.from({ length: 50 }, (_, i) => example(i));
  const root = dir({
    'train.jsonl': lines.join('\n') + '\n',
    'crlf.jsonl': '\ufeff' + lines.join('\r\n') + '\r\n',
  });
  const report = await run(root, { splitRatio: 0.2, splitSeed: 'seed-1' });
  assert.deepEqual(report.split, { ratio: 0.2, seed: 'seed-1', training: 40, validation: 10 });
  assert.equal(report.estimate.examples, 40);
  const config = {
    root,
    data: { training: 'train.jsonl', splitRatio: 0.2, splitSeed: 'seed-1' },
  } as unknown as Config;
  const out = path.join(root, 'out');
  const prepared = await prepareTrainingData({ config, outDir: out });
  assert.deepEqual(prepared.examples, { training: 40, validation: 10 });
  const again = await prepareTrainingData({ config, outDir: path.join(root, 'out2') });
  assert.equal(again.datasetHash, prepared.datasetHash);
  assert.match(prepared.datasetHash, /^[0-9a-f]{64}$/);
  const crlf = await prepareTrainingData({
    config: { ...config, data: { ...config.data, training: 'crlf.jsonl' } } as Config,
    outDir: path.join(root, 'out3'),
  });
  assert.equal(crlf.datasetHash, prepared.datasetHash, 'BOM and CRLF do not change the dataset identity');
  const other = await prepareTrainingData({
    config: { ...config, data: { ...config.data, splitSeed: 'seed-2' } } as Config,
    outDir: path.join(root, 'out4'),
  });
  assert.notEqual(other.datasetHash, prepared.datasetHash);
  const { readFileSync } = await import('node:fs');
  const written = readFileSync(prepared.validationFile!, 'utf8').trim().split('\n');
  assert.equal(written.length, 10);
  for (const l of written) assert.ok(lines.includes(l), 'lines are written byte for byte');
});

test('diff against the base revision: added, removed, changed and the token delta', async () => {
  const base = [example(1), example(2), example(3), example(4)].join('\n');
  const changed = JSON.stringify({
    messages: [
      { role: 'system', content: 'You are helpful.' },
      { role: 'user', content: 'What is 2 plus 2?' },
      { role: 'assistant', content: 'Four.' },
    ],
  });
  const root = dir({ 'train.jsonl': [example(1), changed, example(3), example(9), example(10)].join('\n') });
  const report = await run(root, {
    base: {
      ref: 'abc123',
      readFile: async (file) => (file === 'train.jsonl' ? Readable.from([Buffer.from(base)]) : undefined),
    },
  });
  const d = report.diff[0]!;
  assert.deepEqual(
    {
      added: d.added,
      removed: d.removed,
      changed: d.changed,
      unchanged: d.unchanged,
      baseExamples: d.baseExamples,
    },
    { added: 2, removed: 1, changed: 1, unchanged: 2, baseExamples: 4 },
  );
  assert.equal(d.tokenDelta, report.files[0]!.stats.tokens.total - d.baseTokens);
  const fresh = await run(root, { base: { ref: 'abc123', readFile: async () => undefined } });
  assert.equal(fresh.diff[0]!.newFile, true);
  assert.equal(fresh.diff[0]!.added, 5);
});

test('bad input never crashes: missing file, directory, binary, gzip, UTF-16, empty', async () => {
  const root = dir({
    'bin.jsonl': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]),
    'gz.jsonl': Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]),
    'utf16.jsonl': Buffer.from('\ufeff{"messages": []}', 'utf16le'),
    'empty.jsonl': '',
  });
  mkdirSync(path.join(root, 'folder'));
  const cases: [string, string][] = [
    ['nope.jsonl', 'missing-file'],
    ['folder', 'not-a-file'],
    ['bin.jsonl', 'binary-file'],
    ['gz.jsonl', 'binary-file'],
    ['utf16.jsonl', 'binary-file'],
    ['empty.jsonl', 'empty-file'],
  ];
  for (const [file, code] of cases) {
    const report = await run(root, { training: file });
    assert.equal(report.ok, false, file);
    assert.ok(codes(report).includes(code), `${file}: ${codes(report).join(',')}`);
    assert.match(report.files[0]!.findings[0]!.hint ?? '', /\w/);
  }
  const missing = await run(root, { training: 'nope.jsonl' });
  assert.match(missing.files[0]!.findings[0]!.message, /training-file/);
});

test('a 50 MB single line, NUL bytes and invalid UTF-8 mid-file are line errors, in bounded memory', async () => {
  const root = dir({});
  const file = path.join(root, 'train.jsonl');
  const fd = openSync(file, 'w');
  writeSync(fd, twelve.join('\n') + '\n');
  const chunk = Buffer.alloc(1 << 20, 0x61);
  writeSync(fd, '{"messages": "');
  for (let i = 0; i < 50; i++) writeSync(fd, chunk);
  writeSync(fd, '"}\n');
  writeSync(fd, Buffer.concat([Buffer.from('{"messages": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
  writeSync(fd, '{"messages": \u0000}\n');
  closeSync(fd);
  const before = process.memoryUsage().rss;
  const report = await run(root);
  const grew = (process.memoryUsage().rss - before) / 1024 / 1024;
  assert.deepEqual(codes(report), ['line-too-long', 'nul-bytes', 'not-utf8']);
  assert.deepEqual(
    report.files[0]!.findings.map((f) => f.line),
    [13, 15, undefined],
  );
  // Not UTF-8 is said once for the file, with its first lines and the iconv hint.
  const utf8 = report.files[0]!.findings[2]!;
  assert.match(utf8.message, /^1 line is not valid UTF-8 \(line 14: byte 0xE9/);
  assert.match(utf8.hint!, /iconv -f cp1252 -t utf-8/);
  assert.ok(grew < 60, `rss grew ${grew.toFixed(0)} MB`);
});

test('a pretty-printed file and a JSON array file are recognized', async () => {
  const pretty = await validateDatasets({
    root: FIXTURES,
    model,
    training: 'pretty-printed.jsonl',
    threads: 1,
  });
  // The format error explains the missing examples: no "fewer than 10 examples" beside it.
  assert.deepEqual(codes(pretty), ['pretty-printed']);
  const fragment = pretty.files[0]!.findings[0]!;
  assert.equal(fragment.line, 1);
  assert.match(fragment.message, /lines 1-16 too/);
  const array = await run(dir({ 'train.jsonl': '[\n' + twelve.join(',\n') + '\n]\n' }));
  assert.ok(codes(array).includes('json-array'));
});

test('loadGoldenSet reads both forms with stable ids', async () => {
  const golden = await loadGoldenSet('golden.jsonl', model, FIXTURES);
  assert.deepEqual(golden.findings, []);
  assert.equal(golden.examples.length, 3);
  assert.deepEqual(golden.examples[1]!.expected, ['6', 'six']);
  assert.deepEqual(golden.examples[2]!.expected, ['Paris.']);
  assert.equal(golden.examples[2]!.messages.at(-1)!.role, 'user');
  const again = await loadGoldenSet('golden.jsonl', model, FIXTURES);
  assert.deepEqual(
    again.examples.map((g) => g.id),
    golden.examples.map((g) => g.id),
  );
  assert.equal(new Set(golden.examples.map((g) => g.id)).size, 3);
  assert.match(golden.examples[0]!.id, /^[0-9a-f]{16}$/);
});
