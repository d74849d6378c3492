/** One entry of `Microsoft.Authorization/permissions` (the caller's effective permissions at a scope). */
export interface Permission {
  actions: string[];
  notActions: string[];
  dataActions: string[];
  notDataActions: string[];
}

/** Azure AI Developer (64702f94-c441-49e6-a78b-ef80e0188fee), as Microsoft's AI Foundry RBAC article lists it. */
export const AZURE_AI_DEVELOPER: Permission = {
  actions: [
    'Microsoft.MachineLearningServices/workspaces/*/read',
    'Microsoft.MachineLearningServices/workspaces/*/action',
    'Microsoft.MachineLearningServices/workspaces/*/delete',
    'Microsoft.MachineLearningServices/workspaces/*/write',
    'Microsoft.MachineLearningServices/locations/*/read',
    'Microsoft.Authorization/*/read',
    'Microsoft.Resources/deployments/*',
  ],
  notActions: [
    'Microsoft.MachineLearningServices/workspaces/delete',
    'Microsoft.MachineLearningServices/workspaces/write',
    'Microsoft.MachineLearningServices/workspaces/listKeys/action',
    'Microsoft.MachineLearningServices/workspaces/hubs/write',
    'Microsoft.MachineLearningServices/workspaces/hubs/delete',
    'Microsoft.MachineLearningServices/workspaces/featurestores/write',
    'Microsoft.MachineLearningServices/workspaces/featurestores/delete',
  ],
  dataActions: [
    'Microsoft.CognitiveServices/accounts/OpenAI/*',
    'Microsoft.CognitiveServices/accounts/SpeechServices/*',
    'Microsoft.CognitiveServices/accounts/ContentSafety/*',
  ],
  notDataActions: [],
};

/** Owner/Contributor-like: everything. The emulator's default, so only tests about RBAC meet a 403. */
export const ALL_ACTIONS: Permission = {
  actions: ['*'],
  notActions: [],
  dataActions: [],
  notDataActions: [],
};

/** ARM wildcard semantics: `*` matches any run of characters (including `/`); comparison ignores case. */
export function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`, 'i');
  return regex.test(action);
}

export function isAllowed(permissions: Permission[], action: string): boolean {
  return permissions.some(
    (p) =>
      p.actions.some((a) => actionMatches(a, action)) && !p.notActions.some((a) => actionMatches(a, action)),
  );
}

/** Where a role is assigned: ARM's scopes above the workspace's resources, outermost first. */
export type ScopeLevel = 'subscription' | 'resourceGroup' | 'workspace';

/** A role assignment at a scope: visible at that scope and every scope below it, not above. */
export interface RoleAssignment {
  scope: ScopeLevel;
  permissions: Permission[];
}

const LEVELS: readonly ScopeLevel[] = ['subscription', 'resourceGroup', 'workspace'];

/** The scope a request addresses, from the route's path parameters. */
export function scopeLevel(params: Record<string, string>): ScopeLevel {
  if (params.ws !== undefined) return 'workspace';
  if (params.rg !== undefined) return 'resourceGroup';
  return 'subscription';
}

/**
 * What the caller may do at a scope: `permissions` (assigned at the subscription, so visible everywhere)
 * plus every role assignment at that scope or above it.
 */
export function effectivePermissions(
  settings: { permissions: Permission[]; roleAssignments: RoleAssignment[] },
  at: ScopeLevel,
): Permission[] {
  const depth = LEVELS.indexOf(at);
  return [
    ...settings.permissions,
    ...settings.roleAssignments.filter((a) => LEVELS.indexOf(a.scope) <= depth).flatMap((a) => a.permissions),
  ];
}

/** Removes actions from a permission set (preflight tests take one permission away at a time). */
export function without(permission: Permission, ...notActions: string[]): Permission {
  return { ...permission, notActions: [...permission.notActions, ...notActions] };
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
