/**
 * What a refused call on a Foundry project means and what to change. Training (data plane) and deploying
 * (ARM) need different roles, so the fix names the one the failed call needed. Pure.
 */
import { FoundryError } from '../../foundry/errors.ts';

/** The data plane's token scope (D-V1, D-ERR, `@azure/ai-projects` getOpenAIClient); configurable. */
export const DEFAULT_DATA_PLANE_SCOPE = 'https://ai.azure.com/.default';

/** D-SFT (2026-10-05): Foundry User trains; Foundry Owner also deploys. Classic roles in brackets (D-V1, D-TROUBLE). */
export const ROLES = {
  training:
    "'Foundry User' on the project (classic resources: 'Cognitive Services OpenAI User' to read, 'Cognitive Services OpenAI Contributor' to train)",
  deploying:
    "'Foundry Owner' on the project, or a role with 'Microsoft.CognitiveServices/accounts/deployments/write' on the resource (D-DEPLOYNEW)",
} as const;

export type CallKind = 'training' | 'deploying' | 'reading';

/** The body of a data-plane error: `{error: {code, message, param, type}}` (V1SPEC AzureErrorResponse, OAI). */
export function dataPlaneErrorBody(body: unknown): { code?: string; message?: string; param?: string } {
  const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
  if (!error || typeof error !== 'object') {
    return typeof body === 'string' && body.trim() ? { message: body.trim().slice(0, 500) } : {};
  }
  const s = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  return { code: s(error.code), message: s(error.message), param: s(error.param) };
}

export function fixFor(
  status: number | undefined,
  code: string | undefined,
  message: string | undefined,
  kind: CallKind,
  scope: string,
): string | undefined {
  const text = `${code ?? ''} ${message ?? ''}`;
  if (status === 401) {
    if (/audience|scope/i.test(text)) {
      return `The token was issued for the wrong audience: the data plane takes a token for '${DEFAULT_DATA_PLANE_SCOPE}' (Azure OpenAI endpoints also accept https://cognitiveservices.azure.com/.default); this run asked for '${scope}'. Set the project token scope to one of those, or leave it unset.`;
    }
    return `The service refused the credential. Check that the identity has ${kind === 'deploying' ? ROLES.deploying : ROLES.training}, and that the project endpoint belongs to the tenant you sign in to.`;
  }
  if (status === 403 || /AuthorizationFailed|PermissionDenied/i.test(text)) {
    if (/temporarily blocked/i.test(text))
      return 'The resource is blocked by Azure; check its state in the portal.';
    if (/network|firewall|virtual network|private/i.test(text)) {
      return 'The resource refuses this network: allow the runner (public network access, firewall rules) or use a self-hosted runner inside the network.';
    }
    return `The identity may not do this. ${kind === 'deploying' ? `Deploying needs ${ROLES.deploying}` : `Training needs ${ROLES.training}`}.`;
  }
  if (status === 404 && kind !== 'deploying') {
    return 'Check the project endpoint (https://<resource>.services.ai.azure.com/api/projects/<project>).';
  }
  if (status === 429) return 'The service kept throttling; run again later.';
  if (status !== undefined && status >= 500) {
    return 'The service had a server error; run again (nothing is submitted twice).';
  }
  return undefined;
}

export function projectError(
  operation: string,
  status: number | undefined,
  body: unknown,
  kind: CallKind,
  scope = DEFAULT_DATA_PLANE_SCOPE,
): FoundryError {
  const { code, message, param } = dataPlaneErrorBody(body);
  const armCode = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  const finalCode = code ?? (typeof armCode === 'string' ? armCode : undefined);
  return new FoundryError({
    operation,
    status,
    code: finalCode,
    serviceMessage: message ? `${message}${param ? ` (${param})` : ''}` : undefined,
    fix: fixFor(status, finalCode, message, kind, scope),
  });
}
