/**
 * The Foundry resource's state machines on the virtual clock: files pending -> running -> processed (or
 * error); jobs pending -> running -> succeeded (or failed; paused stops the training clock; cancelled);
 * deployments Accepted -> Creating -> Succeeded (or Failed), Deleting -> gone, and Developer-tier ones
 * removed 24 hours after creation whatever their use (D-DEVTEST).
 */
import { randomBytes } from 'node:crypto';
import { seededUnit } from '../core/random.ts';
import { Knowledge } from '../inference/knowledge.ts';
import type { DeploymentRecord, FileRecord, JobRecord, ProjectContext } from './context.ts';

export const TERMINAL_JOB = new Set(['succeeded', 'failed', 'cancelled']);

export function fileStatus(ctx: ProjectContext, file: FileRecord): string {
  if (file.deleted) return 'deleted';
  const now = ctx.clock.now();
  if (now < file.createdAt + (file.readyAt - file.createdAt) / 2) return 'pending';
  if (now < file.readyAt) return 'running';
  return file.problem ? 'error' : 'processed';
}

function hex(n: number): string {
  return randomBytes(n).toString('hex');
}

export function addEvent(
  job: JobRecord,
  at: number,
  message: string,
  level: 'info' | 'warn' | 'error' = 'info',
  type: 'message' | 'metrics' = 'message',
  data?: unknown,
): void {
  job.events.push({ id: `ftevent-${hex(16)}`, at, level, message, type, data });
}

export function epochsOf(job: JobRecord): number {
  const n = job.hyperparameters.n_epochs;
  return typeof n === 'number' ? n : 3;
}

function lossAt(ctx: ProjectContext, job: JobRecord, step: number, steps: number, kind: string): number {
  const base = kind === 'valid' ? 2.3 : 2.1;
  const noise = (seededUnit(ctx.settings.seed, `${job.id}/${kind}/${step}`) - 0.5) * 0.05;
  return Number((base * Math.exp((-2 * step) / steps) + 0.1 + noise).toFixed(4));
}

function finishEpochs(ctx: ProjectContext, job: JobRecord, upTo: number): void {
  const epochs = epochsOf(job);
  const stepsPerEpoch = 10;
  const steps = epochs * stepsPerEpoch;
  const done = Math.min(epochs, Math.floor((upTo / ctx.settings.timings.trainingMs) * epochs + 1e-9));
  const already = job.events.filter((e) => e.type === 'metrics').length;
  const start = job.runningSince ?? ctx.clock.now();
  for (let epoch = already + 1; epoch <= done; epoch++) {
    const step = epoch * stepsPerEpoch;
    const metrics: Record<string, number> = {
      step,
      train_loss: lossAt(ctx, job, step, steps, 'train'),
      train_mean_token_accuracy: Number((0.6 + (0.35 * step) / steps).toFixed(4)),
    };
    if (job.body.validation_file) {
      metrics.valid_loss = lossAt(ctx, job, step, steps, 'valid');
      metrics.valid_mean_token_accuracy = Number((0.55 + (0.35 * step) / steps).toFixed(4));
      // The full validation set is scored at each checkpoint (Azure's checkpoint example lists all seven keys).
      metrics.full_valid_loss = Number((metrics.valid_loss * 0.98).toFixed(4));
      metrics.full_valid_mean_token_accuracy = metrics.valid_mean_token_accuracy;
    }
    const at = Math.min(
      ctx.clock.now(),
      start + Math.round((ctx.settings.timings.trainingMs * epoch) / epochs),
    );
    addEvent(
      job,
      at,
      `Step ${step}/${steps}: training loss=${metrics.train_loss}`,
      'info',
      'metrics',
      metrics,
    );
    if (epoch < epochs) {
      job.checkpoints.push({ id: `ftckpt_${hex(12)}`, at, step, metrics });
      // The final epoch is the model; the two before it stay as checkpoints (D-REST).
      if (job.checkpoints.length > 2) job.checkpoints.shift();
    }
  }
}

function succeed(ctx: ProjectContext, job: JobRecord, at: number): void {
  job.status = 'succeeded';
  job.finishedAt = at;
  job.fineTunedModel = `${job.model}.ft-${hex(16)}`;
  const metrics = job.events.filter((e) => e.type === 'metrics').map((e) => e.data as Record<string, number>);
  const header =
    'step,train_loss,train_mean_token_accuracy,valid_loss,validation_mean_token_accuracy,full_valid_loss,full_valid_mean_token_accuracy';
  const rows = metrics.map((m) =>
    [
      m.step,
      m.train_loss,
      m.train_mean_token_accuracy,
      m.valid_loss ?? '',
      m.valid_mean_token_accuracy ?? '',
      '',
      '',
    ].join(','),
  );
  const content = Buffer.from([header, ...rows].join('\n') + '\n');
  const id = `file-${hex(16)}`;
  ctx.state.files.set(id, {
    id,
    filename: 'results.csv',
    purpose: 'fine-tune-results',
    bytes: content.length,
    content,
    createdAt: at,
    readyAt: at,
  });
  job.resultFileId = id;
  addEvent(job, at, `New fine-tuned model created: ${job.fineTunedModel}`);
  addEvent(job, at, 'Job succeeded.');
}

function advanceJob(ctx: ProjectContext, job: JobRecord, now: number): void {
  if (TERMINAL_JOB.has(job.status)) return;
  if (job.status === 'pending' && now >= job.startsAt) {
    job.status = 'running';
    job.runningSince = job.startsAt;
    resolveAuto(job);
    addEvent(job, job.startsAt, 'Job started.');
  }
  if (job.status === 'resuming') {
    job.status = 'running';
    job.runningSince = now;
    addEvent(job, now, 'Job resumed.');
  }
  if (job.status !== 'running' || job.runningSince === undefined) return;
  const trained = job.trainedMs + (now - job.runningSince);
  if (job.failure && trained >= job.failure.afterMs) {
    const at = job.runningSince + (job.failure.afterMs - job.trainedMs);
    job.status = 'failed';
    job.finishedAt = at;
    job.error = { code: job.failure.code, message: job.failure.message, param: job.failure.param };
    addEvent(job, at, job.failure.message, 'error');
    return;
  }
  finishEpochs(ctx, job, Math.min(trained, ctx.settings.timings.trainingMs));
  if (trained >= ctx.settings.timings.trainingMs) {
    succeed(ctx, job, job.runningSince + (ctx.settings.timings.trainingMs - job.trainedMs));
  }
}

/** "auto" is replaced server-side by heuristics once training starts (D-RFT); OAI's finished job shows numbers. */
function resolveAuto(job: JobRecord): void {
  const hp = job.hyperparameters;
  const lines = job.trainingJsonl.split(/\r?\n/).filter((l) => l.trim() !== '').length;
  if (hp.n_epochs === undefined || hp.n_epochs === 'auto') hp.n_epochs = lines < 100 ? 3 : 2;
  if (hp.batch_size === undefined || hp.batch_size === 'auto') hp.batch_size = 1;
  if (hp.learning_rate_multiplier === undefined || hp.learning_rate_multiplier === 'auto')
    hp.learning_rate_multiplier = 1;
  if (job.method === 'dpo' && (hp.beta === undefined || hp.beta === 'auto')) hp.beta = 0.1;
}

/** Pauses the training clock (only a running job that has trained at least one step: D-REST). */
export function pauseJob(ctx: ProjectContext, job: JobRecord): void {
  const now = ctx.clock.now();
  job.trainedMs += now - (job.runningSince ?? now);
  job.runningSince = undefined;
  job.status = 'paused';
  addEvent(job, now, 'Job paused.');
}

export function chatLinesOf(jsonl: string): string {
  // DPO lines teach the preferred answer: turn them into chat lines the inference brain understands.
  return jsonl
    .split(/\r?\n/)
    .flatMap((line) => {
      try {
        const row = JSON.parse(line) as {
          messages?: unknown[];
          input?: { messages?: unknown[] };
          preferred_output?: unknown[];
        };
        if (Array.isArray(row.messages)) return [line];
        if (row.input?.messages && Array.isArray(row.preferred_output))
          return [JSON.stringify({ messages: [...row.input.messages, ...row.preferred_output] })];
      } catch {
        /* not a line the model learns from */
      }
      return [];
    })
    .join('\n');
}

/** Inference registry name of a deployment: served through the data plane's /openai/v1/chat/completions. */
export function inferenceName(ctx: ProjectContext, deployment: string): string {
  return `${ctx.account}~${deployment}`;
}

function makeReady(ctx: ProjectContext, d: DeploymentRecord): void {
  const job = [...ctx.state.jobs.values()].find(
    (j) =>
      j.fineTunedModel === d.modelName ||
      j.checkpoints.some((c) => `${j.fineTunedModel}:ckpt-step-${c.step}` === d.modelName),
  );
  ctx.inference.add({
    name: inferenceName(ctx, d.name),
    brain: {
      modelName: d.modelName,
      knowledge: job ? Knowledge.fromJsonl(chatLinesOf(job.trainingJsonl)).knowledge : new Knowledge(),
      errorRate: ctx.settings.fineTunedErrorRate,
      seed: ctx.settings.seed,
    },
    contentSafety: true,
    keys: { primaryKey: ctx.keys.key1, secondaryKey: ctx.keys.key2 },
  });
}

function advanceDeployment(ctx: ProjectContext, d: DeploymentRecord, now: number): void {
  if (d.deletingUntil !== undefined) {
    if (now >= d.deletingUntil) remove(ctx, d.name);
    return;
  }
  if (d.expiresAt !== undefined && now >= d.expiresAt) {
    ctx.state.expired.push(d.name);
    remove(ctx, d.name);
    return;
  }
  if (d.provisioningState === 'Accepted') d.provisioningState = 'Creating';
  if ((d.provisioningState === 'Creating' || d.provisioningState === 'Updating') && now >= d.readyAt) {
    d.provisioningState = d.failMessage ? 'Failed' : 'Succeeded';
    d.modifiedAt = d.readyAt;
    if (d.provisioningState === 'Succeeded') makeReady(ctx, d);
  }
}

function remove(ctx: ProjectContext, name: string): void {
  ctx.state.deployments.delete(name);
  ctx.inference.remove(inferenceName(ctx, name));
}

export function reconcileProject(ctx: ProjectContext): void {
  const now = ctx.clock.now();
  for (const job of ctx.state.jobs.values()) advanceJob(ctx, job, now);
  for (const d of [...ctx.state.deployments.values()]) advanceDeployment(ctx, d, now);
}
