/**
 * The package as npm publishes it: `npm pack` makes a tarball of the CLI alone (bin/ and its bundle), and
 * the `foundry-finetune` command runs from the unpacked tarball with no node_modules at all, as after
 * `npm install foundry-finetune` in another repository.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/action.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'ff-pack-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function npm(args: string[]): string {
  const npmCli = process.env.npm_execpath;
  const [command, prefix] = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
  return execFileSync(command, [...prefix, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    // npm keeps a compile cache in the temporary folder: this test's own, removed after it.
    env: { ...process.env, npm_config_loglevel: 'error', TMPDIR: temp, NODE_DISABLE_COMPILE_CACHE: '1' },
  });
}

describe('npm pack', () => {
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', temp])) as {
    filename: string;
    files: { path: string }[];
  }[];
  const tarball = path.join(temp, packed[0]!.filename);
  const unpacked = path.join(temp, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const root = path.join(unpacked, 'package');
  const bin = path.join(root, 'bin/foundry-finetune.js');

  it('holds the CLI, its bundle and the README, and no sources, tests or examples', () => {
    const files = packed[0]!.files.map((f) => f.path);
    assert.ok(files.includes('bin/foundry-finetune.js'));
    assert.ok(files.includes('dist/cli/index.js'));
    assert.ok(files.includes('README.md'));
    assert.ok(files.includes('package.json'));
    assert.deepEqual(
      files.filter((f) => /^(src|test|scripts|examples|bench)\//.test(f) || f.startsWith('dist/index')),
      [],
    );
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(pkg.private, undefined, 'publishable');
    assert.deepEqual(pkg.bin, { 'foundry-finetune': 'bin/foundry-finetune.js' });
  });

  it('runs `foundry-finetune validate` from the unpacked tarball, without node_modules', () => {
    const work = path.join(temp, 'other-repo');
    mkdirSync(path.join(work, 'data'), { recursive: true });
    copyFileSync(path.join(PROJECT_ROOT, 'examples/data/train.jsonl'), path.join(work, 'data/train.jsonl'));
    copyFileSync(path.join(PROJECT_ROOT, 'examples/data/golden.jsonl'), path.join(work, 'data/golden.jsonl'));
    const env = { ...process.env, NODE_PATH: '' };
    const ok = spawnSync(
      process.execPath,
      [bin, 'validate', 'data/train.jsonl', '--golden', 'data/golden.jsonl', '--json'],
      { cwd: work, encoding: 'utf8', env },
    );
    assert.equal(ok.status, 0, ok.stderr + ok.stdout.slice(0, 2000));
    const report = JSON.parse(ok.stdout) as { ok: boolean; files: { path: string }[] };
    assert.equal(report.ok, true);
    assert.deepEqual(report.files.map((f) => f.path).sort(), ['data/golden.jsonl', 'data/train.jsonl']);

    writeFileSync(path.join(work, 'data/broken.jsonl'), '{"messages": []}\nnot json\n');
    const bad = spawnSync(process.execPath, [bin, 'validate', 'data/broken.jsonl'], {
      cwd: work,
      encoding: 'utf8',
      env,
    });
    assert.equal(bad.status, 1, bad.stderr + bad.stdout);
    assert.match(bad.stdout, /data\/broken\.jsonl:2/);
  });
});
