/**
 * The models Azure AI Foundry fine-tunes, with the facts that decide what we check and what we submit.
 * Facts come from Azure's model cards and fine-tuning articles; a fact the docs leave open is one field
 * away from a fix here, not spread through the code.
 */

export type TokenizerKind = 'llama-sentencepiece' | 'o200k' | 'cl100k';

/** How the model's chat template wraps each message; drives exact token counts. */
export type ChatTemplate = 'phi3' | 'phi4-mini' | 'phi4';

export interface ServerlessOffer {
  /** Serverless (pay-as-you-go) fine-tuning is offered today. */
  offered: boolean;
  /** ISO date on which the serverless offer was retired, when it was. */
  retiredOn?: string;
  /** Azure regions (ARM `location` names) where serverless fine-tuning of this model runs. */
  regions: readonly string[];
}

export interface ModelInfo {
  id: string;
  family: 'phi-3' | 'phi-3.5' | 'phi-4';
  tokenizer: TokenizerKind;
  template: ChatTemplate;
  /** Maximum tokens in one training example (prompt and answer together). */
  contextLength: number;
  supportsToolCalls: boolean;
  serverless: ServerlessOffer;
  /** Registry the base model is published in (`azureml://registries/{registry}/models/...`). */
  registry: string;
  /** Registry version fine-tuned unless `model-version` says otherwise (Azure's samples pin these). */
  defaultVersion: string;
  /** Special tokens of the chat template; found in content, they corrupt training. */
  specialTokens: readonly string[];
}

const PHI3_SPECIAL_TOKENS = [
  '<s>',
  '</s>',
  '<unk>',
  '<|endoftext|>',
  '<|system|>',
  '<|user|>',
  '<|assistant|>',
  '<|end|>',
  '<|placeholder1|>',
  '<|placeholder2|>',
  '<|placeholder3|>',
  '<|placeholder4|>',
  '<|placeholder5|>',
  '<|placeholder6|>',
] as const;

const PHI4_MINI_SPECIAL_TOKENS = [
  '<|endoftext|>',
  '<|system|>',
  '<|user|>',
  '<|assistant|>',
  '<|end|>',
  '<|tool|>',
  '<|/tool|>',
  '<|tool_call|>',
  '<|/tool_call|>',
  '<|tool_response|>',
] as const;

const PHI4_SPECIAL_TOKENS = [
  '<|endoftext|>',
  '<|im_start|>',
  '<|im_sep|>',
  '<|im_end|>',
  '<|dummy_0|>',
] as const;

/** Regions with serverless fine-tuning for the Phi-4 family (Azure's "region availability" table). */
const PHI4_SERVERLESS_REGIONS = [
  'eastus2',
  'eastus',
  'northcentralus',
  'southcentralus',
  'westus',
  'westus3',
];

/** Phi-3 and Phi-3.5 serverless fine-tuning ran in East US 2 only, until it was retired. */
const PHI3_RETIRED: ServerlessOffer = { offered: false, retiredOn: '2025-08-30', regions: ['eastus2'] };

export const MODELS: readonly ModelInfo[] = [
  {
    id: 'Phi-4-mini-instruct',
    defaultVersion: '1',
    family: 'phi-4',
    tokenizer: 'o200k',
    template: 'phi4-mini',
    contextLength: 131072,
    supportsToolCalls: true,
    serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
    registry: 'azureml',
    specialTokens: PHI4_MINI_SPECIAL_TOKENS,
  },
  {
    id: 'Phi-4',
    defaultVersion: '7',
    family: 'phi-4',
    tokenizer: 'cl100k',
    template: 'phi4',
    contextLength: 16384,
    supportsToolCalls: false,
    serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
    registry: 'azureml',
    specialTokens: PHI4_SPECIAL_TOKENS,
  },
  {
    id: 'Phi-3-mini-4k-instruct',
    defaultVersion: '15',
    family: 'phi-3',
    tokenizer: 'llama-sentencepiece',
    template: 'phi3',
    contextLength: 4096,
    supportsToolCalls: false,
    serverless: PHI3_RETIRED,
    registry: 'azureml',
    specialTokens: PHI3_SPECIAL_TOKENS,
  },
  {
    id: 'Phi-3-mini-128k-instruct',
    defaultVersion: '13',
    family: 'phi-3',
    tokenizer: 'llama-sentencepiece',
    template: 'phi3',
    contextLength: 131072,
    supportsToolCalls: false,
    serverless: PHI3_RETIRED,
    registry: 'azureml',
    specialTokens: PHI3_SPECIAL_TOKENS,
  },
  {
    id: 'Phi-3.5-mini-instruct',
    defaultVersion: '6',
    family: 'phi-3.5',
    tokenizer: 'llama-sentencepiece',
    template: 'phi3',
    contextLength: 131072,
    supportsToolCalls: false,
    serverless: PHI3_RETIRED,
    registry: 'azureml',
    specialTokens: PHI3_SPECIAL_TOKENS,
  },
];

export const DEFAULT_MODEL_ID = 'Phi-4-mini-instruct';

/** The model Microsoft names as the serverless successor of the retired Phi-3 offers. */
export const SERVERLESS_SUCCESSOR_ID = 'Phi-4-mini-instruct';

export function findModel(id: string): ModelInfo | undefined {
  const wanted = id.trim().toLowerCase();
  return MODELS.find((m) => m.id.toLowerCase() === wanted);
}

export function modelIds(): string[] {
  return MODELS.map((m) => m.id);
}

/** The registry URI of a base model for a fine-tuning job's `fineTuningDetails.model`. */
export function baseModelUri(model: ModelInfo, version: string): string {
  return `azureml://registries/${model.registry}/models/${model.id}/versions/${version}`;
}

/**
 * Why serverless fine-tuning of this model cannot run in this region, or undefined when it can.
 * Pure, so the same sentence serves preflight, validate and docs.
 */
export function serverlessRefusal(model: ModelInfo, region?: string): string | undefined {
  if (!model.serverless.offered) {
    return (
      `Serverless fine-tuning of ${model.id} was retired on ${model.serverless.retiredOn}. ` +
      `Use ${SERVERLESS_SUCCESSOR_ID} (set model: ${SERVERLESS_SUCCESSOR_ID}), or keep ${model.id} and ` +
      `fine-tune on managed compute by setting the compute input to a GPU cluster in your workspace.`
    );
  }
  const normalized = region?.replace(/\s+/g, '').toLowerCase();
  if (normalized && !model.serverless.regions.includes(normalized)) {
    return (
      `Serverless fine-tuning of ${model.id} is not offered in region '${normalized}'. ` +
      `It is offered in: ${model.serverless.regions.join(', ')}. Use a hub workspace in one of those ` +
      `regions, or set the compute input to fine-tune on managed compute.`
    );
  }
  return undefined;
}
