/**
 * What a training run will bill. Azure bills training tokens x epochs; the price is the user's input
 * (prices differ by region, model and agreement, so none is assumed here).
 */
import type { TrainingEstimate } from './types.ts';

/**
 * Epochs when none is set: the rule of OpenAI's fine-tuning data-preparation guide (target 3 epochs,
 * but at least 100 and at most 25,000 example passes, within 1..25 epochs), which Azure's defaults follow.
 */
export function defaultEpochs(examples: number): number {
  const target = 3;
  if (examples <= 0) return target;
  if (examples * target < 100) return Math.min(25, Math.floor(100 / examples));
  if (examples * target > 25_000) return Math.max(1, Math.floor(25_000 / examples));
  return target;
}

export function estimateTraining(
  examples: number,
  tokens: number,
  epochs: number | undefined,
  pricePer1kTokens: number | undefined,
  estimatedExamples = 0,
): TrainingEstimate {
  const chosen = epochs ?? defaultEpochs(examples);
  const billedTokens = tokens * chosen;
  return {
    examples,
    tokens,
    estimatedExamples,
    epochs: chosen,
    epochsSource: epochs === undefined ? 'rule' : 'input',
    billedTokens,
    pricePer1kTokens,
    cost: pricePer1kTokens === undefined ? undefined : (billedTokens / 1000) * pricePer1kTokens,
  };
}
