/**
 * The bundles analyze on worker threads: the action (dist/index.js as the runner starts it) and the CLI
 * bundle re-enter themselves as dataset workers. Fails if a bundle silently falls back to one thread,
 * or if its results differ from the sources'.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli.ts';
import { validateDatasets } from '../../src/dataset/index.ts';
import type { ValidationReport } from '../../src/dataset/types.ts';
import { findModel } from '../../src/models/catalog.ts';
import { cliEntry, runAction } from '../support/action.ts';

/** The default thread count on this machine: both bundles must reach it. */
const THREADS = Math.min(2, os.availableParallelism());

/** ~3 MB of examples (several chunks per worker), with findings, duplicates and non-ASCII text. */
function dataset(): { train: string; golden: string } {
  const lines: string[] = [];
  for (let i = 0; i < 2400; i++) {
    const user = `Question ${i % 1900}: how do I rotate key ${i % 37} in région ${i % 5}? ${'detail '.repeat(i % 60)}`;
    const messages = [
      {
        role: 'system',
        content: i % 100 === 0 ? 'Another prompt.' : 'You are the Contoso support assistant.',
      },
      { role: 'user', content: user },
      { role: 'assistant', content: `Use the portal 🔑 (step ${i % 7}). ${'Then confirm. '.repeat(i % 90)}` },
    ];
    if (i % 300 === 299) lines.push(lines[i - 1]!);
    else lines.push(i % 250 === 7 ? '{"messages": [' : JSON.stringify({ messages }));
  }
  const golden = [
    JSON.stringify({
      messages: [{ role: 'user', content: 'Question 0: how do I rotate key 0 in région 0?' }],
      expected: 'x',
    }),
    JSON.stringify({ messages: [{ role: 'user', content: 'What is new?' }], expected: ['a', 'b'] }),
  ];
  return { train: lines.join('\n') + '\n', golden: golden.join('\n') + '\n' };
}

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ff-bundle-threads-'));
  const { train, golden } = dataset();
  writeFileSync(path.join(dir, 'train.jsonl'), train);
  writeFileSync(path.join(dir, 'golden.jsonl'), golden);
  return dir;
}

/** A report without what changes from run to run (time, the tokenizer's load time). */
function stable(report: ValidationReport): unknown {
  return JSON.parse(
    JSON.stringify({ ...report, elapsedMs: 0, tokenizer: { ...report.tokenizer, loadMs: 0 } }),
  );
}

describe('bundled dataset validation runs on worker threads', { skip: THREADS < 2 && 'one core' }, () => {
  it('the action bundle validates on 2 threads, with the same report as the sources', async () => {
    const dir = workspace();
    try {
      const run = await runAction({
        workspace: dir,
        eventName: 'workflow_dispatch',
        inputs: { command: 'validate', 'training-file': 'train.jsonl', 'golden-file': 'golden.jsonl' },
        timeoutMs: 180_000,
      });
      assert.ok(existsSync(run.outputs.report ?? ''), `no report: ${run.stdout}\n${run.stderr}`);
      const detail = JSON.parse(readFileSync(run.outputs.report!, 'utf8')).steps[0]
        .detail as ValidationReport;
      assert.equal(detail.tokenizer.threads, THREADS, 'the bundle fell back to fewer threads');
      assert.match(run.summary, new RegExp(`on ${THREADS} threads`));
      assert.equal(detail.files[0]!.stats.examples, 2400 - 10, 'every line was analyzed');
      assert.ok(detail.files[0]!.findings.some((f) => f.code === 'duplicate'));
      assert.ok(detail.files[0]!.findings.some((f) => f.code === 'golden-contamination'));

      const source = await validateDatasets({
        root: dir,
        model: findModel(detail.model)!,
        training: 'train.jsonl',
        golden: 'golden.jsonl',
        splitRatio: detail.split?.ratio,
        splitSeed: detail.split?.seed,
      });
      assert.equal(source.tokenizer.threads, THREADS);
      assert.deepEqual(stable(detail), stable(source));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI bundle validates on 2 threads, with the same JSON as the sources', async () => {
    const dir = workspace();
    try {
      const args = ['validate', 'train.jsonl', '--golden', 'golden.jsonl', '--json'];
      const bundled = await promisify(execFile)(process.execPath, [cliEntry(), ...args], { cwd: dir }).catch(
        (e: { stdout: string; code: number }) => e,
      );
      const fromBundle = JSON.parse(bundled.stdout) as { threads: number };
      assert.equal(fromBundle.threads, THREADS, 'the CLI bundle fell back to fewer threads');
      const out: string[] = [];
      await runCli(args, { out: (t) => out.push(t), err: () => undefined, cwd: dir });
      assert.deepEqual(fromBundle, JSON.parse(out.join('')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
