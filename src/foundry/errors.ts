/**
 * Every failure of an Azure call becomes one FoundryError whose message says what was attempted, what Azure
 * answered (status, ARM `error.code`, `error.message`) and, when we know it, what to change. Pure.
 */

export interface FoundryErrorDetails {
  /** What we were doing, e.g. `submit fine-tuning job ff-1a2b3c`. */
  operation: string;
  status?: number;
  /** ARM `error.code`, or an Entra `AADSTS…` code. */
  code?: string;
  /** The service's own words. */
  serviceMessage?: string;
  /** What the user should change, when we know. */
  fix?: string;
}

export class FoundryError extends Error {
  readonly details: FoundryErrorDetails;
  constructor(details: FoundryErrorDetails) {
    super(formatFoundryError(details));
    this.name = 'FoundryError';
    this.details = details;
  }
  get status(): number | undefined {
    return this.details.status;
  }
  get code(): string | undefined {
    return this.details.code;
  }
}

export function formatFoundryError(d: FoundryErrorDetails): string {
  const answer = [d.status !== undefined ? `HTTP ${d.status}` : undefined, d.code].filter(Boolean).join(' ');
  let text = `Azure: ${d.operation} failed`;
  if (answer) text += ` (${answer})`;
  if (d.serviceMessage) text += `: ${d.serviceMessage.trim().replace(/\.?$/, '.')}`;
  else text += '.';
  if (d.fix) text += ` Fix: ${d.fix}`;
  return text;
}

/** The `{error: {code, message}}` body ARM sends; tolerant of the odd shapes some services send instead. */
export function armErrorBody(body: unknown): { code?: string; message?: string } {
  if (!body || typeof body !== 'object') {
    return typeof body === 'string' && body.trim() ? { message: body.trim().slice(0, 500) } : {};
  }
  const b = body as Record<string, unknown>;
  const inner = (b.error && typeof b.error === 'object' ? b.error : b) as Record<string, unknown>;
  const code = typeof inner.code === 'string' ? inner.code : undefined;
  const message =
    typeof inner.message === 'string'
      ? inner.message
      : typeof b.Message === 'string'
        ? b.Message
        : typeof b.error === 'string'
          ? b.error
          : undefined;
  return { code, message };
}

/** The role that covers everything the action does in a hub project (Azure's fine-tuning docs name it). */
export const ROLE_HINT =
  'Azure AI Developer (id 64702f94-c441-49e6-a78b-ef80e0188fee) on the workspace or its resource group';

export interface ArmErrorContext {
  operation: string;
  status: number;
  body: unknown;
  /** Names the user gave, quoted in the fix. */
  names?: { subscriptionId?: string; resourceGroup?: string; workspace?: string };
}

export function armError(ctx: ArmErrorContext): FoundryError {
  const { code, message } = armErrorBody(ctx.body);
  return new FoundryError({
    operation: ctx.operation,
    status: ctx.status,
    code,
    serviceMessage: message,
    fix: armFix(ctx.status, code, message, ctx.names),
  });
}

/** What to do about an ARM answer, when the status and code say it clearly enough. */
export function armFix(
  status: number,
  code: string | undefined,
  message: string | undefined,
  names: ArmErrorContext['names'] = {},
): string | undefined {
  const text = `${code ?? ''} ${message ?? ''}`;
  if (status === 401 || /InvalidAuthenticationToken|ExpiredAuthenticationToken/i.test(text)) {
    return (
      'Azure Resource Manager refused the token. Check that tenant-id is the tenant of subscription-id, ' +
      'and that arm-endpoint matches the cloud of authority-host.'
    );
  }
  if (status === 403 || /AuthorizationFailed|LinkedAuthorizationFailed/i.test(text)) {
    const action = /action '([^']+)'/i.exec(message ?? '')?.[1];
    const what = action ? `the action \`${action}\`` : 'this operation';
    return `The identity is not allowed ${what}. Assign it the role ${ROLE_HINT}, or a custom role that includes ${action ? `\`${action}\`` : 'it'}.`;
  }
  if (/SubscriptionNotFound|InvalidSubscriptionId/i.test(text)) {
    return `Check the subscription-id input ('${names.subscriptionId ?? ''}') and that the identity has access to that subscription.`;
  }
  if (/ResourceGroupNotFound/i.test(text)) {
    return `Check the resource-group input ('${names.resourceGroup ?? ''}').`;
  }
  if (/WorkspaceNotFound/i.test(text) || (status === 404 && /workspaces?\b/i.test(text))) {
    return `Check the workspace input ('${names.workspace ?? ''}'): it must be an Azure AI Foundry hub project (Azure Machine Learning workspace) in resource group '${names.resourceGroup ?? ''}'.`;
  }
  if (status === 429) {
    return 'Azure kept throttling after every retry; run again later, or lower the request rate.';
  }
  if (status >= 500) {
    return 'Azure had a server error after every retry; run the workflow again (nothing is submitted twice).';
  }
  return undefined;
}

/** A value's message, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
