import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  describeSeverities,
  exampleText,
  flaggedCategories,
  maxSeverities,
  parseAnalysis,
  splitText,
} from '../../src/safety/index.ts';

describe('exampleText', () => {
  it('joins every message content and tool-call argument, in order, one per line', () => {
    const text = exampleText({
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Weather in Oslo?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'c1', content: '{"temp": 3}' },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'It is 3 °C.' },
            { type: 'image_url', image_url: {} },
          ],
        },
      ],
    });
    assert.equal(text, 'Be brief.\nWeather in Oslo?\n{"city":"Oslo"}\n{"temp": 3}\nIt is 3 °C.');
  });

  it("adds a golden line's expected answers, and tells non-examples from empty ones", () => {
    assert.equal(
      exampleText({ messages: [{ role: 'user', content: 'Q' }], expected: ['A1', 'A2'] }),
      'Q\nA1\nA2',
    );
    assert.equal(exampleText({ messages: [{ role: 'user', content: 'Q' }], expected: 'A' }), 'Q\nA');
    assert.equal(exampleText({ messages: [{ role: 'assistant', content: null }] }), '');
    assert.equal(exampleText({ prompt: 'x' }), undefined);
    assert.equal(exampleText([1, 2]), undefined);
    assert.equal(exampleText('text'), undefined);
  });
});

describe('splitText', () => {
  it('keeps a text within the limit as one piece', () => {
    assert.deepEqual(splitText('short', 10), ['short']);
    assert.deepEqual(splitText('', 10), ['']);
  });

  it('cuts at most max characters per piece, at a space near the end when there is one, losslessly', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const pieces = splitText(words, 10_000);
    assert.ok(pieces.length >= 3);
    assert.equal(pieces.join(''), words);
    for (const p of pieces) assert.ok(p.length <= 10_000, `piece of ${p.length}`);
    for (const p of pieces.slice(0, -1)) assert.ok(p.endsWith(' '), 'breaks after a space');
  });

  it('prefers a line break, and never splits a surrogate pair', () => {
    assert.deepEqual(splitText('aaaaaaaa\nbbbbbbbbbbbb', 10), ['aaaaaaaa\n', 'bbbbbbbbbb', 'bb']);
    const emoji = '😀'.repeat(10); // 20 UTF-16 units, no spaces
    const pieces = splitText(emoji, 5);
    assert.equal(pieces.join(''), emoji);
    for (const p of pieces) {
      assert.ok(p.length <= 5);
      assert.equal([...p].join(''), p);
      assert.ok(!/[\ud800-\udbff]$/.test(p), 'no lone high surrogate at the end');
    }
  });
});

describe('severities', () => {
  const s = { Hate: 4, SelfHarm: 0, Sexual: 2, Violence: 6 };

  it('flags categories at or above the threshold; 0 never flags', () => {
    assert.deepEqual(flaggedCategories(s, 4), ['Hate', 'Violence']);
    assert.deepEqual(flaggedCategories(s, 7), []);
    assert.deepEqual(flaggedCategories(s, 0), ['Hate', 'Sexual', 'Violence']);
    assert.deepEqual(flaggedCategories({ Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 0 }, 0), []);
  });

  it('describes the worst first, and merges chunks by the worst per category', () => {
    assert.equal(describeSeverities(s), 'Violence 6, Hate 4, Sexual 2');
    assert.equal(describeSeverities(s, ['Hate']), 'Hate 4');
    assert.deepEqual(maxSeverities(s, { Hate: 1, SelfHarm: 3, Sexual: 2, Violence: 0 }), {
      Hate: 4,
      SelfHarm: 3,
      Sexual: 2,
      Violence: 6,
    });
  });

  it('reads AnalyzeTextResult, and refuses what is not one', () => {
    assert.deepEqual(
      parseAnalysis({
        blocklistsMatch: [],
        categoriesAnalysis: [
          { category: 'Hate', severity: 0 },
          { category: 'Violence', severity: 5 },
          { category: 'Future', severity: 3 },
        ],
      }),
      { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 5 },
    );
    assert.equal(parseAnalysis({ error: { code: 'x' } }), undefined);
    assert.equal(parseAnalysis({ categoriesAnalysis: [{ category: 'Hate', severity: 9 }] }), undefined);
    assert.equal(parseAnalysis({ categoriesAnalysis: [{ category: 'Hate', severity: '4' }] }), undefined);
    assert.equal(parseAnalysis(null), undefined);
  });
});
