/** What a FineTuning job is made of, and how to read its status. Pure. */
import { baseModelUri, type ModelInfo } from '../models/catalog.ts';
import type { FineTuningJobProperties, JobInput, JobResource, WorkspaceRef } from './types.ts';

/** The output name under which the job registers the fine-tuned model (NOTES: required). */
export const REGISTERED_MODEL_OUTPUT = 'registered_model';

export interface JobSpec {
  model: ModelInfo;
  modelVersion: string;
  trainingUri: string;
  validationUri?: string;
  hyperparameters: Record<string, string>;
  outputModelName: string;
  tags: Record<string, string>;
  displayName: string;
  description: string;
  experimentName: string;
  /** Managed compute: the cluster's name or ARM id. Absent: serverless. */
  compute?: string;
  /** VM size: on `compute`, or without it serverless compute of that size (Microsoft's CLI sample). */
  instanceType?: string;
}

export function computeId(ws: WorkspaceRef, compute: string): string {
  if (compute.startsWith('/subscriptions/')) return compute;
  const name = compute.replace(/^azureml:/, '');
  return (
    `/subscriptions/${ws.subscriptionId}/resourceGroups/${ws.resourceGroup}/providers/` +
    `Microsoft.MachineLearningServices/workspaces/${ws.workspace}/computes/${name}`
  );
}

const uriFile = (uri: string): JobInput => ({ jobInputType: 'uri_file', uri });

/**
 * The PUT body (FineTuningJob of the jobs api-version): serverless when neither compute nor instance type is
 * set (no computeId, no resources); `computeId` for managed compute; `resources.instanceTypes` for a VM size,
 * with or without a compute.
 */
export function fineTuningJobBody(ws: WorkspaceRef, spec: JobSpec): { properties: FineTuningJobProperties } {
  const properties: FineTuningJobProperties = {
    jobType: 'FineTuning',
    displayName: spec.displayName,
    description: spec.description,
    experimentName: spec.experimentName,
    tags: spec.tags,
    fineTuningDetails: {
      modelProvider: 'Custom',
      taskType: 'ChatCompletion',
      model: { jobInputType: 'mlflow_model', uri: baseModelUri(spec.model, spec.modelVersion) },
      trainingData: uriFile(spec.trainingUri),
      ...(spec.validationUri ? { validationData: uriFile(spec.validationUri) } : {}),
      hyperParameters: spec.hyperparameters,
    },
    outputs: {
      [REGISTERED_MODEL_OUTPUT]: { jobOutputType: 'mlflow_model', assetName: spec.outputModelName },
    },
  };
  if (spec.compute) properties.computeId = computeId(ws, spec.compute);
  if (spec.instanceType) properties.resources = { instanceTypes: [spec.instanceType] };
  return { properties };
}

export type JobPhase = 'active' | 'succeeded' | 'failed' | 'canceled';

/** The status set is open (NOTES): anything we do not know is still running. */
export function jobPhase(status: string | undefined): JobPhase {
  switch ((status ?? '').toLowerCase()) {
    case 'completed':
    case 'finished':
      return 'succeeded';
    case 'failed':
    case 'notresponding':
      return 'failed';
    case 'canceled':
    case 'cancelled':
      return 'canceled';
    default:
      return 'active';
  }
}

export function isTerminal(status: string | undefined): boolean {
  return jobPhase(status) !== 'active';
}

/** Link to the job in the studio: the service's own link when the job carries one. */
export function studioUrl(
  ws: WorkspaceRef & { tenantId?: string },
  job: Pick<JobResource, 'name' | 'properties'>,
): string {
  const own = job.properties.services?.Studio?.endpoint;
  if (own && /^https:\/\//.test(own)) return own;
  const wsid = `/subscriptions/${ws.subscriptionId}/resourcegroups/${ws.resourceGroup}/workspaces/${ws.workspace}`;
  const tid = ws.tenantId ? `&tid=${encodeURIComponent(ws.tenantId)}` : '';
  return `https://ml.azure.com/runs/${encodeURIComponent(job.name)}?wsid=${wsid}${tid}`;
}

/**
 * The model name a job registers under (its `registered_model` output's `assetName`). The version is not
 * in the job (no spec version has an output `assetVersion`): it is found in the registry.
 */
export function registeredModelName(job: JobResource): string | undefined {
  return job.properties.outputs?.[REGISTERED_MODEL_OUTPUT]?.assetName ?? undefined;
}

/** The service's error on a failed job, from wherever this api-version puts it. */
export function jobErrorMessage(job: JobResource): string | undefined {
  const p = job.properties as unknown as Record<string, unknown>;
  const candidates: unknown[] = [p.error, (p.properties as Record<string, unknown> | undefined)?.error];
  for (const key of ['azureml.runError', 'error', 'errorMessage', 'failureReason']) {
    candidates.push((p.properties as Record<string, unknown> | undefined)?.[key]);
  }
  for (const c of candidates) {
    const text = describeError(c);
    if (text) return text;
  }
  return undefined;
}

export function describeError(value: unknown): string | undefined {
  if (!value) return undefined;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed.startsWith('{')) {
      try {
        return describeError(JSON.parse(trimmed));
      } catch {
        return trimmed;
      }
    }
    return trimmed || undefined;
  }
  if (typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const inner = (v.error && typeof v.error === 'object' ? v.error : v) as Record<string, unknown>;
  const message = typeof inner.message === 'string' ? inner.message : undefined;
  const code = typeof inner.code === 'string' ? inner.code : undefined;
  if (!message) return code;
  return code ? `${message} (${code})` : message;
}
