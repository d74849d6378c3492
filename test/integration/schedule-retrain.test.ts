/**
 * Issue 6's proof for `retrain`, against the emulator: on a schedule, unchanged data submits no job;
 * changed data submits one and goes on to a gated promotion; two runs at once still make one job.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Emulator } from '../emulator/index.ts';
import { PROJECT_ROOT, type ActionRun } from '../support/action.ts';
import { emulator, explain, repo, run } from './train-support.ts';

const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, f), 'utf8');
const BEFORE = read('examples/demo/train.before-pr.jsonl');
const AFTER = read('examples/data/train.jsonl');
const GOLDEN = read('examples/data/golden.jsonl');
const GATES = ['exact_match >= 0.3', 'f1 >= baseline.f1 - 0.02'].join('\n');
const MODEL = 'support-bot-Phi-4-mini-instruct-ft';
const RUN_URL = 'https://github.com/octo-org/support-bot/actions/runs/4242';

/** The step table's row of a command. */
function stepRow(r: ActionRun, command: string): string {
  return r.summary.split('\n').find((l) => l.startsWith(`| \`${command}\` |`)) ?? '';
}

describe('schedule: retrain only when something changed', () => {
  let emu: Emulator;
  let workspace: ReturnType<typeof repo>;
  const inputs = { 'golden-file': 'data/golden.jsonl', gates: GATES, 'requests-per-minute': '6000' };
  const scheduled = (extra: Record<string, string> = {}) =>
    run(emu, workspace.dir, { ...inputs, ...extra }, { eventName: 'schedule' });
  const jobPuts = () =>
    emu.requestLog.entries({ service: 'arm', method: 'PUT', path: '/jobs/' }).filter((e) => !e.fault).length;
  const production = () => emu.models().filter((m) => m.tags.stage === 'production');

  before(async () => {
    emu = await emulator({ timeScale: 5000 });
    workspace = repo({ 'data/train.jsonl': BEFORE, 'data/golden.jsonl': GOLDEN });
    // A merge put the first model in production.
    const merged = await run(emu, workspace.dir, inputs);
    assert.equal(merged.outputs.promoted, 'true', explain(merged));
  });
  after(async () => {
    await emu.stop();
    workspace.cleanup();
  });

  it('unchanged data: no job, and the summary says why', async () => {
    const puts = jobPuts();
    const jobs = emu.jobs().length;
    const r = await scheduled();
    assert.equal(r.code, 0, explain(r));
    assert.equal(r.outputs.command, 'resume,retrain,cleanup');
    assert.equal(jobPuts(), puts, 'no job was submitted');
    assert.equal(emu.jobs().length, jobs);
    const [prod] = production();
    const dataset = prod!.tags['foundry-finetune.dataset']!.slice(0, 10);
    assert.match(
      stepRow(r, 'retrain'),
      new RegExp(
        `⏭️ skipped \\| Nothing changed: production model ${MODEL}:${prod!.version} was trained on dataset ${dataset} with the same hyperparameters\\.`,
      ),
    );
    assert.match(r.summary, /### ⏭️ No retraining/);
    // The models table: version, stage, dataset, metrics, deployed, age.
    assert.match(
      r.summary,
      /\| Version \| Stage \| Dataset \| `f1` \| `exact_match` \| .*\| Deployed \| Age \|/,
    );
    assert.match(
      r.summary,
      new RegExp(
        `\\| \`${prod!.version}\` \\| \\*\\*production\\*\\* \\| \`${dataset}\` \\| 0\\.\\d+ \\| 0\\.\\d+ \\|.* \`[a-z0-9-]+\` \\| \\d+ min \\|`,
      ),
    );
  });

  it('changed data: one job, then deploy, evaluate and a gated promotion', async () => {
    const first = production()[0]!;
    const puts = jobPuts();
    const jobs = emu.jobs().length;
    writeFileSync(path.join(workspace.dir, 'data/train.jsonl'), AFTER);
    const r = await scheduled();
    assert.equal(r.code, 0, explain(r));
    assert.equal(r.outputs.command, 'resume,retrain,train,deploy,evaluate,gate,cleanup');
    assert.equal(jobPuts(), puts + 1, 'exactly one job was submitted');
    assert.equal(emu.jobs().length, jobs + 1);
    assert.match(
      stepRow(r, 'retrain'),
      new RegExp(
        `✅ passed \\| Retraining: dataset [0-9a-f]{10} → [0-9a-f]{10} since production model ${MODEL}:${first.version}\\.`,
      ),
    );
    assert.equal(r.outputs.passed, 'true');
    assert.equal(r.outputs.promoted, 'true');

    const [prod] = production();
    assert.equal(production().length, 1);
    assert.equal(prod!.version, r.outputs['model-version']);
    assert.notEqual(prod!.version, first.version);
    assert.equal(prod!.tags['foundry-finetune.previous-production'], first.version);
    assert.equal(prod!.tags['foundry-finetune.promoted-by'], RUN_URL);
    assert.ok(!Number.isNaN(Date.parse(prod!.tags['foundry-finetune.promoted-at']!)));
    assert.match(prod!.tags['foundry-finetune.metric.f1']!, /^0\.\d+$|^1$/);
    assert.equal(emu.models().find((m) => m.version === first.version)!.tags.stage, 'archived');
    // Cleanup ran last and kept both (keep 3 by default), and its table shows the new stages.
    assert.match(r.summary, /### 🧹 Cleanup/);
    assert.match(r.summary, new RegExp(`\\| \`${first.version}\` \\| archived \\|`));
  });

  it('the same data again: nothing to do', async () => {
    const puts = jobPuts();
    const r = await scheduled();
    assert.equal(r.code, 0, explain(r));
    assert.equal(jobPuts(), puts);
    assert.match(
      stepRow(r, 'retrain'),
      new RegExp(`Nothing changed: production model ${MODEL}:${production()[0]!.version} `),
    );
  });

  it('two scheduled runs at once with new hyperparameters make one job between them', async () => {
    const jobs = emu.jobs().length;
    // Virtual time stands still, so both runs find the job not yet started and hand it on.
    emu.clock.setTimeScale(0);
    const both = await Promise.all(
      [1, 2].map(() => scheduled({ command: 'retrain', epochs: '4', wait: 'false' })),
    );
    // The runs race: the second either decides to retrain too and finds the first one's job in `train`,
    // or starts after that job was submitted and says so. Either way there is one job between them.
    const trained = both.filter((r) => r.outputs.command === 'retrain,train');
    assert.ok(trained.length >= 1, both.map(explain).join('\n'));
    for (const r of both) {
      assert.equal(r.code, 0, explain(r));
      if (r.outputs.command === 'retrain,train') {
        assert.match(
          stepRow(r, 'retrain'),
          /Retraining: hyperparameters num_train_epochs: 3 → 4 since production model/,
        );
      } else {
        assert.equal(r.outputs.command, 'retrain', explain(r));
        assert.match(stepRow(r, 'retrain'), /Already training: job ff-[0-9a-f]+ /);
        assert.ok(stepRow(r, 'retrain').includes(trained[0]!.outputs['job-name']!), explain(r));
      }
    }
    if (trained.length === 2) assert.equal(trained[0]!.outputs['job-name'], trained[1]!.outputs['job-name']);
    assert.equal(emu.jobs().length, jobs + 1, 'one job for two runs');
    emu.clock.setTimeScale(5000);
  });

  it('force: true on unchanged data re-runs the chain on the fine-tune it already has, without a new job', async () => {
    writeFileSync(path.join(workspace.dir, 'data/train.jsonl'), AFTER);
    const puts = jobPuts();
    const prod = production()[0]!;
    const r = await scheduled({ command: 'retrain', force: 'true' });
    assert.equal(r.code, 0, explain(r));
    assert.equal(r.outputs.command, 'retrain,train,deploy,evaluate,gate');
    assert.equal(jobPuts(), puts, 'the completed fine-tune was reused');
    assert.match(stepRow(r, 'retrain'), /`force: true`: nothing changed since production model/);
    assert.equal(r.outputs['model-version'], prod.version);
    assert.equal(production()[0]!.version, prod.version);
  });
});
