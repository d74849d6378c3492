import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createHash } from 'node:crypto';
import { SafetyCache, textHash } from '../../src/safety/index.ts';

const DAY = 86_400_000;
const sev = { Hate: 1, SelfHarm: 0, Sexual: 5, Violence: 7 };

describe('SafetyCache', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'safety-cache-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('keys a text by SHA-256 of the api-version, output type and text', () => {
    const want = createHash('sha256').update('2024-09-01\nEightSeverityLevels\nhello').digest('hex');
    assert.equal(textHash('hello'), want);
    assert.notEqual(textHash('hello'), textHash('hello '));
  });

  it('keeps severities across runs, in a file without any text', async () => {
    const file = path.join(dir, 'nested', 'cache.json');
    const first = await SafetyCache.open(file);
    assert.equal(first.get(textHash('a secret example')), undefined);
    first.set(textHash('a secret example'), sev);
    await first.save();
    const raw = await readFile(file, 'utf8');
    assert.ok(!raw.includes('secret'), 'no text in the file');
    const second = await SafetyCache.open(file);
    assert.deepEqual(second.get(textHash('a secret example')), sev);
    assert.deepEqual(second.stats(), { loaded: 1, hits: 1, added: 0 });
  });

  it('drops entries unused for longer than maxAgeDays when it saves', async () => {
    const file = path.join(dir, 'aging.json');
    const now = Date.UTC(2025, 0, 1);
    const old = await SafetyCache.open(file, { now });
    old.set(textHash('old'), sev);
    old.set(textHash('kept'), sev);
    await old.save();
    const later = await SafetyCache.open(file, { now: now + 100 * DAY, maxAgeDays: 90 });
    assert.ok(later.get(textHash('kept')));
    await later.save();
    const reread = await SafetyCache.open(file, { now: now + 100 * DAY });
    assert.equal(reread.size, 1);
    assert.ok(reread.get(textHash('kept')));
    assert.equal(reread.get(textHash('old')), undefined);
  });

  it('starts empty, says why, and rewrites a file that is not a cache', async () => {
    const file = path.join(dir, 'broken.json');
    await writeFile(file, '{"not": "a cache"');
    const cache = await SafetyCache.open(file);
    assert.equal(cache.size, 0);
    assert.match(cache.stats().problem!, /is not JSON; it will be rewritten/);
    cache.set(textHash('x'), sev);
    await cache.save();
    assert.equal((await SafetyCache.open(file)).size, 1);
    await writeFile(
      file,
      JSON.stringify({ version: 1, entries: { zz: [0, 0, 0, 0, 1], [textHash('y')]: [9, 0, 0, 0, 1] } }),
    );
    const filtered = await SafetyCache.open(file);
    assert.equal(filtered.size, 0, 'malformed entries are ignored');
  });

  it('reports a file it cannot write instead of failing the screening', async () => {
    const blocker = path.join(dir, 'a-file');
    await writeFile(blocker, 'x');
    const cache = await SafetyCache.open(path.join(blocker, 'cache.json'));
    cache.set(textHash('x'), sev);
    await cache.save();
    assert.match(cache.stats().problem!, /could not write/);
  });
});
