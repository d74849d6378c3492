import { bearer, header, json, type EmuRequest, type EmuResponse, type Handler } from '../core/http.ts';
import { SlidingWindow } from '../core/rate-window.ts';
import { Router } from '../core/router.ts';
import type { TokenRegistry } from '../identity/tokens.ts';
import { normalizeAudience } from '../identity/tokens.ts';
import { findWords } from '../inference/content-filter.ts';
import type { ContentWord } from '../inference/registry.ts';

const CATEGORIES = ['Hate', 'SelfHarm', 'Sexual', 'Violence'] as const;
const MAX_TEXT = 10_000;

export interface ContentSafetySettings {
  key: string;
  /** Requests a minute before 429 (0: unlimited). */
  requestsPerMinute: number;
  apiVersions: string[];
  /** Word -> category and 0..7 severity (shared with the inference content filter). */
  words: () => readonly ContentWord[];
  /** Custom blocklists by name, for `blocklistNames`. */
  blocklists: Record<string, string[]>;
}

export interface ContentSafetyStats {
  requests: number;
  throttled: number;
}

/**
 * Azure AI Content Safety `text:analyze`, with severities from the configured word list, and the request
 * checked as AnalyzeTextOptions of Azure/azure-rest-api-specs
 * `specification/cognitiveservices/data-plane/ContentSafety/stable/2024-09-01/contentsafety.json`: `text`
 * required, at most 10,000 Unicode code points; `categories` from TextCategory; `outputType`
 * FourSeverityLevels (default) or EightSeverityLevels; `blocklistNames` strings; `haltOnBlocklistHit` a
 * boolean. The answer is AnalyzeTextResult: `categoriesAnalysis` (required) and `blocklistsMatch`.
 */
export function contentSafetyHandler(
  settings: ContentSafetySettings,
  tokens: TokenRegistry,
  stats: ContentSafetyStats,
): Handler {
  const window = new SlidingWindow();
  const audiences = new Set(['https://cognitiveservices.azure.com'].map(normalizeAudience));
  const router = new Router(() => json(404, { error: { code: '404', message: 'Resource not found' } }));
  router.post('/contentsafety/text:analyze', (req) => analyze(settings, req, window, stats));
  return (req) => {
    const key = header(req, 'ocp-apim-subscription-key');
    const token = bearer(req);
    const keyOk = key !== undefined && key === settings.key;
    const tokenOk =
      !keyOk && token !== undefined && tokens.check(token, (a) => audiences.has(a), [...audiences]).ok;
    if (!keyOk && !tokenOk) {
      return json(401, {
        error: {
          code: '401',
          message:
            'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        },
      });
    }
    return router.handle(req);
  };
}

function invalid(message: string, target?: string): EmuResponse {
  return json(400, {
    error: { code: 'InvalidRequestBody', message, ...(target ? { target } : {}), details: [] },
  });
}

function analyze(
  settings: ContentSafetySettings,
  req: EmuRequest,
  window: SlidingWindow,
  stats: ContentSafetyStats,
): EmuResponse {
  stats.requests++;
  const version = req.query.get('api-version');
  if (!version) return json(404, { error: { code: '404', message: 'Resource not found' } });
  if (!settings.apiVersions.includes(version)) {
    return json(400, {
      error: {
        code: 'UnsupportedApiVersion',
        message: `The HTTP resource that matches the request URI '${req.path}' does not support the API version '${version}'.`,
      },
    });
  }
  const decision = window.admit({ requestsPerMinute: settings.requestsPerMinute || undefined }, 0);
  if (!decision.ok) {
    stats.throttled++;
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    return json(
      429,
      { error: { code: '429', message: `Rate limit is exceeded. Try again in ${seconds} seconds.` } },
      { 'retry-after': String(seconds) },
    );
  }
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))
    return invalid('The request body must be a JSON object (AnalyzeTextOptions).');
  const body = req.body as {
    text?: unknown;
    categories?: unknown;
    outputType?: unknown;
    blocklistNames?: unknown;
    haltOnBlocklistHit?: unknown;
  };
  if (typeof body.text !== 'string')
    return invalid("The field 'text' is required and must be a string.", 'text');
  if ([...body.text].length > MAX_TEXT)
    return invalid(`The text exceeds the maximum of ${MAX_TEXT} characters.`, 'text');
  const outputType = body.outputType ?? 'FourSeverityLevels';
  if (outputType !== 'FourSeverityLevels' && outputType !== 'EightSeverityLevels') {
    return invalid("'outputType' must be FourSeverityLevels or EightSeverityLevels.", 'outputType');
  }
  let categories: readonly string[] = CATEGORIES;
  if (body.categories !== undefined) {
    if (
      !Array.isArray(body.categories) ||
      body.categories.some((c) => !(CATEGORIES as readonly string[]).includes(String(c)))
    ) {
      return invalid(`'categories' must be a list of ${CATEGORIES.join(', ')}.`, 'categories');
    }
    categories = body.categories as string[];
  }
  if (
    body.blocklistNames !== undefined &&
    (!Array.isArray(body.blocklistNames) || body.blocklistNames.some((n) => typeof n !== 'string'))
  ) {
    return invalid("'blocklistNames' must be a list of blocklist names.", 'blocklistNames');
  }
  if (body.haltOnBlocklistHit !== undefined && typeof body.haltOnBlocklistHit !== 'boolean')
    return invalid("'haltOnBlocklistHit' must be true or false.", 'haltOnBlocklistHit');
  const blocklistsMatch: { blocklistName: string; blocklistItemId: string; blocklistItemText: string }[] = [];
  const names = (body.blocklistNames as string[] | undefined) ?? [];
  for (const name of names) {
    const items = settings.blocklists[name];
    if (!items)
      return json(404, { error: { code: 'NotFound', message: `Blocklist '${name}' was not found.` } });
    items.forEach((item, i) => {
      if (body.text && (body.text as string).toLowerCase().includes(item.toLowerCase())) {
        blocklistsMatch.push({
          blocklistName: name,
          blocklistItemId: `${name}-${i}`,
          blocklistItemText: item,
        });
      }
    });
  }
  if (body.haltOnBlocklistHit === true && blocklistsMatch.length > 0)
    return json(200, { blocklistsMatch, categoriesAnalysis: [] });
  const hits = findWords(body.text, settings.words());
  const categoriesAnalysis = categories.map((category) => {
    const raw = Math.max(0, ...hits.filter((h) => h.category === category).map((h) => h.severity));
    const severity =
      outputType === 'EightSeverityLevels' ? raw : raw >= 6 ? 6 : raw >= 4 ? 4 : raw >= 2 ? 2 : 0;
    return { category, severity };
  });
  return json(200, { blocklistsMatch, categoriesAnalysis });
}
