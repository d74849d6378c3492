import type { EmuRequest, EmuResponse } from '../core/http.ts';
import type { ArmContext } from './context.ts';
import { armError } from './errors.ts';
import { okJson, type ArmRoute } from './front-door.ts';
import { paginate } from './paging.ts';
import { effectivePermissions, type ScopeLevel } from './permissions.ts';
import { WS } from './workspace.ts';

/**
 * Subscription-level reads a preflight makes: provider registration, and the caller's permissions at a
 * scope (Permissions_ListForResourceGroup and Permissions_ListForResource, both pageable): what is
 * assigned at that scope or above it.
 */
export function subscriptionRoutes(ctx: ArmContext): ArmRoute[] {
  return [
    {
      method: 'GET',
      pattern: '/subscriptions/:sub/providers/:namespace',
      api: 'providers',
      type: 'Microsoft.Resources/providers',
      handler: (req) => provider(ctx, req),
    },
    {
      method: 'POST',
      pattern: '/subscriptions/:sub/providers/:namespace/register',
      api: 'providers',
      type: 'Microsoft.Resources/providers',
      action: 'Microsoft.Resources/subscriptions/providers/register/action',
      handler: (req) => register(ctx, req),
    },
    {
      method: 'GET',
      pattern: '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.Authorization/permissions',
      api: 'permissions',
      type: 'Microsoft.Authorization/permissions',
      spec: 'authorization',
      answer: 'PermissionGetResult',
      handler: (req) => permissions(ctx, req, 'resourceGroup'),
    },
    {
      method: 'GET',
      pattern: `${WS}/providers/Microsoft.Authorization/permissions`,
      api: 'permissions',
      type: 'Microsoft.Authorization/permissions',
      spec: 'authorization',
      answer: 'PermissionGetResult',
      handler: (req) => permissions(ctx, req, 'workspace'),
    },
  ];
}

function permissions(ctx: ArmContext, req: EmuRequest, at: ScopeLevel): EmuResponse {
  const result = paginate(effectivePermissions(ctx.settings, at), req, ctx.urls.arm, ctx.settings.pageSize);
  return result.ok ? okJson(result.page) : result.error;
}

function providerState(ctx: ArmContext, namespace: string): { name: string; state: string } | undefined {
  const name = Object.keys(ctx.settings.providers).find((n) => n.toLowerCase() === namespace.toLowerCase());
  if (!name) return undefined;
  const live = ctx.state.providerState.get(name);
  return { name, state: live?.state ?? ctx.settings.providers[name]! };
}

function providerBody(ctx: ArmContext, name: string, state: string): Record<string, unknown> {
  return {
    id: `/subscriptions/${ctx.ws.subscriptionId}/providers/${name}`,
    namespace: name,
    registrationState: state,
    registrationPolicy: 'RegistrationRequired',
    resourceTypes: [],
  };
}

function provider(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const found = providerState(ctx, req.params.namespace!);
  if (!found)
    return armError(
      404,
      'InvalidResourceNamespace',
      `The resource namespace '${req.params.namespace}' is invalid.`,
    );
  return okJson(providerBody(ctx, found.name, found.state));
}

function register(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const found = providerState(ctx, req.params.namespace!);
  if (!found)
    return armError(
      404,
      'InvalidResourceNamespace',
      `The resource namespace '${req.params.namespace}' is invalid.`,
    );
  if (found.state !== 'Registered') {
    ctx.state.providerState.set(found.name, {
      state: 'Registering',
      readyAt: ctx.clock.now() + ctx.settings.timings.providerRegistrationMs,
    });
  }
  return okJson(providerBody(ctx, found.name, found.state === 'Registered' ? 'Registered' : 'Registering'));
}
