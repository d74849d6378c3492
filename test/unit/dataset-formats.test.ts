/**
 * Every dataset format people bring (fixtures in test/fixtures/datasets/formats, shapes from the sources
 * named in its README): one file-level finding that names it and the conversion, no per-line flood;
 * DPO pairs as DPO when the method is dpo; `convert` maps each format faithfully and its output passes
 * validate.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { convertFile, convertLine } from '../../src/dataset/convert.ts';
import { detectFormat } from '../../src/dataset/formats.ts';
import { validateDatasets, type ValidateDatasetsOptions } from '../../src/dataset/index.ts';
import type { ValidationReport } from '../../src/dataset/types.ts';
import { findModel, type ModelInfo } from '../../src/models/catalog.ts';

const FORMATS_DIR = path.resolve(import.meta.dirname, '../fixtures/datasets/formats');
const model = findModel('Phi-4-mini-instruct')!;
/** The catalog's Phi models are offered SFT only; DPO checks are exercised on a model that offers it. */
const dpoModel: ModelInfo = { ...model, methods: ['sft', 'dpo'] };

const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ff-formats-'));
  made.push(dir);
  return dir;
}

function validate(file: string, options: Partial<ValidateDatasetsOptions> = {}): Promise<ValidationReport> {
  return validateDatasets({
    root: FORMATS_DIR,
    model,
    training: file,
    threads: 1,
    splitRatio: 0,
    ...options,
  });
}

const codes = (r: ValidationReport, i = 0): string[] => r.files[i]!.findings.map((f) => f.code);

const NOT_CHAT: [string, RegExp, boolean][] = [
  ['prompt-completion.jsonl', /prompt\/completion pairs/, true],
  ['sharegpt.jsonl', /ShareGPT \/ LLaMA-Factory/, true],
  ['gemini.jsonl', /Gemini tuning data/, true],
  ['functions.jsonl', /deprecated functions \/ function_call/, true],
  ['trl-preference.jsonl', /TRL preference pairs/, true],
  ['dpo-azure.jsonl', /Azure's DPO preference format/, false],
  ['rft.jsonl', /reinforcement fine-tuning prompts/, false],
  ['eval.jsonl', /an evaluation set/, true],
];

describe('a file in another format is one finding that names it and the conversion', () => {
  for (const [file, name, converts] of NOT_CHAT) {
    it(file, async () => {
      const report = await validate(file);
      const f = report.files[0]!;
      assert.deepEqual(codes(report), ['format'], JSON.stringify(f.findings));
      const finding = f.findings[0]!;
      assert.equal(finding.severity, 'error');
      assert.match(finding.message, /^All 12 lines are /);
      assert.match(finding.message, name);
      assert.equal(finding.count, 12);
      if (converts) assert.match(finding.hint!, new RegExp(`foundry-finetune convert ${file}`));
      // Never "remove the key": the fix is a conversion or a setting, not deleting data.
      assert.doesNotMatch(finding.hint!, /\bremove\b/i);
      assert.equal(f.stats.examples, 0);
      assert.ok(!codes(report).includes('too-few-examples'), 'the format explains the missing examples');
    });
  }

  it('a few lines of another format in a chat file: one finding with their line numbers', async () => {
    const report = await validate('vision.jsonl');
    const format = report.files[0]!.findings[0]!;
    assert.equal(format.code, 'format');
    assert.match(format.message, /^2 of 12 lines \(1, 2\) are vision chat data/);
    assert.match(format.hint!, /text only/);
    assert.deepEqual(report.files[0]!.formats, { chat: 10, vision: 2 });
  });

  it('chat data passes, and with training-method dpo it is named as chat, not pairs', async () => {
    assert.deepEqual(codes(await validate('chat.jsonl')), []);
    const dpo = await validate('chat.jsonl', { method: 'dpo', model: dpoModel });
    assert.deepEqual(codes(dpo), ['format']);
    assert.match(dpo.files[0]!.findings[0]!.hint!, /training-method: sft/);
  });

  it("the developer role is OpenAI's system alias, with the rename as fix", async () => {
    const report = await validate('developer-role.jsonl');
    const f = report.files[0]!.findings.find((x) => x.code === 'developer-role')!;
    assert.match(f.message, /OpenAI's name for the system role/);
    assert.match(f.hint!, /"system"/);
  });

  it('detectFormat tells every shape apart', () => {
    const first = (file: string) =>
      JSON.parse(readFileSync(path.join(FORMATS_DIR, file), 'utf8').split('\n')[0]!) as Record<
        string,
        unknown
      >;
    const expected: Record<string, string> = {
      'chat.jsonl': 'chat',
      'dpo-azure.jsonl': 'dpo',
      'trl-preference.jsonl': 'trl-preference',
      'rft.jsonl': 'rft',
      'sharegpt.jsonl': 'sharegpt',
      'gemini.jsonl': 'gemini',
      'functions.jsonl': 'functions',
      'prompt-completion.jsonl': 'prompt-completion',
      'vision.jsonl': 'vision',
      'eval.jsonl': 'eval',
      'developer-role.jsonl': 'chat',
    };
    for (const [file, format] of Object.entries(expected))
      assert.equal(detectFormat(first(file)), format, file);
  });
});

describe('DPO preference pairs', () => {
  const pair = (
    preferred: unknown,
    nonPreferred: unknown,
    prompt: unknown = [{ role: 'user', content: 'Q?' }],
  ) =>
    JSON.stringify({
      input: { messages: prompt },
      preferred_output: preferred,
      non_preferred_output: nonPreferred,
    });
  const good = (i: number) =>
    pair(
      [{ role: 'assistant', content: `Good ${i}.` }],
      [{ role: 'assistant', content: `Bad ${i}.` }],
      [{ role: 'user', content: `Question ${i}?` }],
    );

  it('validate as DPO when the method is dpo: both sequences counted, the outputs trained', async () => {
    const report = await validate('dpo-azure.jsonl', { method: 'dpo', model: dpoModel });
    assert.deepEqual(codes(report), []);
    const s = report.files[0]!.stats;
    assert.equal(s.examples, 12);
    assert.ok(s.trainedTokens > 0 && s.tokens.total > s.trainedTokens);
    assert.equal(report.method, 'dpo');
  });

  it('a model Azure does not train with DPO is said once, with the fix', async () => {
    const report = await validate('dpo-azure.jsonl', { method: 'dpo' });
    assert.deepEqual(codes(report), ['method-unsupported']);
    assert.match(report.files[0]!.findings[0]!.message, /Phi-4-mini-instruct SFT only/);
  });

  it('missing or equal outputs, wrong roles and a prompt that does not end with the question are errors', async () => {
    const dir = workspace();
    const lines = [
      ...Array.from({ length: 10 }, (_, i) => good(i)),
      pair([{ role: 'assistant', content: 'Same.' }], [{ role: 'assistant', content: 'Same.' }]),
      JSON.stringify({
        input: { messages: [{ role: 'user', content: 'Q' }] },
        preferred_output: [{ role: 'assistant', content: 'A' }],
      }),
      pair([{ role: 'user', content: 'A' }], [{ role: 'assistant', content: 'B' }]),
      pair(
        [{ role: 'assistant', content: 'A' }],
        [{ role: 'assistant', content: 'B' }],
        [
          { role: 'user', content: 'Q' },
          { role: 'assistant', content: 'already answered' },
        ],
      ),
    ];
    writeFileSync(path.join(dir, 'train.jsonl'), lines.join('\n') + '\n');
    const report = await validateDatasets({
      root: dir,
      model: dpoModel,
      training: 'train.jsonl',
      method: 'dpo',
      threads: 1,
    });
    const byLine = report.files[0]!.findings.filter((f) => f.severity === 'error').map((f) => [
      f.line,
      f.code,
    ]);
    assert.deepEqual(byLine, [
      [11, 'same-preference'],
      [12, 'bad-preference'],
      [13, 'unknown-role'],
      [13, 'bad-preference'],
      [14, 'not-ending-with-user'],
    ]);
  });
});

describe('convert: a faithful mapping, never in place, and its output passes validate', () => {
  const CONVERTS: [string, string, Partial<ValidateDatasetsOptions>][] = [
    ['prompt-completion.jsonl', 'chat', {}],
    ['sharegpt.jsonl', 'chat', {}],
    ['gemini.jsonl', 'chat', {}],
    ['functions.jsonl', 'chat', {}],
    ['developer-role.jsonl', 'chat', {}],
    ['vision.jsonl', 'chat', {}],
    ['trl-preference.jsonl', 'dpo', { method: 'dpo', model: dpoModel }],
  ];
  for (const [file, target, options] of CONVERTS) {
    it(`${file} -> ${target}`, async () => {
      const dir = workspace();
      copyFileSync(path.join(FORMATS_DIR, file), path.join(dir, file));
      const report = await convertFile(dir, file, 'out.jsonl');
      assert.equal(report.lines, 12);
      assert.equal(report.written + report.unmappedCount, 12);
      assert.equal(report.targets[target as 'chat'], report.written);
      const result = await validateDatasets({
        root: dir,
        model,
        training: 'out.jsonl',
        threads: 1,
        splitRatio: 0,
        ...options,
      });
      assert.equal(result.errors, 0, JSON.stringify(result.files[0]!.findings));
      assert.equal(result.files[0]!.stats.examples, report.written);
    });
  }

  it('reports what it could not map: image lines left out, with their line numbers', async () => {
    const dir = workspace();
    copyFileSync(path.join(FORMATS_DIR, 'vision.jsonl'), path.join(dir, 'vision.jsonl'));
    const report = await convertFile(dir, 'vision.jsonl', 'out.jsonl');
    assert.equal(report.unmappedCount, 2);
    assert.deepEqual(
      report.unmapped.map((u) => u.line),
      [1, 2],
    );
    assert.match(report.unmapped[0]!.reason, /not text/);
  });

  it('the mappings keep every field that carries meaning', () => {
    const share = convertLine({
      system: 'S',
      conversations: [
        { from: 'human', value: 'Weather?' },
        { from: 'function_call', value: '{"name": "w", "arguments": {"city": "Oslo"}}' },
        { from: 'observation', value: '{"t": 3}' },
        { from: 'gpt', value: 'Cold.' },
      ],
      tools: '[{"name": "w", "parameters": {}}]',
    });
    assert.ok(share.ok);
    assert.deepEqual(share.value, {
      messages: [
        { role: 'system', content: 'S' },
        { role: 'user', content: 'Weather?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_1_0', type: 'function', function: { name: 'w', arguments: '{"city":"Oslo"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1_0', content: '{"t": 3}' },
        { role: 'assistant', content: 'Cold.' },
      ],
      tools: [{ type: 'function', function: { name: 'w', parameters: {} } }],
    });
    const legacy = convertLine({
      messages: [
        { role: 'user', content: 'Q' },
        { role: 'assistant', content: null, function_call: { name: 'f', arguments: '{}' } },
        { role: 'function', name: 'f', content: 'R' },
        { role: 'assistant', content: 'A' },
      ],
      functions: [{ name: 'f', parameters: {} }],
    });
    assert.ok(legacy.ok);
    const messages = legacy.value.messages as {
      role: string;
      tool_call_id?: string;
      tool_calls?: { id: string }[];
    }[];
    assert.equal(messages[2]!.role, 'tool');
    assert.equal(messages[2]!.tool_call_id, messages[1]!.tool_calls![0]!.id);
    assert.deepEqual(legacy.value.tools, [{ type: 'function', function: { name: 'f', parameters: {} } }]);
    const trl = convertLine({
      chosen: [
        { role: 'user', content: 'Q' },
        { role: 'assistant', content: 'good' },
      ],
      rejected: [
        { role: 'user', content: 'Q' },
        { role: 'assistant', content: 'bad' },
      ],
    });
    assert.ok(trl.ok);
    assert.deepEqual(trl.value, {
      input: { messages: [{ role: 'user', content: 'Q' }] },
      preferred_output: [{ role: 'assistant', content: 'good' }],
      non_preferred_output: [{ role: 'assistant', content: 'bad' }],
    });
    const pc = convertLine({ prompt: 'p', completion: 'c', source: 'wiki' });
    assert.ok(pc.ok);
    assert.deepEqual(pc.notes, ['key `source` not mapped']);
    const evalItem = convertLine({ id: 'q1', question: 'Q?', expected: ['A'] });
    assert.ok(evalItem.ok && evalItem.target === 'golden');
    assert.deepEqual(evalItem.value, {
      id: 'q1',
      messages: [{ role: 'user', content: 'Q?' }],
      expected: ['A'],
    });
  });

  it('never writes over its input', async () => {
    const dir = workspace();
    copyFileSync(path.join(FORMATS_DIR, 'sharegpt.jsonl'), path.join(dir, 'in.jsonl'));
    await assert.rejects(convertFile(dir, 'in.jsonl', './in.jsonl'), /the output .* is the input/);
    assert.equal(
      readFileSync(path.join(dir, 'in.jsonl'), 'utf8'),
      readFileSync(path.join(FORMATS_DIR, 'sharegpt.jsonl'), 'utf8'),
    );
  });
});

describe('findings said once', () => {
  it('a golden set identical to the training file is an error; under the share it is a warning', async () => {
    const dir = workspace();
    const chat = readFileSync(path.join(FORMATS_DIR, 'chat.jsonl'), 'utf8');
    writeFileSync(path.join(dir, 'train.jsonl'), chat);
    writeFileSync(path.join(dir, 'golden.jsonl'), chat);
    const same = await validateDatasets({
      root: dir,
      model,
      training: 'train.jsonl',
      golden: 'golden.jsonl',
      threads: 1,
    });
    const leak = same.files[0]!.findings.filter((f) => f.code === 'golden-contamination');
    assert.equal(leak.length, 1);
    assert.equal(leak[0]!.severity, 'error');
    assert.match(leak[0]!.message, /^12 of 12 golden examples \(100%\)/);
    const lines = chat.split('\n');
    writeFileSync(
      path.join(dir, 'golden.jsonl'),
      [
        lines[0],
        ...Array.from({ length: 19 }, (_, i) =>
          JSON.stringify({ messages: [{ role: 'user', content: `new ${i}` }], expected: 'x' }),
        ),
      ].join('\n'),
    );
    const few = await validateDatasets({
      root: dir,
      model,
      training: 'train.jsonl',
      golden: 'golden.jsonl',
      threads: 1,
    });
    const one = few.files[0]!.findings.find((f) => f.code === 'golden-contamination')!;
    assert.equal(one.severity, 'warning');
    assert.match(one.message, /^1 of 20 golden examples \(5%\)/);
    const strict = await validateDatasets({
      root: dir,
      model,
      training: 'train.jsonl',
      golden: 'golden.jsonl',
      goldenLeakageShare: 0.01,
      threads: 1,
    });
    assert.equal(strict.files[0]!.findings.find((f) => f.code === 'golden-contamination')!.severity, 'error');
  });

  it('no user message anywhere is one finding for the file', async () => {
    const dir = workspace();
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({
        messages: [
          { role: 'system', content: 'S' },
          { role: 'assistant', content: `A ${i}` },
        ],
      }),
    );
    writeFileSync(path.join(dir, 'train.jsonl'), lines.join('\n'));
    const report = await validateDatasets({ root: dir, model, training: 'train.jsonl', threads: 1 });
    assert.deepEqual(codes(report), ['missing-user']);
    assert.match(report.files[0]!.findings[0]!.message, /^No example in the file has a user message/);
    assert.equal(report.files[0]!.codes['missing-user']!.total, 12);
  });
});

describe('estimates are marked per example and in the totals', () => {
  it('tool examples: a notice naming their lines and the assumed rendering; the estimate says so', async () => {
    const dir = workspace();
    copyFileSync(path.join(FORMATS_DIR, 'functions.jsonl'), path.join(dir, 'in.jsonl'));
    await convertFile(dir, 'in.jsonl', 'train.jsonl');
    const report = await validateDatasets({
      root: dir,
      model,
      training: 'train.jsonl',
      threads: 1,
      splitRatio: 0,
    });
    const notice = report.files[0]!.findings.find((f) => f.code === 'estimated-tokens')!;
    assert.equal(notice.severity, 'notice');
    assert.match(notice.message, /^12 examples' token counts are estimates \(lines 1, 2, 3, 4, 5, \.\.\.\)/);
    assert.match(notice.message, /<\|tool_call\|>/);
    assert.equal(report.files[0]!.stats.estimatedExamples, 12);
    assert.equal(report.estimate.estimatedExamples, 12);
    assert.equal(report.tokenizer.exact, false);
    assert.match(report.tokenizer.assumedRendering!, /compact JSON/);
    const chat = await validate('chat.jsonl');
    assert.equal(chat.tokenizer.assumedRendering, undefined);
    assert.equal(chat.estimate.estimatedExamples, 0);
  });
});
