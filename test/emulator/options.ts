import type { CatalogModel } from './arm/catalog.ts';
import { DEFAULT_CATALOG } from './arm/catalog.ts';
import type { ApiVersions, ArmSettings, Timings } from './arm/context.ts';
import { ALL_ACTIONS, type Permission, type RoleAssignment } from './arm/permissions.ts';
import type { ServiceName } from './core/request-log.ts';
import type { GitHubTokenConfig } from './github/state.ts';
import type { FederatedCredential } from './identity/authority.ts';
import type { ContentWord, InferenceDefaults } from './inference/registry.ts';
import type { ProjectEmulatorOptions } from './project/index.ts';

export interface EmulatorOptions {
  subscriptionId?: string;
  resourceGroup?: string;
  workspace?: string;
  /** Workspace region (default eastus2); e.g. westeurope to test region preflight. */
  location?: string;
  /** `Project` (a hub-based project, default), `Hub` or `Default`. */
  workspaceKind?: string;
  tenantId?: string;
  clientId?: string;
  /** 0 (default): virtual time moves only with clock.advance(). n > 0: n times real time. */
  timeScale?: number;
  timings?: Partial<Timings>;
  /** Items per list page (default 50; small values exercise nextLink paging). */
  pageSize?: number;
  /** `Retry-After` seconds on long-running answers (default 1; 0 makes SDK pollers spin fast). */
  lroRetryAfterSeconds?: number;
  apiVersions?: Partial<ApiVersions>;
  /** Permissions assigned at the subscription (visible at every scope). Default: all actions. */
  permissions?: Permission[];
  /** Role assignments at a scope (e.g. a role on the workspace only: not visible at the resource group). */
  roleAssignments?: RoleAssignment[];
  /** Refuse calls the permissions do not allow with 403 AuthorizationFailed (default true). */
  enforcePermissions?: boolean;
  /** Resource provider registration states (default Microsoft.Network and MachineLearningServices Registered). */
  providers?: Record<string, 'Registered' | 'NotRegistered'>;
  catalog?: CatalogModel[];
  metrics?: Partial<ArmSettings['metrics']>;
  /** MLflow page size for metric histories and run searches (default 1000; small values exercise paging). */
  mlflowPageSize?: number;
  minTrainingExamples?: number;
  /** Share of trained prompts a fine-tuned model answers wrong (default 0.05). */
  fineTunedErrorRate?: number;
  seed?: string;
  /** Start Azurite (default true). Without it, training data lives in memory (seedBlob). */
  azurite?: boolean;
  /** `expires_in` of access tokens from the local authority (default 3600; < 300 forces MSAL to refresh). */
  tokenLifetimeSeconds?: number;
  oidc?: { issuer?: string; subject?: string; lifetimeSeconds?: number; claims?: Record<string, unknown> };
  /** Federated credentials of the app registration (default: one matching the OIDC issuer and subject). */
  federatedCredentials?: FederatedCredential[];
  clientSecret?: string;
  inference?: Partial<InferenceDefaults>;
  contentSafety?: { key?: string; requestsPerMinute?: number; blocklists?: Record<string, string[]> };
  github?: {
    defaultBranch?: string;
    tokens?: Record<string, GitHubTokenConfig>;
    /** Largest file the contents API serves, in bytes: JSON media type (1 MB), raw/object (100 MB). */
    contentLimits?: { json?: number; raw?: number };
  };
  /** Fixed ports per service (default: random free ports). */
  ports?: Partial<Record<ServiceName, number>>;
  /** The Foundry resource with one project (data plane + CognitiveServices ARM); on unless `false`. */
  project?: ProjectEmulatorOptions | false;
}

export const DEFAULT_TIMINGS: Timings = {
  queuedAfterMs: 15_000,
  runningAfterMs: 45_000,
  trainingMs: 20 * 60_000,
  cancelMs: 10_000,
  provisioningMs: 90_000,
  deletingMs: 30_000,
  marketplaceMs: 20_000,
  providerRegistrationMs: 30_000,
};

/** Enough virtual time for any job or provisioning with default timings to finish. */
export const LONG_ENOUGH_MS = 2 * 60 * 60_000;

export const DEFAULT_API_VERSIONS: ApiVersions = {
  ml: ['2022-10-01', '2025-12-01'],
  jobs: ['2025-12-01', '2025-10-01-preview'],
  serverless: ['2025-12-01'],
  providers: ['2021-04-01', '2022-09-01', '2024-03-01', '2025-03-01'],
  permissions: ['2015-07-01', '2018-01-01-preview', '2022-04-01'],
};

export const DEFAULT_CONTENT_WORDS: ContentWord[] = [
  { word: 'bloodbath', category: 'Violence', severity: 6 },
  { word: 'selfharmword', category: 'SelfHarm', severity: 6 },
  { word: 'slurword', category: 'Hate', severity: 4 },
  { word: 'explicitword', category: 'Sexual', severity: 5 },
  { word: 'mildword', category: 'Violence', severity: 2 },
];

export const DEFAULT_GITHUB_TOKENS: Record<string, GitHubTokenConfig> = {
  ghs_emulatorActionsTokenWrite000000000000: { kind: 'actions', write: true },
  ghs_emulatorActionsTokenForkReadOnly00000: { kind: 'actions', write: false },
  ghp_emulatorPersonalAccessToken0000000000: { kind: 'pat', write: true, login: 'octo-dev' },
};

export function armSettings(options: EmulatorOptions): ArmSettings {
  return {
    apiVersions: { ...DEFAULT_API_VERSIONS, ...options.apiVersions },
    timings: { ...DEFAULT_TIMINGS, ...options.timings },
    pageSize: options.pageSize ?? 50,
    lroRetryAfterSeconds: options.lroRetryAfterSeconds ?? 1,
    permissions: options.permissions ?? [ALL_ACTIONS],
    roleAssignments: options.roleAssignments ?? [],
    enforcePermissions: options.enforcePermissions ?? true,
    providers: options.providers ?? {
      'Microsoft.Network': 'Registered',
      'Microsoft.MachineLearningServices': 'Registered',
    },
    catalog: options.catalog ?? DEFAULT_CATALOG,
    metrics: {
      lossKey: 'loss',
      evalLossKey: 'eval_loss',
      epochKey: 'epoch',
      summaryKey: 'train_loss',
      points: 10,
      ...options.metrics,
    },
    mlflowPageSize: options.mlflowPageSize ?? 1000,
    minTrainingExamples: options.minTrainingExamples ?? 10,
    fineTunedErrorRate: options.fineTunedErrorRate ?? 0.05,
    seed: options.seed ?? 'foundry-emulator',
  };
}
