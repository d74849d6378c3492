/**
 * The hub adapter: FineTuningBackend by delegation to today's `Foundry` facade (src/foundry/index.ts) and the
 * helpers the commands use with it (src/foundry/lifecycle.ts, identity.ts, job-spec.ts). It adds no Azure
 * behaviour of its own; it exists so commands can speak only to the port, and to show that the port fits
 * the hub (see ../README.md for the mapping). The registry is the model registry's tags, as today.
 */
import type { Config } from '../../config/types.ts';
import { findModel, type ModelInfo } from '../../models/catalog.ts';
import { FoundryError } from '../../foundry/errors.ts';
import { HYPERPARAMETER_NAMES, jobName, numberString, TAGS } from '../../foundry/identity.ts';
import {
  connectFoundry,
  versionOf,
  type EndpointResource,
  type Foundry,
  type FoundryOptions,
  type JobResource,
  type ModelVersionResource,
} from '../../foundry/index.ts';
import { endpointNameFor } from '../../foundry/endpoint-name.ts';
import { fineTuningJobBody, jobErrorMessage, jobPhase, studioUrl } from '../../foundry/job-spec.ts';
import { tagCompletedModel } from '../../foundry/lifecycle.ts';
import type { Logger } from '../../runtime/types.ts';
import type {
  BackendTarget,
  FineTuningBackend,
  ModelDeployment,
  RegistryState,
  Stage,
  TrainedModel,
  TrainingJob,
  UploadedFileRef,
} from '../port.ts';
import { metricLabels, metricsFromLabels } from '../labels.ts';
import type { UploadedFile } from '../../foundry/data.ts';

/** Promotion tags as src/lifecycle/registry.ts writes them (kept equal so both paths read one registry). */
const PROMOTED_AT = 'foundry-finetune.promoted-at';
const PROMOTED_BY = 'foundry-finetune.promoted-by';
const PREVIOUS = 'foundry-finetune.previous-production';
const STAGES: readonly Stage[] = ['candidate', 'production', 'archived', 'rejected'];

export interface HubBackendOptions extends FoundryOptions {
  config: Config;
  log: Logger;
  signal?: AbortSignal;
  /** An existing facade (tests); else connectFoundry(config, ...). */
  foundry?: Foundry;
}

function toJob(job: JobResource, ws: Parameters<typeof studioUrl>[0]): TrainingJob {
  const tags = job.properties.tags ?? {};
  const created = Date.parse(job.systemData?.createdAt ?? '');
  const modified = Date.parse(job.systemData?.lastModifiedAt ?? '');
  const phase = jobPhase(job.properties.status);
  const attempt = Number(tags[TAGS.attempt]);
  return {
    id: job.name,
    status: job.properties.status ?? 'Unknown',
    phase,
    attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    identityKey: tags[TAGS.identity],
    labels: { ...tags },
    baseModel: job.properties.fineTuningDetails?.model?.uri ?? 'unknown',
    method: 'sft',
    hyperparameters: { ...(job.properties.fineTuningDetails?.hyperParameters ?? {}) },
    createdAt: Number.isFinite(created) ? created : undefined,
    finishedAt: phase !== 'active' && Number.isFinite(modified) ? modified : undefined,
    error: jobErrorMessage(job),
    resultModel: job.properties.outputs?.registered_model?.assetName,
    portalUrl: studioUrl(ws, job),
  };
}

function toDeployment(e: EndpointResource): ModelDeployment {
  const created = Date.parse(e.systemData?.createdAt ?? '');
  const deleting = /^deleting$/i.test(e.properties.endpointState ?? '');
  return {
    name: e.name,
    modelId: e.properties.modelSettings?.modelId ?? '',
    sku: 'Consumption',
    state: deleting ? 'deleting' : endpointState(e.properties.provisioningState),
    serviceState: deleting ? 'Deleting' : (e.properties.provisioningState ?? 'Unknown'),
    labels: { ...(e.tags ?? {}) },
    createdAt: Number.isFinite(created) ? created : undefined,
  };
}

function endpointState(state: string | undefined): ModelDeployment['state'] {
  if (/^succeeded$/i.test(state ?? '')) return 'ready';
  if (/^(failed|canceled)$/i.test(state ?? '')) return 'failed';
  if (/^deleting$/i.test(state ?? '')) return 'deleting';
  return 'creating';
}

function fileRef(u: UploadedFile): UploadedFileRef {
  return {
    ref: u.uri,
    name: `${u.asset.name}:${u.asset.version}`,
    sha256: u.sha256,
    uploaded: u.uploaded || u.registered,
  };
}

export function connectHub(options: HubBackendOptions): FineTuningBackend {
  const { config, log } = options;
  const foundry = options.foundry ?? connectFoundry(config, log, options.signal, options);
  const modelName = config.training.modelName;
  const target: BackendTarget = {
    kind: 'hub',
    name: foundry.ref.workspace,
    resourceGroup: foundry.ref.resourceGroup,
    subscriptionId: foundry.ref.subscriptionId,
  };
  const ws = () => foundry.workspace().catch(() => foundry.ref);
  const rawJob = async (id: string): Promise<JobResource> => {
    const job = await foundry.getJob(id);
    if (!job)
      throw new FoundryError({ operation: `read job ${id}`, status: 404, serviceMessage: 'no such job' });
    return job;
  };

  const toModel = async (v: ModelVersionResource): Promise<TrainedModel> => {
    const tags = v.properties.tags ?? {};
    const version = versionOf(v);
    const created = Date.parse(v.systemData?.createdAt ?? '');
    const stage = STAGES.find((s) => s === tags[TAGS.stage]) ?? 'candidate';
    const promoted = Date.parse(tags[PROMOTED_AT] ?? '');
    return {
      id: await foundry.modelId(modelName, version),
      name: modelName,
      version,
      jobId: tags[TAGS.job],
      identityKey: tags[TAGS.identity],
      stage,
      labels: { ...tags },
      createdAt: Number.isFinite(created) ? created : undefined,
      metrics: metricsFromLabels(tags),
      promotedAt: Number.isFinite(promoted) ? promoted : undefined,
    };
  };

  async function registry(labels: Record<string, string>): Promise<RegistryState> {
    const versions = await foundry.listModelVersions(modelName, { tags: labels });
    const models = await Promise.all(versions.map(toModel));
    const production = models
      .filter((m) => m.stage === 'production')
      .sort((a, b) => (b.promotedAt ?? 0) - (a.promotedAt ?? 0));
    return {
      models,
      production: production[0],
      ...(production.length > 1
        ? {
            incomplete: {
              reason: `${production.length} versions are tagged stage=production (a promotion did not finish).`,
              models: production.map((m) => m.id),
            },
          }
        : {}),
    };
  }

  async function repairRegistry(labels: Record<string, string>): Promise<boolean> {
    const state = await registry(labels);
    if (!state.incomplete || !state.production) return false;
    for (const m of state.models) {
      if (m.stage === 'production' && m.id !== state.production.id)
        await foundry.setModelTags(modelName, m.version, { [TAGS.stage]: 'archived' });
    }
    return true;
  }

  const backend: FineTuningBackend = {
    kind: 'hub',
    target,

    async preflight(request) {
      const model: ModelInfo | undefined = findModel(request.modelId);
      if (!model) {
        return [
          {
            id: 'model',
            title: 'Model offered',
            status: 'failed',
            detail: `${request.modelId} is not fine-tuned in hub projects.`,
          },
        ];
      }
      const checks = await foundry.preflight({ model, compute: request.compute });
      const info = await ws();
      target.location = 'location' in info ? info.location : undefined;
      return [
        ...checks,
        ...(request.method === 'dpo'
          ? [
              {
                id: 'method',
                title: 'Method',
                status: 'failed' as const,
                detail: 'Hub projects fine-tune with SFT only.',
                fix: 'Use a Foundry project for DPO, or train with SFT.',
              },
            ]
          : []),
      ];
    },

    async uploadData(files, labels) {
      const up = await foundry.uploadData(files, labels);
      return {
        training: fileRef(up.training),
        ...(up.validation ? { validation: fileRef(up.validation) } : {}),
      };
    },

    async findJob(identity) {
      const found = await foundry.findJob(identity.key);
      const info = await ws();
      return {
        ...(found.job ? { job: toJob(found.job, info) } : {}),
        nextAttempt: found.nextAttempt,
        previous: found.previous.map((j) => toJob(j, info)),
      };
    },

    async submitJob(req) {
      const model = findModel(req.baseModel);
      if (!model)
        throw new FoundryError({
          operation: 'submit fine-tuning job',
          serviceMessage: `${req.baseModel} is not a hub model`,
        });
      const hp: Record<string, string> = {};
      if (req.hyperparameters.epochs !== undefined)
        hp[HYPERPARAMETER_NAMES.epochs] = numberString(req.hyperparameters.epochs);
      if (req.hyperparameters.batchSize !== undefined)
        hp[HYPERPARAMETER_NAMES.batchSize] = numberString(req.hyperparameters.batchSize);
      if (req.hyperparameters.learningRateMultiplier !== undefined)
        hp[HYPERPARAMETER_NAMES.learningRate] = numberString(req.hyperparameters.learningRateMultiplier);
      Object.assign(hp, req.hyperparameters.extra ?? {});
      const name = jobName(req.identity.key, req.attempt);
      const body = fineTuningJobBody(foundry.ref, {
        model,
        modelVersion: req.baseModelVersion ?? model.defaultVersion,
        trainingUri: req.data.training.ref,
        validationUri: req.data.validation?.ref,
        hyperparameters: hp,
        outputModelName: req.outputModelName,
        tags: {
          ...req.identity.labels,
          [TAGS.identity]: req.identity.key,
          [TAGS.attempt]: String(req.attempt),
        },
        displayName: req.displayName ?? name,
        description: req.description ?? `Fine-tune of ${model.id} by foundry-finetune.`,
        experimentName:
          `${(req.identity.labels[TAGS.repository] ?? 'foundry-finetune').replace(/[^A-Za-z0-9_-]+/g, '-')}-finetune`.slice(
            0,
            250,
          ),
        compute: config.training.compute,
        instanceType: config.training.instanceType,
      });
      return toJob(await foundry.submitJob(name, body), await ws());
    },

    async getJob(id) {
      const job = await foundry.getJob(id);
      return job ? toJob(job, await ws()) : undefined;
    },

    async listJobs(labels = {}) {
      const info = await ws();
      return (await foundry.listJobs({ tag: TAGS.repository }))
        .filter((j) =>
          Object.entries(labels).every(
            ([k, v]) => (j.properties.tags?.[k] ?? '').toLowerCase() === v.toLowerCase(),
          ),
        )
        .map((j) => toJob(j, info))
        .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
    },

    cancelJob: (id) => foundry.cancelJob(id),

    async followJob(id, opts) {
      const info = await ws();
      const result = await foundry.followJob(id, {
        pollIntervalMs: opts.pollIntervalMs,
        deadline: opts.deadline,
        signal: opts.signal,
        onChange: opts.onChange,
      });
      return { ...result, job: toJob(result.job, info) };
    },

    async jobFailure(job) {
      return job.error ?? foundry.jobFailure(await rawJob(job.id));
    },
    jobEvents: async () => [],
    checkpoints: async () => [],
    trainingMetrics: (job) => foundry.trainingMetrics(job.id),

    async resultModel(job) {
      if (job.phase !== 'succeeded') return undefined;
      // On the hub the registered model carries the identity only once tagged: tagging is idempotent.
      const tagged = await tagCompletedModel(foundry, await rawJob(job.id), modelName);
      const version = await foundry.getModelVersion(tagged.name, tagged.version);
      return version ? toModel(version) : undefined;
    },

    registry,
    repairRegistry,

    async promote(candidate, change) {
      const repo = candidate.labels[TAGS.repository];
      const labels: Record<string, string> = repo ? { [TAGS.repository]: repo } : {};
      const state = await registry(labels);
      const metrics = metricLabels(change.metrics);
      if (state.production?.id === candidate.id) {
        await foundry.setModelTags(modelName, candidate.version, metrics);
        const repaired = await repairRegistry(labels);
        return {
          promoted: false,
          note: `${modelName} v${candidate.version} is already in production${repaired ? '; the unfinished promotion is complete' : ''}.`,
        };
      }
      const previous = state.production;
      await foundry.setModelTags(modelName, candidate.version, {
        ...metrics,
        [TAGS.stage]: 'production',
        [PROMOTED_AT]: new Date(change.at).toISOString(),
        ...(change.by ? { [PROMOTED_BY]: change.by } : {}),
        ...(previous ? { [PREVIOUS]: previous.version } : {}),
      });
      if (previous) await foundry.setModelTags(modelName, previous.version, { [TAGS.stage]: 'archived' });
      return {
        promoted: true,
        previous: previous ? { ...previous, stage: 'archived' } : undefined,
        note: previous
          ? `Promoted ${modelName} v${candidate.version} to production; v${previous.version} was archived.`
          : `Promoted ${modelName} v${candidate.version} to production, the first production model of this repository.`,
      };
    },

    async reject(candidate, change) {
      await foundry.setModelTags(modelName, candidate.version, {
        ...metricLabels(change.metrics),
        [TAGS.stage]: 'rejected',
      });
      return { recorded: true, note: `${modelName} v${candidate.version} was tagged stage=rejected.` };
    },

    async recordMetrics(model, change) {
      const tags = metricLabels(change.metrics);
      if (Object.keys(tags).length > 0) await foundry.setModelTags(modelName, model.version, tags);
    },

    async deploy(request) {
      const serving = (await foundry.listEndpoints()).find(
        (e) =>
          e.properties.modelSettings?.modelId === request.model.id &&
          /^succeeded$/i.test(e.properties.provisioningState ?? ''),
      );
      if (serving) return toDeployment(serving);
      const name =
        request.name ??
        config.deploy.endpointName ??
        endpointNameFor(request.model.name, request.model.version);
      const created = await foundry.createEndpoint(name, {
        modelId: request.model.id,
        contentSafety: request.contentSafety ?? config.deploy.contentSafety,
        tags: {
          ...request.labels,
          'foundry-finetune.model-name': request.model.name,
          'foundry-finetune.model-version': request.model.version,
        },
        onState: request.onState,
      });
      return toDeployment(created);
    },

    async getDeployment(name) {
      const e = await foundry.getEndpoint(name);
      return e ? toDeployment(e) : undefined;
    },
    listDeployments: async () => (await foundry.listEndpoints()).map(toDeployment),
    deleteDeployment: (name) => foundry.deleteEndpoint(name),

    async endpointCredentials(deployment) {
      const endpoint = await foundry.getEndpoint(deployment.name);
      const url = endpoint?.properties.inferenceEndpoint?.uri;
      if (!url)
        throw new FoundryError({
          operation: `read serverless endpoint ${deployment.name}`,
          serviceMessage: 'it has no inference URL',
        });
      const keys = await foundry.endpointKeys(deployment.name);
      return { url, key: keys.primaryKey };
    },

    async deleteModel(model) {
      for (const e of await foundry.listEndpoints()) {
        if (e.properties.modelSettings?.modelId?.toLowerCase() === model.id.toLowerCase())
          await foundry.deleteEndpoint(e.name);
      }
      return foundry.deleteModelVersion(modelName, model.version);
    },
  };
  return backend;
}
