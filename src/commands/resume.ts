/**
 * `resume`: picks up this repository's fine-tuning jobs that outlived an earlier run (found by their
 * tags), follows them, and carries on with deploy, evaluate and gate for the newest one that completes.
 */
import * as core from '@actions/core';
import { connectFoundry, type Foundry, type JobResource } from '../foundry/index.ts';
import { errorMessage } from '../foundry/errors.ts';
import { TAGS } from '../foundry/identity.ts';
import { jobPhase } from '../foundry/job-spec.ts';
import { findRegisteredModel, studioLink } from '../foundry/lifecycle.ts';
import { renderOtherJobs, type OtherJob } from '../report/resume.ts';
import { renderFailure } from '../report/steps.ts';
import { followAndFinish } from './train.ts';
import type { CommandName } from '../config/types.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

export const resumeCommand: Command = async (ctx) => {
  const startedAt = ctx.clock.now();
  try {
    const foundry = connectFoundry(ctx.config, ctx.log, ctx.signal, { clock: ctx.clock });
    return await resume(ctx, foundry, startedAt);
  } catch (e) {
    const message = errorMessage(e);
    return {
      command: 'resume',
      status: 'failed',
      headline: message.split('\n')[0] ?? message,
      summary: renderFailure('Resume failed', message),
      outputs: {},
      annotations: [],
      failure: message,
    };
  }
};

/** This repository's jobs, newest first. */
export function repositoryJobs(jobs: readonly JobResource[], repository: string): JobResource[] {
  return jobs
    .filter((j) => (j.properties.tags?.[TAGS.repository] ?? '').toLowerCase() === repository.toLowerCase())
    .sort((a, b) => created(b) - created(a));
}

/** What a resumed job that completes goes on to, in this run. */
export const CARRY_ON: CommandName[] = ['deploy', 'evaluate', 'gate'];

/** How many of the newest completed jobs are checked for a model that was never handed on. */
export const COMPLETED_JOBS_CHECKED = 10;

function created(job: JobResource): number {
  return Date.parse(job.systemData?.createdAt ?? '') || 0;
}

async function resume(ctx: CommandContext, foundry: Foundry, startedAt: number): Promise<StepResult> {
  const { log, event } = ctx;
  // Jobs_List filters by tag key only (`tag`); the value is compared here.
  const mine = repositoryJobs(await foundry.listJobs({ tag: TAGS.repository }), event.repository);
  const active: JobResource[] = [];
  const superseded: JobResource[] = [];
  let checkedCompleted = 0;
  let handedOn: JobResource | undefined;
  for (const job of mine) {
    const phase = jobPhase(job.properties.status);
    // Newest data wins: jobs older than one already carried on to deploy are only reported.
    if (handedOn) {
      if (phase === 'active') superseded.push(job);
      continue;
    }
    if (phase === 'active') active.push(job);
    else if (phase === 'succeeded' && checkedCompleted++ < COMPLETED_JOBS_CHECKED) {
      // A job that completed after its run stopped following it was never carried on: its model has no stage.
      const model = await findRegisteredModel(foundry, job, ctx.config.training.modelName).catch(
        () => undefined,
      );
      if (model && !model.properties.tags?.[TAGS.stage]) active.push(job);
      else if (model) handedOn = job;
    }
  }
  if (active.length === 0) {
    if (superseded.length > 0) {
      log.info(
        `Still running but older than ${handedOn!.name}, which was carried on: ${superseded.map((j) => j.name).join(', ')}.`,
      );
    }
    return {
      command: 'resume',
      status: 'skipped',
      headline: `No unfinished fine-tuning job of ${event.repository}.`,
      summary: '',
      outputs: {},
      annotations: [],
    };
  }
  active.sort((a, b) => created(b) - created(a));
  const [newest, ...older] = active;
  log.info(
    `Resuming ${newest!.name}${older.length ? `; also unfinished: ${older.map((j) => j.name).join(', ')}` : ''}.`,
  );
  core.saveState('job-name', newest!.name);
  const url = await studioLink(foundry, newest!);
  const details = newest!.properties.fineTuningDetails;
  const step = await followAndFinish(
    ctx,
    foundry,
    newest!,
    url,
    {
      baseModel: details?.model?.uri ?? 'unknown',
      compute: newest!.properties.computeId?.split('/').at(-1),
      hyperparameters: details?.hyperParameters ?? {},
      datasetHash: newest!.properties.tags?.[TAGS.dataset],
    },
    false,
    startedAt,
    'resume',
  );
  if (newest!.properties.tags?.[TAGS.dataset]) ctx.state.datasetHash = newest!.properties.tags[TAGS.dataset];

  // The older ones: where they stand now (a later run follows those still running).
  const others: OtherJob[] = [];
  for (const job of [...older, ...superseded]) {
    const now = (await foundry.getJob(job.name).catch(() => undefined)) ?? job;
    const phase = jobPhase(now.properties.status);
    const message = phase === 'failed' ? ((await foundry.jobFailure(now).catch(() => undefined)) ?? '') : '';
    if (phase === 'failed') log.warning(`Older job ${now.name} Failed: ${message}`);
    others.push({ name: now.name, status: now.properties.status ?? 'Unknown', message });
  }
  const othersSection = renderOtherJobs(others);
  return {
    ...step,
    summary: othersSection ? `${step.summary}\n\n${othersSection}` : step.summary,
    ...(step.status === 'succeeded' ? { next: CARRY_ON } : {}),
  };
}
