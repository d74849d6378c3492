import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  isContentFilter,
  keyHeaders,
  keyStyle,
  readErrorBody,
  unsupportedParameter,
} from '../../src/evaluation/inference-contract.ts';

/** A published error body (test/fixtures/data-plane/README.md names each source). */
function fixture(name: string): { status: number; body: unknown } {
  const url = new URL(`../fixtures/data-plane/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as { status: number; body: unknown };
}

describe('error bodies in the documented shapes', () => {
  it("reads the Model Inference API's flat ContentFilterError, whose `error` is a string", () => {
    const f = fixture('content-filter-flat');
    const body = readErrorBody(JSON.stringify(f.body));
    assert.deepEqual(body.codes, ['content_filter']);
    assert.equal(body.message, 'The response was filtered');
    assert.ok(isContentFilter(body));
  });

  it("reads Azure OpenAI's nested content_filter error with its inner code", () => {
    const body = readErrorBody(JSON.stringify(fixture('content-filter-nested').body));
    assert.deepEqual(body.codes, ['content_filter', 'ResponsibleAIPolicyViolation']);
    assert.match(body.message!, /content management policy/);
    assert.ok(isContentFilter(body));
  });

  it('finds ResponsibleAIPolicyViolation under a generic top code', () => {
    const body = readErrorBody(JSON.stringify(fixture('content-filter-generic').body));
    assert.deepEqual(body.codes, ['BadRequest', 'ResponsibleAIPolicyViolation']);
    assert.ok(isContentFilter(body));
  });

  it('names the parameter of a 422 parameter_not_supported (detail.loc without `body`) and its value', () => {
    const f = fixture('parameter-not-supported');
    const body = readErrorBody(JSON.stringify(f.body));
    assert.deepEqual(body.codes, ['parameter_not_supported']);
    assert.deepEqual(unsupportedParameter(f.status, body), { parameter: 'seed', value: 42 });
    assert.equal(isContentFilter(body), false);
    // The same body with another status is not a refused parameter.
    assert.equal(unsupportedParameter(400, body), undefined);
  });

  it('takes `detail` as a list of validation errors too, and `value` for the value', () => {
    const list = readErrorBody(
      JSON.stringify({
        detail: [
          { type: 'missing', loc: [], msg: 'no location' },
          { type: 'extra_forbidden', loc: ['body', 'tools', 0, 'x'], msg: 'Extra inputs are not permitted' },
        ],
      }),
    );
    assert.deepEqual(unsupportedParameter(422, list), { parameter: 'tools.0.x' });
    const value = readErrorBody(JSON.stringify({ detail: { loc: ['body', 'temperature'], value: '0' } }));
    assert.deepEqual(unsupportedParameter(422, value), { parameter: 'temperature', value: '0' });
  });

  it('reads nothing from bodies that are not JSON objects, and a string `error` only as the message', () => {
    assert.deepEqual(readErrorBody('<html>502</html>'), { codes: [] });
    assert.deepEqual(readErrorBody('[1,2]'), { codes: [] });
    assert.deepEqual(readErrorBody('{"error":"Bad Request","status":400}'), {
      codes: [],
      message: 'Bad Request',
    });
    // An `innererror` that is not an object is no inner code.
    assert.deepEqual(
      readErrorBody('{"error":{"code":"x","innererror":"ResponsibleAIPolicyViolation"}}').codes,
      ['x'],
    );
  });
});

describe('which key header a host takes', () => {
  it('sends only api-key to Azure OpenAI and other Cognitive Services hosts', () => {
    for (const url of [
      'https://myres.openai.azure.com/openai/deployments/gpt-4o-mini',
      'https://myres.services.ai.azure.com/openai/v1',
      'https://myres.services.ai.azure.com/models',
      'https://MyRes.CognitiveServices.Azure.com/openai/deployments/x',
    ]) {
      assert.equal(keyStyle(url), 'api-key', url);
    }
    assert.deepEqual(keyHeaders('api-key', 'k'), { 'api-key': 'k' });
  });

  it('sends api-key and Bearer to serverless and managed endpoints, and to anything else', () => {
    for (const url of [
      'https://ep-abc.eastus2.models.ai.azure.com',
      'https://ep.eastus2.inference.ml.azure.com/score',
      'http://127.0.0.1:8080/serverless/ep',
      'https://openai.azure.com.example.org/x',
      'not a url',
    ]) {
      assert.equal(keyStyle(url), 'api-key-and-bearer', url);
    }
    assert.deepEqual(keyHeaders('api-key-and-bearer', 'k'), { 'api-key': 'k', authorization: 'Bearer k' });
  });
});
