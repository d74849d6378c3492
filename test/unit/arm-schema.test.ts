/**
 * The Swagger 2.0 subset interpreter (test/emulator/arm/schema.ts) on small documents written for the
 * rule each case checks, then on the transcribed Azure specs it serves.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { armContract, specFor, validateBody } from '../emulator/arm/contract.ts';
import { SchemaSet, type SpecDocument } from '../emulator/arm/schema.ts';

const doc = (path: string, definitions: SpecDocument['definitions']): SpecDocument => ({
  _source: { repo: 'r', path, commit: 'c' },
  definitions,
});

const common = doc('spec/common-types/v1/types.json', {
  Resource: { type: 'object', properties: { id: { type: 'string', readOnly: true } } },
});
const main = doc('spec/service/stable/v1/api.json', {
  Envelope: {
    type: 'object',
    required: ['properties'],
    allOf: [{ $ref: '../../../common-types/v1/types.json#/definitions/Resource' }],
    properties: { properties: { $ref: '#/definitions/Animal' } },
    additionalProperties: false,
  },
  Animal: {
    type: 'object',
    required: ['kind'],
    discriminator: 'kind',
    properties: {
      kind: { type: 'string', enum: ['Cat', 'Dog'] },
      name: { type: 'string', pattern: '^[a-z]+$', minLength: 2, 'x-nullable': true },
      legs: { type: 'integer', minimum: 0, maximum: 4 },
      labels: { type: 'object', additionalProperties: { type: 'string' } },
      state: { type: 'string', readOnly: true },
    },
  },
  Cat: {
    type: 'object',
    allOf: [{ $ref: '#/definitions/Animal' }],
    'x-ms-discriminator-value': 'Cat',
    properties: { whiskers: { type: 'array', items: { type: 'number' } } },
    additionalProperties: false,
  },
  Dog: { type: 'object', allOf: [{ $ref: '#/definitions/Animal' }], additionalProperties: false },
});
const set = new SchemaSet([common, main]);
const check = (value: unknown, direction: 'request' | 'response' = 'request') =>
  set.validate(main._source.path, 'Envelope', value, direction).map((v) => `${v.path}: ${v.message}`);

describe('the schema interpreter', () => {
  it('accepts a valid body, following $ref across documents and allOf inheritance', () => {
    assert.deepEqual(
      check({ properties: { kind: 'Cat', name: 'tom', legs: 4, whiskers: [1.5], labels: { a: 'b' } } }),
      [],
    );
    assert.deepEqual(check({ id: 'x', properties: { kind: 'Dog', state: 'on' } }, 'response'), []);
  });

  it('dispatches on the discriminator (x-ms-discriminator-value, else the definition name)', () => {
    assert.deepEqual(check({ properties: { kind: 'Dog', whiskers: [] } }), [
      'properties.whiskers: properties.whiskers is not a property of Dog (it has: kind, name, legs, labels, state)',
    ]);
    assert.match(check({ properties: { kind: 'Cow' } })[0]!, /'Cow' is not one of 'Cat', 'Dog'/);
    assert.match(
      check({ properties: { kind: 'cat' } })[0]!,
      /did you mean 'Cat'\? values are case-sensitive/,
    );
    assert.deepEqual(check({ properties: {} }), ['properties.kind: properties.kind is required']);
  });

  it('checks types, enums, patterns, lengths, bounds, maps, arrays and nulls', () => {
    const problems = check({
      properties: { kind: 'Cat', name: 'X', legs: 5.5, labels: { a: 1 }, whiskers: ['long'] },
    });
    assert.deepEqual(problems, [
      'properties.name: properties.name must be at least 2 characters',
      "properties.name: properties.name: 'X' does not match the pattern ^[a-z]+$",
      'properties.legs: properties.legs must be an integer; got number 5.5',
      'properties.labels.a: properties.labels.a must be a string; got number 1',
      'properties.whiskers[0]: properties.whiskers[0] must be a number; got string "long"',
    ]);
    assert.deepEqual(check({ properties: { kind: 'Cat', name: null } }), [], 'x-nullable');
    assert.deepEqual(check({ properties: { kind: 'Cat', legs: null } }), [
      'properties.legs: properties.legs must not be null',
    ]);
    assert.deepEqual(check({ properties: { kind: 'Cat', legs: 9 } }), [
      'properties.legs: properties.legs must be at most 4',
    ]);
    assert.deepEqual(check([]), [': (body) must be an object; got array']);
  });

  it('refuses unknown properties where additionalProperties is false, with a hint for casing mistakes', () => {
    assert.deepEqual(check({ properties: { kind: 'Cat', Name: 'tom' } }), [
      "properties.Name: properties.Name is not a property of Cat; did you mean 'name'? (property names are case-sensitive)",
    ]);
    assert.match(check({ properties: { kind: 'Cat' }, extra: 1 })[0]!, /extra is not a property of Envelope/);
  });

  it('read-only: a request must not send it; a response must carry it unless the spec allows null', () => {
    assert.deepEqual(check({ properties: { kind: 'Cat', state: 'on' } }), [
      'properties.state: properties.state is read-only: a request must not send it',
    ]);
    const answers = (state?: string) =>
      set.validate(main._source.path, 'Animal', { kind: 'Cat', ...(state ? { state } : {}) }, 'response');
    assert.deepEqual(answers('on'), []);
    assert.match(answers()[0]!.message, /state is missing: the spec lists it as read-only/);
    // Read-only fields of common types (Resource.id) are not required: the service's own definitions are.
    assert.deepEqual(check({ properties: { kind: 'Cat', state: 'x' } }, 'response'), []);
  });
});

describe('the transcribed Azure specs', () => {
  it('has a document per api-version the emulator serves, each naming its spec file and commit', () => {
    const { set: specs } = armContract();
    for (const [family, version] of [
      ['mfe', '2025-12-01'],
      ['mfe', '2025-10-01-preview'],
      ['mfe', '2022-10-01'],
      ['authorization', '2022-04-01'],
    ] as const) {
      const path = specFor(family, version)!;
      assert.ok(path, `${family} ${version}`);
      const source = specs.document(path)!._source;
      assert.equal(source.repo, 'Azure/azure-rest-api-specs');
      assert.match(source.commit, /^[0-9a-f]{40}$/);
      assert.ok(source.path.includes(version), `${source.path} is the ${version} file`);
    }
  });

  it('FineTuning jobs exist in the preview and not in 2025-12-01', () => {
    const { set: specs } = armContract();
    assert.equal(specs.has(specFor('mfe', '2025-10-01-preview')!, 'FineTuningJob'), true);
    assert.equal(specs.has(specFor('mfe', '2025-12-01')!, 'FineTuningJob'), false);
    const permission = { value: [{ actions: ['*'], notActions: [], dataActions: [], notDataActions: [] }] };
    assert.deepEqual(
      validateBody('authorization', '2022-04-01', 'PermissionGetResult', permission, 'response'),
      [],
    );
  });
});
