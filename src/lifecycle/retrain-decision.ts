/**
 * Whether a scheduled `retrain` fine-tunes: the identity of the current data and hyperparameters (the job
 * identity `train` would submit) against the model in production, the jobs still running and the versions
 * already trained on the same identity. Pure.
 *
 * Choices:
 * - A job of the same identity still running: skip; `resume` follows it (the job lookup would follow it too,
 *   so training would not pay twice, but it would only duplicate `resume`'s work).
 * - A job of another identity still running (older data): train anyway. Its result would be out of date on
 *   arrival, and the current data is what the repository says production should learn from. The older job
 *   is named in the summary; it keeps running (and billing) until it ends or is cancelled.
 * - The newest version of the same identity was rejected by the gates: skip unless `force`, since the same
 *   fine-tune would fail the same gates. `force` re-runs deploy, evaluate and gate on it (after the gates or
 *   golden set changed, say).
 * - `force` never pays for a second fine-tune of the same identity: `train` reuses the completed job. To
 *   fine-tune the same data again, change a hyperparameter (e.g. a `seed`).
 * - Attempts of the same identity that ended without a model: one failure is retried (a transient quota or
 *   capacity error, say); after MAX_FAILED_ATTEMPTS failures, or once someone canceled the newest attempt,
 *   a schedule stops resubmitting (each attempt is billed) until `force` or a change.
 */
import { TAGS, type JobIdentity } from '../foundry/identity.ts';
import type { ModelEntry } from './inventory.ts';
import { STAGES } from './registry.ts';

export interface RunningJob {
  name: string;
  status: string;
  tags: Record<string, string>;
}

/** Failed attempts of one identity after which a schedule stops resubmitting it by itself. */
export const MAX_FAILED_ATTEMPTS = 2;

export interface EndedAttempt {
  name: string;
  /** Failed, Canceled... */
  status: string;
  phase: 'failed' | 'canceled';
  /** The service's reason, when known (newest attempt only). */
  message?: string;
}

export interface RetrainFacts {
  identity: JobIdentity;
  /** The version in production, when there is one. */
  production?: ModelEntry;
  /** This repository's versions, newest first. */
  entries: readonly ModelEntry[];
  /** This repository's jobs that have not ended. */
  running: readonly RunningJob[];
  force: boolean;
  /** Attempts of the current identity that ended without a model, newest first. */
  endedAttempts?: readonly EndedAttempt[];
  /** A Completed job of the current identity, when there is one. */
  completedJob?: string;
  /** What production was trained with (read from its job), to say which hyperparameter changed. */
  productionHyperparameters?: Record<string, string>;
}

export type ChangeKind = 'dataset' | 'hyperparameters' | 'base model' | 'compute';

export interface Change {
  kind: ChangeKind;
  before?: string;
  after: string;
  /** For hyperparameters: `name: before → after` per changed value, when the old values are known. */
  details?: string[];
}

export type RetrainReason =
  | 'first'
  | 'changed'
  | 'forced'
  | 'unchanged'
  | 'running'
  | 'rejected'
  | 'unfinished'
  | 'failing'
  | 'canceled'
  | 'deleted';

export interface RetrainDecision {
  train: boolean;
  reason: RetrainReason;
  /** One sentence that says why, for the step table. */
  headline: string;
  /** What differs from production (empty when nothing does or there is no production). */
  changes: Change[];
  /** Further facts worth a line in the summary. */
  notes: string[];
  /** A version already trained on this identity: `train` reuses its completed job instead of paying again. */
  reuse?: ModelEntry;
  /** The running job of this identity, when that is why nothing happens. */
  runningJob?: RunningJob;
}

export function shortHash(hash: string | undefined): string {
  return hash ? hash.slice(0, 10) : '-';
}

function label(entry: ModelEntry): string {
  return `${entry.name}:${entry.version}`;
}

function modelTag(identity: JobIdentity): string {
  return `${identity.input.modelId}:${identity.input.modelVersion}`;
}

/**
 * What differs between the identity a version was trained with (its tags) and the current one; with the
 * hyperparameters it was trained with, which of them changed.
 */
export function changesFrom(
  tags: Record<string, string>,
  identity: JobIdentity,
  trainedWith?: Record<string, string>,
): Change[] {
  if (tags[TAGS.identity] === identity.key) return [];
  const changes: Change[] = [];
  const compare = (kind: ChangeKind, tag: string, now: string): void => {
    if (tags[tag] !== now) changes.push({ kind, before: tags[tag], after: now });
  };
  compare('dataset', TAGS.dataset, identity.input.datasetHash);
  compare('hyperparameters', TAGS.hyperparameters, identity.hyperparametersHash);
  compare('base model', TAGS.model, modelTag(identity));
  const hp = changes.find((c) => c.kind === 'hyperparameters');
  if (hp && trainedWith) {
    const details = diffHyperparameters(trainedWith, identity.input.hyperparameters);
    if (details.length > 0) hp.details = details;
  }
  // Same data, hyperparameters and base model under another identity: compute or instance type moved.
  if (changes.length === 0 && tags[TAGS.identity] !== undefined) {
    changes.push({
      kind: 'compute',
      before: tags[TAGS.identity],
      after: identity.key,
    });
  }
  return changes;
}

export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'dataset':
      return `dataset ${shortHash(change.before)} → ${shortHash(change.after)}`;
    case 'hyperparameters':
      if (change.details) return `hyperparameters ${change.details.join(', ')}`;
      return change.before ? 'hyperparameters changed' : 'hyperparameters (not tagged on production)';
    case 'base model':
      return `base model ${change.before ?? '(not tagged)'} → ${change.after}`;
    case 'compute':
      return `compute or instance type (identity ${change.before} → ${change.after})`;
  }
}

export function decideRetrain(facts: RetrainFacts): RetrainDecision {
  const { identity, production, force } = facts;
  const same = (tags: Record<string, string>): boolean => tags[TAGS.identity] === identity.key;
  const runningSame = facts.running.find((j) => same(j.tags));
  const runningOther = facts.running.filter((j) => !same(j.tags));
  const notes = runningOther.map(
    (j) =>
      `Job ${j.name} (${j.status}, dataset ${shortHash(j.tags[TAGS.dataset])}) is still running on other data or hyperparameters; it keeps running, and billing, until it ends or is cancelled in the studio.`,
  );

  if (runningSame) {
    return {
      train: false,
      reason: 'running',
      headline: `Already training: job ${runningSame.name} (${runningSame.status}) fine-tunes this data with these hyperparameters; \`resume\` follows it.`,
      changes: production ? changesFrom(production.tags, identity, facts.productionHyperparameters) : [],
      notes,
      runningJob: runningSame,
    };
  }

  const dataset = shortHash(identity.input.datasetHash);
  const changes = production ? changesFrom(production.tags, identity, facts.productionHyperparameters) : [];
  if (production) {
    if (changes.length === 0) {
      if (!force) {
        return {
          train: false,
          reason: 'unchanged',
          headline: `Nothing changed: production model ${label(production)} was trained on dataset ${dataset} with the same hyperparameters.`,
          changes,
          notes,
        };
      }
      return {
        train: true,
        reason: 'forced',
        headline: `\`force: true\`: nothing changed since production model ${label(production)}, but deploy, evaluate and gate run again on it.`,
        changes,
        notes: [
          ...notes,
          `The fine-tune of this identity is reused, not paid for again; to fine-tune the same data anew, change a hyperparameter (a \`seed\`, say).`,
        ],
        reuse: production,
      };
    }
  }

  const trainedBefore = facts.entries.find((e) => same(e.tags) && e.stage !== STAGES.production);
  const why = production
    ? `${changes.map(describeChange).join('; ')} since production model ${label(production)}`
    : 'no model of this repository is in production yet';

  if (trainedBefore?.stage === STAGES.rejected) {
    if (!force) {
      return {
        train: false,
        reason: 'rejected',
        headline: `Not retraining: ${label(trainedBefore)} was already fine-tuned on dataset ${dataset} with these hyperparameters and its gates failed; the same fine-tune would fail them again.`,
        changes,
        notes: [
          ...notes,
          'Change the data or the hyperparameters, or set `force: true` to deploy, evaluate and gate it again (after changing the gates or the golden set, say).',
        ],
        reuse: trainedBefore,
      };
    }
    return {
      train: true,
      reason: 'forced',
      headline: `\`force: true\`: ${label(trainedBefore)} (rejected) is deployed, evaluated and gated again; ${why}.`,
      changes,
      notes,
      reuse: trainedBefore,
    };
  }

  if (trainedBefore) {
    return {
      train: true,
      reason: 'unfinished',
      headline: `Retraining: ${why}. ${label(trainedBefore)} was already fine-tuned on this data${trainedBefore.stage ? ` (stage ${trainedBefore.stage})` : ''}; its fine-tune is reused and it goes on to deploy, evaluate and gate.`,
      changes,
      notes,
      reuse: trainedBefore,
    };
  }

  if (facts.completedJob) {
    // The fine-tune exists but its model is gone (cleanup removed it): it is never paid for twice.
    return {
      train: false,
      reason: 'deleted',
      headline: `Not retraining: job ${facts.completedJob} already fine-tuned this data with these hyperparameters, and its model was deleted since (cleanup removes versions that are not in production).`,
      changes,
      notes: [
        ...notes,
        'A fine-tune is never repeated for the same identity: change the data or a hyperparameter (a `seed`, say) to train again.',
      ],
    };
  }

  const attempts = facts.endedAttempts ?? [];
  const newest = attempts[0];
  const failed = attempts.filter((a) => a.phase === 'failed');
  const reasonText = newest?.message ? `: ${newest.message.replace(/\.?\s*$/, '')}` : '';
  if (newest?.phase === 'canceled' && !force) {
    return {
      train: false,
      reason: 'canceled',
      headline: `Not retraining: job ${newest.name}, the fine-tune of this data and these hyperparameters, was canceled; a schedule does not resubmit what someone canceled.`,
      changes,
      notes: [...notes, 'Set `force: true` (or push a change) to submit it again.'],
    };
  }
  if (failed.length >= MAX_FAILED_ATTEMPTS && !force) {
    return {
      train: false,
      reason: 'failing',
      headline: `Not retraining: the last ${failed.length} attempts to fine-tune this data with these hyperparameters failed (${failed.map((a) => a.name).join(', ')})${reasonText}.`,
      changes,
      notes: [
        ...notes,
        'Fix the cause (the data, the hyperparameters or the workspace quota), or set `force: true` to try again.',
      ],
    };
  }
  if (newest) {
    notes.push(
      `The previous attempt ${newest.name} ended ${newest.status}${reasonText}; this run submits another (at most ${MAX_FAILED_ATTEMPTS} failed attempts are retried by a schedule).`,
    );
  }
  return {
    train: true,
    reason: production ? 'changed' : 'first',
    headline: `Retraining: ${why}${newest ? ` (attempt ${attempts.length + 1}; ${newest.name} ${newest.status})` : ''}.`,
    changes,
    notes,
  };
}

/** `name: before → after` for every hyperparameter that differs, in name order. */
export function diffHyperparameters(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names
    .filter((n) => before[n] !== after[n])
    .map((n) => `${n}: ${before[n] ?? '(unset)'} → ${after[n] ?? '(unset)'}`);
}
