import { json, type EmuRequest, type EmuResponse } from '../core/http.ts';
import { randomGuid } from '../core/random.ts';
import { Router } from '../core/router.ts';
import type { JwtSigner } from './jwt.ts';
import { peekClaims } from './jwt.ts';
import type { Principal, TokenRegistry } from './tokens.ts';

export interface FederatedCredential {
  issuer: string;
  subject: string;
  audiences: string[];
}

export interface AuthoritySettings {
  tenantId: string;
  clientId: string;
  /** Object id of the service principal (named in AuthorizationFailed messages). */
  objectId: string;
  federatedCredentials: FederatedCredential[];
  /** Also accept `client_secret` (for DefaultAzureCredential with AZURE_CLIENT_SECRET), when set. */
  clientSecret?: string;
  /** `expires_in` of issued access tokens; under 300 s forces MSAL to exchange again on every getToken. */
  tokenLifetimeSeconds: number;
}

export interface TokenExchange {
  at: number;
  ok: boolean;
  scope?: string;
  /** `jti` of the client assertion: a fresh assertion per exchange has a fresh jti. */
  assertionId?: string;
  subject?: string;
  error?: string;
}

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * A local Entra ID authority, enough for MSAL's client-credentials flow with a federated (GitHub OIDC)
 * assertion. The https origin is required: MSAL refuses http authorities.
 */
export class Authority {
  readonly exchanges: TokenExchange[] = [];

  constructor(
    readonly settings: AuthoritySettings,
    private readonly oidcSigner: JwtSigner,
    private readonly tokens: TokenRegistry,
  ) {}

  router(): Router {
    const router = new Router((req) =>
      aadError(404, 'invalid_request', 90002, `Unknown authority path '${req.path}'.`),
    );
    router.get('/:tenant/v2.0/.well-known/openid-configuration', (req) => this.metadata(req));
    router.get('/:tenant/.well-known/openid-configuration', (req) => this.metadata(req));
    router.get('/:tenant/discovery/v2.0/keys', () => json(200, { keys: [] }));
    router.post('/:tenant/oauth2/v2.0/token', (req) => this.token(req));
    return router;
  }

  principal(): Principal {
    return {
      clientId: this.settings.clientId,
      objectId: this.settings.objectId,
      name: this.settings.clientId,
    };
  }

  private metadata(req: EmuRequest): EmuResponse {
    const tenant = req.params.tenant!;
    if (!this.knownTenant(tenant))
      return aadError(
        400,
        'invalid_tenant',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    // MSAL insists the issuer shares scheme, host and port with the authority it was given.
    const base = `https://${req.headers.host ?? '127.0.0.1'}/${tenant}`;
    return json(200, {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'tid'],
      tenant_region_scope: 'NA',
      cloud_instance_name: 'microsoftonline.com',
    });
  }

  private knownTenant(tenant: string): boolean {
    return tenant.toLowerCase() === this.settings.tenantId.toLowerCase() || tenant === 'organizations';
  }

  private token(req: EmuRequest): EmuResponse {
    const form = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<
      string,
      string | undefined
    >;
    const fail = (
      status: number,
      error: string,
      code: number,
      message: string,
      extra: Partial<TokenExchange> = {},
    ): EmuResponse => {
      this.exchanges.push({ at: Date.now(), ok: false, scope: form.scope, error: `AADSTS${code}`, ...extra });
      return aadError(status, error, code, message);
    };
    const tenant = req.params.tenant!;
    if (!this.knownTenant(tenant))
      return fail(
        400,
        'invalid_request',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    if (form.grant_type !== 'client_credentials') {
      return fail(
        400,
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${form.grant_type ?? ''}'.`,
      );
    }
    if (!form.client_id || form.client_id.toLowerCase() !== this.settings.clientId.toLowerCase()) {
      return fail(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${form.client_id ?? ''}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    }
    const scope = form.scope ?? '';
    const resourceScopes = scope
      .split(' ')
      .filter((s) => s && !['openid', 'profile', 'offline_access'].includes(s));
    if (resourceScopes.length !== 1 || !resourceScopes[0]!.endsWith('/.default')) {
      return fail(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    }
    let assertionId: string | undefined;
    let subject: string | undefined;
    if (form.client_secret !== undefined) {
      if (!this.settings.clientSecret || form.client_secret !== this.settings.clientSecret) {
        return fail(
          401,
          'invalid_client',
          7000215,
          'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app.',
        );
      }
    } else {
      if (form.client_assertion_type !== ASSERTION_TYPE || !form.client_assertion) {
        return fail(
          401,
          'invalid_client',
          7000218,
          "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
        );
      }
      const verdict = this.checkAssertion(form.client_assertion);
      assertionId = verdict.jti;
      subject = verdict.subject;
      if (!verdict.ok)
        return fail(verdict.status, verdict.error, verdict.code, verdict.message, { assertionId, subject });
    }
    const issued = this.tokens.issue(
      this.principal(),
      resourceScopes[0]!,
      this.settings.tokenLifetimeSeconds,
    );
    this.exchanges.push({ at: Date.now(), ok: true, scope, assertionId, subject });
    return json(200, {
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      ext_expires_in: issued.expiresIn,
      access_token: issued.token,
    });
  }

  private checkAssertion(assertion: string):
    | { ok: true; jti?: string; subject?: string }
    | {
        ok: false;
        status: number;
        error: string;
        code: number;
        message: string;
        jti?: string;
        subject?: string;
      } {
    const peek = peekClaims(assertion);
    const jti = typeof peek?.jti === 'string' ? peek.jti : undefined;
    const subject = typeof peek?.sub === 'string' ? peek.sub : undefined;
    const verified = this.oidcSigner.verify(assertion);
    if (!verified.ok) {
      return verified.reason === 'malformed'
        ? {
            ok: false,
            status: 401,
            error: 'invalid_client',
            code: 50027,
            message: 'JWT token is invalid or malformed.',
            jti,
            subject,
          }
        : {
            ok: false,
            status: 401,
            error: 'invalid_client',
            code: 700027,
            message: 'Client assertion failed signature validation.',
            jti,
            subject,
          };
    }
    const claims = verified.claims;
    const now = Math.floor(Date.now() / 1000);
    if (
      (claims.exp !== undefined && claims.exp < now) ||
      (claims.nbf !== undefined && claims.nbf > now + 300)
    ) {
      return {
        ok: false,
        status: 401,
        error: 'invalid_client',
        code: 700024,
        message: 'Client assertion is not within its valid time range.',
        jti,
        subject,
      };
    }
    const byIssuer = this.settings.federatedCredentials.filter((f) => f.issuer === claims.iss);
    if (byIssuer.length === 0) {
      return {
        ok: false,
        status: 401,
        error: 'invalid_client',
        code: 700211,
        message: `No matching federated identity record found for presented assertion issuer '${String(claims.iss)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
        jti,
        subject,
      };
    }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    const byAudience = byIssuer.filter((f) => f.audiences.some((a) => audiences.includes(a)));
    if (byAudience.length === 0) {
      return {
        ok: false,
        status: 401,
        error: 'invalid_client',
        code: 700212,
        message: `No matching federated identity record found for presented assertion audience '${audiences.join(',')}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
        jti,
        subject,
      };
    }
    if (!byAudience.some((f) => f.subject === claims.sub)) {
      const caseOnly = byAudience.some((f) => f.subject.toLowerCase() === String(claims.sub).toLowerCase());
      return caseOnly
        ? {
            ok: false,
            status: 401,
            error: 'invalid_client',
            code: 7002138,
            message: `No matching federated identity record found for presented assertion subject '${String(claims.sub)}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. See documentation at: https://learn.microsoft.com/entra/workload-id/workload-identity-federation.`,
            jti,
            subject,
          }
        : {
            ok: false,
            status: 401,
            error: 'invalid_client',
            code: 700213,
            message: `No matching federated identity record found for presented assertion subject '${String(claims.sub)}'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
            jti,
            subject,
          };
    }
    return { ok: true, jti, subject };
  }
}

/** Entra's error body: the AADSTS code leads `error_description`, followed by trace ids and a timestamp. */
export function aadError(status: number, error: string, code: number, message: string): EmuResponse {
  const traceId = randomGuid();
  const correlationId = randomGuid();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  });
}
