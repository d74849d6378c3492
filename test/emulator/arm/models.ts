import type { EmuRequest, EmuResponse } from '../core/http.ts';
import type { ArmCall, ArmContext } from './context.ts';
import { asRecord, ML, modelAssetId, stringMap, systemData, workspaceId } from './context.ts';
import { definedAt } from './contract.ts';
import { armError, badArgument, notFoundError, userError } from './errors.ts';
import { okJson, type ArmRoute } from './front-door.ts';
import { ASSET_NAME_PATTERN } from './job-validation.ts';
import { matchesKeyValueFilter, paginate } from './paging.ts';
import type { ModelVersionRecord } from './state.ts';
import { WS } from './workspace.ts';

const MUTABLE = ['description', 'tags', 'properties', 'isArchived', 'stage'];
const IMMUTABLE = ['modelUri', 'modelType', 'flavors', 'jobName'];

export function modelRoutes(ctx: ArmContext): ArmRoute[] {
  const read = `${ML}/workspaces/models/versions/read`;
  return [
    {
      method: 'GET',
      pattern: `${WS}/models`,
      api: 'ml',
      type: 'workspaces/models',
      action: `${ML}/workspaces/models/read`,
      answer: 'ModelContainerResourceArmPaginatedResult',
      handler: (req) => containers(ctx, req),
    },
    {
      method: 'GET',
      pattern: `${WS}/models/:name`,
      api: 'ml',
      type: 'workspaces/models',
      action: `${ML}/workspaces/models/read`,
      answer: 'ModelContainerResource',
      handler: (req) => container(ctx, req),
    },
    {
      method: 'GET',
      pattern: `${WS}/models/:name/versions`,
      api: 'ml',
      type: 'workspaces/models/versions',
      action: read,
      answer: 'ModelVersionResourceArmPaginatedResult',
      handler: (req) => list(ctx, req),
    },
    {
      method: 'GET',
      pattern: `${WS}/models/:name/versions/:version`,
      api: 'ml',
      type: 'workspaces/models/versions',
      action: read,
      answer: 'ModelVersionResource',
      handler: (req) => get(ctx, req),
    },
    {
      method: 'PUT',
      pattern: `${WS}/models/:name/versions/:version`,
      api: 'ml',
      type: 'workspaces/models/versions',
      action: `${ML}/workspaces/models/versions/write`,
      body: 'ModelVersionResource',
      answer: 'ModelVersionResource',
      params: { name: ASSET_NAME_PATTERN },
      handler: (req, call) => put(ctx, req, call),
    },
    {
      method: 'DELETE',
      pattern: `${WS}/models/:name/versions/:version`,
      api: 'ml',
      type: 'workspaces/models/versions',
      action: `${ML}/workspaces/models/versions/delete`,
      handler: (req) => remove(ctx, req),
    },
  ];
}

/**
 * A model version as the api-version of the request describes it: fields later versions added
 * (`provisioningState`, `stage`: not in 2022-10-01's ModelVersion) are left out of older answers.
 */
export function modelVersionResource(
  ctx: ArmContext,
  record: ModelVersionRecord,
  apiVersion: string,
): Record<string, unknown> {
  return {
    id: `${workspaceId(ctx.ws)}/models/${record.name}/versions/${record.version}`,
    name: record.version,
    type: `${ML}/workspaces/models/versions`,
    properties: definedAt('mfe', apiVersion, 'ModelVersion', record.properties),
    systemData: systemData(record.createdAt, record.createdBy, record.modifiedAt, record.createdBy),
  };
}

function get(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const record = ctx.state.models.get(req.params.name!)?.get(req.params.version!);
  return record
    ? okJson(modelVersionResource(ctx, record, apiVersionOf(req)))
    : notFoundError(`Model version ${req.params.name}:${req.params.version}`);
}

function put(ctx: ArmContext, req: EmuRequest, call: ArmCall): EmuResponse {
  const { name = '', version = '' } = req.params;
  const props = asRecord(asRecord(req.body)?.properties)!;
  const existing = ctx.state.models.get(name)?.get(version);
  const now = ctx.clock.now();
  if (existing) {
    const changed = IMMUTABLE.filter(
      (k) => props[k] !== undefined && JSON.stringify(props[k]) !== JSON.stringify(existing.properties[k]),
    );
    if (changed.length > 0) {
      return userError(
        400,
        `Model version ${name}:${version} already exists; its ${changed.join(', ')} cannot be changed. Only ${MUTABLE.join(', ')} can be updated.`,
        'Immutable',
        'AssetPropertyImmutable',
      );
    }
    // A PUT replaces the writable fields: tags and properties left out are cleared, as on Azure.
    for (const key of MUTABLE) {
      if (key === 'tags' || key === 'properties') existing.properties[key] = stringMap(props[key]);
      else if (props[key] !== undefined) existing.properties[key] = props[key];
    }
    existing.modifiedAt = now;
    return okJson(modelVersionResource(ctx, existing, call.apiVersion), 200);
  }
  if (typeof props.modelUri !== 'string' || props.modelUri === '')
    return badArgument(
      "'properties.modelUri' is required to register a model version.",
      'properties.modelUri',
    );
  const record: ModelVersionRecord = {
    name,
    version,
    createdAt: now,
    modifiedAt: now,
    createdBy: call.principal.name,
    properties: {
      description: typeof props.description === 'string' ? props.description : null,
      tags: stringMap(props.tags),
      properties: stringMap(props.properties),
      isAnonymous: props.isAnonymous === true,
      isArchived: props.isArchived === true,
      flavors: asRecord(props.flavors) ?? {},
      ...(typeof props.jobName === 'string' ? { jobName: props.jobName } : {}),
      modelType: typeof props.modelType === 'string' ? props.modelType : 'custom_model',
      modelUri: props.modelUri,
      provisioningState: 'Succeeded',
      stage: typeof props.stage === 'string' ? props.stage : 'Development',
    },
  };
  ctx.state.modelVersions(name).set(version, record);
  return okJson(modelVersionResource(ctx, record, call.apiVersion), 201);
}

function remove(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const { name = '', version = '' } = req.params;
  const versions = ctx.state.models.get(name);
  if (!versions?.has(version)) return { status: 204 };
  const assetId = modelAssetId(ctx.ws, name, version).toLowerCase();
  const user = [...ctx.state.endpoints.values()].find(
    (e) => e.modelId.toLowerCase() === assetId && e.deletingUntil === undefined,
  );
  if (user) {
    return armError(
      409,
      'Conflict',
      `Model version ${name}:${version} cannot be deleted because it is deployed to serverless endpoint '${user.name}'. Delete the endpoint first.`,
    );
  }
  versions.delete(version);
  return { status: 200 };
}

function list(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const versions = [...(ctx.state.models.get(req.params.name!)?.values() ?? [])];
  const view = req.query.get('listViewType') ?? 'ActiveOnly';
  const versionFilter = req.query.get('version');
  const order = (req.query.get('$orderBy') ?? 'createdtime desc').trim().toLowerCase();
  const match = /^(createdtime|version)(?:\s+(asc|desc))?$/.exec(order);
  if (!match)
    return badArgument(
      `$orderBy '${req.query.get('$orderBy')}' is not supported; use 'createdtime desc|asc' or 'version desc|asc'.`,
      '$orderBy',
    );
  const direction = match[2] === 'asc' ? 1 : -1;
  const filtered = versions
    .filter((v) => matchesKeyValueFilter(req.query.get('tags'), v.properties.tags as Record<string, string>))
    .filter((v) =>
      matchesKeyValueFilter(req.query.get('properties'), v.properties.properties as Record<string, string>),
    )
    .filter((v) => !versionFilter || v.version === versionFilter)
    .filter((v) => view === 'All' || (view === 'ArchivedOnly') === (v.properties.isArchived === true))
    .sort(
      (a, b) =>
        direction *
        (match[1] === 'version'
          ? compareVersions(a.version, b.version)
          : a.createdAt - b.createdAt || compareVersions(a.version, b.version)),
    );
  const top = Number(req.query.get('$top') ?? 0);
  const result = paginate(
    filtered.map((r) => modelVersionResource(ctx, r, apiVersionOf(req))),
    req,
    ctx.urls.arm,
    top > 0 ? Math.min(top, 1000) : ctx.settings.pageSize,
  );
  return result.ok ? okJson(result.page) : result.error;
}

function compareVersions(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  return Number.isFinite(na) && Number.isFinite(nb) ? na - nb : a.localeCompare(b);
}

function apiVersionOf(req: EmuRequest): string {
  return req.query.get('api-version') ?? '';
}

function containerResource(
  ctx: ArmContext,
  name: string,
  apiVersion: string,
): Record<string, unknown> | undefined {
  const versions = ctx.state.models.get(name);
  if (!versions || versions.size === 0) return undefined;
  const all = [...versions.values()];
  const latest = all.reduce((a, b) => (compareVersions(a.version, b.version) >= 0 ? a : b));
  const first = all.reduce((a, b) => (a.createdAt <= b.createdAt ? a : b));
  return {
    id: `${workspaceId(ctx.ws)}/models/${name}`,
    name,
    type: `${ML}/workspaces/models`,
    properties: definedAt('mfe', apiVersion, 'ModelContainer', {
      description: null,
      tags: {},
      properties: {},
      isArchived: false,
      latestVersion: latest.version,
      nextVersion: ctx.state.nextModelVersion(name),
      provisioningState: 'Succeeded',
    }),
    systemData: systemData(first.createdAt, first.createdBy, latest.modifiedAt, latest.createdBy),
  };
}

function container(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const resource = containerResource(ctx, req.params.name!, apiVersionOf(req));
  return resource ? okJson(resource) : notFoundError(`Model container '${req.params.name}'`);
}

function containers(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const all = [...ctx.state.models.keys()]
    .map((n) => containerResource(ctx, n, apiVersionOf(req)))
    .filter((r) => r !== undefined);
  const result = paginate(all, req, ctx.urls.arm, ctx.settings.pageSize);
  return result.ok ? okJson(result.page) : result.error;
}
