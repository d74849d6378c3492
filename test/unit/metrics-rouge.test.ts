import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  lcsLength,
  rouge1,
  rougeL,
  rougeLScore,
  rougeNScore,
  rougeTokenize,
} from '../../src/evaluation/rouge.ts';

const close = (actual: number, expected: number, places = 5): void =>
  assert.ok(
    Math.abs(actual - expected) < 0.5 * 10 ** -places,
    `${actual} is not ${expected} to ${places} places`,
  );

// google-research/google-research rouge/testdata/{target,prediction}.txt, the first two lines: random
// strings whose scores the rouge_score tests pin against the official ROUGE-1.5.5 Perl script.
const TARGETS = [
  "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L\n",
  "KsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN\n",
];
const PREDICTIONS = [
  "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi\n",
  "n cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB'wH'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD\n",
];

describe('rouge_score tokenization', () => {
  it('lowercases and turns every run outside [a-z0-9] into a separator', () => {
    assert.deepEqual(rougeTokenize("Hello, World! It's 2024."), ['hello', 'world', 'it', 's', '2024']);
    // Non-ASCII letters are separators too, as in rouge_score's default tokenizer.
    assert.deepEqual(rougeTokenize('café au lait'), ['caf', 'au', 'lait']);
    assert.deepEqual(rougeTokenize('/'), []);
  });
});

describe("rouge_score's own test cases (rouge_scorer_test.py)", () => {
  it('testRouge1: target "testing one two", prediction "testing"', () => {
    const s = rougeNScore('testing one two', 'testing', 1);
    close(s.precision, 1);
    close(s.recall, 1 / 3);
    close(s.fmeasure, 1 / 2);
  });

  it('testRougeEmpty: an empty prediction scores 0', () => {
    assert.deepEqual(rougeNScore('testing one two', '', 1), { precision: 0, recall: 0, fmeasure: 0 });
    assert.deepEqual(rougeLScore('testing one two', ''), { precision: 0, recall: 0, fmeasure: 0 });
  });

  it('testRouge2: "testing one two" vs "testing one"', () => {
    const s = rougeNScore('testing one two', 'testing one', 2);
    close(s.precision, 1);
    close(s.recall, 1 / 2);
    close(s.fmeasure, 2 / 3);
  });

  it('testRougeLConsecutive and testRougeLNonConsecutive', () => {
    for (const prediction of ['testing one', 'testing two']) {
      const s = rougeLScore('testing one two', prediction);
      close(s.precision, 1);
      close(s.recall, 2 / 3);
      close(s.fmeasure, 4 / 5);
    }
  });

  it('testRouge1AgainstRouge155', () => {
    let s = rougeNScore(TARGETS[0]!, PREDICTIONS[0]!, 1);
    close(s.recall, 0.40741);
    close(s.precision, 0.6875);
    close(s.fmeasure, 0.51163);
    s = rougeNScore(TARGETS[1]!, PREDICTIONS[1]!, 1);
    close(s.recall, 0.40476);
    close(s.precision, 0.65385);
    close(s.fmeasure, 0.5);
  });

  it('testRouge2AgainstRouge155', () => {
    let s = rougeNScore(TARGETS[0]!, PREDICTIONS[0]!, 2);
    close(s.recall, 0.30769);
    close(s.precision, 0.53333);
    close(s.fmeasure, 0.39024);
    s = rougeNScore(TARGETS[1]!, PREDICTIONS[1]!, 2);
    close(s.recall, 0.29268);
    close(s.precision, 0.48);
    close(s.fmeasure, 0.36364);
  });

  it('testRougeLAgainstRouge155', () => {
    let s = rougeLScore(TARGETS[0]!, PREDICTIONS[0]!);
    close(s.recall, 0.40741);
    close(s.precision, 0.6875);
    close(s.fmeasure, 0.51163);
    s = rougeLScore(TARGETS[1]!, PREDICTIONS[1]!);
    close(s.recall, 0.40476);
    close(s.precision, 0.65385);
    close(s.fmeasure, 0.5);
  });

  it('testLcsTable: LCS of [1,2,3,4,5] and [2,5,3,4] is 3, of disjoint lists 0', () => {
    assert.equal(lcsLength(['1', '2', '3', '4', '5'], ['2', '5', '3', '4']), 3);
    assert.equal(lcsLength(['1', '2', '3', '4', '5'], ['8', '9']), 0);
  });
});

describe('best over acceptable answers', () => {
  it('takes the highest F-measure', () => {
    // vs "the cat sat": ROUGE-1 P = 2/2, R = 2/3 -> F = 0.8; vs "a dog": 0.
    close(rouge1('cat sat', ['a dog', 'the cat sat']), 0.8, 12);
    close(rougeL('sat cat', ['the cat sat']), 0.4, 12);
    assert.equal(rouge1('anything', []), 0);
  });
});
