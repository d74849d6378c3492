/**
 * The model catalog as the service knows it. Deliberately separate from src/models/catalog.ts: the
 * emulator stands for Azure, so it must not share the beliefs of the code it is testing.
 */
export interface CatalogModel {
  registry: string;
  name: string;
  /** Version Azure's samples pin; any integer version from 1 up is accepted. */
  defaultVersion: number;
  publisher: string;
  /** Serverless (pay-as-you-go) fine-tuning: offered, retired on a date, or never. */
  serverlessFineTuning: { offered: true; regions: string[] } | { offered: false; retiredOn?: string };
  /** Serverless deployments of a non-Microsoft model need a marketplace subscription first. */
  marketplace?: { publisherId: string; offerId: string; planId: string };
}

const PHI4_REGIONS = ['eastus2', 'eastus', 'northcentralus', 'southcentralus', 'westus', 'westus3'];
const PHI3_RETIRED = { offered: false as const, retiredOn: '2025-08-30' };

export const DEFAULT_CATALOG: CatalogModel[] = [
  {
    registry: 'azureml',
    name: 'Phi-4-mini-instruct',
    defaultVersion: 1,
    publisher: 'Microsoft',
    serverlessFineTuning: { offered: true, regions: PHI4_REGIONS },
  },
  {
    registry: 'azureml',
    name: 'Phi-4',
    defaultVersion: 7,
    publisher: 'Microsoft',
    serverlessFineTuning: { offered: true, regions: PHI4_REGIONS },
  },
  {
    registry: 'azureml',
    name: 'Phi-3-mini-4k-instruct',
    defaultVersion: 15,
    publisher: 'Microsoft',
    serverlessFineTuning: PHI3_RETIRED,
  },
  {
    registry: 'azureml',
    name: 'Phi-3-mini-128k-instruct',
    defaultVersion: 13,
    publisher: 'Microsoft',
    serverlessFineTuning: PHI3_RETIRED,
  },
  {
    registry: 'azureml',
    name: 'Phi-3.5-mini-instruct',
    defaultVersion: 6,
    publisher: 'Microsoft',
    serverlessFineTuning: PHI3_RETIRED,
  },
  {
    registry: 'azureml-meta',
    name: 'Meta-Llama-3.1-8B-Instruct',
    defaultVersion: 4,
    publisher: 'Meta',
    serverlessFineTuning: { offered: false },
    marketplace: {
      publisherId: 'metagenai',
      offerId: 'meta-llama-3-1-8b-instruct-offer',
      planId: 'meta-llama-3-1-8b-instruct-plan',
    },
  },
];

const REGISTRY_MODEL = /^azureml:\/\/registries\/([^/]+)\/models\/([^/]+)(?:\/versions\/([^/]+))?\/?$/i;

export type CatalogLookup =
  | { ok: true; model: CatalogModel; version?: number }
  | {
      ok: false;
      reason: 'not-registry-uri' | 'unknown-model' | 'bad-version';
      registry?: string;
      name?: string;
    };

/** Resolves `azureml://registries/{registry}/models/{name}[/versions/{v}]` against the catalog. */
export function lookupRegistryModel(catalog: CatalogModel[], uri: string): CatalogLookup {
  const match = REGISTRY_MODEL.exec(uri.trim());
  if (!match) return { ok: false, reason: 'not-registry-uri' };
  const [, registry = '', name = '', version] = match;
  // Model names in registries are case-sensitive; a near-miss must fail here as it does in Azure.
  const model = catalog.find((m) => m.registry === registry && m.name === name);
  if (!model) return { ok: false, reason: 'unknown-model', registry, name };
  if (version === undefined) return { ok: true, model };
  if (!/^\d+$/.test(version) || Number(version) < 1)
    return { ok: false, reason: 'bad-version', registry, name };
  return { ok: true, model, version: Number(version) };
}

export function isRegistryUri(uri: string): boolean {
  return REGISTRY_MODEL.test(uri.trim());
}
