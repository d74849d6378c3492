import type { EmuRequest, EmuResponse } from '../core/http.ts';
import { randomSecret, stableGuid } from '../core/random.ts';
import type { ModelBrain } from '../inference/answer.ts';
import type { ArmCall, ArmContext } from './context.ts';
import { asRecord, ML, stringMap, systemData, workspaceId } from './context.ts';
import { lookupRegistryModel } from './catalog.ts';
import { armError, badArgument, notFoundError, userError } from './errors.ts';
import { okJson, type ArmRoute } from './front-door.ts';
import { marketplaceId } from './marketplace.ts';
import { createOperation, locationHeaders } from './operations.ts';
import { paginate } from './paging.ts';
import type { EndpointRecord } from './state.ts';
import { WS } from './workspace.ts';

/** ServerlessEndpoints_CreateOrUpdate's `name` parameter pattern (mfe.json, 2025-12-01). */
export const ENDPOINT_NAME_PATTERN = '^[a-zA-Z][a-zA-Z0-9-]{0,51}$';
/**
 * The `name` pattern of ServerlessEndpoints_Delete, _ListKeys and _RegenerateKeys (mfe.json, 2025-12-01):
 * wider than the create pattern, so every endpoint a PUT can make passes it.
 */
export const ENDPOINT_REFERENCE_PATTERN = '^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$';
const WORKSPACE_MODEL =
  /^azureml:\/\/locations\/([^/]+)\/workspaces\/([^/]+)\/models\/([^/]+)\/versions\/([^/]+)$/i;

export function endpointRoutes(ctx: ArmContext): ArmRoute[] {
  const base = `${WS}/serverlessEndpoints`;
  const type = 'workspaces/serverlessEndpoints';
  const read = `${ML}/workspaces/serverlessEndpoints/read`;
  return [
    {
      method: 'PUT',
      pattern: `${base}/:name`,
      api: 'serverless',
      type,
      action: `${ML}/workspaces/serverlessEndpoints/write`,
      body: 'ServerlessEndpointTrackedResource',
      answer: 'ServerlessEndpointTrackedResource',
      params: { name: ENDPOINT_NAME_PATTERN },
      handler: (req, call) => put(ctx, req, call),
    },
    {
      method: 'GET',
      pattern: `${base}/:name`,
      api: 'serverless',
      type,
      action: read,
      answer: 'ServerlessEndpointTrackedResource',
      handler: (req) => get(ctx, req),
    },
    {
      method: 'GET',
      pattern: base,
      api: 'serverless',
      type,
      action: read,
      answer: 'ServerlessEndpointTrackedResourceArmPaginatedResult',
      handler: (req) => list(ctx, req),
    },
    {
      method: 'DELETE',
      pattern: `${base}/:name`,
      api: 'serverless',
      type,
      action: `${ML}/workspaces/serverlessEndpoints/delete`,
      params: { name: ENDPOINT_REFERENCE_PATTERN },
      handler: (req, call) => remove(ctx, req, call),
    },
    {
      method: 'POST',
      pattern: `${base}/:name/listKeys`,
      api: 'serverless',
      type,
      action: `${ML}/workspaces/serverlessEndpoints/listKeys/action`,
      answer: 'EndpointAuthKeys',
      params: { name: ENDPOINT_REFERENCE_PATTERN },
      handler: (req) => listKeys(ctx, req),
    },
    {
      method: 'POST',
      pattern: `${base}/:name/regenerateKeys`,
      api: 'serverless',
      type,
      action: `${ML}/workspaces/serverlessEndpoints/regenerateKeys/action`,
      body: 'RegenerateEndpointKeysRequest',
      answer: 'EndpointAuthKeys',
      params: { name: ENDPOINT_REFERENCE_PATTERN },
      handler: (req) => regenerateKeys(ctx, req),
    },
  ];
}

function endpointState(record: EndpointRecord): string {
  if (record.deletingUntil !== undefined) return 'Deleting';
  switch (record.provisioningState) {
    case 'Creating':
      return 'Creating';
    case 'Failed':
      return 'CreationFailed';
    default:
      return 'Online';
  }
}

export function endpointResource(ctx: ArmContext, record: EndpointRecord): Record<string, unknown> {
  const properties = asRecord(record.resource.properties)!;
  return {
    ...record.resource,
    systemData: systemData(record.createdAt, record.createdBy, record.modifiedAt, record.createdBy),
    properties: {
      ...properties,
      provisioningState: record.provisioningState,
      endpointState: endpointState(record),
    },
  };
}

type ModelResolution =
  | { ok: true; brain: ModelBrain; marketplaceSubscriptionId?: string; custom: boolean }
  | { ok: false; error: EmuResponse };

function resolveModel(ctx: ArmContext, modelId: string): ModelResolution {
  const workspaceModel = WORKSPACE_MODEL.exec(modelId);
  if (workspaceModel) {
    const [, location = '', wsId = '', name = '', version = ''] = workspaceModel;
    if (location.toLowerCase() !== ctx.ws.location.toLowerCase() || wsId !== ctx.ws.workspaceId) {
      return {
        ok: false,
        error: userError(
          400,
          `Model '${modelId}' is not in this workspace (location '${ctx.ws.location}', workspace id '${ctx.ws.workspaceId}').`,
          'NotFoundError',
        ),
      };
    }
    const model = ctx.state.models.get(name)?.get(version);
    if (!model)
      return {
        ok: false,
        error: userError(
          400,
          `Model version ${name}:${version} was not found in workspace '${ctx.ws.name}'.`,
          'NotFoundError',
        ),
      };
    return {
      ok: true,
      custom: true,
      brain: {
        modelName: `${name}:${version}`,
        knowledge: model.knowledge,
        errorRate: ctx.settings.fineTunedErrorRate,
        seed: ctx.settings.seed,
      },
    };
  }
  const lookup = lookupRegistryModel(ctx.settings.catalog, modelId);
  if (!lookup.ok) {
    return {
      ok: false,
      error: userError(
        400,
        `Model '${modelId}' was not found: use a registry model (azureml://registries/...) or a workspace model (azureml://locations/.../models/{name}/versions/{v}).`,
        'NotFoundError',
      ),
    };
  }
  let marketplaceSubscriptionId: string | undefined;
  if (lookup.model.marketplace) {
    const base = `azureml://registries/${lookup.model.registry}/models/${lookup.model.name}`;
    const sub = [...ctx.state.marketplace.values()].find(
      (s) => s.modelId.replace(/\/versions\/[^/]+$/, '') === base && s.provisioningState === 'Succeeded',
    );
    if (!sub) {
      return {
        ok: false,
        error: userError(
          400,
          `Model '${lookup.model.name}' is offered through Azure Marketplace: create a marketplace subscription for '${base}' in this workspace before deploying it.`,
          'MarketplaceSubscriptionRequired',
        ),
      };
    }
    marketplaceSubscriptionId = marketplaceId(ctx, sub.name);
  }
  return {
    ok: true,
    custom: false,
    marketplaceSubscriptionId,
    brain: { modelName: lookup.model.name, errorRate: 0, seed: ctx.settings.seed },
  };
}

function put(ctx: ArmContext, req: EmuRequest, call: ArmCall): EmuResponse {
  const name = req.params.name!;
  const body = asRecord(req.body)!;
  // ServerlessEndpointTrackedResource requires `location` (TrackedResource): it must be the workspace's.
  if (String(body.location).replace(/\s+/g, '').toLowerCase() !== ctx.ws.location) {
    return badArgument(
      `'location' must be the workspace's location '${ctx.ws.location}'; got '${String(body.location)}'.`,
      'location',
    );
  }
  const sku = asRecord(body.sku);
  const props = asRecord(body.properties)!;
  const modelId = asRecord(props.modelSettings)?.modelId;
  if (typeof modelId !== 'string' || modelId === '')
    return badArgument(
      "'properties.modelSettings.modelId' is required: the model the serverless endpoint serves.",
      'properties.modelSettings.modelId',
    );
  const safety = asRecord(props.contentSafety);
  const safetyStatus = String(safety?.contentSafetyStatus ?? 'Enabled');
  const now = ctx.clock.now();
  const existing = ctx.state.endpoints.get(name);
  if (existing?.deletingUntil !== undefined)
    return armError(
      409,
      'Conflict',
      `Serverless endpoint '${name}' is being deleted; try again when the deletion has finished.`,
    );
  if (existing && existing.modelId !== modelId) {
    return userError(
      400,
      `Serverless endpoint '${name}' serves '${existing.modelId}'; modelSettings.modelId cannot be changed. Create a new endpoint instead.`,
      'Immutable',
    );
  }
  const model = resolveModel(ctx, modelId);
  if (!model.ok) return model.error;
  if (!existing && model.custom) {
    const other = [...ctx.state.endpoints.values()].find(
      (e) => e.modelId.toLowerCase() === modelId.toLowerCase() && e.deletingUntil === undefined,
    );
    if (other) {
      return armError(
        409,
        'Conflict',
        `Model '${modelId}' is already deployed to serverless endpoint '${other.name}'. A fine-tuned model can have one serverless deployment only.`,
      );
    }
  }

  // ContentSafety has only contentSafetyStatus at 2025-12-01 (contentSafetyLevel is a preview field).
  const contentSafety: Record<string, unknown> = { contentSafetyStatus: safetyStatus };
  const resource: Record<string, unknown> = {
    id: `${workspaceId(ctx.ws)}/serverlessEndpoints/${name}`,
    name,
    type: `${ML}/workspaces/serverlessEndpoints`,
    location: ctx.ws.location,
    tags: stringMap(body.tags),
    ...(sku ? { sku: { ...sku } } : {}),
    properties: {
      modelSettings: { modelId },
      authMode: 'Key',
      inferenceEndpoint: { uri: ctx.inference.url(name), headers: {} },
      contentSafety,
      ...(model.marketplaceSubscriptionId
        ? { marketplaceSubscriptionId: model.marketplaceSubscriptionId }
        : {}),
    },
  };
  if (typeof body.kind === 'string') resource.kind = body.kind;
  const identity = asRecord(body.identity);
  if (identity) resource.identity = fillIdentity(ctx, name, identity);

  const provisioningFailure = ctx.faults.takeProvisioningFailure(name);
  let record: EndpointRecord;
  if (existing) {
    record = existing;
    record.resource = resource;
    record.modifiedAt = now;
    record.failure = provisioningFailure?.message;
    record.provisioningState = 'Updating';
  } else {
    record = {
      name,
      resource,
      modelId,
      provisioningState: 'Creating',
      schedule: [],
      createdAt: now,
      modifiedAt: now,
      createdBy: call.principal.name,
      keys: { primaryKey: randomSecret(24), secondaryKey: randomSecret(24) },
      failure: provisioningFailure?.message,
    };
    ctx.state.endpoints.set(name, record);
  }
  const doneAt = now + ctx.settings.timings.provisioningMs;
  record.schedule = [{ status: provisioningFailure ? 'Failed' : 'Succeeded', at: doneAt }];
  ctx.inference.add({
    name,
    brain: model.brain,
    contentSafety: safetyStatus === 'Enabled',
    keys: record.keys,
    state: () => {
      const live = ctx.state.endpoints.get(name);
      if (!live || live.deletingUntil !== undefined) return 'gone';
      return live.provisioningState === 'Succeeded' || (live.provisioningState === 'Updating' && !!existing)
        ? 'ready'
        : 'provisioning';
    },
  });

  const op = createOperation(
    ctx,
    existing ? 'endpoint-update' : 'endpoint-create',
    name,
    () => {
      if (record.provisioningState === 'Succeeded') return { status: 'Succeeded', endedAt: doneAt };
      if (record.provisioningState === 'Failed') {
        return {
          status: 'Failed',
          endedAt: doneAt,
          error: { code: 'EndpointProvisioningFailed', message: record.failure ?? 'Provisioning failed.' },
        };
      }
      return { status: 'InProgress' };
    },
    () => ({ status: 200, body: endpointResource(ctx, record) }),
  );
  // The spec's 201 carries Azure-AsyncOperation; its 200 (an update) carries no header: clients poll the
  // resource until provisioningState is terminal.
  return existing
    ? okJson(endpointResource(ctx, record), 200)
    : okJson(endpointResource(ctx, record), 201, locationHeaders(ctx, op, call.apiVersion, true, false));
}

function fillIdentity(
  ctx: ArmContext,
  name: string,
  identity: Record<string, unknown>,
): Record<string, unknown> {
  const type = typeof identity.type === 'string' ? identity.type : 'None';
  const out: Record<string, unknown> = { type };
  if (type.includes('SystemAssigned')) {
    out.principalId = stableGuid(`${name}/system-identity`);
    out.tenantId = ctx.ws.tenantId;
  }
  const users = asRecord(identity.userAssignedIdentities);
  if (users && type.includes('UserAssigned')) {
    out.userAssignedIdentities = Object.fromEntries(
      Object.keys(users).map((id) => [
        id,
        { principalId: stableGuid(`${id}/principal`), clientId: stableGuid(`${id}/client`) },
      ]),
    );
  }
  return out;
}

function find(ctx: ArmContext, req: EmuRequest): EndpointRecord | undefined {
  return ctx.state.endpoints.get(req.params.name!);
}

function get(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const record = find(ctx, req);
  return record
    ? okJson(endpointResource(ctx, record))
    : notFoundError(`Serverless endpoint '${req.params.name}'`);
}

function list(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const all = [...ctx.state.endpoints.values()].map((r) => endpointResource(ctx, r));
  const result = paginate(all, req, ctx.urls.arm, ctx.settings.pageSize);
  return result.ok ? okJson(result.page) : result.error;
}

function listKeys(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const record = find(ctx, req);
  return record ? okJson({ ...record.keys }) : notFoundError(`Serverless endpoint '${req.params.name}'`);
}

function regenerateKeys(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const record = find(ctx, req);
  if (!record) return notFoundError(`Serverless endpoint '${req.params.name}'`);
  const body = asRecord(req.body)!;
  const keyType = body.keyType;
  const value = typeof body.keyValue === 'string' && body.keyValue ? body.keyValue : randomSecret(24);
  ctx.redactor.addSecret(value);
  if (keyType === 'Primary') record.keys.primaryKey = value;
  else record.keys.secondaryKey = value;
  return okJson({ ...record.keys });
}

function remove(ctx: ArmContext, req: EmuRequest, call: ArmCall): EmuResponse {
  const record = find(ctx, req);
  if (!record) return { status: 204 };
  const now = ctx.clock.now();
  const doneAt = record.deletingUntil ?? now + ctx.settings.timings.deletingMs;
  record.deletingUntil = doneAt;
  record.schedule = [];
  const op = createOperation(
    ctx,
    'endpoint-delete',
    record.name,
    () =>
      ctx.state.endpoints.has(record.name)
        ? { status: 'InProgress' }
        : { status: 'Succeeded', endedAt: doneAt },
    () => ({ status: 204 }),
  );
  // ServerlessEndpoints_Delete declares 202 with Location (and Retry-After) only: final-state-via location.
  return { status: 202, headers: locationHeaders(ctx, op, call.apiVersion, false, true) };
}
