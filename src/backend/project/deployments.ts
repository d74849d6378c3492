/**
 * ARM `Microsoft.CognitiveServices/accounts/deployments`, the pure half: the PUT body of a fine-tuned model's
 * deployment and the reading of an ARM deployment into the port's neutral ModelDeployment.
 * Shapes: PutDeployment / GetDeployment examples (arm-2024-10-01 .. arm-2026-03-01 in foundry-projects/) and
 * the `Deployment` definition of stable 2025-06-01 (sku, tags, properties.model{format,name,version}).
 */
import type { DeploymentRole, DeploymentState, ModelDeployment } from '../port.ts';
import { LABELS } from './names.ts';

/** Developer-tier deployments live 24 hours, then the service deletes them (D-DEVTEST, D-DEPTYPES). */
export const DEVELOPER_LIFETIME_MS = 24 * 60 * 60_000;

export interface ArmDeployment {
  id?: string;
  name: string;
  type?: string;
  sku?: { name: string; capacity?: number };
  tags?: Record<string, string>;
  properties?: {
    model?: { format?: string; name?: string; version?: string; source?: string };
    provisioningState?: string;
    [key: string]: unknown;
  };
  systemData?: { createdAt?: string; lastModifiedAt?: string };
}

export interface DeploymentBodyInput {
  modelName: string;
  format: string;
  sku: string;
  capacity: number;
  tags: Record<string, string>;
}

/** `{sku: {name, capacity}, tags, properties: {model: {format, name, version: "1"}}}` (D-REST, D-DEPLOY). */
export function deploymentBody(input: DeploymentBodyInput): {
  sku: { name: string; capacity: number };
  tags: Record<string, string>;
  properties: { model: { format: string; name: string; version: string } };
} {
  return {
    sku: { name: input.sku, capacity: input.capacity },
    tags: input.tags,
    properties: { model: { format: input.format, name: input.modelName, version: '1' } },
  };
}

/** `provisioningState` (Accepted, Creating, Deleting, Moving, Failed, Succeeded, Disabled, Canceled). */
export function deploymentStateOf(provisioningState: string | undefined): DeploymentState {
  switch ((provisioningState ?? '').toLowerCase()) {
    case 'succeeded':
      return 'ready';
    case 'failed':
    case 'canceled':
    case 'disabled':
      return 'failed';
    case 'deleting':
      return 'deleting';
    default:
      return 'creating';
  }
}

export function isDeveloperSku(sku: string | undefined): boolean {
  return /^developer(tier)?$/i.test(sku ?? '');
}

export function toModelDeployment(d: ArmDeployment): ModelDeployment {
  const created = Date.parse(d.systemData?.createdAt ?? '');
  const createdAt = Number.isFinite(created) ? created : undefined;
  const tags = d.tags ?? {};
  const role = tags[LABELS.role];
  return {
    name: d.name,
    modelId: d.properties?.model?.name ?? '',
    role: role === 'candidate' || role === 'production' ? (role as DeploymentRole) : undefined,
    sku: d.sku?.name ?? 'unknown',
    state: deploymentStateOf(d.properties?.provisioningState),
    serviceState: d.properties?.provisioningState ?? 'Unknown',
    labels: { ...tags },
    createdAt,
    expiresAt:
      isDeveloperSku(d.sku?.name) && createdAt !== undefined ? createdAt + DEVELOPER_LIFETIME_MS : undefined,
  };
}
