/**
 * The hub adapter (src/backend/hub: the port by delegation to today's Foundry facade) against the emulated
 * hub workspace, in process: the port fits the hub as it fits a project.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildConfig } from '../../src/config/build.ts';
import { connectHub } from '../../src/backend/hub/index.ts';
import type { FineTuningBackend, TrainedModel } from '../../src/backend/port.ts';
import { LONG_ENOUGH_MS, startEmulator, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';
import { chatJsonl, qaPairs } from '../emulator/testing.ts';
import { recordingLog, staticCredential, virtualClock } from '../emulator/project/testing.ts';

trustEmulatorCertificate();

const REPO = 'octo-org/octo-repo';
const LABEL = 'foundry-finetune.repository';

describe('hub adapter against the emulated hub workspace', () => {
  let emu: Emulator;
  let dir: string;
  let backend: FineTuningBackend;
  const log = recordingLog();

  before(async () => {
    emu = await startEmulator({ project: false });
    dir = mkdtempSync(path.join(os.tmpdir(), 'ff-hub-'));
    writeFileSync(path.join(dir, 'train.jsonl'), chatJsonl(qaPairs(20)));
    const inputs: Record<string, string> = { ...emu.actionInputs(), 'model-name': 'support-bot' };
    const config = buildConfig({
      getInput: (n) => inputs[n] ?? '',
      readFile: () => undefined,
      root: dir,
      repository: REPO,
    });
    backend = connectHub({
      config,
      log,
      clock: virtualClock(emu),
      credential: staticCredential(emu),
      retry: { maxRetries: 3, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 },
      operationPollMs: 1000,
    });
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await emu?.stop();
  });

  async function train(key: string, lines: number): Promise<TrainedModel> {
    writeFileSync(path.join(dir, `${key}.jsonl`), chatJsonl(qaPairs(lines, key)));
    const data = await backend.uploadData({ training: path.join(dir, `${key}.jsonl`) }, { [LABEL]: REPO });
    const identity = { key, labels: { [LABEL]: REPO } };
    const found = await backend.findJob(identity);
    assert.equal(found.job, undefined);
    const job = await backend.submitJob({
      identity,
      attempt: found.nextAttempt,
      baseModel: 'Phi-4-mini-instruct',
      method: 'sft',
      data,
      hyperparameters: { epochs: 2 },
      outputModelName: 'support-bot',
    });
    assert.equal(job.id, `ff-${key}`);
    const done = await backend.followJob(job.id, { pollIntervalMs: LONG_ENOUGH_MS / 4 });
    assert.equal(done.job.phase, 'succeeded');
    return (await backend.resultModel(done.job))!;
  }

  it('trains, deploys a serverless endpoint, promotes, then archives the old production on the next promotion', async () => {
    const checks = await backend.preflight({ modelId: 'Phi-4-mini-instruct', method: 'sft' });
    assert.deepEqual(
      checks.filter((c) => c.status === 'failed'),
      [],
    );
    assert.equal(
      (await backend.preflight({ modelId: 'Phi-4-mini-instruct', method: 'dpo' })).at(-1)?.status,
      'failed',
    );
    const first = await train('aaaaaaaaaaa1', 20);
    assert.equal(first.stage, 'candidate');
    assert.equal(first.identityKey, 'aaaaaaaaaaa1');
    const deployment = await backend.deploy({ model: first, role: 'candidate' });
    assert.equal(deployment.state, 'ready');
    const creds = await backend.endpointCredentials(deployment);
    assert.ok(log.secrets.includes(creds.key));
    assert.ok((await backend.promote(first, { at: emu.clock.now(), metrics: { f1: 0.7 } })).promoted);
    const second = await train('aaaaaaaaaaa2', 21);
    const promotion = await backend.promote(second, { at: emu.clock.now() + 1000 });
    assert.equal(promotion.previous?.version, first.version);
    const state = await backend.registry({ [LABEL]: REPO });
    assert.equal(state.production?.version, second.version);
    assert.equal(state.models.find((m) => m.version === first.version)?.stage, 'archived');
    assert.equal(state.models.find((m) => m.version === first.version)?.metrics.f1, 0.7);
    const jobs = await backend.listJobs({ [LABEL]: REPO });
    assert.deepEqual(
      jobs.map((j) => j.id),
      ['ff-aaaaaaaaaaa2', 'ff-aaaaaaaaaaa1'],
    );
    assert.equal(await backend.deleteModel(first), true, 'its endpoint first, then the version');
    assert.equal((await backend.listDeployments()).length, 0);
  });
});
