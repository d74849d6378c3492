/**
 * The transient-fault policy's adapters against local servers, with the fault proxy
 * (test/support/fault-proxy.ts) in between: the core-rest-pipeline policy in the ARM SDK's pipeline and in
 * @azure/storage-blob's (Azurite), the fetch wrapper under the chat-completions and Content Safety clients,
 * and the Octokit plugin with the retry/throttling plugins' options. Each failure the SDKs would let
 * through on their own is shown first, as the SDK behaves (versions pinned in package.json):
 * core-rest-pipeline 1.24 throws `PARSE_ERROR: Error reading response as text: aborted` on a cut-off body,
 * storage-blob 12.32 does not retry a 502, @octokit/request 10 returns a cut-off JSON body as `data: ""`.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { getOctokit } from '@actions/github';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import {
  createDefaultHttpClient,
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  isRestError,
  type Pipeline,
  type PipelineRequest,
} from '@azure/core-rest-pipeline';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { createChatClient } from '../../src/evaluation/chat-client.ts';
import {
  createTransientPolicy,
  transientFailureOf,
  type TransientPolicy,
} from '../../src/runtime/transient.ts';
import { transientFetch, transientInfo as fetchInfo } from '../../src/runtime/transient-fetch.ts';
import { octokitTransient } from '../../src/runtime/transient-octokit.ts';
import {
  describeRequest,
  installOnStorageClient,
  replaceRetryPolicy,
  TRANSIENT_POLICY_NAME,
  transientInfo,
  transientPipelinePolicy,
} from '../../src/runtime/transient-pipeline.ts';
import { createContentSafetyClient } from '../../src/safety/client.ts';
import { startEmulator, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';
import {
  proxyEmulator,
  startFaultProxy,
  type FaultProxy,
  type ProxiedEmulator,
} from '../support/fault-proxy.ts';

trustEmulatorCertificate();

const BUDGET = {
  maxAttempts: 6,
  maxElapsedMs: 30_000,
  baseDelayMs: 5,
  maxDelayMs: 50,
  maxRetryAfterMs: 5000,
  attemptTimeoutMs: 5000,
};

function policy(budget: Partial<typeof BUDGET> = {}): TransientPolicy {
  return createTransientPolicy({ budget: { ...BUDGET, ...budget }, random: () => 0.5 });
}

/** A plain upstream: `/json` answers JSON, `/broken` a whole but unparsable JSON body; counts every request. */
async function plainUpstream(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      hits.push(`${req.method} ${req.url}`);
      if (req.url?.startsWith('/broken')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end('{"value": [1, 2');
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, path: req.url, padding: 'x'.repeat(300) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe('transient adapters', () => {
  let up: Awaited<ReturnType<typeof plainUpstream>>;
  let proxy: FaultProxy;
  let emu: Emulator;
  let proxied: ProxiedEmulator;
  const hitsOf = (path: string) => up.hits.filter((h) => h.includes(path)).length;

  before(async () => {
    up = await plainUpstream();
    proxy = await startFaultProxy({ upstreams: { svc: up.url }, delayScale: 0.01 });
    emu = await startEmulator({ lroRetryAfterSeconds: 0 });
    proxied = await proxyEmulator(emu, { seed: 5 });
  });
  after(async () => {
    await proxied?.stop();
    await emu?.stop();
    await proxy?.stop();
    await up?.close();
  });

  describe('(a) core-rest-pipeline policy', () => {
    const client = createDefaultHttpClient();
    const ours = (p = policy(), options = {}): Pipeline => {
      const pipeline = createEmptyPipeline();
      pipeline.addPolicy(transientPipelinePolicy(p, options), { phase: 'Retry' });
      return pipeline;
    };
    const request = (path: string, method: 'GET' | 'POST' = 'GET'): PipelineRequest =>
      createPipelineRequest({
        url: `${proxy.url('svc')}${path}`,
        method,
        allowInsecureConnection: true,
        headers: createHttpHeaders({ 'content-type': 'application/json' }),
        body: method === 'POST' ? '{"name":"x"}' : undefined,
      });

    it("is needed: the SDK's default pipeline fails on a body cut off after its headers", async () => {
      proxy.script({ path: '/cut-default', kind: 'truncate' });
      const sdk = createPipelineFromOptions({});
      await assert.rejects(sdk.sendRequest(client, request('/cut-default')), (e: Error) => {
        assert.ok(isRestError(e));
        assert.equal(e.code, 'PARSE_ERROR');
        assert.match(e.message, /Error reading response as text/);
        return true;
      });
    });

    it('retries a cut-off body, resets before and after the upstream, a 502 and a 429 (retry-after-ms)', async () => {
      for (const kind of ['truncate', 'reset-before', 'reset-after', '5xx', '429-retry-after-ms'] as const) {
        proxy.script({ path: '/mixed', kind, status: 502, retryAfterMs: 150 });
      }
      const started = Date.now();
      const response = await ours().sendRequest(client, request('/mixed'));
      assert.equal(response.status, 200);
      assert.equal(JSON.parse(response.bodyAsText!).padding.length, 300);
      const info = transientInfo(response)!;
      assert.equal(info.attempts, 6);
      assert.deepEqual(
        info.causes.map((c) => c.kind),
        ['truncated', 'reset', 'reset', 'status', 'status'],
      );
      assert.ok(Date.now() - started >= 150, 'the 150 ms the 429 asked for were waited');
      assert.equal(hitsOf('/mixed'), 3, 'the upstream saw the cut-off, the reset-after and the success');
    });

    it('gives up with a RestError whose message names the operation, the attempts and the last cause', async () => {
      proxy.script({ path: '/down', kind: '5xx', status: 503, times: 6 });
      const req = describeRequest(request('/down'), { operation: 'read job ft-1' });
      const error = await ours()
        .sendRequest(client, req)
        .catch((e: unknown) => e);
      assert.ok(isRestError(error));
      assert.equal(error.statusCode, 503);
      assert.match(
        error.message,
        /^read job ft-1 failed after 6 attempts in [\d.]+ (ms|s) \(6x HTTP 503\); the last: HTTP 503 \(ServiceUnavailable: Injected by the fault proxy \(503\)\.\)\. Every attempt of the retry budget \(6\) was used\.$/,
      );
      assert.equal(transientFailureOf(error)!.attempts, 6);
      assert.equal(error.response?.status, 503, 'the last answer rides along');
      assert.deepEqual(proxy.pending(), []);
    });

    it('retries a whole JSON body that does not parse, and reports it', async () => {
      const error = await ours(policy({ maxAttempts: 2 }))
        .sendRequest(client, request('/broken'))
        .catch((e: unknown) => e);
      assert.match((error as Error).message, /the answer \(HTTP 200, application\/json\) does not parse/);
      assert.equal(hitsOf('/broken'), 2);
    });

    it('sends a POST again only when it is marked idempotent or a read-back says it did not take effect', async () => {
      proxy.script({ path: '/post-plain', kind: 'reset-after' });
      const plain = await ours()
        .sendRequest(client, request('/post-plain', 'POST'))
        .catch((e: Error) => e);
      assert.match((plain as Error).message, /Not sent again: the request is not idempotent/);
      assert.equal(hitsOf('/post-plain'), 1);

      proxy.script({ path: '/post-listkeys', kind: 'reset-after' });
      const listKeys = describeRequest(request('/post-listkeys', 'POST'), { idempotent: true });
      assert.equal((await ours().sendRequest(client, listKeys)).status, 201);
      assert.equal(hitsOf('/post-listkeys'), 2);

      proxy.script({ path: '/post-readback', kind: 'reset-after' });
      let readBacks = 0;
      const checked = describeRequest(request('/post-readback', 'POST'), {
        readBack: async () => {
          readBacks++;
          return { applied: false };
        },
      });
      assert.equal((await ours().sendRequest(client, checked)).status, 201);
      assert.deepEqual([readBacks, hitsOf('/post-readback')], [1, 2]);
    });

    it("replaces the ARM SDK's retry policy and carries ARM and MLflow calls through faults", async () => {
      const credential = {
        getToken: async () => ({ token: emu.token, expiresOnTimestamp: Date.now() + 3_600_000 }),
      };
      const armUrl = proxied.proxy.url('arm');
      const arm = new AzureMachineLearningWorkspaces(credential, emu.subscriptionId, {
        endpoint: armUrl,
        $host: armUrl,
        credentialScopes: [`${armUrl}/.default`],
      });
      replaceRetryPolicy(arm.pipeline, transientPipelinePolicy(policy()));
      const names = arm.pipeline.getOrderedPolicies().map((p) => p.name);
      assert.ok(names.includes(TRANSIENT_POLICY_NAME));
      assert.ok(!names.some((n) => /retry/i.test(n) && n !== TRANSIENT_POLICY_NAME), names.join(', '));

      const ws = `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${emu.workspace}`;
      for (const kind of ['truncate', '429-retry-after', '5xx'] as const) {
        proxied.proxy.script({ service: 'arm', path: `${ws}?`, kind, status: 504, retryAfterMs: 0 });
      }
      const workspace = await arm.sendRequest(
        createPipelineRequest({ url: `${armUrl}${ws}?api-version=2025-12-01` }),
      );
      assert.equal(workspace.status, 200);
      assert.equal(transientInfo(workspace)!.attempts, 4);
      const tracking = JSON.parse(workspace.bodyAsText!).properties.mlFlowTrackingUri as string;

      proxied.proxy.script({ service: 'mlflow', kind: 'truncate' });
      const runs = await arm.sendRequest(
        createPipelineRequest({
          url: `${tracking.replace('azureml://', 'https://')}/api/2.0/mlflow/runs/get?run_id=nothing`,
        }),
      );
      assert.equal(transientInfo(runs)!.causes[0]!.kind, 'truncated');
      assert.deepEqual(proxied.proxy.pending(), []);
      assert.ok(runs.status !== 401, 'MLflow answered after the retry');
    });

    it("is needed for blob storage: storage-blob's own policy gives up on one 502", async () => {
      const blobs = new BlobServiceClient(
        `${proxied.proxy.url('blob')}/${emu.blob.account}`,
        new StorageSharedKeyCredential(emu.blob.account, emu.blob.key),
      );
      proxied.proxy.script({
        service: 'blob',
        method: 'PUT',
        path: '/sdk-alone.txt',
        kind: '5xx',
        status: 502,
      });
      const blob = blobs.getContainerClient(emu.blob.container).getBlockBlobClient('sdk-alone.txt');
      await assert.rejects(
        blob.uploadData(Buffer.from('x')),
        (e: { statusCode?: number }) => e.statusCode === 502,
      );
      const puts = proxied.proxy.log.filter((e) => e.service === 'blob' && e.path.includes('/sdk-alone.txt'));
      assert.equal(puts.length, 1, 'not retried');
    });

    it("replaces storage-blob's retry policy: an upload and a download through 502, 429, resets and a cut-off body", async () => {
      const blobs = new BlobServiceClient(
        `${proxied.proxy.url('blob')}/${emu.blob.account}`,
        new StorageSharedKeyCredential(emu.blob.account, emu.blob.key),
      );
      installOnStorageClient(blobs, transientPipelinePolicy(policy()));
      const blob = blobs
        .getContainerClient(emu.blob.container)
        .getBlockBlobClient('LocalUpload/abc/train.jsonl');
      const names = (
        blob as unknown as { storageClientContext: { pipeline: Pipeline } }
      ).storageClientContext.pipeline
        .getOrderedPolicies()
        .map((p) => p.name);
      assert.ok(names.includes(TRANSIENT_POLICY_NAME), 'a derived client shares the pipeline');
      assert.ok(!names.includes('storageRetryPolicy'), names.join(', '));

      const content = Buffer.from('{"messages":[]}\n'.repeat(2000));
      for (const kind of ['5xx', '429-retry-after-ms', 'reset-after', 'reset-before'] as const) {
        proxied.proxy.script({
          service: 'blob',
          method: 'PUT',
          path: 'train.jsonl',
          kind,
          status: 502,
          retryAfterMs: 20,
        });
      }
      // As src/foundry/blob.ts uploads: exists(), then uploadStream in 4 MiB blocks.
      proxied.proxy.script({
        service: 'blob',
        method: 'HEAD',
        path: 'train.jsonl',
        kind: '5xx',
        status: 503,
      });
      assert.equal(await blob.exists(), false);
      await blob.uploadStream(Readable.from([content]), 4 * 1024 * 1024, 2, {
        blobHTTPHeaders: { blobContentType: 'application/jsonl' },
      });
      proxied.proxy.script({ service: 'blob', method: 'GET', path: 'train.jsonl', kind: 'truncate' });
      const downloaded = await blob.downloadToBuffer();
      assert.ok(downloaded.equals(content), 'the whole blob, after a cut-off download was retried');
      assert.deepEqual(proxied.proxy.pending(), [], 'every fault was met');
      const direct = new BlobServiceClient(
        emu.blob.url,
        new StorageSharedKeyCredential(emu.blob.account, emu.blob.key),
      );
      const stored = await direct
        .getContainerClient(emu.blob.container)
        .getBlobClient('LocalUpload/abc/train.jsonl')
        .downloadToBuffer();
      assert.ok(stored.equals(content));
    });
  });

  describe('(b) fetch wrapper', () => {
    it('retries a cut-off body and a timeout; the last attempt alone is its latency', async () => {
      proxy.script({ path: '/f-cut', kind: 'truncate' });
      const f = transientFetch(policy());
      const cut = await f(`${proxy.url('svc')}/f-cut`);
      assert.equal(((await cut.json()) as { ok: boolean }).ok, true);
      assert.equal(fetchInfo(cut)!.causes[0]!.kind, 'truncated');

      proxy.script({ path: '/f-slow', kind: 'delay', delayMs: 600 });
      const slow = await transientFetch(policy({ attemptTimeoutMs: 200 }))(`${proxy.url('svc')}/f-slow`);
      const info = fetchInfo(slow)!;
      assert.equal(slow.status, 200);
      assert.deepEqual(
        info.causes.map((c) => c.kind),
        ['timeout'],
      );
      assert.ok(info.elapsedMs >= 200, `elapsed ${info.elapsedMs} ms includes the timed-out attempt`);
      assert.ok(info.lastAttemptMs < 150, `the answer itself took ${info.lastAttemptMs} ms`);
    });

    it('hands chosen answers (a 429 for a client that throttles itself) straight back', async () => {
      proxy.script({ path: '/f-429', kind: '429-retry-after', retryAfterMs: 3000 });
      const f = transientFetch(policy(), { passThrough: (a) => a.status === 429 });
      const r = await f(`${proxy.url('svc')}/f-429`);
      assert.equal(r.status, 429);
      assert.equal(r.headers.get('retry-after'), '3');
      assert.equal(fetchInfo(r)!.attempts, 1);
    });

    it('does not send a POST again unless it is marked idempotent', async () => {
      proxy.script({ path: '/f-post', kind: 'reset-after' });
      const f = transientFetch(policy(), { operation: () => 'create the thing' });
      await assert.rejects(f(`${proxy.url('svc')}/f-post`, { method: 'POST', body: '{}' }), (e: Error) => {
        assert.match(e.message, /^create the thing failed after 1 attempt in .*: the connection was closed/);
        return true;
      });
      assert.equal(hitsOf('/f-post'), 1);
    });

    it('under the chat-completions client: a cut-off and a reset answer are retried beneath it', async () => {
      const endpoint = emu.inference.register({ name: 'prod-proxy', answers: { 'What is 2+2?': '4' } });
      for (const kind of ['truncate', 'reset-after'] as const) {
        proxied.proxy.script({ service: 'inference', path: '/serverless/prod-proxy', kind });
      }
      const chat = createChatClient({
        url: proxied.url(endpoint.url),
        key: endpoint.key,
        requestsPerMinute: 600,
        tokensPerMinute: 100_000,
        concurrency: 2,
        timeoutMs: 10_000,
        maxRetries: 0,
        maxTokens: 64,
        seed: 1,
        fetch: transientFetch(policy(), {
          operation: () => 'chat completion (prod-proxy)',
          idempotent: () => true,
          passThrough: (a) => a.status === 429,
          secrets: () => [endpoint.key],
        }),
      });
      const answer = await chat.complete([{ role: 'user', content: 'What is 2+2?' }]);
      assert.ok(answer.ok, JSON.stringify(answer));
      assert.equal(answer.text, '4');
      assert.equal(chat.stats().requests, 1, 'the client saw one attempt; the wrapper retried twice');
      assert.deepEqual(proxied.proxy.pending(), []);
    });

    it('under the Content Safety client: a 502 and a cut-off answer are retried beneath it', async () => {
      for (const kind of ['5xx', 'truncate'] as const) {
        proxied.proxy.script({ service: 'contentSafety', path: 'text:analyze', kind, status: 502 });
      }
      const client = createContentSafetyClient({
        endpoint: proxied.proxy.url('contentSafety'),
        auth: { key: emu.contentSafetyKey },
        concurrency: 1,
        maxRetries: 0,
        fetch: transientFetch(policy(), { idempotent: () => true }),
      });
      const outcome = await client.analyze('a harmless sentence');
      assert.ok(outcome.ok, JSON.stringify(outcome));
      assert.equal(client.stats().retries, 0);
      assert.deepEqual(proxied.proxy.pending(), []);
    });
  });

  describe('(c) Octokit', () => {
    const repo = { owner: 'octo-org', repo: 'octo-repo' };
    const warnings: string[] = [];
    const log = { warning: (m: string) => warnings.push(m), debug: () => {} };

    it('is needed: @octokit/request hands a cut-off JSON answer back as data "" with status 200', async () => {
      emu.github.addComment(`${repo.owner}/${repo.repo}`, 7, 'seeded');
      proxied.proxy.script({
        service: 'github',
        method: 'GET',
        path: '/issues/7/comments',
        kind: 'truncate',
      });
      const plain = getOctokit(emu.github.tokens.actions, { baseUrl: proxied.proxy.url('github') });
      const r = await plain.rest.issues.listComments({ ...repo, issue_number: 7 });
      assert.equal(r.status, 200);
      assert.equal(r.data as unknown, '');
    });

    it('retries a cut-off list and a 502 for GET; the plugin options disable plugin-retry and map throttling to the budget', async () => {
      const t = octokitTransient(policy(), { log });
      assert.deepEqual(t.options.retry, { enabled: false });
      const gh = getOctokit(
        emu.github.tokens.actions,
        { baseUrl: proxied.proxy.url('github'), ...t.options },
        retry,
        throttling,
        t.plugin,
      );
      for (const kind of ['truncate', '5xx'] as const) {
        proxied.proxy.script({
          service: 'github',
          method: 'GET',
          path: '/issues/7/comments',
          kind,
          status: 502,
        });
      }
      const r = await gh.rest.issues.listComments({ ...repo, issue_number: 7 });
      assert.ok(Array.isArray(r.data));
      assert.equal(r.data[0]!.body, 'seeded');
      assert.deepEqual(proxied.proxy.pending(), []);

      // GitHub's own secondary rate limit stays plugin-throttling's; it asks the budget whether to wait.
      emu.github.rateLimit({ kind: 'secondary', path: '/issues/7/comments', method: 'GET', retryAfter: 1 });
      const limited = await gh.rest.issues.listComments({ ...repo, issue_number: 7 });
      assert.equal(limited.status, 200);
      assert.match(warnings.join('\n'), /GitHub secondary rate limit on GET .*; retrying in 1\.0 s/);
      const answer = t.options.throttle.onRateLimit(600, { method: 'GET', url: '/x' }, undefined, 0);
      assert.equal(answer, false, 'a 10 min wait is past the 5 s the budget allows');
    });

    it('does not create a comment twice when its answer is lost, and retries an edit through a 429', async () => {
      const t = octokitTransient(policy(), { log });
      const gh = getOctokit(
        emu.github.tokens.actions,
        { baseUrl: proxied.proxy.url('github'), ...t.options },
        retry,
        throttling,
        t.plugin,
      );
      const before = emu.github.comments(`${repo.owner}/${repo.repo}`, 8).length;
      proxied.proxy.script({
        service: 'github',
        method: 'POST',
        path: '/issues/8/comments',
        kind: 'reset-after',
      });
      await assert.rejects(
        gh.rest.issues.createComment({ ...repo, issue_number: 8, body: 'report' }),
        (e: Error) => {
          assert.match(
            e.message,
            /^GitHub POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments failed after 1 attempt .*Not sent again/,
          );
          return true;
        },
      );
      const comments = emu.github.comments(`${repo.owner}/${repo.repo}`, 8);
      assert.equal(
        comments.length,
        before + 1,
        'exactly one comment: the lost answer was not retried blindly',
      );

      proxied.proxy.script({
        service: 'github',
        method: 'PATCH',
        kind: '429-retry-after-ms',
        retryAfterMs: 30,
      });
      const edited = await gh.rest.issues.updateComment({
        ...repo,
        comment_id: comments.at(-1)!.id,
        body: 'edited',
      });
      assert.equal(edited.data.body, 'edited');
      assert.deepEqual(proxied.proxy.pending(), []);
      assert.equal(emu.github.comments(`${repo.owner}/${repo.repo}`, 8).at(-1)!.body, 'edited');
    });
  });
});
