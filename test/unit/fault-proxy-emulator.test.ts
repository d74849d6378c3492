/**
 * The fault proxy in front of the whole emulator (`proxyEmulator`), driven by the real SDKs the action uses:
 * sign-in (MSAL through the proxied authority, for the proxied ARM address), ARM, MLflow, blob storage
 * (Azurite) and GitHub paging all work through it, and every address the services hand out points back at
 * the proxy, so a client never leaves it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ClientAssertionCredential } from '@azure/identity';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { startEmulator, trustEmulatorCertificate, type Emulator } from '../emulator/index.ts';
import { serverlessEndpoint } from '../emulator/testing.ts';
import { proxyEmulator, type ProxiedEmulator } from '../support/fault-proxy.ts';

trustEmulatorCertificate();

/** The fields of ARM answers this file reads. */
interface ArmBody {
  value: unknown[];
  nextLink?: string;
  properties: {
    mlFlowTrackingUri: string;
    endpoint: string;
    protocol: string;
    accountName: string;
    containerName: string;
    inferenceEndpoint: { uri: string };
  };
}

describe('fault proxy in front of the emulator', () => {
  let emu: Emulator;
  let proxied: ProxiedEmulator;
  let token: string;
  let inputs: Record<string, string>;
  const ws = () =>
    `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${emu.workspace}`;
  const armGet = async (path: string, apiVersion = '2025-12-01') => {
    const url = path.startsWith('http') ? path : `${inputs['arm-endpoint']}${path}?api-version=${apiVersion}`;
    const r = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    return { status: r.status, headers: r.headers, body: (await r.json()) as ArmBody };
  };

  before(async () => {
    emu = await startEmulator({ lroRetryAfterSeconds: 0, pageSize: 1 });
    proxied = await proxyEmulator(emu, { seed: 1 });
    inputs = proxied.actionInputs();
    // The action's sign-in: a federated assertion exchanged for a token for `${arm-endpoint}/.default`.
    const credential = new ClientAssertionCredential(
      inputs['tenant-id']!,
      inputs['client-id']!,
      async () => emu.oidc.mint(),
      { authorityHost: inputs['authority-host'], disableInstanceDiscovery: true },
    );
    token = (await credential.getToken(`${inputs['arm-endpoint']}/.default`)).token;
  });
  after(async () => {
    await proxied?.stop();
    await emu?.stop();
  });

  it('points the action inputs and child environment at the proxy', () => {
    const env = proxied.childEnv({ GITHUB_REPOSITORY: 'octo-org/octo-repo' });
    assert.equal(inputs['arm-endpoint'], proxied.proxy.url('arm'));
    assert.equal(inputs['authority-host'], proxied.proxy.url('authority'));
    assert.equal(inputs['content-safety-endpoint'], proxied.proxy.url('contentSafety'));
    assert.equal(env.GITHUB_API_URL, proxied.proxy.url('github'));
    assert.ok(env.ACTIONS_ID_TOKEN_REQUEST_URL!.startsWith(`${proxied.proxy.url('oidc')}/`));
    assert.equal(env.AZURE_AUTHORITY_HOST, proxied.proxy.url('authority'));
    assert.equal(env.NODE_EXTRA_CA_CERTS, emu.caCertPath);
    for (const upstream of [emu.armUrl, emu.authorityHost, emu.contentSafetyUrl, emu.github.apiUrl]) {
      assert.ok(!JSON.stringify(env).includes(upstream), `${upstream} is not handed out`);
    }
  });

  it('signs in through the proxy: the token for the proxied ARM address is one the emulated ARM accepts', async () => {
    const r = await armGet(ws());
    assert.equal(r.status, 200);
    const exchanges = emu.authority.exchanges.filter((e) => e.ok);
    assert.equal(
      exchanges.at(-1)!.scope,
      `${emu.armUrl}/.default`,
      'the scope reached the authority rewritten',
    );
    assert.ok(proxied.proxy.log.some((e) => e.service === 'authority' && e.method === 'POST'));
  });

  it("hands out the proxy's MLflow, blob and inference addresses, and they work", async () => {
    const workspace = await armGet(ws());
    const tracking: string = workspace.body.properties.mlFlowTrackingUri;
    assert.ok(tracking.startsWith(`azureml://${new URL(proxied.proxy.url('mlflow')).host}/`), tracking);
    const mlflow = await fetch(
      `${tracking.replace('azureml://', 'https://')}/api/2.0/mlflow/runs/get?run_id=none`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    assert.notEqual(mlflow.status, 401, 'MLflow accepts the token too');

    const ds = await armGet(`${ws()}/datastores/workspaceblobstore`, '2022-10-01');
    assert.equal(ds.body.properties.endpoint, new URL(proxied.proxy.url('blob')).host);
    const blobs = new BlobServiceClient(
      `${ds.body.properties.protocol}://${ds.body.properties.endpoint}/${ds.body.properties.accountName}`,
      new StorageSharedKeyCredential(emu.blob.account, emu.blob.key),
    );
    const container = blobs.getContainerClient(ds.body.properties.containerName);
    await container.getBlockBlobClient('proxy/check.txt').uploadData(Buffer.from('through the proxy'));
    const direct = new BlobServiceClient(
      emu.blob.url,
      new StorageSharedKeyCredential(emu.blob.account, emu.blob.key),
    );
    const stored = await direct
      .getContainerClient(emu.blob.container)
      .getBlobClient('proxy/check.txt')
      .downloadToBuffer();
    assert.equal(stored.toString(), 'through the proxy');
    assert.ok(proxied.proxy.log.some((e) => e.service === 'blob' && e.method === 'PUT'));

    const create = await fetch(
      `${inputs['arm-endpoint']}${ws()}/serverlessEndpoints/ep-proxy?api-version=2025-12-01`,
      {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(
          serverlessEndpoint(emu, 'azureml://registries/azureml/models/Phi-4-mini-instruct/versions/1'),
        ),
      },
    );
    assert.equal(create.status, 201);
    const operation = create.headers.get('azure-asyncoperation')!;
    assert.ok(operation.startsWith(proxied.proxy.url('arm')), operation);
    assert.equal((await armGet(operation)).status, 200, 'the operation URL works through the proxy');
    emu.clock.advance(10 * 60_000);
    const endpoint = await armGet(`${ws()}/serverlessEndpoints/ep-proxy`);
    const uri: string = endpoint.body.properties.inferenceEndpoint.uri;
    assert.ok(uri.startsWith(`${proxied.proxy.url('inference')}/`), uri);
  });

  it('follows nextLink and GitHub Link headers through the proxy', async () => {
    for (const version of ['1', '2']) {
      const put = await fetch(
        `${inputs['arm-endpoint']}${ws()}/models/m-proxy/versions/${version}?api-version=2022-10-01`,
        {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ properties: { modelUri: `azureml://jobs/j${version}/outputs/model` } }),
        },
      );
      assert.ok(put.ok, `model version ${version}: ${put.status}`);
    }
    const page = await armGet(`${ws()}/models/m-proxy/versions`, '2022-10-01');
    assert.equal(page.body.value.length, 1, 'one per page');
    const nextLink = String(page.body.nextLink);
    assert.ok(nextLink.startsWith(proxied.proxy.url('arm')), nextLink);
    assert.equal((await armGet(nextLink)).body.value.length, 1, 'the next page through the proxy');

    const repo = 'octo-org/octo-repo';
    for (const text of ['one', 'two', 'three']) emu.github.addComment(repo, 7, text);
    const first = await fetch(`${proxied.proxy.url('github')}/repos/${repo}/issues/7/comments?per_page=1`, {
      headers: { authorization: `token ${emu.github.tokens.actions}` },
    });
    const link = first.headers.get('link')!;
    const next = /<([^>]+)>; rel="next"/.exec(link)![1]!;
    assert.ok(next.startsWith(proxied.proxy.url('github')), next);
    const second = await fetch(next, { headers: { authorization: `token ${emu.github.tokens.actions}` } });
    assert.equal(((await second.json()) as { body: string }[])[0]!.body, 'two');
  });

  it('sends every ARM request the emulator saw through the proxy', () => {
    const seen = emu.requestLog.entries({ service: 'arm' }).length;
    const forwarded = proxied.proxy.log
      .filter((e) => e.service === 'arm')
      .reduce((n, e) => n + e.upstream.length, 0);
    assert.equal(forwarded, seen);
  });
});
