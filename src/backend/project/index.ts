/**
 * The project adapter: FineTuningBackend on a Foundry project (a `Microsoft.CognitiveServices` account of
 * kind AIServices). Training goes through the `/openai/v1` data plane (data-plane.ts), deployments through
 * ARM (arm.ts); the registry is rebuilt from job metadata and deployment tags (registry.ts). Every create
 * is preceded or followed by a read that finds an earlier attempt, so none is sent twice. See ../README.md.
 */
import { readFile } from 'node:fs/promises';
import { toFile } from 'openai';
import type { TokenCredential } from '@azure/identity';
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { Clock, Logger } from '../../runtime/types.ts';
import { FoundryError, errorMessage } from '../../foundry/errors.ts';
import { retryOptionsFromEnv, type RetryOptions } from '../../foundry/retry.ts';
import { followTrainingJob } from '../follow.ts';
import type {
  BackendCheck,
  BackendTarget,
  Checkpoint,
  DeployRequest,
  EndpointCredentials,
  FineTuningBackend,
  FoundJob,
  JobEvent,
  ModelDeployment,
  PreflightRequest,
  RegistryState,
  StageChange,
  SubmitJobRequest,
  TrainedModel,
  TrainingJob,
  TrainingTier,
  UploadedFileRef,
} from '../port.ts';
import { CognitiveArm } from './arm.ts';
import { DataPlane, type DataPlaneAuth } from './data-plane.ts';
import { deploymentBody, isDeveloperSku, toModelDeployment, type ArmDeployment } from './deployments.ts';
import { ROLES } from './errors.ts';
import { isAttemptOf, jobCreateBody, toTrainingJob, type JobObject } from './jobs.ts';
import { metricsFromCheckpoints, parseResultsCsv } from './metrics.ts';
import { findProjectModel, productionSku, trainingRefusal, type ProjectModel } from './models.ts';
import {
  addRejected,
  dataFileName,
  deploymentName,
  LABELS,
  parseProjectEndpoint,
  sha256,
  type ProjectEndpoint,
} from './names.ts';
import { buildRegistry, metricLabels, repairPlan } from './registry.ts';

export { PROJECT_MODELS, findProjectModel, trainingRefusal, productionSku } from './models.ts';
export { parseProjectEndpoint } from './names.ts';

const CS = 'Microsoft.CognitiveServices';
const PERMISSIONS_API = '2022-04-01';
/** Statuses of a file that will never become usable (AUTH24 FileState). */
const DEAD_FILE = new Set(['error', 'deleted', 'deleting']);

export interface ProjectBackendOptions {
  /** Project endpoint (`https://<acct>.services.ai.azure.com/api/projects/<p>`) or resource endpoint. */
  endpoint: string;
  subscriptionId: string;
  resourceGroup: string;
  /** The Foundry resource (account) name; derived from the endpoint's host when it names one. */
  account?: string;
  armEndpoint?: string;
  credential: TokenCredential;
  /** A data-plane key instead of Entra for `/openai/v1` (ARM still uses the credential). Masked. */
  apiKey?: string;
  /** Token scope of the data plane (default https://ai.azure.com/.default). */
  scope?: string;
  tier: TrainingTier;
  /** Override the catalog's SKUs (`DeveloperTier` for candidates where offered; Standard/GlobalStandard). */
  candidateSku?: string;
  productionSku?: string;
  capacity?: { candidate?: number; production?: number };
  log: Logger;
  clock: Clock;
  signal?: AbortSignal;
  retry?: RetryOptions;
  /** Pause between polls of file processing and deployment provisioning (default 5 s). */
  pollIntervalMs?: number;
  httpClient?: HttpClient;
  fetch?: typeof fetch;
}

/** Which repository's things these are: the one label every list filters by. */
function repositoryLabels(model: TrainedModel): Record<string, string> {
  const repo = model.labels[LABELS.repository];
  return repo ? { [LABELS.repository]: repo } : {};
}

function matchesLabels(labels: Record<string, string>, wanted: Record<string, string> | undefined): boolean {
  return Object.entries(wanted ?? {}).every(([k, v]) => (labels[k] ?? '').toLowerCase() === v.toLowerCase());
}

export function connectProject(options: ProjectBackendOptions): FineTuningBackend {
  const endpoint: ProjectEndpoint = parseProjectEndpoint(options.endpoint);
  const account = options.account ?? endpoint.account;
  if (!account) {
    throw new Error(
      `The Foundry resource name cannot be read from '${options.endpoint}': set the project account (the resource's name) as well.`,
    );
  }
  const { log, clock, signal } = options;
  const retry = options.retry ?? retryOptionsFromEnv();
  const pollMs = options.pollIntervalMs ?? 5000;
  const auth: DataPlaneAuth = options.apiKey
    ? { kind: 'key', key: options.apiKey }
    : { kind: 'entra', credential: options.credential, scope: options.scope };
  const data = new DataPlane({
    baseURL: endpoint.openaiBaseUrl,
    auth,
    retry,
    clock,
    log,
    signal,
    fetch: options.fetch,
  });
  const arm = new CognitiveArm({
    credential: options.credential,
    armEndpoint: options.armEndpoint ?? 'https://management.azure.com',
    retry,
    clock,
    signal,
    httpClient: options.httpClient,
    onRetry: (i) =>
      log.debug(`retrying ${i.method} ${new URL(i.url).pathname} after ${i.reason} in ${i.delayMs} ms`),
  });
  const accountPath = `/subscriptions/${options.subscriptionId}/resourceGroups/${options.resourceGroup}/providers/${CS}/accounts/${encodeURIComponent(account)}`;
  const deploymentPath = (name: string): string => `${accountPath}/deployments/${encodeURIComponent(name)}`;
  const target: BackendTarget = {
    kind: 'project',
    name: endpoint.project ?? account,
    resourceGroup: options.resourceGroup,
    subscriptionId: options.subscriptionId,
  };

  let accountInfo: Promise<{ location: string; kind?: string; endpoint?: string }> | undefined;
  const readAccount = (): Promise<{ location: string; kind?: string; endpoint?: string }> => {
    accountInfo ??= arm
      .get<{ location?: string; kind?: string; properties?: { endpoint?: string } }>(
        accountPath,
        `read Foundry resource ${account}`,
      )
      .then((body) => {
        const location = (body.location ?? '').replace(/\s+/g, '').toLowerCase();
        target.location = location;
        return { location, kind: body.kind, endpoint: body.properties?.endpoint };
      });
    accountInfo.catch(() => (accountInfo = undefined));
    return accountInfo;
  };

  const catalogModel = (baseModel: string): ProjectModel | undefined =>
    findProjectModel(baseModel) ?? findProjectModel(baseModel.replace(/-\d{4}-\d{2}-\d{2}$/, ''));

  // ---------------------------------------------------------------------------------------------- jobs

  async function allJobs(): Promise<JobObject[]> {
    return (
      (await data.call(
        'list fine-tuning jobs',
        'reading',
        async (o) => {
          const jobs: JobObject[] = [];
          for await (const job of data.client.fineTuning.jobs.list({ limit: 100 }, o))
            jobs.push(job as JobObject);
          return jobs;
        },
        { idempotent: true },
      )) ?? []
    );
  }

  async function getJob(id: string): Promise<TrainingJob | undefined> {
    const job = await data.call(
      `read fine-tuning job ${id}`,
      'reading',
      (o) => data.client.fineTuning.jobs.retrieve(id, o),
      { idempotent: true, accept404: true },
    );
    return job ? toTrainingJob(job as JobObject) : undefined;
  }

  async function findAttempt(identityKey: string, attempt: number): Promise<TrainingJob | undefined> {
    const found = (await allJobs()).filter((j) => isAttemptOf(j, identityKey)).map(toTrainingJob);
    return found.find((j) => j.attempt === attempt);
  }

  async function findJob(identity: { key: string }): Promise<FoundJob> {
    const attempts = (await allJobs())
      .filter((j) => isAttemptOf(j, identity.key))
      .map(toTrainingJob)
      .sort((a, b) => a.attempt - b.attempt || (a.createdAt ?? 0) - (b.createdAt ?? 0));
    const reusable =
      attempts.find((j) => j.phase === 'succeeded') ?? attempts.find((j) => j.phase === 'active');
    const previous = attempts.filter((j) => j.phase === 'failed' || j.phase === 'canceled');
    const nextAttempt = Math.max(0, ...attempts.map((j) => j.attempt)) + 1;
    return reusable ? { job: reusable, nextAttempt: reusable.attempt, previous } : { nextAttempt, previous };
  }

  async function submitJob(req: SubmitJobRequest): Promise<TrainingJob> {
    const model = catalogModel(req.baseModel);
    const tier = req.tier ?? options.tier;
    const body = jobCreateBody({
      baseModel: model?.baseModel ?? req.baseModel,
      trainingFileId: req.data.training.ref,
      validationFileId: req.data.validation?.ref,
      method: req.method,
      tier,
      hyperparameters: req.hyperparameters,
      identityKey: req.identity.key,
      attempt: req.attempt,
      labels: req.identity.labels,
    });
    const operation = `submit fine-tuning job ${body.suffix}`;
    for (let retryCount = 0; ; retryCount++) {
      try {
        const created = await data.call(
          operation,
          'training',
          // `trainingType` is Azure's extra field: the client posts the body as given.
          (o) =>
            data.client.fineTuning.jobs.create(
              body as unknown as Parameters<typeof data.client.fineTuning.jobs.create>[0],
              o,
            ),
          { idempotent: false },
        );
        return toTrainingJob(created as JobObject);
      } catch (e) {
        if (!DataPlane.mayHaveArrived(e)) throw e;
        // The answer may be lost after the service created the job: look before sending again.
        const existing = await findAttempt(req.identity.key, req.attempt).catch(() => undefined);
        if (existing) {
          log.info(
            `Job ${existing.id} (${body.suffix}) exists although its submission reported an error; following it.`,
          );
          return existing;
        }
        const delay = data.backoff(retryCount);
        if (!DataPlane.isRetryable(e) || delay === undefined) throw e;
        await clock.sleep(delay, signal);
        const late = await findAttempt(req.identity.key, req.attempt).catch(() => undefined);
        if (late) return late;
      }
    }
  }

  async function jobAction(id: string, action: 'cancel' | 'pause' | 'resume'): Promise<TrainingJob> {
    const jobs = data.client.fineTuning.jobs;
    const job = await data.call(
      `${action} fine-tuning job ${id}`,
      'training',
      (o) =>
        action === 'cancel'
          ? jobs.cancel(id, o)
          : action === 'pause'
            ? jobs.pause(id, o)
            : jobs.resume(id, o),
      { idempotent: true },
    );
    return toTrainingJob(job as JobObject);
  }

  // ---------------------------------------------------------------------------------------------- files

  async function listFiles(): Promise<{ id: string; filename: string; bytes: number; status?: string }[]> {
    return (
      (await data.call(
        'list files',
        'reading',
        async (o) => {
          const files: { id: string; filename: string; bytes: number; status?: string }[] = [];
          for await (const f of data.client.files.list({ purpose: 'fine-tune', limit: 100 }, o))
            files.push(f);
          return files;
        },
        { idempotent: true },
      )) ?? []
    );
  }

  async function waitProcessed(id: string, name: string): Promise<void> {
    for (let delay = Math.min(pollMs, 2000); ; delay = Math.min(pollMs * 6, Math.round(delay * 1.5))) {
      const file = (await data.call(
        `read file ${name}`,
        'reading',
        (o) => data.client.files.retrieve(id, o),
        { idempotent: true },
      )) as { status?: string; status_details?: string | null } | undefined;
      const status = file?.status ?? 'processed';
      if (status === 'processed') return;
      if (DEAD_FILE.has(status)) {
        throw new FoundryError({
          operation: `process file ${name}`,
          code: status,
          serviceMessage: file?.status_details ?? `the service marked the file ${status}`,
          fix: 'Check the file with the validate command; fix the line it names and run again.',
        });
      }
      if (signal?.aborted)
        throw new FoundryError({ operation: `process file ${name}`, serviceMessage: 'cancelled' });
      await clock.sleep(delay, signal);
    }
  }

  async function uploadOne(path: string, kind: 'train' | 'validation'): Promise<UploadedFileRef> {
    const bytes = await readFile(path);
    const sha = sha256(bytes);
    const name = dataFileName(kind, sha);
    const find = async () =>
      (await listFiles()).find(
        (f) => f.filename === name && f.bytes === bytes.length && !DEAD_FILE.has(f.status ?? ''),
      );
    let file = await find();
    let uploaded = false;
    for (let retryCount = 0; !file; retryCount++) {
      try {
        file = (await data.call(
          `upload ${name}`,
          'training',
          async (o) => data.client.files.create({ file: await toFile(bytes, name), purpose: 'fine-tune' }, o),
          { idempotent: false },
        ))!;
        uploaded = true;
      } catch (e) {
        if (!DataPlane.mayHaveArrived(e)) throw e;
        // A lost answer after the service stored it: the content-addressed name finds it.
        file = await find().catch(() => undefined);
        if (file) break;
        const delay = data.backoff(retryCount);
        if (!DataPlane.isRetryable(e) || delay === undefined) throw e;
        await clock.sleep(delay, signal);
        file = await find().catch(() => undefined);
      }
    }
    await waitProcessed(file.id, name);
    log.info(`${uploaded ? 'Uploaded' : 'Reused'} ${name} (${file.id}).`);
    return { ref: file.id, name, sha256: sha, uploaded };
  }

  // ---------------------------------------------------------------------------------------- deployments

  async function getDeployment(name: string): Promise<ModelDeployment | undefined> {
    const d = await arm.find<ArmDeployment>(deploymentPath(name), `read deployment ${name}`);
    return d ? toModelDeployment(d) : undefined;
  }

  async function listDeployments(): Promise<ModelDeployment[]> {
    return (await arm.list<ArmDeployment>(`${accountPath}/deployments`, 'list deployments')).map(
      toModelDeployment,
    );
  }

  /** PATCH of tags only (Deployments_Update, `PatchResourceTagsAndSku`); long-running when the service says so. */
  async function setTags(name: string, tags: Record<string, string>): Promise<void> {
    const res = await arm.send({
      method: 'PATCH',
      path: deploymentPath(name),
      operation: `tag deployment ${name}`,
      kind: 'deploying',
      body: { tags },
    });
    if (res.status === 202) await arm.follow(res.headers, `tag deployment ${name}`, 'deploying', pollMs);
  }

  async function deleteDeployment(name: string): Promise<void> {
    const operation = `delete deployment ${name}`;
    const res = await arm.send({
      method: 'DELETE',
      path: deploymentPath(name),
      operation,
      kind: 'deploying',
      accept: [404],
      ignoreAbort: true,
    });
    if (res.status === 404 || res.status === 204) return;
    if (res.status === 202 || (await getDeployment(name))) {
      await arm.follow(res.headers, operation, 'deploying', pollMs, async () => !(await getDeployment(name)));
    }
  }

  async function deploy(request: DeployRequest): Promise<ModelDeployment> {
    const { model, role } = request;
    const catalog = catalogModel(model.name);
    const location = (await readAccount().catch(() => undefined))?.location;
    const sku =
      role === 'candidate'
        ? (options.candidateSku ?? catalog?.candidateSku ?? 'Standard')
        : (options.productionSku ?? (catalog ? productionSku(catalog, location) : 'GlobalStandard'));
    const min = catalog?.minCapacity ?? 1;
    const capacity = Math.max(
      min,
      (role === 'candidate' ? options.capacity?.candidate : options.capacity?.production) ??
        (isDeveloperSku(sku) ? 50 : min),
    );
    const name = request.name ?? deploymentName(model, role);
    const tags: Record<string, string> = {
      ...repositoryLabels(model),
      [LABELS.model]: model.id,
      ...(model.jobId ? { [LABELS.job]: model.jobId } : {}),
      ...(model.identityKey ? { [LABELS.identity]: model.identityKey } : {}),
      [LABELS.role]: role,
      ...request.labels,
    };
    const operation = `deploy ${model.id} as ${name} (${sku})`;

    // A ready deployment that serves this model already is reused (a production SKU only for production).
    const existing = await getDeployment(name);
    if (existing && existing.modelId !== model.id) {
      throw new FoundryError({
        operation,
        serviceMessage: `deployment ${name} exists and serves another model (${existing.modelId})`,
        fix: 'Delete that deployment (command: cleanup) or choose another deployment name.',
      });
    }
    if (existing?.state === 'ready') {
      if (Object.entries(tags).some(([k, v]) => existing.labels[k] !== v)) {
        await setTags(name, { ...existing.labels, ...tags });
        return { ...existing, labels: { ...existing.labels, ...tags } };
      }
      return existing;
    }
    if (existing?.state === 'failed') {
      log.info(`Deployment ${name} is ${existing.serviceState}; deleting it to deploy again.`);
      await deleteDeployment(name);
    }
    if (existing?.state !== 'creating') {
      const res = await arm.send<ArmDeployment>({
        method: 'PUT',
        path: deploymentPath(name),
        operation,
        kind: 'deploying',
        body: deploymentBody({
          modelName: model.id,
          format: catalog?.deploymentFormat ?? 'OpenAI',
          sku,
          capacity,
          tags,
        }),
      });
      request.onState?.(res.body?.properties?.provisioningState ?? 'Accepted');
      if (res.status === 201 || res.status === 202) {
        let last = res.body?.properties?.provisioningState;
        await arm.follow(res.headers, operation, 'deploying', pollMs, async () => {
          const now = await getDeployment(name);
          if (now && now.serviceState !== last) {
            last = now.serviceState;
            request.onState?.(now.serviceState);
          }
          return !now || now.state !== 'creating';
        });
      }
    } else {
      await arm.follow(
        { get: () => undefined },
        operation,
        'deploying',
        pollMs,
        async () => (await getDeployment(name))?.state !== 'creating',
      );
    }
    const final = await getDeployment(name);
    if (!final || final.state !== 'ready') {
      throw new FoundryError({
        operation,
        code: 'ProvisioningFailed',
        serviceMessage: final
          ? `provisioning ended in state ${final.serviceState}`
          : 'the deployment disappeared',
      });
    }
    return final;
  }

  // ------------------------------------------------------------------------------------------- registry

  async function registry(labels: Record<string, string>): Promise<RegistryState> {
    const [jobs, deployments] = await Promise.all([backend.listJobs(labels), listDeployments()]);
    return buildRegistry(
      jobs,
      deployments.filter((d) => matchesLabels(d.labels, labels) || d.labels[LABELS.model]),
    );
  }

  async function repairRegistry(labels: Record<string, string>): Promise<boolean> {
    const deployments = (await listDeployments()).filter((d) => matchesLabels(d.labels, labels));
    const state = buildRegistry(await backend.listJobs(labels), deployments);
    const plan = repairPlan(state, deployments, clock.now());
    for (const step of plan) {
      log.info(`Finishing a half-done promotion: deployment ${step.deployment} is archived.`);
      await setTags(step.deployment, step.tags);
    }
    return plan.length > 0;
  }

  async function deploymentsServing(model: TrainedModel): Promise<ModelDeployment[]> {
    return (await listDeployments()).filter((d) => d.modelId === model.id && d.state !== 'deleting');
  }

  const stageTags = (stage: string, change: StageChange): Record<string, string> => ({
    [LABELS.stage]: stage,
    [LABELS.stageAt]: new Date(change.at).toISOString(),
    ...metricLabels(change.metrics),
  });

  const backend: FineTuningBackend = {
    kind: 'project',
    target,

    async preflight(request: PreflightRequest): Promise<BackendCheck[]> {
      const checks: BackendCheck[] = [];
      const tier = request.tier ?? options.tier;
      const model = findProjectModel(request.modelId);
      if (!model) {
        checks.push({
          id: 'model',
          title: 'Model offered',
          status: 'failed',
          detail: `${request.modelId} is not fine-tuned on Foundry projects.`,
          fix: 'Use a project model (gpt-4.1-mini, gpt-4o-mini, gpt-4.1-nano, Ministral-3B...), or a hub workspace for Phi models.',
        });
      }
      if (request.compute) {
        checks.push({
          id: 'compute',
          title: 'Compute',
          status: 'failed',
          detail: `Foundry projects train on managed capacity; compute '${request.compute}' applies to hub workspaces only.`,
          fix: 'Remove the compute input, or point the action at a hub workspace.',
        });
      }
      let location: string | undefined;
      try {
        const info = await readAccount();
        location = info.location;
        checks.push({
          id: 'workspace',
          title: 'Foundry resource',
          status: info.kind && !/aiservices/i.test(info.kind) ? 'warning' : 'passed',
          detail: `\`${account}\` in ${info.location}${info.kind ? ` (${info.kind})` : ''}${endpoint.project ? `, project \`${endpoint.project}\`` : ''}.`,
          ...(info.kind && !/aiservices/i.test(info.kind)
            ? { fix: 'Fine-tuning of the newer models runs on Foundry resources (kind AIServices).' }
            : {}),
        });
      } catch (e) {
        checks.push({
          id: 'workspace',
          title: 'Foundry resource',
          status: 'failed',
          detail: e instanceof FoundryError ? (e.details.serviceMessage ?? e.message) : errorMessage(e),
          fix:
            e instanceof FoundryError && e.details.fix
              ? e.details.fix
              : `Check subscription-id, resource-group and the resource name ('${account}').`,
        });
      }
      if (model) {
        const refusal = trainingRefusal(model, request.method, tier, location);
        checks.push(
          refusal
            ? { id: 'tier', title: 'Method and tier', status: 'failed', detail: refusal }
            : {
                id: 'tier',
                title: 'Method and tier',
                status: 'passed',
                detail: `${model.id}: ${request.method.toUpperCase()} with the ${tier} training tier${location ? ` from ${location}` : ''}.`,
              },
        );
        if (model.notes?.length) {
          checks.push({
            id: 'model-notes',
            title: 'Model notes',
            status: 'warning',
            detail: model.notes.join(' '),
          });
        }
      }
      try {
        await data.call(
          'list fine-tuning jobs',
          'training',
          (o) => data.client.fineTuning.jobs.list({ limit: 1 }, o),
          { idempotent: true },
        );
        checks.push({
          id: 'training-role',
          title: 'Training access',
          status: 'passed',
          detail: 'The data plane answers this identity.',
        });
      } catch (e) {
        checks.push({
          id: 'training-role',
          title: 'Training access',
          status: 'failed',
          detail: e instanceof FoundryError ? (e.details.serviceMessage ?? e.message) : errorMessage(e),
          fix:
            e instanceof FoundryError && e.details.fix
              ? e.details.fix
              : `Give the identity ${ROLES.training}.`,
        });
      }
      try {
        const permissions = await arm.list<{ actions?: string[]; notActions?: string[] }>(
          `/subscriptions/${options.subscriptionId}/resourceGroups/${options.resourceGroup}/providers/Microsoft.Authorization/permissions?api-version=${PERMISSIONS_API}`,
          'read the permissions of the identity',
        );
        const action = `${CS}/accounts/deployments/write`;
        const allowed = permissions.some(
          (p) =>
            (p.actions ?? []).some((a) => wildcard(a, action)) &&
            !(p.notActions ?? []).some((a) => wildcard(a, action)),
        );
        checks.push(
          allowed
            ? {
                id: 'deploy-role',
                title: 'Deploying access',
                status: 'passed',
                detail: `\`${action}\` is allowed.`,
              }
            : {
                id: 'deploy-role',
                title: 'Deploying access',
                status: 'failed',
                detail: `The identity may not \`${action}\`.`,
                fix: `Give it ${ROLES.deploying}.`,
              },
        );
      } catch (e) {
        checks.push({
          id: 'deploy-role',
          title: 'Deploying access',
          status: 'warning',
          detail: `Could not read the identity's permissions: ${errorMessage(e)}`,
        });
      }
      return checks;
    },

    async uploadData(files) {
      const training = await uploadOne(files.training, 'train');
      const validation = files.validation ? await uploadOne(files.validation, 'validation') : undefined;
      return { training, ...(validation ? { validation } : {}) };
    },

    findJob,
    submitJob,
    getJob,

    async listJobs(labels) {
      return (await allJobs())
        .map(toTrainingJob)
        .filter((j) => matchesLabels(j.labels, labels))
        .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
    },

    async cancelJob(id) {
      await jobAction(id, 'cancel');
    },
    pauseJob: (id) => jobAction(id, 'pause'),
    resumeJob: (id) => jobAction(id, 'resume'),

    async followJob(id, opts) {
      return followTrainingJob(
        async () => {
          const job = await getJob(id);
          if (!job)
            throw new FoundryError({
              operation: `read fine-tuning job ${id}`,
              status: 404,
              serviceMessage: 'the job disappeared',
            });
          return job;
        },
        clock,
        opts,
      );
    },

    async jobFailure(job) {
      if (job.error) return job.error;
      const events = await backend.jobEvents(job.id).catch(() => []);
      return events.filter((e) => e.level === 'error').at(-1)?.message;
    },

    async jobEvents(id): Promise<JobEvent[]> {
      const events =
        (await data.call(
          `list events of job ${id}`,
          'reading',
          async (o) => {
            const out: JobEvent[] = [];
            for await (const e of data.client.fineTuning.jobs.listEvents(id, { limit: 100 }, o)) {
              out.push({
                id: e.id,
                at: e.created_at * 1000,
                level: e.level === 'warn' ? 'warning' : e.level,
                message: e.message,
              });
            }
            return out;
          },
          { idempotent: true },
        )) ?? [];
      return events.sort((a, b) => a.at - b.at);
    },

    async checkpoints(id): Promise<Checkpoint[]> {
      return (
        (await data.call(
          `list checkpoints of job ${id}`,
          'reading',
          async (o) => {
            const out: Checkpoint[] = [];
            for await (const c of data.client.fineTuning.jobs.checkpoints.list(id, { limit: 100 }, o)) {
              const metrics = Object.fromEntries(
                Object.entries(c.metrics ?? {}).filter(
                  (e): e is [string, number] => typeof e[1] === 'number',
                ),
              );
              out.push({
                id: c.id,
                step: c.step_number,
                modelRef: c.fine_tuned_model_checkpoint,
                metrics,
                createdAt: c.created_at * 1000,
              });
            }
            return out;
          },
          { idempotent: true },
        )) ?? []
      );
    },

    async trainingMetrics(job) {
      const raw = (await data.call(
        `read fine-tuning job ${job.id}`,
        'reading',
        (o) => data.client.fineTuning.jobs.retrieve(job.id, o),
        {
          idempotent: true,
          accept404: true,
        },
      )) as JobObject | undefined;
      for (const fileId of raw?.result_files ?? []) {
        const text = await data
          .call(
            `read result file ${fileId}`,
            'reading',
            async (o) => (await data.client.files.content(fileId, o)).text(),
            { idempotent: true, accept404: true },
          )
          .catch(() => undefined);
        const parsed = text ? parseResultsCsv(text) : undefined;
        if (parsed) return parsed;
      }
      return metricsFromCheckpoints(await backend.checkpoints(job.id).catch(() => []));
    },

    async resultModel(job) {
      if (job.phase !== 'succeeded' || !job.resultModel) return undefined;
      const repo = job.labels[LABELS.repository];
      const labels: Record<string, string> = repo ? { [LABELS.repository]: repo } : {};
      const state = await registry(labels);
      return state.models.find((m) => m.id === job.resultModel);
    },

    registry,

    async promote(candidate, change) {
      const labels = repositoryLabels(candidate);
      const state = await registry(labels);
      if (state.production?.id === candidate.id) {
        const repaired = state.incomplete ? await repairRegistry(labels) : false;
        await backend.recordMetrics(candidate, change);
        return {
          promoted: false,
          note: `${candidate.id} is already in production${repaired ? '; the promotion that had not finished is now complete' : ''}.`,
        };
      }
      const previous = state.production;
      const deployments = await listDeployments();
      const previousDeployment = previous
        ? deployments.find((d) => d.modelId === previous.id && d.labels[LABELS.stage] === 'production')
        : undefined;
      // Production first, so there is never a moment without one; the old one is archived after.
      await deploy({
        model: candidate,
        role: 'production',
        labels: {
          ...stageTags('production', change),
          [LABELS.promotedAt]: new Date(change.at).toISOString(),
          ...(change.by ? { [LABELS.promotedBy]: change.by.slice(0, 256) } : {}),
          ...(previous ? { [LABELS.previousProduction]: previous.id } : {}),
          ...(previousDeployment?.labels[LABELS.rejected]
            ? { [LABELS.rejected]: previousDeployment.labels[LABELS.rejected]! }
            : {}),
        },
      });
      await repairRegistry(labels);
      return {
        promoted: true,
        previous: previous ? { ...previous, stage: 'archived' } : undefined,
        note: previous
          ? `Promoted ${candidate.id} to production; ${previous.id} was archived.`
          : `Promoted ${candidate.id} to production, the first production model of this repository.`,
      };
    },

    async reject(candidate, change) {
      const serving = await deploymentsServing(candidate);
      for (const d of serving) await setTags(d.name, { ...d.labels, ...stageTags('rejected', change) });
      const production = (await listDeployments()).find(
        (d) =>
          d.labels[LABELS.stage] === 'production' && matchesLabels(d.labels, repositoryLabels(candidate)),
      );
      if (production && candidate.identityKey) {
        await setTags(production.name, {
          ...production.labels,
          [LABELS.rejected]: addRejected(production.labels[LABELS.rejected], candidate.identityKey),
        });
      }
      const durable =
        Boolean(production && candidate.identityKey) || serving.some((d) => !isDeveloperSku(d.sku));
      return {
        recorded: serving.length > 0 || durable,
        note: durable
          ? `${candidate.id} is marked rejected.`
          : serving.length > 0
            ? `${candidate.id} is marked rejected on its Developer deployment, which the service removes after 24 hours; with no production deployment yet, the rejection is forgotten then.`
            : `${candidate.id} has no deployment to record the rejection on.`,
      };
    },

    async recordMetrics(model, change) {
      const tags = metricLabels(change.metrics);
      if (Object.keys(tags).length === 0) return;
      for (const d of await deploymentsServing(model)) await setTags(d.name, { ...d.labels, ...tags });
    },

    repairRegistry,
    deploy,
    getDeployment,
    listDeployments,
    deleteDeployment,

    async endpointCredentials(deployment): Promise<EndpointCredentials> {
      let key = options.apiKey;
      if (!key) {
        const keys = await arm.send<{ key1?: string; key2?: string }>({
          method: 'POST',
          path: `${accountPath}/listKeys`,
          operation: `list the keys of ${account}`,
          kind: 'deploying',
        });
        if (keys.body?.key1) log.secret(keys.body.key1);
        if (keys.body?.key2) log.secret(keys.body.key2);
        key = keys.body?.key1;
      }
      if (!key)
        throw new FoundryError({
          operation: `list the keys of ${account}`,
          serviceMessage: 'the answer had no key1',
        });
      log.secret(key);
      return { url: `${endpoint.resourceEndpoint}/openai/v1`, key, model: deployment.name };
    },

    async deleteModel(model) {
      for (const d of await deploymentsServing(model)) await deleteDeployment(d.name);
      // /openai/v1 has no delete for a fine-tuned model; undeployed it costs nothing (D-INACTIVE).
      log.info(
        `${model.id}: its deployments are deleted; the fine-tuned model itself stays in the resource.`,
      );
      return false;
    },
  };
  return backend;
}

/** ARM wildcard semantics: `*` matches any run of characters; case is ignored. */
function wildcard(pattern: string, action: string): boolean {
  const re = pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}$`, 'i').test(action);
}
