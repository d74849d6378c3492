/**
 * The diff against the base revision adds up, duplicates included: every base example is matched at
 * most once, so base = unchanged + changed + removed and the file = unchanged + changed + added.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { validateDatasets } from '../../src/dataset/index.ts';
import type { DiffReport } from '../../src/dataset/types.ts';
import { findModel } from '../../src/models/catalog.ts';

const model = findModel('Phi-4-mini-instruct')!;

function example(question: string, answer: string): string {
  return JSON.stringify({
    messages: [
      { role: 'system', content: 'You are helpful.' },
      { role: 'user', content: question },
      { role: 'assistant', content: answer },
    ],
  });
}

/** Ten distinct examples (the check wants at least ten), then whatever the case adds. */
const FILLER = Array.from({ length: 10 }, (_, i) => example(`Filler question ${i}?`, `Filler answer ${i}.`));
const A = example('Where is the office?', 'In Lyon.');
const A2 = example('Where is the office?', 'In Paris, since May.');
const B = example('When do you open?', 'At nine.');

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function diff(base: string[], head: string[]): Promise<DiffReport> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ff-diff-'));
  dirs.push(root);
  writeFileSync(path.join(root, 'train.jsonl'), [...FILLER, ...head].join('\n') + '\n');
  const baseText = [...FILLER, ...base].join('\n') + '\n';
  const report = await validateDatasets({
    root,
    model,
    training: 'train.jsonl',
    threads: 1,
    base: { ref: 'base', readFile: async () => Readable.from([Buffer.from(baseText)]) },
  });
  const d = report.diff[0]!;
  const headCount = report.files[0]!.stats.examples;
  assert.equal(d.unchanged + d.changed + d.removed, d.baseExamples, `base adds up: ${JSON.stringify(d)}`);
  assert.equal(d.unchanged + d.changed + d.added, headCount, `the file adds up: ${JSON.stringify(d)}`);
  return d;
}

const counts = (d: DiffReport) => ({
  added: d.added,
  removed: d.removed,
  changed: d.changed,
  unchanged: d.unchanged - FILLER.length,
});

describe('diff against the base revision', () => {
  it('a duplicate line added is an addition, not a second unchanged example', async () => {
    const d = await diff([A, B], [A, B, A]);
    assert.deepEqual(counts(d), { added: 1, removed: 0, changed: 0, unchanged: 2 });
  });

  it('a duplicate removed from the base is a removal', async () => {
    const d = await diff([A, A, B], [A, B]);
    assert.deepEqual(counts(d), { added: 0, removed: 1, changed: 0, unchanged: 2 });
  });

  it('a new answer to a prompt is a change', async () => {
    const d = await diff([A, B], [A2, B]);
    assert.deepEqual(counts(d), { added: 0, removed: 0, changed: 1, unchanged: 1 });
  });

  it('a second answer beside the unchanged one is an addition, whichever line comes first', async () => {
    assert.deepEqual(counts(await diff([A], [A2, A])), { added: 1, removed: 0, changed: 0, unchanged: 1 });
    assert.deepEqual(counts(await diff([A], [A, A2])), { added: 1, removed: 0, changed: 0, unchanged: 1 });
  });

  it('two new answers for one prompt in the base: one change, one addition', async () => {
    const A3 = example('Where is the office?', 'Near the station.');
    const d = await diff([A], [A2, A3]);
    assert.deepEqual(counts(d), { added: 1, removed: 0, changed: 1, unchanged: 0 });
  });
});
