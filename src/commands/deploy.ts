/**
 * `deploy`: a serverless endpoint for the fine-tuned model. Reuses an endpoint that already serves the
 * model; otherwise creates one and follows its provisioning to the end. A failed provisioning is deleted
 * (or, when that fails too, named in the summary) so nothing half-made is left unreported.
 */
import {
  connectFoundry,
  FoundryError,
  versionOf,
  type EndpointResource,
  type Foundry,
} from '../foundry/index.ts';
import { endpointNameFor, validEndpointName } from '../foundry/endpoint-name.ts';
import { errorMessage } from '../foundry/errors.ts';
import { TAGS } from '../foundry/identity.ts';
import {
  renderDeployComment,
  renderDeployFailure,
  renderDeploySummary,
  type DeployReport,
} from '../report/deploy.ts';
import type { Command, CommandContext, RunState, StepResult } from './types.ts';

type ModelFacts = NonNullable<RunState['model']>;

export const deployCommand: Command = async (ctx) => {
  try {
    const foundry = connectFoundry(ctx.config, ctx.log, ctx.signal, { clock: ctx.clock });
    return await deploy(ctx, foundry);
  } catch (e) {
    return failure(errorMessage(e));
  }
};

function failure(message: string, hint?: string): StepResult {
  return {
    command: 'deploy',
    status: 'failed',
    headline: message.split('\n')[0] ?? message,
    summary: renderDeployFailure(message, hint),
    outputs: {},
    annotations: [],
    failure: message,
  };
}

/** The model to deploy: this run's, else the newest of this repository (this commit's when there is one). */
async function chooseModel(
  ctx: CommandContext,
  foundry: Foundry,
): Promise<{ model: ModelFacts; how: string } | undefined> {
  if (ctx.state.model) return { model: ctx.state.model, how: 'trained in this run' };
  const { config, event } = ctx;
  const versions = await foundry.listModelVersions(config.training.modelName, {
    tags: { [TAGS.repository]: event.repository },
  });
  if (versions.length === 0) return undefined;
  const byCommit = event.sha
    ? versions.find((v) => v.properties.tags?.[TAGS.commit] === event.sha)
    : undefined;
  const byDataset = ctx.state.datasetHash
    ? versions.find((v) => v.properties.tags?.[TAGS.dataset] === ctx.state.datasetHash)
    : undefined;
  const chosen = byDataset ?? byCommit ?? versions[0]!;
  const how = byDataset
    ? 'the version trained on this dataset'
    : byCommit
      ? `the version trained at this commit (${event.sha.slice(0, 7)})`
      : `the newest version tagged with ${event.repository}`;
  const version = versionOf(chosen);
  return {
    model: {
      name: config.training.modelName,
      version,
      id: await foundry.modelId(config.training.modelName, version),
      tags: chosen.properties.tags ?? {},
    },
    how,
  };
}

async function deploy(ctx: CommandContext, foundry: Foundry): Promise<StepResult> {
  const { config, log, state } = ctx;
  const chosen = await chooseModel(ctx, foundry);
  if (!chosen) {
    return failure(
      `No model to deploy: model '${config.training.modelName}' has no version tagged ${TAGS.repository}=${ctx.event.repository}.`,
      'Run `train` first (or `resume` when a job is still running), or set `model-name` to the registered model.',
    );
  }
  const { model, how } = chosen;
  log.info(`Deploying ${model.name}:${model.version} (${how}).`);

  const name = config.deploy.endpointName ?? endpointNameFor(model.name, model.version);
  const states: string[] = [];
  const removed: string[] = [];
  let endpoint = await endpointServing(ctx, foundry, model.id, removed);
  let created = false;
  if (endpoint) {
    log.info(`Endpoint ${endpoint.name} already serves ${model.name}:${model.version}; reusing it.`);
  } else {
    if (!validEndpointName(name)) {
      return failure(
        `input 'endpoint-name': '${name}' is not a valid serverless endpoint name (3 to 32 letters, digits or '-', starting with a letter).`,
      );
    }
    const existing = await foundry.getEndpoint(name);
    if (existing && existing.properties.modelSettings?.modelId !== model.id) {
      return failure(
        `Endpoint '${name}' exists and serves another model (${existing.properties.modelSettings?.modelId ?? 'unknown'}).`,
        'A serverless endpoint keeps its model: set `endpoint-name` to a new name (or leave it unset to derive one per model version), or delete the old endpoint (`command: cleanup`).',
      );
    }
    try {
      endpoint = await foundry.createEndpoint(name, {
        modelId: model.id,
        contentSafety: config.deploy.contentSafety,
        tags: {
          [TAGS.repository]: ctx.event.repository,
          'foundry-finetune.model-name': model.name,
          'foundry-finetune.model-version': model.version,
        },
        onState: (s) => {
          states.push(s);
          log.info(`endpoint ${name}: ${s}`);
        },
      });
      created = true;
    } catch (e) {
      return provisioningFailed(foundry, name, e, log);
    }
  }

  const url = endpoint.properties.inferenceEndpoint?.uri;
  if (!url)
    return failure(`Endpoint ${endpoint.name} has no inference URL (properties.inferenceEndpoint.uri).`);
  const keys = await foundry.endpointKeys(endpoint.name);
  log.secret(keys.primaryKey);
  state.endpoint = { name: endpoint.name, url, key: keys.primaryKey };

  const safety =
    endpoint.properties.contentSafety?.contentSafetyStatus ??
    (config.deploy.contentSafety === 'enabled' ? 'Enabled' : 'Disabled');
  const report: DeployReport = {
    endpoint: endpoint.name,
    created,
    url,
    model: { name: model.name, version: model.version },
    how,
    contentSafety: safety,
    states,
    removed,
  };
  return {
    command: 'deploy',
    status: 'succeeded',
    headline: `${created ? 'Created' : 'Reused'} endpoint ${endpoint.name} for ${model.name} v${model.version}.`,
    summary: renderDeploySummary(report),
    comment: renderDeployComment(report),
    outputs: {
      'endpoint-name': endpoint.name,
      'endpoint-url': url,
      'model-name': model.name,
      'model-version': model.version,
      'model-id': model.id,
    },
    annotations: [],
    detail: {
      endpoint: { name: endpoint.name, url, created, contentSafety: safety },
      model: { ...model, how },
    },
  };
}

/**
 * The endpoint that serves this model already, if any. A fine-tuned model has one serverless deployment:
 * one still provisioning is waited for, one that failed earlier is deleted so a new one can be made.
 */
async function endpointServing(
  ctx: CommandContext,
  foundry: Foundry,
  modelId: string,
  removed: string[],
): Promise<EndpointResource | undefined> {
  const sameModel = (await foundry.listEndpoints()).filter(
    (e) => e.properties.modelSettings?.modelId === modelId,
  );
  const ready = sameModel.find((e) => /^succeeded$/i.test(e.properties.provisioningState ?? ''));
  if (ready) return ready;
  for (const e of sameModel) {
    let current: EndpointResource | undefined = e;
    const giveUpAt = ctx.clock.now() + 60 * 60_000;
    while (current && /^(creating|updating|deleting)$/i.test(current.properties.provisioningState ?? '')) {
      if (ctx.signal.aborted || ctx.clock.now() > giveUpAt) return undefined;
      ctx.log.info(
        `Endpoint ${current.name} for this model is ${current.properties.provisioningState}; waiting for it.`,
      );
      await ctx.clock.sleep(ctx.config.training.pollIntervalSeconds * 1000, ctx.signal);
      current = await foundry.getEndpoint(current.name);
    }
    if (!current) continue;
    if (/^succeeded$/i.test(current.properties.provisioningState ?? '')) return current;
    ctx.log.info(
      `Endpoint ${current.name} for this model is ${current.properties.provisioningState}; deleting it.`,
    );
    await foundry.deleteEndpoint(current.name);
    removed.push(current.name);
  }
  return undefined;
}

async function provisioningFailed(
  foundry: Foundry,
  name: string,
  error: unknown,
  log: CommandContext['log'],
): Promise<StepResult> {
  const message = errorMessage(error);
  let cleanup: string;
  const left = await foundry.getEndpoint(name).catch(() => undefined);
  if (!left) {
    cleanup = `Nothing was left behind: endpoint ${name} does not exist.`;
  } else {
    try {
      await foundry.deleteEndpoint(name);
      cleanup = `The failed endpoint ${name} was deleted, so nothing half-made is left behind.`;
    } catch (e) {
      cleanup = `The failed endpoint ${name} could not be deleted (${errorMessage(e)}): delete it in the studio or with \`command: cleanup\`; it may be billed while it exists.`;
    }
  }
  log.info(cleanup);
  const status = error instanceof FoundryError ? error.details : undefined;
  return {
    ...failure(
      `Provisioning endpoint ${name} failed: ${status?.serviceMessage ?? message}`,
      `${cleanup}\nRun the workflow again to retry; the model is unchanged.`,
    ),
    failure: `Provisioning endpoint ${name} failed: ${status?.serviceMessage ?? message} ${cleanup}`,
  };
}
