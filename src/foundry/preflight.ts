/**
 * Preflight: what must be true before the action creates anything in Azure, each check with the fix.
 * The evaluation is pure; the facade gathers the facts.
 */
import { serverlessRefusal, type ModelInfo } from '../models/catalog.ts';
import type { WorkspaceInfo } from './types.ts';

export type CheckStatus = 'passed' | 'failed' | 'warning';

export interface PreflightCheck {
  id: 'workspace' | 'model' | 'region' | 'network-provider' | 'permissions' | 'project-kind';
  title: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}

/** Actions the action performs, grouped as the summary names them. */
export const REQUIRED_ACTIONS: readonly { group: string; action: string }[] = [
  { group: 'jobs', action: 'Microsoft.MachineLearningServices/workspaces/jobs/read' },
  { group: 'jobs', action: 'Microsoft.MachineLearningServices/workspaces/jobs/write' },
  { group: 'data', action: 'Microsoft.MachineLearningServices/workspaces/data/versions/write' },
  { group: 'data', action: 'Microsoft.MachineLearningServices/workspaces/datastores/read' },
  {
    group: 'datastore secrets',
    action: 'Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action',
  },
  { group: 'models', action: 'Microsoft.MachineLearningServices/workspaces/models/versions/write' },
  { group: 'endpoints', action: 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints/write' },
  {
    group: 'endpoints',
    action: 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints/listKeys/action',
  },
];

export interface PermissionEntry {
  actions?: string[];
  notActions?: string[];
}

/** ARM wildcard semantics: `*` matches any run of characters (slashes included); case is ignored. */
export function actionMatches(pattern: string, action: string): boolean {
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`, 'i').test(action);
}

export function isAllowed(permissions: readonly PermissionEntry[], action: string): boolean {
  return permissions.some(
    (p) =>
      (p.actions ?? []).some((a) => actionMatches(a, action)) &&
      !(p.notActions ?? []).some((a) => actionMatches(a, action)),
  );
}

export function missingActions(permissions: readonly PermissionEntry[]): { group: string; action: string }[] {
  return REQUIRED_ACTIONS.filter((r) => !isAllowed(permissions, r.action));
}

export interface PreflightFacts {
  model: ModelInfo;
  /** Managed compute cluster; absent for serverless. */
  compute?: string;
  /** VM size: without `compute`, serverless compute of that size (not MaaS serverless fine-tuning). */
  instanceType?: string;
  workspace?: WorkspaceInfo;
  /** Why the workspace could not be read, when it could not. */
  workspaceError?: string;
  workspaceFix?: string;
  networkState?: string;
  networkError?: string;
  permissions?: PermissionEntry[];
  permissionsError?: string;
  /** Where the permissions were read: the workspace (Permissions_ListForResource). */
  permissionsScope?: { kind: string; name: string; id: string };
  identity?: string;
}

export function evaluatePreflight(f: PreflightFacts): PreflightCheck[] {
  const checks: PreflightCheck[] = [];
  // MaaS serverless fine-tuning: no compute and no VM size (with a VM size, serverless compute runs it).
  const serverless = !f.compute && !f.instanceType;

  const retired = serverless && !f.model.serverless.offered ? serverlessRefusal(f.model) : undefined;
  checks.push(
    retired
      ? { id: 'model', title: 'Model offered', status: 'failed', detail: retired }
      : {
          id: 'model',
          title: 'Model offered',
          status: 'passed',
          detail: serverless
            ? `${f.model.id} is offered for serverless fine-tuning.`
            : f.compute
              ? `${f.model.id} on managed compute \`${f.compute}\`${f.instanceType ? ` (${f.instanceType})` : ''}.`
              : `${f.model.id} on serverless compute of size \`${f.instanceType}\`.`,
        },
  );

  if (!f.workspace) {
    checks.push({
      id: 'workspace',
      title: 'Workspace',
      status: 'failed',
      detail: f.workspaceError ?? 'The workspace could not be read.',
      fix: f.workspaceFix,
    });
  } else {
    checks.push({
      id: 'workspace',
      title: 'Workspace',
      status: 'passed',
      detail: `\`${f.workspace.workspace}\` in ${f.workspace.location}${f.workspace.kind ? ` (${f.workspace.kind})` : ''}.`,
    });
    if (serverless && !retired) {
      const refusal = serverlessRefusal(f.model, f.workspace.location);
      checks.push(
        refusal
          ? { id: 'region', title: 'Region', status: 'failed', detail: refusal }
          : {
              id: 'region',
              title: 'Region',
              status: 'passed',
              detail: `${f.workspace.location} offers serverless fine-tuning of ${f.model.id}.`,
            },
      );
      if (f.workspace.kind && !/project/i.test(f.workspace.kind)) {
        checks.push({
          id: 'project-kind',
          title: 'Hub project',
          status: 'warning',
          detail: `The workspace is of kind \`${f.workspace.kind}\`; serverless fine-tuning runs in hub-based projects.`,
          fix: 'Point the workspace input at a project of an Azure AI Foundry hub if submission fails.',
        });
      }
    }
  }

  if (f.networkError) {
    checks.push({
      id: 'network-provider',
      title: 'Microsoft.Network',
      status: 'warning',
      detail: `Could not read the registration of Microsoft.Network: ${f.networkError}`,
    });
  } else if (f.networkState !== undefined) {
    const ok = f.networkState.toLowerCase() === 'registered';
    checks.push({
      id: 'network-provider',
      title: 'Microsoft.Network',
      status: ok ? 'passed' : 'failed',
      detail: ok
        ? 'The resource provider is registered.'
        : `The resource provider Microsoft.Network is ${f.networkState} in the subscription; serverless fine-tuning and endpoints need it.`,
      fix: ok
        ? undefined
        : 'Register it once: `az provider register --namespace Microsoft.Network` (or POST .../providers/Microsoft.Network/register), then run again.',
    });
  }

  if (f.permissionsError) {
    checks.push({
      id: 'permissions',
      title: 'Permissions',
      status: 'warning',
      detail: `Could not read the identity's permissions: ${f.permissionsError}`,
      fix: 'Give the identity `Microsoft.Authorization/permissions/read` (every built-in role has it) so preflight can check.',
    });
  } else if (f.permissions) {
    const missing = missingActions(f.permissions);
    const scope = f.permissionsScope
      ? ` at the ${f.permissionsScope.kind} \`${f.permissionsScope.name}\` (scope \`${f.permissionsScope.id}\`)`
      : '';
    checks.push(
      missing.length === 0
        ? {
            id: 'permissions',
            title: 'Permissions',
            status: 'passed',
            detail: `Jobs, data, datastore secrets, models and endpoints are allowed${scope}.`,
          }
        : {
            id: 'permissions',
            title: 'Permissions',
            status: 'failed',
            detail: `The identity${f.identity ? ` ${f.identity}` : ''} may not${scope}: ${missing
              .map((m) => `${m.group} (\`${m.action}\`)`)
              .join(', ')}.`,
            fix:
              'Assign the role Azure AI Developer (64702f94-c441-49e6-a78b-ef80e0188fee) on the workspace or its ' +
              'resource group, or a custom role with the actions listed.',
          },
    );
  }
  return checks;
}

export function preflightPassed(checks: readonly PreflightCheck[]): boolean {
  return checks.every((c) => c.status !== 'failed');
}
