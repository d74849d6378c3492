import type { EmuResponse } from '../core/http.ts';
import { lookupRegistryModel, type CatalogModel } from './catalog.ts';
import type { ArmContext } from './context.ts';
import { asRecord } from './context.ts';
import { badArgument, userError } from './errors.ts';

/**
 * Model asset names (ModelVersions_CreateOrUpdate `name`): the name a FineTuning job registers its model
 * under must be one too.
 */
export const ASSET_NAME_PATTERN = '^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$';

export interface ValidJob {
  properties: Record<string, unknown>;
  model: CatalogModel;
  modelUri: string;
  trainingUri: string;
  validationUri?: string;
  assetName: string;
  /** MaaS serverless fine-tuning: neither a compute nor instance types (which run on serverless compute). */
  serverless: boolean;
}

/**
 * What the service checks beyond the schema (which the front door has validated already against the
 * api-version's definitions): the emulator trains FineTuning jobs of catalog models on chat JSONL, the job
 * names the model it registers, the base model exists, and serverless fine-tuning is offered for it here.
 */
export function validateFineTuningJob(
  ctx: ArmContext,
  body: unknown,
): { ok: true; job: ValidJob } | { ok: false; error: EmuResponse } {
  const fail = (error: EmuResponse): { ok: false; error: EmuResponse } => ({ ok: false, error });
  const properties = asRecord(asRecord(body)?.properties)!;
  if (properties.jobType !== 'FineTuning') {
    return fail(
      badArgument(
        `The emulator runs jobs of type 'FineTuning' only; got jobType '${String(properties.jobType)}'.`,
        'properties.jobType',
      ),
    );
  }
  const details = asRecord(properties.fineTuningDetails)!;
  if (details.modelProvider !== 'Custom') {
    return fail(
      badArgument(
        `'fineTuningDetails.modelProvider' must be 'Custom' for models from the model catalog; got '${String(details.modelProvider)}'.`,
        'properties.fineTuningDetails.modelProvider',
      ),
    );
  }
  const model = asRecord(details.model)!;
  if (model.jobInputType !== 'mlflow_model') {
    return fail(
      badArgument(
        `'fineTuningDetails.model.jobInputType' must be 'mlflow_model' for a catalog model; got '${String(model.jobInputType)}'.`,
        'properties.fineTuningDetails.model.jobInputType',
      ),
    );
  }
  for (const field of ['trainingData', 'validationData'] as const) {
    const input = asRecord(details[field]);
    if (input && input.jobInputType !== 'uri_file') {
      return fail(
        badArgument(
          `'fineTuningDetails.${field}.jobInputType' must be 'uri_file' (a JSONL file); got '${String(input.jobInputType)}'.`,
          `properties.fineTuningDetails.${field}.jobInputType`,
        ),
      );
    }
  }
  const registered = asRecord(asRecord(properties.outputs)?.registered_model);
  if (!registered)
    return fail(
      badArgument(
        "'properties.outputs.registered_model' is required for a FineTuning job: it names the model the job registers.",
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
  if (
    typeof registered.assetName !== 'string' ||
    !new RegExp(ASSET_NAME_PATTERN).test(registered.assetName)
  ) {
    return fail(
      badArgument(
        `'outputs.registered_model.assetName' must be a model name matching ${ASSET_NAME_PATTERN} (letters, digits, '-' and '_'; no dots); got ${JSON.stringify(registered.assetName)}.`,
        'properties.outputs.registered_model.assetName',
      ),
    );
  }
  const computeId = properties.computeId;
  if (computeId === '') {
    return fail(
      badArgument("'properties.computeId' must be a compute name or ARM id.", 'properties.computeId'),
    );
  }
  const instanceTypes = asRecord(properties.resources)?.instanceTypes;
  const serverless =
    (computeId === undefined || computeId === null) &&
    !(Array.isArray(instanceTypes) && instanceTypes.length > 0);

  const uri = String(model.uri);
  const lookup = lookupRegistryModel(ctx.settings.catalog, uri);
  if (!lookup.ok) {
    if (lookup.reason === 'not-registry-uri') {
      return fail(
        badArgument(
          `'fineTuningDetails.model.uri' must be a registry model 'azureml://registries/{registry}/models/{name}/versions/{version}'; got '${uri}'.`,
          'properties.fineTuningDetails.model.uri',
        ),
      );
    }
    if (lookup.reason === 'bad-version')
      return fail(
        badArgument(
          `Model version in '${uri}' must be an integer of 1 or more.`,
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
        `'fineTuningDetails.model.uri' must pin a version (.../versions/{version}); got '${uri}'.`,
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
          `Serverless fine-tuning of model '${lookup.model.name}' ${why}. Fine-tune it on managed compute (set computeId to a GPU compute in the workspace, or resources.instanceTypes for serverless compute of a chosen size), or choose a model with serverless fine-tuning such as Phi-4-mini-instruct.`,
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
      modelUri: uri,
      trainingUri: String(asRecord(details.trainingData)!.uri),
      validationUri:
        asRecord(details.validationData)?.uri !== undefined
          ? String(asRecord(details.validationData)!.uri)
          : undefined,
      assetName: registered.assetName,
      serverless,
    },
  };
}
