import { bearer, json, type EmuRequest, type EmuResponse, type Handler } from '../core/http.ts';
import { Router } from '../core/router.ts';
import type { Principal, TokenRegistry } from '../identity/tokens.ts';
import { normalizeAudience } from '../identity/tokens.ts';
import type { ApiVersions, ArmContext, ArmHandler } from './context.ts';
import { describeViolations, validateBody, versionDefines, type SpecFamily } from './contract.ts';
import { armError, badArgument } from './errors.ts';
import { effectivePermissions, isAllowed, scopeLevel } from './permissions.ts';

export interface ArmRoute {
  method: string;
  pattern: string;
  /** Which api-version list(s) the route accepts. */
  api: keyof ApiVersions | (keyof ApiVersions)[];
  /** Resource type named in NoRegisteredProviderFound (e.g. `workspaces/jobs`). */
  type: string;
  /** RBAC action checked against the permissions visible at the request's scope; none for status/permission reads. */
  action?: string;
  /** Spec family of the definitions below (default `mfe`). */
  spec?: SpecFamily;
  /** Definition of the request body in the spec of the api-version in the URL (validated before the handler). */
  body?: string;
  /** Definition of the success answer's body (tests validate answers against it). */
  answer?: string;
  /** Path parameters the spec constrains with a pattern (e.g. Jobs_CreateOrUpdate `id`). */
  params?: Record<string, string>;
  handler: ArmHandler;
}

const API_VERSION_FORMAT = /^\d{4}-\d{2}-\d{2}(-preview|-alpha|-beta|-privatepreview)?$/;

/**
 * ARM's front door, in the order ARM applies it: bearer token (401), api-version (400), subscription /
 * resource group / workspace (404), RBAC at the request's scope (403), request body (400: JSON, then the
 * path parameters and the body against the definitions of the api-version in the URL); then the handler.
 */
export function armHandler(ctx: ArmContext, tokens: TokenRegistry, routes: ArmRoute[]): Handler {
  const accepted = new Set(
    [ctx.urls.arm, 'https://management.azure.com', 'https://management.core.windows.net'].map(
      normalizeAudience,
    ),
  );
  const allowed = [...accepted].map((a) => `${a}/`).concat([...accepted]);

  const authenticate = (req: EmuRequest): EmuResponse | { principal: Principal } => {
    const token = bearer(req);
    if (!token) {
      return armError(
        401,
        'AuthenticationFailed',
        "Authentication failed. The 'Authorization' header is missing.",
        {
          headers: {
            'www-authenticate': challenge(ctx, 'invalid_token', "The 'Authorization' header is missing."),
          },
        },
      );
    }
    const verdict = tokens.check(token, (audience) => accepted.has(audience), allowed);
    if (!verdict.ok) {
      return armError(401, verdict.code, verdict.message, {
        headers: { 'www-authenticate': challenge(ctx, 'invalid_token', verdict.message) },
      });
    }
    return { principal: verdict.principal };
  };

  const router = new Router((req) => {
    const auth = authenticate(req);
    if ('status' in auth) return auth;
    return armError(
      404,
      'InvalidResourceType',
      `The resource type could not be found for the request path '${req.path}' and api version '${req.query.get('api-version') ?? ''}'.`,
    );
  });

  for (const route of routes) {
    router.add(route.method, route.pattern, async (req) => {
      const auth = authenticate(req);
      if ('status' in auth) return auth;
      const lists = Array.isArray(route.api) ? route.api : [route.api];
      const listed = [...new Set(lists.flatMap((l) => ctx.settings.apiVersions[l]))];
      const versionProblem = checkApiVersion(ctx, req, listed, route);
      if (versionProblem) return versionProblem;
      req.log.contract = {
        spec: route.spec ?? 'mfe',
        apiVersion: req.query.get('api-version')!,
        ...(route.body ? { body: route.body } : {}),
        ...(route.answer ? { answer: route.answer } : {}),
      };
      const scopeProblem = checkScope(ctx, req);
      if (scopeProblem) return scopeProblem;
      if (
        route.action &&
        ctx.settings.enforcePermissions &&
        !isAllowed(effectivePermissions(ctx.settings, scopeLevel(req.params)), route.action)
      ) {
        return armError(
          403,
          'AuthorizationFailed',
          `The client '${auth.principal.clientId}' with object id '${auth.principal.objectId}' does not have authorization to perform action '${route.action}' over scope '${scopeOf(req)}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
        );
      }
      if (req.jsonError !== undefined) {
        return armError(
          400,
          'InvalidRequestContent',
          `The request content was invalid and could not be deserialized: '${req.jsonError}'.`,
        );
      }
      for (const [param, pattern] of Object.entries(route.params ?? {})) {
        const value = req.params[param] ?? '';
        if (!new RegExp(pattern).test(value)) {
          return badArgument(
            `The ${param} '${value}' is invalid: it must match ${pattern} (letters, digits and the characters the pattern allows).`,
            param,
          );
        }
      }
      if (route.body) {
        const apiVersion = req.query.get('api-version')!;
        const violations = validateBody(
          route.spec ?? 'mfe',
          apiVersion,
          route.body,
          req.body ?? {},
          'request',
        );
        if (violations.length > 0) return contractError(violations, apiVersion);
      }
      return route.handler(req, { principal: auth.principal, apiVersion: req.query.get('api-version')! });
    });
  }

  return async (req) => {
    const response = await router.handle(req);
    // Every ARM answer carries request ids; clients log them for support cases.
    const id = crypto.randomUUID();
    return {
      ...response,
      headers: {
        'x-ms-request-id': id,
        'x-ms-correlation-request-id': req.headers['x-ms-correlation-request-id']?.toString() ?? id,
        'x-ms-ratelimit-remaining-subscription-reads': '11999',
        ...response.headers,
      },
    };
  };
}

function checkApiVersion(
  ctx: ArmContext,
  req: EmuRequest,
  listed: string[],
  route: ArmRoute,
): EmuResponse | undefined {
  const type = route.type;
  // A version is served only when its spec (transcribed) defines the route's bodies: every answer of the
  // emulator can then be checked against the contract of the api-version asked for.
  const definitions = [route.body, route.answer].filter((d): d is string => d !== undefined);
  const supported = listed.filter(
    (v) => definitions.length === 0 || versionDefines(route.spec ?? 'mfe', v, definitions),
  );
  const version = req.query.get('api-version');
  if (version === null || version === '') {
    return armError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  if (!API_VERSION_FORMAT.test(version)) {
    return armError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${version}' is invalid. The supported versions are '${supported.join(',')}'.`,
    );
  }
  if (!supported.includes(version)) {
    const namespace = type.startsWith('Microsoft.') ? '' : 'Microsoft.MachineLearningServices/';
    return armError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location '${ctx.ws.location}' and API version '${version}' for type '${namespace}${type}'. The supported api-versions are '${supported.join(', ')}'. The supported locations are '${ctx.ws.location}'.`,
    );
  }
  return undefined;
}

function checkScope(ctx: ArmContext, req: EmuRequest): EmuResponse | undefined {
  const { sub, rg, ws } = req.params;
  if (sub !== undefined && sub.toLowerCase() !== ctx.ws.subscriptionId.toLowerCase()) {
    return armError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
  }
  if (rg !== undefined && rg.toLowerCase() !== ctx.ws.resourceGroup.toLowerCase()) {
    return armError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`);
  }
  if (ws !== undefined && ws.toLowerCase() !== ctx.ws.name.toLowerCase()) {
    return armError(
      404,
      'ResourceNotFound',
      `The Resource 'Microsoft.MachineLearningServices/workspaces/${ws}' under resource group '${rg ?? ''}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    );
  }
  return undefined;
}

/**
 * ARM's answer to a body its schema rejects: AML's `UserError`/`BadArgument`, every violation (with its path) in
 * the message and in `details`, the first one's path as `target`.
 */
function contractError(violations: { path: string; message: string }[], apiVersion: string): EmuResponse {
  const first = violations[0]!;
  return armError(
    400,
    'UserError',
    `The request body does not match the definitions of api-version ${apiVersion}: ${describeViolations(violations)}.`,
    {
      target: first.path,
      details: violations.map((v) => ({ code: 'BadArgument', message: v.message, target: v.path })),
      innerError: { code: 'BadArgument' },
    },
  );
}

function scopeOf(req: EmuRequest): string {
  return req.path.replace(/\/(listSecrets|listKeys|cancel|register|regenerateKeys)$/i, '');
}

function challenge(ctx: ArmContext, error: string, description: string): string {
  return `Bearer authorization_uri="https://login.microsoftonline.com/${ctx.ws.tenantId}", error="${error}", error_description="${description.replace(/"/g, "'")}"`;
}

export function okJson(body: unknown, status = 200, headers?: Record<string, string>): EmuResponse {
  return json(status, body, headers);
}
