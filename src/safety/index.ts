/** Content safety: screening training data and evaluation answers with Azure AI Content Safety. */
export {
  CONTENT_SAFETY_API_VERSION,
  OUTPUT_TYPE,
  MAX_TEXT_CHARS,
  HARM_CATEGORIES,
  SafetyError,
} from './types.ts';
export type { HarmCategory, Severities } from './types.ts';
export { createContentSafetyClient, analyzeUrl, COGNITIVE_SERVICES_SCOPE } from './client.ts';
export type {
  AnalyzeOutcome,
  ContentSafetyAuth,
  ContentSafetyClient,
  ContentSafetyClientOptions,
  ContentSafetyStats,
  TokenSource,
} from './client.ts';
export { SafetyCache, textHash } from './cache.ts';
export type { SafetyCacheStats } from './cache.ts';
export { screenDatasetWith } from './dataset.ts';
export type { DatasetFile, DatasetScreening, FileScreening, FlaggedExample } from './dataset.ts';
export { screenAnswers, unsafeRate, answersToScreen } from './answers.ts';
export type { AnswerToScreen, AnswerVerdict, UnsafeRate } from './answers.ts';
export { screenDataset, contentSafetyClient, screeningDecision } from './setup.ts';
export type { ScreenDatasetOptions, ScreeningDecision, SafetySettings } from './setup.ts';
export {
  renderSafetySection,
  renderAnswerSafetySection,
  safetyAnnotations,
  safetyHeadline,
} from './report.ts';
export type { AnswerSafetyReport } from './report.ts';
export { exampleText, splitText } from './text.ts';
export { flaggedCategories, describeSeverities, maxSeverities, parseAnalysis } from './severity.ts';
