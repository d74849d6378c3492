import type { Emulator } from './index.ts';

/** Helpers for tests that talk to the emulator with plain fetch (as the action's raw ARM calls do). */

export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export function workspacePath(emu: Emulator): string {
  return `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${emu.workspace}`;
}

export interface ArmRequestOptions {
  body?: unknown;
  apiVersion?: string | null;
  token?: string | null;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

/** The preview api-version whose spec defines FineTuning jobs: `arm()`'s default for `jobs` paths. */
export const JOBS_API_VERSION = '2025-10-01-preview';
/** Everything else the action calls at the stable version. */
export const STABLE_API_VERSION = '2025-12-01';

/**
 * ARM over fetch. `path` is absolute (`/subscriptions/...`), relative to the workspace (`jobs/x`), or a full
 * URL. The api-version defaults to the preview for jobs and to the stable version elsewhere.
 */
export async function arm<T = Record<string, unknown>>(
  emu: Emulator,
  method: string,
  path: string,
  options: ArmRequestOptions = {},
): Promise<HttpResult<T>> {
  const relative = path === '' ? workspacePath(emu) : `${workspacePath(emu)}/${path}`;
  const url = new URL(
    path.startsWith('http')
      ? path
      : path.startsWith('/')
        ? `${emu.armUrl}${path}`
        : `${emu.armUrl}${relative}`,
  );
  const apiVersion =
    options.apiVersion === undefined
      ? /\/jobs(\/|$)/.test(url.pathname)
        ? JOBS_API_VERSION
        : STABLE_API_VERSION
      : options.apiVersion;
  if (apiVersion !== null && !url.searchParams.has('api-version'))
    url.searchParams.set('api-version', apiVersion);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? emu.token : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

/** Chat JSONL with one example per question (system prompt included), as a training file. */
export function chatJsonl(
  pairs: readonly (readonly [string, string])[],
  system = 'You are a helpful support assistant.',
): string {
  return pairs
    .map(([question, answer]) =>
      JSON.stringify({
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: question },
          { role: 'assistant', content: answer },
        ],
      }),
    )
    .join('\n');
}

/** `n` distinct question/answer pairs with answers long enough to tell right from wrong. */
export function qaPairs(n: number, prefix = 'q'): [string, string][] {
  return Array.from({ length: n }, (_, i) => [
    `What is the refund policy for order ${prefix}-${i}?`,
    `Order ${prefix}-${i} can be refunded within ${14 + (i % 7)} days by opening a ticket with the receipt attached.`,
  ]);
}

export interface JobBodyOptions {
  trainingUri: string;
  validationUri?: string;
  model?: string;
  assetName?: string;
  tags?: Record<string, string>;
  hyperParameters?: Record<string, unknown>;
  computeId?: string;
}

/** A FineTuning job body as NOTES.md describes it (serverless unless computeId is set). */
export function fineTuningJob(options: JobBodyOptions): { properties: Record<string, unknown> } {
  return {
    properties: {
      jobType: 'FineTuning',
      displayName: 'fine-tune',
      experimentName: 'foundry-finetune',
      tags: options.tags ?? {},
      ...(options.computeId ? { computeId: options.computeId } : {}),
      fineTuningDetails: {
        modelProvider: 'Custom',
        taskType: 'ChatCompletion',
        model: {
          jobInputType: 'mlflow_model',
          uri: options.model ?? 'azureml://registries/azureml/models/Phi-4-mini-instruct/versions/1',
        },
        trainingData: { jobInputType: 'uri_file', uri: options.trainingUri },
        ...(options.validationUri
          ? { validationData: { jobInputType: 'uri_file', uri: options.validationUri } }
          : {}),
        hyperParameters: options.hyperParameters ?? {
          num_train_epochs: '1',
          learning_rate: '0.0002',
          per_device_train_batch_size: '2',
        },
      },
      outputs: {
        registered_model: { jobOutputType: 'mlflow_model', assetName: options.assetName ?? 'support-model' },
      },
    },
  };
}

/** A serverless endpoint body as NOTES.md describes it. */
export function serverlessEndpoint(
  emu: Emulator,
  modelId: string,
  contentSafety: 'Enabled' | 'Disabled' = 'Enabled',
): Record<string, unknown> {
  return {
    location: emu.location,
    sku: { name: 'Consumption' },
    properties: {
      modelSettings: { modelId },
      authMode: 'Key',
      contentSafety: { contentSafetyStatus: contentSafety },
    },
  };
}

export async function chat(
  url: string,
  key: string,
  messages: { role: string; content: string }[],
  extra: Record<string, unknown> = {},
  path = '/chat/completions',
): Promise<HttpResult<Record<string, unknown>>> {
  const response = await fetch(`${url}${path}?api-version=2024-05-01-preview`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'api-key': key, authorization: `Bearer ${key}` },
    body: JSON.stringify({ messages, ...extra }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}
