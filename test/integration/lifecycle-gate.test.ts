/**
 * Issue 5's proof: train -> deploy -> evaluate -> gate on a push, against the emulator. A candidate that
 * beats production is promoted; one that does not is rejected and production stays as it was; with a
 * fifth of requests failing the metrics are the same as on a clean run.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../emulator/index.ts';
import { PROJECT_ROOT, type ActionRun } from '../support/action.ts';
import { emulator, explain, repo, run } from './train-support.ts';

const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');
const BEFORE_PR = read('examples/demo/train.before-pr.jsonl');
const AFTER_PR = read('examples/data/train.jsonl');
const GOLDEN = read('examples/data/golden.jsonl');
/** A dataset that lost most of what the team had taught the model. */
const WORSE = BEFORE_PR.split('\n').slice(0, 20).join('\n') + '\n';

const GATES = ['exact_match >= 0.3', 'f1 >= baseline.f1 - 0.02'].join('\n');

function metrics(r: ActionRun): { candidate: Record<string, number>; baseline?: Record<string, number> } {
  return JSON.parse(r.outputs.metrics ?? '{}');
}

describe('push: train -> deploy -> evaluate -> gate', () => {
  let emu: Emulator;
  let workspace: ReturnType<typeof repo>;
  const push = (extra: Record<string, string> = {}, env: Record<string, string> = {}) =>
    run(
      emu,
      workspace.dir,
      { 'golden-file': 'data/golden.jsonl', gates: GATES, 'requests-per-minute': '6000', ...extra },
      { env },
    );
  const production = () => emu.models().filter((m) => m.tags.stage === 'production');

  before(async () => {
    emu = await emulator({ timeScale: 5000 });
    workspace = repo({ 'data/train.jsonl': BEFORE_PR, 'data/golden.jsonl': GOLDEN });
  });
  after(async () => {
    await emu.stop();
    workspace.cleanup();
  });

  it('promotes the first model when no production exists (gates on the baseline do not apply)', async () => {
    const r = await push();
    assert.equal(r.code, 0, explain(r));
    assert.equal(r.outputs.command, 'train,deploy,evaluate,gate');
    assert.equal(r.outputs.passed, 'true');
    assert.equal(r.outputs.promoted, 'true');
    assert.equal(metrics(r).baseline, undefined);
    const [prod] = production();
    assert.ok(prod, 'one model in production');
    assert.ok(Number(prod.tags['foundry-finetune.metric.exact_match']) >= 0.3);
    assert.match(r.summary, /not applicable/i);
    assert.match(r.summary, /first production model/);
  });

  it('promotes a candidate that beats production, and archives the one it replaces', async () => {
    const first = production()[0]!;
    writeFileSync(path.join(workspace.dir, 'data/train.jsonl'), AFTER_PR);
    const r = await push();
    assert.equal(r.code, 0, explain(r));
    const m = metrics(r);
    assert.ok(m.baseline, 'production was the baseline');
    assert.ok(
      m.candidate.f1! > m.baseline.f1!,
      `candidate f1 ${m.candidate.f1} beats production ${m.baseline.f1}`,
    );
    assert.equal(r.outputs.promoted, 'true');
    const [prod] = production();
    assert.notEqual(prod!.version, first.version);
    assert.equal(prod!.tags['foundry-finetune.previous-production'], first.version);
    assert.equal(emu.models().find((x) => x.version === first.version)!.tags.stage, 'archived');
    assert.match(r.summary, /Evaluation: support-bot-Phi-4-mini-instruct-ft v\d+ vs production \(v\d+\)/);
    assert.match(r.summary, /xychart-beta/);
    assert.match(r.summary, /Gates passed/);
  });

  it('rejects a candidate that does not beat production and leaves production untouched', async () => {
    const before = production().map((x) => ({ version: x.version, tags: { ...x.tags } }));
    const putsBefore = emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/models/' }).length;
    writeFileSync(path.join(workspace.dir, 'data/train.jsonl'), WORSE);
    const r = await push({ 'split-ratio': '0' });
    assert.equal(r.code, 1, explain(r));
    assert.equal(r.outputs.passed, 'false');
    assert.equal(r.outputs.promoted, 'false');
    assert.match(
      r.stdout,
      /::error::2 of 2 gates failed: .*`f1 >= baseline.f1 - 0.02` \(not met: f1 = [\d.]+, baseline.f1 = [\d.]+\)/,
      explain(r),
    );
    assert.deepEqual(
      production().map((x) => ({ version: x.version, tags: x.tags })),
      before,
      'production keeps its version and every tag',
    );
    const rejected = emu.models().filter((x) => x.tags.stage === 'rejected');
    assert.equal(rejected.length, 1);
    // Only the candidate was written to: registration by the job, then its rejection.
    const puts = emu.requestLog
      .entries({ service: 'arm', method: 'PUT', path: '/models/' })
      .slice(putsBefore);
    assert.ok(
      puts.every((p) => p.path.endsWith(`/versions/${rejected[0]!.version}`)),
      'no write to production',
    );
    assert.match(r.summary, /Gates failed/);
    assert.match(r.summary, /<summary>.*regressions/i);
  });

  it('gives the same metrics when a fifth of the endpoint and ARM requests fail', async () => {
    writeFileSync(path.join(workspace.dir, 'data/train.jsonl'), AFTER_PR);
    const clean = await push({ command: 'evaluate' });
    assert.equal(clean.code, 0, explain(clean));
    for (const service of ['arm', 'inference'] as const) {
      emu.faults.randomize({ rate: 0.2, seed: 7, service, kinds: ['429', '500', '503', 'reset'] });
    }
    const faulty = await push({ command: 'evaluate' });
    emu.faults.clear();
    assert.equal(faulty.code, 0, explain(faulty));
    const strip = (x: ReturnType<typeof metrics>) => {
      const drop = (side?: Record<string, number>) =>
        side && Object.fromEntries(Object.entries(side).filter(([k]) => !k.startsWith('latency')));
      return { candidate: drop(x.candidate), baseline: drop(x.baseline) };
    };
    assert.deepEqual(strip(metrics(faulty)), strip(metrics(clean)));
    assert.ok(
      emu.requestLog.entries().some((e) => e.fault),
      'faults were injected',
    );
  });
});
