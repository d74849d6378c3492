/**
 * `POST /openai/v1/fine_tuning/jobs` as strictly as the published specs say: fields of OpenAI's
 * FineTuneJobCreate (OAI) and Azure's v1 spec (V1SPEC), Azure's extra `trainingType` (D-REST, D-DPOJOB), the
 * bounds OpenAI documents, Azure's suffix rule (AUTH24), metadata limits, and the training files: they
 * must exist, be `fine-tune` files and be processed.
 */
import type { EmuResponse } from '../core/http.ts';
import { fileStatus } from './lifecycle.ts';
import { dataPlaneError } from './errors.ts';
import type { FileRecord, ProjectCatalogModel, ProjectContext } from './context.ts';
import { lookupBaseModel } from './context.ts';

const FIELDS = new Set([
  'model',
  'training_file',
  'validation_file',
  'hyperparameters',
  'suffix',
  'seed',
  'metadata',
  'method',
  'integrations',
  'trainingType',
]);
const HP: Record<'supervised' | 'dpo', Set<string>> = {
  supervised: new Set(['n_epochs', 'batch_size', 'learning_rate_multiplier']),
  dpo: new Set(['n_epochs', 'batch_size', 'learning_rate_multiplier', 'beta']),
};
/** Case is not documented (NOTES section 6): any casing of these three. */
const TRAINING_TYPES: Record<string, string> = {
  standard: 'Standard',
  globalstandard: 'GlobalStandard',
  developertier: 'DeveloperTier',
};
/** D-GLOBALREG (2026-10-06). */
const GLOBAL_REGIONS = new Set(
  'australiaeast brazilsouth canadacentral canadaeast eastus eastus2 francecentral germanywestcentral italynorth japaneast koreacentral northcentralus norwayeast polandcentral southafricanorth southcentralus southindia southeastasia spaincentral swedencentral switzerlandnorth switzerlandwest uaenorth uksouth westeurope westus westus3'.split(
    ' ',
  ),
);

export type JobVerdict =
  | { error: EmuResponse }
  | {
      body: Record<string, unknown>;
      catalog: ProjectCatalogModel;
      method: 'supervised' | 'dpo';
      trainingType: string;
      hyperparameters: Record<string, number | string>;
      training: FileRecord;
    };

function bad(message: string, param: string | null = null, code = 'invalid_request'): { error: EmuResponse } {
  return { error: dataPlaneError(400, code, message, param) };
}

function checkValue(
  name: string,
  value: unknown,
  ok: (n: number) => boolean,
  text: string,
): string | undefined {
  if (value === 'auto') return undefined;
  if (typeof value !== 'number' || !ok(value))
    return `Invalid value for '${name}': ${JSON.stringify(value)}. Expected 'auto' or ${text}.`;
  return undefined;
}

function checkHyperparameters(
  hp: Record<string, unknown>,
  allowed: Set<string>,
  where: string,
): string | undefined {
  for (const [k, v] of Object.entries(hp)) {
    if (!allowed.has(k)) return `Unrecognized hyperparameter '${k}' in ${where}.`;
    const problem =
      k === 'n_epochs'
        ? checkValue(k, v, (n) => Number.isInteger(n) && n >= 1 && n <= 50, 'an integer from 1 to 50')
        : k === 'batch_size'
          ? checkValue(k, v, (n) => Number.isInteger(n) && n >= 1 && n <= 256, 'an integer from 1 to 256')
          : k === 'learning_rate_multiplier'
            ? checkValue(k, v, (n) => n > 0, 'a number greater than 0')
            : k === 'beta'
              ? checkValue(k, v, (n) => n > 0 && n <= 2, 'a number greater than 0 and at most 2')
              : undefined;
    if (problem) return problem;
  }
  return undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function fileRef(ctx: ProjectContext, value: unknown, param: string): FileRecord | { error: EmuResponse } {
  if (typeof value !== 'string' || value === '') return bad(`'${param}' must be a file id.`, param);
  const file = ctx.state.files.get(value);
  if (!file || file.deleted)
    return bad(`Invalid ${param}: file '${value}' was not found.`, param, 'invalidFile');
  if (file.purpose !== 'fine-tune')
    return bad(
      `Invalid ${param}: file '${value}' has purpose '${file.purpose}', not 'fine-tune'.`,
      param,
      'invalidFile',
    );
  const status = fileStatus(ctx, file);
  // No published error body exists for this case (NOTES section 4): the text is ours.
  if (status !== 'processed')
    return bad(
      `Invalid ${param}: file '${value}' is ${status}; wait until it is processed.`,
      param,
      'fileNotProcessed',
    );
  return file;
}

export function validateJobBody(ctx: ProjectContext, raw: unknown): JobVerdict {
  const body = record(raw);
  if (!body) return bad('The request body must be a JSON object.');
  for (const key of Object.keys(body))
    if (!FIELDS.has(key)) return bad(`Unrecognized request argument supplied: ${key}`, key);
  if (typeof body.model !== 'string' || body.model === '') return bad("'model' is required.", 'model');
  const catalog = lookupBaseModel(ctx.settings.catalog, body.model);
  if (!catalog)
    return bad('The specified base model does not support fine-tuning.', 'model', 'invalidPayload');
  if (body.training_file === undefined) return bad("'training_file' is required.", 'training_file');
  const training = fileRef(ctx, body.training_file, 'training_file');
  if ('error' in training) return training;
  if (body.validation_file !== undefined && body.validation_file !== null) {
    const validation = fileRef(ctx, body.validation_file, 'validation_file');
    if ('error' in validation) return validation;
  }
  if (body.suffix !== undefined && body.suffix !== null) {
    if (typeof body.suffix !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(body.suffix))
      return bad("'suffix' must be 1 to 40 characters of a-z, A-Z, 0-9, '-' and '_'.", 'suffix');
  }
  if (body.seed !== undefined && body.seed !== null) {
    if (
      typeof body.seed !== 'number' ||
      !Number.isInteger(body.seed) ||
      body.seed < 0 ||
      body.seed > 2_147_483_647
    )
      return bad("'seed' must be an integer from 0 to 2147483647.", 'seed');
  }
  if (body.metadata !== undefined && body.metadata !== null) {
    const metadata = record(body.metadata);
    if (!metadata) return bad("'metadata' must be an object of strings.", 'metadata');
    const entries = Object.entries(metadata);
    if (entries.length > 16) return bad("'metadata' has more than 16 pairs.", 'metadata');
    for (const [k, v] of entries) {
      if (k.length > 64) return bad(`Metadata key '${k}' is longer than 64 characters.`, 'metadata');
      if (typeof v !== 'string' || v.length > 512)
        return bad(`Metadata '${k}' must be a string of at most 512 characters.`, 'metadata');
    }
  }
  if (body.integrations !== undefined && body.integrations !== null && !Array.isArray(body.integrations))
    return bad("'integrations' must be an array.", 'integrations');

  let method: 'supervised' | 'dpo' = 'supervised';
  let hyperparameters: Record<string, number | string> = {};
  const m = body.method === undefined ? undefined : record(body.method);
  if (body.method !== undefined && !m) return bad("'method' must be an object.", 'method');
  if (m) {
    if (m.type !== 'supervised' && m.type !== 'dpo' && m.type !== 'reinforcement')
      return bad(
        `Invalid value for 'method.type': ${JSON.stringify(m.type)}. Supported: supervised, dpo, reinforcement.`,
        'method.type',
      );
    for (const key of Object.keys(m)) {
      if (key !== 'type' && key !== m.type)
        return bad(`'method.${key}' does not go with method type '${String(m.type)}'.`, `method.${key}`);
    }
    if (!catalog.methods.includes(m.type)) {
      return bad(
        `The specified base model does not support fine-tuning with method '${m.type}'.`,
        'method.type',
        'invalidPayload',
      );
    }
    if (m.type === 'reinforcement') return bad('Reinforcement fine-tuning is not emulated.', 'method.type');
    method = m.type;
    const detail = m[m.type] === undefined ? {} : record(m[m.type]);
    if (!detail) return bad(`'method.${m.type}' must be an object.`, `method.${m.type}`);
    for (const key of Object.keys(detail)) {
      if (key !== 'hyperparameters')
        return bad(`Unrecognized field 'method.${m.type}.${key}'.`, `method.${m.type}.${key}`);
    }
    const hp = detail.hyperparameters === undefined ? {} : record(detail.hyperparameters);
    if (!hp)
      return bad(`'method.${m.type}.hyperparameters' must be an object.`, `method.${m.type}.hyperparameters`);
    const problem = checkHyperparameters(hp, HP[method], `method.${m.type}.hyperparameters`);
    if (problem) return bad(problem, `method.${m.type}.hyperparameters`);
    hyperparameters = hp as Record<string, number | string>;
    if (body.hyperparameters !== undefined)
      return bad("Use 'method' or the deprecated 'hyperparameters', not both.", 'hyperparameters');
  } else if (body.hyperparameters !== undefined) {
    const hp = record(body.hyperparameters);
    if (!hp) return bad("'hyperparameters' must be an object.", 'hyperparameters');
    const problem = checkHyperparameters(hp, HP.supervised, 'hyperparameters');
    if (problem) return bad(problem, 'hyperparameters');
    hyperparameters = hp as Record<string, number | string>;
  } else if (!catalog.methods.includes('supervised')) {
    return bad(
      "The specified base model does not support fine-tuning with method 'supervised'.",
      'method',
      'invalidPayload',
    );
  }

  const rawType = body.trainingType;
  if (rawType !== undefined && typeof rawType !== 'string')
    return bad("'trainingType' must be a string.", 'trainingType');
  const trainingType = TRAINING_TYPES[(rawType ?? 'standard').toLowerCase()];
  if (!trainingType)
    return bad(
      `Invalid value for 'trainingType': '${rawType}'. Supported: Standard, GlobalStandard, DeveloperTier.`,
      'trainingType',
    );
  // Without trainingType Azure trains Standard and says so (LITELLM PR #24687; SKILLS error table).
  const refused = `The specified base model does not support fine-tuning with ${trainingType} TrainingType.`;
  if (trainingType === 'Standard' && !catalog.standardRegions.includes(ctx.location))
    return bad(refused, 'trainingType', 'invalidPayload');
  if (trainingType === 'GlobalStandard' && (!catalog.global || !GLOBAL_REGIONS.has(ctx.location)))
    return bad(refused, 'trainingType', 'invalidPayload');
  if (trainingType === 'DeveloperTier' && !catalog.developer)
    return bad(refused, 'trainingType', 'invalidPayload');
  return { body, catalog, method, trainingType, hyperparameters, training };
}
