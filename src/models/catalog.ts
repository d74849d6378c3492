/**
 * The models Azure AI Foundry fine-tunes, with the facts that decide what we check and what we submit.
 * Facts come from Azure's model cards and fine-tuning articles; a fact the docs leave open is one field
 * away from a fix here, not spread through the code.
 */

export type TokenizerKind = 'llama-sentencepiece' | 'o200k' | 'cl100k';

/**
 * Which chat template renders the model's messages (`src/dataset/tokenizer/chat-template.ts` holds each
 * one, transcribed from the model's own files). Phi-3 and Phi-3.5 differ only in that Phi-3.5 drops a
 * system message with empty content.
 */
export type ChatTemplate = 'phi3' | 'phi3.5' | 'phi4-mini' | 'phi4';

/** Fine-tuning methods: supervised (chat examples) or direct preference optimization (pairs). */
export type TrainingMethod = 'sft' | 'dpo';

/**
 * A token the tokenizer adds on top of its vocabulary (`added_tokens` in `tokenizer.json`): its literal
 * text anywhere in the input becomes this one token, and `lstrip` / `rstrip` remove the whitespace
 * (Rust's `char::is_whitespace`) before / after it first.
 */
export interface AddedToken {
  id: number;
  content: string;
  lstrip: boolean;
  rstrip: boolean;
  /** Skipped when decoding; the text still becomes the token when encoding. */
  special: boolean;
}

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
  /** Every added token of the model's tokenizer, with its strip flags (the complete list). */
  addedTokens: readonly AddedToken[];
  /** Maximum tokens in one training example (prompt and answer together). */
  contextLength: number;
  supportsToolCalls: boolean;
  /** Fine-tuning methods Azure offers for the model. */
  methods: readonly TrainingMethod[];
  serverless: ServerlessOffer;
  /** Registry the base model is published in (`azureml://registries/{registry}/models/...`). */
  registry: string;
  /** Registry version fine-tuned unless `model-version` says otherwise (Azure's samples pin these). */
  defaultVersion: string;
  /** The added tokens' texts: found in content, each becomes a token of the template, not text. */
  specialTokens: readonly string[];
}

const token = (
  id: number,
  content: string,
  lstrip: boolean,
  rstrip: boolean,
  special = true,
): AddedToken => ({
  id,
  content,
  lstrip,
  rstrip,
  special,
});

/**
 * Phi-3-mini (4k, 128k) and Phi-3.5-mini: the `added_tokens` of microsoft/onnxruntime-extensions
 * test/data/phi-3-mini/tokenizer.json (@59ea3722), the Llama 2 vocabulary plus ids 32000-32010.
 */
const PHI3_ADDED_TOKENS: readonly AddedToken[] = [
  token(0, '<unk>', false, false),
  token(1, '<s>', false, false),
  token(2, '</s>', false, true, false),
  token(32000, '<|endoftext|>', false, false),
  token(32001, '<|assistant|>', false, true),
  token(32002, '<|placeholder1|>', false, true),
  token(32003, '<|placeholder2|>', false, true),
  token(32004, '<|placeholder3|>', false, true),
  token(32005, '<|placeholder4|>', false, true),
  token(32006, '<|system|>', false, true),
  token(32007, '<|end|>', false, true),
  token(32008, '<|placeholder5|>', false, true),
  token(32009, '<|placeholder6|>', false, true),
  token(32010, '<|user|>', false, true),
];

/**
 * Phi-4-mini-instruct: `added_tokens_decoder` of microsoft/onnxruntime-extensions
 * test/data/phi-4-mini/tokenizer_config.json (@68ee0397): o200k plus 199999 and 200018-200028.
 */
const PHI4_MINI_ADDED_TOKENS: readonly AddedToken[] = [
  token(199999, '<|endoftext|>', false, false),
  token(200018, '<|endofprompt|>', false, false),
  token(200019, '<|assistant|>', false, true),
  token(200020, '<|end|>', false, true),
  token(200021, '<|user|>', false, true),
  token(200022, '<|system|>', false, true),
  token(200023, '<|tool|>', false, true, false),
  token(200024, '<|/tool|>', false, true, false),
  token(200025, '<|tool_call|>', false, true, false),
  token(200026, '<|/tool_call|>', false, true, false),
  token(200027, '<|tool_response|>', false, true, false),
  token(200028, '<|tag|>', false, true),
];

/**
 * Phi-4: the 96 entries of `added_tokens_decoder` in microsoft/onnxruntime-extensions
 * test/data/phi-4-base/tokenizer_config.json (@52e1ef5d), ids 100256-100351, every one lstrip and
 * rstrip: cl100k's specials at their cl100k ids, the ChatML markers, and `<|dummy_N|>` in between.
 */
const PHI4_ADDED_TOKENS: readonly AddedToken[] = (() => {
  const named: Record<number, string> = {
    100257: '<|endoftext|>',
    100258: '<|fim_prefix|>',
    100259: '<|fim_middle|>',
    100260: '<|fim_suffix|>',
    100264: '<|im_start|>',
    100265: '<|im_end|>',
    100266: '<|im_sep|>',
    100276: '<|endofprompt|>',
  };
  const list: AddedToken[] = [];
  let dummy = 0;
  for (let id = 100256; id <= 100351; id++)
    list.push(token(id, named[id] ?? `<|dummy_${dummy++}|>`, true, true));
  return list;
})();

const contents = (tokens: readonly AddedToken[]): readonly string[] => tokens.map((t) => t.content);

/** Regions with serverless fine-tuning for the Phi-4 family (Azure's "region availability" table). */
const PHI4_SERVERLESS_REGIONS = [
  'eastus2',
  'eastus',
  'northcentralus',
  'southcentralus',
  'westus',
  'westus3',
];

/**
 * Azure's fine-tuning articles offer the Phi models supervised fine-tuning only; DPO is listed for
 * OpenAI models (gpt-4o, gpt-4.1 families: the supported-models table, fine-tune-supported-models.md).
 */
const SFT_ONLY: readonly TrainingMethod[] = ['sft'];

/** Phi-3 and Phi-3.5 serverless fine-tuning ran in East US 2 only, until it was retired. */
const PHI3_RETIRED: ServerlessOffer = { offered: false, retiredOn: '2025-08-30', regions: ['eastus2'] };

export const MODELS: readonly ModelInfo[] = [
  {
    id: 'Phi-4-mini-instruct',
    defaultVersion: '1',
    family: 'phi-4',
    tokenizer: 'o200k',
    template: 'phi4-mini',
    addedTokens: PHI4_MINI_ADDED_TOKENS,
    contextLength: 131072,
    supportsToolCalls: true,
    methods: SFT_ONLY,
    serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
    registry: 'azureml',
    specialTokens: contents(PHI4_MINI_ADDED_TOKENS),
  },
  {
    id: 'Phi-4',
    defaultVersion: '7',
    family: 'phi-4',
    tokenizer: 'cl100k',
    template: 'phi4',
    addedTokens: PHI4_ADDED_TOKENS,
    contextLength: 16384,
    supportsToolCalls: false,
    methods: SFT_ONLY,
    serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
    registry: 'azureml',
    specialTokens: contents(PHI4_ADDED_TOKENS),
  },
  {
    id: 'Phi-3-mini-4k-instruct',
    defaultVersion: '15',
    family: 'phi-3',
    tokenizer: 'llama-sentencepiece',
    template: 'phi3',
    addedTokens: PHI3_ADDED_TOKENS,
    contextLength: 4096,
    supportsToolCalls: false,
    methods: SFT_ONLY,
    serverless: PHI3_RETIRED,
    registry: 'azureml',
    specialTokens: contents(PHI3_ADDED_TOKENS),
  },
  {
    id: 'Phi-3-mini-128k-instruct',
    defaultVersion: '13',
    family: 'phi-3',
    tokenizer: 'llama-sentencepiece',
    template: 'phi3',
    addedTokens: PHI3_ADDED_TOKENS,
    contextLength: 131072,
    supportsToolCalls: false,
    methods: SFT_ONLY,
    serverless: PHI3_RETIRED,
    registry: 'azureml',
    specialTokens: contents(PHI3_ADDED_TOKENS),
  },
  {
    id: 'Phi-3.5-mini-instruct',
    defaultVersion: '6',
    family: 'phi-3.5',
    tokenizer: 'llama-sentencepiece',
    template: 'phi3.5',
    addedTokens: PHI3_ADDED_TOKENS,
    contextLength: 131072,
    supportsToolCalls: false,
    methods: SFT_ONLY,
    serverless: PHI3_RETIRED,
    registry: 'azureml',
    specialTokens: contents(PHI3_ADDED_TOKENS),
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
