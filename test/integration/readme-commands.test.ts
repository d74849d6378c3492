/**
 * The README's terminal commands work as written from a clone: each `npx foundry-finetune ...` line of
 * the "from a clone" block runs the package's own bin (what npx resolves in the project) and exits as the
 * line's comment says (exit 1 where it says so, else 0).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/action.ts';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const block = /From a clone, as written:\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const lines = block
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.startsWith('npx foundry-finetune '));

describe("the README's CLI commands, from a clone", () => {
  it('has the commands', () => {
    assert.ok(lines.length >= 3, block);
    assert.ok(
      lines.every((l) => /examples\//.test(l)),
      'they name files a clone has',
    );
  });

  for (const line of lines) {
    it(line, () => {
      const [command, comment = ''] = line.split(/\s+#\s+/);
      const args = command!.replace(/^npx foundry-finetune\s+/, '').split(/\s+/);
      const expected = /exit 1\b/.test(comment) && !/exit 0 valid/.test(comment) ? 1 : 0;
      const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/foundry-finetune.js'), ...args], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(r.status, expected, r.stderr + r.stdout.slice(-2000));
      if (args.includes('--json')) assert.equal((JSON.parse(r.stdout) as { ok: boolean }).ok, true);
    });
  }
});
