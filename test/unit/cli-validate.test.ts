import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { JSON_SCHEMA_VERSION, packageVersion, parseCli, runCli, UsageError } from '../../src/cli.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/datasets');
const ROOT = path.resolve(import.meta.dirname, '../..');

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function capture(cwd = FIXTURES) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd },
    out,
    err,
  };
}

test('parseCli: options, help, version and usage errors', () => {
  const parsed = parseCli(['validate', 'train.jsonl', '--golden', 'g.jsonl', '--model', 'phi-4', '--json']);
  assert.ok(typeof parsed === 'object' && parsed.command === 'validate');
  assert.equal(parsed.training, 'train.jsonl');
  assert.equal(parsed.golden, 'g.jsonl');
  assert.equal(parsed.model, 'phi-4');
  assert.equal(parsed.json, true);
  // Absent options stay absent: the config file (or the action's default) decides.
  assert.equal(parsed.splitRatio, undefined);
  assert.equal(parseCli(['--help']), 'help');
  assert.equal(parseCli(['--version']), 'version');
  assert.deepEqual(parseCli(['convert', 'a.jsonl', '--out', 'b.jsonl']), {
    command: 'convert',
    input: 'a.jsonl',
    out: 'b.jsonl',
    json: false,
  });
  for (const argv of [
    [],
    ['train', 'x'],
    ['validate', 'a', 'b'],
    ['validate', 'a', '--model', 'gpt-4'],
    ['validate', 'a', '--split-ratio', '0.9'],
    ['validate', 'a', '--bogus'],
    ['validate', 'a', '--fail-on', 'sometimes'],
    ['validate', 'a', '--method', 'rlhf'],
    ['validate', 'a', '--out', 'b'],
    ['convert'],
  ]) {
    assert.throws(() => parseCli(argv), UsageError, argv.join(' '));
  }
});

test('a usage error is one line and a --help hint, exit 2; --version prints the package version', async () => {
  for (const argv of [['validate', '--bogus'], ['frobnicate'], ['validate', 'a.jsonl', '--method', 'x']]) {
    const c = capture();
    assert.equal(await runCli(argv, c.io), 2);
    const lines = c.err.join('\n').split('\n');
    assert.equal(lines.length, 2, c.err.join('\n'));
    assert.match(lines[0]!, /^foundry-finetune: /);
    assert.equal(lines[1], "Run 'foundry-finetune --help' for usage.");
  }
  const v = capture();
  assert.equal(await runCli(['--version'], v.io), 0);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(v.out.join(''), pkg.version);
  assert.equal(packageVersion(), pkg.version);
});

interface JsonFile {
  path: string;
  role: string;
  examples: number;
  tokens: Record<string, number | boolean>;
  codes: Record<string, { severity: string; total: number; shown: number }>;
  findings: { severity: string; code: string; line?: number; message: string; fix: string | null }[];
}

test('--json: versioned, with every finding and its fix, counts per code, roles, estimate and split', async () => {
  const c = capture();
  assert.equal(
    await runCli(
      [
        'validate',
        'valid.jsonl',
        '--golden',
        'golden.jsonl',
        '--golden-leakage-share',
        '0.5',
        '--json',
        '--threads',
        '1',
      ],
      c.io,
    ),
    0,
  );
  const result = JSON.parse(c.out.join('')) as {
    schemaVersion: number;
    ok: boolean;
    files: JsonFile[];
    estimate: Record<string, unknown>;
    split: Record<string, unknown>;
    vocabulary: Record<string, string>;
  };
  assert.equal(result.schemaVersion, JSON_SCHEMA_VERSION);
  assert.equal(result.ok, true);
  assert.deepEqual(
    result.files.map((f) => [f.path, f.role]),
    [
      ['valid.jsonl', 'training'],
      ['golden.jsonl', 'golden'],
    ],
  );
  assert.equal(result.files[0]!.examples, 12);
  assert.deepEqual(Object.keys(result.vocabulary), ['tokens', 'trainedTokens', 'billedTokens']);
  // The fixture's golden line 2 is training line 4: 1 of 3 golden examples, a warning under 50%.
  const leak = result.files[0]!.findings.find((f) => f.code === 'golden-contamination')!;
  assert.equal(leak.severity, 'warning');
  assert.match(leak.message, /1 of 3 golden examples/);
  assert.ok(leak.fix && leak.fix.length > 0);
  assert.deepEqual(result.files[0]!.codes['golden-contamination'], {
    severity: 'warning',
    total: 1,
    shown: 1,
  });
  assert.equal(result.estimate.estimated, false);
  assert.equal(typeof result.estimate.billedTokens, 'number');
  assert.equal(result.split.training, 11);
});

test('golden leakage above the share is an error by default', async () => {
  const c = capture();
  assert.equal(await runCli(['validate', 'valid.jsonl', '--golden', 'golden.jsonl', '--json'], c.io), 1);
  const result = JSON.parse(c.out.join('')) as { files: JsonFile[] };
  assert.equal(result.files[0]!.findings[0]!.code, 'golden-contamination');
  assert.equal(result.files[0]!.findings[0]!.severity, 'error');
});

test('exit 1 with a format error first, and no "fewer than 10" it explains; 2 on usage errors', async () => {
  const c = capture();
  assert.equal(await runCli(['validate', 'pretty-printed.jsonl', '--json', '--threads', '1'], c.io), 1);
  const result = JSON.parse(c.out.join('')) as { ok: boolean; files: JsonFile[] };
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.files[0]!.findings.filter((f) => f.severity === 'error').map((f) => [f.line, f.code]),
    [[1, 'pretty-printed']],
  );
  const u = capture();
  assert.equal(await runCli(['validate'], u.io), 2);
  assert.match(u.err.join(''), /no training file/);
});

test('validate reads .github/finetune.yml like the action, and --config; messages use the CLI words', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ff-cli-config-'));
  made.push(dir);
  mkdirSync(path.join(dir, '.github'));
  mkdirSync(path.join(dir, 'data'));
  writeFileSync(path.join(dir, 'data/train.jsonl'), readFileSync(path.join(FIXTURES, 'valid.jsonl')));
  writeFileSync(
    path.join(dir, '.github/finetune.yml'),
    'model: Phi-4\ndata:\n  training: data/train.jsonl\n  split-ratio: 0.25\nvalidation:\n  fail-on: warning\n',
  );
  const c = capture(dir);
  assert.equal(await runCli(['validate', '--json'], c.io), 0);
  const result = JSON.parse(c.out.join('')) as { model: string; split: { validation: number } };
  assert.equal(result.model, 'Phi-4');
  assert.equal(result.split.validation, 3);
  // An option overrides the file.
  const o = capture(dir);
  await runCli(['validate', '--json', '--model', 'Phi-4-mini-instruct'], o.io);
  assert.equal((JSON.parse(o.out.join('')) as { model: string }).model, 'Phi-4-mini-instruct');
  // A path from the file is named by its key; a path given here is just the path.
  writeFileSync(path.join(dir, 'other.yml'), 'data:\n  training: data/missing.jsonl\n');
  const m = capture(dir);
  assert.equal(await runCli(['validate', '--config', 'other.yml'], m.io), 1);
  assert.match(m.out.join(''), /File not found \(data\.training in other\.yml\)/);
  const g = capture(dir);
  assert.equal(await runCli(['validate', 'nope.jsonl'], g.io), 1);
  assert.match(
    g.out.join(''),
    /File not found\.\n\s+fix: Check the path; it is relative to the current directory\./,
  );
  assert.doesNotMatch(g.out.join(''), /training-file/);
  const bad = capture(dir);
  assert.equal(await runCli(['validate', '--config', 'absent.yml'], bad.io), 2);
  assert.match(bad.err.join(''), /--config/);
});

test('the CLI runs as a script through tsx (text output, exit status)', async () => {
  const run = promisify(execFile);
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const { stdout } = await run(tsx, [path.join(ROOT, 'src/cli.ts'), 'validate', 'valid.jsonl'], {
    cwd: FIXTURES,
  });
  assert.match(stdout, /valid\.jsonl \(training\): 12 examples/);
  await assert.rejects(
    run(tsx, [path.join(ROOT, 'src/cli.ts'), 'validate', 'missing.jsonl'], { cwd: FIXTURES }),
    (e: { code: number; stdout: string }) => {
      assert.equal(e.code, 1);
      assert.match(e.stdout, /missing-file/);
      return true;
    },
  );
});
