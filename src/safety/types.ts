/** Shapes and wire constants of Azure AI Content Safety's text analysis, shared by the safety modules. */

/** The GA api-version of `text:analyze` (2023-10-01 has the same request and answer). */
export const CONTENT_SAFETY_API_VERSION = '2024-09-01';

/**
 * Eight levels (0-7) rather than four (0, 2, 4, 6): the threshold input is 0-7, and with four levels a
 * threshold of 5 could never be told apart from 6.
 */
export const OUTPUT_TYPE = 'EightSeverityLevels';

/** The service refuses a text longer than this (characters); longer examples are sent in chunks. */
export const MAX_TEXT_CHARS = 10_000;

/** The four harm categories, in the order the service reports them and the cache stores them. */
export const HARM_CATEGORIES = ['Hate', 'SelfHarm', 'Sexual', 'Violence'] as const;
export type HarmCategory = (typeof HARM_CATEGORIES)[number];

/** Severity 0-7 per category. */
export type Severities = Record<HarmCategory, number>;

/** Thrown for a setup problem that stops screening before it starts (no credential, bad endpoint). */
export class SafetyError extends Error {
  override name = 'SafetyError';
}
