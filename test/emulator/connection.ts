import type { Connection } from './types.ts';

export interface ChildEnvParts {
  connection: Connection;
  oidcRequestUrl: string;
  oidcRequestToken: string;
  githubApiUrl: string;
}

/** Action inputs (names as in action.yml) that point the action at the emulator. */
export function actionInputs(c: Connection): Record<string, string> {
  return {
    'subscription-id': c.subscriptionId,
    'resource-group': c.resourceGroup,
    workspace: c.workspace,
    'tenant-id': c.tenantId,
    'client-id': c.clientId,
    'arm-endpoint': c.armUrl,
    'authority-host': c.authorityHost,
    'content-safety-endpoint': c.contentSafetyUrl,
    'content-safety-key': c.contentSafetyKey,
  };
}

/**
 * The environment of a child process (the built action) pointed at the emulator. NODE_EXTRA_CA_CERTS must
 * be set before that Node starts; inputs use @actions/core's `INPUT_{NAME}` convention (hyphens kept).
 */
export function childEnv(parts: ChildEnvParts, extra: Record<string, string> = {}): Record<string, string> {
  const c = parts.connection;
  return {
    ...extra,
    NODE_EXTRA_CA_CERTS: c.caCertPath,
    ACTIONS_ID_TOKEN_REQUEST_URL: parts.oidcRequestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: parts.oidcRequestToken,
    AZURE_TENANT_ID: c.tenantId,
    AZURE_CLIENT_ID: c.clientId,
    AZURE_AUTHORITY_HOST: c.authorityHost,
    GITHUB_API_URL: parts.githubApiUrl,
    ...Object.fromEntries(Object.entries(actionInputs(c)).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

/** The one JSON line `npm run emulator` prints. */
export function connectionInfo(
  parts: ChildEnvParts & { subject: string; githubTokens: Record<string, string> },
): Record<string, unknown> {
  const { kind: _kind, ...blob } = parts.connection.blob;
  return {
    ...parts.connection,
    blob,
    oidc: { requestUrl: parts.oidcRequestUrl, requestToken: parts.oidcRequestToken, subject: parts.subject },
    githubApiUrl: parts.githubApiUrl,
    githubTokens: parts.githubTokens,
    childEnv: childEnv(parts),
  };
}
