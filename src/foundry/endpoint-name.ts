/** Serverless endpoint names and model ids. Pure. */
import { sha256 } from './identity.ts';

/**
 * Serverless endpoint names: 3 to 32 characters, a letter first, then letters, digits and '-'
 * (Azure ML's endpoint naming rule). Derived from the model name and version; shortened with a hash
 * when too long, so two long names never collide.
 */
export const ENDPOINT_NAME_MAX = 32;

export function endpointNameFor(modelName: string, version: string): string {
  const slug = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '');
  let base = slug(modelName) || 'model';
  if (!/^[a-z]/.test(base)) base = `ft-${base}`;
  const suffix = `-v${slug(version) || '1'}`;
  const full = `${base}${suffix}`;
  if (full.length <= ENDPOINT_NAME_MAX) return full;
  const hash = sha256(`${modelName}:${version}`).slice(0, 6);
  const room = ENDPOINT_NAME_MAX - suffix.length - hash.length - 1;
  return `${base.slice(0, room).replace(/-+$/, '')}-${hash}${suffix}`;
}

export function validEndpointName(name: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9-]{2,31}$/.test(name);
}

/** The id serverless endpoints deploy a workspace model by. */
export function modelAssetId(
  ws: { location: string; workspaceId: string },
  name: string,
  version: string,
): string {
  return `azureml://locations/${ws.location}/workspaces/${ws.workspaceId}/models/${name}/versions/${version}`;
}

/** Inverse of modelAssetId, for endpoints found by listing. */
export function parseModelAssetId(id: string): { name: string; version: string } | undefined {
  const m = /\/models\/([^/]+)\/versions\/([^/?#]+)$/.exec(id);
  return m ? { name: m[1]!, version: m[2]! } : undefined;
}
