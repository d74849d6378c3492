import type { EmuRequest, EmuResponse } from '../core/http.ts';
import type { ArmCall, ArmContext } from './context.ts';
import { asRecord, ML, stringMap, systemData, workspaceId } from './context.ts';
import { notFoundError, userError } from './errors.ts';
import { okJson, type ArmRoute } from './front-door.ts';
import { ASSET_NAME_PATTERN } from './job-validation.ts';
import { matchesKeyValueFilter, paginate } from './paging.ts';
import type { DataVersionRecord } from './state.ts';
import { WS } from './workspace.ts';

const MUTABLE = ['description', 'tags', 'properties', 'isArchived', 'stage'];

export function dataRoutes(ctx: ArmContext): ArmRoute[] {
  const read = `${ML}/workspaces/data/versions/read`;
  return [
    {
      method: 'PUT',
      pattern: `${WS}/data/:name/versions/:version`,
      api: 'ml',
      type: 'workspaces/data/versions',
      action: `${ML}/workspaces/data/versions/write`,
      body: 'DataVersionBaseResource',
      answer: 'DataVersionBaseResource',
      params: { name: ASSET_NAME_PATTERN },
      handler: (req, call) => put(ctx, req, call),
    },
    {
      method: 'GET',
      pattern: `${WS}/data/:name/versions/:version`,
      api: 'ml',
      type: 'workspaces/data/versions',
      action: read,
      answer: 'DataVersionBaseResource',
      handler: (req) => get(ctx, req),
    },
    {
      method: 'GET',
      pattern: `${WS}/data/:name/versions`,
      api: 'ml',
      type: 'workspaces/data/versions',
      action: read,
      answer: 'DataVersionBaseResourceArmPaginatedResult',
      handler: (req) => list(ctx, req),
    },
    {
      method: 'GET',
      pattern: `${WS}/data/:name`,
      api: 'ml',
      type: 'workspaces/data',
      action: `${ML}/workspaces/data/read`,
      answer: 'DataContainerResource',
      handler: (req) => container(ctx, req),
    },
  ];
}

export function dataVersionResource(ctx: ArmContext, record: DataVersionRecord): Record<string, unknown> {
  return {
    id: `${workspaceId(ctx.ws)}/data/${record.name}/versions/${record.version}`,
    name: record.version,
    type: `${ML}/workspaces/data/versions`,
    properties: record.properties,
    systemData: systemData(record.createdAt, record.createdBy, record.modifiedAt, record.createdBy),
  };
}

function put(ctx: ArmContext, req: EmuRequest, call: ArmCall): EmuResponse {
  const { name = '', version = '' } = req.params;
  const props = asRecord(asRecord(req.body)?.properties)!;
  const properties: Record<string, unknown> = {
    description: typeof props.description === 'string' ? props.description : null,
    tags: stringMap(props.tags),
    properties: stringMap(props.properties),
    isAnonymous: props.isAnonymous === true,
    isArchived: props.isArchived === true,
    dataType: props.dataType,
    dataUri: String(props.dataUri),
  };
  const versions = ctx.state.dataVersions(name);
  const existing = versions.get(version);
  const now = ctx.clock.now();
  if (existing) {
    const changed = Object.keys(properties).filter(
      (k) => !MUTABLE.includes(k) && JSON.stringify(properties[k]) !== JSON.stringify(existing.properties[k]),
    );
    if (changed.length > 0) {
      return userError(
        400,
        `Data version ${name}:${version} already exists. Its ${changed.join(', ')} cannot be changed; only description, tags and properties can be updated. Register a new version instead.`,
        'Immutable',
        'AssetPropertyImmutable',
      );
    }
    existing.properties = properties;
    existing.modifiedAt = now;
    return okJson(dataVersionResource(ctx, existing), 200);
  }
  const record: DataVersionRecord = {
    name,
    version,
    properties,
    createdAt: now,
    modifiedAt: now,
    createdBy: call.principal.name,
  };
  versions.set(version, record);
  return okJson(dataVersionResource(ctx, record), 201);
}

function get(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const record = ctx.state.data.get(req.params.name!)?.get(req.params.version!);
  return record
    ? okJson(dataVersionResource(ctx, record))
    : notFoundError(`Data version ${req.params.name}:${req.params.version}`);
}

function list(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const versions = [...(ctx.state.data.get(req.params.name!)?.values() ?? [])];
  const tags = req.query.get('$tags') ?? req.query.get('tags');
  const view = req.query.get('listViewType') ?? 'ActiveOnly';
  const filtered = versions
    .filter((v) => matchesKeyValueFilter(tags, v.properties.tags as Record<string, string>))
    .filter((v) => view === 'All' || (view === 'ArchivedOnly') === (v.properties.isArchived === true))
    .sort((a, b) => b.createdAt - a.createdAt);
  const top = Number(req.query.get('$top') ?? ctx.settings.pageSize);
  const result = paginate(
    filtered.map((r) => dataVersionResource(ctx, r)),
    req,
    ctx.urls.arm,
    Math.min(top || ctx.settings.pageSize, 1000),
  );
  return result.ok ? okJson(result.page) : result.error;
}

function container(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const versions = ctx.state.data.get(req.params.name!);
  if (!versions || versions.size === 0) return notFoundError(`Data container '${req.params.name}'`);
  const numbers = [...versions.keys()].filter((v) => /^\d+$/.test(v)).map(Number);
  const latest = [...versions.values()].at(-1)!;
  return okJson({
    id: `${workspaceId(ctx.ws)}/data/${req.params.name}`,
    name: req.params.name,
    type: `${ML}/workspaces/data`,
    properties: {
      dataType: latest.properties.dataType,
      description: null,
      tags: {},
      properties: {},
      isArchived: false,
      latestVersion: latest.version,
      nextVersion: String(numbers.length ? Math.max(...numbers) + 1 : 1),
    },
    systemData: systemData(latest.createdAt, latest.createdBy),
  });
}

export type ResolvedData =
  { ok: true; container: string; path: string; via: string } | { ok: false; message: string };

/**
 * Where a job input points: a datastore path, a data asset (`azureml:name:version`, ARM id or
 * `azureml://locations/...` asset id) or a blob URL of the workspace's storage.
 */
export function resolveDataUri(ctx: ArmContext, uri: string, depth = 0): ResolvedData {
  const text = uri.trim();
  const ds = ctx.ws.datastore;
  let m =
    /^azureml:\/\/(?:subscriptions\/[^/]+\/resourcegroups\/[^/]+\/workspaces\/[^/]+\/)?datastores\/([^/]+)\/paths\/(.+)$/i.exec(
      text,
    );
  if (m) {
    if (m[1] !== 'workspaceblobstore')
      return { ok: false, message: `Datastore '${m[1]}' was not found in workspace '${ctx.ws.name}'.` };
    return { ok: true, container: ds.containerName, path: decodeURIComponent(m[2]!), via: text };
  }
  const asset = parseAssetReference(ctx, text);
  if (asset) {
    if ('error' in asset) return { ok: false, message: asset.error };
    if (depth > 2) return { ok: false, message: `Data asset '${text}' refers to itself.` };
    const versions = ctx.state.data.get(asset.name);
    const version = asset.version === 'latest' ? [...(versions?.keys() ?? [])].at(-1) : asset.version;
    const record = version === undefined ? undefined : versions?.get(version);
    if (!record)
      return {
        ok: false,
        message: `Data asset ${asset.name}:${asset.version} was not found in workspace '${ctx.ws.name}'.`,
      };
    return resolveDataUri(ctx, String(record.properties.dataUri), depth + 1);
  }
  m = /^https?:\/\/([^/]+)\/(.+)$/i.exec(text);
  if (m) {
    const host = m[1]!;
    let rest = m[2]!;
    if (host.toLowerCase() === ds.endpoint.toLowerCase() && rest.startsWith(`${ds.accountName}/`))
      rest = rest.slice(ds.accountName.length + 1);
    else if (host.toLowerCase() !== `${ds.accountName}.blob.core.windows.net`)
      return { ok: false, message: `Storage '${host}' is not the workspace's storage account.` };
    const slash = rest.indexOf('/');
    if (slash < 0) return { ok: false, message: `'${text}' does not name a blob.` };
    return {
      ok: true,
      container: rest.slice(0, slash),
      path: decodeURIComponent(rest.slice(slash + 1)),
      via: text,
    };
  }
  return {
    ok: false,
    message: `'${text}' is not a datastore path (azureml://datastores/...), a data asset (azureml:name:version) or a blob URL.`,
  };
}

function parseAssetReference(
  ctx: ArmContext,
  text: string,
): { name: string; version: string } | { error: string } | undefined {
  let m = /^azureml:([^:/@]+)(?::([^:/@]+)|@latest)$/.exec(text);
  if (m) return { name: m[1]!, version: m[2] ?? 'latest' };
  m =
    /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/data\/([^/]+)\/versions\/([^/]+)$/i.exec(
      text,
    );
  if (m) {
    if (m[3]!.toLowerCase() !== ctx.ws.name.toLowerCase())
      return { error: `Data asset '${text}' belongs to another workspace.` };
    return { name: m[4]!, version: m[5]! };
  }
  m = /^azureml:\/\/locations\/([^/]+)\/workspaces\/([^/]+)\/data\/([^/]+)\/versions\/([^/]+)$/i.exec(text);
  if (m) {
    if (m[2] !== ctx.ws.workspaceId) return { error: `Data asset '${text}' belongs to another workspace.` };
    return { name: m[3]!, version: m[4]! };
  }
  return undefined;
}
