import type { ArmSettings } from './arm/context.ts';
import type { ContentSafetyStats } from './content-safety/server.ts';
import type { EmulatorClock } from './core/clock.ts';
import type { Faults } from './core/faults.ts';
import type { RequestLog } from './core/request-log.ts';
import type { GitHubApi } from './github/server.ts';
import type { Authority } from './identity/authority.ts';
import type { GitHubOidc } from './identity/github-oidc.ts';
import type { EndpointStats, InferenceContract, InferenceRegistry } from './inference/registry.ts';
import type { ProjectView } from './project/index.ts';

export interface JobView {
  name: string;
  status: string;
  tags: Record<string, string>;
  failure?: { code: string; message: string };
  trainingExamples: number;
  registeredModel?: { name: string; version: string; id: string };
}

export interface EndpointView {
  name: string;
  provisioningState: string;
  modelId: string;
  url: string;
  keys: { primaryKey: string; secondaryKey: string };
  deleting: boolean;
  stats?: EndpointStats;
}

export interface ModelView {
  name: string;
  version: string;
  tags: Record<string, string>;
  id: string;
}

export interface RegisterEndpointOptions {
  name: string;
  /** `{ question: answer }` by last user message. */
  answers?: Record<string, string>;
  /** Chat JSONL text, as a training file: the endpoint answers like a model fine-tuned on it. */
  trainingJsonl?: string;
  errorRate?: number;
  modelName?: string;
  key?: string;
  contentSafety?: boolean;
  requestsPerMinute?: number;
  tokensPerMinute?: number;
  latencyMs?: number;
  /** This endpoint's contract over the defaults (strictness, refused parameters, error shapes, auth). */
  contract?: Partial<InferenceContract>;
}

/** Where everything listens and with what credentials: what a client (or a child process) needs. */
export interface Connection {
  armUrl: string;
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
  location: string;
  workspaceId: string;
  /** A bearer token ARM, MLflow and Content Safety accept until stop(). */
  token: string;
  authorityHost: string;
  tenantId: string;
  clientId: string;
  mlflowUrl: string;
  mlflowTrackingUri: string;
  inferenceUrl: string;
  contentSafetyUrl: string;
  contentSafetyKey: string;
  caCertPath: string;
  blob: {
    url: string;
    account: string;
    key: string;
    container: string;
    endpoint: string;
    protocol: string;
    kind: 'azurite' | 'memory';
  };
  azurite?: { pid: number; location: string };
  /** The Foundry resource and its project (absent with `project: false`). */
  project?: {
    endpoint: string;
    resourceEndpoint: string;
    account: string;
    project: string;
    location: string;
    key: string;
  };
}

export interface Emulator extends Connection {
  oidc: GitHubOidc & { requestUrl: string; requestToken: string };
  authority: Authority;
  github: GitHubApi & { apiUrl: string; tokens: { actions: string; readOnly: string; pat: string } };
  requestLog: RequestLog;
  faults: Faults;
  clock: EmulatorClock;
  /** Live ARM settings (permissions, catalog, timings...): tests may change them between calls. */
  settings: ArmSettings;
  inference: {
    registry: InferenceRegistry;
    /** Registers a chat endpoint directly (e.g. a "production" model of a chosen quality). */
    register(options: RegisterEndpointOptions): { name: string; url: string; key: string };
    stats(name: string): EndpointStats | undefined;
  };
  contentSafetyStats: ContentSafetyStats;
  /** The Foundry resource (data plane + CognitiveServices ARM); absent with `project: false`. */
  project?: ProjectView;
  jobs(): JobView[];
  job(name: string): JobView | undefined;
  models(): ModelView[];
  endpoints(): EndpointView[];
  /** Metric history a job has logged so far (as MLflow serves it). */
  metrics(jobName: string, key: string): { step: number; value: number; timestamp: number }[];
  /** Writes a blob to the workspace datastore; returns its `azureml://datastores/...` URI. */
  seedBlob(path: string, content: string | Buffer): Promise<string>;
  /** Environment for a child process (the built action) pointed at this emulator; merged over `extra`. */
  childEnv(extra?: Record<string, string>): Record<string, string>;
  /** Action inputs (names as in action.yml) that point the action at this emulator. */
  actionInputs(): Record<string, string>;
  /** The JSON the standalone emulator prints. */
  connectionInfo(): Record<string, unknown>;
  stop(): Promise<void>;
}
