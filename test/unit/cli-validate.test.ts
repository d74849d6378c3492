import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { parseCli, runCli, UsageError } from '../../src/cli.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/datasets');
const ROOT = path.resolve(import.meta.dirname, '../..');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd: FIXTURES },
    out,
    err,
  };
}

test('parseCli: defaults, options and usage errors', () => {
  const parsed = parseCli(['validate', 'train.jsonl', '--golden', 'g.jsonl', '--model', 'phi-4', '--json']);
  assert.ok(parsed !== 'help');
  assert.equal(parsed.training, 'train.jsonl');
  assert.equal(parsed.golden, 'g.jsonl');
  assert.equal(parsed.model, 'phi-4');
  assert.equal(parsed.json, true);
  assert.equal(parsed.splitRatio, 0.1);
  assert.equal(parseCli(['--help']), 'help');
  for (const argv of [
    [],
    ['train', 'x'],
    ['validate'],
    ['validate', 'a', 'b'],
    ['validate', 'a', '--model', 'gpt-4'],
    ['validate', 'a', '--split-ratio', '0.9'],
    ['validate', 'a', '--bogus'],
    ['validate', 'a', '--fail-on', 'sometimes'],
  ]) {
    assert.throws(() => parseCli(argv), UsageError, argv.join(' '));
  }
});

test('runCli: exit 0 and the JSON shape for a valid file', async () => {
  const c = capture();
  assert.equal(
    await runCli(['validate', 'valid.jsonl', '--golden', 'golden.jsonl', '--json', '--threads', '1'], c.io),
    0,
  );
  const result = JSON.parse(c.out.join('')) as {
    ok: boolean;
    files: {
      path: string;
      examples: number;
      tokens: Record<string, number>;
      errors: unknown[];
      warnings: unknown[];
    }[];
  };
  assert.equal(result.ok, true);
  assert.equal(result.files[0]!.path, 'valid.jsonl');
  assert.equal(result.files[0]!.examples, 12);
  assert.deepEqual(Object.keys(result.files[0]!.tokens), ['total', 'p50', 'p95', 'max']);
  assert.deepEqual(result.files[0]!.errors, []);
  assert.equal(result.files[1]!.path, 'golden.jsonl');
});

test('runCli: exit 1 with line-numbered errors, 2 on usage errors', async () => {
  const c = capture();
  assert.equal(await runCli(['validate', 'pretty-printed.jsonl', '--json', '--threads', '1'], c.io), 1);
  const result = JSON.parse(c.out.join('')) as {
    ok: boolean;
    files: { errors: { line?: number; code: string }[] }[];
  };
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.files[0]!.errors.map((e) => [e.line, e.code]),
    [
      [undefined, 'too-few-examples'],
      [1, 'pretty-printed'],
    ],
  );
  assert.ok(!('line' in result.files[0]!.errors[0]!));
  const u = capture();
  assert.equal(await runCli(['validate'], u.io), 2);
  assert.match(u.err.join(''), /Usage: foundry-finetune validate/);
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
