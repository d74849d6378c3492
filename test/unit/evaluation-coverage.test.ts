import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unansweredBeyond } from '../../src/evaluation/coverage.ts';
import type { EvaluationResult, ExampleResult } from '../../src/evaluation/evaluate.ts';
import type { ScoredAnswer } from '../../src/evaluation/metrics.ts';
import { unansweredHeadline } from '../../src/report/evaluation.ts';

const answered: ScoredAnswer = { outcome: 'answered', text: 'x', attempts: 1 };
const filtered: ScoredAnswer = { outcome: 'content_filter', message: 'blocked', attempts: 1 };
const failed = (message: string): ScoredAnswer => ({ outcome: 'failed', message, attempts: 7 });

/** An evaluation of `candidate` (and `baseline`) answers; only what the check reads is filled in. */
function result(candidate: ScoredAnswer[], baseline?: ScoredAnswer[]): EvaluationResult {
  const side = (answers: ScoredAnswer[], endpoint: string) => ({
    endpoint,
    failed: answers.filter((a) => a.outcome === 'failed').length,
  });
  const examples: ExampleResult[] = candidate.map((c, i) => ({
    id: `g${i}`,
    line: i + 1,
    prompt: 'q',
    expected: ['a'],
    candidate: c,
    ...(baseline ? { baseline: baseline[i]! } : {}),
  }));
  return {
    examples,
    candidate: side(candidate, 'https://cand/ep'),
    ...(baseline ? { baseline: side(baseline, 'https://prod/ep') } : {}),
  } as unknown as EvaluationResult;
}

describe('an evaluation that measured too little', () => {
  it('fails a side with more than the allowed share unanswered, with its most frequent reason', () => {
    const answers = [
      ...Array.from({ length: 33 }, () => failed('400: Invalid request (gave up after 1 attempt)')),
      failed('400: Invalid request'),
      failed('connection failed (ECONNRESET) (gave up after 7 attempts)'),
      answered,
    ];
    const [u, ...rest] = unansweredBeyond(result(answers), 0.05);
    assert.equal(rest.length, 0);
    assert.deepEqual(u, {
      side: 'candidate',
      endpoint: 'https://cand/ep',
      failed: 35,
      total: 36,
      share: 35 / 36,
      reason: { message: '400: Invalid request', count: 34 },
    });
    assert.equal(
      unansweredHeadline([u!], 0.05, { candidate: 'support-bot v3' }),
      'Evaluation incomplete: 35 of 36 golden examples got no answer from support-bot v3 (97.2%); 34 got: 400: Invalid request. At most 5% may go unanswered (`max-unanswered-share`), so no gate or promotion ran on the rest.',
    );
  });

  it('lets through up to the share, counts filtered answers as answers, and checks the baseline too', () => {
    const one = [failed('x'), ...Array.from({ length: 19 }, () => answered)];
    assert.deepEqual(unansweredBeyond(result(one), 0.05), [], '1 of 20 is exactly 5%');
    const two = [failed('x'), failed('x'), ...Array.from({ length: 18 }, () => answered)];
    assert.equal(unansweredBeyond(result(two), 0.05).length, 1, '2 of 20 is 10%');
    assert.deepEqual(unansweredBeyond(result(two), 0.1), []);
    const filteredOnly = Array.from({ length: 20 }, () => filtered);
    assert.deepEqual(unansweredBeyond(result(filteredOnly), 0), []);

    const all = Array.from({ length: 4 }, () => failed('503 from the endpoint'));
    const sides = unansweredBeyond(result([answered, answered, answered, answered], all), 0.05);
    assert.deepEqual(
      sides.map((s) => [s.side, s.failed, s.reason?.count]),
      [['baseline', 4, 4]],
    );
    assert.match(
      unansweredHeadline(sides, 0.05, { baseline: 'production (v2)' }),
      /^Evaluation incomplete: 4 of 4 golden examples got no answer from production \(v2\) \(100%\); all got: 503 from the endpoint\. At most 5% may/,
    );
    assert.deepEqual(unansweredBeyond(result([]), 0), []);
  });

  it('with a share of 0, fails on a single unanswered example', () => {
    const sides = unansweredBeyond(result([failed('timeout'), answered, answered]), 0);
    assert.equal(sides.length, 1);
    assert.match(
      unansweredHeadline(sides, 0),
      /1 of 3 golden examples got no answer from candidate \(33\.3%\); it got: timeout\. At most 0% may/,
    );
  });
});
