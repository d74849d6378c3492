import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  lossChart,
  lossTable,
  renderTrainingComment,
  renderTrainingSummary,
  thin,
  valueAt,
  type TrainingReport,
} from '../../src/report/training.ts';

const base: TrainingReport = {
  outcome: 'completed',
  job: {
    name: 'ff-0123456789ab',
    status: 'Completed',
    studioUrl: 'https://ml.azure.com/runs/ff-0123456789ab?wsid=/x',
    submitted: true,
  },
  baseModel: 'Phi-4-mini-instruct (version 1)',
  timeline: [
    { status: 'NotStarted', elapsedMs: 0 },
    { status: 'Running', elapsedMs: 65_000 },
    { status: 'Completed', elapsedMs: 21 * 60_000 },
  ],
  durationMs: 21 * 60_000,
  hyperparameters: { num_train_epochs: '3', learning_rate: '0.0002' },
  tokens: 4725,
  epochs: 3,
  model: {
    name: 'bot-ft',
    version: '2',
    id: 'azureml://locations/eastus2/workspaces/g/models/bot-ft/versions/2',
  },
  loss: {
    training: [1, 2, 3, 4].map((step) => ({ step: step * 10, value: 2 / step })),
    validation: [
      { step: 20, value: 1.2 },
      { step: 40, value: 0.7 },
    ],
  },
};

describe('training summary', () => {
  it('names the MLflow run and metrics the curve came from, or says plainly that there is none', () => {
    const sourced = renderTrainingSummary({
      ...base,
      loss: {
        ...base.loss!,
        trainingKey: 'loss',
        validationKey: 'eval_loss',
        source: { runId: '7f3c-run', runName: 'finetune' },
      },
    });
    assert.match(sourced, /From MLflow run `7f3c-run` \(finetune\), metrics `loss` and `eval_loss`\./);
    const fallback = renderTrainingSummary({
      ...base,
      loss: {
        training: base.loss!.training,
        validation: [],
        trainingKey: 'f1',
        source: { runId: 'r', fallback: true, truncated: true },
      },
    });
    assert.match(fallback, /it logged no loss metric, so this is `f1`, its series with the most points\./);
    assert.match(fallback, /the curve stops there/);
    const none = renderTrainingSummary({
      ...base,
      loss: undefined,
      lossNote:
        "no MLflow run under job ff-0123456789ab (tags.mlflow.rootRunId = 'ff-0123456789ab', 0 runs) logged metrics.",
    });
    assert.match(none, /#### Loss\n\nNo loss curve: no MLflow run under job ff-0123456789ab/);
    assert.doesNotMatch(none, /xychart/);
  });

  it('links the job, and shows duration, tokens, model, hyperparameters and the status changes', () => {
    const md = renderTrainingSummary(base);
    assert.match(md, /### ✅ Fine-tuning completed/);
    assert.match(md, /\[`ff-0123456789ab`\]\(https:\/\/ml\.azure\.com\/runs\/ff-0123456789ab\?wsid=\/x\)/);
    assert.match(md, /- \*\*Duration:\*\* 21m 0s \(in Azure: the job's created and end times\)/);
    // The token vocabulary: tokens of the training split, x epochs = billed tokens ("trained" is another figure).
    assert.match(md, /- \*\*Training data:\*\* 4,725 tokens x 3 epochs = \*\*14,175 billed tokens\*\*/);
    assert.doesNotMatch(md, /trained\)/);
    assert.match(md, /\*\*Billed tokens\*\*: tokens of the training split x epochs/);
    assert.match(md, /`bot-ft` version 2/);
    assert.match(md, /\| `learning_rate` \| 0\.0002 \|/);
    assert.match(md, /Status changes this run saw \(it followed the job for 21m 0s\)/);
    assert.match(md, /\| Running \| \+1m 5s \|/);
    // No key/value table with an empty header row.
    assert.doesNotMatch(md, /^\| {2}\| {2}\|$/m);
  });

  it('draws both losses as xychart lines, with every value in a table', () => {
    const md = renderTrainingSummary(base);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
    assert.match(chart, /^xychart-beta$/m);
    assert.match(chart, /x-axis "step" \[10, 20, 30, 40\]/);
    assert.match(chart, /line \[2, 1, 0\.6667, 0\.5\]/);
    // Validation is measured at steps 20 and 40: flat before, interpolated between.
    assert.match(chart, /line \[1\.2, 1\.2, 0\.95, 0\.7\]/);
    assert.match(md, /<summary>Loss values<\/summary>/);
    assert.match(lossTable(base.loss!.training, base.loss!.validation), /\| 20 \| 1\.0000 \| 1\.2000 \|/);
  });

  it('puts the service message first on failure', () => {
    const md = renderTrainingSummary({
      ...base,
      outcome: 'failed',
      loss: undefined,
      model: undefined,
      failure: 'CUDA out of memory | shard 3',
    });
    const lines = md.split('\n');
    assert.equal(lines[0], '### ❌ Fine-tuning failed');
    assert.match(lines[3]!, /Azure said:\*\* CUDA out of memory \| shard 3/);
    assert.match(md, /<details open><summary>Status changes/);
    assert.doesNotMatch(md, /mermaid/);
  });

  it('says how a handed-off job continues', () => {
    const md = renderTrainingSummary({
      ...base,
      outcome: 'handed-off',
      loss: undefined,
      model: undefined,
      handOff: 'Job keeps running; resume picks it up.',
    });
    assert.match(md, /Fine-tuning continues in Azure/);
    assert.match(md, /> Job keeps running; resume picks it up\./);
    assert.match(
      renderTrainingComment({ ...base, outcome: 'handed-off', handOff: 'resume picks it up' }),
      /resume picks it up/,
    );
  });

  it('thins long curves for the chart but keeps first and last', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ({ step: i, value: 1 / (i + 1) }));
    const chart = lossChart(points, []);
    const steps = /x-axis "step" \[([^\]]*)\]/.exec(chart)![1]!.split(', ');
    assert.equal(steps.length, 40);
    assert.equal(steps[0], '0');
    assert.equal(steps.at(-1), '999');
    assert.deepEqual(thin([1, 2, 3], 5), [1, 2, 3]);
    assert.match(lossTable(points, []), /200 of 1000 steps shown/);
  });

  it('interpolates between measured points and holds the ends', () => {
    const pts = [
      { step: 10, value: 1 },
      { step: 20, value: 0 },
    ];
    assert.equal(valueAt(pts, 0), 1);
    assert.equal(valueAt(pts, 15), 0.5);
    assert.equal(valueAt(pts, 99), 0);
    assert.equal(valueAt([], 1), undefined);
  });
});
