import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StepResult } from '../../src/commands/types.ts';
import { eventFacts } from '../../src/github/event.ts';
import { redact } from '../../src/runtime/redact.ts';
import { mergeOutputs, renderComment, renderSummary } from '../../src/report/run-report.ts';

const step = (
  command: StepResult['command'],
  status: StepResult['status'],
  extra: Partial<StepResult> = {},
): StepResult => ({
  command,
  status,
  headline: `${command} ${status}`,
  summary: `### ${command} section`,
  outputs: {},
  annotations: [],
  ...extra,
});

const facts = {
  event: eventFacts({ GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abcdef1234', GITHUB_RUN_ID: '7' }, {}),
  modelId: 'Phi-4-mini-instruct',
  planReason: '`auto` on push',
};

describe('run report', () => {
  it('puts a step table and every section in the summary, and the shorter sections in the comment', () => {
    const results = [step('train', 'succeeded'), step('deploy', 'failed', { comment: '### short deploy' })];
    const summary = renderSummary(results, facts);
    assert.match(summary, /\| `train` \| ✅ passed \| train succeeded \|/);
    assert.match(summary, /\| `deploy` \| ❌ failed \| deploy failed \|/);
    assert.match(summary, /### deploy section/);
    assert.match(
      summary,
      /`abcdef1` · `auto` on push · \[workflow run\]\(https:\/\/github.com\/o\/r\/actions\/runs\/7\)/,
    );
    const comment = renderComment(results, facts);
    assert.match(comment, /### short deploy/);
    assert.doesNotMatch(comment, /### deploy section/);
  });

  it('says why nothing ran when the configuration is wrong', () => {
    const summary = renderSummary([], { ...facts, configError: "input 'epochs' must be a whole number" });
    assert.match(summary, /Configuration error:\*\* input 'epochs' must be a whole number/);
  });

  it('merges outputs with later steps winning and names the commands that ran', () => {
    const outputs = mergeOutputs([
      step('train', 'succeeded', { outputs: { 'model-version': '1', 'job-name': 'ff-1' } }),
      step('deploy', 'succeeded', { outputs: { 'model-version': '2' } }),
    ]);
    assert.deepEqual(outputs, { 'model-version': '2', 'job-name': 'ff-1', command: 'train,deploy' });
  });

  it('removes every secret of 4 characters or more, and leaves shorter values alone', () => {
    assert.equal(
      redact('key=s3cr3t and s3cr3t again; id=ab', ['s3cr3t', 'ab']),
      'key=*** and *** again; id=ab',
    );
  });
});
