/**
 * The transient-fault policy as an `@azure/core-rest-pipeline` PipelinePolicy, for every client built on
 * that pipeline: ARM (`@azure/arm-machinelearning`'s client, which also carries our MLflow calls) and blob
 * storage (`@azure/storage-blob`).
 *
 * It sits in the Retry phase, where the SDKs put their own retry policy, so each attempt passes again through
 * the policies the SDK put after it (Storage signs there: each attempt gets a fresh `x-ms-date` and shared-key
 * signature; the ARM client's bearer policy runs before it). Per attempt it enforces the budget's time
 * limit, reads the whole answer (a streamed body too), and treats a body cut off after its headers
 * (core-rest-pipeline's `PARSE_ERROR: Error reading response as text: aborted`) or a JSON body that does
 * not parse as a transient failure like a reset connection.
 *
 * Storage: `@azure/storage-blob` 12.32 always puts its own `storageRetryPolicy` in the Retry phase
 * (`getCoreClientOptions` in its Pipeline.js); it retries 500 and 503 only, never 429, 502 or 504.
 * `retryOptions` tunes its counts and delays but not what it retries, and a `StorageRetryPolicyFactory`
 * passed in a custom `Pipeline` is recognised and dropped. What does work is the pipeline it builds:
 * `installOnStorageClient` replaces the policy in it, and every client derived from that one
 * (`getContainerClient`, `getBlockBlobClient`) shares the same pipeline.
 */
import { Readable } from 'node:stream';
import {
  isRestError,
  RestError,
  type Pipeline,
  type PipelinePolicy,
  type PipelineRequest,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import { redact } from './redact.ts';
import {
  errorCause,
  idempotentMethod,
  isJsonType,
  serviceDetail,
  statusCause,
  timeoutCause,
  transientFailureOf,
  unparsableCause,
  type AttemptResult,
  type Cause,
  type ReadBack,
  type TransientInfo,
  type TransientPolicy,
} from './transient.ts';

export const TRANSIENT_POLICY_NAME = 'foundryTransientPolicy';

/** Retry policies the Azure SDKs install; none may stay beside ours. */
export const SDK_RETRY_POLICY_NAMES = [
  'defaultRetryPolicy',
  'retryPolicy',
  'exponentialRetryPolicy',
  'systemErrorRetryPolicy',
  'throttlingRetryPolicy',
  'storageRetryPolicy',
  'foundryRetryPolicy',
];

/** What one request is, for the policy: set by the code that builds the request (`describeRequest`). */
export interface RequestContext {
  /** "read job ft-1": the final message starts with it. Default: method and path. */
  operation?: string;
  /** Default: by method (RFC 9110). A POST that only reads (listKeys) is idempotent. */
  idempotent?: boolean;
  /** For a non-idempotent request: did the failed attempt take effect? */
  readBack?: (cause: Cause) => Promise<ReadBack<PipelineResponse>>;
}

const contexts = new WeakMap<PipelineRequest, RequestContext>();

/** Attaches what the policy should know about a request (its operation name, idempotency, read-back). */
export function describeRequest(request: PipelineRequest, context: RequestContext): PipelineRequest {
  contexts.set(request, { ...contexts.get(request), ...context });
  return request;
}

const infos = new WeakMap<object, TransientInfo>();

/** How a response came about: attempts, causes, the last attempt's duration. */
export function transientInfo(response: object): TransientInfo | undefined {
  return infos.get(response);
}

export interface PipelinePolicyOptions {
  /** Operation name when the request carries none (default: method and URL path, no query). */
  operation?: (request: PipelineRequest) => string;
  /** Idempotency when the request carries none (default: by method). */
  idempotent?: (request: PipelineRequest) => boolean;
  /** After the last attempt on an answer: `throw` (default; a RestError carrying the TransientError) or `return` it. */
  exhausted?: 'throw' | 'return';
  /** Read a streamed body (a blob download) into memory, so a cut-off download is retried too. Default true. */
  bufferStreams?: boolean;
  /** Secrets that must not appear in a message (the service's error text is quoted). */
  secrets?: () => readonly string[];
}

function defaultOperation(request: PipelineRequest): string {
  try {
    const url = new URL(request.url);
    return `${request.method} ${url.origin}${url.pathname}`;
  } catch {
    return request.method;
  }
}

/** A body that can be sent again: absent, a string or buffer, or a function that makes a fresh stream. */
function replayable(body: PipelineRequest['body']): boolean {
  if (body === undefined || body === null || typeof body === 'string' || typeof body === 'function')
    return true;
  if (Buffer.isBuffer(body) || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return true;
  if (typeof (body as { pipe?: unknown }).pipe === 'function') return false;
  if (typeof (body as { getReader?: unknown }).getReader === 'function') return false;
  return true;
}

/** The caller's signal as a real AbortSignal (core-rest-pipeline types it as AbortSignalLike). */
function toSignal(signal: PipelineRequest['abortSignal']): AbortSignal | undefined {
  if (!signal || signal instanceof AbortSignal) return signal;
  const controller = new AbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener('abort', () => controller.abort(), { once: true });
  return controller.signal;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

/** The policy, for `pipeline.addPolicy(policy, { phase: 'Retry' })` (see `replaceRetryPolicy`). */
export function transientPipelinePolicy(
  policy: TransientPolicy,
  options: PipelinePolicyOptions = {},
): PipelinePolicy {
  const budget = policy.budget;
  const scrub = (text: string): string => redact(text, options.secrets?.() ?? []);

  return {
    name: TRANSIENT_POLICY_NAME,
    async sendRequest(request, next) {
      const context = contexts.get(request) ?? {};
      const callerSignal = request.abortSignal;
      const signal = toSignal(callerSignal);
      const attempt = async (): Promise<AttemptResult<PipelineResponse>> => {
        const timer = new AbortController();
        const timeout = setTimeout(() => timer.abort(), budget.attemptTimeoutMs);
        request.abortSignal = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
        let response: PipelineResponse | undefined;
        try {
          response = await next(request);
          if (response.readableStreamBody && options.bufferStreams !== false) {
            const body = await readAll(response.readableStreamBody);
            response.readableStreamBody = Readable.from([body]);
          }
        } catch (e) {
          if (signal?.aborted) throw e;
          const phase = response ? 'body' : 'request';
          if (timer.signal.aborted)
            return { ok: false, cause: timeoutCause(budget.attemptTimeoutMs, phase), error: e };
          // Some policies throw the answer (a RestError carrying it) instead of returning it.
          const thrown = isRestError(e) ? e.response : undefined;
          if (thrown && !response) {
            const cause = statusCause(thrown.status, thrown.headers, detailOf(thrown), policy.clock.now());
            if (cause) return { ok: false, cause: scrubCause(cause, scrub), value: thrown, error: e };
            throw e;
          }
          const cause = errorCause(e, phase, response?.status);
          if (!cause) throw e;
          return { ok: false, cause: scrubCause(cause, scrub), error: e };
        } finally {
          clearTimeout(timeout);
          request.abortSignal = callerSignal;
        }
        const status = statusCause(response.status, response.headers, detailOf(response), policy.clock.now());
        if (status) return { ok: false, cause: scrubCause(status, scrub), value: response };
        const contentType = response.headers.get('content-type');
        if (
          response.status >= 200 &&
          response.status < 300 &&
          isJsonType(contentType) &&
          response.bodyAsText
        ) {
          try {
            JSON.parse(response.bodyAsText);
          } catch (e) {
            return { ok: false, cause: unparsableCause(response.status, contentType!, e), value: response };
          }
        }
        return { ok: true, value: response };
      };

      try {
        const { value, info } = await policy.runWithInfo<PipelineResponse>({
          operation: context.operation ?? options.operation?.(request) ?? defaultOperation(request),
          idempotent: context.idempotent ?? options.idempotent?.(request) ?? idempotentMethod(request.method),
          readBack: context.readBack,
          replayable: replayable(request.body),
          signal,
          exhausted: options.exhausted,
          attempt,
        });
        infos.set(value, info);
        return value;
      } catch (e) {
        const failure = transientFailureOf(e);
        if (!failure || e !== failure) throw e;
        // SDK callers test `isRestError`, `statusCode` and `response`; the TransientError rides along.
        const lastResponse = failure.last?.value as PipelineResponse | undefined;
        const error = new RestError(failure.message, {
          code:
            failure.lastCause.code ??
            `Transient${failure.lastCause.kind[0]!.toUpperCase()}${failure.lastCause.kind.slice(1)}`,
          statusCode: failure.lastCause.status,
          request,
          response: lastResponse,
        });
        error.details = failure;
        throw error;
      }
    },
  };
}

function detailOf(response: PipelineResponse): { code?: string; message?: string } {
  return serviceDetail(response.bodyAsText ?? undefined);
}

function scrubCause(cause: Cause, scrub: (text: string) => string): Cause {
  return { ...cause, message: scrub(cause.message) };
}

/**
 * Puts `policy` in the pipeline's Retry phase in place of every SDK retry policy, and checks that it took:
 * an SDK that renamed its policy would otherwise retry beneath ours, multiplying the budget.
 */
export function replaceRetryPolicy(pipeline: Pipeline, policy: PipelinePolicy): void {
  pipeline.removePolicy({ phase: 'Retry' });
  for (const name of SDK_RETRY_POLICY_NAMES) pipeline.removePolicy({ name });
  pipeline.addPolicy(policy, { phase: 'Retry' });
  const names = pipeline.getOrderedPolicies().map((p) => p.name);
  if (!names.includes(policy.name)) throw new Error(`internal: ${policy.name} was not installed`);
  const left = names.filter((n) => n !== policy.name && /retry/i.test(n));
  if (left.length > 0) throw new Error(`internal: retry policies left beside ours: ${left.join(', ')}`);
}

/**
 * Replaces the retry policy of a `@azure/storage-blob` client (BlobServiceClient, ContainerClient,
 * BlockBlobClient...) and of every client derived from it afterwards. Storage clients keep their
 * core-rest-pipeline pipeline on their protocol-layer client (`storageClientContext`, a core-client
 * ServiceClient); nothing else in 12.32 reaches it (see this file's header).
 */
export function installOnStorageClient(client: object, policy: PipelinePolicy): void {
  const pipeline = (client as { storageClientContext?: { pipeline?: Pipeline } }).storageClientContext
    ?.pipeline;
  if (!pipeline || typeof pipeline.addPolicy !== 'function') {
    throw new Error(
      'internal: this storage client has no core-rest-pipeline pipeline to install the policy in',
    );
  }
  replaceRetryPolicy(pipeline, policy);
}
