import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLine, modelFacts, type AnalyzeOptions, type ModelFacts } from '../../src/dataset/analyze.ts';
import { LINE_TOO_LONG } from '../../src/dataset/lines.ts';
import { loadTokenizer } from '../../src/dataset/tokenizer/index.ts';
import { findModel } from '../../src/models/catalog.ts';

function facts(id: string): ModelFacts {
  return modelFacts(findModel(id)!);
}

const PHI4_MINI: AnalyzeOptions = {
  role: 'training',
  model: facts('Phi-4-mini-instruct'),
  maxLineBytes: 1 << 20,
};
const PHI4: AnalyzeOptions = { ...PHI4_MINI, model: facts('Phi-4') };

function codes(line: string | Uint8Array, options: AnalyzeOptions = PHI4_MINI, flags = 0): string[] {
  const bytes = typeof line === 'string' ? Buffer.from(line) : line;
  return analyzeLine(bytes, 7, flags, bytes.length, options).findings.map((f) => f.code);
}

const u = (content: unknown) => ({ role: 'user', content });
const a = (content: unknown, extra: object = {}) => ({ role: 'assistant', content, ...extra });
const line = (value: unknown): string => JSON.stringify(value);

test('a good example has no findings', () => {
  assert.deepEqual(codes(line({ messages: [{ role: 'system', content: 's' }, u('q'), a('r')] })), []);
});

test('lines that are not JSON objects say what they look like', () => {
  assert.deepEqual(codes('// training data v2'), ['comment-line']);
  assert.deepEqual(codes('# comment'), ['comment-line']);
  assert.deepEqual(codes('['), ['json-array']);
  assert.deepEqual(codes('[{"messages": []},'), ['json-array']);
  assert.deepEqual(codes('{'), ['pretty-printed']);
  assert.deepEqual(codes('  "messages": ['), ['pretty-printed']);
  assert.deepEqual(codes('},'), ['pretty-printed']);
  assert.deepEqual(codes('{"messages": [{"role": "user", "content": "line one'), ['raw-newline']);
  assert.deepEqual(codes('{"messages": [{"role": "user", "content": "a\tb"}]}'), ['control-character']);
  assert.deepEqual(codes("{'messages': []}"), ['not-json']);
  assert.deepEqual(codes('[1, 2]'), ['not-object']);
  assert.deepEqual(codes('"just a string"'), ['not-object']);
  const r = analyzeLine(Buffer.from('{"messages": [1,]}'), 7, 0, 18, PHI4_MINI);
  assert.match(r.findings[0]!.message, /trailing comma/);
});

test('encoding problems: invalid UTF-8 with its byte, NUL bytes, an over-long line', () => {
  const bad = Buffer.concat([Buffer.from('{"messages": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
  const r = analyzeLine(bad, 3, 0, bad.length, PHI4_MINI);
  assert.equal(r.findings[0]!.code, 'not-utf8');
  assert.match(r.findings[0]!.message, /0xE9 at byte 18/);
  assert.deepEqual(codes(Buffer.from('{"a":\u0000}')), ['nul-bytes']);
  const long = analyzeLine(Buffer.from('{"messages"'), 1, LINE_TOO_LONG, 50 * 1024 * 1024, PHI4_MINI);
  assert.equal(long.findings[0]!.code, 'line-too-long');
  assert.match(long.findings[0]!.message, /52,428,800 bytes/);
});

test('messages missing, not a list, or empty', () => {
  // Another tool's format is one finding for the file (accumulate.ts), never "remove the key" per line.
  assert.deepEqual(codes(line({ prompt: 'p', completion: 'c' })), []);
  assert.deepEqual(codes(line({ text: 'p' })), ['unknown-key', 'missing-messages']);
  assert.deepEqual(codes(line({ messages: 'hi' })), ['messages-not-array']);
  assert.deepEqual(codes(line({ messages: [] })), ['empty-messages']);
  assert.deepEqual(codes(line({ messages: ['hi'] })), ['message-not-object']);
});

test('message without role or content, unknown role or key', () => {
  assert.ok(codes(line({ messages: [{ content: 'x' }, a('r')] })).includes('missing-role'));
  assert.ok(codes(line({ messages: [{ role: 'user' }, a('r')] })).includes('missing-content'));
  const unknown = analyzeLine(
    Buffer.from(line({ messages: [{ role: 'human', content: 'x' }, a('r')] })),
    1,
    0,
    1,
    PHI4_MINI,
  );
  assert.equal(unknown.findings[0]!.code, 'unknown-role');
  assert.match(unknown.findings[0]!.hint!, /"user"/);
  assert.ok(codes(line({ messages: [u('q'), a('r', { text: 'x' })] })).includes('unknown-key'));
  assert.ok(codes(line({ messages: [u('q'), a('r')], id: 3 })).includes('unknown-key'));
});

test('empty or non-string content, except assistant tool calls', () => {
  assert.ok(codes(line({ messages: [u(''), a('r')] })).includes('empty-content'));
  assert.ok(codes(line({ messages: [u('   '), a('r')] })).includes('empty-content'));
  assert.ok(codes(line({ messages: [u(['part']), a('r')] })).includes('non-string-content'));
  assert.ok(codes(line({ messages: [u(42), a('r')] })).includes('non-string-content'));
  const call = { id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } };
  const ok = line({
    messages: [
      u('q'),
      a(null, { tool_calls: [call] }),
      { role: 'tool', content: 'x', tool_call_id: 'c1' },
      a('done'),
    ],
  });
  assert.deepEqual(codes(ok), []);
});

test('no assistant message, or not ending with one', () => {
  assert.ok(codes(line({ messages: [u('q')] })).includes('no-assistant'));
  assert.ok(codes(line({ messages: [u('q'), a('r'), u('again?')] })).includes('not-ending-with-assistant'));
});

test('weight must be 0 or 1 and only on assistant messages; all zero is a warning', () => {
  assert.ok(codes(line({ messages: [u('q'), a('r', { weight: 0.5 })] })).includes('bad-weight'));
  assert.ok(
    codes(line({ messages: [{ role: 'user', content: 'q', weight: 1 }, a('r')] })).includes(
      'weight-not-on-assistant',
    ),
  );
  assert.deepEqual(codes(line({ messages: [u('q'), a('r', { weight: 0 })] })), ['all-weights-zero']);
  assert.deepEqual(
    codes(line({ messages: [u('q'), a('r', { weight: 0 }), u('q2'), a('r2', { weight: 1 })] })),
    [],
  );
});

test("literal special tokens of the model's template are errors", () => {
  assert.deepEqual(codes(line({ messages: [u('q'), a('done<|end|>')] })), ['special-token']);
  assert.deepEqual(codes(line({ messages: [u('<|im_start|>user'), a('r')] }), PHI4), ['special-token']);
  assert.deepEqual(codes(line({ messages: [u('<|im_start|>user'), a('r')] })), []);
  const phi3 = { ...PHI4_MINI, model: facts('Phi-3-mini-4k-instruct') };
  assert.deepEqual(codes(line({ messages: [u('strike <s>this</s>'), a('r')] }), phi3), ['special-token']);
});

test('tool calls: unsupported model, arguments not JSON, tool_call_id without a match', () => {
  const call = (args: unknown) => ({ id: 'c1', type: 'function', function: { name: 'f', arguments: args } });
  const tools = (c: unknown, id = 'c1') =>
    line({
      messages: [
        u('q'),
        a(null, { tool_calls: [c] }),
        { role: 'tool', content: 'x', tool_call_id: id },
        a('r'),
      ],
    });
  assert.ok(codes(tools(call('{}')), PHI4).includes('tools-unsupported'));
  assert.deepEqual(codes(tools(call('{city: Paris}'))), ['bad-tool-arguments']);
  assert.deepEqual(codes(tools(call({ city: 'Paris' }))), ['bad-tool-arguments']);
  assert.deepEqual(codes(tools(call('{}'), 'c9')), ['unmatched-tool-call-id']);
  assert.ok(codes(line({ messages: [u('q'), a('r')], tools: [] }), PHI4).includes('tools-unsupported'));
});

test('two user messages in a row are a warning; two assistant messages an error (Azure rejects them)', () => {
  assert.deepEqual(codes(line({ messages: [u('q'), u('q2'), a('r')] })), ['consecutive-role']);
  assert.deepEqual(codes(line({ messages: [u('q'), a('r'), a('r2')] })), ['consecutive-assistant']);
  // A missing user turn is said once per file (accumulate.ts), not per line.
  assert.deepEqual(codes(line({ messages: [{ role: 'system', content: 's' }, a('r')] })), []);
});

test("the developer role is named as OpenAI's system alias, with the rename as fix", () => {
  const r = analyzeLine(
    Buffer.from(line({ messages: [{ role: 'developer', content: 's' }, u('q'), a('r')] })),
    1,
    0,
    1,
    PHI4_MINI,
  );
  assert.deepEqual(
    r.findings.map((f) => f.code),
    ['developer-role'],
  );
  assert.match(r.findings[0]!.message, /OpenAI's name for the system role/);
  assert.match(r.findings[0]!.hint!, /Rename the role to "system"/);
});

test('an example over the context length', async () => {
  const tokenizer = await loadTokenizer('cl100k');
  const small = { ...PHI4, model: { ...PHI4.model, contextLength: 20 }, tokenizer };
  const r = analyzeLine(Buffer.from(line({ messages: [u('hello '.repeat(30)), a('r')] })), 1, 0, 1, small);
  assert.deepEqual(
    r.findings.map((f) => f.code),
    ['over-context'],
  );
  assert.ok(r.tokens > 20);
});

test('golden items: {messages, expected} must end with the user turn and have answers', () => {
  const golden: AnalyzeOptions = { ...PHI4_MINI, role: 'golden' };
  const good = analyzeLine(Buffer.from(line({ messages: [u('q')], expected: ['a', 'b'] })), 1, 0, 1, golden);
  assert.deepEqual(good.findings, []);
  assert.deepEqual(good.golden?.expected, ['a', 'b']);
  assert.deepEqual(codes(line({ messages: [u('q')], expected: [] }), golden), ['bad-expected']);
  assert.deepEqual(codes(line({ messages: [u('q'), a('r')], expected: 'x' }), golden), [
    'not-ending-with-user',
  ]);
  const chat = analyzeLine(Buffer.from(line({ messages: [u('q'), a('ref')] })), 1, 0, 1, golden);
  assert.deepEqual(chat.golden, { messages: [{ role: 'user', content: 'q' }], expected: ['ref'] });
});
