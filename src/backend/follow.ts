/**
 * Following a job through the port until it ends, the budget runs out or the run is cancelled: the same
 * backoff as the hub's follower (1.5x per unchanged poll, at most 10x the base, back to the base on a
 * change), on neutral TrainingJob values, so any adapter can use it.
 */
import type { Clock } from '../runtime/types.ts';
import type { FollowOptions, FollowResult, StatusChange, TrainingJob } from './port.ts';

export const BACKOFF_FACTOR = 1.5;
export const MAX_INTERVAL_MULTIPLE = 10;

/** Pure: the next interval after a poll. */
export function nextInterval(current: number, base: number, changed: boolean): number {
  if (changed) return base;
  return Math.min(base * MAX_INTERVAL_MULTIPLE, current * BACKOFF_FACTOR);
}

export async function followTrainingJob(
  getJob: () => Promise<TrainingJob>,
  clock: Clock,
  options: FollowOptions,
): Promise<FollowResult> {
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
  record(job.status);
  let interval = options.pollIntervalMs;
  while (job.phase === 'active') {
    if (options.signal?.aborted) return { job, outcome: 'aborted', timeline, startedAt, polls };
    const now = clock.now();
    if (options.deadline !== undefined && now >= options.deadline) {
      return { job, outcome: 'deadline', timeline, startedAt, polls };
    }
    const wait = options.deadline !== undefined ? Math.min(interval, options.deadline - now) : interval;
    await clock.sleep(Math.max(0, wait), options.signal);
    if (options.signal?.aborted) return { job, outcome: 'aborted', timeline, startedAt, polls };
    job = await getJob();
    polls++;
    interval = nextInterval(interval, options.pollIntervalMs, record(job.status));
  }
  return { job, outcome: 'ended', timeline, startedAt, polls };
}
