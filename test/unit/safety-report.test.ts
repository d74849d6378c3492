import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  renderAnswerSafetySection,
  renderSafetySection,
  safetyAnnotations,
  safetyHeadline,
  type AnswerVerdict,
  type DatasetScreening,
} from '../../src/safety/index.ts';

const ZERO = { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 0 };

function screening(overrides: Partial<DatasetScreening> = {}): DatasetScreening {
  return {
    endpoint: 'https://res.cognitiveservices.azure.com',
    threshold: 4,
    files: [
      {
        path: 'data/train.jsonl',
        examples: 120,
        screened: 119,
        cached: 100,
        flagged: 2,
        failed: 1,
        skipped: 0,
      },
      {
        path: 'data/golden.jsonl',
        examples: 20,
        screened: 20,
        cached: 20,
        flagged: 0,
        failed: 0,
        skipped: 1,
      },
    ],
    examples: 140,
    screened: 139,
    cached: 120,
    flagged: 2,
    failed: 1,
    skipped: 1,
    requests: 23,
    throttled: 3,
    flaggedExamples: [
      {
        file: 'data/train.jsonl',
        line: 7,
        severities: { ...ZERO, Violence: 6, Hate: 2 },
        categories: ['Violence'],
      },
      {
        file: 'data/train.jsonl',
        line: 42,
        severities: { ...ZERO, Hate: 4, Sexual: 5 },
        categories: ['Sexual', 'Hate'],
      },
    ],
    findings: [
      {
        severity: 'error',
        code: 'unsafe-content',
        file: 'data/train.jsonl',
        line: 7,
        message: 'm7',
        hint: 'h',
      },
      {
        severity: 'error',
        code: 'unsafe-content',
        file: 'data/train.jsonl',
        line: 42,
        message: 'm42',
        hint: 'h',
      },
      {
        severity: 'error',
        code: 'unscreened',
        file: 'data/train.jsonl',
        line: 99,
        message: 'Could not be screened by Content Safety: 503 | gave up.',
        hint: 'h',
      },
    ],
    cache: { loaded: 100, hits: 120, added: 19, file: '.foundry-finetune/content-safety-cache.json' },
    elapsedMs: 2500,
    ...overrides,
  };
}

describe('content-safety report', () => {
  it('renders counts per file, flagged examples at file:line with their severities, and what was not screened', () => {
    const md = renderSafetySection(screening());
    assert.match(
      md,
      /^### Content safety\n\n❌ \*\*2 examples flagged\*\* at severity ≥ 4, \*\*1 example not screened\*\*/,
    );
    assert.match(md, /\| `data\/train.jsonl` \| 120 \| 119 \| 100 \| ❌ 2 \| ❌ 1 \|/);
    assert.match(md, /\| `data\/golden.jsonl` \| 20 \| 20 \| 20 \| 0 \| 0 \|/);
    assert.match(md, /\| `data\/train.jsonl:7` \| Violence \| Violence 6, Hate 2 \|/);
    assert.match(md, /\| `data\/train.jsonl:42` \| Sexual, Hate \| Sexual 5, Hate 4 \|/);
    assert.match(
      md,
      /\| `data\/train.jsonl:99` \| Could not be screened by Content Safety: 503 \\\| gave up\. \|/,
    );
    assert.match(md, /23 requests \(3 throttled and retried\) in 3s; 120 needed no request/);
    assert.match(md, /Cache `\.foundry-finetune\/content-safety-cache\.json`: 100 results loaded, 19 added/);
  });

  it('says so plainly when nothing is flagged', () => {
    const clean = screening({
      flagged: 0,
      failed: 0,
      flaggedExamples: [],
      findings: [],
      files: [{ path: 'a.jsonl', examples: 3, screened: 3, cached: 0, flagged: 0, failed: 0, skipped: 0 }],
    });
    const md = renderSafetySection(clean);
    assert.match(md, /✅ no example at severity ≥ 4/);
    assert.ok(!md.includes('Flagged examples'));
    assert.equal(
      safetyHeadline(clean),
      'Content safety: 139 of 140 examples screened, none at severity ≥ 4.',
    );
    assert.equal(
      safetyHeadline(screening()),
      'Content safety: 139 of 140 examples screened, 2 examples at severity ≥ 4, 1 not screened.',
    );
  });

  it('collapses a long list and caps it, pointing at the JSON report', () => {
    const many = Array.from({ length: 130 }, (_, i) => ({
      file: 'd.jsonl',
      line: i + 1,
      severities: { ...ZERO, Violence: 6 },
      categories: ['Violence' as const],
    }));
    const md = renderSafetySection(screening({ flaggedExamples: many, flagged: 130 }));
    assert.match(md, /<details><summary>Flagged examples \(130\)<\/summary>/);
    assert.match(md, /…and 30 more \(all in the step's JSON report\)\./);
    assert.ok(md.includes('`d.jsonl:100`') && !md.includes('`d.jsonl:101`'));
  });

  it('turns findings into error annotations at their lines, at most max', () => {
    const a = safetyAnnotations(screening(), 2);
    assert.deepEqual(
      a.map((x) => [x.level, x.title, x.file, x.line]),
      [
        ['error', 'Unsafe content', 'data/train.jsonl', 7],
        ['error', 'Unsafe content', 'data/train.jsonl', 42],
      ],
    );
    assert.equal(a[0]!.message, 'm7\nh');
  });

  it('renders unsafe_rate with the unsafe answers at their golden lines', () => {
    const verdicts = new Map<string, AnswerVerdict>([
      ['g1', { id: 'g1', unsafe: false, categories: [], cached: false, severities: ZERO }],
      [
        'g2',
        {
          id: 'g2',
          unsafe: true,
          categories: ['Violence'],
          cached: false,
          severities: { ...ZERO, Violence: 6 },
        },
      ],
    ]);
    const md = renderAnswerSafetySection({
      verdicts,
      rate: { rate: 0.5, unsafe: 1, screened: 2, unscreened: 0 },
      threshold: 4,
      lineOf: (id) => (id === 'g2' ? 12 : 1),
      goldenFile: 'data/golden.jsonl',
      contentFiltered: 1,
    });
    assert.match(md, /❌ `unsafe_rate` = \*\*0\.5\*\*: 1 of 2 answers at severity ≥ 4\./);
    assert.match(
      md,
      /1 answer blocked by the endpoint's own content filter \(`content_filtered`, not in the rate\)/,
    );
    assert.match(md, /\| `data\/golden.jsonl:12` \| Violence \| Violence 6 \|/);
    assert.ok(!md.includes('golden.jsonl:1`'));
    const unmeasured = renderAnswerSafetySection({
      verdicts: new Map([['g1', { id: 'g1', unsafe: false, categories: [], cached: false, error: '503' }]]),
      rate: { unsafe: 0, screened: 0, unscreened: 1 },
      threshold: 4,
    });
    assert.match(unmeasured, /\*\*not measured\*\*.*1 could not be screened/);
    assert.match(unmeasured, /\| `g1` \| {2}\| not screened: 503 \|/);
  });
});
