import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMMENT_LIMIT, fitComment, ourComments, stickyMarker, withMarker } from '../../src/github/sticky.ts';

describe('sticky comment', () => {
  const bot = { login: 'github-actions[bot]', type: 'Bot' };
  const person = { login: 'mallory', type: 'User' };

  it('finds only comments with our tag written by a bot or by the token owner', () => {
    const comments = [
      { id: 1, body: 'hello', user: bot },
      { id: 2, body: withMarker('foundry-finetune', 'x'), user: person },
      { id: 3, body: withMarker('foundry-finetune', 'y'), user: bot },
      { id: 4, body: withMarker('other', 'z'), user: bot },
      { id: 5, body: withMarker('foundry-finetune', 'w'), user: { login: 'me', type: 'User' } },
    ];
    assert.deepEqual(
      ourComments(comments, 'foundry-finetune').map((c) => c.id),
      [3],
    );
    assert.deepEqual(
      ourComments(comments, 'foundry-finetune', 'me').map((c) => c.id),
      [3, 5],
    );
  });

  it('puts the marker first and keeps it hidden', () => {
    assert.equal(withMarker('t', 'body'), `${stickyMarker('t')}\nbody`);
    assert.match(stickyMarker('t'), /^<!-- .* -->$/);
  });

  it('cuts an oversized comment at a line and says where the rest is', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n');
    const fitted = fitComment(long, 'https://run');
    assert.ok(fitted.length <= COMMENT_LIMIT);
    assert.match(
      fitted,
      /The report was cut to fit a comment. The full report is in the \[job summary\]\(https:\/\/run\)/,
    );
    assert.equal(fitComment('short'), 'short');
  });
});
