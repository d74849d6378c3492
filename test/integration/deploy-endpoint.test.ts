import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../emulator/index.ts';
import { emulator, explain, repo, run } from './train-support.ts';

describe('deploy to a serverless endpoint', () => {
  let emu: Emulator;
  let workspace: ReturnType<typeof repo>;
  before(async () => {
    emu = await emulator({ timeScale: 5000 });
    workspace = repo();
  });
  after(async () => {
    await emu.stop();
    workspace.cleanup();
  });

  it('a push to main trains and deploys; the key is masked and no key or token leaks anywhere', async () => {
    const r = await run(emu, workspace.dir, { 'content-safety': 'disabled' });
    // `auto` goes on to evaluate and gate (other commands, judged by their own tests).
    assert.deepEqual(r.outputs.command!.split(',').slice(0, 2), ['train', 'deploy'], explain(r));
    assert.match(r.summary, /\| `train` \| ✅ passed/);
    assert.match(r.summary, /\| `deploy` \| ✅ passed/);
    const endpoints = emu.endpoints();
    assert.equal(endpoints.length, 1);
    const endpoint = endpoints[0]!;
    assert.equal(endpoint.provisioningState, 'Succeeded');
    assert.equal(endpoint.modelId, r.outputs['model-id']);
    assert.equal(r.outputs['endpoint-name'], endpoint.name);
    assert.equal(r.outputs['endpoint-url'], endpoint.url);

    const put = emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/serverlessEndpoints/' })[0]!;
    const body = put.body as { sku: { name: string }; properties: Record<string, unknown> };
    assert.deepEqual(body.properties.contentSafety, { contentSafetyStatus: 'Disabled' });
    assert.equal(body.sku.name, 'Consumption');
    assert.match(r.summary, /Deployed to a serverless endpoint/);
    assert.match(r.summary, /- \*\*Content safety:\*\* Disabled/);

    assert.ok(r.masked.includes(endpoint.keys.primaryKey), 'the key is masked as soon as it is read');
    const everything = r.everything();
    for (const secret of [
      endpoint.keys.primaryKey,
      endpoint.keys.secondaryKey,
      emu.blob.key,
      emu.oidc.requestToken,
    ]) {
      assert.ok(!everything.includes(secret), 'a secret leaked into the output, log, summary or report');
    }
    assert.doesNotMatch(
      everything,
      /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/,
      'no JWT (OIDC or access token) leaks',
    );
  });

  it('reuses the endpoint that already serves the model', async () => {
    const puts = emu.requestLog.entries({
      service: 'arm',
      method: 'PUT',
      path: '/serverlessEndpoints/',
    }).length;
    const r = await run(emu, workspace.dir, { command: 'deploy' });
    assert.equal(r.code, 0, explain(r));
    assert.equal(
      emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/serverlessEndpoints/' }).length,
      puts,
    );
    assert.equal(r.outputs['endpoint-name'], emu.endpoints()[0]!.name);
    assert.match(r.summary, /reused: it already served this model/);
    assert.match(r.summary, /the version trained at this commit/);
  });

  it('a failed provisioning fails the step with the service message and leaves nothing behind', async () => {
    const trained = await run(emu, workspace.dir, { command: 'train', epochs: '4' });
    assert.equal(trained.code, 0, explain(trained));
    emu.faults.failProvisioning({
      message: 'Capacity for the fine-tuned model is not available in eastus2 right now.',
    });
    const r = await run(emu, workspace.dir, { command: 'deploy' });
    assert.equal(r.code, 1, explain(r));
    assert.match(r.summary, /Capacity for the fine-tuned model is not available/);
    assert.match(r.summary, /was deleted, so nothing half-made is left behind/);
    assert.equal(r.outputs['endpoint-url'], undefined);
    const left = emu
      .endpoints()
      .filter((e) => e.modelId.endsWith(`/versions/${trained.outputs['model-version']}`));
    assert.deepEqual(
      left.filter((e) => !e.deleting),
      [],
    );

    const retry = await run(emu, workspace.dir, { command: 'deploy' });
    assert.equal(retry.code, 0, explain(retry));
    assert.ok(retry.outputs['endpoint-url']);
  });
});
