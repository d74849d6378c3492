import type { ArmContext } from './context.ts';
import type { JobRecord, ModelVersionRecord, ScheduledStatus } from './state.ts';

const TERMINAL = new Set(['Completed', 'Failed', 'Canceled', 'NotResponding']);

export function isTerminal(status: string): boolean {
  return TERMINAL.has(status);
}

/** Plans a new job's life on the virtual clock: NotStarted -> Queued -> Running -> Completed (or Failed). */
export function scheduleJob(ctx: ArmContext, job: JobRecord): void {
  const t = ctx.settings.timings;
  const queuedAt = job.createdAt + t.queuedAfterMs;
  const runningAt = queuedAt + t.runningAfterMs;
  const endAt = runningAt + t.trainingMs;
  job.plannedEndAt = endAt;
  const scripted = ctx.faults.takeJobFailure(job.name);
  const plan: ScheduledStatus[] = [{ status: 'Queued', at: queuedAt }];
  if (scripted?.phase === 'Queued') {
    job.failure = { code: 'SystemError', message: scripted.message };
    plan.push({ status: 'Failed', at: runningAt });
  } else if (scripted) {
    job.failure = { code: 'SystemError', message: scripted.message };
    plan.push(
      { status: 'Running', at: runningAt },
      { status: 'Failed', at: runningAt + Math.floor(t.trainingMs / 2) },
    );
  } else if (job.dataProblem) {
    job.failure = { code: 'UserError', message: job.dataProblem };
    plan.push(
      { status: 'Running', at: runningAt },
      { status: 'Failed', at: runningAt + Math.min(60_000, Math.floor(t.trainingMs / 10)) },
    );
  } else {
    plan.push({ status: 'Running', at: runningAt }, { status: 'Completed', at: endAt });
  }
  job.schedule = plan;
}

export function cancelJob(ctx: ArmContext, job: JobRecord): void {
  const now = ctx.clock.now();
  job.status = 'CancelRequested';
  job.modifiedAt = now;
  job.schedule = [{ status: 'Canceled', at: now + ctx.settings.timings.cancelMs }];
}

/** Applies every transition the clock has passed, in time order, with its side effects. */
export function reconcile(ctx: ArmContext): void {
  const now = ctx.clock.now();
  for (const job of ctx.state.jobs.values()) {
    while (job.schedule.length > 0 && job.schedule[0]!.at <= now) {
      const next = job.schedule.shift()!;
      applyJobStatus(ctx, job, next);
    }
  }
  for (const endpoint of [...ctx.state.endpoints.values()]) {
    while (endpoint.schedule.length > 0 && endpoint.schedule[0]!.at <= now) {
      endpoint.provisioningState = endpoint.schedule.shift()!.status;
    }
    if (endpoint.deletingUntil !== undefined && endpoint.deletingUntil <= now) {
      ctx.state.endpoints.delete(endpoint.name);
      ctx.inference.remove(endpoint.name);
    }
  }
  for (const sub of ctx.state.marketplace.values()) {
    if (sub.provisioningState === 'Creating' && sub.readyAt <= now) sub.provisioningState = 'Succeeded';
  }
  for (const [namespace, provider] of ctx.state.providerState) {
    if (provider.state === 'Registering' && (provider.readyAt ?? 0) <= now)
      ctx.state.providerState.set(namespace, { state: 'Registered' });
  }
}

function applyJobStatus(ctx: ArmContext, job: JobRecord, next: ScheduledStatus): void {
  job.status = next.status;
  job.modifiedAt = next.at;
  if (next.status === 'Running') job.runningAt = next.at;
  if (isTerminal(next.status)) job.endedAt = next.at;
  if (next.status === 'Completed') registerModel(ctx, job, next.at);
}

/** A completed fine-tune registers `assetName` at the next integer version, tagged with the job's tags. */
function registerModel(ctx: ArmContext, job: JobRecord, at: number): void {
  const version = ctx.state.nextModelVersion(job.assetName);
  const tags = { ...(job.properties.tags as Record<string, string>), job: job.name };
  const record: ModelVersionRecord = {
    name: job.assetName,
    version,
    createdAt: at,
    modifiedAt: at,
    createdBy: job.createdBy,
    knowledge: job.knowledge,
    baseModelName: job.baseModel.name,
    properties: {
      description: `Fine-tuned from ${job.baseModel.name} by job ${job.name}.`,
      tags,
      properties: {
        'azureml.jobName': job.name,
        'azureml.baseModel': job.baseModelUri,
        'azureml.trainingExamples': String(job.trainingExamples),
      },
      isAnonymous: false,
      isArchived: false,
      flavors: {
        hftransformersv2: { data: { task_type: 'chat-completion', base_model: job.baseModel.name } },
      },
      jobName: job.name,
      modelType: 'mlflow_model',
      modelUri: `azureml://jobs/${job.name}/outputs/registered_model`,
      provisioningState: 'Succeeded',
      stage: 'Development',
    },
  };
  // The job's output names the asset only (no spec version has an output `assetVersion`): clients find the
  // version in the registry by `jobName`.
  ctx.state.modelVersions(job.assetName).set(version, record);
  job.registered = { name: job.assetName, version };
}
