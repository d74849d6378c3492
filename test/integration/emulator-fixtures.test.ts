import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LONG_ENOUGH_MS, startEmulator, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';
import { arm, chatJsonl, qaPairs } from '../emulator/testing.ts';

trustEmulatorCertificate();

interface Fixture {
  operationId: string;
  apiVersion: string;
  source: string;
  request: { method: string; path: string; query: Record<string, string>; body?: unknown };
  response: { status: number; headers?: string[]; body?: unknown };
  dictionaries?: string[];
  notApplicable?: Record<string, string>;
  replayOrder?: number;
  file: string;
}

const ROOT = fileURLToPath(new URL('../fixtures/azure-api/', import.meta.url));

function loadFixtures(): Fixture[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(ROOT, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({
          ...(JSON.parse(readFileSync(join(ROOT, d.name, f), 'utf8')) as Fixture),
          file: `${d.name}/${f}`,
        })),
    )
    .sort((a, b) => (a.replayOrder ?? 0) - (b.replayOrder ?? 0) || a.file.localeCompare(b.file));
}

/** Every field of the example, with the same JSON type (rules in test/fixtures/azure-api/README.md). */
export function shapeProblems(
  expected: unknown,
  actual: unknown,
  fixture: Pick<Fixture, 'dictionaries' | 'notApplicable'>,
  path = '',
): string[] {
  if (fixture.notApplicable?.[path] !== undefined || expected === null) return [];
  const where = path || '(root)';
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${where}: expected an array, got ${kind(actual)}`];
    if (expected.length === 0) return [];
    return actual.flatMap((item) => shapeProblems(expected[0], item, fixture, `${path}[]`));
  }
  if (typeof expected === 'object') {
    if (kind(actual) !== 'object') return [`${where}: expected an object, got ${kind(actual)}`];
    const exp = expected as Record<string, unknown>;
    const act = actual as Record<string, unknown>;
    const keys = Object.keys(exp);
    if (fixture.dictionaries?.includes(path) || (keys.length === 1 && keys[0] === 'string')) {
      const template = Object.values(exp)[0];
      return template === undefined
        ? []
        : Object.entries(act).flatMap(([k, v]) => shapeProblems(template, v, fixture, `${path}.${k}`));
    }
    return keys.flatMap((key) => {
      const child = path ? `${path}.${key}` : key;
      if (fixture.notApplicable?.[child] !== undefined) return [];
      return key in act ? shapeProblems(exp[key], act[key], fixture, child) : [`${child}: missing`];
    });
  }
  return typeof expected === typeof actual
    ? []
    : [`${where}: expected ${typeof expected}, got ${kind(actual)}`];
}

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function fill(value: unknown, vars: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (m, name: string) => vars[name] ?? m);
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [fill(k, vars) as string, fill(v, vars)]),
    );
  return value;
}

describe('fixture replay: every example response shape (2025-12-01; jobs 2025-10-01-preview), answered by the emulator', () => {
  const fixtures = loadFixtures();
  let emu: Emulator;
  const vars: Record<string, string> = {};
  let inferenceKey = '';

  /** The resources the fixtures read, created the way a client would. */
  before(async () => {
    emu = await startEmulator({ azurite: false, pageSize: 1 });
    Object.assign(vars, {
      subscriptionId: emu.subscriptionId,
      resourceGroupName: emu.resourceGroup,
      workspaceName: emu.workspace,
      location: emu.location,
    });
    const byFile = new Map(fixtures.map((f) => [f.file, f]));
    const request = (file: string): Record<string, unknown> =>
      structuredClone(fill(byFile.get(file)!.request.body, vars)) as Record<string, unknown>;
    const ok = async (method: string, path: string, body: unknown): Promise<Record<string, unknown>> => {
      const r = await arm(emu, method, path, { body });
      assert.ok(r.status < 300, `${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };

    await emu.seedBlob('fixtures/train.jsonl', chatJsonl(qaPairs(12)));
    for (const version of ['1', '2'])
      await ok('PUT', `data/fixture-train/versions/${version}`, request('dataVersions/createOrUpdate.json'));
    for (const name of ['fixture-job-1', 'fixture-job-2']) {
      const body = request('jobs/createOrUpdate.json') as {
        properties: { outputs: { registered_model: { assetName: string } } };
      };
      body.properties.outputs.registered_model.assetName = 'fixture-model';
      await ok('PUT', `jobs/${name}`, body);
      emu.clock.advance(LONG_ENOUGH_MS);
    }
    await ok(
      'PUT',
      'marketplaceSubscriptions/fixture-sub',
      request('marketplaceSubscriptions/createOrUpdate.json'),
    );
    emu.clock.advance(LONG_ENOUGH_MS);
    for (const name of ['fixture-ep', 'fixture-ep-delete'])
      await ok('PUT', `serverlessEndpoints/${name}`, request('serverlessEndpoints/createOrUpdate.json'));
    const tuned = {
      location: emu.location,
      sku: { name: 'Consumption' },
      properties: {
        modelSettings: { modelId: emu.job('fixture-job-1')!.registeredModel!.id },
        authMode: 'Key',
      },
    };
    const ft = (await ok('PUT', 'serverlessEndpoints/fixture-ep-ft', tuned)) as {
      properties: { inferenceEndpoint: { uri: string } };
    };
    emu.clock.advance(LONG_ENOUGH_MS);
    vars.inferenceUri = ft.properties.inferenceEndpoint.uri;
    inferenceKey = (
      (await ok('POST', 'serverlessEndpoints/fixture-ep-ft/listKeys', undefined)) as { primaryKey: string }
    ).primaryKey;
    // Last, so that no clock advance finishes it before the cancel fixture runs.
    await ok('PUT', 'jobs/fixture-job-cancel', request('jobs/createOrUpdate.json'));
  });
  after(() => emu?.stop());

  it('has one fixture per operation the action calls', () => {
    assert.deepEqual(fixtures.map((f) => f.operationId).sort(), [
      'DataVersions_CreateOrUpdate',
      'DataVersions_Get',
      'DataVersions_List',
      'Datastores_Get',
      'Datastores_ListSecrets',
      'GetChatCompletions',
      'Jobs_Cancel',
      'Jobs_CreateOrUpdate',
      'Jobs_Get',
      'Jobs_List',
      'MarketplaceSubscriptions_CreateOrUpdate',
      'MarketplaceSubscriptions_Get',
      'ModelVersions_CreateOrUpdate',
      'ModelVersions_Delete',
      'ModelVersions_Get',
      'ModelVersions_List',
      'ServerlessEndpoints_CreateOrUpdate',
      'ServerlessEndpoints_Delete',
      'ServerlessEndpoints_Get',
      'ServerlessEndpoints_List',
      'ServerlessEndpoints_ListKeys',
      'Workspaces_Get',
    ]);
  });

  it('the shape check itself catches a missing field and a wrong type', () => {
    assert.deepEqual(shapeProblems({ a: 'x', b: { c: 1 } }, { b: { c: '1' } }, {}), [
      'a: missing',
      'b.c: expected number, got string',
    ]);
    assert.deepEqual(
      shapeProblems({ m: { string: { n: 1 } } }, { m: { k1: { n: 2 }, k2: { n: 'no' } } }, {}),
      ['m.k2.n: expected number, got string'],
    );
  });

  for (const fixture of fixtures) {
    it(`${fixture.operationId} (${fixture.file})`, async () => {
      const path = fill(fixture.request.path, vars) as string;
      const body = fill(fixture.request.body, vars);
      let status: number;
      let headers: Headers;
      let answer: unknown;
      if (path.startsWith('http://')) {
        const url = new URL(path);
        for (const [k, v] of Object.entries(fixture.request.query)) url.searchParams.set(k, v);
        const response = await fetch(url, {
          method: fixture.request.method,
          headers: {
            'content-type': 'application/json',
            'api-key': inferenceKey,
            authorization: `Bearer ${inferenceKey}`,
          },
          body: JSON.stringify(body),
        });
        status = response.status;
        headers = response.headers;
        answer = await response.json();
      } else {
        const result = await arm(emu, fixture.request.method, path, { body, query: fixture.request.query });
        ({ status, headers } = result);
        answer = result.body;
      }
      assert.equal(status, fixture.response.status, JSON.stringify(answer));
      for (const name of fixture.response.headers ?? [])
        assert.ok(headers.get(name), `header ${name} present`);
      if (fixture.response.body !== undefined)
        assert.deepEqual(shapeProblems(fixture.response.body, answer, fixture), []);
    });
  }
});
