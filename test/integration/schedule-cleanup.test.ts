/**
 * Issue 6's proof for `cleanup`, against the emulator: production and the N newest stay, endpoints are
 * deleted (and gone) before their model versions, a version whose endpoint could not be deleted is never
 * sent a DELETE, and `dry-run` sends no mutating request at all. Issue 14: by default the kept versions
 * that are not in production lose their endpoints (billed by the hour for nothing), and the summary
 * says what that saves.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LONG_ENOUGH_MS, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';
import type { RequestLogEntry } from '../emulator/index.ts';
import { arm, serverlessEndpoint } from '../emulator/testing.ts';
import { emulator, explain, REPOSITORY, repo, run } from './train-support.ts';

const NAME = 'support-bot-ft';
const REPO_TAG = 'foundry-finetune.repository';

interface Seed {
  version: string;
  stage: string;
  endpoint?: string;
  repository?: string;
  name?: string;
  metrics?: Record<string, string>;
}

/** Six versions of this repository's model, one of another repository, and a stray endpoint of ours. */
const SEEDS: Seed[] = [
  { version: '1', stage: 'archived', endpoint: 'ep-v1', metrics: { f1: '0.61' } },
  { version: '2', stage: 'production', endpoint: 'ep-v2', metrics: { f1: '0.74', exact_match: '0.42' } },
  { version: '3', stage: 'rejected', metrics: { f1: '0.55' } },
  { version: '4', stage: 'candidate', endpoint: 'ep-v4' },
  { version: '5', stage: 'candidate' },
  { version: '6', stage: 'candidate', endpoint: 'ep-v6' },
  { version: '7', stage: 'candidate', endpoint: 'ep-other-repo', repository: 'octo-org/other-bot' },
  { version: '1', stage: 'candidate', endpoint: 'ep-old-name', name: 'support-bot-old' },
];

function modelId(emu: Emulator, name: string, version: string): string {
  return `azureml://locations/${emu.location}/workspaces/${emu.workspaceId}/models/${name}/versions/${version}`;
}

async function seed(emu: Emulator): Promise<void> {
  for (const s of SEEDS) {
    const name = s.name ?? NAME;
    const tags: Record<string, string> = {
      [REPO_TAG]: s.repository ?? REPOSITORY,
      stage: s.stage,
      'foundry-finetune.dataset': `${s.version}`.repeat(64).slice(0, 64),
      ...Object.fromEntries(
        Object.entries(s.metrics ?? {}).map(([k, v]) => [`foundry-finetune.metric.${k}`, v]),
      ),
    };
    const put = await arm(emu, 'PUT', `models/${name}/versions/${s.version}`, {
      body: { properties: { modelUri: `azureml://jobs/seed-${s.version}/outputs/artifacts/model`, tags } },
    });
    assert.equal(put.status, 201, JSON.stringify(put.body));
    if (s.endpoint) {
      const body = {
        ...serverlessEndpoint(emu, modelId(emu, name, s.version)),
        tags: { [REPO_TAG]: tags[REPO_TAG]! },
      };
      const ep = await arm(emu, 'PUT', `serverlessEndpoints/${s.endpoint}`, { body });
      assert.equal(ep.status, 201, JSON.stringify(ep.body));
    }
  }
  emu.clock.advance(LONG_ENOUGH_MS);
  assert.ok(emu.endpoints().every((e) => e.provisioningState === 'Succeeded'));
}

const versionsOf = (emu: Emulator, name = NAME) =>
  emu
    .models()
    .filter((m) => m.name === name)
    .map((m) => m.version)
    .sort();
const endpointNames = (emu: Emulator) =>
  emu
    .endpoints()
    .map((e) => e.name)
    .sort();

/** The point at which Azure said an endpoint's deletion had finished (its operation status Succeeded). */
function endpointGoneAt(emu: Emulator, endpoint: string): number | undefined {
  const del = emu.requestLog
    .entries({ service: 'arm', method: 'DELETE', path: `/serverlessEndpoints/${endpoint}` })
    .find((e) => !e.fault && e.status === 202);
  // ServerlessEndpoints_Delete declares Location only: it answers 202 while deleting, then 200 or 204.
  const operation = del?.responseHeaders?.location;
  if (!operation) return undefined;
  const path = new URL(operation).pathname;
  return emu.requestLog
    .entries({ service: 'arm', method: 'GET', path })
    .find((e) => !e.fault && e.status !== undefined && e.status >= 200 && e.status < 300 && e.status !== 202)
    ?.seq;
}

describe('schedule: cleanup with a retention policy', () => {
  let emu: Emulator;
  let workspace: ReturnType<typeof repo>;
  /** The request log's last entry once the test's own writes are done. */
  let seeded = 0;
  const cleanup = (inputs: Record<string, string>) =>
    run(
      emu,
      workspace.dir,
      { command: 'cleanup', 'model-name': NAME, keep: '2', ...inputs },
      { eventName: 'schedule' },
    );
  const mutations = (from: number): RequestLogEntry[] =>
    emu.requestLog.entries({ service: 'arm' }).filter((e) => e.seq > from && e.method !== 'GET');
  const lastSeq = () => emu.requestLog.entries().at(-1)?.seq ?? 0;

  before(async () => {
    trustEmulatorCertificate();
    emu = await emulator({ timeScale: 0, azurite: false });
    workspace = repo();
    await seed(emu);
    seeded = lastSeq();
    // Endpoint deletions take 30 virtual seconds: let virtual time run while the action polls.
    emu.clock.setTimeScale(5000);
  });
  after(async () => {
    await emu.stop();
    workspace.cleanup();
  });

  it('dry-run lists what would go, with the idle cost, and sends no mutating request', async () => {
    const from = lastSeq();
    const r = await cleanup({ 'dry-run': 'true', 'endpoint-hourly-cost': '1.5' });
    assert.equal(r.code, 0, explain(r));
    assert.deepEqual(mutations(from), [], 'no PUT, POST, PATCH or DELETE reached ARM');
    assert.deepEqual(versionsOf(emu), ['1', '2', '3', '4', '5', '6', '7']);
    assert.equal(emu.endpoints().filter((e) => e.deleting).length, 0);

    assert.match(r.summary, /Cleanup \(dry run: nothing was changed\)/);
    assert.match(r.summary, /Dry run: would delete 3 model versions and 3 endpoints; nothing was changed\./);
    const row = (v: string) => r.summary.split('\n').find((l) => l.startsWith(`| \`${v}\` |`)) ?? '';
    // The model table appears once, with cleanup's column.
    assert.equal(r.summary.match(/#### Fine-tuned models/g)?.length, 1);
    assert.match(row('2'), /\*\*production\*\* .* 0\.740 \| 0\.420 \| `ep-v2` .*kept: in production/);
    assert.match(
      row('6'),
      /`ep-v6` \(would be deleted\) .*kept: one of the 2 newest; would delete its idle endpoint `ep-v6`/,
    );
    assert.match(row('5'), /kept: one of the 2 newest \|$/);
    assert.match(row('4'), /`ep-v4` .*would delete: not among the 2 newest \(endpoint first\)/);
    assert.match(row('3'), /rejected .*would delete/);
    assert.match(row('1'), /archived .*`ep-v1` .*would delete/);
    assert.equal(row('7'), '', "another repository's version is not listed");
    // What saving it would make, and what stays deployed: production's endpoint and the stray of another model name.
    assert.match(
      r.summary,
      /Deleting 3 serving endpoints \(`ep-v1`, `ep-v4`, `ep-v6`\): would save ≈ \*\*4\.50 an hour\*\* \(≈ 3285 a month at 730 h\)/,
    );
    assert.match(r.summary, /\| `ep-v2` \| `support-bot-ft:2` \| production \|/);
    assert.doesNotMatch(r.summary, /\| `ep-v6` \| `support-bot-ft:6` \| idle \|/);
    assert.match(
      r.summary,
      /\| `ep-old-name` \| `support-bot-old:1` \| idle \(outside `model-name`: left alone\) \|/,
    );
    assert.match(
      r.summary,
      /1 idle endpoint serves no production model .*≈ \*\*1\.50 an hour\*\* .*outside `model-name`, so cleanup leaves them alone/,
    );
  });

  it('a version whose endpoint cannot be deleted is kept, and never sent a DELETE; the step fails', async () => {
    const fault = emu.faults.add({
      service: 'arm',
      method: 'DELETE',
      path: '/serverlessEndpoints/ep-v4',
      times: Infinity,
      respond: { status: 409, body: { error: { code: 'Conflict', message: 'The endpoint is locked.' } } },
    });
    try {
      // `idle-endpoints: keep`: the endpoints of the versions that stay stay too (v6's).
      const r = await cleanup({ 'idle-endpoints': 'keep' });
      assert.equal(r.code, 1, explain(r));
      assert.deepEqual(versionsOf(emu), ['2', '4', '5', '6', '7'], 'v1 and v3 went; v4 stayed');
      assert.ok(endpointNames(emu).includes('ep-v6'));
      assert.match(r.summary, /leave endpoints of kept versions deployed \(`idle-endpoints: keep`\)/);
      assert.deepEqual(
        emu.requestLog.entries({ service: 'arm', method: 'DELETE', path: `/models/${NAME}/versions/4` }),
        [],
      );
      assert.match(
        r.summary,
        /Deleted 2 model versions and 1 endpoint; production v2 kept\. 1 deletion failed\./,
      );
      assert.match(r.summary, /not deleted: endpoint ep-v4 could not be deleted .*The endpoint is locked/);
      assert.ok(
        r.annotations.some((a) => a.level === 'error' && /ep-v4 could not be deleted/.test(a.message)),
      );
    } finally {
      fault.cancel();
    }
  });

  it('deletes endpoints first and waits until they are gone; production, its endpoint and other repositories stay', async () => {
    const r = await cleanup({ 'endpoint-hourly-cost': '1.5' });
    assert.equal(r.code, 0, explain(r));
    // v6 stays registered (one of the 2 newest) but its idle endpoint is gone: it billed by the hour.
    assert.deepEqual(versionsOf(emu), ['2', '5', '6', '7']);
    assert.deepEqual(versionsOf(emu, 'support-bot-old'), ['1']);
    assert.deepEqual(endpointNames(emu), ['ep-old-name', 'ep-other-repo', 'ep-v2']);
    assert.match(
      r.summary,
      /Deleted 1 model version and 2 endpoints; production v2 kept\. Saves ≈ 3\.00 an hour\./,
    );
    assert.match(
      r.summary,
      /Deleted 2 serving endpoints \(`ep-v4`, `ep-v6`\): saves ≈ \*\*3\.00 an hour\*\*/,
    );
    assert.match(r.summary, /kept: one of the 2 newest; deleted its idle endpoint `ep-v6`/);

    // Over both runs: every deleted version that was deployed lost its endpoint first, and Azure had
    // finished deleting the endpoint before the version's DELETE was sent.
    for (const [version, endpoint] of [
      ['1', 'ep-v1'],
      ['4', 'ep-v4'],
    ] as const) {
      const modelDelete = emu.requestLog
        .entries({ service: 'arm', method: 'DELETE', path: `/models/${NAME}/versions/${version}` })
        .filter((e) => !e.fault);
      assert.equal(modelDelete.length, 1, `one DELETE of v${version}`);
      const gone = endpointGoneAt(emu, endpoint);
      assert.ok(gone !== undefined, `the deletion of ${endpoint} was followed to the end`);
      assert.ok(gone < modelDelete[0]!.seq, `${endpoint} was gone before v${version} was deleted`);
      assert.equal(modelDelete[0]!.status, 200);
    }
    const modelDeletes = emu.requestLog.entries({ service: 'arm', method: 'DELETE', path: '/models/' });
    assert.ok(
      modelDeletes.every((e) => e.status !== 409),
      'no model was sent a DELETE while still deployed',
    );
    const touched = mutations(seeded).map((e) => e.path);
    for (const untouchable of [
      '/serverlessEndpoints/ep-v2',
      `/models/${NAME}/versions/2`,
      `/models/${NAME}/versions/7`,
      '/serverlessEndpoints/ep-other-repo',
      '/serverlessEndpoints/ep-old-name',
    ]) {
      assert.ok(!touched.some((p) => p.endsWith(untouchable)), `nothing was sent to ${untouchable}`);
    }
    const again = await cleanup({});
    assert.equal(again.code, 0, explain(again));
    assert.match(again.summary, /Nothing to delete \(production v2 kept\)\./);
  });
});
