/** The dataset core's public API: validation, training-data preparation, golden sets, token counts. */
export { validateDatasets, DEFAULT_MAX_LINE_BYTES } from './validate.ts';
export type { BaseRevision, ValidateDatasetsOptions } from './validate.ts';
export { prepareTrainingData, datasetHash } from './prepare.ts';
export type { PreparedData } from './prepare.ts';
export { loadGoldenSet } from './golden.ts';
export { goldenExampleId } from './golden-id.ts';
export {
  countChatTokens,
  chatTemplateOverhead,
  countWithTemplate,
  loadTokenizer,
} from './tokenizer/index.ts';
export type { ChatTokenCount, CountOptions, TemplateOverhead, TextTokenizer } from './tokenizer/index.ts';
export { defaultEpochs, estimateTraining } from './estimate.ts';
export { validationSize } from './split.ts';
export { MAX_FILE_BYTES } from './source.ts';
export { MIN_EXAMPLES } from './accumulate.ts';
export { isDatasetWorker, runDatasetWorker } from './worker.ts';
export { WORKER_ENTRY_KEY } from './pipeline.ts';
export type * from './types.ts';
