/**
 * What `train` and `resume` share once a job exists: following it within the run's budget, and on
 * completion finding the model it registered, tagging it, and reading its loss curves.
 */
import type { Logger } from '../runtime/types.ts';
import type { RunState } from '../commands/types.ts';
import type { WaitPolicy } from '../config/types.ts';
import { formatDuration } from '../report/markdown.ts';
import { FoundryError, errorMessage } from './errors.ts';
import type { StatusChange } from './follow.ts';
import { TAG_PREFIX, TAGS } from './identity.ts';
import { registeredModelName, studioUrl } from './job-spec.ts';
import type { Foundry, JobResource, LossLookup, ModelVersionResource } from './index.ts';
import { versionOf } from './index.ts';

/** Epoch ms at which following must stop, or undefined to follow to the end. */
export function waitDeadline(wait: WaitPolicy, startedAt: number): number | undefined {
  switch (wait.kind) {
    case 'no-wait':
      return startedAt;
    case 'minutes':
      return startedAt + wait.minutes * 60_000;
    case 'until-done':
      return wait.capMinutes !== undefined ? startedAt + wait.capMinutes * 60_000 : undefined;
  }
}

export function describeWait(wait: WaitPolicy): string {
  switch (wait.kind) {
    case 'no-wait':
      return '`wait: false`';
    case 'minutes':
      return `\`wait: ${wait.minutes}\` minutes`;
    case 'until-done':
      return wait.capMinutes !== undefined
        ? `the ${wait.capMinutes}-minute budget of a GitHub-hosted runner`
        : 'no limit';
  }
}

export function logStatusChange(log: Logger, jobName: string): (c: StatusChange) => void {
  return (c) => log.info(`${jobName}: ${c.status} (+${formatDuration(c.elapsedMs)})`);
}

/** The identity tags a job carries (`foundry-finetune.*`), to copy onto the model it registered. */
export function identityTagsOf(job: JobResource): Record<string, string> {
  return Object.fromEntries(
    Object.entries(job.properties.tags ?? {}).filter(([k]) => k.startsWith(`${TAG_PREFIX}.`)),
  );
}

export interface CompletedModel {
  name: string;
  version: string;
  id: string;
  tags: Record<string, string>;
}

/**
 * The model version a completed job registered, from the registry: the newest version of the job's output
 * asset name whose `jobName` is the job (or, for versions registered by hand, that we tagged with it).
 */
export async function findRegisteredModel(
  foundry: Foundry,
  job: JobResource,
  fallbackName: string,
): Promise<ModelVersionResource | undefined> {
  const name = registeredModelName(job) ?? fallbackName;
  const versions = await foundry.listModelVersions(name);
  return versions.find(
    (v) => v.properties.jobName === job.name || v.properties.tags?.[TAGS.job] === job.name,
  );
}

/** Tags the registered model with the job's identity; a model already promoted keeps its stage. */
export async function tagCompletedModel(
  foundry: Foundry,
  job: JobResource,
  fallbackName: string,
): Promise<CompletedModel> {
  const found = await findRegisteredModel(foundry, job, fallbackName);
  if (!found) {
    throw new FoundryError({
      operation: `find the model registered by job ${job.name}`,
      serviceMessage: `the job Completed but no version of model '${registeredModelName(job) ?? fallbackName}' names it as its job (jobName)`,
      fix: 'Look at the job in the studio; its output `registered_model` names the model it registers.',
    });
  }
  const name = registeredModelName(job) ?? fallbackName;
  const version = versionOf(found);
  const existing = found.properties.tags ?? {};
  const wanted: Record<string, string> = { ...identityTagsOf(job), [TAGS.job]: job.name };
  if (!existing[TAGS.stage]) wanted[TAGS.stage] = 'candidate';
  const needsUpdate = Object.entries(wanted).some(([k, v]) => existing[k] !== v);
  const tagged = needsUpdate ? await foundry.setModelTags(name, version, wanted) : found;
  return {
    name,
    version,
    id: await foundry.modelId(name, version),
    tags: { ...existing, ...(tagged.properties.tags ?? {}), ...wanted },
  };
}

/** The job's loss curves, or why there are none (said in the log and in the summary). */
export async function readMetrics(foundry: Foundry, job: JobResource, log: Logger): Promise<LossLookup> {
  try {
    const found = await foundry.lossCurves(job);
    if (found.metrics) {
      const m = found.metrics;
      const keys = [m.trainingLossKey, m.validationLossKey].filter(Boolean).join(', ');
      log.info(
        `Loss curves of ${job.name}: MLflow run ${m.runId}${m.runName ? ` (${m.runName})` : ''}, ${keys}.`,
      );
    } else {
      log.info(`No loss curve for ${job.name}: ${found.reason}`);
    }
    return found;
  } catch (e) {
    log.warning(`Could not read the training metrics of ${job.name}: ${errorMessage(e)}`);
    return { reason: `the training metrics could not be read (${errorMessage(e)}).` };
  }
}

/** The job's own duration when ARM says when it was created and last changed, once it has ended. */
export function jobDurationMs(job: JobResource): number | undefined {
  const created = Date.parse(job.systemData?.createdAt ?? '');
  const modified = Date.parse(job.systemData?.lastModifiedAt ?? '');
  if (!Number.isFinite(created) || !Number.isFinite(modified) || modified < created) return undefined;
  return modified - created;
}

export function recordJob(state: RunState, job: JobResource, url: string): void {
  state.job = { name: job.name, status: job.properties.status ?? 'Unknown', studioUrl: url };
}

export function jobOutputs(job: JobResource, url: string, model?: CompletedModel): Record<string, string> {
  const out: Record<string, string> = {
    'job-name': job.name,
    'job-status': job.properties.status ?? 'Unknown',
    'studio-url': url,
  };
  if (model) {
    out['model-name'] = model.name;
    out['model-version'] = model.version;
    out['model-id'] = model.id;
  }
  return out;
}

export async function studioLink(foundry: Foundry, job: JobResource): Promise<string> {
  const ws = await foundry.workspace().catch(() => foundry.ref);
  return studioUrl(ws, job);
}
