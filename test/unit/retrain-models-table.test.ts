import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ModelEntry } from '../../src/lifecycle/inventory.ts';
import { formatAge, metricColumns, renderModelTable } from '../../src/report/models.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const HOUR = 3_600_000;

function entry(version: string, over: Partial<ModelEntry> = {}): ModelEntry {
  return {
    name: 'support-bot-ft',
    version,
    id: `id-${version}`,
    createdAt: NOW - 3 * HOUR,
    tags: {},
    stage: 'candidate',
    datasetHash: 'abcdef0123456789',
    metrics: {},
    endpoints: [],
    ...over,
  };
}

describe("models table: this repository's fine-tuned models", () => {
  it('shows version, stage, short dataset hash, metrics, where it is deployed and age', () => {
    const md = renderModelTable(
      [
        entry('4', {
          stage: 'production',
          metrics: { f1: 0.81234, exact_match: 0.5, latency_p95_ms: 812.4 },
          endpoints: [{ name: 'support-bot-ft-v4', state: 'Succeeded' }],
          createdAt: NOW - 3 * 24 * HOUR,
        }),
        entry('3', { stage: 'rejected', metrics: { f1: 0.4 }, createdAt: NOW - 20 * 60_000 }),
        entry('2', { stage: '', endpoints: [{ name: 'ep-2', state: 'Deleting' }], datasetHash: undefined }),
      ],
      { now: NOW },
    );
    const lines = md.split('\n');
    assert.equal(lines[0], 'Model `support-bot-ft`:');
    assert.equal(
      lines[2],
      '| Version | Stage | Dataset | `f1` | `exact_match` | `latency_p95_ms` | Deployed | Age |',
    );
    // One column, one number of decimals: 0.500 and 0.400, never 0.5 beside 0.812.
    assert.equal(
      lines[4],
      '| `4` | **production** | `abcdef0123` | 0.812 | 0.500 | 812 | `support-bot-ft-v4` | 3 d |',
    );
    assert.equal(lines[5], '| `3` | rejected | `abcdef0123` | 0.400 |  |  | no | 20 min |');
    assert.equal(lines[6], '| `2` | (none) |  |  |  |  | `ep-2` (Deleting) | 3 h |');
  });

  it('adds an extra column when asked, and says so when there is nothing to show', () => {
    const md = renderModelTable([entry('1')], {
      now: NOW,
      extra: { header: 'Cleanup', cell: (e) => `kept v${e.version}` },
    });
    assert.match(md, /\| Version \| Stage \| Dataset \| Deployed \| Age \| Cleanup \|/);
    assert.match(md, /\| kept v1 \|$/m);
    assert.match(renderModelTable([], { now: NOW }), /No fine-tuned model of this repository/);
  });

  it('caps metric columns in a stable order and rows with a note', () => {
    const many = { zeta: 1, bleu: 0.3, f1: 0.5, rougeL: 0.4, exact_match: 0.2, alpha: 2 };
    assert.deepEqual(metricColumns([entry('1', { metrics: many })]), ['f1', 'exact_match', 'rougeL', 'bleu']);
    const rows = Array.from({ length: 5 }, (_, i) => entry(String(5 - i)));
    const md = renderModelTable(rows, { now: NOW, maxRows: 3 });
    assert.equal(md.split('\n').filter((l) => l.startsWith('| `')).length, 3);
    assert.match(md, /…and 2 older versions, not shown\./);
  });

  it('ages read in minutes, hours, then days', () => {
    assert.equal(formatAge(59 * 60_000), '59 min');
    assert.equal(formatAge(47 * HOUR), '47 h');
    assert.equal(formatAge(49 * HOUR), '2 d');
    assert.equal(formatAge(undefined), '?');
    assert.equal(formatAge(-5), '0 min');
  });
});
