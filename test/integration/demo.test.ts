/**
 * The README's main command: `npm run demo` runs the three events end to end on the example data, within
 * the two minutes a newcomer gives it, and leaves no process behind.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT, actionEntry } from '../support/action.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm run demo', () => {
  it('runs pull request, merge and schedule on the examples in under two minutes', async () => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/demo.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ACTION_ENTRY: actionEntry() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const seconds = (Date.now() - started) / 1000;
    assert.equal(code, 0, out.slice(-5000));
    assert.ok(seconds < 120, `took ${seconds} s`);
    assert.match(out, /✔ pull_request #42: exit 0/);
    assert.match(out, /promoted=true {2}command=train,deploy,evaluate,gate/);
    assert.match(out, /\| `retrain` \| ⏭️ skipped \| Nothing changed/);
    assert.match(out, /Fine-tuning jobs: 2 \(one per dataset\).*in production: v2\./);
    assert.match(out, /Pull request comments by the action: 1 \(edited in place\)/);
    assert.doesNotMatch(out, /ghs_|ghp_/, 'no GitHub token printed');
    const pid = Number(/Azurite pid (\d+)/.exec(out)?.[1]);
    assert.ok(pid > 0, 'the demo names the Azurite process it started');
    assert.equal(alive(pid), false, 'no Azurite process left behind');
  });
});
