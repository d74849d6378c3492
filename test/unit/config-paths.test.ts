/**
 * Data paths stay inside the workspace and outside `.git/`, symlinks resolved; on a pull request, where
 * credentials are sent comes from the inputs or the base commit's config file, never the head's.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { buildConfig, CREDENTIAL_DESTINATION_KEYS, type ConfigSources } from '../../src/config/build.ts';
import { ConfigError } from '../../src/config/parse.ts';
import { resolveWorkspacePath } from '../../src/config/paths.ts';

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A workspace with data, a `.git/config`, a file outside it, and symlinks out and into `.git/`. */
function workspace(): { root: string; outside: string } {
  const base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'ff-paths-')));
  made.push(base);
  const root = path.join(base, 'repo');
  mkdirSync(path.join(root, 'data'), { recursive: true });
  mkdirSync(path.join(root, '.git'));
  writeFileSync(path.join(root, '.git/config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
  writeFileSync(path.join(root, 'data/train.jsonl'), '{}\n');
  const outside = path.join(base, 'outside.jsonl');
  writeFileSync(outside, 'secret\n');
  symlinkSync(outside, path.join(root, 'data/link.jsonl'));
  symlinkSync(path.join(root, '.git'), path.join(root, 'data/git'));
  symlinkSync(base, path.join(root, 'up'));
  return { root, outside };
}

const refused = (root: string, value: string, why: RegExp): void => {
  assert.throws(
    () => resolveWorkspacePath(root, value, "input 'training-file'"),
    (e: Error) => {
      assert.ok(e instanceof ConfigError, String(e));
      assert.match(e.message, /^input 'training-file': '.*' is refused because /);
      assert.match(e.message, why);
      assert.match(e.message, /nothing was read/);
      return true;
    },
    value,
  );
};

describe('paths from inputs and the config file', () => {
  it('accepts paths inside the workspace, relative or absolute, existing or not', () => {
    const { root } = workspace();
    assert.equal(resolveWorkspacePath(root, 'data/train.jsonl', 'x'), 'data/train.jsonl');
    assert.equal(resolveWorkspacePath(root, './data//train.jsonl', 'x'), 'data/train.jsonl');
    assert.equal(resolveWorkspacePath(root, path.join(root, 'data/train.jsonl'), 'x'), 'data/train.jsonl');
    assert.equal(
      resolveWorkspacePath(root, '.foundry-finetune/cache.json', 'x'),
      '.foundry-finetune/cache.json',
    );
    assert.equal(resolveWorkspacePath(root, '.github/../data/x.jsonl', 'x'), 'data/x.jsonl');
  });

  it('refuses ../, absolute paths outside, .git/ and symlinks that lead out or into .git/', () => {
    const { root, outside } = workspace();
    refused(root, '../outside.jsonl', /outside the workspace/);
    refused(root, 'data/../../outside.jsonl', /outside the workspace/);
    refused(root, outside, /outside the workspace/);
    refused(root, '/etc/passwd', /outside the workspace/);
    refused(root, '.git/config', /inside `\.git\/`/);
    refused(root, '.GIT/config', /inside `\.git\/`/);
    refused(root, 'data/link.jsonl', /outside the workspace \(a symlink points there\)/);
    refused(root, 'data/git/config', /inside `\.git\/`, .* \(a symlink points there\)/);
    refused(root, 'up/outside.jsonl', /outside the workspace \(a symlink points there\)/);
    refused(root, 'up/new-file.json', /outside the workspace \(a symlink points there\)/);
    refused(root, '.', /the workspace itself/);
  });
});

function sources(
  root: string,
  inputs: Record<string, string>,
  files: Record<string, string>,
  extra: Partial<ConfigSources> = {},
): ConfigSources & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    getInput: (name) => inputs[name] ?? '',
    readFile: (p) => {
      reads.push(p);
      return files[p];
    },
    root,
    repository: 'octo-org/support-bot',
    ...extra,
  };
}

describe('buildConfig checks every path before reading anything', () => {
  it('names the config key and line of a data path that leaves the workspace', () => {
    const { root } = workspace();
    for (const bad of ['../outside.jsonl', '/etc/passwd', 'data/link.jsonl', '.git/config']) {
      const s = sources(
        root,
        {},
        { '.github/finetune.yml': `model: Phi-4-mini-instruct\ndata:\n  golden: ${bad}\n` },
      );
      assert.throws(
        () => buildConfig(s),
        (e: Error) =>
          e instanceof ConfigError &&
          e.message.startsWith(`'data.golden' in .github/finetune.yml:3: '${bad}' is refused because`),
      );
      assert.deepEqual(s.reads, ['.github/finetune.yml'], 'only the config file itself was read');
    }
  });

  it('never opens a config file outside the workspace', () => {
    const { root } = workspace();
    for (const bad of ['../outside.jsonl', '.git/config', 'data/link.jsonl']) {
      const s = sources(root, { 'config-file': bad }, {});
      assert.throws(() => buildConfig(s), /^ConfigError: input 'config-file': .* is refused/);
      assert.deepEqual(s.reads, []);
    }
  });

  it('checks inputs and the content-safety cache too', () => {
    const { root } = workspace();
    assert.throws(
      () => buildConfig(sources(root, { 'training-file': '../x.jsonl' }, {})),
      /input 'training-file'/,
    );
    assert.throws(
      () =>
        buildConfig(
          sources(root, {}, { '.github/finetune.yml': 'content-safety:\n  cache: ../cache.json\n' }),
        ),
      /'content-safety.cache' in \.github\/finetune\.yml:2: '\.\.\/cache\.json' is refused/,
    );
    const ok = buildConfig(sources(root, { 'training-file': `${root}/data/train.jsonl` }, {}));
    assert.equal(ok.data.training, 'data/train.jsonl');
  });
});

describe('on a pull request, credential destinations come from the inputs or the base commit', () => {
  const HEAD = [
    'azure:',
    '  arm-endpoint: https://attacker.example',
    '  authority-host: https://attacker.example',
    'content-safety:',
    '  endpoint: https://attacker.example',
    'evaluation:',
    '  endpoint-url: https://attacker.example/v1',
    '  baseline-endpoint-url: https://attacker.example/v1',
    '  judge-endpoint-url: https://attacker.example/v1',
    'training:',
    '  epochs: 4',
    '',
  ].join('\n');

  it('covers the keys the issue names', () => {
    assert.deepEqual([...CREDENTIAL_DESTINATION_KEYS].sort(), [
      'azure.arm-endpoint',
      'azure.authority-host',
      'content-safety.endpoint',
      'evaluation.baseline-endpoint-url',
      'evaluation.endpoint-url',
      'evaluation.judge-endpoint-url',
    ]);
  });

  it("ignores the head's values, takes the base commit's, and says so", () => {
    const { root } = workspace();
    const base =
      'content-safety:\n  endpoint: https://safety.example\nazure:\n  arm-endpoint: https://arm.example\n';
    const c = buildConfig(
      sources(
        root,
        {},
        { '.github/finetune.yml': HEAD },
        { pullRequestBase: { ref: 'b'.repeat(40), text: base } },
      ),
    );
    assert.equal(c.azure.armEndpoint, 'https://arm.example');
    assert.equal(c.azure.authorityHost, 'https://login.microsoftonline.com');
    assert.equal(c.contentSafety.endpoint, 'https://safety.example');
    assert.equal(c.evaluation.endpointUrl, undefined);
    assert.equal(c.evaluation.baselineEndpointUrl, undefined);
    assert.equal(c.evaluation.judgeEndpointUrl, undefined);
    assert.equal(c.training.epochs, 4, 'other keys of the head still apply');
    assert.equal(c.notices.length, 6);
    assert.match(
      c.notices[0]!,
      /^'azure\.arm-endpoint' in \.github\/finetune\.yml:2 is ignored on a pull request: .* base commit bbbbbbb \(\.github\/finetune\.yml@bbbbbbb:4\)\.$/,
    );
    assert.match(
      c.notices.find((n) => n.includes('judge'))!,
      /which does not set it\.$/,
    );
  });

  it('inputs still win, and outside pull requests the file is read as it is', () => {
    const { root } = workspace();
    const pr = buildConfig(
      sources(
        root,
        { 'arm-endpoint': 'https://input.example' },
        { '.github/finetune.yml': HEAD },
        { pullRequestBase: { ref: 'c'.repeat(40), text: undefined } },
      ),
    );
    assert.equal(pr.azure.armEndpoint, 'https://input.example');
    assert.equal(pr.contentSafety.endpoint, undefined);
    const push = buildConfig(sources(root, {}, { '.github/finetune.yml': HEAD }));
    assert.equal(push.azure.armEndpoint, 'https://attacker.example');
    assert.deepEqual(push.notices, []);
  });

  it('a head value equal to the base commit is no news', () => {
    const { root } = workspace();
    const c = buildConfig(
      sources(
        root,
        {},
        { '.github/finetune.yml': 'azure:\n  arm-endpoint: https://arm.example\n' },
        { pullRequestBase: { ref: 'd'.repeat(40), text: 'azure:\n  arm-endpoint: https://arm.example\n' } },
      ),
    );
    assert.equal(c.azure.armEndpoint, 'https://arm.example');
    assert.deepEqual(c.notices, []);
  });
});

describe('the workspace as one resource id', () => {
  const id =
    '/subscriptions/00000000-1111-2222-3333-444444444444/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/my-hub-project';

  it('sets the subscription, the resource group and the name', () => {
    const { root } = workspace();
    const c = buildConfig(sources(root, { workspace: id }, {}));
    assert.equal(c.azure.subscriptionId, '00000000-1111-2222-3333-444444444444');
    assert.equal(c.azure.resourceGroup, 'rg-ml');
    assert.equal(c.azure.workspace, 'my-hub-project');
    const named = buildConfig(sources(root, { workspace: 'ws', 'resource-group': 'rg' }, {}));
    assert.deepEqual([named.azure.workspace, named.azure.resourceGroup], ['ws', 'rg']);
  });

  it('refuses a resource group that contradicts it', () => {
    const { root } = workspace();
    assert.throws(
      () => buildConfig(sources(root, { workspace: id, 'resource-group': 'other' }, {})),
      /input 'resource-group' is 'other' but the workspace resource id says 'rg-ml'/,
    );
  });
});
