import { armFaultAnswer } from './arm/errors.ts';
import type { ArmContext } from './arm/context.ts';
import { createArmHandler } from './arm/index.ts';
import { reconcile } from './arm/lifecycle.ts';
import { mlflowHandler } from './arm/mlflow.ts';
import { ArmState } from './arm/state.ts';
import { mlflowTrackingUri } from './arm/workspace.ts';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from './blob/azurite.ts';
import { AzuriteBlobStore, MemoryBlobStore, type BlobStore } from './blob/store.ts';
import { actionInputs, childEnv, connectionInfo } from './connection.ts';
import { contentSafetyHandler, type ContentSafetyStats } from './content-safety/server.ts';
import { EmulatorClock } from './core/clock.ts';
import { Faults } from './core/faults.ts';
import {
  startServiceServer,
  type Handler,
  type RunningServer,
  type ServiceServerOptions,
} from './core/http.ts';
import { randomSecret, stableGuid } from './core/random.ts';
import { Redactor } from './core/redact.ts';
import { RequestLog, type ServiceName } from './core/request-log.ts';
import { CA_CERT_PATH, tlsMaterial } from './core/tls.ts';
import { CONTENT_LIMITS, GitHubApi, githubFaultAnswer } from './github/server.ts';
import { createIdentity } from './identity/setup.ts';
import { DEFAULT_CONTRACT, InferenceRegistry } from './inference/registry.ts';
import { inferenceFaultAnswer, inferenceHandler } from './inference/server.ts';
import { endpointRegistrar, inspectors } from './inspect.ts';
import {
  armSettings,
  DEFAULT_CONTENT_WORDS,
  DEFAULT_GITHUB_TOKENS,
  type EmulatorOptions,
} from './options.ts';
import type { Connection, Emulator } from './types.ts';
import { createProjectService, dataPlaneFaultAnswer, type ProjectService } from './project/index.ts';

export type { EmulatorOptions } from './options.ts';
export type {
  Emulator,
  Connection,
  JobView,
  EndpointView,
  ModelView,
  RegisterEndpointOptions,
} from './types.ts';
export { DEFAULT_TIMINGS, LONG_ENOUGH_MS, DEFAULT_CONTENT_WORDS, DEFAULT_GITHUB_TOKENS } from './options.ts';
export { AZURE_AI_DEVELOPER, ALL_ACTIONS, without } from './arm/permissions.ts';
export { trustEmulatorCertificate, CA_CERT_PATH } from './core/tls.ts';
export type { RequestLogEntry, ServiceName } from './core/request-log.ts';
export type { FaultRule, FaultResponse, RandomFaults } from './core/faults.ts';
export { DEFAULT_CONTRACT, type InferenceContract } from './inference/registry.ts';
export { CONTENT_LIMITS } from './github/server.ts';

const GITHUB_TOKENS = {
  actions: 'ghs_emulatorActionsTokenWrite000000000000',
  readOnly: 'ghs_emulatorActionsTokenForkReadOnly00000',
  pat: 'ghp_emulatorPersonalAccessToken0000000000',
};

/** Starts every emulated service in this process on random 127.0.0.1 ports. Always `await stop()`. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const redactor = new Redactor();
  const log = new RequestLog(redactor);
  const faults = new Faults();
  const clock = new EmulatorClock(options.timeScale ?? 0);
  const servers: RunningServer[] = [];
  // Azurite takes longest to start, so it starts first and in parallel with our servers.
  const azuritePromise = options.azurite === false ? Promise.resolve(undefined) : startAzurite();

  try {
    const { tokens, oidc, authority, staticToken } = createIdentity(options, redactor);
    const settings = armSettings(options);
    const inference = new InferenceRegistry(
      {
        latencyMs: 0,
        requestsPerMinute: 1000,
        tokensPerMinute: 200_000,
        contentWords: DEFAULT_CONTENT_WORDS,
        blockSeverity: 4,
        ...structuredClone(DEFAULT_CONTRACT),
        ...options.inference,
      },
      redactor,
    );
    const contentSafetyKey = options.contentSafety?.key ?? randomSecret(16);
    redactor.addSecret(contentSafetyKey);
    redactor.addSecret(AZURITE_KEY);
    const github = new GitHubApi(
      {
        defaultBranch: options.github?.defaultBranch ?? 'main',
        tokens: { ...DEFAULT_GITHUB_TOKENS, ...options.github?.tokens },
        contentLimits: { ...CONTENT_LIMITS, ...options.github?.contentLimits },
      },
      redactor,
    );
    const contentSafetyStats: ContentSafetyStats = { requests: 0, throttled: 0 };

    // ARM and MLflow need their own URLs (resource ids, nextLinks), so their handlers are bound after listening.
    const bound: { arm?: Handler; mlflow?: Handler; ctx?: ArmContext; project?: ProjectService } = {};
    const catchUp = (): void => {
      if (bound.ctx) reconcile(bound.ctx);
      bound.project?.view.reconcile();
    };
    const lazy =
      (get: () => Handler | undefined): Handler =>
      (req) =>
        get()!(req);
    const tls = tlsMaterial();
    const start = async (
      service: ServiceName,
      handler: Handler,
      extra: Partial<ServiceServerOptions> = {},
    ): Promise<RunningServer> => {
      const server = await startServiceServer({
        service,
        handler,
        log,
        faults,
        port: options.ports?.[service],
        faultAnswer: (status) => ({
          body: { error: { code: String(status), message: `Injected ${status}.` } },
        }),
        ...extra,
      });
      servers.push(server);
      return server;
    };
    const csHandler = contentSafetyHandler(
      {
        key: contentSafetyKey,
        requestsPerMinute: options.contentSafety?.requestsPerMinute ?? 0,
        apiVersions: ['2023-10-01', '2024-09-01'],
        words: () => inference.defaults.contentWords,
        blocklists: options.contentSafety?.blocklists ?? {},
      },
      tokens,
      contentSafetyStats,
    );
    const [arm, mlflow, authorityServer, oidcServer, inferenceServer, contentSafety, githubServer] =
      await Promise.all([
        start(
          'arm',
          // Microsoft.CognitiveServices (the Foundry resource) shares ARM's host with the ML routes.
          (req) =>
            bound.project && /\/providers\/Microsoft\.CognitiveServices\//i.test(req.path)
              ? bound.project.arm(req)
              : bound.arm!(req),
          { tls, faultAnswer: armFaultAnswer, beforeEach: catchUp },
        ),
        start(
          'mlflow',
          lazy(() => bound.mlflow),
          { tls, beforeEach: catchUp },
        ),
        start('authority', authority.router().handle, { tls }),
        start('oidc', oidc.router().handle),
        start('inference', inferenceHandler(inference), {
          faultAnswer: inferenceFaultAnswer,
          beforeEach: catchUp,
        }),
        start('contentSafety', csHandler, { faultAnswer: inferenceFaultAnswer }),
        start('github', github.handler(), { faultAnswer: (status) => githubFaultAnswer(status) }),
      ]);
    inference.baseUrl = inferenceServer.url;
    github.apiUrl = githubServer.url;
    // The Foundry resource's data plane: on by default (one more https port, nothing else to start).
    const foundryServer =
      options.project === false
        ? undefined
        : await start('foundry', (req) => bound.project!.dataPlane(req), {
            tls,
            faultAnswer: dataPlaneFaultAnswer,
            beforeEach: catchUp,
          });

    const azurite = await azuritePromise;
    const blobs: BlobStore = azurite ? new AzuriteBlobStore(azurite.serviceUrl) : new MemoryBlobStore();
    const subscriptionId = options.subscriptionId ?? '00000000-1111-2222-3333-444444444444';
    const resourceGroup = options.resourceGroup ?? 'rg-foundry-emulator';
    const workspace = options.workspace ?? 'proj-foundry-emulator';
    const workspaceId = stableGuid(`${subscriptionId}/${resourceGroup}/${workspace}`);
    const container = `azureml-blobstore-${workspaceId}`;
    await blobs.ensureContainer(container);
    // Azurite is an IP endpoint (path-style URLs); see README "Blob endpoint mapping".
    const blobEndpoint = azurite ? new URL(azurite.host).host : 'core.windows.net';
    const blobProtocol = azurite ? 'http' : 'https';

    const ctx: ArmContext = {
      ws: {
        subscriptionId,
        resourceGroup,
        name: workspace,
        location: (options.location ?? 'eastus2').replace(/\s+/g, '').toLowerCase(),
        workspaceId,
        kind: options.workspaceKind ?? 'Project',
        tenantId: authority.settings.tenantId,
        datastore: {
          accountName: AZURITE_ACCOUNT,
          containerName: container,
          endpoint: blobEndpoint,
          protocol: blobProtocol,
          key: AZURITE_KEY,
        },
      },
      clock,
      settings,
      state: new ArmState(),
      blobs,
      faults,
      inference,
      redactor,
      urls: { arm: arm.url, mlflow: mlflow.url },
    };
    bound.ctx = ctx;
    if (foundryServer) {
      bound.project = createProjectService(options.project || {}, {
        subscriptionId,
        resourceGroup,
        clock,
        faults,
        inference,
        redactor,
        tokens,
        armPermissions: () => settings.permissions,
        enforcePermissions: () => settings.enforcePermissions,
        seed: settings.seed,
        fineTunedErrorRate: settings.fineTunedErrorRate,
        lroRetryAfterSeconds: settings.lroRetryAfterSeconds,
        urls: { arm: arm.url, dataPlane: foundryServer.url },
      });
    }
    bound.arm = createArmHandler(ctx, tokens);
    bound.mlflow = mlflowHandler(ctx, tokens);
    const stopTicking = clock.onTick(catchUp);

    const connection: Connection = {
      armUrl: arm.url,
      subscriptionId,
      resourceGroup,
      workspace,
      location: ctx.ws.location,
      workspaceId,
      token: staticToken,
      authorityHost: authorityServer.url,
      tenantId: authority.settings.tenantId,
      clientId: authority.settings.clientId,
      mlflowUrl: mlflow.url,
      mlflowTrackingUri: mlflowTrackingUri(ctx),
      inferenceUrl: inferenceServer.url,
      contentSafetyUrl: contentSafety.url,
      contentSafetyKey,
      caCertPath: CA_CERT_PATH,
      blob: {
        url: azurite ? azurite.serviceUrl : `https://${AZURITE_ACCOUNT}.blob.core.windows.net`,
        account: AZURITE_ACCOUNT,
        key: AZURITE_KEY,
        container,
        endpoint: blobEndpoint,
        protocol: blobProtocol,
        kind: blobs.kind,
      },
      azurite: azurite ? { pid: azurite.pid, location: azurite.location } : undefined,
      project: bound.project
        ? {
            endpoint: bound.project.view.endpoint,
            resourceEndpoint: bound.project.view.resourceEndpoint,
            account: bound.project.view.account,
            project: bound.project.view.project,
            location: bound.project.view.location,
            key: bound.project.view.keys.key1,
          }
        : undefined,
    };
    const envParts = {
      connection,
      oidcRequestUrl: oidc.requestUrlAt(oidcServer.url),
      oidcRequestToken: oidc.requestToken,
      githubApiUrl: githubServer.url,
    };

    return {
      ...connection,
      oidc: Object.assign(oidc, { requestUrl: envParts.oidcRequestUrl }),
      authority,
      github: Object.assign(github, { tokens: GITHUB_TOKENS }),
      requestLog: log,
      faults,
      clock,
      settings,
      contentSafetyStats,
      project: bound.project?.view,
      inference: endpointRegistrar(ctx),
      ...inspectors(ctx),
      seedBlob: async (path, content) => {
        await blobs.write(container, path, content);
        return `azureml://datastores/workspaceblobstore/paths/${path}`;
      },
      actionInputs: () => actionInputs(connection),
      childEnv: (extra) => childEnv(envParts, extra),
      connectionInfo: () =>
        connectionInfo({ ...envParts, subject: oidc.settings.subject, githubTokens: GITHUB_TOKENS }),
      stop: async () => {
        stopTicking();
        await Promise.all(servers.map((s) => s.close()));
        await azurite?.stop();
      },
    };
  } catch (error) {
    await Promise.allSettled(servers.map((s) => s.close()));
    const started = await azuritePromise.catch(() => undefined);
    await started?.stop();
    throw error;
  }
}
