/**
 * The ARM shapes we read and write, reduced to the fields we use: jobs at the jobs api-version (a preview
 * whose spec defines FineTuning), everything else at 2025-12-01.
 */

export interface WorkspaceRef {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
}

export interface WorkspaceInfo extends WorkspaceRef {
  /** ARM id of the workspace. */
  id: string;
  /** ARM location, lower case without spaces (`eastus2`). */
  location: string;
  /** `properties.workspaceId`: the GUID in fine-tuned model ids. */
  workspaceId: string;
  /** `kind` (`Hub`, `Project`, `Default`). */
  kind?: string;
  /** `properties.mlFlowTrackingUri` (`azureml://…`). */
  mlflowTrackingUri?: string;
  tenantId?: string;
}

export interface JobInput {
  jobInputType: string;
  uri: string;
  mode?: string;
}

export interface FineTuningJobProperties {
  jobType: 'FineTuning';
  displayName?: string;
  description?: string;
  experimentName?: string;
  computeId?: string;
  resources?: { instanceTypes?: string[] };
  tags?: Record<string, string>;
  properties?: Record<string, string>;
  status?: string;
  fineTuningDetails: {
    modelProvider: 'Custom';
    taskType: 'ChatCompletion';
    model: JobInput;
    trainingData: JobInput;
    validationData?: JobInput;
    hyperParameters: Record<string, string>;
  };
  outputs: Record<string, { jobOutputType: string; assetName?: string; uri?: string; mode?: string }>;
  services?: Record<string, { endpoint?: string; jobServiceType?: string }>;
  /** Some api-versions carry an error on failed jobs; read defensively. */
  error?: unknown;
}

export interface JobResource {
  id?: string;
  name: string;
  properties: FineTuningJobProperties;
  systemData?: { createdAt?: string; lastModifiedAt?: string };
}

export interface ModelVersionResource {
  id?: string;
  name: string;
  properties: {
    description?: string;
    tags?: Record<string, string>;
    properties?: Record<string, string>;
    modelType?: string;
    modelUri?: string;
    flavors?: unknown;
    isAnonymous?: boolean;
    isArchived?: boolean;
    jobName?: string;
    stage?: string;
    /** Read-only: never sent back. */
    provisioningState?: string;
    [key: string]: unknown;
  };
  systemData?: { createdAt?: string; lastModifiedAt?: string };
}

export interface DataVersionResource {
  id?: string;
  name: string;
  properties: {
    dataType: string;
    dataUri: string;
    description?: string;
    tags?: Record<string, string>;
    properties?: Record<string, string>;
  };
}

export interface DatastoreResource {
  id?: string;
  name: string;
  properties: {
    datastoreType?: string;
    accountName?: string;
    containerName?: string;
    endpoint?: string;
    protocol?: string;
    credentials?: { credentialsType?: string };
  };
}

export interface EndpointResource {
  id?: string;
  name: string;
  location?: string;
  tags?: Record<string, string>;
  properties: {
    modelSettings?: { modelId?: string };
    authMode?: string;
    inferenceEndpoint?: { uri?: string };
    provisioningState?: string;
    endpointState?: string;
    contentSafety?: { contentSafetyStatus?: string };
  };
  systemData?: { createdAt?: string; lastModifiedAt?: string };
}

export interface AsyncOperationStatus {
  status: string;
  error?: { code?: string; message?: string };
}
