/**
 * The Azure port: every call the commands make to Azure AI Foundry (Azure Machine Learning ARM, the
 * workspace's blob datastore and its MLflow tracking server) goes through this facade. See README.md.
 */
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import type { Clock, Logger } from '../runtime/types.ts';
import type { Config } from '../config/types.ts';
import type { ModelInfo } from '../models/catalog.ts';
import { API_VERSION, Arm, JOBS_API_VERSION } from './arm.ts';
import { dataUploader, type UploadedData } from './data.ts';
import { createCredential } from './credential.ts';
import { modelAssetId } from './endpoint-name.ts';
import { FoundryError, errorMessage } from './errors.ts';
import { followOperation, waitForProvisioning } from './operations.ts';
import { followJob, type FollowResult, type StatusChange } from './follow.ts';
import { jobName, TAGS } from './identity.ts';
import { describeError, jobErrorMessage, jobPhase } from './job-spec.ts';
import {
  readLossCurves,
  trackingBaseUrl,
  type LossLookup,
  type MlflowHttp,
  type TrainingMetrics,
} from './metrics.ts';
import { evaluatePreflight, type PermissionEntry, type PreflightCheck } from './preflight.ts';
import { retryOptionsFromEnv, type RetryOptions } from './retry.ts';
import type {
  EndpointResource,
  FineTuningJobProperties,
  JobResource,
  ModelVersionResource,
  WorkspaceInfo,
  WorkspaceRef,
} from './types.ts';
import { realClock } from '../runtime/clock.ts';

export type * from './types.ts';
export { FoundryError } from './errors.ts';
export type { FollowResult, StatusChange } from './follow.ts';
export type { PreflightCheck } from './preflight.ts';
export type { TrainingMetrics, MetricPoint, LossLookup } from './metrics.ts';
export type { UploadedData, UploadedFile } from './data.ts';
export { DEFAULT_DATASTORE } from './data.ts';
export { OPERATION_TIMEOUT_MS } from './operations.ts';

const PROVIDERS_API = '2021-04-01';
const PERMISSIONS_API = '2022-04-01';
/**
 * Where a failed job's details live besides the ARM job (NOTES: run history on the workspace's regional
 * host, unconfirmed): a path template under the tracking host. One setting, here.
 */
export const RUN_HISTORY_PATH =
  '/history/v1.0/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/{workspace}/runs/{runId}/details';

export interface FindJobResult {
  /** The job to reuse or follow: Completed or still active. Undefined: submit `nextName`. */
  job?: JobResource;
  /** Name for a new attempt when there is nothing to reuse. */
  nextName: string;
  nextAttempt: number;
  /** Earlier attempts that Failed or were Canceled, oldest first. */
  previous: JobResource[];
}

export interface EndpointKeys {
  primaryKey: string;
  secondaryKey?: string;
}

export interface CreateEndpointOptions {
  modelId: string;
  contentSafety: 'enabled' | 'disabled';
  tags?: Record<string, string>;
  /** Called with each provisioning state seen while following the operation. */
  onState?: (state: string) => void;
}

export interface Foundry {
  readonly ref: WorkspaceRef;
  readonly credentialMode: string;
  workspace(): Promise<WorkspaceInfo>;
  preflight(options: {
    model: ModelInfo;
    compute?: string;
    instanceType?: string;
  }): Promise<PreflightCheck[]>;
  uploadData(
    files: { training: string; validation?: string },
    tags?: Record<string, string>,
  ): Promise<UploadedData>;
  /** Looks up the attempts of an identity by their deterministic names. */
  findJob(identityKey: string): Promise<FindJobResult>;
  /** Jobs go to `jobsApiVersion` (a version whose spec defines FineTuning); everything else to API_VERSION. */
  readonly jobsApiVersion: string;
  submitJob(name: string, body: { properties: FineTuningJobProperties }): Promise<JobResource>;
  getJob(name: string): Promise<JobResource | undefined>;
  listJobs(options?: { tag?: string }): Promise<JobResource[]>;
  cancelJob(name: string): Promise<void>;
  followJob(
    name: string,
    options: {
      pollIntervalMs: number;
      deadline?: number;
      signal?: AbortSignal;
      onChange?: (c: StatusChange) => void;
      initial?: JobResource;
    },
  ): Promise<FollowResult>;
  /** The service's words for why a job failed: the job's own error, else its run history. */
  jobFailure(job: JobResource): Promise<string | undefined>;
  /** Loss curves from the job's training run in MLflow, or why there are none. */
  lossCurves(job: Pick<JobResource, 'name' | 'properties'>): Promise<LossLookup>;
  /** The curves only (undefined when there are none); a job name is read first for its experiment. */
  trainingMetrics(
    job: string | Pick<JobResource, 'name' | 'properties'>,
  ): Promise<TrainingMetrics | undefined>;
  listModelVersions(
    name: string,
    options?: { tags?: Record<string, string> },
  ): Promise<ModelVersionResource[]>;
  getModelVersion(name: string, version: string): Promise<ModelVersionResource | undefined>;
  /** Merges tags into a model version: a PUT of the version's writable fields (the GET is never echoed). */
  setModelTags(name: string, version: string, tags: Record<string, string>): Promise<ModelVersionResource>;
  /**
   * Deletes a model version; false when it did not exist. Azure refuses (409) while an endpoint deploys it:
   * delete its endpoints first.
   */
  deleteModelVersion(name: string, version: string): Promise<boolean>;
  modelId(name: string, version: string): Promise<string>;
  createEndpoint(name: string, options: CreateEndpointOptions): Promise<EndpointResource>;
  getEndpoint(name: string): Promise<EndpointResource | undefined>;
  listEndpoints(): Promise<EndpointResource[]>;
  /** Keys are masked (log.secret) before this returns. */
  endpointKeys(name: string): Promise<EndpointKeys>;
  deleteEndpoint(name: string): Promise<void>;
}

export interface FoundryOptions {
  clock?: Clock;
  /** Replaces the network for ARM calls (unit tests). */
  httpClient?: HttpClient;
  credential?: TokenCredential;
  retry?: RetryOptions;
  /** Pauses between long-running-operation polls when Azure sends no Retry-After (default: the poll interval). */
  operationPollMs?: number;
}

/** Which inputs must be set to reach the workspace; an error naming them otherwise. */
export function workspaceRef(config: Config): WorkspaceRef {
  const missing: string[] = [];
  if (!config.azure.subscriptionId) missing.push("'subscription-id' (config file: azure.subscription-id)");
  if (!config.azure.resourceGroup) missing.push("'resource-group' (config file: azure.resource-group)");
  if (!config.azure.workspace) missing.push("'workspace' (config file: azure.workspace)");
  if (missing.length > 0) {
    throw new Error(
      `The Azure workspace is not fully named: set the input${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
    );
  }
  return {
    subscriptionId: config.azure.subscriptionId!,
    resourceGroup: config.azure.resourceGroup!,
    workspace: config.azure.workspace!,
  };
}

export function connectFoundry(
  config: Config,
  log: Logger,
  signal?: AbortSignal,
  options: FoundryOptions = {},
): Foundry {
  const ref = workspaceRef(config);
  const clock = options.clock ?? realClock;
  const retry = options.retry ?? retryOptionsFromEnv();
  const credential = options.credential ?? createCredential(config, log);
  const credentialMode = (credential as { mode?: string }).mode ?? 'custom';
  const arm = new Arm({
    credential,
    armEndpoint: config.azure.armEndpoint,
    subscriptionId: ref.subscriptionId,
    retry,
    signal,
    names: ref,
    httpClient: options.httpClient,
    onRetry: (info) => {
      log.debug(
        `retrying ${info.method} ${new URL(info.url).pathname} after ${info.reason} in ${info.delayMs} ms`,
      );
    },
  });
  const operationPollMs = options.operationPollMs ?? Math.max(10, config.training.pollIntervalSeconds * 1000);
  const jobsApiVersion = config.azure.jobsApiVersion ?? JOBS_API_VERSION;

  const ws = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspace}`;
  const workspacePath = ws;
  const enc = encodeURIComponent;
  const jobPath = (name: string): string => `${ws}/jobs/${enc(name)}`;
  const modelPath = (name: string, version: string): string =>
    `${ws}/models/${enc(name)}/versions/${enc(version)}`;
  const endpointPath = (name: string): string => `${ws}/serverlessEndpoints/${enc(name)}`;

  const uploader = dataUploader({ arm, workspacePath: ws, log, credential, retry });
  const operationOptions = { arm, clock, signal, pollMs: operationPollMs };

  let workspaceInfo: Promise<WorkspaceInfo> | undefined;
  const workspace = (): Promise<WorkspaceInfo> => {
    workspaceInfo ??= (async () => {
      const body = await arm.get<{
        id: string;
        location: string;
        kind?: string;
        identity?: { tenantId?: string };
        properties?: { workspaceId?: string; mlFlowTrackingUri?: string };
      }>(ws, `read workspace ${ref.workspace}`);
      return {
        ...ref,
        id: body.id,
        location: (body.location ?? '').replace(/\s+/g, '').toLowerCase(),
        workspaceId: body.properties?.workspaceId ?? '',
        kind: body.kind,
        mlflowTrackingUri: body.properties?.mlFlowTrackingUri,
        tenantId: config.azure.tenantId ?? body.identity?.tenantId,
      };
    })();
    workspaceInfo.catch(() => (workspaceInfo = undefined));
    return workspaceInfo;
  };

  async function getJob(name: string): Promise<JobResource | undefined> {
    return arm.find<JobResource>(jobPath(name), `read job ${name}`, jobsApiVersion);
  }

  async function tryGet<T>(url: string, operation: string): Promise<T | undefined> {
    try {
      return await arm.get<T>(url, operation);
    } catch (e) {
      log.debug(`${operation}: ${errorMessage(e)}`);
      return undefined;
    }
  }

  const mlflow: MlflowHttp = {
    get: tryGet,
    async post<T>(url: string, body: unknown, operation: string): Promise<T | undefined> {
      try {
        return (await arm.send<T>({ method: 'POST', path: url, operation, body })).body;
      } catch (e) {
        log.debug(`${operation}: ${errorMessage(e)}`);
        return undefined;
      }
    },
  };

  const foundry: Foundry = {
    ref,
    credentialMode,
    jobsApiVersion,
    workspace,

    async preflight({ model, compute, instanceType }) {
      let ws: WorkspaceInfo | undefined;
      let workspaceError: string | undefined;
      let workspaceFix: string | undefined;
      try {
        ws = await workspace();
      } catch (e) {
        // A sign-in failure says nothing about the workspace: report it as what it is.
        if (e instanceof FoundryError && e.details.operation.startsWith('sign in')) throw e;
        if (e instanceof FoundryError && e.details.operation.startsWith('get a GitHub OIDC')) throw e;
        workspaceError =
          e instanceof FoundryError ? (e.details.serviceMessage ?? e.message) : errorMessage(e);
        workspaceFix = e instanceof FoundryError ? e.details.fix : undefined;
        if (e instanceof FoundryError && e.status === 404 && !workspaceFix) {
          workspaceFix = `Check the workspace input ('${ref.workspace}') and resource-group ('${ref.resourceGroup}').`;
        }
      }
      let networkState: string | undefined;
      let networkError: string | undefined;
      try {
        const provider = await arm.get<{ registrationState?: string }>(
          `/subscriptions/${ref.subscriptionId}/providers/Microsoft.Network`,
          'read the Microsoft.Network resource provider',
          { 'api-version': PROVIDERS_API },
        );
        networkState = provider.registrationState ?? 'Unknown';
      } catch (e) {
        networkError = e instanceof FoundryError ? (e.details.serviceMessage ?? e.message) : errorMessage(e);
      }
      // Permissions_ListForResource on the workspace: what is granted there or above (a role assigned on
      // the workspace itself is missing from the resource group's list).
      let permissions: PermissionEntry[] | undefined;
      let permissionsError: string | undefined;
      try {
        permissions = await arm.list<PermissionEntry>(
          `${workspacePath}/providers/Microsoft.Authorization/permissions`,
          `read the permissions of the identity on workspace ${ref.workspace}`,
          undefined,
          PERMISSIONS_API,
        );
      } catch (e) {
        permissionsError =
          e instanceof FoundryError ? (e.details.serviceMessage ?? e.message) : errorMessage(e);
      }
      return evaluatePreflight({
        model,
        compute,
        instanceType,
        workspace: ws,
        workspaceError,
        workspaceFix,
        networkState,
        networkError,
        permissions,
        permissionsError,
        permissionsScope: { kind: 'workspace', name: ref.workspace, id: workspacePath },
        identity: config.azure.clientId,
      });
    },

    uploadData: uploader.uploadData,

    async findJob(identityKey) {
      const previous: JobResource[] = [];
      for (let attempt = 1; attempt < 100; attempt++) {
        const name = jobName(identityKey, attempt);
        const job = await getJob(name);
        if (!job) return { nextName: name, nextAttempt: attempt, previous };
        const phase = jobPhase(job.properties.status);
        if (phase === 'succeeded' || phase === 'active')
          return { job, nextName: name, nextAttempt: attempt, previous };
        previous.push(job);
      }
      throw new FoundryError({
        operation: `find jobs of identity ${identityKey}`,
        serviceMessage: '99 attempts failed or were canceled',
        fix: 'Fix the cause of the failures (see the earlier jobs), or change the data or hyperparameters.',
      });
    },

    async submitJob(name, body) {
      const operation = `submit fine-tuning job ${name}`;
      try {
        const res = await arm.send<JobResource>({
          method: 'PUT',
          path: jobPath(name),
          operation,
          body,
          apiVersion: jobsApiVersion,
        });
        return res.body;
      } catch (e) {
        // A PUT whose answer was lost (a reset after the service acted) must not become a second job:
        // if the job exists with our identity now, it is ours.
        const existing = await getJob(name).catch(() => undefined);
        if (existing && existing.properties.tags?.[TAGS.identity] === body.properties.tags?.[TAGS.identity]) {
          log.info(`Job ${name} exists although its submission reported an error; following it.`);
          return existing;
        }
        throw e;
      }
    },

    getJob,

    async listJobs(options = {}) {
      return arm.list<JobResource>(
        `${ws}/jobs`,
        'list jobs',
        { ...(options.tag ? { tag: options.tag } : {}), jobType: 'FineTuning' },
        jobsApiVersion,
      );
    },

    async cancelJob(name) {
      const res = await arm.send({
        method: 'POST',
        path: `${jobPath(name)}/cancel`,
        operation: `cancel job ${name}`,
        accept: [404, 409],
        ignoreAbort: true,
        apiVersion: jobsApiVersion,
      });
      if (res.status === 404)
        throw new FoundryError({
          operation: `cancel job ${name}`,
          status: 404,
          serviceMessage: 'no such job',
        });
    },

    async followJob(name, opts) {
      return followJob(
        async () => {
          const job = await getJob(name);
          if (!job) {
            throw new FoundryError({
              operation: `read job ${name}`,
              status: 404,
              serviceMessage: 'the job disappeared',
            });
          }
          return job;
        },
        { clock, ...opts },
      );
    },

    async jobFailure(job) {
      const own = jobErrorMessage(job);
      if (own) return own;
      const info = await workspace().catch(() => undefined);
      if (!info?.mlflowTrackingUri) return undefined;
      const host = new URL(trackingBaseUrl(info.mlflowTrackingUri)).origin;
      const url =
        host +
        RUN_HISTORY_PATH.replace('{subscriptionId}', ref.subscriptionId)
          .replace('{resourceGroup}', ref.resourceGroup)
          .replace('{workspace}', ref.workspace)
          .replace('{runId}', enc(job.name));
      const run = await tryGet<Record<string, unknown>>(url, `read the run history of job ${job.name}`);
      return describeError(run?.error);
    },

    async lossCurves(job) {
      const info = await workspace().catch(() => undefined);
      if (!info?.mlflowTrackingUri) return { reason: 'the workspace names no MLflow tracking URI.' };
      return readLossCurves(
        trackingBaseUrl(info.mlflowTrackingUri),
        { name: job.name, experimentName: job.properties.experimentName },
        mlflow,
      );
    },

    async trainingMetrics(job) {
      const resolved =
        typeof job === 'string'
          ? ((await getJob(job).catch(() => undefined)) ?? {
              name: job,
              properties: {} as FineTuningJobProperties,
            })
          : job;
      return (await foundry.lossCurves(resolved)).metrics;
    },

    async listModelVersions(name, options = {}) {
      const tags = options.tags ?? {};
      const query = Object.keys(tags).length
        ? {
            tags: Object.entries(tags)
              .map(([k, v]) => `${k}=${v}`)
              .join(','),
          }
        : undefined;
      let versions: ModelVersionResource[];
      try {
        versions = await arm.list<ModelVersionResource>(
          `${ws}/models/${enc(name)}/versions`,
          `list versions of model ${name}`,
          query,
        );
      } catch (e) {
        if (e instanceof FoundryError && e.status === 404) return [];
        throw e;
      }
      // Filter here too: tag values with commas or slashes may not survive the query.
      const matching = versions.filter((v) =>
        Object.entries(tags).every(([k, val]) => v.properties.tags?.[k] === val),
      );
      return matching.sort(newestFirst);
    },

    async getModelVersion(name, version) {
      return arm.find<ModelVersionResource>(modelPath(name, version), `read model ${name}:${version}`);
    },

    async setModelTags(name, version, tags) {
      const current = await arm.get<ModelVersionResource>(
        modelPath(name, version),
        `read model ${name}:${version}`,
      );
      // Model versions have no PATCH: the PUT carries the whole version, built from its writable fields
      // (read-only provisioningState and fields of other api-versions must not be sent back).
      const properties = writableModelVersion(current.properties, {
        ...(current.properties.tags ?? {}),
        ...tags,
      });
      const res = await arm.send<ModelVersionResource>({
        method: 'PUT',
        path: modelPath(name, version),
        operation: `tag model ${name}:${version}`,
        body: { properties },
      });
      return res.body ?? { ...current, properties: { ...current.properties, tags: properties.tags } };
    },

    async deleteModelVersion(name, version) {
      const operation = `delete model ${name}:${version}`;
      try {
        const res = await arm.send({
          method: 'DELETE',
          path: modelPath(name, version),
          operation,
          accept: [404],
        });
        return res.status !== 404 && res.status !== 204;
      } catch (e) {
        if (e instanceof FoundryError && e.status === 409) {
          throw new FoundryError({
            ...e.details,
            fix: 'A deployed model cannot be deleted: delete the serverless endpoint that deploys it first.',
          });
        }
        throw e;
      }
    },

    async modelId(name, version) {
      return modelAssetId(await workspace(), name, version);
    },

    async createEndpoint(name, opts) {
      const info = await workspace();
      const operation = `create serverless endpoint ${name}`;
      const res = await arm.send<EndpointResource>({
        method: 'PUT',
        path: endpointPath(name),
        operation,
        body: {
          location: info.location,
          sku: { name: 'Consumption' },
          ...(opts.tags ? { tags: opts.tags } : {}),
          properties: {
            modelSettings: { modelId: opts.modelId },
            authMode: 'Key',
            contentSafety: { contentSafetyStatus: opts.contentSafety === 'enabled' ? 'Enabled' : 'Disabled' },
          },
        },
      });
      let lastState = res.body?.properties?.provisioningState;
      if (lastState) opts.onState?.(lastState);
      const readEndpoint = async (): Promise<{ state?: string; resource: EndpointResource | undefined }> => {
        const now = await arm.find<EndpointResource>(endpointPath(name), `read serverless endpoint ${name}`);
        return { state: now?.properties?.provisioningState, resource: now };
      };
      // 201 names its operation (Azure-AsyncOperation); a 200 (update) names none: poll the endpoint.
      const status = await followOperation(res.headers, operation, {
        ...operationOptions,
        onPoll: async () => {
          const { state } = await readEndpoint();
          if (state && state !== lastState) {
            lastState = state;
            opts.onState?.(state);
          }
        },
      });
      if (!status) {
        await waitForProvisioning(
          readEndpoint,
          operation,
          {
            clock,
            signal,
            pollMs: operationPollMs,
            onState: (s) => {
              lastState = s;
              opts.onState?.(s);
            },
          },
          lastState,
        );
      }
      const endpoint = await arm.get<EndpointResource>(
        endpointPath(name),
        `read serverless endpoint ${name}`,
      );
      const state = endpoint.properties.provisioningState ?? status?.status ?? 'Unknown';
      if (!/^succeeded$/i.test(state) || (status && !/^succeeded$/i.test(status.status))) {
        throw new FoundryError({
          operation,
          code: status?.error?.code ?? 'ProvisioningFailed',
          serviceMessage:
            status?.error?.message ??
            `provisioning ended in state ${state}${status ? ` (operation ${status.status})` : ''}`,
        });
      }
      return endpoint;
    },

    async getEndpoint(name) {
      return arm.find<EndpointResource>(endpointPath(name), `read serverless endpoint ${name}`);
    },

    async listEndpoints() {
      return arm.list<EndpointResource>(`${ws}/serverlessEndpoints`, 'list serverless endpoints');
    },

    async endpointKeys(name) {
      // ServerlessEndpoints_ListKeys takes no body.
      const res = await arm.send<{ primaryKey?: string; secondaryKey?: string }>({
        method: 'POST',
        path: `${endpointPath(name)}/listKeys`,
        operation: `list the keys of serverless endpoint ${name}`,
      });
      // Masked before anything else can print them.
      if (res.body?.primaryKey) log.secret(res.body.primaryKey);
      if (res.body?.secondaryKey) log.secret(res.body.secondaryKey);
      if (!res.body?.primaryKey) {
        throw new FoundryError({
          operation: `list the keys of serverless endpoint ${name}`,
          serviceMessage: 'the answer had no primaryKey',
        });
      }
      return { primaryKey: res.body.primaryKey, secondaryKey: res.body.secondaryKey };
    },

    async deleteEndpoint(name) {
      const operation = `delete serverless endpoint ${name}`;
      const res = await arm.send({ method: 'DELETE', path: endpointPath(name), operation, accept: [404] });
      if (res.status !== 202) return;
      // ServerlessEndpoints_Delete: 202 with Location only; the Location answers 202, then 200 or 204.
      const status = await followOperation(res.headers, operation, operationOptions);
      if (status && !/^succeeded$/i.test(status.status)) {
        throw new FoundryError({
          operation,
          code: status.error?.code,
          serviceMessage: status.error?.message ?? `the deletion ended in state ${status.status}`,
        });
      }
    },
  };
  return foundry;
}

/** The fields of ModelVersion a PUT may carry (AssetBase + ModelVersion, neither read-only nor create-only). */
export const MODEL_VERSION_WRITABLE = [
  'description',
  'properties',
  'isArchived',
  'stage',
  'flavors',
  'jobName',
  'modelType',
  'modelUri',
] as const;

/** A PUT body for a model version: its writable fields as read, with `tags` replaced. */
export function writableModelVersion(
  current: ModelVersionResource['properties'],
  tags: Record<string, string>,
): ModelVersionResource['properties'] {
  const out: Record<string, unknown> = { tags };
  for (const key of MODEL_VERSION_WRITABLE) {
    if (current[key] !== undefined && current[key] !== null) out[key] = current[key];
  }
  return out as ModelVersionResource['properties'];
}

function newestFirst(a: ModelVersionResource, b: ModelVersionResource): number {
  const ta = Date.parse(a.systemData?.createdAt ?? '') || 0;
  const tb = Date.parse(b.systemData?.createdAt ?? '') || 0;
  if (ta !== tb) return tb - ta;
  const va = Number(versionOf(a));
  const vb = Number(versionOf(b));
  if (Number.isFinite(va) && Number.isFinite(vb)) return vb - va;
  return versionOf(b).localeCompare(versionOf(a));
}

/** A model version resource's version: its `name` is the version in ARM's answer. */
export function versionOf(v: ModelVersionResource): string {
  const fromId = /\/versions\/([^/]+)$/.exec(v.id ?? '')?.[1];
  return fromId ?? v.name;
}

export { API_VERSION, JOBS_API_VERSION };
