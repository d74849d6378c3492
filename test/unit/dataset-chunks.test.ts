import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BufferPool, iterableReader, scanChunks, type LineChunk } from '../../src/dataset/chunks.ts';
import { hash64, hashBytes, HashTable64 } from '../../src/dataset/hash.ts';
import { selectValidation, validationSize } from '../../src/dataset/split.ts';

/** Runs the chunker over `bytes` delivered in pieces of `piece` bytes; returns chunks as text. */
async function chunk(bytes: Buffer, options: { size: number; max: number; piece: number }) {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += options.piece) pieces.push(bytes.subarray(i, i + options.piece));
  const pool = new BufferPool(options.size);
  const chunks: { firstLine: number; lines: number; text?: string; long?: [string, number]; bom: boolean }[] =
    [];
  const source = (async function* () {
    yield* pieces;
  })();
  const scan = await scanChunks(
    iterableReader(source),
    { maxLineBytes: options.max, pool },
    (c: LineChunk) => {
      chunks.push({
        firstLine: c.firstLine,
        lines: c.lines,
        text: c.data ? Buffer.from(c.data).toString('latin1') : undefined,
        long: c.tooLong ? [Buffer.from(c.tooLong.head).toString('latin1'), c.tooLong.length] : undefined,
        bom: c.bom,
      });
      if (c.data) pool.give(c.data.buffer);
    },
  );
  return { scan, chunks };
}

test('chunks hold whole lines, numbered in order, whatever the buffer and read sizes', async () => {
  const lines = Array.from({ length: 200 }, (_, i) => `{"n": ${i}, "pad": "${'x'.repeat(i % 37)}"}`);
  const file = Buffer.from('\ufeff' + lines.join('\r\n') + '\n');
  for (const size of [16, 64, 100, 1000, 1 << 16]) {
    for (const piece of [1, 7, 333, 1 << 20]) {
      const { scan, chunks } = await chunk(file, { size, max: 1 << 20, piece });
      assert.deepEqual(scan, { bytes: file.length, lines: 200, missingFinalNewline: false });
      assert.equal(
        chunks.map((c) => c.text).join(''),
        file.subarray(3).toString('latin1'),
        `${size}/${piece}`,
      );
      let next = 1;
      for (const c of chunks) {
        assert.equal(c.firstLine, next);
        assert.equal(c.text!.split('\n').length - 1, c.lines, 'every line of a chunk ends in it');
        next += c.lines;
      }
      assert.deepEqual(
        chunks.map((c) => c.bom),
        chunks.map((_, i) => i === 0),
      );
    }
  }
});

test('a line over the cap is reported by its head and length, never buffered, at any position', async () => {
  const long = 'L'.repeat(5000);
  const file = Buffer.from(['{"a":1}', long, '{"b":2}', '', `${long}x`].join('\n'));
  for (const size of [64, 4096, 1 << 16]) {
    const { scan, chunks } = await chunk(file, { size, max: 1000, piece: 500 });
    assert.deepEqual(scan, { bytes: file.length, lines: 5, missingFinalNewline: true });
    const longs = chunks.filter((c) => c.long);
    assert.deepEqual(
      longs.map((c) => [c.firstLine, c.long![0].length, c.long![1]]),
      [
        [2, 256, 5000],
        [5, 256, 5001],
      ],
      String(size),
    );
    const text = chunks
      .filter((c) => c.text)
      .map((c) => c.text)
      .join('');
    assert.equal(text, '{"a":1}\n{"b":2}\n\n');
  }
});

test('an empty file and a file without a final newline', async () => {
  assert.deepEqual((await chunk(Buffer.alloc(0), { size: 64, max: 100, piece: 10 })).scan, {
    bytes: 0,
    lines: 0,
    missingFinalNewline: false,
  });
  const { scan, chunks } = await chunk(Buffer.from('a\nb'), { size: 64, max: 100, piece: 10 });
  assert.deepEqual(scan, { bytes: 3, lines: 2, missingFinalNewline: true });
  assert.deepEqual(
    chunks.map((c) => [c.firstLine, c.lines, c.text]),
    [[1, 2, 'a\nb']],
  );
});

test('the line hash depends on the bytes only, not on where they sit in memory', () => {
  const text = Buffer.from('{"messages": [{"role": "user", "content": "héllo 🦙"}]}');
  const expected = hash64(text.toString('utf8'));
  for (let offset = 0; offset < 9; offset++) {
    const host = Buffer.alloc(text.length + 20, 0x7b);
    text.copy(host, offset);
    assert.deepEqual(hashBytes(host, offset, offset + text.length), expected, `offset ${offset}`);
  }
  assert.notDeepEqual(hash64(''), hash64(' '));
  assert.notDeepEqual(hash64('ab'), hash64('ba'));
});

test('lines that differ in one place never collide; 100k distinct lines give 100k hashes', () => {
  const base = Buffer.from('{"messages": [{"role": "user", "content": "' + 'q'.repeat(200) + '"}]}');
  const seen = new HashTable64();
  const first = hashBytes(base);
  seen.insert(first.hi, first.lo, 0);
  for (let at = 0; at < base.length; at++) {
    for (const flip of [1, 0x80]) {
      const copy = Buffer.from(base);
      copy[at] = copy[at]! ^ flip;
      const h = hashBytes(copy);
      assert.equal(seen.insert(h.hi, h.lo, at + 1), undefined, `byte ${at} ^ ${flip}`);
    }
  }
  const table = new HashTable64(16);
  for (let i = 0; i < 100_000; i++) {
    const h = hash64(`{"n": ${i}}`);
    assert.equal(table.insert(h.hi, h.lo, i), undefined);
  }
  assert.equal(table.size, 100_000);
  assert.equal(table.lookup(hash64('{"n": 77}').hi, hash64('{"n": 77}').lo), 77);
  assert.equal(table.insert(0, 0, 5), undefined, 'the all-zero key is a key like any other');
  assert.equal(table.lookup(0, 0), 5);
});

test('selectValidation: the k smallest keys, ties by line, as a full sort would pick them', () => {
  let seed = 7;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let round = 0; round < 50; round++) {
    const n = 1 + Math.floor(random() * 300);
    const keys = Float64Array.from({ length: n }, () => Math.floor(random() * 20));
    const lines = Int32Array.from({ length: n }, (_, i) => i * 3 + 1);
    const ratio = random() * 0.5;
    const order = [...keys.keys()].sort((a, b) => keys[a]! - keys[b]! || lines[a]! - lines[b]!);
    const expected = order.slice(0, validationSize(n, ratio)).sort((a, b) => a - b);
    assert.deepEqual([...selectValidation(keys, lines, ratio)], expected);
    assert.deepEqual(
      [...selectValidation(keys, undefined, ratio)],
      expected,
      'lines in file order: same pick',
    );
  }
});
