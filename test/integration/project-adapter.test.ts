/**
 * The project adapter (src/backend/project) against the emulated Foundry resource, in process: the real
 * `openai` client and the real ARM pipeline over https, the emulator's virtual clock as the adapter's clock.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ClientSecretCredential } from '@azure/identity';
import { connectProject, type ProjectBackendOptions } from '../../src/backend/project/index.ts';
import { LABELS } from '../../src/backend/project/names.ts';
import type { FineTuningBackend, TrainedModel, TrainingIdentityRef } from '../../src/backend/port.ts';
import { FoundryError } from '../../src/foundry/errors.ts';
import {
  ALL_ACTIONS,
  startEmulator,
  trustEmulatorCertificate,
  without,
  type Emulator,
} from '../emulator/index.ts';
import { chatJsonl, qaPairs } from '../emulator/testing.ts';
import { DEFAULT_PROJECT_TIMINGS } from '../emulator/project/index.ts';
import {
  dpoJsonl,
  recordingLog,
  staticCredential,
  virtualClock,
  type Loose,
} from '../emulator/project/testing.ts';

trustEmulatorCertificate();

const REPO = 'octo-org/octo-repo';
const SECRET = 'project-adapter-secret-01';
const FAST_RETRY = { maxRetries: 4, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };

describe('project adapter against the emulated Foundry resource', () => {
  let emu: Emulator;
  let dir: string;
  let sft: string;
  let dpo: string;
  let log: ReturnType<typeof recordingLog>;

  const connect = (extra: Partial<ProjectBackendOptions> = {}): FineTuningBackend =>
    connectProject({
      endpoint: emu.project!.endpoint,
      account: emu.project!.account,
      subscriptionId: emu.subscriptionId,
      resourceGroup: emu.resourceGroup,
      armEndpoint: emu.armUrl,
      credential: staticCredential(emu),
      tier: 'standard',
      log,
      clock: virtualClock(emu),
      retry: FAST_RETRY,
      pollIntervalMs: 5000,
      ...extra,
    });
  const identity = (key: string): TrainingIdentityRef => ({
    key,
    labels: { [LABELS.repository]: REPO, 'foundry-finetune.dataset': `sha-${key}` },
  });

  /** Upload, submit, follow to the end: the model a succeeded job produced. */
  async function trained(backend: FineTuningBackend, key: string, file = sft): Promise<TrainedModel> {
    const data = await backend.uploadData({ training: file });
    const id = identity(key);
    const found = await backend.findJob(id);
    const job =
      found.job ??
      (await backend.submitJob({
        identity: id,
        attempt: found.nextAttempt,
        baseModel: 'gpt-4.1-mini',
        method: 'sft',
        data,
        hyperparameters: { epochs: 2 },
        outputModelName: 'support-bot',
      }));
    const followed = await backend.followJob(job.id, { pollIntervalMs: 60_000 });
    assert.equal(followed.job.phase, 'succeeded');
    return (await backend.resultModel(followed.job))!;
  }

  before(async () => {
    emu = await startEmulator({ azurite: false, clientSecret: SECRET });
    dir = mkdtempSync(path.join(os.tmpdir(), 'ff-project-'));
    sft = path.join(dir, 'train.jsonl');
    dpo = path.join(dir, 'dpo.jsonl');
    writeFileSync(sft, chatJsonl(qaPairs(20)));
    writeFileSync(dpo, dpoJsonl(12));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await emu?.stop();
  });
  beforeEach(() => {
    log = recordingLog();
    emu.faults.clear();
  });

  it('trains, deploys a Developer-tier candidate, answers chat through it, and promotes it to a Standard deployment', async () => {
    const backend = connect();
    const checks = await backend.preflight({ modelId: 'gpt-4.1-mini', method: 'sft' });
    assert.deepEqual(
      checks.filter((c) => c.status === 'failed'),
      [],
    );
    const model = await trained(backend, 'a00000000001');
    assert.equal(model.stage, 'candidate');
    const candidate = await backend.deploy({ model, role: 'candidate' });
    assert.equal(candidate.sku, 'DeveloperTier');
    assert.ok(candidate.expiresAt! - candidate.createdAt! === DEFAULT_PROJECT_TIMINGS.developerLifetimeMs);
    const creds = await backend.endpointCredentials(candidate);
    assert.ok(log.secrets.includes(creds.key), 'the key is masked before it is returned');
    const [question, answer] = qaPairs(1)[0]!;
    const chat = await fetch(`${creds.url}/chat/completions`, {
      method: 'POST',
      headers: { 'api-key': creds.key, 'content-type': 'application/json' },
      body: JSON.stringify({ model: creds.model, messages: [{ role: 'user', content: question }] }),
    });
    assert.equal(
      ((await chat.json()) as { choices: { message: { content: string } }[] }).choices[0]!.message.content,
      answer,
    );
    const promotion = await backend.promote(model, {
      at: emu.clock.now(),
      metrics: { f1: 0.9 },
      by: 'https://github.com/run/1',
    });
    assert.ok(promotion.promoted);
    const production = emu.project!.deployments().find((d) => d.tags[LABELS.stage] === 'production')!;
    assert.equal(
      production.sku,
      'Standard',
      'northcentralus hosts Standard deployments of gpt-4.1-mini (D-STDREG)',
    );
    const state = await backend.registry({ [LABELS.repository]: REPO });
    assert.equal(state.production?.id, model.id);
    assert.equal(state.production?.metrics.f1, 0.9);
    assert.equal(
      (await backend.promote(model, { at: emu.clock.now() })).promoted,
      false,
      'promoting twice changes nothing',
    );
    const metrics = await backend.trainingMetrics((await backend.getJob(model.jobId!))!);
    assert.equal(metrics?.trainingLossKey, 'train_loss');
    assert.equal(metrics?.training.length, 2);
  });

  it('a create whose answer is lost finds the job the service created instead of submitting a second one', async () => {
    let dropped = 0;
    const dropFirstCreate: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && /\/fine_tuning\/jobs$/.test(String(input)) && dropped++ === 0) {
        await response.arrayBuffer();
        throw new TypeError('fetch failed: other side closed'); // the service acted; the answer never arrived
      }
      return response;
    };
    const backend = connect({ fetch: dropFirstCreate });
    const data = await backend.uploadData({ training: sft });
    const before = emu.project!.jobs().length;
    emu.requestLog.clear();
    const job = await backend.submitJob({
      identity: identity('b00000000001'),
      attempt: 1,
      baseModel: 'gpt-4.1-mini',
      method: 'sft',
      data,
      hyperparameters: {},
      outputModelName: 'support-bot',
    });
    const created = emu.project!.jobs().filter((j) => j.metadata[LABELS.identity] === 'b00000000001');
    assert.equal(created.length, 1);
    assert.equal(emu.project!.jobs().length, before + 1);
    assert.equal(job.id, created[0]!.id);
    assert.equal(
      emu.requestLog.entries({ service: 'foundry', method: 'POST', path: '/fine_tuning/jobs' }).length,
      1,
      'sent once',
    );
    assert.ok(log.lines.some((l) => /exists although its submission reported an error/.test(l)));
  });

  it('a create refused with 500 or 409 is looked for first, then sent again once: never twice by the client', async () => {
    const backend = connect();
    const data = await backend.uploadData({ training: sft });
    for (const [status, key] of [
      [500, 'c00000000001'],
      [409, 'c00000000002'],
    ] as const) {
      emu.faults.add({
        service: 'foundry',
        method: 'POST',
        path: /\/fine_tuning\/jobs$/,
        respond: { status },
      });
      emu.requestLog.clear();
      await backend.submitJob({
        identity: identity(key),
        attempt: 1,
        baseModel: 'gpt-4.1-mini',
        method: 'sft',
        data,
        hyperparameters: {},
        outputModelName: 'x',
      });
      const calls = emu.requestLog
        .calls({ service: 'foundry', path: '/fine_tuning/jobs' })
        .map((c) => c.replace(/\/api\/projects\/[^/]+/, ''));
      assert.deepEqual(
        calls.filter((c) => c.startsWith('POST')),
        ['POST /openai/v1/fine_tuning/jobs', 'POST /openai/v1/fine_tuning/jobs'],
        `HTTP ${status}`,
      );
      assert.ok(calls.indexOf('GET /openai/v1/fine_tuning/jobs') > 0, 'looked before sending again');
      assert.equal(emu.project!.jobs().filter((j) => j.metadata[LABELS.identity] === key).length, 1);
    }
    emu.faults.add({
      service: 'foundry',
      method: 'POST',
      path: /\/fine_tuning\/jobs$/,
      respond: { status: 400 },
    });
    await assert.rejects(
      backend.submitJob({
        identity: identity('c00000000003'),
        attempt: 1,
        baseModel: 'gpt-4.1-mini',
        method: 'sft',
        data,
        hyperparameters: {},
        outputModelName: 'x',
      }),
      (e: unknown) => e instanceof FoundryError && e.status === 400,
      'a 400 is the answer: not retried',
    );
  });

  it('an upload retried after a lost answer, or run again, never stores the same content twice', async () => {
    const other = path.join(dir, 'other.jsonl');
    writeFileSync(other, chatJsonl(qaPairs(15, 'u')));
    let dropped = 0;
    const dropFirstUpload: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && /\/files$/.test(String(input)) && dropped++ === 0) {
        await response.arrayBuffer();
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const first = await connect({ fetch: dropFirstUpload }).uploadData({ training: other });
    const again = await connect().uploadData({ training: other });
    const stored = emu.project!.files().filter((f) => f.filename === first.training.name);
    assert.equal(stored.length, 1);
    assert.equal(again.training.ref, first.training.ref);
    assert.equal(again.training.uploaded, false);
    assert.equal(stored[0]!.status, 'processed', 'the adapter waited for processing');
  });

  it('submits DPO with beta under method.dpo.hyperparameters and the Global tier as trainingType, and it trains', async () => {
    const backend = connect({ tier: 'global' });
    assert.equal(
      (await backend.preflight({ modelId: 'gpt-4o-mini', method: 'dpo', tier: 'global' })).find(
        (c) => c.id === 'tier',
      )?.status,
      'failed',
    );
    const data = await backend.uploadData({ training: dpo, validation: dpo });
    const job = await backend.submitJob({
      identity: identity('d00000000001'),
      attempt: 1,
      baseModel: 'gpt-4.1',
      method: 'dpo',
      data,
      hyperparameters: { beta: 0.2, epochs: 1 },
      outputModelName: 'support-bot',
    });
    const body = emu.project!.jobs().find((j) => j.id === job.id)!.body as Loose;
    assert.equal(body.model, 'gpt-4.1-2025-04-14');
    assert.deepEqual(body.method, { type: 'dpo', dpo: { hyperparameters: { n_epochs: 1, beta: 0.2 } } });
    assert.equal(body.trainingType, 'GlobalStandard');
    assert.equal(body.suffix, 'ff-d00000000001');
    assert.equal(job.method, 'dpo');
    const done = await backend.followJob(job.id, { pollIntervalMs: 60_000 });
    assert.equal(done.job.status, 'succeeded');
    assert.equal(done.job.tier, 'global');
  });

  it('a Developer-tier candidate disappears after 24 h; the registry keeps the model a candidate and deploy makes a new one', async () => {
    const backend = connect();
    const model = await trained(backend, 'e00000000001');
    const deployment = await backend.deploy({ model, role: 'candidate' });
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.developerLifetimeMs);
    assert.equal(await backend.getDeployment(deployment.name), undefined);
    assert.ok(emu.project!.expired().includes(deployment.name));
    const state = await backend.registry({ [LABELS.repository]: REPO });
    assert.equal(state.models.find((m) => m.id === model.id)?.stage, 'candidate');
    const again = await backend.deploy({ model, role: 'candidate' });
    assert.equal(again.name, deployment.name);
    assert.equal(again.state, 'ready');
  });

  it('a promotion interrupted after the new production deployment is visible, and repairRegistry finishes it', async () => {
    const backend = connect();
    const first = (await backend.registry({ [LABELS.repository]: REPO })).production!;
    const next = await trained(backend, 'f00000000001');
    // The run dies right after the new production deployment exists: the retag of the old one never happens.
    emu.faults.add({
      service: 'arm',
      method: 'PATCH',
      path: /\/deployments\//,
      respond: { status: 400, body: { error: { code: 'RunnerGone', message: 'the runner stopped' } } },
      times: Infinity,
    });
    await assert.rejects(backend.promote(next, { at: emu.clock.now() }), /RunnerGone/);
    emu.faults.clear();
    const half = await backend.registry({ [LABELS.repository]: REPO });
    assert.ok(half.incomplete, 'the half-done promotion is reported');
    assert.deepEqual(half.incomplete!.models.sort(), [first.id, next.id].sort());
    assert.equal(half.production?.id, next.id, 'the one promoted last counts');
    assert.equal(await backend.repairRegistry({ [LABELS.repository]: REPO }), true);
    const repaired = await backend.registry({ [LABELS.repository]: REPO });
    assert.equal(repaired.incomplete, undefined);
    assert.equal(repaired.models.find((m) => m.id === first.id)?.stage, 'archived');
    assert.equal(repaired.production?.id, next.id);
    assert.equal(
      await backend.repairRegistry({ [LABELS.repository]: REPO }),
      false,
      'nothing left to repair',
    );
  });

  it('a rejection outlives the Developer deployment: the production deployment remembers the identity', async () => {
    const backend = connect();
    const model = await trained(backend, 'g00000000001');
    await backend.deploy({ model, role: 'candidate' });
    const result = await backend.reject(model, { at: emu.clock.now(), metrics: { f1: 0.1 } });
    assert.ok(result.recorded);
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.developerLifetimeMs);
    const state = await backend.registry({ [LABELS.repository]: REPO });
    assert.equal(state.models.find((m) => m.id === model.id)?.stage, 'rejected');
  });

  it("cleanup deletes a model's deployments and waits until they are gone; pause and resume reach the service", async () => {
    const backend = connect();
    const model = await trained(backend, 'h00000000001');
    await backend.deploy({ model, role: 'candidate' });
    assert.equal(await backend.deleteModel(model), false, 'the fine-tuned model itself stays');
    assert.equal((await backend.listDeployments()).filter((d) => d.modelId === model.id).length, 0);
    const data = await backend.uploadData({ training: sft });
    const job = await backend.submitJob({
      identity: identity('h00000000002'),
      attempt: 1,
      baseModel: 'gpt-4.1-mini',
      method: 'sft',
      data,
      hyperparameters: {},
      outputModelName: 'x',
    });
    emu.clock.advance(DEFAULT_PROJECT_TIMINGS.jobQueuedMs + 60_000);
    assert.equal((await backend.pauseJob!(job.id)).status, 'paused');
    assert.equal((await backend.resumeJob!(job.id)).status, 'resuming');
    await backend.cancelJob(job.id);
    assert.equal((await backend.getJob(job.id))?.phase, 'canceled');
    const found = await backend.findJob(identity('h00000000002'));
    assert.equal(found.job, undefined);
    assert.equal(found.nextAttempt, 2, 'after a cancelled attempt comes attempt 2');
  });

  it("the emulator fault hooks reach the project: a scripted job failure and a failed provisioning, in the service's words", async () => {
    const backend = connect();
    emu.faults.failJob({
      name: 'ff-i00000000001',
      message: 'Training capacity is exhausted in this region.',
    });
    const data = await backend.uploadData({ training: sft });
    const job = await backend.submitJob({
      identity: identity('i00000000001'),
      attempt: 1,
      baseModel: 'gpt-4.1-mini',
      method: 'sft',
      data,
      hyperparameters: {},
      outputModelName: 'x',
    });
    const ended = await backend.followJob(job.id, { pollIntervalMs: 60_000 });
    assert.equal(ended.job.phase, 'failed');
    assert.match((await backend.jobFailure(ended.job))!, /Training capacity is exhausted/);
    assert.equal((await backend.findJob(identity('i00000000001'))).nextAttempt, 2);

    const model = await trained(backend, 'i00000000002');
    emu.faults.failProvisioning({ name: 'ff-i00000000002-c', message: 'No capacity for DeveloperTier.' });
    await assert.rejects(backend.deploy({ model, role: 'candidate' }), /provisioning ended in state Failed/);
    const again = await backend.deploy({ model, role: 'candidate' });
    assert.equal(again.state, 'ready', 'a failed deployment is deleted and made again');
    emu.faults.add({
      service: 'foundry',
      method: 'GET',
      path: /\/fine_tuning\/jobs\//,
      respond: { status: 503, retryAfter: 1 },
      times: 2,
    });
    assert.equal((await backend.getJob(job.id))?.phase, 'failed', 'reads retry a 503');
  });

  it('names the training role when the data plane refuses, and the deploying role when ARM does', async () => {
    const backend = connect();
    emu.project!.settings.dataActions = [];
    emu.settings.permissions = [
      without(ALL_ACTIONS, 'Microsoft.CognitiveServices/accounts/deployments/write'),
    ];
    try {
      const checks = await backend.preflight({ modelId: 'gpt-4.1-mini', method: 'sft' });
      const training = checks.find((c) => c.id === 'training-role')!;
      assert.equal(training.status, 'failed');
      assert.match(training.fix!, /Foundry User/);
      const deploying = checks.find((c) => c.id === 'deploy-role')!;
      assert.equal(deploying.status, 'failed');
      assert.match(deploying.fix!, /Foundry Owner/);
      emu.project!.settings.dataActions = ['*'];
      const model = (await backend.registry({ [LABELS.repository]: REPO })).models[0]!;
      await assert.rejects(
        backend.deploy({ model, role: 'production', name: 'ff-denied-p' }),
        /Foundry Owner/,
      );
    } finally {
      emu.project!.settings.dataActions = ['*'];
      emu.settings.permissions = [ALL_ACTIONS];
    }
  });

  it('signs in to the data plane with Entra for https://ai.azure.com/.default; a wrong scope is named in the error', async () => {
    const credential = new ClientSecretCredential(emu.tenantId, emu.clientId, SECRET, {
      authorityHost: emu.authorityHost,
      disableInstanceDiscovery: true,
    });
    const good = connect({ credential });
    assert.ok((await good.listJobs({ [LABELS.repository]: REPO })).length > 0);
    const wrong = connect({ credential, scope: 'https://management.azure.com/.default' });
    await assert.rejects(
      wrong.listJobs(),
      (e: unknown) =>
        e instanceof FoundryError && e.status === 401 && /ai\.azure\.com\/\.default/.test(e.message),
    );
  });
});
