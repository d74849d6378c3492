import type { EmuRequest, EmuResponse } from '../core/http.ts';
import type { ArmCall, ArmContext } from './context.ts';
import { asRecord, ML, systemData, workspaceId } from './context.ts';
import { lookupRegistryModel } from './catalog.ts';
import { notFoundError, userError } from './errors.ts';
import { okJson, type ArmRoute } from './front-door.ts';
import { createOperation, locationHeaders } from './operations.ts';
import type { MarketplaceRecord } from './state.ts';
import { WS } from './workspace.ts';

/** MarketplaceSubscriptions_CreateOrUpdate's `name` parameter pattern (mfe.json, 2025-12-01). */
export const MARKETPLACE_NAME_PATTERN = '^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$';

export function marketplaceRoutes(ctx: ArmContext): ArmRoute[] {
  return [
    {
      method: 'PUT',
      pattern: `${WS}/marketplaceSubscriptions/:name`,
      api: 'serverless',
      type: 'workspaces/marketplaceSubscriptions',
      action: `${ML}/workspaces/marketplaceSubscriptions/write`,
      body: 'MarketplaceSubscriptionResource',
      answer: 'MarketplaceSubscriptionResource',
      params: { name: MARKETPLACE_NAME_PATTERN },
      handler: (req, call) => put(ctx, req, call),
    },
    {
      method: 'GET',
      pattern: `${WS}/marketplaceSubscriptions/:name`,
      api: 'serverless',
      type: 'workspaces/marketplaceSubscriptions',
      action: `${ML}/workspaces/marketplaceSubscriptions/read`,
      answer: 'MarketplaceSubscriptionResource',
      handler: (req) => get(ctx, req),
    },
  ];
}

export function marketplaceId(ctx: ArmContext, name: string): string {
  return `${workspaceId(ctx.ws)}/marketplaceSubscriptions/${name}`;
}

function resource(ctx: ArmContext, record: MarketplaceRecord): Record<string, unknown> {
  return {
    id: marketplaceId(ctx, record.name),
    name: record.name,
    type: `${ML}/workspaces/marketplaceSubscriptions`,
    properties: {
      modelId: record.modelId,
      marketplacePlan: record.plan,
      marketplaceSubscriptionStatus: 'Subscribed',
      provisioningState: record.provisioningState,
    },
    systemData: systemData(record.createdAt, record.createdBy),
  };
}

function put(ctx: ArmContext, req: EmuRequest, call: ArmCall): EmuResponse {
  const name = req.params.name!;
  const modelId = String(asRecord(asRecord(req.body)?.properties)!.modelId);
  const lookup = lookupRegistryModel(ctx.settings.catalog, modelId);
  if (!lookup.ok)
    return userError(400, `Model '${modelId}' was not found in the model catalog.`, 'NotFoundError');
  if (!lookup.model.marketplace) {
    return userError(
      400,
      `Model '${lookup.model.name}' is offered by ${lookup.model.publisher} without a marketplace offer; it needs no marketplace subscription.`,
      'NotSupported',
    );
  }
  const existing = ctx.state.marketplace.get(name);
  if (existing) {
    if (existing.modelId !== modelId)
      return userError(
        400,
        `Marketplace subscription '${name}' is for '${existing.modelId}'; its modelId cannot be changed.`,
        'Immutable',
      );
    // The spec's 200 answer carries no operation header.
    return okJson(resource(ctx, existing), 200);
  }
  const now = ctx.clock.now();
  const record: MarketplaceRecord = {
    name,
    modelId,
    provisioningState: 'Creating',
    readyAt: now + ctx.settings.timings.marketplaceMs,
    createdAt: now,
    createdBy: call.principal.name,
    plan: lookup.model.marketplace,
  };
  ctx.state.marketplace.set(name, record);
  const op = createOperation(
    ctx,
    'marketplace-create',
    name,
    () =>
      record.provisioningState === 'Succeeded'
        ? { status: 'Succeeded', endedAt: record.readyAt }
        : { status: 'InProgress' },
    () => ({ status: 200, body: resource(ctx, record) }),
  );
  return okJson(resource(ctx, record), 201, locationHeaders(ctx, op, call.apiVersion, true, false));
}

function get(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const record = ctx.state.marketplace.get(req.params.name!);
  return record
    ? okJson(resource(ctx, record))
    : notFoundError(`Marketplace subscription '${req.params.name}'`);
}
