/**
 * Following a job until it ends, the budget runs out or the run is cancelled: poll with backoff (the
 * interval grows 1.5x per unchanged poll up to 10x, and drops back when the status changes) and report
 * each status change with the time since we started following.
 */
import type { Clock } from '../runtime/types.ts';
import { isTerminal } from './job-spec.ts';
import type { JobResource } from './types.ts';

export interface StatusChange {
  status: string;
  /** Epoch ms when we saw it. */
  at: number;
  /** ms since following began. */
  elapsedMs: number;
}

export type FollowOutcome = 'ended' | 'deadline' | 'aborted';

export interface FollowResult {
  job: JobResource;
  outcome: FollowOutcome;
  timeline: StatusChange[];
  startedAt: number;
  polls: number;
}

export interface FollowOptions {
  clock: Clock;
  pollIntervalMs: number;
  /** Epoch ms after which we stop following (the job keeps running); undefined: no limit. */
  deadline?: number;
  signal?: AbortSignal;
  onChange?: (change: StatusChange) => void;
  /** Seed the timeline with what the caller already saw (e.g. the status at submission). */
  initial?: JobResource;
}

export const BACKOFF_FACTOR = 1.5;
export const MAX_INTERVAL_MULTIPLE = 10;

/** Pure: the next interval after a poll. */
export function nextInterval(current: number, base: number, changed: boolean): number {
  if (changed) return base;
  return Math.min(base * MAX_INTERVAL_MULTIPLE, current * BACKOFF_FACTOR);
}

export async function followJob(
  getJob: () => Promise<JobResource>,
  options: FollowOptions,
): Promise<FollowResult> {
  const { clock } = options;
  const startedAt = clock.now();
  const timeline: StatusChange[] = [];
  const record = (status: string): boolean => {
    if (timeline.at(-1)?.status === status) return false;
    const at = clock.now();
    const change = { status, at, elapsedMs: at - startedAt };
    timeline.push(change);
    options.onChange?.(change);
    return true;
  };
  let job = options.initial ?? (await getJob());
  let polls = options.initial ? 0 : 1;
  record(job.properties.status ?? 'Unknown');
  let interval = options.pollIntervalMs;
  while (!isTerminal(job.properties.status)) {
    if (options.signal?.aborted) return { job, outcome: 'aborted', timeline, startedAt, polls };
    const now = clock.now();
    if (options.deadline !== undefined && now >= options.deadline) {
      return { job, outcome: 'deadline', timeline, startedAt, polls };
    }
    const wait = options.deadline !== undefined ? Math.min(interval, options.deadline - now) : interval;
    await clock.sleep(Math.max(0, wait), options.signal);
    if (options.signal?.aborted) return { job, outcome: 'aborted', timeline, startedAt, polls };
    try {
      job = await getJob();
    } catch (e) {
      // A cancellation that lands during a poll is the same cancellation as one during the pause.
      if (options.signal?.aborted) return { job, outcome: 'aborted', timeline, startedAt, polls };
      throw e;
    }
    polls++;
    const changed = record(job.properties.status ?? 'Unknown');
    interval = nextInterval(interval, options.pollIntervalMs, changed);
  }
  return { job, outcome: 'ended', timeline, startedAt, polls };
}
