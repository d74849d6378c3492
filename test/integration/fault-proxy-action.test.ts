/**
 * The bundled action through the fault proxy with no fault drawn: the proxy is transparent (the merge run
 * trains, deploys, evaluates and promotes as it does against the emulator directly), and nothing reaches
 * the emulator around it. This is the set-up the fault campaign (`npm run bench -- faults`) spoils.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type Emulator } from '../emulator/index.ts';
import { makeRepo, PROJECT_ROOT } from '../support/action.ts';
import { proxyEmulator, type ProxiedEmulator } from '../support/fault-proxy.ts';
import { forwardedCounts, runProxied } from '../support/proxied-run.ts';
import { explain } from './train-support.ts';

const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');

describe('the action behind the fault proxy', () => {
  let emu: Emulator;
  let proxied: ProxiedEmulator;
  let workspace: ReturnType<typeof makeRepo>;
  before(async () => {
    emu = await startEmulator({ timeScale: 5000, lroRetryAfterSeconds: 0 });
    proxied = await proxyEmulator(emu, { seed: 1 });
    workspace = makeRepo({
      'data/train.jsonl': read('examples/data/train.jsonl'),
      'data/golden.jsonl': read('examples/data/golden.jsonl'),
    });
  });
  after(async () => {
    await proxied?.stop();
    await emu?.stop();
    workspace?.cleanup();
  });

  it('runs the whole merge (train, deploy, evaluate, gate) through it, every request included', async () => {
    const r = await runProxied(emu, proxied, workspace.dir, {
      'golden-file': 'data/golden.jsonl',
      gates: 'exact_match >= 0.3',
      'requests-per-minute': '6000',
    });
    assert.equal(r.code, 0, explain(r));
    assert.equal(r.outputs.command, 'train,deploy,evaluate,gate');
    assert.equal(r.outputs.promoted, 'true');
    assert.equal(emu.jobs().length, 1);
    assert.equal(emu.models().filter((m) => m.tags.stage === 'production').length, 1);

    const forwarded = forwardedCounts(proxied);
    for (const service of ['arm', 'mlflow', 'authority', 'oidc', 'inference'] as const) {
      const direct = emu.requestLog.entries({ service }).length;
      assert.ok(direct > 0, `${service} was used`);
      assert.equal(forwarded[service], direct, `every ${service} request went through the proxy`);
    }
    assert.ok((forwarded.blob ?? 0) > 0, 'the upload went through the proxy');
    assert.equal(proxied.proxy.faults().length, 0, 'no fault was drawn');
  });
});
