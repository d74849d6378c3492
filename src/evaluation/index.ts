export {
  createChatClient,
  chatCompletionsUrl,
  describeEndpoint,
  retryAfterMs,
  DEFAULT_API_VERSION,
  type ChatClient,
  type ChatClientOptions,
  type ChatClientStats,
  type ChatOutcome,
} from './chat-client.ts';
export {
  evaluateGoldenSet,
  computeDeltas,
  metricsView,
  EvaluationError,
  type EvaluateOptions,
  type EvaluationResult,
  type ExampleResult,
  type SideSummary,
  type Side,
} from './evaluate.ts';
export {
  METRICS,
  METRIC_NAMES,
  metricInfo,
  isMetricName,
  scoreAnswer,
  aggregateMetric,
  aggregateAll,
  type MetricInfo,
  type MetricName,
  type Prices,
  type ScoredAnswer,
  type TextScores,
} from './metrics.ts';
export { exactMatch, tokenF1, normalizeAnswer } from './squad.ts';
export { rouge1, rougeL, rougeTokenize } from './rouge.ts';
export { corpusBleu, sentenceBleu, bleuStats, bleuFromStats, tokenize13a } from './bleu.ts';
export { pairedBootstrap, type DeltaInterval } from './bootstrap.ts';
export { percentile } from './stats.ts';
export { judgeMessages, parseRating } from './judge.ts';
export { unansweredBeyond, type Unanswered } from './coverage.ts';
export {
  keyStyle,
  keyHeaders,
  readErrorBody,
  isContentFilter,
  unsupportedParameter,
  EXTRA_PARAMETERS,
  type KeyStyle,
  type ErrorBody,
} from './inference-contract.ts';
