import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';
import { arm, chat, chatJsonl, fineTuningJob, qaPairs, serverlessEndpoint } from '../emulator/testing.ts';

trustEmulatorCertificate();

describe('emulator fault injection on ARM', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ azurite: false });
  });
  after(() => emu?.stop());

  it('throttles with 429 TooManyRequests and Retry-After, then answers normally', async () => {
    emu.faults.add({
      service: 'arm',
      method: 'PUT',
      path: /\/jobs\//,
      times: 2,
      respond: { status: 429, retryAfter: 3 },
    });
    const trainingUri = await emu.seedBlob('t.jsonl', chatJsonl(qaPairs(10)));
    for (let i = 0; i < 2; i++) {
      const throttled = await arm<{ error: { code: string; message: string } }>(
        emu,
        'PUT',
        'jobs/throttled',
        { body: fineTuningJob({ trainingUri }) },
      );
      assert.equal(throttled.status, 429);
      assert.equal(throttled.headers.get('retry-after'), '3');
      assert.equal(throttled.body.error.code, 'TooManyRequests');
      assert.match(throttled.body.error.message, /retry after 3 seconds/);
    }
    assert.equal(
      (await arm(emu, 'PUT', 'jobs/throttled', { body: fineTuningJob({ trainingUri }) })).status,
      201,
    );
    assert.equal(
      emu.jobs().filter((j) => j.name === 'throttled').length,
      1,
      'throttled PUTs created nothing',
    );
  });

  it('answers 500 and 503 with ARM error bodies', async () => {
    emu.faults.add({ service: 'arm', method: 'GET', path: /\/workspaces\/[^/]+$/, respond: { status: 500 } });
    emu.faults.add({
      service: 'arm',
      method: 'GET',
      path: /\/workspaces\/[^/]+$/,
      respond: { status: 503, retryAfter: 1 },
    });
    const first = await arm<{ error: { code: string } }>(emu, 'GET', '');
    assert.equal(first.status, 500);
    assert.equal(first.body.error.code, 'InternalServerError');
    const second = await arm<{ error: { code: string } }>(emu, 'GET', '');
    assert.equal(second.status, 503);
    assert.equal(second.body.error.code, 'ServiceUnavailable');
    assert.equal((await arm(emu, 'GET', '')).status, 200);
  });

  it('drops the connection, or answers late', async () => {
    emu.faults.add({ service: 'arm', path: '/serverlessEndpoints', respond: 'reset' });
    await assert.rejects(
      arm(emu, 'GET', 'serverlessEndpoints'),
      (error: Error & { cause?: { code?: string } }) => {
        assert.match(error.message, /fetch failed/);
        assert.ok(
          ['ECONNRESET', 'UND_ERR_SOCKET'].includes(error.cause?.code ?? ''),
          `socket error, got ${error.cause?.code}`,
        );
        return true;
      },
    );
    emu.faults.add({ service: 'arm', path: '/serverlessEndpoints', respond: { delayMs: 150 } });
    const start = performance.now();
    assert.equal((await arm(emu, 'GET', 'serverlessEndpoints')).status, 200);
    assert.ok(performance.now() - start >= 140);
  });

  it('fails a seeded share of requests at random, the same way on every run', async () => {
    const run = async (): Promise<number[]> => {
      emu.faults.clear();
      emu.faults.randomize({
        service: 'arm',
        rate: 0.4,
        seed: 'stable',
        kinds: ['429', '500', '503'],
        retryAfter: 0,
      });
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) statuses.push((await arm(emu, 'GET', 'jobs')).status);
      emu.faults.clear();
      return statuses;
    };
    const a = await run();
    assert.deepEqual(a, await run());
    assert.ok(a.some((s) => s !== 200) && a.some((s) => s === 200));
  });
});

describe('emulator request log', () => {
  let emu: Emulator;
  before(async () => {
    emu = await startEmulator({ azurite: false });
  });
  after(() => emu?.stop());

  it('records what was called, in order, with bodies and statuses, and no secrets', async () => {
    emu.requestLog.clear();
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: emu.clientId,
      scope: 'https://management.azure.com/.default',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: emu.oidc.mint(),
    });
    const idToken = (await (
      await fetch(`${emu.oidc.requestUrl}&audience=api://AzureADTokenExchange`, {
        headers: { authorization: `Bearer ${emu.oidc.requestToken}` },
      })
    ).json()) as { value: string };
    const tokenResponse = (await (
      await fetch(`${emu.authorityHost}/${emu.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: form })
    ).json()) as { access_token: string };
    const secrets = await arm<{ key: string }>(emu, 'POST', 'datastores/workspaceblobstore/listSecrets', {
      token: tokenResponse.access_token,
    });
    const endpoint = await arm(emu, 'PUT', 'serverlessEndpoints/ep-log', {
      body: serverlessEndpoint(emu, 'azureml://registries/azureml/models/Phi-4-mini-instruct'),
    });
    assert.equal(endpoint.status, 201);
    const keys = await arm<{ primaryKey: string; secondaryKey: string }>(
      emu,
      'POST',
      'serverlessEndpoints/ep-log/listKeys',
    );
    emu.clock.advance(600_000);
    const uri = `${emu.inferenceUrl}/serverless/ep-log`;
    assert.equal((await chat(uri, keys.body.primaryKey, [{ role: 'user', content: 'hi' }])).status, 200);

    assert.deepEqual(
      emu.requestLog
        .entries()
        .map(
          (e) => `${e.service} ${e.method} ${e.path.replace(/^.*\/workspaces\/[^/]+/, '{ws}')} ${e.status}`,
        ),
      [
        `oidc GET ${new URL(emu.oidc.requestUrl).pathname} 200`,
        `authority POST /${emu.tenantId}/oauth2/v2.0/token 200`,
        'arm POST {ws}/datastores/workspaceblobstore/listSecrets 200',
        'arm PUT {ws}/serverlessEndpoints/ep-log 201',
        'arm POST {ws}/serverlessEndpoints/ep-log/listKeys 200',
        'inference POST /serverless/ep-log/chat/completions 200',
      ],
    );
    const put = emu.requestLog.last({ method: 'PUT' })!;
    assert.deepEqual((put.body as { properties: { modelSettings: unknown } }).properties.modelSettings, {
      modelId: 'azureml://registries/azureml/models/Phi-4-mini-instruct',
    });
    assert.equal(put.headers.authorization, 'Bearer [REDACTED]');
    assert.deepEqual(emu.requestLog.last({ path: '/listKeys' })!.responseBody, {
      primaryKey: '[REDACTED]',
      secondaryKey: '[REDACTED]',
    });
    assert.equal(
      (emu.requestLog.last({ service: 'authority' })!.body as Record<string, string>).client_assertion,
      '[REDACTED]',
    );
    assert.equal(emu.requestLog.last({ service: 'inference' })!.headers['api-key'], '[REDACTED]');

    const everything = JSON.stringify(emu.requestLog);
    for (const secret of [
      emu.token,
      tokenResponse.access_token,
      idToken.value,
      secrets.body.key,
      keys.body.primaryKey,
      keys.body.secondaryKey,
      emu.oidc.requestToken,
    ]) {
      assert.ok(!everything.includes(secret), `secret leaked into the log: ${secret.slice(0, 6)}...`);
    }
  });
});
