import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Clock } from '../../src/runtime/types.ts';
import { blobServiceUrl, uploadPath } from '../../src/foundry/blob.ts';
import {
  armScope,
  explainIdTokenFailure,
  explainSignInFailure,
  isMicrosoftAuthority,
  jwtClaim,
} from '../../src/foundry/credential.ts';
import {
  endpointNameFor,
  modelAssetId,
  parseModelAssetId,
  validEndpointName,
} from '../../src/foundry/endpoint-name.ts';
import { followJob, nextInterval } from '../../src/foundry/follow.ts';
import { waitDeadline } from '../../src/foundry/lifecycle.ts';
import {
  parsePoints,
  pickLossKeys,
  pickTrainingRun,
  readLossCurves,
  runMetricKeys,
  trackingBaseUrl,
} from '../../src/foundry/metrics.ts';
import {
  actionMatches,
  evaluatePreflight,
  missingActions,
  REQUIRED_ACTIONS,
} from '../../src/foundry/preflight.ts';
import { findModel } from '../../src/models/catalog.ts';

describe('credential', () => {
  it("skips instance discovery only for authorities that are not Microsoft's", () => {
    assert.equal(isMicrosoftAuthority('https://login.microsoftonline.com'), true);
    assert.equal(isMicrosoftAuthority('https://login.microsoftonline.us/'), true);
    assert.equal(isMicrosoftAuthority('https://127.0.0.1:8443'), false);
  });

  it('asks for the ARM scope of the public cloud as https://management.azure.com/.default', () => {
    assert.equal(armScope('https://management.azure.com'), 'https://management.azure.com/.default');
    assert.equal(armScope('https://management.azure.com/'), 'https://management.azure.com/.default');
  });

  it('translates a missing id-token permission', () => {
    const d = explainIdTokenFailure('Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
    assert.match(d.fix, /permissions: id-token: write/);
  });

  it('names the federated credential subject GitHub sent', () => {
    const d = explainSignInFailure(
      "AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:octo/bot:ref:refs/heads/main'.",
      { mode: 'github-oidc', clientId: 'app' },
    );
    assert.equal(d.code, 'AADSTS700213');
    assert.match(d.fix!, /`repo:octo\/bot:ref:refs\/heads\/main`/);
    assert.match(d.fix!, /api:\/\/AzureADTokenExchange/);
    const fromToken = explainSignInFailure('AADSTS700213: no match', {
      mode: 'github-oidc',
      subject: 'repo:o/r:environment:prod',
    });
    assert.match(fromToken.fix!, /repo:o\/r:environment:prod/);
  });

  it('says how to sign in when no credential was found', () => {
    const d = explainSignInFailure('DefaultAzureCredential failed to retrieve a token', { mode: 'default' });
    assert.match(d.fix!, /tenant-id, client-id/);
    assert.match(d.fix!, /azure\/login/);
  });

  it('reads a claim of a JWT without verifying it', () => {
    const token = [
      'e30',
      Buffer.from(JSON.stringify({ sub: 'repo:o/r:pull_request' })).toString('base64url'),
      'sig',
    ].join('.');
    assert.equal(jwtClaim(token, 'sub'), 'repo:o/r:pull_request');
    assert.equal(jwtClaim('garbage', 'sub'), undefined);
  });
});

describe('blob datastore', () => {
  it('builds the account URL for Azure, and a path-style URL for a host with a port (Azurite)', () => {
    assert.equal(
      blobServiceUrl({ accountName: 'acct', endpoint: 'core.windows.net', protocol: 'https' }),
      'https://acct.blob.core.windows.net',
    );
    assert.equal(
      blobServiceUrl({ accountName: 'devstoreaccount1', endpoint: '127.0.0.1:10000', protocol: 'http' }),
      'http://127.0.0.1:10000/devstoreaccount1',
    );
  });

  it('puts content under its hash', () => {
    assert.equal(uploadPath('abc', '/tmp/x/train.jsonl'), 'LocalUpload/abc/train.jsonl');
  });
});

describe('endpoint names', () => {
  it('derive from the model name and version within 32 characters, starting with a letter', () => {
    assert.equal(endpointNameFor('support-bot-Phi-4-mini-instruct-ft', '3').length <= 32, true);
    assert.equal(endpointNameFor('bot', '3'), 'bot-v3');
    assert.match(endpointNameFor('1bot', '2'), /^ft-1bot-v2$/);
    const long = endpointNameFor('a-very-long-repository-name-Phi-4-mini-instruct-ft', '12');
    assert.ok(validEndpointName(long), long);
    assert.notEqual(long, endpointNameFor('a-very-long-repository-name-Phi-4-mini-instruct-xx', '12'));
  });

  it('round-trip model asset ids', () => {
    const id = modelAssetId({ location: 'eastus2', workspaceId: 'g' }, 'm', '4');
    assert.equal(id, 'azureml://locations/eastus2/workspaces/g/models/m/versions/4');
    assert.deepEqual(parseModelAssetId(id), { name: 'm', version: '4' });
  });
});

describe('metrics', () => {
  it('maps the tracking URI to https', () => {
    assert.equal(
      trackingBaseUrl('azureml://eastus2.api.azureml.ms/mlflow/v1.0/subscriptions/s'),
      'https://eastus2.api.azureml.ms/mlflow/v1.0/subscriptions/s',
    );
  });

  it('picks training and validation loss keys by name, the per-step `loss` before the summary `train_loss`', () => {
    assert.deepEqual(pickLossKeys(['learning_rate', 'train_loss', 'eval_loss', 'loss']), {
      training: ['loss', 'train_loss'],
      validation: ['eval_loss'],
    });
    assert.deepEqual(pickLossKeys(['accuracy']), { training: [], validation: [] });
  });

  it('parses MLflow points and run keys, and picks the training run by its epoch metric', () => {
    assert.deepEqual(
      parsePoints([
        { key: 'l', value: 1.5, step: 2 },
        { key: 'l', value: 2, step: 1 },
        { key: 'l', value: 'x', step: 3 },
      ]),
      [
        { step: 2, value: 1.5 },
        { step: 1, value: 2 },
      ],
    );
    assert.deepEqual(runMetricKeys({ data: { metrics: [{ key: 'a' }, { key: 'b' }] } }), ['a', 'b']);
    const run = (id: string, keys: string[]) => ({
      info: { run_id: id },
      data: { metrics: keys.map((key) => ({ key })) },
    });
    assert.equal(
      pickTrainingRun([run('p', ['x', 'y', 'z']), run('t', ['loss', 'epoch'])])?.info?.run_id,
      't',
    );
    assert.equal(pickTrainingRun([run('a', ['x']), run('b', ['x', 'y'])])?.info?.run_id, 'b');
    assert.equal(pickTrainingRun([run('a', [])]), undefined);
  });
});

describe('reading loss curves from the child run, page by page', () => {
  /** A scripted MLflow: an experiment, runs/search answers and histories split into pages of `page`. */
  function scripted(runs: { id: string; keys: string[] }[], series: Record<string, number>, page: number) {
    const asked: string[] = [];
    const http = {
      async get<T>(url: string): Promise<T | undefined> {
        const u = new URL(url);
        asked.push(
          `${u.pathname.split('/mlflow/').at(-1)} ${u.searchParams.get('metric_key') ?? ''} ${u.searchParams.get('page_token') ?? ''}`.trim(),
        );
        if (u.pathname.endsWith('experiments/get-by-name'))
          return { experiment: { experiment_id: 'e1' } } as T;
        const key = u.searchParams.get('metric_key')!;
        const n = series[`${u.searchParams.get('run_id')}/${key}`] ?? 0;
        const start = Number(u.searchParams.get('page_token') ?? 0);
        const points = Array.from({ length: Math.max(0, Math.min(page, n - start)) }, (_, i) => ({
          key,
          value: 2 - (start + i) / 100,
          step: start + i,
        }));
        return {
          ...(points.length ? { metrics: points } : {}),
          ...(start + page < n ? { next_page_token: String(start + page) } : {}),
        } as T;
      },
      async post<T>(_url: string, body: unknown): Promise<T | undefined> {
        const b = body as { filter: string; page_token?: string; experiment_ids: string[] };
        asked.push(`runs/search ${b.filter} ${b.page_token ?? ''}`.trim());
        const start = Number(b.page_token ?? 0);
        const all = runs.map((r) => ({
          info: { run_id: r.id, run_name: r.id },
          data: { metrics: r.keys.map((key) => ({ key })) },
        }));
        return {
          runs: all.slice(start, start + 1),
          ...(start + 1 < all.length ? { next_page_token: String(start + 1) } : {}),
        } as T;
      },
    };
    return { http, asked };
  }

  it('searches by rootRunId across pages, takes the run with epoch, and reads loss/eval_loss across pages', async () => {
    const { http, asked } = scripted(
      [
        { id: 'prep', keys: ['rows'] },
        { id: 'train', keys: ['loss', 'eval_loss', 'epoch', 'train_loss'] },
      ],
      { 'train/loss': 7, 'train/eval_loss': 3, 'train/train_loss': 1 },
      3,
    );
    const found = await readLossCurves(
      'https://h/mlflow/v1.0/x',
      { name: 'ff-1', experimentName: 'exp' },
      http,
    );
    assert.ok(found.metrics);
    assert.equal(found.metrics.runId, 'train');
    assert.equal(found.metrics.trainingLossKey, 'loss');
    assert.equal(found.metrics.validationLossKey, 'eval_loss');
    assert.equal(found.metrics.training.length, 7, 'three pages of loss');
    assert.deepEqual(
      found.metrics.training.map((p) => p.step),
      [0, 1, 2, 3, 4, 5, 6],
    );
    assert.equal(found.metrics.validation.length, 3);
    assert.deepEqual(
      asked.filter((a) => a.startsWith('runs/search')),
      ["runs/search tags.mlflow.rootRunId = 'ff-1'", "runs/search tags.mlflow.rootRunId = 'ff-1' 1"],
    );
    assert.deepEqual(
      asked.filter((a) => a.startsWith('metrics/get-history loss')),
      ['metrics/get-history loss', 'metrics/get-history loss 3', 'metrics/get-history loss 6'],
    );
  });

  it('falls back to the series with the most points, and says why when there is none', async () => {
    const { http } = scripted(
      [{ id: 'train', keys: ['epoch', 'accuracy', 'f1'] }],
      { 'train/accuracy': 4, 'train/f1': 9 },
      5,
    );
    const found = await readLossCurves('https://h', { name: 'ff-2' }, http);
    assert.equal(found.metrics?.trainingLossKey, 'f1');
    assert.equal(found.metrics?.fallback, true);
    const none = await readLossCurves('https://h', { name: 'ff-3' }, scripted([], {}, 5).http);
    assert.match(
      none.reason ?? '',
      /no MLflow run under job ff-3 \(tags\.mlflow\.rootRunId = 'ff-3', 0 runs\)/,
    );
    const down = await readLossCurves(
      'https://h',
      { name: 'ff-4' },
      { get: async () => undefined, post: async () => undefined },
    );
    assert.match(down.reason ?? '', /no experiment 'Default'/);
  });

  it('stops paging at the bound and says the curve was cut', async () => {
    const { http } = scripted([{ id: 't', keys: ['loss', 'epoch'] }], { 't/loss': 10 ** 7 }, 25_000);
    const found = await readLossCurves('https://h', { name: 'ff-5' }, http);
    assert.equal(found.metrics?.truncated, true);
    assert.ok(found.metrics!.training.length <= 200_000 + 25_000);
  });
});

describe('preflight', () => {
  const ws = {
    subscriptionId: 's',
    resourceGroup: 'rg',
    workspace: 'w',
    id: 'x',
    location: 'eastus2',
    workspaceId: 'g',
    kind: 'Project',
  };
  const phi4 = findModel('Phi-4-mini-instruct')!;
  const phi3 = findModel('Phi-3-mini-4k-instruct')!;
  const all = [{ actions: ['*'], notActions: [] }];

  it('matches ARM wildcards ignoring case', () => {
    assert.ok(
      actionMatches(
        'Microsoft.MachineLearningServices/workspaces/*/write',
        'microsoft.machinelearningservices/workspaces/jobs/write',
      ),
    );
    assert.ok(
      !actionMatches(
        'Microsoft.MachineLearningServices/workspaces/*/read',
        'Microsoft.MachineLearningServices/workspaces/jobs/write',
      ),
    );
  });

  it('finds nothing missing under Azure AI Developer, and the secret action missing when it is denied', () => {
    const developer = [
      {
        actions: [
          'Microsoft.MachineLearningServices/workspaces/*/read',
          'Microsoft.MachineLearningServices/workspaces/*/action',
          'Microsoft.MachineLearningServices/workspaces/*/write',
        ],
        notActions: [],
      },
    ];
    assert.deepEqual(missingActions(developer), []);
    const denied = [
      {
        ...developer[0]!,
        notActions: ['Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action'],
      },
    ];
    assert.deepEqual(
      missingActions(denied).map((m) => m.group),
      ['datastore secrets'],
    );
    assert.equal(missingActions([]).length, REQUIRED_ACTIONS.length);
  });

  it('passes a ready workspace', () => {
    const checks = evaluatePreflight({
      model: phi4,
      workspace: ws,
      networkState: 'Registered',
      permissions: all,
    });
    assert.deepEqual(
      checks.map((c) => c.status),
      ['passed', 'passed', 'passed', 'passed', 'passed'],
    );
  });

  it('refuses a retired serverless model with the successor and the managed-compute option', () => {
    const checks = evaluatePreflight({
      model: phi3,
      workspace: ws,
      networkState: 'Registered',
      permissions: all,
    });
    const model = checks.find((c) => c.id === 'model')!;
    assert.equal(model.status, 'failed');
    assert.match(model.detail, /Phi-4-mini-instruct/);
    assert.match(model.detail, /managed compute/);
    const managed = evaluatePreflight({
      model: phi3,
      compute: 'gpu',
      workspace: ws,
      networkState: 'Registered',
      permissions: all,
    });
    assert.ok(managed.every((c) => c.status === 'passed'));
  });

  it('fails a missing workspace with the fix it was given', () => {
    const checks = evaluatePreflight({ model: phi4, workspaceError: 'not found', workspaceFix: 'check it' });
    const w = checks.find((c) => c.id === 'workspace')!;
    assert.deepEqual([w.status, w.detail, w.fix], ['failed', 'not found', 'check it']);
  });

  it('only warns when permissions cannot be read', () => {
    const checks = evaluatePreflight({
      model: phi4,
      workspace: ws,
      networkState: 'Registered',
      permissionsError: 'forbidden',
    });
    assert.equal(checks.find((c) => c.id === 'permissions')!.status, 'warning');
  });
});

describe('following a job', () => {
  function fakeClock(): Clock & { slept: number[] } {
    let now = 0;
    const slept: number[] = [];
    return { now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)), slept };
  }
  const job = (status: string) => ({ name: 'j', properties: { status } }) as never;

  it('records each status change once, with the time since following began', async () => {
    const clock = fakeClock();
    const statuses = ['NotStarted', 'Queued', 'Queued', 'Running', 'Running', 'Running', 'Completed'];
    let i = 0;
    const result = await followJob(async () => job(statuses[Math.min(i++, statuses.length - 1)]!), {
      clock,
      pollIntervalMs: 100,
    });
    assert.equal(result.outcome, 'ended');
    assert.deepEqual(
      result.timeline.map((t) => t.status),
      ['NotStarted', 'Queued', 'Running', 'Completed'],
    );
    assert.deepEqual(
      result.timeline.map((t) => t.elapsedMs),
      [0, 100, 350, 825],
    );
    assert.deepEqual(clock.slept, [100, 100, 150, 100, 150, 225]);
  });

  it('stops at the deadline without sleeping past it', async () => {
    const clock = fakeClock();
    const result = await followJob(async () => job('Running'), {
      clock,
      pollIntervalMs: 400,
      deadline: 1000,
    });
    assert.equal(result.outcome, 'deadline');
    assert.equal(clock.now(), 1000);
  });

  it('stops when the run is cancelled', async () => {
    const clock = fakeClock();
    const abort = new AbortController();
    let polls = 0;
    const result = await followJob(
      async () => {
        if (++polls === 3) abort.abort();
        return job('Running');
      },
      { clock, pollIntervalMs: 10, signal: abort.signal },
    );
    assert.equal(result.outcome, 'aborted');
    assert.equal(polls, 3);
  });

  it('a cancellation that lands during a poll (the request fails as cancelled) is an abort, not a failure', async () => {
    const clock = fakeClock();
    const abort = new AbortController();
    let polls = 0;
    const result = await followJob(
      async () => {
        if (++polls === 2) {
          abort.abort();
          throw new Error('Azure: read job j failed: cancelled.');
        }
        return job('Running');
      },
      { clock, pollIntervalMs: 10, signal: abort.signal },
    );
    assert.equal(result.outcome, 'aborted');
    assert.equal(result.job.properties.status, 'Running', 'the last status read');
    await assert.rejects(
      followJob(
        async () => {
          if (++polls > 3) throw new Error('HTTP 500');
          return job('Running');
        },
        { clock, pollIntervalMs: 10 },
      ),
      /HTTP 500/,
      'other errors still fail',
    );
  });

  it('backs off to ten times the interval and no further', () => {
    let interval = 100;
    for (let i = 0; i < 20; i++) interval = nextInterval(interval, 100, false);
    assert.equal(interval, 1000);
    assert.equal(nextInterval(1000, 100, true), 100);
  });

  it('turns the wait policy into a deadline', () => {
    assert.equal(waitDeadline({ kind: 'no-wait' }, 5), 5);
    assert.equal(waitDeadline({ kind: 'minutes', minutes: 2 }, 0), 120_000);
    assert.equal(waitDeadline({ kind: 'until-done' }, 0), undefined);
    assert.equal(waitDeadline({ kind: 'until-done', capMinutes: 330 }, 0), 330 * 60_000);
  });
});

describe('Entra messages', () => {
  it('keep the sentence and drop trace ids', async () => {
    const { entraDescription } = await import('../../src/foundry/credential.ts');
    assert.equal(
      entraDescription(
        "invalid_client: Error(s): 700213 - Timestamp: x - Description: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:o/r:ref:refs/heads/main'. Check it. Trace ID: 1 Correlation ID: 2 Timestamp: 3",
      ),
      "No matching federated identity record found for presented assertion subject 'repo:o/r:ref:refs/heads/main'. Check it.",
    );
  });
});
