import { json, bearer, type EmuRequest, type EmuResponse } from '../core/http.ts';
import { randomGuid, randomSecret } from '../core/random.ts';
import type { Redactor } from '../core/redact.ts';
import { Router } from '../core/router.ts';
import type { JwtClaims, JwtSigner } from './jwt.ts';

export interface GitHubOidcSettings {
  /** `iss` of the ID tokens; the authority's federated credential must name the same issuer. */
  issuer: string;
  /** `sub`, e.g. `repo:OWNER/REPO:ref:refs/heads/main`. */
  subject: string;
  /** Seconds an ID token is valid (GitHub's are short-lived). */
  lifetimeSeconds: number;
  /** Extra claims merged into every token (repository, ref, sha...). */
  claims: Record<string, unknown>;
}

export interface IssuedIdToken {
  jti: string;
  audience: string;
  subject: string;
  issuedAt: number;
}

/**
 * The runner's ID-token endpoint that `core.getIDToken()` calls: GET `ACTIONS_ID_TOKEN_REQUEST_URL&audience=...`
 * with `Authorization: Bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN`, answering `{ value: <JWT> }`.
 */
export class GitHubOidc {
  readonly requestToken = `emu-oidc-req.${randomSecret(18)}`;
  readonly issued: IssuedIdToken[] = [];
  private readonly planPath = `/_apis/distributedtask/hubs/Actions/plans/${randomGuid()}/jobs/${randomGuid()}/idtoken`;

  constructor(
    readonly settings: GitHubOidcSettings,
    private readonly signer: JwtSigner,
    redactor: Redactor,
  ) {
    redactor.addSecret(this.requestToken);
  }

  /** What the runner puts in ACTIONS_ID_TOKEN_REQUEST_URL (core appends `&audience=`). */
  requestUrlAt(baseUrl: string): string {
    return `${baseUrl}${this.planPath}?api-version=2.0`;
  }

  /** Mints an ID token directly (tests that need an assertion without going through HTTP). */
  mint(audience = 'api://AzureADTokenExchange', overrides: JwtClaims = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const jti = randomGuid();
    const claims: JwtClaims = {
      jti,
      sub: this.settings.subject,
      aud: audience,
      iss: this.settings.issuer,
      nbf: now - 5,
      iat: now - 5,
      exp: now + this.settings.lifetimeSeconds,
      runner_environment: 'github-hosted',
      ...this.settings.claims,
      ...overrides,
    };
    this.issued.push({ jti, audience, subject: String(claims.sub), issuedAt: Date.now() });
    return this.signer.sign(claims);
  }

  router(): Router {
    const router = new Router(() => json(404, { message: 'Not Found' }));
    router.get(this.planPath, (req) => this.idToken(req));
    router.get('/.well-known/openid-configuration', (req) =>
      json(200, {
        issuer: this.settings.issuer,
        jwks_uri: `${origin(req)}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: [
          'sub',
          'aud',
          'exp',
          'iat',
          'iss',
          'jti',
          'nbf',
          'ref',
          'repository',
          'sha',
          'workflow',
        ],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      }),
    );
    router.get('/.well-known/jwks', () => json(200, { keys: [this.signer.jwk()] }));
    return router;
  }

  private idToken(req: EmuRequest): EmuResponse {
    if (bearer(req) !== this.requestToken) {
      return json(401, { message: 'Unauthorized: the ID token request token is missing or wrong.' });
    }
    const audience =
      req.query.get('audience') ??
      `https://github.com/${String(this.settings.claims.repository_owner ?? 'octo-org')}`;
    return json(200, { count: 1, value: this.mint(audience) });
  }
}

function origin(req: EmuRequest): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}
