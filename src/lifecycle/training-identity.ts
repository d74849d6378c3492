/**
 * What this run would train: the prepared data (with the same seeded split validate reports), its
 * hyperparameters and the job identity they make. `train` submits it; `retrain` compares it with what
 * is in production. One function, so the two can never disagree on what "the same training" is.
 */
import path from 'node:path';
import type { CommandContext } from '../commands/types.ts';
import { prepareTrainingData } from '../dataset/index.ts';
import { hyperparameters, jobIdentity, type JobIdentity } from '../foundry/identity.ts';

export interface TrainingIdentity {
  prepared: Awaited<ReturnType<typeof prepareTrainingData>>;
  hyperparameters: Record<string, string>;
  identity: JobIdentity;
}

export async function currentTraining(
  ctx: Pick<CommandContext, 'config' | 'event' | 'outDir'>,
): Promise<TrainingIdentity> {
  const { config, event } = ctx;
  const prepared = await prepareTrainingData({ config, outDir: path.join(ctx.outDir, 'data') });
  const hp = hyperparameters(config.training, prepared.examples.training);
  const identity = jobIdentity({
    repository: event.repository,
    modelId: config.model.id,
    modelVersion: config.modelVersion,
    datasetHash: prepared.datasetHash,
    hyperparameters: hp,
    compute: config.training.compute,
    instanceType: config.training.instanceType,
    outputModelName: config.training.modelName,
  });
  return { prepared, hyperparameters: hp, identity };
}
