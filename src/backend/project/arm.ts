/**
 * Raw ARM calls for `Microsoft.CognitiveServices` at the api-version we pin, through `@azure/core-rest-pipeline`
 * (bearer token for the ARM scope, the project's retry policy, no SDK model mapping). Why not
 * `@azure/arm-cognitiveservices` 8.1.0: it would carry the fields we need at its default 2025-09-01, but its
 * long-running pollers sleep on the wall clock (the emulator's virtual clock cannot drive them), it installs
 * Azure's default retry policy (replaced here, as on the hub), and its ~2.8 MB of generated mappers would
 * serialize five calls we can write in a page. Long-running operations are followed with the injected Clock.
 */
import type { TokenCredential } from '@azure/identity';
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
  type HttpMethods,
  type Pipeline,
} from '@azure/core-rest-pipeline';
import type { Clock } from '../../runtime/types.ts';
import { FoundryError, errorMessage } from '../../foundry/errors.ts';
import { armRetryPolicy, type RetryOptions } from '../../foundry/retry.ts';
import { projectError, type CallKind } from './errors.ts';

/** Stable CognitiveServices api-version: Deployment carries sku, tags, properties.model (spec stable/2025-06-01). */
export const COGNITIVE_API_VERSION = '2025-06-01';
/** Longest one deployment's provisioning or deletion is followed. */
export const LRO_TIMEOUT_MS = 60 * 60_000;

export interface CognitiveArmOptions {
  credential: TokenCredential;
  armEndpoint: string;
  retry: RetryOptions;
  clock: Clock;
  signal?: AbortSignal;
  httpClient?: HttpClient;
  apiVersion?: string;
  onRetry?: (info: { url: string; method: string; reason: string; delayMs: number }) => void;
}

export interface ArmAnswer<T> {
  status: number;
  headers: { get(name: string): string | undefined };
  body: T;
}

export class CognitiveArm {
  readonly endpoint: string;
  readonly apiVersion: string;
  private readonly pipeline: Pipeline;
  private readonly http: HttpClient;

  constructor(private readonly options: CognitiveArmOptions) {
    this.endpoint = options.armEndpoint.replace(/\/+$/, '');
    this.apiVersion = options.apiVersion ?? COGNITIVE_API_VERSION;
    this.http = options.httpClient ?? createDefaultHttpClient();
    this.pipeline = createEmptyPipeline();
    this.pipeline.addPolicy(armRetryPolicy(options.retry, options.onRetry), { phase: 'Retry' });
    this.pipeline.addPolicy(
      bearerTokenAuthenticationPolicy({
        credential: options.credential,
        scopes: `${this.endpoint}/.default`,
      }),
      { phase: 'Sign' },
    );
  }

  url(path: string): string {
    if (/^https?:\/\//i.test(path)) return path;
    const url = new URL(`${this.endpoint}${path}`);
    if (!url.searchParams.has('api-version')) url.searchParams.set('api-version', this.apiVersion);
    return url.toString();
  }

  async send<T = unknown>(req: {
    method: HttpMethods;
    path: string;
    operation: string;
    kind: CallKind;
    body?: unknown;
    accept?: number[];
    ignoreAbort?: boolean;
  }): Promise<ArmAnswer<T>> {
    const request = createPipelineRequest({
      url: this.url(req.path),
      method: req.method,
      headers: createHttpHeaders({
        accept: 'application/json',
        ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
      }),
      body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
      abortSignal: req.ignoreAbort ? undefined : this.options.signal,
    });
    let response;
    try {
      response = await this.pipeline.sendRequest(this.http, request);
    } catch (e) {
      if (e instanceof FoundryError) throw e;
      throw new FoundryError({
        operation: req.operation,
        code: (e as { code?: string }).code,
        serviceMessage: errorMessage(e),
        fix: `Check that arm-endpoint (${this.endpoint}) is reachable from the runner, then run again.`,
      });
    }
    const text = response.bodyAsText ?? '';
    let body: unknown = undefined;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    if (response.status >= 400 && !(req.accept ?? []).includes(response.status)) {
      throw projectError(req.operation, response.status, body, req.kind);
    }
    return { status: response.status, headers: response.headers, body: body as T };
  }

  async find<T>(path: string, operation: string, kind: CallKind = 'reading'): Promise<T | undefined> {
    const res = await this.send<T>({ method: 'GET', path, operation, kind, accept: [404] });
    return res.status === 404 ? undefined : res.body;
  }

  async get<T>(path: string, operation: string, kind: CallKind = 'reading'): Promise<T> {
    return (await this.send<T>({ method: 'GET', path, operation, kind })).body;
  }

  async list<T>(path: string, operation: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = path;
    for (let page = 0; next && page < 1000; page++) {
      const body: { value?: T[]; nextLink?: string | null } = await this.get(next, operation);
      items.push(...(body.value ?? []));
      next = body.nextLink || undefined;
    }
    return items;
  }

  /**
   * Follows a long-running answer (Azure-AsyncOperation, else Location) until it ends, sleeping on the
   * injected clock; `done` is asked after each poll so a resource GET can end the wait too.
   */
  async follow(
    headers: { get(name: string): string | undefined },
    operation: string,
    kind: CallKind,
    pollMs: number,
    done?: () => Promise<boolean>,
  ): Promise<{ status: string; error?: { code?: string; message?: string } } | undefined> {
    const url = headers.get('azure-asyncoperation') ?? headers.get('location');
    const { clock, signal } = this.options;
    const giveUpAt = clock.now() + LRO_TIMEOUT_MS;
    let delay = retryAfter(headers) ?? pollMs;
    while (clock.now() < giveUpAt) {
      await clock.sleep(delay, signal);
      if (signal?.aborted) throw new FoundryError({ operation, serviceMessage: 'cancelled while waiting' });
      if (url) {
        const res = await this.send<{ status?: string; error?: { code?: string; message?: string } }>({
          method: 'GET',
          path: url,
          operation,
          kind,
          accept: [202, 404],
        });
        const status = res.body?.status;
        if (res.status === 200 && status && /^(succeeded|failed|canceled|cancelled)$/i.test(status)) {
          return { status, error: res.body?.error };
        }
        delay = retryAfter(res.headers) ?? Math.min(pollMs * 10, Math.round(delay * 1.5));
      } else {
        delay = Math.min(pollMs * 10, Math.round(delay * 1.5));
      }
      if (done && (await done())) return undefined;
    }
    throw new FoundryError({
      operation,
      serviceMessage: `the operation did not end within ${LRO_TIMEOUT_MS / 60_000} minutes`,
      fix: 'Look at the deployment in the portal; run again to pick up where it is.',
    });
  }
}

function retryAfter(headers: { get(name: string): string | undefined }): number | undefined {
  const v = headers.get('retry-after');
  if (v === undefined || v.trim() === '' || !Number.isFinite(Number(v))) return undefined;
  return Math.min(60_000, Math.max(0, Number(v) * 1000));
}
