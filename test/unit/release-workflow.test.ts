/**
 * The release workflow's own scripts, run in a throwaway repository with a local "origin": the version
 * is checked against package.json, everything is checked (dist/ fresh, tests) before anything is
 * tagged, vX.Y.Z is tagged and vX moved to it on the remote.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/action.ts';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
}
const workflow = parse(readFileSync(path.join(PROJECT_ROOT, '.github/workflows/release.yml'), 'utf8')) as {
  on: { workflow_dispatch: { inputs: Record<string, unknown> } };
  permissions: Record<string, string>;
  jobs: { release: { steps: Step[]; env: Record<string, string> } };
};
const steps = workflow.jobs.release.steps;
const script = (name: string): string => steps.find((s) => s.name === name)!.run!;

const temp = mkdtempSync(path.join(os.tmpdir(), 'ff-release-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
  }).trim();
}

function bash(cwd: string, text: string, env: Record<string, string>) {
  return spawnSync('bash', ['-euo', 'pipefail', '-c', text], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('release workflow', () => {
  it('takes the version as data (never pasted into a script) and checks everything before tagging', () => {
    assert.ok(workflow.on.workflow_dispatch.inputs.version);
    assert.equal(workflow.jobs.release.env.VERSION, '${{ inputs.version }}');
    for (const s of steps)
      assert.doesNotMatch(s.run ?? '', /\$\{\{\s*inputs\./, `${s.name}: no expression in a script`);
    const names = steps.map((s) => s.name ?? s.uses);
    assert.ok(names.indexOf('Check dist/ and test') < names.indexOf('Tag vX.Y.Z and move vX'));
    assert.match(
      script('Check dist/ and test'),
      /^bash \.ci\/run$/m,
      'the CI script: dist/ is a fresh build, every test passes',
    );
    assert.equal(workflow.permissions.contents, 'write');
  });

  it('refuses a version that is not X.Y.Z or differs from package.json', () => {
    const repo = path.join(temp, 'check');
    execFileSync('mkdir', ['-p', repo]);
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(repo, 'package.json'), '{"version": "1.2.0"}');
    const check = script('Check the version').replace(
      '${{ github.event.repository.default_branch }}',
      'main',
    );
    const env = { GITHUB_REF: 'refs/heads/main' };
    assert.equal(bash(repo, check, { ...env, VERSION: '1.2' }).status, 1);
    const differs = bash(repo, check, { ...env, VERSION: '1.3.0' });
    assert.equal(differs.status, 1);
    assert.match(differs.stdout, /package\.json says 1\.2\.0/);
    assert.match(
      bash(repo, check, { GITHUB_REF: 'refs/heads/x', VERSION: '1.2.0' }).stdout,
      /release from the default branch/,
    );
    assert.equal(bash(repo, check, { ...env, VERSION: '1.2.0' }).status, 0);
  });

  it('tags vX.Y.Z and moves vX on the remote', () => {
    const origin = path.join(temp, 'origin.git');
    const repo = path.join(temp, 'repo');
    git(temp, 'init', '-q', '--bare', origin);
    git(temp, 'clone', '-q', origin, repo);
    writeFileSync(path.join(repo, 'a.txt'), '1');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'one');
    git(repo, 'tag', '-a', 'v1', '-m', 'v1');
    git(repo, 'push', '-q', 'origin', 'HEAD:main', 'v1');
    const old = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(path.join(repo, 'a.txt'), '2');
    git(repo, 'commit', '-q', '-am', 'two');
    const head = git(repo, 'rev-parse', 'HEAD');
    const summary = path.join(temp, 'summary.md');
    writeFileSync(summary, '');
    const r = bash(repo, script('Tag vX.Y.Z and move vX'), {
      VERSION: '1.3.0',
      GITHUB_STEP_SUMMARY: summary,
    });
    assert.equal(r.status, 0, r.stderr);
    const remote = (tag: string) => git(repo, 'ls-remote', 'origin', `refs/tags/${tag}^{}`).split('\t')[0];
    assert.equal(remote('v1.3.0'), head);
    assert.equal(remote('v1'), head, 'the major tag moved');
    assert.notEqual(remote('v1'), old);
    assert.match(readFileSync(summary, 'utf8'), /Tagged v1\.3\.0 and moved v1/);
  });
});
