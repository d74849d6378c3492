/**
 * `train`: refuse invalid data, check the workspace, upload the data once per content, submit the
 * FineTuning job once per identity, follow it within the run's budget, and on completion tag the model.
 */
import * as core from '@actions/core';
import { connectFoundry, FoundryError, type Foundry, type JobResource } from '../foundry/index.ts';
import { errorMessage } from '../foundry/errors.ts';
import { attemptOf, HYPERPARAMETER_NAMES, identityTags } from '../foundry/identity.ts';
import { fineTuningJobBody, jobPhase } from '../foundry/job-spec.ts';
import {
  describeWait,
  jobDurationMs,
  jobOutputs,
  logStatusChange,
  readMetrics,
  recordJob,
  studioLink,
  tagCompletedModel,
  waitDeadline,
} from '../foundry/lifecycle.ts';
import { preflightPassed } from '../foundry/preflight.ts';
import { renderTrainingNotStarted, renderTrainingRefused } from '../report/preflight.ts';
import { renderFailure } from '../report/steps.ts';
import { renderTrainingComment, renderTrainingSummary, type TrainingReport } from '../report/training.ts';
import { currentTraining } from '../lifecycle/training-identity.ts';
import type { Command, CommandContext, StepResult } from './types.ts';
import { validateCommand } from './validate.ts';

export const trainCommand: Command = async (ctx) => {
  const startedAt = ctx.clock.now();
  try {
    return await train(ctx, startedAt);
  } catch (e) {
    return failed(ctx, errorMessage(e), e instanceof FoundryError ? undefined : e);
  }
};

async function train(ctx: CommandContext, startedAt: number): Promise<StepResult> {
  const { config, log, event, state } = ctx;

  // The validate command's own checks: invalid data never costs a fine-tune.
  const checked = await validateCommand(ctx);
  if (checked.status === 'failed') {
    return {
      command: 'train',
      status: 'failed',
      headline: 'Refused to train: the data does not pass validation. Nothing was uploaded or submitted.',
      summary: renderTrainingRefused(checked.summary),
      comment: checked.comment,
      outputs: checked.outputs,
      annotations: checked.annotations,
      detail: checked.detail,
      failure: `The training data does not pass validation: ${checked.failure ?? checked.headline}`,
    };
  }
  const tokens = Number(checked.outputs.tokens);

  const { prepared, hyperparameters: hp, identity } = await currentTraining(ctx);
  state.datasetHash = prepared.datasetHash;

  const foundry = connectFoundry(config, log, ctx.signal, { clock: ctx.clock });
  const checks = await foundry.preflight({
    model: config.model,
    compute: config.training.compute,
    instanceType: config.training.instanceType,
  });
  for (const c of checks) if (c.status === 'warning') log.warning(`preflight: ${c.detail}`);
  if (!preflightPassed(checks)) {
    const failedChecks = checks.filter((c) => c.status === 'failed');
    return {
      command: 'train',
      status: 'failed',
      headline: `Preflight failed: ${failedChecks.map((c) => c.title).join(', ')}. Nothing was created.`,
      summary: renderTrainingNotStarted(checks),
      outputs: {},
      annotations: [],
      detail: { preflight: checks },
      failure: failedChecks.map((c) => `${c.title}: ${c.detail}${c.fix ? ` Fix: ${c.fix}` : ''}`).join('\n'),
    };
  }

  const found = await foundry.findJob(identity.key);
  let job: JobResource;
  let submitted = false;
  let data: TrainingReport['data'];
  if (found.job) {
    job = found.job;
    const phase = jobPhase(job.properties.status);
    log.info(
      phase === 'succeeded'
        ? `Job ${job.name} already fine-tuned this data with these hyperparameters; reusing its model.`
        : `Job ${job.name} for this data and these hyperparameters is ${job.properties.status}; following it instead of submitting another.`,
    );
  } else {
    const uploaded = await foundry.uploadData(
      { training: prepared.trainingFile, validation: prepared.validationFile },
      { 'foundry-finetune.repository': event.repository, 'foundry-finetune.dataset': prepared.datasetHash },
    );
    data = [uploaded.training, ...(uploaded.validation ? [uploaded.validation] : [])].map((u) => ({
      name: `${u.asset.name}:${u.asset.version}`,
      uri: u.uri,
      reused: !u.uploaded && !u.registered,
    }));
    const attempt = found.nextAttempt;
    if (found.previous.length > 0) {
      const last = found.previous.at(-1)!;
      log.info(
        `Earlier attempt ${last.name} ended ${last.properties.status}; submitting attempt ${attempt} as ${found.nextName}.`,
      );
    }
    const body = fineTuningJobBody(foundry.ref, {
      model: config.model,
      modelVersion: config.modelVersion,
      trainingUri: uploaded.training.uri,
      validationUri: uploaded.validation?.uri,
      hyperparameters: hp,
      outputModelName: config.training.modelName,
      tags: identityTags(identity, { commit: event.sha, runUrl: event.runUrl }, attempt),
      displayName: `${config.training.modelName} (${event.sha ? event.sha.slice(0, 7) : 'local'})`,
      description: `Fine-tune of ${config.model.id} for ${event.repository} by foundry-finetune${event.runUrl ? ` (${event.runUrl})` : ''}.`,
      experimentName: experimentName(event.repository),
      compute: config.training.compute,
      instanceType: config.training.instanceType,
    });
    job = await foundry.submitJob(found.nextName, body);
    submitted = true;
    log.info(
      `Submitted fine-tuning job ${job.name} (${config.training.compute ? `managed compute ${config.training.compute}` : 'serverless'}).`,
    );
  }
  // The post step cancels this job if the run is cancelled (cancel-on-abort), or says how to resume it.
  core.saveState('job-name', job.name);
  const url = await studioLink(foundry, job);
  recordJob(state, job, url);
  log.info(`Studio: ${url}`);

  const report: Omit<TrainingReport, 'outcome' | 'job' | 'timeline'> = {
    baseModel: `${config.model.id} (version ${config.modelVersion})`,
    compute: config.training.compute,
    hyperparameters: job.properties.fineTuningDetails?.hyperParameters ?? hp,
    tokens: Number.isFinite(tokens) && tokens > 0 ? tokens : undefined,
    epochs: Number(hp[HYPERPARAMETER_NAMES.epochs]) || undefined,
    examples: prepared.examples,
    datasetHash: prepared.datasetHash,
    data,
    previousAttempts: found.previous.map((p) => ({ name: p.name, status: p.properties.status ?? 'Unknown' })),
  };
  return followAndFinish(ctx, foundry, job, url, report, submitted, startedAt);
}

/** Follows the job within the run's budget and turns how it ended into the step's result. */
export async function followAndFinish(
  ctx: CommandContext,
  foundry: Foundry,
  initial: JobResource,
  url: string,
  report: Omit<TrainingReport, 'outcome' | 'job' | 'timeline'>,
  submitted: boolean,
  startedAt: number,
  command: 'train' | 'resume' = 'train',
): Promise<StepResult> {
  const { config, log, state } = ctx;
  const follow = await foundry.followJob(initial.name, {
    pollIntervalMs: config.training.pollIntervalSeconds * 1000,
    deadline: waitDeadline(config.training.wait, startedAt),
    signal: ctx.signal,
    onChange: logStatusChange(log, initial.name),
    initial,
  });
  const job = follow.job;
  recordJob(state, job, url);
  const timeline = follow.timeline.map((t) => ({ status: t.status, elapsedMs: t.elapsedMs }));
  const attempt = attemptOf(job.name);

  if (follow.outcome !== 'ended') {
    let outcome: TrainingReport['outcome'] = follow.outcome === 'aborted' ? 'aborted' : 'handed-off';
    let handOff: string;
    let status = job.properties.status ?? 'Unknown';
    if (follow.outcome === 'aborted' && config.training.cancelOnAbort) {
      try {
        await foundry.cancelJob(job.name);
        status = 'CancelRequested';
        outcome = 'canceled';
        handOff = `The run was cancelled and \`cancel-on-abort\` is on: cancellation of ${job.name} was requested.`;
        log.info(`Requested cancellation of ${job.name} (cancel-on-abort).`);
      } catch (e) {
        handOff = `The run was cancelled; cancelling ${job.name} failed (${errorMessage(e)}). The post step tries again.`;
      }
    } else if (follow.outcome === 'aborted') {
      handOff = `The run was cancelled. Job ${job.name} keeps running in Azure; \`command: resume\` (or the scheduled workflow) picks it up by its tags and carries on to deploy.`;
    } else {
      handOff =
        `Stopped following after ${describeWait(config.training.wait)}. Job ${job.name} keeps running in Azure; ` +
        '`command: resume` (or the scheduled workflow) picks it up by its tags and carries on to deploy, evaluate and gate.';
    }
    log.info(handOff);
    const r: TrainingReport = {
      ...report,
      outcome,
      job: { name: job.name, status, studioUrl: url, attempt, submitted },
      timeline,
      handOff,
    };
    return {
      command,
      status: outcome === 'canceled' ? 'failed' : 'pending',
      headline:
        outcome === 'canceled'
          ? `Run cancelled; cancellation of ${job.name} requested.`
          : `Job ${job.name} is ${status}; it continues in Azure and a later run resumes it.`,
      summary: renderTrainingSummary(r),
      comment: renderTrainingComment(r),
      outputs: { ...jobOutputs(job, url), 'job-status': status },
      annotations: [],
      detail: { job: r.job, timeline },
      stop: true,
      ...(outcome === 'canceled'
        ? { failure: `The run was cancelled; job ${job.name} was cancelled too.` }
        : {}),
    };
  }

  const phase = jobPhase(job.properties.status);
  if (phase !== 'succeeded') {
    const message =
      (await foundry.jobFailure(job).catch(() => undefined)) ??
      (phase === 'canceled' ? 'The job was canceled.' : 'The service gave no reason.');
    const r: TrainingReport = {
      ...report,
      outcome: phase === 'canceled' ? 'canceled' : 'failed',
      job: { name: job.name, status: job.properties.status ?? 'Unknown', studioUrl: url, attempt, submitted },
      timeline,
      durationMs: jobDurationMs(job),
      durationFrom: 'job',
      failure: message,
    };
    return {
      command,
      status: 'failed',
      headline: `Job ${job.name} ${job.properties.status}: ${message}`,
      summary: renderTrainingSummary(r),
      comment: renderTrainingComment(r),
      outputs: jobOutputs(job, url),
      annotations: [],
      detail: { job: r.job, timeline, failure: message },
      failure: `Fine-tuning job ${job.name} ${job.properties.status}: ${message}`,
    };
  }

  const model = await tagCompletedModel(foundry, job, config.training.modelName);
  state.model = model;
  const lookup = await readMetrics(foundry, job, log);
  const metrics = lookup.metrics;
  const reused = !submitted && follow.timeline.length <= 1;
  const r: TrainingReport = {
    ...report,
    outcome: reused ? 'reused' : 'completed',
    job: { name: job.name, status: job.properties.status ?? 'Completed', studioUrl: url, attempt, submitted },
    timeline,
    durationMs: jobDurationMs(job) ?? ctx.clock.now() - follow.startedAt,
    durationFrom: jobDurationMs(job) === undefined ? 'run' : 'job',
    model,
    loss: metrics
      ? {
          training: metrics.training,
          validation: metrics.validation,
          trainingKey: metrics.trainingLossKey,
          validationKey: metrics.validationLossKey,
          source: {
            runId: metrics.runId,
            runName: metrics.runName,
            fallback: metrics.fallback,
            truncated: metrics.truncated,
          },
        }
      : undefined,
    lossNote: lookup.reason,
  };
  log.info(`Model ${model.name}:${model.version} (${model.id}).`);
  return {
    command,
    status: 'succeeded',
    headline: reused
      ? `Reused job ${job.name}: model ${model.name} v${model.version} (same data and hyperparameters).`
      : `Job ${job.name} completed: model ${model.name} v${model.version}.`,
    summary: renderTrainingSummary(r),
    comment: renderTrainingComment(r),
    outputs: jobOutputs(job, url, model),
    annotations: [],
    detail: {
      job: r.job,
      timeline,
      model,
      loss: metrics
        ? { training: metrics.training.length, validation: metrics.validation.length }
        : undefined,
    },
  };
}

function experimentName(repository: string): string {
  return `${repository.replace(/[^A-Za-z0-9_-]+/g, '-')}-finetune`.slice(0, 250);
}

function failed(ctx: CommandContext, message: string, unexpected?: unknown): StepResult {
  if (unexpected) ctx.log.debug(String((unexpected as Error).stack ?? unexpected));
  return {
    command: 'train',
    status: 'failed',
    headline: message.split('\n')[0] ?? message,
    summary: renderFailure('Training failed', message),
    outputs: ctx.state.job ? { 'job-name': ctx.state.job.name, 'job-status': ctx.state.job.status } : {},
    annotations: [],
    failure: message,
  };
}
