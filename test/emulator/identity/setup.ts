import { randomSecret, stableGuid } from '../core/random.ts';
import type { Redactor } from '../core/redact.ts';
import type { EmulatorOptions } from '../options.ts';
import { Authority } from './authority.ts';
import { GitHubOidc } from './github-oidc.ts';
import { JwtSigner } from './jwt.ts';
import { TokenRegistry } from './tokens.ts';

export const DEFAULT_TENANT_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const DEFAULT_CLIENT_ID = '2b9d1a4c-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

/**
 * The identity side: a GitHub OIDC issuer, an Entra authority that trusts it through a federated credential,
 * and the registry of access tokens the Azure services accept (plus one static token for tests).
 */
export function createIdentity(options: EmulatorOptions, redactor: Redactor) {
  const tokens = new TokenRegistry(redactor);
  const signer = new JwtSigner();
  const oidc = new GitHubOidc(
    {
      issuer: options.oidc?.issuer ?? 'https://token.actions.githubusercontent.com',
      subject: options.oidc?.subject ?? 'repo:octo-org/octo-repo:ref:refs/heads/main',
      lifetimeSeconds: options.oidc?.lifetimeSeconds ?? 300,
      claims: {
        repository: 'octo-org/octo-repo',
        repository_owner: 'octo-org',
        ref: 'refs/heads/main',
        event_name: 'push',
        ...options.oidc?.claims,
      },
    },
    signer,
    redactor,
  );
  const clientId = options.clientId ?? DEFAULT_CLIENT_ID;
  const authority = new Authority(
    {
      tenantId: options.tenantId ?? DEFAULT_TENANT_ID,
      clientId,
      objectId: stableGuid(`${clientId}/service-principal`),
      federatedCredentials: options.federatedCredentials ?? [
        {
          issuer: oidc.settings.issuer,
          subject: oidc.settings.subject,
          audiences: ['api://AzureADTokenExchange'],
        },
      ],
      clientSecret: options.clientSecret,
      tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    },
    signer,
    tokens,
  );
  redactor.addSecret(options.clientSecret);
  const staticToken = `emu-static.${randomSecret(24)}`;
  tokens.addStatic(staticToken, authority.principal());
  return { tokens, oidc, authority, staticToken };
}
