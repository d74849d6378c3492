/** Pure helpers over per-category severities: merging chunks, reading answers, deciding and describing. */
import { HARM_CATEGORIES, type HarmCategory, type Severities } from './types.ts';

export function zeroSeverities(): Severities {
  return { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 0 };
}

/** The worst of two analyses per category: a long example is as unsafe as its worst chunk. */
export function maxSeverities(a: Severities, b: Severities): Severities {
  const out = zeroSeverities();
  for (const c of HARM_CATEGORIES) out[c] = Math.max(a[c], b[c]);
  return out;
}

/**
 * Categories at or above the threshold. Severity 0 means "safe" to the service, so it never flags: a
 * threshold of 0 acts as 1 rather than failing every example.
 */
export function flaggedCategories(severities: Severities, threshold: number): HarmCategory[] {
  const bar = Math.max(1, threshold);
  return HARM_CATEGORIES.filter((c) => severities[c] >= bar);
}

/** `Violence 6, Hate 4`: the given categories (all non-zero ones by default), worst first. */
export function describeSeverities(severities: Severities, only?: readonly HarmCategory[]): string {
  const picked = (only ?? HARM_CATEGORIES.filter((c) => severities[c] > 0)).slice();
  picked.sort(
    (x, y) => severities[y] - severities[x] || HARM_CATEGORIES.indexOf(x) - HARM_CATEGORIES.indexOf(y),
  );
  return picked.map((c) => `${c} ${severities[c]}`).join(', ');
}

/**
 * Severities from a `text:analyze` answer (`AnalyzeTextResult.categoriesAnalysis`), or undefined when the
 * body is not that shape (a truncated answer is worth a retry, not a pass). Categories the answer leaves
 * out are 0; categories we do not know are ignored.
 */
export function parseAnalysis(body: unknown): Severities | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const list = (body as { categoriesAnalysis?: unknown }).categoriesAnalysis;
  if (!Array.isArray(list)) return undefined;
  const out = zeroSeverities();
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { category, severity } = item as { category?: unknown; severity?: unknown };
    if (typeof category !== 'string') return undefined;
    if (severity === undefined || severity === null) continue;
    if (typeof severity !== 'number' || !Number.isInteger(severity) || severity < 0 || severity > 7)
      return undefined;
    if ((HARM_CATEGORIES as readonly string[]).includes(category))
      out[category as HarmCategory] = Math.max(out[category as HarmCategory], severity);
  }
  return out;
}
