import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bleuFromStats,
  bleuStats,
  corpusBleu,
  sentenceBleu,
  tokenize13a,
} from '../../src/evaluation/bleu.ts';

const close = (actual: number, expected: number, epsilon: number): void =>
  assert.ok(Math.abs(actual - expected) < epsilon, `${actual} is not within ${epsilon} of ${expected}`);

const none = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ');

// sacrebleu's test/test_bleu.py README example: two reference streams, three segments.
const REFS = [
  ['The dog bit the man.', 'It was not unexpected.', 'The man bit him first.'],
  ['The dog had bit the man.', 'No one was surprised.', 'The man had bitten the dog.'],
];
const HYPS = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
const PER_SEGMENT = HYPS.map((_, i) => REFS.map((stream) => stream[i]!));

describe('13a tokenizer (mteval-v13a, as sacrebleu)', () => {
  it('splits punctuation but keeps decimal points, thousands commas and dashes inside words', () => {
    assert.equal(tokenize13a('The dog bit the man.'), 'The dog bit the man .');
    // The apostrophe is not in 13a's punctuation set.
    assert.equal(tokenize13a("It wasn't 3.5, it's 1,000!"), "It wasn't 3.5 , it's 1,000 !");
    assert.equal(tokenize13a('well-known 2-3 &amp; &lt;x&gt;'), 'well-known 2 - 3 & < x >');
  });
});

describe("BLEU against sacrebleu's published test values", () => {
  it('corpus_bleu with default settings (13a, exp smoothing) is 48.530827', () => {
    close(corpusBleu(HYPS, PER_SEGMENT) * 100, 48.530827, 1e-6);
  });

  it("corpus_bleu with tokenize='none' is 49.1919566", () => {
    close(corpusBleu(HYPS, PER_SEGMENT, none) * 100, 49.1919566, 1e-6);
  });

  it('empty hypotheses are kept and score 0', () => {
    assert.equal(corpusBleu(['', '', ''], PER_SEGMENT), 0);
  });

  it('test_statistics: counts [4,2,1,0], totals [6,5,4,3]', () => {
    const s = bleuStats('am I am a character sequence', ['I am a symbol string sequence a a'], none);
    assert.deepEqual(s.correct, [4, 2, 1, 0]);
    assert.deepEqual(s.total, [6, 5, 4, 3]);
  });

  it("test_scoring: compute_bleu([9,7,5,3], [10,8,6,4], 11, 11) with smooth 'none' is 0.8375922397", () => {
    const score = bleuFromStats(
      { correct: [9, 7, 5, 3], total: [10, 8, 6, 4], hypLen: 11, refLen: 11 },
      { smoothing: 'none' },
    );
    close(score, 0.8375922397, 1e-8);
  });

  it('test_sentence_bleu: exp smoothing, 13a, effective order gives 8.493 (sacrebleu issue #98)', () => {
    const ref = 'producţia de zahăr brut se exprimă în zahăr alb;';
    const sys = 'Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;';
    close(sentenceBleu(sys, [ref]) * 100, 8.493, 1e-3);
  });

  it('test_sentence_bleu zero case: no matching n-gram is 0 (sacrebleu issue #141)', () => {
    assert.equal(sentenceBleu('this is a cat', ['okay thanks']), 0);
  });
});

describe('BLEU details (hand-computed)', () => {
  it('clips n-gram counts by the most any single reference holds, and picks the closest reference length', () => {
    // "the the the" vs refs "the cat" / "the the dog": unigram "the" clipped at 2 (second ref).
    const s = bleuStats('the the the', ['the cat', 'the the dog'], none);
    assert.deepEqual(s.correct, [2, 1, 0, 0]);
    assert.deepEqual(s.total, [3, 2, 1, 0]);
    // |3-2| = 1 and |3-3| = 0: the closest is 3.
    assert.equal(s.refLen, 3);
  });

  it('applies the brevity penalty exp(1 - r/c) when the hypothesis is shorter', () => {
    const perfect = { correct: [2, 1, 0, 0], total: [2, 1, 0, 0], hypLen: 2, refLen: 4 };
    // effective order 2, both precisions 1: BLEU = BP = exp(1 - 4/2)
    close(bleuFromStats(perfect, { effectiveOrder: true }), Math.exp(-1), 1e-12);
  });

  it('an exact sentence match is 1', () => {
    assert.equal(sentenceBleu('The cat sat on the mat.', ['The cat sat on the mat.']), 1);
  });
});

describe('corpus BLEU on short answers', () => {
  it('uses the effective order when no answer has 4 words, where sacrebleu would score 0', () => {
    // unigrams 3/3, bigrams 1/1 (only "blue whale"); no 3- or 4-grams anywhere -> order 2.
    const score = corpusBleu(['Paris', 'blue whale'], [['Paris'], ['blue whale']]);
    assert.equal(score, 1);
    // With a 4-gram present the effective order is 4 and the score is sacrebleu's (see above).
    close(corpusBleu(HYPS, PER_SEGMENT) * 100, 48.530827, 1e-6);
  });
});
