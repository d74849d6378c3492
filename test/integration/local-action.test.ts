/**
 * `npm run local-action`: the action's source with the inputs of an env file, as on a runner; it prints
 * the job summary and exits with the step's code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/action.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'ff-local-'));
after(() => rmSync(temp, { recursive: true, force: true }));

function localAction(training: string): { code: number | null; out: string } {
  const envFile = path.join(temp, `${path.basename(training)}.env`);
  const example = readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8');
  writeFileSync(
    envFile,
    example.replace('INPUT_TRAINING-FILE=examples/data/train.jsonl', `INPUT_TRAINING-FILE=${training}`),
  );
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/local-action.ts'), envFile],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)),
      ),
      timeout: 120_000,
    },
  );
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('npm run local-action', () => {
  it('prints the job summary and exits 0 when the step passes', () => {
    const r = localAction('examples/data/train.jsonl');
    assert.equal(r.code, 0, r.out.slice(-3000));
    assert.match(r.out, /── Job summary/);
    assert.match(r.out, /### Dataset check: ✅ valid/);
    assert.match(r.out, /── The step succeeded\./);
  });

  it('exits non-zero, with the annotations and the summary, when the step fails', () => {
    const r = localAction('examples/demo/train.broken.jsonl');
    assert.equal(r.code, 1, r.out.slice(-3000));
    assert.match(
      r.out,
      /::error title=Dataset error%3A special-token,file=examples\/demo\/train\.broken\.jsonl,line=11::/,
    );
    assert.match(r.out, /### Dataset check: ❌ \*\*5 errors\*\*/);
    assert.match(r.out, /── The step failed \(exit 1\)\./);
  });
});
