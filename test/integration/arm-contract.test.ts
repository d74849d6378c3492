/**
 * The whole lifecycle, as `npm run demo` runs it (pull request, merge, schedule) plus managed compute,
 * serverless compute of a chosen size and cleanup, by the bundled action against the emulator. Every ARM
 * request it sends is captured and checked against the published definitions of the api-version it used
 * (test/fixtures/arm-schemas/, transcribed from Azure/azure-rest-api-specs), and every answer too: zero
 * problems. Then the same check is shown to catch a violation when one is put into a captured exchange.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exchangeProblems } from '../emulator/arm/contract.ts';
import { startEmulator, type Emulator, type RequestLogEntry } from '../emulator/index.ts';
import { JOBS_API_VERSION, STABLE_API_VERSION } from '../emulator/testing.ts';
import { makeRepo, PROJECT_ROOT, runAction, type ActionRun } from '../support/action.ts';

const REPO = 'northwind/support-assistant';
const read = (f: string): string => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');

describe('ARM contract of the whole lifecycle (demo events, managed compute, cleanup)', () => {
  let emu: Emulator;
  let repo: ReturnType<typeof makeRepo>;
  const runs: Record<string, ActionRun> = {};
  let arm: RequestLogEntry[] = [];

  before(async () => {
    // A small MLflow page so the loss history spans several pages, as a long fine-tune does on Azure.
    emu = await startEmulator({ timeScale: 20_000, lroRetryAfterSeconds: 0, mlflowPageSize: 3 });
    repo = makeRepo(
      {
        '.github/finetune.yml': read('examples/finetune.yml'),
        'data/train.jsonl': read('examples/demo/train.before-pr.jsonl'),
        'data/golden.jsonl': read('examples/data/golden.jsonl'),
      },
      { commits: [{ 'data/train.jsonl': read('examples/data/train.jsonl') }] },
    );
    const [mainSha, prSha] = repo.shas as [string, string];
    const repository = { full_name: REPO, default_branch: 'main' };
    const env = {
      ...Object.fromEntries(Object.entries(emu.childEnv()).filter(([k]) => !k.startsWith('INPUT_'))),
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: emu.github.apiUrl,
      FOUNDRY_FINETUNE_RETRY_BASE_MS: '50',
    };
    const inputs = {
      ...emu.actionInputs(),
      'github-token': emu.github.tokens.actions,
      'poll-interval': '0.2',
    };
    const checkout = (sha: string): void =>
      void execFileSync('git', ['checkout', '-q', sha], { cwd: repo.dir });
    const run = async (
      name: string,
      eventName: string,
      sha: string,
      extra: { inputs?: Record<string, string>; payload?: Record<string, unknown> } = {},
    ): Promise<void> => {
      checkout(sha);
      runs[name] = await runAction({
        workspace: repo.dir,
        eventName,
        payload: { repository, ...extra.payload },
        inputs: { ...inputs, ...extra.inputs },
        env: { ...env, GITHUB_SHA: sha },
      });
    };
    await run('seed', 'push', mainSha);
    await run('pull_request', 'pull_request', prSha, {
      payload: {
        pull_request: {
          number: 42,
          base: { sha: mainSha, ref: 'main', repo: repository },
          head: { sha: prSha, ref: 'more-answers', repo: repository },
        },
      },
    });
    emu.github.setPullsForCommit(REPO, prSha, [{ number: 42, merged: true }]);
    await run('merge', 'push', prSha);
    await run('schedule', 'schedule', prSha);
    await run('managed compute', 'workflow_dispatch', prSha, {
      inputs: { command: 'train', compute: 'gpu-cluster', 'instance-type': 'Standard_NC24ads_A100_v4' },
    });
    await run('serverless compute of a size', 'workflow_dispatch', prSha, {
      inputs: { command: 'train', 'instance-type': 'Standard_NC24ads_A100_v4' },
    });
    await run('cleanup', 'workflow_dispatch', prSha, { inputs: { command: 'cleanup', keep: '1' } });
    arm = emu.requestLog.entries({ service: 'arm' });
  });
  after(async () => {
    await emu?.stop();
    repo?.cleanup();
  });

  it('runs every event to success', () => {
    for (const [name, r] of Object.entries(runs)) {
      assert.equal(r.code, 0, `${name}: ${r.stdout.slice(-3000)}${r.stderr.slice(-1000)}`);
    }
    assert.match(runs.merge!.outputs.promoted ?? '', /true/);
    assert.ok(
      emu.jobs().some((j) => j.name && emu.job(j.name)!.registeredModel),
      'models were registered',
    );
  });

  it('sends no request and gets no answer outside the published definitions', (t) => {
    const problems = arm.flatMap((e) => exchangeProblems(e));
    const checked = arm.filter((e) => e.contract?.body || e.contract?.answer);
    t.diagnostic(
      `${arm.length} ARM requests, ${checked.length} with a body or answer definition, ${arm.filter((e) => e.contract?.body).length} request bodies validated, ${problems.length} problems`,
    );
    assert.ok(arm.length > 50, `a lifecycle sends many ARM requests (${arm.length})`);
    assert.deepEqual(
      problems.map((p) => `${p.side} ${p.request}: ${p.violation.message}`),
      [],
    );
    const bodies = new Set(arm.filter((e) => e.contract?.body).map((e) => e.contract!.body));
    for (const definition of [
      'JobBaseResource',
      'DataVersionBaseResource',
      'ModelVersionResource',
      'ServerlessEndpointTrackedResource',
    ])
      assert.ok(bodies.has(definition), `${definition} bodies were sent and checked`);
  });

  it('sends jobs at the preview whose spec defines FineTuning, everything else at 2025-12-01', () => {
    const versions = new Map<string, Set<string>>();
    for (const e of arm) {
      if (!e.contract || !e.path.includes('/workspaces/')) continue;
      const kind = /\/workspaces\/[^/]+\/([^/]+)/.exec(e.path)?.[1] ?? 'workspace';
      versions.set(kind, (versions.get(kind) ?? new Set()).add(e.query['api-version']!));
    }
    assert.deepEqual([...versions.get('jobs')!], [JOBS_API_VERSION]);
    for (const [kind, seen] of versions) {
      if (kind === 'jobs') continue;
      assert.deepEqual([...seen], kind === 'providers' ? ['2022-04-01'] : [STABLE_API_VERSION], kind);
    }
    const puts = arm.filter((e) => e.method === 'PUT' && /\/jobs\/[^/]+$/.test(e.path));
    const bodies = puts.map((e) => (e.body as { properties: Record<string, unknown> }).properties);
    assert.ok(
      bodies.some(
        (p) =>
          p.computeId &&
          (p.resources as { instanceTypes: string[] })?.instanceTypes?.[0] === 'Standard_NC24ads_A100_v4',
      ),
      'managed compute with a size',
    );
    assert.ok(
      bodies.some(
        (p) => !p.computeId && (p.resources as { instanceTypes: string[] } | undefined)?.instanceTypes,
      ),
      'a size without compute',
    );
    assert.ok(
      bodies.some((p) => !p.computeId && !p.resources),
      'serverless',
    );
  });

  it('reads permissions at the workspace scope, and pages the loss history from the training child run', () => {
    const permissions = arm.filter((e) => e.path.endsWith('/providers/Microsoft.Authorization/permissions'));
    assert.ok(permissions.length > 0);
    for (const e of permissions)
      assert.match(e.path, /\/workspaces\/[^/]+\/providers\/Microsoft\.Authorization\/permissions$/);
    const mlflow = emu.requestLog.entries({ service: 'mlflow' });
    assert.ok(
      mlflow.some((e) => e.path.endsWith('/runs/search')),
      'runs/search by rootRunId',
    );
    const histories = mlflow.filter(
      (e) => e.path.endsWith('/metrics/get-history') && e.query.metric_key === 'loss',
    );
    assert.ok(
      histories.some((e) => e.query.page_token),
      'the loss history was read across pages',
    );
    assert.match(
      runs.merge!.summary,
      /From MLflow run `[0-9a-f-]+` \(finetune\), metrics `loss` and `eval_loss`\./,
    );
  });

  it('the same check catches a violation when one appears', () => {
    const jobPut = arm.find((e) => e.method === 'PUT' && /\/jobs\/[^/]+$/.test(e.path))!;
    const broken = structuredClone(jobPut);
    const details = (broken.body as { properties: { fineTuningDetails: Record<string, unknown> } }).properties
      .fineTuningDetails;
    details.hyperparameters = details.hyperParameters;
    delete details.hyperParameters;
    assert.deepEqual(
      exchangeProblems(broken).map((p) => p.violation.path),
      ['properties.fineTuningDetails.hyperparameters'],
    );
    const modelPut = arm.find((e) => e.method === 'PUT' && /\/models\/[^/]+\/versions\/[^/]+$/.test(e.path))!;
    const echoed = structuredClone(modelPut);
    (echoed.body as { properties: Record<string, unknown> }).properties.provisioningState = 'Succeeded';
    assert.match(exchangeProblems(echoed)[0]!.violation.message, /provisioningState is read-only/);
    const jobGet = arm.find((e) => e.method === 'GET' && /\/jobs\/[^/]+$/.test(e.path) && e.status === 200)!;
    const answered = structuredClone(jobGet);
    const outputs = (
      answered.responseBody as { properties: { outputs: Record<string, Record<string, unknown>> } }
    ).properties.outputs;
    outputs.registered_model!.assetVersion = '1';
    assert.deepEqual(
      exchangeProblems(answered).map((p) => `${p.side} ${p.violation.path}`),
      ['response properties.outputs.registered_model.assetVersion'],
    );
  });
});
