import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exactMatch, normalizeAnswer, tokenF1, tokenF1Single } from '../../src/evaluation/squad.ts';

describe('SQuAD v1.1 normalization', () => {
  it('lowercases, drops ASCII punctuation and the articles a/an/the, and collapses whitespace', () => {
    assert.equal(normalizeAnswer('The  Denver Broncos!'), 'denver broncos');
    assert.equal(normalizeAnswer("Levi's Stadium, in Santa Clara."), 'levis stadium in santa clara');
    assert.equal(normalizeAnswer('An apple a day'), 'apple day');
    assert.equal(normalizeAnswer('theater another'), 'theater another');
  });

  it("treats non-ASCII letters as word characters, like Python's Unicode \\b", () => {
    // JavaScript's ASCII-only \b would see a word boundary after "à" and strip "the".
    assert.equal(normalizeAnswer('àthe'), 'àthe');
    assert.equal(normalizeAnswer('à the'), 'à');
    // Only ASCII punctuation is removed, as string.punctuation defines it.
    assert.equal(normalizeAnswer('«quoted» — dash'), '«quoted» — dash');
  });
});

describe('exact match', () => {
  it('is 1 when the normalized answer equals any acceptable answer', () => {
    assert.equal(exactMatch('Denver Broncos', ['The Denver Broncos.']), 1);
    assert.equal(exactMatch('denver', ['Denver Broncos']), 0);
    assert.equal(exactMatch('Santa Clara', ["Levi's Stadium", 'santa clara!']), 1);
  });
});

describe('token F1 (hand-computed)', () => {
  it('scores partial overlap: 1 of 3 predicted tokens against a 1-token reference is 0.5', () => {
    // P = 1/3, R = 1/1, F1 = 2PR/(P+R) = (2/3)/(4/3) = 0.5
    assert.equal(tokenF1('Carolina Panthers won', ['Panthers']), 0.5);
  });

  it('counts repeated tokens with multiplicity', () => {
    // pred "cat cat sat" vs ref "cat sat on mat": common = cat(1) + sat(1) = 2; P = 2/3, R = 2/4 -> F1 = 4/7
    assert.ok(Math.abs(tokenF1Single('the cat the cat sat', 'a cat sat on the mat') - 4 / 7) < 1e-12);
  });

  it('takes the best acceptable answer', () => {
    // against "santa clara california": P = 1, R = 2/3 -> F1 = 0.8
    assert.ok(Math.abs(tokenF1('Santa Clara', ["Levi's Stadium", 'Santa Clara, California']) - 0.8) < 1e-12);
  });

  it('is 0 without common tokens, and 1 when both sides normalize to nothing', () => {
    assert.equal(tokenF1('Seattle', ['Denver Broncos']), 0);
    assert.equal(tokenF1('The.', ['a']), 1);
    assert.equal(tokenF1('', ['Denver']), 0);
    assert.equal(tokenF1('Denver', []), 0);
  });
});
