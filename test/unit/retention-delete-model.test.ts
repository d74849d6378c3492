import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHttpHeaders, type HttpClient } from '@azure/core-rest-pipeline';
import type { Clock, Logger } from '../../src/runtime/types.ts';
import { buildConfig } from '../../src/config/build.ts';
import { connectFoundry, FoundryError } from '../../src/foundry/index.ts';

const MODEL =
  '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/models/bot-ft/versions/3';

/** ARM that answers every request with one status (and the body ARM sends for it). */
function armAnswering(status: number, body?: unknown) {
  const calls: string[] = [];
  const client: HttpClient = {
    async sendRequest(request) {
      const url = new URL(request.url);
      calls.push(`${request.method} ${url.pathname}?${url.searchParams.toString()}`);
      return {
        request,
        status,
        headers: createHttpHeaders({}),
        bodyAsText: body === undefined ? '' : JSON.stringify(body),
      };
    },
  };
  return { client, calls };
}

const log: Logger = { info: () => {}, warning: () => {}, debug: () => {}, secret: () => {} };
const clock: Clock = { now: () => Date.now(), sleep: async () => {} };
const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 3_600_000 }) };
const retry = { maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };
const config = buildConfig({
  getInput: (n) =>
    ({
      'subscription-id': 'sub',
      'resource-group': 'rg',
      workspace: 'ws',
      'arm-endpoint': 'https://arm.test',
    })[n] ?? '',
  readFile: () => undefined,
  root: '/r',
  repository: 'o/r',
});

function foundryWith(client: HttpClient) {
  return connectFoundry(config, log, undefined, { httpClient: client, credential, clock, retry });
}

describe('deleteModelVersion', () => {
  it('sends DELETE at api-version 2025-12-01 and answers whether a version was deleted', async () => {
    const deleted = armAnswering(200);
    assert.equal(await foundryWith(deleted.client).deleteModelVersion('bot-ft', '3'), true);
    assert.deepEqual(deleted.calls, [`DELETE ${MODEL}?api-version=2025-12-01`]);
    for (const status of [204, 404]) {
      const gone = armAnswering(status);
      assert.equal(await foundryWith(gone.client).deleteModelVersion('bot-ft', '3'), false, `HTTP ${status}`);
    }
  });

  it('explains a 409 (still deployed): delete the endpoint first', async () => {
    const { client } = armAnswering(409, {
      error: { code: 'Conflict', message: "Model version bot-ft:3 is deployed to serverless endpoint 'ep'." },
    });
    await assert.rejects(foundryWith(client).deleteModelVersion('bot-ft', '3'), (e: unknown) => {
      assert.ok(e instanceof FoundryError);
      assert.equal(e.status, 409);
      assert.match(
        e.message,
        /delete model bot-ft:3 failed \(HTTP 409 Conflict\): Model version bot-ft:3 is deployed/,
      );
      assert.match(e.message, /Fix: A deployed model cannot be deleted: delete the serverless endpoint/);
      return true;
    });
  });
});
