import { stableGuid } from '../core/random.ts';
import type { ArmContext } from './context.ts';
import { ML, systemData, workspaceId } from './context.ts';
import { notFoundError } from './errors.ts';
import { okJson, type ArmRoute } from './front-door.ts';

export const WS =
  '/subscriptions/:sub/resourceGroups/:rg/providers/Microsoft.MachineLearningServices/workspaces/:ws';

/** The workspace's MLflow tracking URI: `azureml://` + the (https) regional host, as Azure hands it out. */
export function mlflowTrackingUri(ctx: ArmContext): string {
  return `azureml://${new URL(ctx.urls.mlflow).host}/mlflow/v1.0${workspaceId(ctx.ws)}`;
}

export function workspaceRoutes(ctx: ArmContext): ArmRoute[] {
  const created = ctx.clock.now();
  const id = workspaceId(ctx.ws);
  const sub = `/subscriptions/${ctx.ws.subscriptionId}/resourceGroups/${ctx.ws.resourceGroup}`;

  const workspace = (): Record<string, unknown> => ({
    id,
    name: ctx.ws.name,
    type: `${ML}/workspaces`,
    location: ctx.ws.location,
    kind: ctx.ws.kind,
    tags: {},
    sku: { name: 'Basic', tier: 'Basic' },
    identity: {
      type: 'SystemAssigned',
      principalId: stableGuid(`${id}/identity`),
      tenantId: ctx.ws.tenantId,
      userAssignedIdentities: {},
    },
    systemData: systemData(created, 'emulator'),
    properties: {
      description: 'Local emulator workspace',
      friendlyName: ctx.ws.name,
      workspaceId: ctx.ws.workspaceId,
      provisioningState: 'Succeeded',
      mlFlowTrackingUri: mlflowTrackingUri(ctx),
      discoveryUrl: `${ctx.urls.mlflow}/discovery`,
      allowPublicAccessWhenBehindVnet: false,
      applicationInsights: `${sub}/providers/microsoft.insights/components/${ctx.ws.name}-insights`,
      containerRegistry: `${sub}/providers/Microsoft.ContainerRegistry/registries/${ctx.ws.name.replace(/[^a-z0-9]/gi, '')}acr`,
      keyVault: `${sub}/providers/Microsoft.KeyVault/vaults/${ctx.ws.name}-kv`,
      storageAccount: `${sub}/providers/Microsoft.Storage/storageAccounts/${ctx.ws.datastore.accountName}`,
      ...(ctx.ws.kind === 'Project'
        ? { hubResourceId: `${sub}/providers/${ML}/workspaces/${ctx.ws.name}-hub` }
        : {}),
      encryption: {
        status: 'Disabled',
        keyVaultProperties: { keyVaultArmId: '', keyIdentifier: '', identityClientId: '' },
        identity: { userAssignedIdentity: '' },
      },
      hbiWorkspace: false,
      imageBuildCompute: '',
      managedNetwork: {
        isolationMode: 'Disabled',
        networkId: stableGuid(`${id}/network`),
        outboundRules: {},
        status: { sparkReady: false, status: 'Inactive' },
      },
      privateEndpointConnections: [],
      privateLinkCount: 0,
      publicNetworkAccess: 'Enabled',
      serviceProvisionedResourceGroup: `${ctx.ws.name}_${ctx.ws.workspaceId.replace(/-/g, '').slice(0, 16)}`,
      sharedPrivateLinkResources: [],
    },
  });

  const datastore = (): Record<string, unknown> => ({
    id: `${id}/datastores/workspaceblobstore`,
    name: 'workspaceblobstore',
    type: `${ML}/workspaces/datastores`,
    systemData: systemData(created, 'emulator'),
    properties: {
      description: 'Default blob datastore of the workspace (Azurite in the emulator)',
      tags: {},
      properties: null,
      isDefault: true,
      credentials: { credentialsType: 'AccountKey', secrets: { secretsType: 'AccountKey' } },
      datastoreType: 'AzureBlob',
      accountName: ctx.ws.datastore.accountName,
      containerName: ctx.ws.datastore.containerName,
      // The emulator's endpoint is an IP host (Azurite, path-style); see README "Blob endpoint mapping".
      endpoint: ctx.ws.datastore.endpoint,
      protocol: ctx.ws.datastore.protocol,
      serviceDataAccessAuthIdentity: 'None',
    },
  });

  return [
    {
      method: 'GET',
      pattern: WS,
      api: 'ml',
      type: 'workspaces',
      action: `${ML}/workspaces/read`,
      handler: () => okJson(workspace()),
    },
    {
      method: 'GET',
      pattern: `${WS}/datastores`,
      api: 'ml',
      type: 'workspaces/datastores',
      action: `${ML}/workspaces/datastores/read`,
      answer: 'DatastoreResourceArmPaginatedResult',
      handler: () => okJson({ value: [datastore()] }),
    },
    {
      method: 'GET',
      pattern: `${WS}/datastores/:name`,
      api: 'ml',
      type: 'workspaces/datastores',
      action: `${ML}/workspaces/datastores/read`,
      answer: 'DatastoreResource',
      handler: (req) =>
        req.params.name === 'workspaceblobstore'
          ? okJson(datastore())
          : notFoundError(`Datastore '${req.params.name}'`),
    },
    {
      method: 'POST',
      pattern: `${WS}/datastores/:name/listSecrets`,
      api: 'ml',
      type: 'workspaces/datastores',
      action: `${ML}/workspaces/datastores/listsecrets/action`,
      answer: 'DatastoreSecrets',
      handler: (req) =>
        req.params.name === 'workspaceblobstore'
          ? okJson({ secretsType: 'AccountKey', key: ctx.ws.datastore.key })
          : notFoundError(`Datastore '${req.params.name}'`),
    },
  ];
}
