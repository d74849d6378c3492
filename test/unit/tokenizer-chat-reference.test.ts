/**
 * Token ids of whole chat examples against the models' own tokenizers and chat templates: the fixtures
 * in test/fixtures/tokens/ were produced by Hugging Face's own code (the `tokenizers` library on each
 * model's tokenizer files, the published chat template rendered by @huggingface/jinja); see the README
 * there. Every case must give the same ids, and the memoized count must equal their number.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  countChatTokens,
  encodeChatTokens,
  isRustWhitespace,
  TOOL_RENDERING,
} from '../../src/dataset/tokenizer/index.ts';
import type { ChatMessage } from '../../src/dataset/types.ts';
import { findModel, modelIds } from '../../src/models/catalog.ts';

const DIR = path.resolve(import.meta.dirname, '../fixtures/tokens');

interface Case {
  name: string;
  messages: ChatMessage[];
  generation?: boolean;
  rendered: string;
  ids: number[];
}

function fixture(model: string): { model: string; cases: Case[] } {
  return JSON.parse(readFileSync(path.join(DIR, `${model}.json`), 'utf8')) as {
    model: string;
    cases: Case[];
  };
}

for (const id of modelIds()) {
  describe(`${id}: ids equal the model's own tokenizer and chat template`, () => {
    const { cases } = fixture(id);
    const model = findModel(id)!;
    it('covers every kind of leading/trailing whitespace, empty systems, added-token text, code and scripts', () => {
      const names = cases.map((c) => c.name).join('\n');
      for (const kind of ['tab', 'newline', 'nbsp', 'nel', 'ideographic-space', 'bom', 'zwsp'])
        assert.match(names, new RegExp(`leading and trailing ${kind}`));
      for (const kind of ['empty system', 'whitespace-only system', 'inside content', 'multilingual', 'code'])
        assert.match(names, new RegExp(kind));
    });
    for (const c of cases) {
      it(c.name, async () => {
        const options = { forGeneration: c.generation === true };
        assert.deepEqual(await encodeChatTokens(c.messages, model, options), c.ids, c.rendered);
        const count = await countChatTokens(c.messages, model, options);
        assert.equal(count.total, c.ids.length);
        // A `tool` message renders as the template says, but Azure's tool results are converted by
        // the service: the count is marked an estimate even where the ids agree.
        assert.equal(count.exact, !c.messages.some((m) => m.role === 'tool'));
      });
    }
  });
}

describe('the facts the fixtures pin', () => {
  it('no Phi model starts with a BOS token', () => {
    for (const id of modelIds()) {
      const first = fixture(id).cases[0]!.ids[0];
      assert.ok(first !== 1 && first !== 100257 && first !== 199999, `${id} starts with ${first}`);
    }
  });

  it('Phi-3.5 drops an empty system message; Phi-3 renders it as two markers', () => {
    const empty = (id: string) => fixture(id).cases.find((c) => c.name === 'empty system')!.ids;
    const plain = (id: string) => fixture(id).cases.find((c) => c.name === 'empty system')!.messages;
    assert.equal(empty('Phi-3-mini-4k-instruct').length - empty('Phi-3.5-mini-instruct').length, 2);
    assert.equal(plain('Phi-3.5-mini-instruct')[0]!.content, '');
  });

  it('a whitespace-only system message costs only its markers on Phi-4', () => {
    const ids = fixture('Phi-4').cases.find((c) => c.name === 'whitespace-only system')!.ids;
    assert.deepEqual(ids.slice(0, 4), [100264, 9125, 100266, 100265]);
  });

  it("whitespace is Rust's char::is_whitespace: NEL and ideographic space yes, BOM and ZWSP no", () => {
    for (const c of [0x09, 0x0a, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x202f, 0x3000])
      assert.equal(isRustWhitespace(c), true, c.toString(16));
    for (const c of [0xfeff, 0x200b, 0x180e, 0x41, 0x00])
      assert.equal(isRustWhitespace(c), false, c.toString(16));
  });
});

describe('tools make a count an estimate, with the rendering it assumed', () => {
  const model = findModel('Phi-4-mini-instruct')!;
  const call = {
    id: 'c1',
    type: 'function' as const,
    function: { name: 'weather', arguments: '{"city":"Paris"}' },
  };
  const tools = [{ type: 'function', function: { name: 'weather', parameters: { type: 'object' } } }];

  it('tool calls, tool messages and top-level tools are estimates; plain chat is exact', async () => {
    const chat: ChatMessage[] = [
      { role: 'user', content: 'Weather in Paris?' },
      { role: 'assistant', content: null, tool_calls: [call] },
      { role: 'tool', content: '18C', tool_call_id: 'c1' },
      { role: 'assistant', content: 'It is 18C.' },
    ];
    const count = await countChatTokens(chat, model);
    assert.equal(count.exact, false);
    assert.equal((await countChatTokens([chat[0]!, chat[3]!], model)).exact, true);
    assert.equal((await countChatTokens([chat[0]!, chat[3]!], model, { tools })).exact, false);
    assert.match(TOOL_RENDERING, /<\|tool\|>/);
  });

  it('counts the assumed rendering: tools in the system message, calls between <|tool_call|> markers', async () => {
    const json = JSON.stringify(tools);
    const withTools = await countChatTokens(
      [
        { role: 'system', content: 'S' },
        { role: 'user', content: 'Q' },
        { role: 'assistant', content: 'A' },
      ],
      model,
      { tools },
    );
    const asTemplate = await countChatTokens(
      [
        { role: 'system', content: 'S', tools: json },
        { role: 'user', content: 'Q' },
        { role: 'assistant', content: 'A' },
      ],
      model,
    );
    assert.equal(withTools.total, asTemplate.total);
    assert.equal(asTemplate.exact, true);
    const withCall = await countChatTokens(
      [
        { role: 'user', content: 'Q' },
        { role: 'assistant', content: null, tool_calls: [call] },
      ],
      model,
    );
    const written = await countChatTokens(
      [
        { role: 'user', content: 'Q' },
        {
          role: 'assistant',
          content: '<|tool_call|>[{"name":"weather","arguments":{"city":"Paris"}}]<|/tool_call|>',
        },
      ],
      model,
    );
    assert.equal(withCall.total, written.total);
    assert.equal(withCall.trained, written.trained);
  });
});

describe('trained tokens: assistant content and its closing marker, weight 1 only', () => {
  it('Phi-4: the role word and <|im_sep|> are prompt; content and <|im_end|> are trained', async () => {
    const model = findModel('Phi-4')!;
    const count = await countChatTokens(
      [
        { role: 'user', content: 'hello world' },
        { role: 'assistant', content: 'hello world', weight: 0 },
        { role: 'user', content: 'hello world' },
        { role: 'assistant', content: 'hello world' },
      ],
      model,
    );
    assert.equal(count.total, 4 * 6);
    assert.equal(count.assistant, 2 * 3);
    assert.equal(count.trained, 3);
  });
});
