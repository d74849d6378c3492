import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EndpointResource, ModelVersionResource } from '../../src/foundry/types.ts';
import { buildInventory, metricsFromTags, type ModelEntry } from '../../src/lifecycle/inventory.ts';
import {
  DAY_MS,
  hostingAfter,
  planRetention,
  strayEndpoints,
  type RetentionPlan,
} from '../../src/lifecycle/retention.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const NAME = 'support-bot-ft';
const REPO = 'octo-org/support-bot';
const idOf = (v: string) => `azureml://locations/eastus2/workspaces/wsid/models/${NAME}/versions/${v}`;

function version(v: string, stage: string, daysOld: number, extra: Record<string, string> = {}) {
  return {
    id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/models/${NAME}/versions/${v}`,
    name: v,
    properties: { tags: { 'foundry-finetune.repository': REPO, ...(stage ? { stage } : {}), ...extra } },
    systemData: { createdAt: new Date(NOW - daysOld * DAY_MS).toISOString() },
  } satisfies ModelVersionResource;
}

function endpoint(name: string, modelVersion: string, state = 'Succeeded', tags?: Record<string, string>) {
  return {
    name,
    tags,
    properties: { modelSettings: { modelId: idOf(modelVersion) }, provisioningState: state },
  } satisfies EndpointResource;
}

function inventory(versions: ModelVersionResource[], endpoints: EndpointResource[] = []): ModelEntry[] {
  return buildInventory(NAME, versions, endpoints, idOf);
}

const actions = (plan: RetentionPlan) =>
  Object.fromEntries(plan.decisions.map((d) => [d.entry.version, d.action]));

describe('retention: which versions cleanup removes', () => {
  it('keeps production and the N newest others; archived and rejected count like any other', () => {
    const entries = inventory([
      version('1', 'archived', 20),
      version('2', 'production', 15),
      version('3', 'rejected', 10),
      version('4', 'candidate', 5),
      version('5', 'candidate', 2),
      version('6', 'rejected', 1),
    ]);
    const plan = planRetention(entries, { keep: 2, now: NOW });
    assert.deepEqual(actions(plan), {
      '6': 'keep',
      '5': 'keep',
      '4': 'remove',
      '3': 'remove',
      '2': 'keep',
      '1': 'remove',
    });
    assert.deepEqual(
      plan.remove.map((e) => e.version),
      ['4', '3', '1'],
    );
    assert.match(plan.decisions.find((d) => d.entry.version === '2')!.reason, /production/);
    assert.match(plan.decisions.find((d) => d.entry.version === '4')!.reason, /not among the 2 newest/);
  });

  it('orders by version number, not by text or by the order the registry listed them in', () => {
    const entries = inventory([
      version('10', 'candidate', 1),
      version('9', 'candidate', 2),
      version('11', 'candidate', 0.5),
      version('2', 'candidate', 30),
    ]);
    assert.deepEqual(
      entries.map((e) => e.version),
      ['11', '10', '9', '2'],
    );
    const plan = planRetention([...entries].reverse(), { keep: 2, now: NOW });
    assert.deepEqual(
      plan.remove.map((e) => e.version),
      ['9', '2'],
    );
  });

  it('max-age removes old versions even among the newest, never production, never an unknown age', () => {
    const noDate = { ...version('4', 'candidate', 0), systemData: {} };
    const entries = inventory([
      version('1', 'production', 90),
      version('2', 'candidate', 40),
      version('3', 'candidate', 31),
      noDate,
      version('5', 'candidate', 29),
    ]);
    const plan = planRetention(entries, { keep: 10, maxAgeDays: 30, now: NOW });
    assert.deepEqual(actions(plan), { '5': 'keep', '4': 'keep', '3': 'remove', '2': 'remove', '1': 'keep' });
    assert.match(
      plan.decisions.find((d) => d.entry.version === '3')!.reason,
      /older than max-age \(30 days\)/,
    );
    // Versions removed for their age do not use up a place among the `keep` newest.
    const tight = planRetention(entries, { keep: 1, maxAgeDays: 30, now: NOW });
    assert.deepEqual(actions(tight), {
      '5': 'keep',
      '4': 'remove',
      '3': 'remove',
      '2': 'remove',
      '1': 'keep',
    });
  });

  it('keep 0 removes every version but production; production is kept however old or many', () => {
    const entries = inventory([
      version('1', 'production', 400),
      version('2', 'production', 300),
      version('3', 'candidate', 1),
    ]);
    const plan = planRetention(entries, { keep: 0, maxAgeDays: 1, now: NOW });
    assert.deepEqual(
      plan.remove.map((e) => e.version),
      ['3'],
    );
    assert.match(plan.decisions.find((d) => d.entry.version === '3')!.reason, /keep: 0/);
  });

  it("lists the endpoints of removed versions (to delete first) and never production's", () => {
    const entries = inventory(
      [version('1', 'archived', 9), version('2', 'production', 5), version('3', 'candidate', 1)],
      [
        endpoint('ep-v1', '1'),
        endpoint('ep-v1-failed', '1', 'Failed'),
        endpoint('ep-v2', '2'),
        endpoint('ep-v3', '3'),
        endpoint('other-model', 'x'),
      ],
    );
    const plan = planRetention(entries, { keep: 0, now: NOW });
    assert.deepEqual(plan.endpoints, [
      { endpoint: 'ep-v3', version: '3' },
      { endpoint: 'ep-v1', version: '1' },
      { endpoint: 'ep-v1-failed', version: '1' },
    ]);
    assert.ok(!plan.endpoints.some((e) => e.endpoint === 'ep-v2'));
  });

  it('matches endpoints to versions by model id without regard to case', () => {
    const entries = inventory(
      [version('7', 'candidate', 1)],
      [
        {
          name: 'ep-upper',
          properties: { modelSettings: { modelId: idOf('7').toUpperCase() }, provisioningState: 'Succeeded' },
        },
      ],
    );
    assert.deepEqual(entries[0]!.endpoints, [{ name: 'ep-upper', state: 'Succeeded' }]);
  });

  it('reads metric tags as numbers and ignores what is not one', () => {
    assert.deepEqual(
      metricsFromTags({
        'foundry-finetune.metric.f1': '0.8123',
        'foundry-finetune.metric.latency_p95_ms': '812',
        'foundry-finetune.metric.bad': 'n/a',
        'foundry-finetune.metric.empty': '',
        'foundry-finetune.dataset': 'abc',
      }),
      { f1: 0.8123, latency_p95_ms: 812 },
    );
  });
});

describe('retention: what stays deployed and what it costs', () => {
  const entries = inventory(
    [version('1', 'archived', 9), version('2', 'production', 5), version('3', 'candidate', 1)],
    [
      endpoint('ep-v1', '1'),
      endpoint('ep-v2', '2'),
      endpoint('ep-v3', '3'),
      endpoint('ep-v3-gone', '3', 'Failed'),
    ],
  );

  it('counts the endpoints of non-production versions left deployed as idle, priced per hour and month', () => {
    const report = hostingAfter(entries, new Set(['ep-v1']), [], 1.25);
    assert.deepEqual(
      report.idle.map((e) => e.name),
      ['ep-v3'],
    );
    assert.deepEqual(
      report.production.map((e) => e.name),
      ['ep-v2'],
    );
    assert.equal(report.idleHourlyCost, 1.25);
    assert.equal(report.idleMonthlyCost, 1.25 * 730);
  });

  it('without a price it counts only', () => {
    const report = hostingAfter(entries, new Set(), []);
    assert.equal(report.idle.length, 2);
    assert.equal(report.idleHourlyCost, undefined);
  });

  it("reports this repository's endpoints that serve something outside the inventory, and only those", () => {
    const all = [
      endpoint('ep-v2', '2', 'Succeeded', { 'foundry-finetune.repository': REPO }),
      endpoint('old-name-ep', '1', 'Succeeded', { 'foundry-finetune.repository': REPO.toUpperCase() }),
      endpoint('someone-elses', '1', 'Succeeded', { 'foundry-finetune.repository': 'octo-org/other' }),
      endpoint('untagged', '1'),
    ];
    // The inventory knows ep-v2; the other three are outside it.
    const known = inventory([version('2', 'production', 5)], [all[0]!]);
    const strays = strayEndpoints(all, known, REPO, 'foundry-finetune.repository');
    assert.deepEqual(
      strays.map((e) => e.name),
      ['old-name-ep'],
    );
    const report = hostingAfter(known, new Set(), strays, 2);
    assert.deepEqual(report.idle, [
      { name: 'old-name-ep', state: 'Succeeded', model: `${NAME}:1`, production: false, stray: true },
    ]);
    assert.equal(report.idleHourlyCost, 2);
  });
});
