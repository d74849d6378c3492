import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildConfig } from '../../src/config/build.ts';
import { planCommands } from '../../src/commands/plan.ts';
import { eventFacts } from '../../src/github/event.ts';

const config = (inputs: Record<string, string> = {}) =>
  buildConfig({ getInput: (n) => inputs[n] ?? '', readFile: () => undefined, root: '/r', repository: 'o/r' });

const event = (
  name: string,
  ref = 'refs/heads/main',
  payload: unknown = { repository: { full_name: 'o/r', default_branch: 'main' } },
) => eventFacts({ GITHUB_EVENT_NAME: name, GITHUB_REF: ref, GITHUB_REPOSITORY: 'o/r' }, payload);

describe('planCommands', () => {
  it('validates pull requests, and evaluates them too when a candidate endpoint is given', () => {
    assert.deepEqual(planCommands(config(), event('pull_request')).commands, ['validate']);
    assert.deepEqual(planCommands(config({ 'endpoint-url': 'https://x' }), event('pull_request')).commands, [
      'validate',
      'evaluate',
    ]);
  });

  it('runs the whole lifecycle on a push to the default branch only', () => {
    assert.deepEqual(planCommands(config(), event('push')).commands, ['train', 'deploy', 'evaluate', 'gate']);
    assert.deepEqual(planCommands(config(), event('push', 'refs/heads/feature')).commands, ['validate']);
    assert.deepEqual(planCommands(config({ 'preflight-only': 'true' }), event('push')).commands, [
      'preflight',
    ]);
  });

  it('resumes, retrains and cleans up on a schedule', () => {
    assert.deepEqual(planCommands(config(), event('schedule')).commands, ['resume', 'retrain', 'cleanup']);
    assert.deepEqual(planCommands(config(), event('workflow_dispatch')).commands, [
      'resume',
      'retrain',
      'cleanup',
    ]);
  });

  it('runs an explicit command as it is', () => {
    assert.deepEqual(planCommands(config({ command: 'cleanup' }), event('pull_request')).commands, [
      'cleanup',
    ]);
    assert.deepEqual(
      planCommands(config({ command: 'train', 'preflight-only': 'true' }), event('push')).commands,
      ['preflight'],
    );
  });
});

describe('eventFacts', () => {
  it('tells a fork pull request from a same-repository one', () => {
    const pr = (head: string) => ({
      repository: { full_name: 'o/r', default_branch: 'main' },
      pull_request: {
        number: 7,
        base: { sha: 'b', ref: 'main', repo: { full_name: 'o/r' } },
        head: { sha: 'h', repo: { full_name: head } },
      },
    });
    const fork = eventFacts({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' }, pr('someone/r'));
    assert.equal(fork.pullRequest?.fromFork, true);
    assert.equal(fork.pullRequest?.baseSha, 'b');
    const same = eventFacts({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' }, pr('o/r'));
    assert.equal(same.pullRequest?.fromFork, false);
    assert.equal(same.pullRequest?.number, 7);
  });

  it('builds the run URL from the server URL, repository and run id', () => {
    const e = eventFacts(
      { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '99', GITHUB_SERVER_URL: 'https://github.example.com/' },
      {},
    );
    assert.equal(e.runUrl, 'https://github.example.com/o/r/actions/runs/99');
  });
});
