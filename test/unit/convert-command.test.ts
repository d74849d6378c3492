import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { convertCommand } from '../../src/commands/convert.ts';
import type { CommandContext } from '../../src/commands/types.ts';
import type { Config } from '../../src/config/types.ts';

const FORMATS = path.resolve(import.meta.dirname, '../fixtures/datasets/formats');
const made: string[] = [];
after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function context(root: string, data: Partial<Config['data']>): CommandContext {
  const logs: string[] = [];
  return {
    config: { root, data } as unknown as Config,
    log: { info: (m: string) => logs.push(m), warning: () => undefined, debug: () => undefined },
  } as unknown as CommandContext;
}

test('the action command converts each data file beside it, reports what it left out, never in place', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ff-convert-'));
  made.push(root);
  copyFileSync(path.join(FORMATS, 'sharegpt.jsonl'), path.join(root, 'train.jsonl'));
  copyFileSync(path.join(FORMATS, 'vision.jsonl'), path.join(root, 'val.jsonl'));
  const before = readFileSync(path.join(root, 'train.jsonl'), 'utf8');
  const result = await convertCommand(context(root, { training: 'train.jsonl', validation: 'val.jsonl' }));
  assert.equal(result.status, 'succeeded');
  assert.equal(result.outputs['converted-files'], 'train.chat.jsonl,val.chat.jsonl');
  assert.ok(existsSync(path.join(root, 'train.chat.jsonl')));
  assert.equal(readFileSync(path.join(root, 'train.jsonl'), 'utf8'), before);
  assert.match(result.summary, /\| `train\.jsonl` \| sharegpt 12 \| `train\.chat\.jsonl` \| 12 \| 0 \|/);
  assert.match(
    result.summary,
    /Not mapped in `val\.jsonl`[\s\S]*- line 1: content has a part that is not text/,
  );
  assert.deepEqual(
    result.annotations.map((a) => [a.file, a.line]),
    [
      ['val.jsonl', 1],
      ['val.jsonl', 2],
    ],
  );
  const none = await convertCommand(context(root, {}));
  assert.equal(none.status, 'failed');
  assert.match(none.failure!, /training-file/);
});
