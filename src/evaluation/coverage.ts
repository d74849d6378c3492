/**
 * Whether an evaluation measured enough to be judged (pure). An example with no answer after every retry
 * is left out of the scores; when more than a small share of them is missing, the scores describe the
 * examples that happened to get through, not the golden set, and no gate may pass on them.
 */
import type { EvaluationResult, Side } from './evaluate.ts';

export interface Unanswered {
  side: Side;
  endpoint: string;
  failed: number;
  total: number;
  /** failed / total, 0..1. */
  share: number;
  /** The most frequent reason among the failed examples, and how many gave it. */
  reason?: { message: string; count: number };
}

/** The same failure retried a different number of times is the same reason. */
function reasonKey(message: string): string {
  return message.replace(/\s*\(gave up after \d+ attempts?\)$/, '').trim();
}

/** Sides with more than `maxShare` (0..1) of the golden examples unanswered, candidate first. */
export function unansweredBeyond(result: EvaluationResult, maxShare: number): Unanswered[] {
  const total = result.examples.length;
  if (total === 0) return [];
  const out: Unanswered[] = [];
  for (const side of ['candidate', 'baseline'] as const) {
    const summary = result[side];
    if (!summary || summary.failed === 0) continue;
    const share = summary.failed / total;
    if (share <= maxShare) continue;
    const counts = new Map<string, number>();
    for (const ex of result.examples) {
      const answer = ex[side];
      if (answer?.outcome !== 'failed') continue;
      const key = reasonKey(answer.message ?? '');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let reason: Unanswered['reason'];
    for (const [message, count] of counts) {
      if (message && (!reason || count > reason.count)) reason = { message, count };
    }
    out.push({ side, endpoint: summary.endpoint, failed: summary.failed, total, share, reason });
  }
  return out;
}
