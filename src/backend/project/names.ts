/**
 * Names and labels on a Foundry project, all derived from the training identity so that every create can be
 * found again: the job's `suffix` and `metadata`, the uploaded file's name, the deployments' names and the
 * tags that carry the registry state on them. Pure.
 */
import { createHash } from 'node:crypto';

export const LABEL_PREFIX = 'foundry-finetune';

/** Keys in job metadata and deployment tags. */
export const LABELS = {
  repository: `${LABEL_PREFIX}.repository`,
  identity: `${LABEL_PREFIX}.identity`,
  attempt: `${LABEL_PREFIX}.attempt`,
  /** On deployments: the fine-tuned model they serve, the job that trained it, candidate or production. */
  model: `${LABEL_PREFIX}.model`,
  job: `${LABEL_PREFIX}.job`,
  role: `${LABEL_PREFIX}.role`,
  /** Registry state on deployments (ARM tags are the one mutable record a project offers). */
  stage: `${LABEL_PREFIX}.stage`,
  stageAt: `${LABEL_PREFIX}.stage-at`,
  promotedAt: `${LABEL_PREFIX}.promoted-at`,
  promotedBy: `${LABEL_PREFIX}.promoted-by`,
  previousProduction: `${LABEL_PREFIX}.previous-production`,
  /** On the production deployment: identity keys whose candidates failed their gates (newest first). */
  rejected: `${LABEL_PREFIX}.rejected`,
  /** Same prefix on both backends (../labels.ts). */
  metricPrefix: `${LABEL_PREFIX}.metric.`,
} as const;

/** OpenAI/Azure job metadata: at most 16 pairs, keys up to 64 characters, values up to 512 (OAI, V1SPEC). */
export const METADATA_LIMITS = { pairs: 16, key: 64, value: 512 } as const;
/** ARM tags: values up to 256 characters. */
export const TAG_VALUE_MAX = 256;
/** Azure's suffix: up to 40 characters of `a-z A-Z 0-9 - _` (AUTH24, D-REST). */
export const SUFFIX_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Attempt 1 is `ff-<key>`, later attempts `ff-<key>-2`, `-3`… (as job names on the hub). */
export function jobSuffix(identityKey: string, attempt: number): string {
  const suffix = attempt <= 1 ? `ff-${identityKey}` : `ff-${identityKey}-${attempt}`;
  if (!SUFFIX_PATTERN.test(suffix))
    throw new Error(`internal: suffix '${suffix}' is not a valid Azure suffix`);
  return suffix;
}

/**
 * The job's metadata: the caller's labels plus identity and attempt. Refuses (rather than truncates) what
 * the service would refuse, naming the label, since a cut value could match another training's.
 */
export function jobMetadata(
  labels: Record<string, string>,
  identityKey: string,
  attempt: number,
): Record<string, string> {
  const metadata: Record<string, string> = {
    ...labels,
    [LABELS.identity]: identityKey,
    [LABELS.attempt]: String(attempt),
  };
  const entries = Object.entries(metadata);
  if (entries.length > METADATA_LIMITS.pairs) {
    throw new Error(
      `A fine-tuning job carries at most ${METADATA_LIMITS.pairs} metadata pairs; these labels make ${entries.length}.`,
    );
  }
  for (const [k, v] of entries) {
    if (k.length > METADATA_LIMITS.key)
      throw new Error(`Job metadata key '${k}' is longer than 64 characters.`);
    if (v.length > METADATA_LIMITS.value)
      throw new Error(`Job metadata '${k}' is longer than 512 characters (${v.length}).`);
  }
  return metadata;
}

/** Content-addressed file name: the same bytes always have the same name, so an upload is found again. */
export function dataFileName(kind: 'train' | 'validation', contentSha256: string): string {
  return `ff-${kind}-${contentSha256.slice(0, 24)}.jsonl`;
}

/**
 * Deterministic deployment names (ARM names are at most 64 characters): `ff-<key>-c` for a candidate,
 * `ff-<key>-p` for production. The key is the training identity when known, else a hash of the model id.
 */
export function deploymentName(
  model: { id: string; identityKey?: string },
  role: 'candidate' | 'production',
): string {
  const key = model.identityKey ?? sha256(model.id).slice(0, 12);
  return `ff-${key}-${role === 'candidate' ? 'c' : 'p'}`;
}

/** The rejected-identities record on the production deployment: space-separated keys within one tag value. */
export function addRejected(current: string | undefined, identityKey: string): string {
  const keys = [identityKey, ...(current ?? '').split(/\s+/).filter((k) => k && k !== identityKey)];
  const kept: string[] = [];
  for (const k of keys) {
    if ([...kept, k].join(' ').length > TAG_VALUE_MAX) break;
    kept.push(k);
  }
  return kept.join(' ');
}

export function rejectedKeys(value: string | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

export interface ProjectEndpoint {
  /** `https://<account>.services.ai.azure.com` (or the emulator's origin). */
  resourceEndpoint: string;
  /** The project's endpoint (`.../api/projects/<project>`), when one was given. */
  projectEndpoint?: string;
  project?: string;
  /** The account name when the host says it (`<account>.services.ai.azure.com`). */
  account?: string;
  /** What the `openai` client takes as `baseURL`. */
  openaiBaseUrl: string;
}

const AZURE_HOST = /^([a-z0-9][a-z0-9-]*)\.(services\.ai|openai|cognitiveservices)\.azure\.com$/i;

/**
 * A project endpoint (`https://<acct>.services.ai.azure.com/api/projects/<project>`) or a resource endpoint
 * (`https://<acct>.openai.azure.com`) -> where the `/openai/v1` data plane is. The project route is the one
 * Microsoft prefers (SKILLS); both serve the same fine-tuning API (D-V1).
 */
export function parseProjectEndpoint(value: string): ProjectEndpoint {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `'${value}' is not a URL: the project endpoint looks like https://<resource>.services.ai.azure.com/api/projects/<project>.`,
    );
  }
  if (url.protocol !== 'https:') throw new Error(`The project endpoint must be https: '${value}'.`);
  const account = AZURE_HOST.exec(url.hostname)?.[1];
  const path = url.pathname.replace(/\/+$/, '');
  const project = /^\/api\/projects\/([^/]+)$/.exec(path)?.[1];
  if (path !== '' && path !== '/openai/v1' && !project) {
    throw new Error(
      `'${value}' is neither a project endpoint (https://<resource>.services.ai.azure.com/api/projects/<project>) nor a resource endpoint (https://<resource>.openai.azure.com).`,
    );
  }
  const resourceEndpoint = url.origin;
  const projectEndpoint = project ? `${url.origin}/api/projects/${project}` : undefined;
  return {
    resourceEndpoint,
    projectEndpoint,
    project: project ? decodeURIComponent(project) : undefined,
    account,
    openaiBaseUrl: `${projectEndpoint ?? resourceEndpoint}/openai/v1`,
  };
}
