import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AZURE_AI_DEVELOPER, trustEmulatorCertificate, without, type Emulator } from '../emulator/index.ts';
import { arm } from '../emulator/testing.ts';
import { emulator, explain, repo, run, TRAINING } from './train-support.ts';

trustEmulatorCertificate();

/** Preflight runs before anything is created: each failure says what is wrong and how to fix it. */
describe('preflight', () => {
  let emu: Emulator;
  let westeurope: Emulator;
  let workspace: ReturnType<typeof repo>;
  before(async () => {
    [emu, westeurope] = await Promise.all([
      emulator({ azurite: false }),
      emulator({ azurite: false, location: 'westeurope' }),
    ]);
    workspace = repo();
  });
  after(async () => {
    await Promise.all([emu.stop(), westeurope.stop()]);
    workspace.cleanup();
  });

  const nothingCreated = (e: Emulator) => {
    assert.equal(e.requestLog.entries({ service: 'arm', method: 'PUT' }).length, 0, 'nothing was created');
    assert.equal(e.jobs().length, 0);
  };

  it('passes a ready workspace with preflight-only, and creates nothing', async () => {
    const r = await run(emu, workspace.dir, { command: 'train', 'preflight-only': 'true' });
    assert.equal(r.code, 0, explain(r));
    assert.match(r.summary, /Preflight: proj-foundry-emulator/);
    assert.doesNotMatch(r.summary, /❌/);
    nothingCreated(emu);
  });

  it('refuses invalid training data before anything is uploaded or submitted', async () => {
    const few = repo({ 'data/train.jsonl': TRAINING.split('\n').slice(0, 5).join('\n') + '\n' });
    const armCalls = emu.requestLog.entries({ service: 'arm' }).length;
    try {
      const r = await run(emu, few.dir, { command: 'train' });
      assert.equal(r.code, 1, explain(r));
      assert.match(r.summary, /Training refused: invalid data/);
      assert.match(r.summary, /Nothing was uploaded or submitted/);
      assert.equal(emu.requestLog.entries({ service: 'arm' }).length, armCalls, 'Azure was not even asked');
    } finally {
      few.cleanup();
    }
  });

  it('refuses a region without serverless fine-tuning of the model', async () => {
    const r = await run(westeurope, workspace.dir, { command: 'preflight' });
    assert.equal(r.code, 1, explain(r));
    assert.match(r.summary, /not offered in region 'westeurope'/);
    assert.match(r.summary, /eastus2/);
    nothingCreated(westeurope);
  });

  it('refuses Phi-3 serverless, naming Phi-4-mini-instruct and managed compute', async () => {
    const r = await run(emu, workspace.dir, { command: 'train', model: 'Phi-3.5-mini-instruct' });
    assert.equal(r.code, 1, explain(r));
    assert.match(r.summary, /retired on 2025-08-30/);
    assert.match(r.summary, /Phi-4-mini-instruct/);
    assert.match(r.summary, /managed compute/);
    nothingCreated(emu);
  });

  it('refuses when Microsoft.Network is not registered, with the command that registers it', async () => {
    emu.settings.providers = {
      'Microsoft.Network': 'NotRegistered',
      'Microsoft.MachineLearningServices': 'Registered',
    };
    try {
      const r = await run(emu, workspace.dir, { command: 'train' });
      assert.equal(r.code, 1, explain(r));
      assert.match(r.summary, /Microsoft\.Network is NotRegistered/);
      assert.match(r.summary, /az provider register --namespace Microsoft\.Network/);
      nothingCreated(emu);
    } finally {
      emu.settings.providers = {
        'Microsoft.Network': 'Registered',
        'Microsoft.MachineLearningServices': 'Registered',
      };
    }
  });

  it('names the permission the identity lacks', async () => {
    emu.settings.permissions = [
      without(
        AZURE_AI_DEVELOPER,
        'Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action',
      ),
    ];
    try {
      const r = await run(emu, workspace.dir, { command: 'preflight' });
      assert.equal(r.code, 1, explain(r));
      assert.match(
        r.summary,
        /datastore secrets \(`Microsoft\.MachineLearningServices\/workspaces\/datastores\/listsecrets\/action`\)/,
      );
      assert.match(r.summary, /Azure AI Developer/);
      assert.doesNotMatch(r.summary, /jobs \(/);
      assert.match(
        r.summary,
        /may not at the workspace `proj-foundry-emulator` \(scope `\/subscriptions\/[^`]+\/workspaces\/proj-foundry-emulator`\)/,
      );
    } finally {
      emu.settings.permissions = [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }];
    }
  });

  it('passes with roles assigned on the workspace only (not visible at the resource group), naming the scope', async () => {
    emu.settings.permissions = [];
    // Azure AI Developer and Reader (`*/read`: AI Developer's `workspaces/*/read` does not cover reading the
    // workspace itself), both on the workspace.
    const reader = { actions: ['*/read'], notActions: [], dataActions: [], notDataActions: [] };
    emu.settings.roleAssignments = [{ scope: 'workspace', permissions: [AZURE_AI_DEVELOPER, reader] }];
    try {
      const r = await run(emu, workspace.dir, { command: 'preflight' });
      assert.equal(r.code, 0, explain(r));
      assert.match(
        r.summary,
        /allowed at the workspace `proj-foundry-emulator` \(scope `\/subscriptions\/[^`]+\/workspaces\/proj-foundry-emulator`\)/,
      );
      const asked = emu.requestLog
        .entries({ service: 'arm', path: 'Microsoft.Authorization/permissions' })
        .at(-1)!;
      assert.match(
        asked.path,
        /\/workspaces\/proj-foundry-emulator\/providers\/Microsoft\.Authorization\/permissions$/,
      );
      // The resource group's list (what the action used to read) does not see the workspace role.
      const atGroup = await arm<{ value: unknown[] }>(
        emu,
        'GET',
        `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.Authorization/permissions`,
        { apiVersion: '2022-04-01' },
      );
      assert.deepEqual(atGroup.body.value, []);
      nothingCreated(emu);
    } finally {
      emu.settings.permissions = [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }];
      emu.settings.roleAssignments = [];
    }
  });

  it('fails without any role at the workspace, naming the missing actions and the scope', async () => {
    emu.settings.permissions = [];
    emu.settings.roleAssignments = [];
    try {
      const r = await run(emu, workspace.dir, { command: 'preflight' });
      assert.equal(r.code, 1, explain(r));
      assert.match(
        r.summary,
        /may not at the workspace `proj-foundry-emulator` \(scope `[^`]+`\): jobs \(`Microsoft\.MachineLearningServices\/workspaces\/jobs\/read`\)/,
      );
    } finally {
      emu.settings.permissions = [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }];
    }
  });

  it('says which workspace does not exist', async () => {
    const r = await run(emu, workspace.dir, { command: 'preflight', workspace: 'no-such-project' });
    assert.equal(r.code, 1, explain(r));
    assert.match(r.summary, /Workspace/);
    assert.match(r.summary, /no-such-project/);
  });

  it('falls back to DefaultAzureCredential without tenant-id and client-id (e.g. workload identity)', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const tokenDir = mkdtempSync(path.join(tmpdir(), 'ff-wi-'));
    const tokenFile = path.join(tokenDir, 'token');
    writeFileSync(tokenFile, emu.oidc.mint());
    const r = await run(
      emu,
      workspace.dir,
      { command: 'preflight', 'tenant-id': '', 'client-id': '' },
      { env: { AZURE_FEDERATED_TOKEN_FILE: tokenFile, ACTIONS_ID_TOKEN_REQUEST_URL: undefined } },
    ).finally(() => rmSync(tokenDir, { recursive: true, force: true }));
    assert.equal(r.code, 0, explain(r));
    assert.match(r.stdout, /Azure sign-in: DefaultAzureCredential/);
  });

  it('asks for id-token: write when the job cannot mint an OIDC token', async () => {
    const r = await run(
      emu,
      workspace.dir,
      { command: 'preflight' },
      { env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined } },
    );
    assert.equal(r.code, 1, explain(r));
    assert.match(r.summary, /permissions: id-token: write/);
  });

  it('quotes the subject GitHub sent when no federated credential matches it', async () => {
    const original = emu.authority.settings.federatedCredentials;
    emu.authority.settings.federatedCredentials = [
      {
        issuer: 'https://token.actions.githubusercontent.com',
        subject: 'repo:octo-org/other:ref:refs/heads/main',
        audiences: ['api://AzureADTokenExchange'],
      },
    ];
    try {
      const r = await run(emu, workspace.dir, { command: 'preflight' });
      assert.equal(r.code, 1, explain(r));
      assert.match(r.summary, /AADSTS700213/);
      assert.match(r.summary, /`repo:octo-org\/octo-repo:ref:refs\/heads\/main` \(the subject GitHub sent/);
    } finally {
      emu.authority.settings.federatedCredentials = original;
    }
  });
});
