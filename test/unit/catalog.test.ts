import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseModelUri, findModel, MODELS, serverlessRefusal } from '../../src/models/catalog.ts';

describe('model catalog', () => {
  it('offers serverless fine-tuning of the Phi-4 family in its regions only', () => {
    const mini = findModel('Phi-4-mini-instruct')!;
    assert.equal(serverlessRefusal(mini, 'eastus2'), undefined);
    assert.equal(serverlessRefusal(mini, 'East US 2'), undefined);
    assert.match(serverlessRefusal(mini, 'westeurope')!, /not offered in region 'westeurope'.*eastus2/);
  });

  it('names the successor and managed compute for retired Phi-3 offers', () => {
    for (const id of ['Phi-3-mini-4k-instruct', 'Phi-3-mini-128k-instruct', 'Phi-3.5-mini-instruct']) {
      const refusal = serverlessRefusal(findModel(id)!, 'eastus2');
      assert.match(refusal!, /retired on 2025-08-30/);
      assert.match(refusal!, /Phi-4-mini-instruct/);
      assert.match(refusal!, /managed compute/);
    }
  });

  it('knows tokenizer, context and tool support for every model', () => {
    assert.equal(MODELS.length, 5);
    assert.equal(findModel('Phi-3-mini-4k-instruct')!.contextLength, 4096);
    assert.equal(findModel('Phi-4-mini-instruct')!.tokenizer, 'o200k');
    assert.equal(findModel('Phi-4')!.tokenizer, 'cl100k');
    assert.equal(findModel('Phi-4-mini-instruct')!.supportsToolCalls, true);
    assert.equal(findModel('Phi-3.5-mini-instruct')!.supportsToolCalls, false);
    assert.equal(
      baseModelUri(findModel('Phi-4')!, '7'),
      'azureml://registries/azureml/models/Phi-4/versions/7',
    );
  });
});
