/**
 * ARM for the Foundry resource: `Microsoft.CognitiveServices/accounts/{account}` (GET, listKeys) and its
 * `deployments` (PUT/GET/LIST/PATCH/DELETE, long-running), plus the operation status they point to. Served
 * on the ARM emulator's host beside the Machine Learning routes, with ARM's front door: bearer token (401),
 * api-version (400), subscription/resource group/account (404), RBAC against the same permissions (403),
 * body (400). Shapes: PutDeployment/GetDeployment/ListDeployments/DeleteDeployment/UpdateDeployment
 * examples (foundry-projects/deployments-*), `Deployment` of stable 2025-06-01.
 */
import { randomUUID } from 'node:crypto';
import { bearer, json, type EmuRequest, type EmuResponse, type Handler } from '../core/http.ts';
import { Router } from '../core/router.ts';
import { armError } from '../arm/errors.ts';
import { isAllowed } from '../arm/permissions.ts';
import { normalizeAudience } from '../identity/tokens.ts';
import type { DeploymentRecord, ProjectContext } from './context.ts';
import { accountId, CS } from './context.ts';

/** SKU codes (D-DEPTYPES 2026-05-08); docs bodies use lower case, so names compare without case. */
const SKUS = [
  'Standard',
  'GlobalStandard',
  'DataZoneStandard',
  'ProvisionedManaged',
  'GlobalProvisionedManaged',
  'DataZoneProvisionedManaged',
  'GlobalBatch',
  'DataZoneBatch',
  'DeveloperTier',
];
/** Fine-tuned models deploy as Standard, Global Standard, Developer or provisioned (D-DEPLOY). */
const FINE_TUNED_SKUS = new Set([
  'standard',
  'globalstandard',
  'developertier',
  'provisionedmanaged',
  'globalprovisionedmanaged',
]);
const PROPERTIES = new Set([
  'model',
  'scaleSettings',
  'raiPolicyName',
  'versionUpgradeOption',
  'currentCapacity',
  'capacitySettings',
  'parentDeploymentName',
  'deploymentState',
  'serviceTier',
  'spilloverDeploymentName',
]);
const MODEL_FIELDS = new Set(['format', 'name', 'version', 'publisher', 'source', 'sourceAccount']);
const ACCOUNT = `/subscriptions/:sub/resourceGroups/:rg/providers/${CS}/accounts/:account`;

function canonicalSku(name: string): string | undefined {
  return SKUS.find((s) => s.toLowerCase() === name.toLowerCase());
}

function bad(message: string, code = 'InvalidResourceProperties'): EmuResponse {
  return armError(400, code, message);
}

export function deploymentResource(ctx: ProjectContext, d: DeploymentRecord): Record<string, unknown> {
  const body = d.body as { properties?: Record<string, unknown> };
  return {
    id: `${accountId(ctx)}/deployments/${d.name}`,
    name: d.name,
    type: `${CS}/accounts/deployments`,
    sku: d.sku,
    tags: d.tags,
    systemData: {
      createdAt: new Date(d.createdAt).toISOString(),
      createdBy: 'principal',
      createdByType: 'Application',
      lastModifiedAt: new Date(d.modifiedAt).toISOString(),
      lastModifiedBy: 'principal',
      lastModifiedByType: 'Application',
    },
    properties: {
      ...body.properties,
      model: { format: d.format, name: d.modelName, version: '1' },
      provisioningState: d.deletingUntil !== undefined ? 'Deleting' : d.provisioningState,
      capabilities: { chatCompletion: 'true' },
    },
  };
}

export function projectArmHandler(ctx: ProjectContext): Handler {
  const audiences = new Set(
    [ctx.urls.arm, 'https://management.azure.com', 'https://management.core.windows.net'].map(
      normalizeAudience,
    ),
  );
  const router = new Router((req) =>
    armError(
      404,
      'InvalidResourceType',
      `The resource type could not be found for the request path '${req.path}'.`,
    ),
  );

  const add = (
    method: string,
    pattern: string,
    action: string | undefined,
    handle: (req: EmuRequest) => EmuResponse,
  ) => {
    router.add(method, pattern, (req) => {
      const token = bearer(req);
      if (!token)
        return armError(
          401,
          'AuthenticationFailed',
          "Authentication failed. The 'Authorization' header is missing.",
        );
      const verdict = ctx.tokens.check(token, (a) => audiences.has(a), [...audiences]);
      if (!verdict.ok) return armError(401, verdict.code, verdict.message);
      const version = req.query.get('api-version');
      if (!version)
        return armError(
          400,
          'MissingApiVersionParameter',
          'The api-version query parameter (?api-version=) is required for all requests.',
        );
      if (!ctx.settings.apiVersions.includes(version)) {
        return armError(
          400,
          'NoRegisteredProviderFound',
          `No registered resource provider found for location '${ctx.location}' and API version '${version}' for type 'accounts'. The supported api-versions are '${ctx.settings.apiVersions.join(', ')}'.`,
        );
      }
      const { sub, rg, account } = req.params;
      if (sub && sub.toLowerCase() !== ctx.subscriptionId.toLowerCase())
        return armError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
      if (rg && rg.toLowerCase() !== ctx.resourceGroup.toLowerCase())
        return armError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`);
      if (account && account.toLowerCase() !== ctx.account.toLowerCase()) {
        return armError(
          404,
          'ResourceNotFound',
          `The Resource '${CS}/accounts/${account}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
        );
      }
      if (action && ctx.enforcePermissions() && !isAllowed(ctx.armPermissions(), action)) {
        return armError(
          403,
          'AuthorizationFailed',
          `The client '${verdict.principal.clientId}' with object id '${verdict.principal.objectId}' does not have authorization to perform action '${action}' over scope '${req.path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
        );
      }
      if (req.jsonError !== undefined)
        return armError(
          400,
          'InvalidRequestContent',
          `The request content was invalid and could not be deserialized: '${req.jsonError}'.`,
        );
      return handle(req);
    });
  };

  add('GET', ACCOUNT, `${CS}/accounts/read`, () =>
    json(200, {
      id: accountId(ctx),
      name: ctx.account,
      type: `${CS}/accounts`,
      kind: 'AIServices',
      location: ctx.location,
      sku: { name: 'S0' },
      properties: {
        endpoint: `${ctx.urls.dataPlane}/`,
        endpoints: {
          'OpenAI Language Model Instance API': `${ctx.urls.dataPlane}/`,
          'AI Foundry API': `${ctx.urls.dataPlane}/`,
        },
        provisioningState: 'Succeeded',
        allowProjectManagement: true,
        defaultProject: ctx.project,
      },
    }),
  );
  add('POST', `${ACCOUNT}/listKeys`, `${CS}/accounts/listKeys/action`, () => json(200, { ...ctx.keys }));
  add('GET', `${ACCOUNT}/deployments`, `${CS}/accounts/deployments/read`, () =>
    json(200, { value: [...ctx.state.deployments.values()].map((d) => deploymentResource(ctx, d)) }),
  );
  add('GET', `${ACCOUNT}/deployments/:name`, `${CS}/accounts/deployments/read`, (req) => {
    const d = ctx.state.deployments.get(req.params.name!);
    return d
      ? json(200, deploymentResource(ctx, d))
      : armError(404, 'DeploymentNotFound', `Deployment '${req.params.name}' not found.`);
  });
  add('PUT', `${ACCOUNT}/deployments/:name`, `${CS}/accounts/deployments/write`, (req) => put(ctx, req));
  add('PATCH', `${ACCOUNT}/deployments/:name`, `${CS}/accounts/deployments/write`, (req) => patch(ctx, req));
  add('DELETE', `${ACCOUNT}/deployments/:name`, `${CS}/accounts/deployments/delete`, (req) =>
    remove(ctx, req),
  );
  add('GET', `/subscriptions/:sub/providers/${CS}/locations/:loc/operationResults/:id`, undefined, (req) =>
    operation(ctx, req),
  );

  return async (req) => {
    const response = await router.handle(req);
    const id = randomUUID();
    return {
      ...response,
      headers: { 'x-ms-request-id': id, 'x-ms-correlation-request-id': id, ...response.headers },
    };
  };
}

function operationHeaders(
  ctx: ProjectContext,
  target: string,
  kind: 'create' | 'delete' | 'update',
  apiVersion: string,
): Record<string, string> {
  const id = randomUUID();
  ctx.state.operations.set(id, { id, target, kind, startedAt: ctx.clock.now() });
  return {
    'azure-asyncoperation': `${ctx.urls.arm}/subscriptions/${ctx.subscriptionId}/providers/${CS}/locations/${ctx.location}/operationResults/${id}?api-version=${apiVersion}`,
    'retry-after': String(ctx.settings.lroRetryAfterSeconds),
  };
}

function operation(ctx: ProjectContext, req: EmuRequest): EmuResponse {
  const op = ctx.state.operations.get(req.params.id!);
  if (!op) return armError(404, 'NotFound', `Operation '${req.params.id}' not found.`);
  const d = ctx.state.deployments.get(op.target);
  let status = 'Succeeded';
  let error: { code: string; message: string } | undefined;
  if (op.kind === 'delete') status = d ? 'InProgress' : 'Succeeded';
  else if (!d) {
    status = 'Failed';
    error = { code: 'DeploymentNotFound', message: `Deployment '${op.target}' no longer exists.` };
  } else if (d.provisioningState === 'Failed') {
    status = 'Failed';
    error = { code: 'DeploymentFailed', message: d.failMessage ?? 'The deployment failed.' };
  } else if (d.provisioningState !== 'Succeeded') status = 'InProgress';
  const body: Record<string, unknown> = {
    id: req.path,
    name: op.id,
    status,
    startTime: new Date(op.startedAt).toISOString(),
  };
  if (error) body.error = error;
  return json(
    200,
    body,
    status === 'InProgress' ? { 'retry-after': String(ctx.settings.lroRetryAfterSeconds) } : undefined,
  );
}

function put(ctx: ProjectContext, req: EmuRequest): EmuResponse {
  const name = req.params.name!;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/.test(name))
    return bad(
      `Deployment name '${name}' is invalid: 2 to 64 letters, digits, '.', '_' or '-'.`,
      'InvalidResourceName',
    );
  const body = req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') return bad('The request body is required.', 'InvalidRequestContent');
  for (const key of Object.keys(body))
    if (!['sku', 'tags', 'properties'].includes(key))
      return bad(`Unknown property '${key}'.`, 'InvalidRequestContent');
  const sku = body.sku as { name?: unknown; capacity?: unknown } | undefined;
  if (!sku || typeof sku.name !== 'string') return bad("'sku.name' is required.");
  const skuName = canonicalSku(sku.name);
  if (!skuName)
    return bad(`SKU '${sku.name}' is not a deployment SKU. Supported: ${SKUS.join(', ')}.`, 'InvalidSkuName');
  const capacity = sku.capacity === undefined ? 1 : sku.capacity;
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1)
    return bad("'sku.capacity' must be a positive integer.");
  const tags = (body.tags ?? {}) as Record<string, unknown>;
  if (typeof tags !== 'object' || Array.isArray(tags)) return bad("'tags' must be an object of strings.");
  if (Object.keys(tags).length > 50) return bad('A resource has at most 50 tags.', 'InvalidTag');
  for (const [k, v] of Object.entries(tags)) {
    if (typeof v !== 'string' || k.length > 512 || v.length > 256)
      return bad(`Tag '${k}' is invalid: names up to 512 characters, string values up to 256.`, 'InvalidTag');
  }
  const props = body.properties as Record<string, unknown> | undefined;
  if (!props || typeof props !== 'object') return bad("'properties' is required.");
  for (const key of Object.keys(props)) {
    if (key === 'provisioningState') continue; // read-only; ignored like ARM does
    if (!PROPERTIES.has(key)) return bad(`Unknown property 'properties.${key}'.`, 'InvalidRequestContent');
  }
  const model = props.model as Record<string, unknown> | undefined;
  if (!model || typeof model.name !== 'string' || typeof model.format !== 'string')
    return bad("'properties.model.format' and 'properties.model.name' are required.");
  for (const key of Object.keys(model))
    if (!MODEL_FIELDS.has(key))
      return bad(`Unknown property 'properties.model.${key}'.`, 'InvalidRequestContent');

  const job = [...ctx.state.jobs.values()].find(
    (j) =>
      j.fineTunedModel === model.name ||
      (j.fineTunedModel !== undefined &&
        j.checkpoints.some((c) => `${j.fineTunedModel}:ckpt-step-${c.step}` === model.name)),
  );
  if (!job)
    return bad(
      `Model '${model.name}' of format '${model.format}' is not a fine-tuned model of this resource.`,
      'DeploymentModelNotSupported',
    );
  if (model.format !== job.catalog.format) {
    // SKILLS platform-gotchas #5-#7: a wrong format for an OSS model fails; the emulator answers 400.
    return bad(
      `Model '${model.name}' deploys with format '${job.catalog.format}', not '${model.format}'.`,
      'InvalidModelFormat',
    );
  }
  const lowered = skuName.toLowerCase();
  if (!FINE_TUNED_SKUS.has(lowered))
    return bad(`Fine-tuned models do not deploy with SKU '${skuName}'.`, 'InvalidSkuName');
  if (lowered === 'developertier' && !job.catalog.developer)
    return bad(`The Developer tier is not offered for '${job.catalog.name}'.`, 'InvalidSkuName');
  if (lowered === 'standard' && !job.catalog.standardDeploymentRegions.includes(ctx.location)) {
    return bad(
      `Standard deployments of fine-tuned '${job.catalog.name}' are not offered in '${ctx.location}'; use GlobalStandard.`,
      'InvalidSkuName',
    );
  }
  if (capacity < job.catalog.minCapacity)
    return bad(`'sku.capacity' must be at least ${job.catalog.minCapacity} for '${job.catalog.name}'.`);

  const now = ctx.clock.now();
  const existing = ctx.state.deployments.get(name);
  const apiVersion = req.query.get('api-version')!;
  if (existing) {
    if (existing.deletingUntil !== undefined)
      return armError(409, 'Conflict', `Deployment '${name}' is being deleted.`);
    // Changing the served model in place is not documented for fine-tuned models: refused (unconfirmed).
    if (existing.modelName !== model.name)
      return bad(
        `Deployment '${name}' serves '${existing.modelName}'; its model cannot be changed.`,
        'DeploymentModelNotChangeable',
      );
    existing.sku = { name: skuName, capacity };
    existing.tags = tags as Record<string, string>;
    existing.body = body;
    existing.modifiedAt = now;
    return json(200, deploymentResource(ctx, existing));
  }
  const fineTuned = [...ctx.state.deployments.values()].filter((d) => d.deletingUntil === undefined).length;
  if (fineTuned >= ctx.settings.maxFineTunedDeployments) {
    return bad(
      `The resource already has ${fineTuned} fine-tuned model deployments, the most it may have (${ctx.settings.maxFineTunedDeployments}).`,
      'QuotaExceeded',
    );
  }
  const scripted = ctx.faults.takeProvisioningFailure(name);
  const record: DeploymentRecord = {
    name,
    body,
    sku: { name: skuName, capacity },
    tags: tags as Record<string, string>,
    modelName: model.name,
    format: model.format,
    provisioningState: 'Accepted',
    createdAt: now,
    modifiedAt: now,
    readyAt: now + ctx.settings.timings.provisioningMs,
    expiresAt: lowered === 'developertier' ? now + ctx.settings.timings.developerLifetimeMs : undefined,
    failMessage: scripted?.message,
  };
  ctx.state.deployments.set(name, record);
  return json(201, deploymentResource(ctx, record), operationHeaders(ctx, name, 'create', apiVersion));
}

function patch(ctx: ProjectContext, req: EmuRequest): EmuResponse {
  const d = ctx.state.deployments.get(req.params.name!);
  if (!d) return armError(404, 'DeploymentNotFound', `Deployment '${req.params.name}' not found.`);
  const body = req.body as
    { sku?: { name?: unknown; capacity?: unknown }; tags?: Record<string, unknown> } | undefined;
  if (!body || typeof body !== 'object') return bad('The request body is required.', 'InvalidRequestContent');
  for (const key of Object.keys(body))
    if (key !== 'sku' && key !== 'tags')
      return bad(`Unknown property '${key}' (PATCH takes sku and tags).`, 'InvalidRequestContent');
  if (body.tags !== undefined) {
    for (const [k, v] of Object.entries(body.tags)) {
      if (typeof v !== 'string' || v.length > 256)
        return bad(`Tag '${k}' must be a string of at most 256 characters.`, 'InvalidTag');
    }
    if (Object.keys(body.tags).length > 50) return bad('A resource has at most 50 tags.', 'InvalidTag');
    d.tags = body.tags as Record<string, string>;
  }
  if (body.sku?.capacity !== undefined) {
    if (typeof body.sku.capacity !== 'number' || body.sku.capacity < 1)
      return bad("'sku.capacity' must be a positive integer.");
    d.sku = { ...d.sku, capacity: body.sku.capacity };
  }
  d.modifiedAt = ctx.clock.now();
  return json(200, deploymentResource(ctx, d));
}

function remove(ctx: ProjectContext, req: EmuRequest): EmuResponse {
  const d = ctx.state.deployments.get(req.params.name!);
  if (!d) return { status: 204 };
  const now = ctx.clock.now();
  d.deletingUntil ??= now + ctx.settings.timings.deletingMs;
  return { status: 202, headers: operationHeaders(ctx, d.name, 'delete', req.query.get('api-version')!) };
}
