/**
 * The one place that decides how the action authenticates to Azure: GitHub OIDC through a federated
 * credential when tenant-id and client-id are given, DefaultAzureCredential otherwise (after azure/login,
 * or locally). Sign-in failures become messages that name the missing piece.
 */
import * as core from '@actions/core';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { ClientAssertionCredential, DefaultAzureCredential } from '@azure/identity';
import type { Logger } from '../runtime/types.ts';
import type { Config } from '../config/types.ts';
import { FoundryError, errorMessage, type FoundryErrorDetails } from './errors.ts';

export const OIDC_AUDIENCE = 'api://AzureADTokenExchange';

const MICROSOFT_AUTHORITIES = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.microsoftonline.de',
];

/** MSAL asks Microsoft's discovery endpoint first unless told not to; only other hosts must skip it. */
export function isMicrosoftAuthority(authorityHost: string): boolean {
  try {
    return MICROSOFT_AUTHORITIES.includes(new URL(authorityHost).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** The token scope of an ARM endpoint: `https://management.azure.com/.default` for the public cloud. */
export function armScope(armEndpoint: string): string {
  return `${armEndpoint.replace(/\/+$/, '')}/.default`;
}

export type CredentialMode = 'github-oidc' | 'default';

export interface FoundryCredential extends TokenCredential {
  readonly mode: CredentialMode;
}

/** Fetches a GitHub OIDC token; the seam tests replace. */
export type IdTokenSource = (audience: string) => Promise<string>;

export function createCredential(
  config: Config,
  log: Logger,
  getIdToken: IdTokenSource = (audience) => core.getIDToken(audience),
): FoundryCredential {
  const { tenantId, clientId, authorityHost } = config.azure;
  const authority = {
    authorityHost,
    ...(isMicrosoftAuthority(authorityHost) ? {} : { disableInstanceDiscovery: true }),
  };
  if (tenantId && clientId) {
    log.info(`Azure sign-in: GitHub OIDC, federated credential of client ${clientId} in tenant ${tenantId}.`);
    let subject: string | undefined;
    let assertionFailure: FoundryError | undefined;
    // A fresh assertion on every exchange: GitHub's token lives 10 minutes, a fine-tune for hours.
    const inner = new ClientAssertionCredential(
      tenantId,
      clientId,
      async () => {
        let token: string;
        try {
          token = await withRetries(() => getIdToken(OIDC_AUDIENCE));
        } catch (e) {
          // MSAL wraps what this callback throws; keep ours so the user sees the GitHub side's fix.
          assertionFailure = new FoundryError(explainIdTokenFailure(errorMessage(e)));
          throw assertionFailure;
        }
        assertionFailure = undefined;
        log.secret(token);
        subject = jwtClaim(token, 'sub');
        return token;
      },
      authority,
    );
    return wrap(
      'github-oidc',
      inner,
      () => subject,
      { tenantId, clientId },
      () => assertionFailure,
    );
  }
  if (tenantId || clientId) {
    log.warning(
      `Only ${tenantId ? 'tenant-id' : 'client-id'} is set; GitHub OIDC needs both. Falling back to DefaultAzureCredential.`,
    );
  }
  log.info(
    'Azure sign-in: DefaultAzureCredential (azure/login, environment, managed identity or Azure CLI).',
  );
  const inner = new DefaultAzureCredential({ ...authority, ...(tenantId ? { tenantId } : {}) });
  return wrap('default', inner, () => undefined, { tenantId, clientId });
}

function wrap(
  mode: CredentialMode,
  inner: TokenCredential,
  subject: () => string | undefined,
  ids: { tenantId?: string; clientId?: string },
  assertionFailure: () => FoundryError | undefined = () => undefined,
): FoundryCredential {
  return {
    mode,
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      try {
        return await inner.getToken(scopes, options);
      } catch (e) {
        if (e instanceof FoundryError) throw e;
        const ours = assertionFailure();
        if (ours) throw ours;
        throw new FoundryError(explainSignInFailure(errorMessage(e), { mode, subject: subject(), ...ids }));
      }
    },
  };
}

/**
 * GitHub's token service answers 429/5xx now and then; a fine-tune that polls for hours asks it many
 * times. A missing `id-token: write` is not transient and fails at once.
 */
async function withRetries<T>(attempt: () => Promise<T>, tries = 4): Promise<T> {
  const baseMs = Number(process.env.FOUNDRY_FINETUNE_RETRY_BASE_MS ?? 500);
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (i >= tries || /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(errorMessage(e))) throw e;
      await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** (i - 1)));
    }
  }
}

/** `core.getIDToken` fails when the job lacks `id-token: write` (the runner then sets no request URL). */
export function explainIdTokenFailure(message: string): FoundryErrorDetails & { fix: string } {
  const missingPermission = /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message);
  return {
    operation: 'get a GitHub OIDC token',
    code: missingPermission ? 'id-token-permission' : undefined,
    serviceMessage: message,
    fix: missingPermission
      ? 'Give the job `permissions: id-token: write` (and `contents: read`). On pull requests from forks GitHub ' +
        'issues no OIDC token: run training on push or schedule instead.'
      : "Check that the runner can reach GitHub's token service, then run again.",
  };
}

/** Turns Entra's AADSTS answers into the piece of setup that is missing. */
export function explainSignInFailure(
  message: string,
  facts: { mode: CredentialMode; subject?: string; tenantId?: string; clientId?: string },
): FoundryErrorDetails {
  const code = /AADSTS\d+/.exec(message)?.[0];
  const base = { operation: 'sign in to Azure', code, serviceMessage: entraDescription(message) };
  const subject = facts.subject ?? /assertion subject '([^']+)'/.exec(message)?.[1];
  switch (code) {
    case 'AADSTS700213':
    case 'AADSTS70021':
      return {
        ...base,
        fix:
          `Add a federated credential to the app ${facts.clientId ?? ''} (or managed identity) with issuer ` +
          '`https://token.actions.githubusercontent.com`, audience `api://AzureADTokenExchange` and subject ' +
          (subject
            ? `\`${subject}\` (the subject GitHub sent for this run).`
            : 'matching this run (`repo:OWNER/REPO:ref:refs/heads/main`, `repo:OWNER/REPO:environment:NAME` or `repo:OWNER/REPO:pull_request`).'),
      };
    case 'AADSTS700211':
      return {
        ...base,
        fix: "The federated credential's issuer must be `https://token.actions.githubusercontent.com`.",
      };
    case 'AADSTS700212':
      return { ...base, fix: "The federated credential's audience must be `api://AzureADTokenExchange`." };
    case 'AADSTS700016':
      return {
        ...base,
        fix: `No application with client-id ${facts.clientId ?? ''} exists in tenant ${facts.tenantId ?? ''}: check both inputs.`,
      };
    case 'AADSTS90002':
    case 'AADSTS900023':
      return { ...base, fix: `Check the tenant-id input ('${facts.tenantId ?? ''}').` };
    default:
      break;
  }
  if (facts.mode === 'default') {
    return {
      ...base,
      fix:
        'No Azure credential was found. Either set tenant-id, client-id and subscription-id (GitHub OIDC, with ' +
        '`permissions: id-token: write`), or run azure/login before this step.',
    };
  }
  return base;
}

/** Entra's own sentence (`AADSTS…: what`), without the trace ids, timestamps and repetition MSAL adds. */
export function entraDescription(message: string): string {
  const m = /AADSTS\d+: ([\s\S]*?)(?= Trace ID:| Timestamp:| - Correlation ID:|$)/.exec(message);
  return m ? firstLine(m[1]!.trim()) : firstLine(message);
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? text;
  return line.length > 600 ? `${line.slice(0, 600)}…` : line;
}

/** A claim of a JWT, read without verifying: only for naming the subject in an error. */
export function jwtClaim(token: string, claim: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const value = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>)[
      claim
    ];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
