/**
 * `retrain`: the scheduled question "does production still reflect the repository's data?". Computes the
 * identity `train` would submit (data hash, hyperparameters, base model, compute), compares it with the
 * model in production, the jobs still running and the versions already trained, and either stops with the
 * reason or hands on to train -> deploy -> evaluate -> gate (`next`), exactly as a merge would.
 */
import { errorMessage } from '../foundry/errors.ts';
import { TAGS } from '../foundry/identity.ts';
import { connectFoundry, type Foundry, type JobResource } from '../foundry/index.ts';
import { jobPhase } from '../foundry/job-spec.ts';
import { modelAssetId } from '../foundry/endpoint-name.ts';
import { buildInventory, type ModelEntry } from '../lifecycle/inventory.ts';
import { findProduction, repositoryVersions } from '../lifecycle/registry.ts';
import { decideRetrain, type EndedAttempt } from '../lifecycle/retrain-decision.ts';
import { renderRetrainSummary } from '../report/retrain.ts';
import { renderFailure } from '../report/steps.ts';
import { repositoryJobs } from './resume.ts';
import { currentTraining } from '../lifecycle/training-identity.ts';
import type { CommandName } from '../config/types.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

/** What a decision to retrain runs next: the same chain as a merge to the default branch. */
export const RETRAIN_CHAIN: CommandName[] = ['train', 'deploy', 'evaluate', 'gate'];

export const retrainCommand: Command = async (ctx) => {
  try {
    return await retrain(ctx);
  } catch (e) {
    const message = errorMessage(e);
    return {
      command: 'retrain',
      status: 'failed',
      headline: message.split('\n')[0] ?? message,
      summary: renderFailure('Retrain check failed', message),
      outputs: {},
      annotations: [],
      failure: message,
    };
  }
};

async function retrain(ctx: CommandContext): Promise<StepResult> {
  const { config, event, log } = ctx;
  const { prepared, hyperparameters: hp, identity } = await currentTraining(ctx);
  log.info(
    `Current identity ${identity.key}: dataset ${prepared.datasetHash}, hyperparameters ${JSON.stringify(hp)}.`,
  );

  const foundry = connectFoundry(config, log, ctx.signal, { clock: ctx.clock });
  const name = config.training.modelName;
  const [versions, endpoints, jobs, productionRef, ws] = await Promise.all([
    repositoryVersions(foundry, config, event.repository),
    foundry.listEndpoints(),
    foundry.listJobs({ tag: TAGS.repository }),
    findProduction(foundry, config, event.repository),
    foundry.workspace(),
  ]);
  const entries = buildInventory(name, versions, endpoints, (v) => modelAssetId(ws, name, v));
  const production = productionRef ? entries.find((e) => e.version === productionRef.version) : undefined;
  const mine = repositoryJobs(jobs, event.repository);
  const running = mine
    .filter((j) => jobPhase(j.properties.status) === 'active')
    .map((j) => ({ name: j.name, status: j.properties.status ?? 'Unknown', tags: j.properties.tags ?? {} }));
  const sameIdentity = mine.filter((j) => j.properties.tags?.[TAGS.identity] === identity.key);
  const completedJob = sameIdentity.find((j) => jobPhase(j.properties.status) === 'succeeded')?.name;
  const endedAttempts = completedJob ? [] : await endedAttemptsOf(foundry, sameIdentity);

  const productionHyperparameters =
    production && production.tags[TAGS.hyperparameters] !== identity.hyperparametersHash
      ? await trainedWith(foundry, production)
      : undefined;
  const decision = decideRetrain({
    identity,
    production,
    entries,
    running,
    force: config.training.force,
    productionHyperparameters,
    endedAttempts,
    completedJob,
  });
  log.info(`retrain: ${decision.headline}`);
  for (const note of decision.notes) log.info(note);

  const summary = renderRetrainSummary({ decision, identity, hp, production, chain: RETRAIN_CHAIN });
  return {
    command: 'retrain',
    status: decision.train ? 'succeeded' : 'skipped',
    headline: decision.headline,
    summary,
    models: { entries, now: ctx.clock.now() },
    outputs: {},
    annotations:
      decision.reason === 'failing'
        ? [{ level: 'warning', title: 'Scheduled retraining stopped', message: decision.headline }]
        : [],
    detail: {
      decision: decision.reason,
      train: decision.train,
      identity: identity.key,
      datasetHash: identity.input.datasetHash,
      hyperparameters: hp,
      production: production ? { version: production.version, identity: production.identity } : undefined,
      changes: decision.changes,
      reuse: decision.reuse?.version,
      runningJob: decision.runningJob?.name,
    },
    ...(decision.train ? { next: RETRAIN_CHAIN } : {}),
  };
}

/** Attempts that ended without a model, newest first; the newest with the service's reason. */
async function endedAttemptsOf(foundry: Foundry, jobs: readonly JobResource[]): Promise<EndedAttempt[]> {
  const ended: EndedAttempt[] = [];
  for (const job of jobs) {
    const phase = jobPhase(job.properties.status);
    if (phase !== 'failed' && phase !== 'canceled') continue;
    const message = ended.length === 0 ? await foundry.jobFailure(job).catch(() => undefined) : undefined;
    ended.push({ name: job.name, status: job.properties.status ?? 'Unknown', phase, message });
  }
  return ended;
}

/** The hyperparameters a version was trained with live on its job; a missing job only costs the detail. */
async function trainedWith(foundry: Foundry, entry: ModelEntry): Promise<Record<string, string> | undefined> {
  const jobName = entry.tags[TAGS.job];
  if (!jobName) return undefined;
  const job = await foundry.getJob(jobName).catch(() => undefined);
  return job?.properties.fineTuningDetails?.hyperParameters;
}
