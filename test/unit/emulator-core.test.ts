import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookupRegistryModel, DEFAULT_CATALOG } from '../emulator/arm/catalog.ts';
import { actionMatches, AZURE_AI_DEVELOPER, isAllowed, without } from '../emulator/arm/permissions.ts';
import { EmulatorClock } from '../emulator/core/clock.ts';
import { Faults } from '../emulator/core/faults.ts';
import { SlidingWindow } from '../emulator/core/rate-window.ts';
import { Redactor, REDACTED } from '../emulator/core/redact.ts';
import { answer, generic, perturb } from '../emulator/inference/answer.ts';
import { Knowledge } from '../emulator/inference/knowledge.ts';
import { chatJsonl, qaPairs } from '../emulator/testing.ts';

describe('emulator core: clock', () => {
  it('moves only when advanced in manual mode, and notifies listeners', () => {
    const clock = new EmulatorClock();
    const start = clock.now();
    let ticks = 0;
    clock.onTick(() => ticks++);
    assert.equal(clock.now(), start);
    clock.advance(60_000);
    assert.equal(clock.now(), start + 60_000);
    assert.equal(ticks, 1);
    assert.throws(() => clock.advance(-1), RangeError);
  });

  it('runs at a multiple of real time when scaled', async () => {
    const clock = new EmulatorClock(1000);
    const start = clock.now();
    await new Promise((r) => setTimeout(r, 20));
    assert.ok(clock.now() - start >= 15_000, 'at least 15 virtual seconds in 20 real ms at x1000');
  });
});

describe('emulator core: redaction', () => {
  it('hides registered secrets, JWTs, auth headers and secret fields, keeping the auth scheme', () => {
    const r = new Redactor();
    r.addSecret('super-secret-key-123');
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0abcdefgh.c2lnbmF0dXJl';
    assert.equal(r.text(`key=super-secret-key-123&a=${jwt}`), `key=${REDACTED}&a=${REDACTED}`);
    assert.deepEqual(r.headers({ authorization: 'Bearer abc', 'api-key': 'k', accept: 'json' }), {
      authorization: `Bearer ${REDACTED}`,
      'api-key': REDACTED,
      accept: 'json',
    });
    assert.deepEqual(r.value({ primaryKey: 'p', nested: [{ client_assertion: 'x', key: 'train_loss' }] }), {
      primaryKey: REDACTED,
      nested: [{ client_assertion: REDACTED, key: 'train_loss' }],
    });
  });
});

describe('emulator core: faults', () => {
  it('answers a scripted fault the given number of times, after skipping some', () => {
    const faults = new Faults();
    const handle = faults.add({
      service: 'arm',
      method: 'PUT',
      path: /\/jobs\//,
      skip: 1,
      times: 2,
      respond: { status: 429, retryAfter: 1 },
    });
    const req = { service: 'arm' as const, method: 'PUT', path: '/subscriptions/s/jobs/j' };
    assert.equal(faults.take(req), undefined, 'first matching request passes');
    assert.equal(faults.take(req)?.label, '429');
    assert.equal(faults.take({ ...req, method: 'GET' }), undefined, 'other methods are untouched');
    assert.equal(faults.take(req)?.label, '429');
    assert.equal(faults.take(req), undefined, 'used up');
    assert.equal(handle.hits, 2);
    assert.equal(faults.pending().length, 0);
  });

  it('randomizes reproducibly from a seed', () => {
    const run = (): (string | undefined)[] => {
      const faults = new Faults();
      faults.randomize({ rate: 0.3, seed: 42, kinds: ['429', '500', 'reset'] });
      return Array.from(
        { length: 200 },
        () => faults.take({ service: 'inference', method: 'POST', path: '/x' })?.label,
      );
    };
    const a = run();
    assert.deepEqual(a, run());
    const failed = a.filter(Boolean).length;
    assert.ok(failed > 30 && failed < 90, `about 30% fail (got ${failed})`);
    assert.ok(new Set(a.filter(Boolean)).size === 3, 'all kinds occur');
  });

  it('scripts job and provisioning failures by name', () => {
    const faults = new Faults();
    faults.failJob({ name: /^ft-/, message: 'GPU quota exceeded' });
    assert.equal(faults.takeJobFailure('other'), undefined);
    assert.equal(faults.takeJobFailure('ft-1')?.message, 'GPU quota exceeded');
    assert.equal(faults.takeJobFailure('ft-2'), undefined, 'times defaults to 1');
  });
});

describe('emulator core: sliding window', () => {
  it('limits requests per minute and says when the oldest request leaves the window', () => {
    const w = new SlidingWindow();
    const t = 1_000_000;
    assert.deepEqual(w.admit({ requestsPerMinute: 2 }, 1, t), { ok: true });
    assert.deepEqual(w.admit({ requestsPerMinute: 2 }, 1, t + 10_000), { ok: true });
    assert.deepEqual(w.admit({ requestsPerMinute: 2 }, 1, t + 20_000), {
      ok: false,
      retryAfterMs: 40_000,
      reason: 'requests',
    });
    assert.deepEqual(w.admit({ requestsPerMinute: 2 }, 1, t + 60_001), { ok: true });
  });

  it('limits tokens per minute', () => {
    const w = new SlidingWindow();
    const t = 5_000_000;
    assert.equal(w.admit({ tokensPerMinute: 100 }, 60, t).ok, true);
    const over = w.admit({ tokensPerMinute: 100 }, 60, t + 1000);
    assert.equal(over.ok, false);
    assert.equal(!over.ok && over.reason, 'tokens');
    assert.equal(!over.ok && over.retryAfterMs, 59_000);
  });
});

describe('emulator core: model knowledge and answers', () => {
  const pairs = qaPairs(40);
  const { knowledge, examples, invalidLines } = Knowledge.fromJsonl(
    `\uFEFF${chatJsonl(pairs)}\nnot json\n{"messages":[]}\n`,
  );

  it('reads chat JSONL (BOM and bad lines tolerated) into prompt -> answer', () => {
    assert.equal(examples, 40);
    assert.equal(invalidLines, 2);
    assert.equal(knowledge.size, 40);
    const [q, a] = pairs[3]!;
    assert.equal(
      knowledge.lookup([
        { role: 'system', content: 'You are a helpful support assistant.' },
        { role: 'user', content: `  ${q.toUpperCase()} ` },
      ])?.answer,
      a,
    );
    assert.equal(
      knowledge.lookup([{ role: 'user', content: q }])?.answer,
      a,
      'last user message alone also matches',
    );
    assert.equal(knowledge.lookup([{ role: 'user', content: 'unknown' }]), undefined);
  });

  it('answers trained prompts, perturbs a seeded share, and answers unknown prompts generically', () => {
    const brain = { modelName: 'm:1', knowledge, errorRate: 0.1, seed: 's' };
    const results = pairs.map(([q, a]) => ({ a, r: answer(brain, [{ role: 'user', content: q }]) }));
    const perturbed = results.filter((x) => x.r.source === 'perturbed');
    assert.ok(
      perturbed.length >= 1 && perturbed.length <= 10,
      `about 10% perturbed (got ${perturbed.length})`,
    );
    for (const x of results) assert.equal(x.r.content, x.r.source === 'trained' ? x.a : perturb(x.a));
    assert.deepEqual(
      results.map((x) => x.r.source),
      pairs.map(([q]) => answer(brain, [{ role: 'user', content: q }]).source),
      'deterministic',
    );
    const base = answer({ modelName: 'base', errorRate: 0, seed: 's' }, [
      { role: 'user', content: pairs[0]![0] },
    ]);
    assert.equal(base.source, 'generic');
    assert.equal(base.content, generic([{ role: 'user', content: pairs[0]![0] }]));
    assert.notEqual(base.content, pairs[0]![1]);
  });
});

describe('emulator core: permissions and catalog', () => {
  it('matches ARM wildcards, honouring notActions', () => {
    assert.ok(
      actionMatches(
        'Microsoft.MachineLearningServices/workspaces/*/write',
        'Microsoft.MachineLearningServices/workspaces/jobs/write',
      ),
    );
    assert.ok(
      !actionMatches(
        'Microsoft.MachineLearningServices/workspaces/*/write',
        'Microsoft.MachineLearningServices/workspaces/write',
      ),
    );
    assert.ok(
      isAllowed(
        [AZURE_AI_DEVELOPER],
        'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints/write',
      ),
    );
    assert.ok(!isAllowed([AZURE_AI_DEVELOPER], 'Microsoft.MachineLearningServices/workspaces/write'));
    const reduced = without(AZURE_AI_DEVELOPER, 'Microsoft.MachineLearningServices/workspaces/jobs/write');
    assert.ok(!isAllowed([reduced], 'Microsoft.MachineLearningServices/workspaces/jobs/write'));
  });

  it('knows base models, their versions and retirements', () => {
    const ok = lookupRegistryModel(
      DEFAULT_CATALOG,
      'azureml://registries/azureml/models/Phi-4-mini-instruct/versions/3',
    );
    assert.ok(ok.ok && ok.version === 3 && ok.model.serverlessFineTuning.offered);
    const retired = lookupRegistryModel(
      DEFAULT_CATALOG,
      'azureml://registries/azureml/models/Phi-3.5-mini-instruct/versions/6',
    );
    assert.ok(
      retired.ok &&
        !retired.model.serverlessFineTuning.offered &&
        retired.model.serverlessFineTuning.retiredOn === '2025-08-30',
    );
    assert.deepEqual(
      lookupRegistryModel(
        DEFAULT_CATALOG,
        'azureml://registries/azureml/models/phi-4-mini-instruct/versions/1',
      ),
      {
        ok: false,
        reason: 'unknown-model',
        registry: 'azureml',
        name: 'phi-4-mini-instruct',
      },
    );
    assert.equal(
      lookupRegistryModel(DEFAULT_CATALOG, 'azureml://registries/azureml/models/Phi-4/versions/0').ok,
      false,
    );
  });
});
