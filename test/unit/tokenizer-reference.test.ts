import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Tiktoken } from 'js-tiktoken/lite';
import { chatTemplateOverhead, countChatTokens, loadTokenizer } from '../../src/dataset/index.ts';
import { findModel } from '../../src/models/catalog.ts';

// Published reference ids: tiktoken's own tests (cl100k) and cross-implementation vectors (o200k).
const O200K: [string, number[]][] = [
  ['hello world', [24912, 2375]],
  [' 日本語とEnglish 12345!\n', [17428, 40909, 5330, 28881, 220, 7633, 2548, 4175]],
  ['\u001ca', [216, 64]],
  ['a\n\n', [64, 279]],
  ['<|endoftext|>', [27, 91, 419, 1440, 919, 91, 29]],
];
const CL100K: [string, number[]][] = [
  ['hello world', [15339, 1917]],
  ['rer', [38149]],
  ["'rer", [2351, 81]],
  ['today\n ', [31213, 198, 220]],
  ['today\n \n', [31213, 27907]],
  ['today\n  \n', [31213, 14211]],
  [' \x850', [220, 126, 227, 15]],
  ['👍', [9468, 239, 235]],
  [' 日本語とEnglish 12345!\n', [76502, 22656, 45918, 252, 19732, 23392, 220, 4513, 1774, 4999]],
  ['!hello1234567', [0, 15339, 4513, 10961, 22]],
];
// llama-tokenizer-js's reference cases (SentencePiece output), without the BOS id 1.
const LLAMA: [string, number[]][] = [
  ['grabbed', [2646, 1327, 287]],
  [' grabbed', [29871, 2646, 1327, 287]],
  ['           grabbed', [9651, 2646, 1327, 287]],
  ['\n', [29871, 13]],
  [' \n', [259, 13]],
  ['\ttabs\t\t\t\tout here', [29871, 12, 21175, 12, 12, 12, 12, 449, 1244]],
  ['ax\n####\nboo', [4853, 13, 4136, 13, 833, 29877]],
  ['镇', [29871, 30411]],
  ['🦙', [29871, 243, 162, 169, 156]],
  ['🦙Ꙋ', [29871, 243, 162, 169, 156, 237, 156, 141]],
];

/** Text that exercises the pre-tokenizers: spaces, newlines, digits, apostrophes, unicode, long words. */
function corpus(): string[] {
  const pieces = [
    'Hello',
    ' world',
    '  ',
    '\n',
    '\n\n',
    '\t',
    "it's",
    " THEY'RE",
    '12345',
    '3.14',
    '😀',
    'ümlaut',
    '日本語',
    '```ts',
    'x'.repeat(70),
    ' ',
    '--',
    '/path/to',
    'CamelCase',
    ' a',
  ];
  const out: string[] = [];
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 300; i++) {
    let s = '';
    const n = 1 + Math.floor(random() * 25);
    for (let j = 0; j < n; j++) s += pieces[Math.floor(random() * pieces.length)];
    out.push(s);
  }
  return out;
}

test('o200k encodes the published reference ids', async () => {
  const t = await loadTokenizer('o200k');
  for (const [text, ids] of O200K) assert.deepEqual(t.encode(text), ids, JSON.stringify(text));
});

test('cl100k encodes the published reference ids', async () => {
  const t = await loadTokenizer('cl100k');
  for (const [text, ids] of CL100K) assert.deepEqual(t.encode(text), ids, JSON.stringify(text));
});

test('the Phi-3 tokenizer encodes the SentencePiece reference ids', async () => {
  const t = await loadTokenizer('llama-sentencepiece');
  for (const [text, ids] of LLAMA) assert.deepEqual(t.encode(text), ids, JSON.stringify(text));
});

test('memoized counts equal full encodes (o200k, cl100k, llama) on a varied corpus', async () => {
  for (const kind of ['o200k', 'cl100k', 'llama-sentencepiece'] as const) {
    const t = await loadTokenizer(kind);
    for (const text of corpus()) {
      assert.equal(t.count(text), t.encode(text).length, `${kind}: ${JSON.stringify(text)}`);
      assert.equal(t.count(text), t.encode(text).length, `${kind} (memo warm): ${JSON.stringify(text)}`);
    }
  }
});

test('the compact o200k table gives the same ids as js-tiktoken', async () => {
  const t = await loadTokenizer('o200k');
  const reference = new Tiktoken((await import('js-tiktoken/ranks/o200k_base')).default);
  for (const text of corpus().slice(0, 80)) assert.deepEqual(t.encode(text), reference.encode(text, [], []));
});

test('Phi-3 chat count: per message (role, content, end) + EOS, no BOS', async () => {
  const model = findModel('Phi-3-mini-4k-instruct')!;
  const t = await loadTokenizer('llama-sentencepiece');
  const messages = [
    { role: 'user' as const, content: 'grabbed' },
    { role: 'assistant' as const, content: '  ax\n####\nboo' },
  ];
  const count = await countChatTokens(messages, model);
  // rstrip on the role tokens absorbs the leading whitespace of the content.
  assert.equal(count.total, 2 + 3 + 2 + t.encode('ax\n####\nboo').length + 1);
  assert.equal(count.total, 2 + 3 + 2 + 6 + 1);
  assert.equal(count.assistant, 6 + 1);
  assert.deepEqual(chatTemplateOverhead('phi3'), {
    ...chatTemplateOverhead('phi3'),
    prefix: 0,
    suffix: 1,
    perMessage: 2,
  });
});

test('Phi-4-mini chat count: per message 2 + content, then <|endoftext|>; weight 0 is not trained', async () => {
  const model = findModel('Phi-4-mini-instruct')!;
  const messages = [
    { role: 'system' as const, content: 'hello world' },
    { role: 'user' as const, content: 'hello world' },
    { role: 'assistant' as const, content: 'hello world', weight: 0 as const },
    { role: 'user' as const, content: 'hello world' },
    { role: 'assistant' as const, content: 'hello world' },
  ];
  const count = await countChatTokens(messages, model);
  assert.equal(count.total, 5 * (2 + 2) + 1);
  assert.equal(count.assistant, 2 * (2 + 1));
  assert.equal(count.trained, 2 + 1);
  assert.equal(count.exact, true);
  const prompt = await countChatTokens(messages.slice(0, 2), model, { forGeneration: true });
  assert.equal(prompt.total, 2 * 4 + 1);
});

test('Phi-4 chat count: <|im_start|>role<|im_sep|>content<|im_end|>, role names one token each', async () => {
  const model = findModel('Phi-4')!;
  const t = await loadTokenizer('cl100k');
  for (const role of ['system', 'user', 'assistant']) assert.equal(t.count(role), 1, role);
  const count = await countChatTokens(
    [
      { role: 'user', content: 'hello world' },
      { role: 'assistant', content: 'hello world' },
    ],
    model,
  );
  assert.equal(count.total, 2 * (3 + 1 + 2));
});

test('tool calls on Phi-4-mini are counted and marked as estimates', async () => {
  const model = findModel('Phi-4-mini-instruct')!;
  const count = await countChatTokens(
    [
      { role: 'user', content: 'Weather in Paris?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
        ],
      },
      { role: 'tool', content: '18C', tool_call_id: 'c1' },
      { role: 'assistant', content: 'It is 18C.' },
    ],
    model,
  );
  assert.equal(count.exact, false);
  assert.ok(count.total > 4 * 2 + 1 + 10);
});
