/**
 * The bundled CLI (dist/cli, as `npx foundry-finetune` runs it) on every dataset format: `validate`
 * names the format once with its conversion, `convert` writes a new file, and that file validates.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { cliEntry } from '../support/action.ts';

const FORMATS = path.resolve(import.meta.dirname, '../fixtures/datasets/formats');
const run = promisify(execFile);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cliEntry(), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'ff-cli-formats-'));
after(() => rmSync(dir, { recursive: true, force: true }));
for (const f of readdirSync(FORMATS))
  if (f.endsWith('.jsonl')) copyFileSync(path.join(FORMATS, f), path.join(dir, f));

interface Json {
  schemaVersion: number;
  ok: boolean;
  files: { findings: { code: string; message: string; fix: string | null }[]; examples: number }[];
}

const FOREIGN: [string, RegExp, boolean][] = [
  ['prompt-completion.jsonl', /prompt\/completion/, true],
  ['sharegpt.jsonl', /ShareGPT/, true],
  ['gemini.jsonl', /Gemini/, true],
  ['functions.jsonl', /functions \/ function_call/, true],
  ['trl-preference.jsonl', /TRL preference/, true],
  ['dpo-azure.jsonl', /Azure's DPO/, false],
  ['rft.jsonl', /reinforcement fine-tuning/, false],
  ['eval.jsonl', /evaluation set/, true],
];

describe('the bundled CLI on every dataset format', () => {
  // Building the bundle (when no ACTION_ENTRY names one) is not part of any test's time.
  before(() => void cliEntry(), { timeout: 600_000 });

  it('chat data is valid (exit 0)', async () => {
    const r = await cli(['validate', 'chat.jsonl', '--json'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as Json).ok, true);
  });

  for (const [file, name, converts] of FOREIGN) {
    it(`${file}: one finding naming the format${converts ? ', and convert makes it valid' : ''}`, async () => {
      const r = await cli(['validate', file, '--json'], dir);
      assert.equal(r.code, 1);
      const json = JSON.parse(r.stdout) as Json;
      assert.equal(json.schemaVersion, 1);
      const findings = json.files[0]!.findings;
      assert.deepEqual(
        findings.map((f) => f.code),
        ['format'],
      );
      assert.match(findings[0]!.message, name);
      if (!converts) return;
      const out = file.replace('.jsonl', '.out.jsonl');
      const c = await cli(['convert', file, '--out', out], dir);
      assert.equal(c.code, 0, c.stdout + c.stderr);
      assert.match(c.stdout, new RegExp(`12 of 12 line\\(s\\) written`));
      const args = ['validate', out, '--json'];
      if (file.startsWith('trl')) args.push('--method', 'dpo');
      if (file.startsWith('eval'))
        args.splice(1, 1, 'chat.jsonl', '--golden', out, '--golden-leakage-share', '1');
      const v = await cli(args, dir);
      const result = JSON.parse(v.stdout) as Json;
      const errors = result.files.flatMap((f) => f.findings).filter((f) => f.code !== 'method-unsupported');
      assert.deepEqual(
        errors.filter((f) => (f as { severity?: string }).severity === 'error').map((f) => f.code),
        [],
      );
    });
  }

  it('vision: the image lines are named and left out by convert (exit 1), the rest converted', async () => {
    const v = await cli(['validate', 'vision.jsonl'], dir);
    assert.equal(v.code, 1);
    assert.match(v.stdout, /2 of 12 lines \(1, 2\) are vision chat data/);
    const c = await cli(['convert', 'vision.jsonl'], dir);
    assert.equal(c.code, 1);
    assert.match(c.stdout, /vision\.jsonl:1: not mapped/);
    assert.match(c.stdout, /-> vision\.chat\.jsonl: 10 of 12/);
    const again = await cli(['validate', 'vision.chat.jsonl', '--json'], dir);
    assert.equal(again.code, 0, again.stdout);
  });

  it('developer role: named with its fix; convert renames it', async () => {
    const v = await cli(['validate', 'developer-role.jsonl'], dir);
    assert.equal(v.code, 1);
    assert.match(v.stdout, /\[developer-role\].*OpenAI's name for the system role/);
    const c = await cli(['convert', 'developer-role.jsonl', '--json'], dir);
    assert.equal(c.code, 0);
    assert.deepEqual((JSON.parse(c.stdout) as { notes: Record<string, number> }).notes, {
      'role developer -> system': 12,
    });
    assert.equal((await cli(['validate', 'developer-role.chat.jsonl'], dir)).code, 0);
  });

  it('convert never writes over its input; usage errors are one line and a --help hint (exit 2)', async () => {
    const c = await cli(['convert', 'sharegpt.jsonl', '--out', 'sharegpt.jsonl'], dir);
    assert.equal(c.code, 2);
    assert.match(c.stderr, /is the input/);
    const u = await cli(['validate', 'chat.jsonl', '--nope'], dir);
    assert.equal(u.code, 2);
    assert.equal(u.stderr.trim().split('\n').length, 2);
    const version = await cli(['--version'], dir);
    assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+/);
  });
});
