import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { identityTags, jobIdentity, type JobIdentityInput } from '../../src/foundry/identity.ts';
import type { ModelEntry } from '../../src/lifecycle/inventory.ts';
import {
  changesFrom,
  decideRetrain,
  describeChange,
  diffHyperparameters,
  type RetrainFacts,
} from '../../src/lifecycle/retrain-decision.ts';

const BASE: JobIdentityInput = {
  repository: 'octo-org/support-bot',
  modelId: 'Phi-4-mini-instruct',
  modelVersion: '1',
  datasetHash: '1a2b3c4d5e6f'.padEnd(64, '0'),
  hyperparameters: { num_train_epochs: '3' },
  outputModelName: 'support-bot-ft',
};
const current = jobIdentity(BASE);

function entry(version: string, stage: string, input: Partial<JobIdentityInput> = {}): ModelEntry {
  const identity = jobIdentity({ ...BASE, ...input });
  const tags = { ...identityTags(identity, { commit: 'abc' }), stage, job: `ff-${identity.key}` };
  return {
    name: 'support-bot-ft',
    version,
    id: `azureml://x/models/support-bot-ft/versions/${version}`,
    tags,
    stage,
    datasetHash: identity.input.datasetHash,
    identity: identity.key,
    metrics: {},
    endpoints: [],
  };
}

function facts(over: Partial<RetrainFacts>): RetrainFacts {
  return { identity: current, entries: [], running: [], force: false, ...over };
}

const CHANGED_DATA = { datasetHash: '9f8e7d6c5b4a'.padEnd(64, '1') };

describe('retrain: whether a scheduled run fine-tunes', () => {
  it('skips when production was trained on the same data and hyperparameters, and says so', () => {
    const production = entry('3', 'production');
    const d = decideRetrain(facts({ production, entries: [production] }));
    assert.equal(d.train, false);
    assert.equal(d.reason, 'unchanged');
    assert.equal(
      d.headline,
      'Nothing changed: production model support-bot-ft:3 was trained on dataset 1a2b3c4d5e with the same hyperparameters.',
    );
  });

  it('trains when the data changed, naming both dataset hashes', () => {
    const production = entry('3', 'production', CHANGED_DATA);
    const d = decideRetrain(facts({ production, entries: [production] }));
    assert.equal(d.train, true);
    assert.equal(d.reason, 'changed');
    assert.deepEqual(
      d.changes.map((c) => c.kind),
      ['dataset'],
    );
    assert.match(d.headline, /dataset 9f8e7d6c5b → 1a2b3c4d5e since production model support-bot-ft:3/);
  });

  it('trains when only the hyperparameters or the base model version changed', () => {
    const hp = entry('3', 'production', { hyperparameters: { num_train_epochs: '5' } });
    const byHp = decideRetrain(facts({ production: hp, entries: [hp] }));
    assert.equal(byHp.train, true);
    assert.deepEqual(
      byHp.changes.map((c) => c.kind),
      ['hyperparameters'],
    );
    const told = decideRetrain(
      facts({ production: hp, entries: [hp], productionHyperparameters: { num_train_epochs: '5' } }),
    );
    assert.match(
      told.headline,
      /^Retraining: hyperparameters num_train_epochs: 5 → 3 since production model/,
    );
    const base = entry('3', 'production', { modelVersion: '2' });
    const byBase = decideRetrain(facts({ production: base, entries: [base] }));
    assert.deepEqual(
      byBase.changes.map((c) => describeChange(c)),
      ['base model Phi-4-mini-instruct:2 → Phi-4-mini-instruct:1'],
    );
  });

  it('trains when only the compute changed (the identity moved though data and hyperparameters did not)', () => {
    const production = entry('3', 'production', { compute: 'gpu-cluster' });
    const d = decideRetrain(facts({ production, entries: [production] }));
    assert.equal(d.train, true);
    assert.deepEqual(
      d.changes.map((c) => c.kind),
      ['compute'],
    );
  });

  it('trains the first time, when nothing is in production', () => {
    const d = decideRetrain(facts({}));
    assert.equal(d.train, true);
    assert.equal(d.reason, 'first');
    assert.match(d.headline, /no model of this repository is in production yet/);
  });

  it('force: true goes on to deploy, evaluate and gate even when nothing changed, and says the fine-tune is reused', () => {
    const production = entry('3', 'production');
    const d = decideRetrain(facts({ production, entries: [production], force: true }));
    assert.equal(d.train, true);
    assert.equal(d.reason, 'forced');
    assert.equal(d.reuse?.version, '3');
    assert.ok(d.notes.some((n) => /reused, not paid for again/.test(n)));
  });

  it('skips while a job of the same identity is still running, even when forced', () => {
    const production = entry('3', 'production', CHANGED_DATA);
    const job = {
      name: `ff-${current.key}`,
      status: 'Running',
      tags: identityTags(current, { commit: 'c' }),
    };
    for (const force of [false, true]) {
      const d = decideRetrain(facts({ production, entries: [production], running: [job], force }));
      assert.equal(d.train, false);
      assert.equal(d.reason, 'running');
      assert.match(d.headline, new RegExp(`Already training: job ${job.name} \\(Running\\)`));
    }
  });

  it('trains anyway while a job of another identity runs, and names that job', () => {
    const other = jobIdentity({ ...BASE, ...CHANGED_DATA });
    const job = { name: `ff-${other.key}`, status: 'Queued', tags: identityTags(other, { commit: 'c' }) };
    const d = decideRetrain(facts({ running: [job] }));
    assert.equal(d.train, true);
    assert.equal(d.notes.length, 1);
    assert.match(
      d.notes[0]!,
      new RegExp(`Job ${job.name} \\(Queued, dataset 9f8e7d6c5b\\) is still running`),
    );
  });

  it('skips a rejected fine-tune of the same identity unless forced', () => {
    const production = entry('3', 'production', CHANGED_DATA);
    const rejected = entry('4', 'rejected');
    const entries = [rejected, production];
    const d = decideRetrain(facts({ production, entries }));
    assert.equal(d.train, false);
    assert.equal(d.reason, 'rejected');
    assert.match(d.headline, /support-bot-ft:4 was already fine-tuned on dataset 1a2b3c4d5e .* gates failed/);
    const forced = decideRetrain(facts({ production, entries, force: true }));
    assert.equal(forced.train, true);
    assert.equal(forced.reuse?.version, '4');
  });

  it('only the newest version of the identity counts: a later candidate of it is carried on', () => {
    const production = entry('3', 'production', CHANGED_DATA);
    const d = decideRetrain(
      facts({ production, entries: [entry('5', 'candidate'), entry('4', 'rejected'), production] }),
    );
    assert.equal(d.train, true);
    assert.equal(d.reason, 'unfinished');
    assert.equal(d.reuse?.version, '5');
    assert.match(d.headline, /its fine-tune is reused/);
  });

  it('a production model tagged without an identity is compared by dataset, hyperparameters and base model', () => {
    const production = entry('3', 'production');
    delete production.tags['foundry-finetune.identity'];
    assert.deepEqual(changesFrom(production.tags, current), []);
    const handMade = { stage: 'production' };
    assert.deepEqual(
      changesFrom(handMade, current).map((c) => c.kind),
      ['dataset', 'hyperparameters', 'base model'],
    );
  });

  it('diffs hyperparameter maps by name', () => {
    assert.deepEqual(
      diffHyperparameters(
        { num_train_epochs: '3', learning_rate: '0.0002' },
        { num_train_epochs: '5', per_device_train_batch_size: '8', learning_rate: '0.0002' },
      ),
      ['num_train_epochs: 3 → 5', 'per_device_train_batch_size: (unset) → 8'],
    );
  });

  it('retries one failed attempt, naming it and its reason; stops after two unless forced', () => {
    const one = [
      {
        name: `ff-${current.key}`,
        status: 'Failed',
        phase: 'failed' as const,
        message: 'GPU quota exceeded.',
      },
    ];
    const retry = decideRetrain(facts({ endedAttempts: one }));
    assert.equal(retry.train, true);
    assert.match(retry.headline, new RegExp(`\\(attempt 2; ff-${current.key} Failed\\)\\.$`));
    assert.ok(retry.notes.some((n) => n.includes('GPU quota exceeded')));

    const two = [
      { ...one[0]!, name: `ff-${current.key}-2` },
      { ...one[0]!, message: undefined },
    ];
    const stop = decideRetrain(facts({ endedAttempts: two }));
    assert.equal(stop.train, false);
    assert.equal(stop.reason, 'failing');
    assert.match(stop.headline, /the last 2 attempts .* failed \(ff-\w+-2, ff-\w+\): GPU quota exceeded\.$/);
    assert.equal(decideRetrain(facts({ endedAttempts: two, force: true })).train, true);
  });

  it('does not resubmit a canceled attempt unless forced', () => {
    const canceled = [{ name: `ff-${current.key}`, status: 'Canceled', phase: 'canceled' as const }];
    const d = decideRetrain(facts({ endedAttempts: canceled }));
    assert.equal(d.train, false);
    assert.equal(d.reason, 'canceled');
    assert.equal(decideRetrain(facts({ endedAttempts: canceled, force: true })).train, true);
  });

  it('does not repeat a completed fine-tune whose model was deleted, even when forced', () => {
    for (const force of [false, true]) {
      const d = decideRetrain(facts({ completedJob: `ff-${current.key}`, force }));
      assert.equal(d.train, false);
      assert.equal(d.reason, 'deleted');
      assert.match(d.headline, /its model was deleted since/);
    }
  });
});
