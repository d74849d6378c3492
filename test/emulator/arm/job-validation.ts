import type { EmuResponse } from '../core/http.ts';
import { lookupRegistryModel, type CatalogModel } from './catalog.ts';
import type { ArmContext } from './context.ts';
import { asRecord } from './context.ts';
import { badArgument, userError } from './errors.ts';

export const TASK_TYPES = [
  'ChatCompletion',
  'TextCompletion',
  'TextClassification',
  'QuestionAnswering',
  'TextSummarization',
  'TokenClassification',
  'TextTranslation',
  'ImageClassification',
  'ImageInstanceSegmentation',
  'ImageObjectDetection',
  'VideoMultiObjectTracking',
];

const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/;

export interface ValidJob {
  properties: Record<string, unknown>;
  model: CatalogModel;
  modelUri: string;
  trainingUri: string;
  validationUri?: string;
  assetName: string;
  serverless: boolean;
}

/**
 * Checks a FineTuning job body the way the service does before accepting it: required fields, types
 * (hyperparameters are string -> string), the base model in the catalog, and serverless availability.
 */
export function validateFineTuningJob(
  ctx: ArmContext,
  body: unknown,
  apiVersion: string,
): { ok: true; job: ValidJob } | { ok: false; error: EmuResponse } {
  const fail = (error: EmuResponse): { ok: false; error: EmuResponse } => ({ ok: false, error });
  const properties = asRecord(asRecord(body)?.properties);
  if (!properties) return fail(badArgument("The request body must have 'properties'.", 'properties'));
  const jobType = properties.jobType;
  if (jobType === undefined || jobType === null || jobType === '')
    return fail(badArgument("'properties.jobType' is required.", 'properties.jobType'));
  if (jobType !== 'FineTuning') {
    return fail(
      badArgument(
        `The emulator runs jobs of type 'FineTuning' only; got jobType '${String(jobType)}'.`,
        'properties.jobType',
      ),
    );
  }
  if (!ctx.settings.apiVersions.serverless.includes(apiVersion)) {
    return fail(
      badArgument(
        `Job type 'FineTuning' is not supported in api-version '${apiVersion}'. Use api-version ${ctx.settings.apiVersions.serverless.join(' or ')}.`,
        'properties.jobType',
      ),
    );
  }
  for (const key of ['tags', 'properties'] as const) {
    const map = properties[key];
    if (map === undefined || map === null) continue;
    const record = asRecord(map);
    if (!record)
      return fail(badArgument(`'properties.${key}' must be an object of strings.`, `properties.${key}`));
    const bad = Object.entries(record).find(([, v]) => typeof v !== 'string');
    if (bad)
      return fail(
        badArgument(
          `'properties.${key}.${bad[0]}' must be a string; got ${typeof bad[1]}.`,
          `properties.${key}`,
        ),
      );
  }
  const details = asRecord(properties.fineTuningDetails);
  if (!details)
    return fail(
      badArgument(
        "'properties.fineTuningDetails' is required for a FineTuning job.",
        'properties.fineTuningDetails',
      ),
    );
  if (details.modelProvider === undefined)
    return fail(
      badArgument(
        "'fineTuningDetails.modelProvider' is required.",
        'properties.fineTuningDetails.modelProvider',
      ),
    );
  if (details.modelProvider !== 'Custom') {
    return fail(
      badArgument(
        `'fineTuningDetails.modelProvider' must be 'Custom' for models from the model catalog; got '${String(details.modelProvider)}'.`,
        'properties.fineTuningDetails.modelProvider',
      ),
    );
  }
  if (typeof details.taskType !== 'string' || !TASK_TYPES.includes(details.taskType)) {
    return fail(
      badArgument(
        `'fineTuningDetails.taskType' must be one of ${TASK_TYPES.join(', ')}; got '${String(details.taskType)}'.`,
        'properties.fineTuningDetails.taskType',
      ),
    );
  }
  const model = asRecord(details.model);
  if (!model)
    return fail(badArgument("'fineTuningDetails.model' is required.", 'properties.fineTuningDetails.model'));
  if (model.jobInputType !== 'mlflow_model') {
    return fail(
      badArgument(
        `'fineTuningDetails.model.jobInputType' must be 'mlflow_model'; got '${String(model.jobInputType)}'.`,
        'properties.fineTuningDetails.model.jobInputType',
      ),
    );
  }
  if (typeof model.uri !== 'string' || model.uri === '')
    return fail(
      badArgument("'fineTuningDetails.model.uri' is required.", 'properties.fineTuningDetails.model.uri'),
    );
  const training = checkInput(details.trainingData, 'trainingData', true);
  if ('error' in training) return fail(training.error);
  const validation = checkInput(details.validationData, 'validationData', false);
  if ('error' in validation) return fail(validation.error);
  const hyper = details.hyperParameters;
  if (hyper !== undefined && hyper !== null) {
    const record = asRecord(hyper);
    if (!record)
      return fail(
        badArgument(
          "'fineTuningDetails.hyperParameters' must be an object of strings.",
          'properties.fineTuningDetails.hyperParameters',
        ),
      );
    for (const [name, value] of Object.entries(record)) {
      if (typeof value !== 'string') {
        return fail(
          badArgument(
            `'fineTuningDetails.hyperParameters.${name}' must be a string (hyperParameters is a map of string to string); got ${typeof value} ${JSON.stringify(value)}.`,
            `properties.fineTuningDetails.hyperParameters.${name}`,
          ),
        );
      }
    }
  }
  const outputs = asRecord(properties.outputs);
  if (!outputs || Object.keys(outputs).length === 0)
    return fail(
      badArgument(
        "'properties.outputs' is required: a FineTuning job must name its registered_model output.",
        'properties.outputs',
      ),
    );
  const registered = asRecord(outputs.registered_model);
  if (!registered)
    return fail(
      badArgument(
        "'properties.outputs.registered_model' is required for a FineTuning job.",
        'properties.outputs.registered_model',
      ),
    );
  if (registered.jobOutputType !== 'mlflow_model') {
    return fail(
      badArgument(
        `'outputs.registered_model.jobOutputType' must be 'mlflow_model'; got '${String(registered.jobOutputType)}'.`,
        'properties.outputs.registered_model.jobOutputType',
      ),
    );
  }
  if (typeof registered.assetName !== 'string' || !ASSET_NAME.test(registered.assetName)) {
    return fail(
      badArgument(
        "'outputs.registered_model.assetName' is required: letters, digits, '-', '_' and '.'.",
        'properties.outputs.registered_model.assetName',
      ),
    );
  }
  const computeId = properties.computeId;
  if (computeId !== undefined && computeId !== null && (typeof computeId !== 'string' || computeId === '')) {
    return fail(
      badArgument("'properties.computeId' must be a compute name or ARM id.", 'properties.computeId'),
    );
  }
  const serverless = computeId === undefined || computeId === null;

  const lookup = lookupRegistryModel(ctx.settings.catalog, model.uri);
  if (!lookup.ok) {
    if (lookup.reason === 'not-registry-uri') {
      return fail(
        badArgument(
          `'fineTuningDetails.model.uri' must be a registry model 'azureml://registries/{registry}/models/{name}/versions/{version}'; got '${model.uri}'.`,
          'properties.fineTuningDetails.model.uri',
        ),
      );
    }
    if (lookup.reason === 'bad-version')
      return fail(
        badArgument(
          `Model version in '${model.uri}' must be an integer of 1 or more.`,
          'properties.fineTuningDetails.model.uri',
        ),
      );
    return fail(
      userError(
        400,
        `Model '${lookup.name}' was not found in registry '${lookup.registry}'. Check the model name (it is case-sensitive) and the registry.`,
        'NotFoundError',
      ),
    );
  }
  if (lookup.version === undefined)
    return fail(
      badArgument(
        `'fineTuningDetails.model.uri' must pin a version (.../versions/{version}); got '${model.uri}'.`,
        'properties.fineTuningDetails.model.uri',
      ),
    );
  const offer = lookup.model.serverlessFineTuning;
  if (serverless) {
    if (!offer.offered) {
      const why = offer.retiredOn ? `was retired on ${offer.retiredOn}` : 'is not offered';
      return fail(
        userError(
          400,
          `Serverless fine-tuning of model '${lookup.model.name}' ${why}. Fine-tune it on managed compute (set computeId to a GPU compute in the workspace), or choose a model with serverless fine-tuning such as Phi-4-mini-instruct.`,
          'NotSupported',
        ),
      );
    }
    if (!offer.regions.includes(ctx.ws.location)) {
      return fail(
        userError(
          400,
          `Serverless fine-tuning of model '${lookup.model.name}' is not available in region '${ctx.ws.location}'. Available regions: ${offer.regions.join(', ')}.`,
          'NotSupported',
        ),
      );
    }
  }
  return {
    ok: true,
    job: {
      properties,
      model: lookup.model,
      modelUri: model.uri,
      trainingUri: training.uri!,
      validationUri: validation.uri,
      assetName: registered.assetName,
      serverless,
    },
  };
}

function checkInput(
  value: unknown,
  field: string,
  required: boolean,
): { uri?: string } | { error: EmuResponse } {
  if (value === undefined || value === null) {
    return required
      ? {
          error: badArgument(
            `'fineTuningDetails.${field}' is required.`,
            `properties.fineTuningDetails.${field}`,
          ),
        }
      : {};
  }
  const input = asRecord(value);
  if (!input)
    return {
      error: badArgument(
        `'fineTuningDetails.${field}' must be an object.`,
        `properties.fineTuningDetails.${field}`,
      ),
    };
  if (input.jobInputType !== 'uri_file') {
    return {
      error: badArgument(
        `'fineTuningDetails.${field}.jobInputType' must be 'uri_file' (a JSONL file); got '${String(input.jobInputType)}'.`,
        `properties.fineTuningDetails.${field}.jobInputType`,
      ),
    };
  }
  if (typeof input.uri !== 'string' || input.uri.trim() === '') {
    return {
      error: badArgument(
        `'fineTuningDetails.${field}.uri' is required.`,
        `properties.fineTuningDetails.${field}.uri`,
      ),
    };
  }
  return { uri: input.uri };
}
