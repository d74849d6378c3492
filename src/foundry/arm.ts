/**
 * Raw ARM calls at the api-versions we choose, sent through the authenticated pipeline of
 * `@azure/arm-machinelearning`'s client (bearer token, our retry policy). That SDK speaks 2022-10-01 and
 * drops `fineTuningDetails` when it serializes a job, so we use its pipeline, not its operations.
 */
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { TokenCredential } from '@azure/identity';
import {
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
  type HttpMethods,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import { FoundryError, armError, errorMessage, type ArmErrorContext } from './errors.ts';
import { ARM_RETRY_POLICY_NAME, armRetryPolicy, type RetryOptions } from './retry.ts';

/** Every operation but jobs: the stable version (Azure/azure-rest-api-specs stable/2025-12-01/mfe.json). */
export const API_VERSION = '2025-12-01';

/**
 * Jobs (create, get, list, cancel) need a version whose spec defines FineTuning: stable 2025-12-01's
 * `JobType` has no FineTuning, preview/2025-10-01-preview/mfe.json (@ 11b1961e) defines `FineTuningJob`,
 * `CustomModelFineTuning` (string-map `hyperParameters`), `JobResources.instanceTypes` and
 * `AssetJobOutput.assetName`. The config file's `azure.jobs-api-version` overrides it.
 */
export const JOBS_API_VERSION = '2025-10-01-preview';

export interface ArmResponse<T = unknown> {
  status: number;
  headers: { get(name: string): string | undefined };
  body: T;
}

export interface ArmRequest {
  method: HttpMethods;
  /** Path under the ARM endpoint (`/subscriptions/...`) or an absolute URL (async operation, nextLink). */
  path: string;
  /** What we are doing, for the error message. */
  operation: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  apiVersion?: string;
  /** Statuses that are answers, not errors (e.g. 404 for "does it exist?"). */
  accept?: number[];
  /** Sent even after the run was cancelled (cancelling a job, cleaning up an endpoint). */
  ignoreAbort?: boolean;
}

export interface ArmTransportOptions {
  credential: TokenCredential;
  armEndpoint: string;
  subscriptionId: string;
  retry: RetryOptions;
  signal?: AbortSignal;
  names?: ArmErrorContext['names'];
  /** Replaces the network (unit tests). */
  httpClient?: HttpClient;
  onRetry?: (info: { url: string; method: string; reason: string; delayMs: number }) => void;
}

export class Arm {
  readonly endpoint: string;
  private readonly client: AzureMachineLearningWorkspaces;
  private readonly signal?: AbortSignal;
  private readonly names?: ArmErrorContext['names'];

  constructor(options: ArmTransportOptions) {
    this.endpoint = options.armEndpoint.replace(/\/+$/, '');
    this.signal = options.signal;
    this.names = options.names;
    this.client = new AzureMachineLearningWorkspaces(options.credential, options.subscriptionId, {
      endpoint: this.endpoint,
      $host: this.endpoint,
      credentialScopes: [`${this.endpoint}/.default`],
      ...(options.httpClient ? { httpClient: options.httpClient } : {}),
    });
    // Replace Azure's default retry policy (3 retries, ignores a 429 without Retry-After) with ours.
    this.client.pipeline.removePolicy({ phase: 'Retry' });
    this.client.pipeline.addPolicy(armRetryPolicy(options.retry, options.onRetry), { phase: 'Retry' });
    if (!this.client.pipeline.getOrderedPolicies().some((p) => p.name === ARM_RETRY_POLICY_NAME)) {
      throw new Error('internal: the ARM retry policy was not installed');
    }
  }

  url(path: string, query: Record<string, string | undefined> = {}, apiVersion?: string): string {
    const url = new URL(/^https?:\/\//i.test(path) ? path : `${this.endpoint}${path}`);
    if (apiVersion && !url.searchParams.has('api-version')) url.searchParams.set('api-version', apiVersion);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v);
    return url.toString();
  }

  async send<T = unknown>(req: ArmRequest): Promise<ArmResponse<T>> {
    const url = this.url(
      req.path,
      req.query,
      /^https?:\/\//i.test(req.path) ? undefined : (req.apiVersion ?? API_VERSION),
    );
    const request = createPipelineRequest({
      url,
      method: req.method,
      headers: createHttpHeaders({
        accept: 'application/json',
        ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
      }),
      body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
      abortSignal: req.ignoreAbort ? undefined : this.signal,
    });
    let response: PipelineResponse;
    try {
      response = await this.client.sendRequest(request);
    } catch (e) {
      if (e instanceof FoundryError) throw e;
      if (this.signal?.aborted)
        throw new FoundryError({ operation: req.operation, serviceMessage: 'cancelled' });
      throw new FoundryError({
        operation: req.operation,
        code: (e as { code?: string }).code,
        serviceMessage: errorMessage(e),
        fix: `Check that arm-endpoint (${this.endpoint}) is reachable from the runner, then run again.`,
      });
    }
    const body = parseBody(response.bodyAsText ?? undefined);
    const ok = response.status < 400 || (req.accept ?? []).includes(response.status);
    if (!ok) throw armError({ operation: req.operation, status: response.status, body, names: this.names });
    return { status: response.status, headers: response.headers, body: body as T };
  }

  async get<T>(path: string, operation: string, query?: Record<string, string | undefined>): Promise<T> {
    return (await this.send<T>({ method: 'GET', path, operation, query })).body;
  }

  /** GET that answers undefined for 404 (the usual "does it exist yet?"). */
  async find<T>(path: string, operation: string, apiVersion?: string): Promise<T | undefined> {
    const res = await this.send<T>({ method: 'GET', path, operation, accept: [404], apiVersion });
    return res.status === 404 ? undefined : res.body;
  }

  /** Every page of a list, following `nextLink` (which carries its own api-version). */
  async list<T>(
    path: string,
    operation: string,
    query?: Record<string, string | undefined>,
    apiVersion = API_VERSION,
  ): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = this.url(path, query, apiVersion);
    for (let page = 0; next && page < 1000; page++) {
      const body: { value?: T[]; nextLink?: string } = await this.get(next, operation);
      items.push(...(body.value ?? []));
      next = body.nextLink || undefined;
    }
    return items;
  }
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
