/**
 * The base models a Foundry project (a `Microsoft.CognitiveServices` account of kind AIServices) fine-tunes,
 * with the facts that decide what we check, submit and deploy. Every fact names its source key from
 * ../shared/azure-api/foundry-projects/NOTES.md (research of 2026-12-02); a fact the sources leave open is
 * `undefined` here and said so, never guessed. The lead merges this table into src/models/catalog.ts.
 */

/** `rft` (reinforcement) is listed so the catalog is complete; the action trains `sft` and `dpo` only. */
export type ProjectMethod = 'sft' | 'dpo' | 'rft';

export type ProjectTier = 'standard' | 'global' | 'developer';

export interface ProjectModel {
  /** Catalog id, as a user writes it in `model:`. */
  id: string;
  /** What a job's `model` field carries (D-REST uses `<name>-<version>` for OpenAI models). */
  baseModel: string;
  /** Model version (`2025-04-14`), when published. */
  version?: string;
  family: 'openai' | 'oss';
  methods: readonly ProjectMethod[];
  /** Regions (ARM location names) of Standard (regional) training; empty: not offered. D-MODELS. */
  standardRegions: readonly string[];
  /** Global training offered (the project must be in a D-GLOBALREG region). */
  global: boolean;
  /** Developer training tier (idle capacity) offered. */
  developer: boolean;
  /** Largest training example in tokens; undefined where the sources give none. D-MODELS-OLD. */
  contextLength?: number;
  /** Tokenizer counts are exact with o200k for OpenAI models; for the others o200k is only an estimate. */
  tokenizer: { kind: 'o200k'; exact: boolean; note?: string };
  /** ARM `properties.model.format` when deploying the fine-tuned model (SKILLS deployment.md for OSS). */
  deploymentFormat: string;
  /** SKU a candidate is deployed with: Developer where offered (no hosting fee, removed after 24 h). */
  candidateSku: 'DeveloperTier' | 'GlobalStandard' | 'Standard';
  /** Regions of Standard (regional) deployments of the fine-tuned model; elsewhere production is GlobalStandard. D-STDREG. */
  standardDeploymentRegions: readonly string[];
  /** Smallest capacity a deployment accepts (OSS: 100, SKILLS deployment.md), else 1. */
  minCapacity: number;
  /** ISO date Microsoft announced for the end of fine-tuning this model; none is given in the sources yet. */
  retiresOn?: string;
  /** Caveats a reviewer should see (conflicting sources, gated access). */
  notes?: readonly string[];
}

/** D-GLOBALREG (2026-10-06): where a project's region allows Global training. */
export const GLOBAL_TRAINING_REGIONS: readonly string[] = [
  'australiaeast',
  'brazilsouth',
  'canadacentral',
  'canadaeast',
  'eastus',
  'eastus2',
  'francecentral',
  'germanywestcentral',
  'italynorth',
  'japaneast',
  'koreacentral',
  'northcentralus',
  'norwayeast',
  'polandcentral',
  'southafricanorth',
  'southcentralus',
  'southindia',
  'southeastasia',
  'spaincentral',
  'swedencentral',
  'switzerlandnorth',
  'switzerlandwest',
  'uaenorth',
  'uksouth',
  'westeurope',
  'westus',
  'westus3',
];

const NCUS_SWEDEN = ['northcentralus', 'swedencentral'] as const;
const EUS2_NCUS_SWEDEN = ['eastus2', 'northcentralus', 'swedencentral'] as const;
const EUS2_SWEDEN = ['eastus2', 'swedencentral'] as const;
const O200K = { kind: 'o200k', exact: true } as const;
const APPROXIMATE = (note: string) => ({ kind: 'o200k', exact: false, note }) as const;

function openai(
  id: string,
  version: string,
  facts: Pick<ProjectModel, 'methods' | 'standardRegions' | 'developer' | 'contextLength'> &
    Partial<Pick<ProjectModel, 'notes' | 'standardDeploymentRegions'>>,
): ProjectModel {
  return {
    id,
    baseModel: `${id}-${version}`,
    version,
    family: 'openai',
    global: true,
    tokenizer: O200K,
    deploymentFormat: 'OpenAI',
    candidateSku: facts.developer ? 'DeveloperTier' : 'Standard',
    standardDeploymentRegions: facts.standardDeploymentRegions ?? facts.standardRegions,
    minCapacity: 1,
    ...facts,
  };
}

function oss(id: string, format: string, extra: Partial<ProjectModel> = {}): ProjectModel {
  return {
    id,
    baseModel: id,
    family: 'oss',
    methods: ['sft'],
    standardRegions: [],
    global: true,
    developer: false,
    tokenizer: APPROXIMATE(
      `${id} has its own tokenizer, which cannot be shipped; o200k counts are an estimate.`,
    ),
    deploymentFormat: format,
    candidateSku: 'GlobalStandard',
    standardDeploymentRegions: [],
    minCapacity: 100,
    notes: ['Only on Foundry resources; trains with the Global tier only (SKILLS platform-gotchas #1).'],
    ...extra,
  };
}

/** D-MODELS (fine-tune-supported-models.md, 2026-03-05) unless a field says otherwise. */
export const PROJECT_MODELS: readonly ProjectModel[] = [
  openai('gpt-4o-mini', '2024-07-18', {
    methods: ['sft'],
    standardRegions: NCUS_SWEDEN,
    developer: true,
    contextLength: 65_536,
  }),
  openai('gpt-4o', '2024-08-06', {
    methods: ['sft', 'dpo'],
    standardRegions: EUS2_NCUS_SWEDEN,
    standardDeploymentRegions: EUS2_SWEDEN,
    developer: true,
    contextLength: 65_536,
  }),
  openai('gpt-4.1', '2025-04-14', {
    methods: ['sft', 'dpo'],
    standardRegions: NCUS_SWEDEN,
    developer: true,
    contextLength: 65_536,
  }),
  openai('gpt-4.1-mini', '2025-04-14', {
    methods: ['sft', 'dpo'],
    standardRegions: NCUS_SWEDEN,
    developer: true,
    contextLength: 65_536,
    notes: [
      "DPO: Microsoft's DPO article lists gpt-4.1-mini; the azure-skills notes mark it unsupported. Preflight says so if the service refuses.",
    ],
  }),
  openai('gpt-4.1-nano', '2025-04-14', {
    // D-MODELS marks DPO for nano; D-DPO's list omits it and SKILLS says unsupported: offered as SFT only.
    methods: ['sft'],
    standardRegions: NCUS_SWEDEN,
    developer: true,
    contextLength: 32_768,
  }),
  openai('o4-mini', '2025-04-16', {
    methods: ['rft'],
    standardRegions: EUS2_SWEDEN,
    developer: false,
    contextLength: 65_536,
  }),
  openai('gpt-5', '2025-08-07', {
    methods: ['rft'],
    standardRegions: NCUS_SWEDEN,
    developer: true,
    contextLength: undefined,
    notes: ['Reinforcement fine-tuning of gpt-5 is gated (invitation only).'],
  }),
  oss('Ministral-3B', 'Mistral AI', { version: '2411' }),
  oss('Qwen-32B', 'Alibaba', { contextLength: 8_192 }),
  oss('Llama-3.3-70B-Instruct', 'Meta'),
  oss('gpt-oss-20b', 'Microsoft', {
    tokenizer: APPROXIMATE(
      'gpt-oss uses o200k_harmony (o200k plus chat special tokens); counts of the template are estimates.',
    ),
  }),
];

export function findProjectModel(id: string): ProjectModel | undefined {
  const wanted = id.trim().toLowerCase();
  return PROJECT_MODELS.find((m) => m.id.toLowerCase() === wanted || m.baseModel.toLowerCase() === wanted);
}

export function normalizeRegion(region: string): string {
  return region.replace(/\s+/g, '').toLowerCase();
}

/**
 * Why this model cannot train with this method and tier in this region, or undefined when it can. Pure:
 * preflight, validate and docs say the same sentence.
 */
export function trainingRefusal(
  model: ProjectModel,
  method: ProjectMethod,
  tier: ProjectTier,
  region?: string,
): string | undefined {
  if (!model.methods.includes(method)) {
    const offered = model.methods.map((m) => m.toUpperCase()).join(', ');
    return `${model.id} does not fine-tune with ${method.toUpperCase()} on a Foundry project; it offers ${offered}.${method === 'dpo' ? ' DPO: gpt-4o, gpt-4.1 and gpt-4.1-mini.' : ''}`;
  }
  if (method === 'rft') return `Reinforcement fine-tuning (${model.id}) is not supported by this action yet.`;
  const where = region ? normalizeRegion(region) : undefined;
  switch (tier) {
    case 'developer':
      return model.developer
        ? undefined
        : `${model.id} has no Developer training tier; use training-tier: global${model.standardRegions.length ? ' or standard' : ''}.`;
    case 'global':
      if (!model.global) return `${model.id} has no Global training tier.`;
      if (where && !GLOBAL_TRAINING_REGIONS.includes(where))
        return `Global training is not offered to projects in '${where}'. Regions: ${GLOBAL_TRAINING_REGIONS.join(', ')}.`;
      return undefined;
    case 'standard':
      if (model.standardRegions.length === 0)
        return `${model.id} has no Standard (regional) training; use training-tier: global.`;
      if (where && !model.standardRegions.includes(where))
        return `Standard training of ${model.id} runs in ${model.standardRegions.join(', ')}, not '${where}'; use training-tier: global, or a project in one of those regions.`;
      return undefined;
  }
}

/** The production SKU: Standard where the region hosts regional deployments of this model, else GlobalStandard. */
export function productionSku(model: ProjectModel, region?: string): 'Standard' | 'GlobalStandard' {
  const where = region ? normalizeRegion(region) : undefined;
  return where && model.standardDeploymentRegions.includes(where) ? 'Standard' : 'GlobalStandard';
}
