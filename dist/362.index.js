export const id = 362;
export const ids = [362];
export const modules = {

/***/ 39362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COGNITIVE_SERVICES_SCOPE: () => (/* reexport */ COGNITIVE_SERVICES_SCOPE),
  CONTENT_SAFETY_API_VERSION: () => (/* reexport */ CONTENT_SAFETY_API_VERSION),
  HARM_CATEGORIES: () => (/* reexport */ HARM_CATEGORIES),
  MAX_TEXT_CHARS: () => (/* reexport */ MAX_TEXT_CHARS),
  OUTPUT_TYPE: () => (/* reexport */ OUTPUT_TYPE),
  SafetyCache: () => (/* reexport */ SafetyCache),
  SafetyError: () => (/* reexport */ SafetyError),
  analyzeUrl: () => (/* reexport */ analyzeUrl),
  answersToScreen: () => (/* reexport */ answersToScreen),
  contentSafetyClient: () => (/* reexport */ contentSafetyClient),
  createContentSafetyClient: () => (/* reexport */ createContentSafetyClient),
  describeSeverities: () => (/* reexport */ describeSeverities),
  exampleText: () => (/* reexport */ exampleText),
  flaggedCategories: () => (/* reexport */ flaggedCategories),
  maxSeverities: () => (/* reexport */ maxSeverities),
  parseAnalysis: () => (/* reexport */ parseAnalysis),
  renderAnswerSafetySection: () => (/* reexport */ renderAnswerSafetySection),
  renderSafetySection: () => (/* reexport */ renderSafetySection),
  safetyAnnotations: () => (/* reexport */ safetyAnnotations),
  safetyHeadline: () => (/* reexport */ safetyHeadline),
  screenAnswers: () => (/* reexport */ screenAnswers),
  screenDataset: () => (/* reexport */ screenDataset),
  screenDatasetWith: () => (/* reexport */ screenDatasetWith),
  screeningDecision: () => (/* reexport */ screeningDecision),
  splitText: () => (/* reexport */ splitText),
  textHash: () => (/* reexport */ textHash),
  unsafeRate: () => (/* reexport */ unsafeRate)
});

;// CONCATENATED MODULE: ./src/safety/types.ts
/** Shapes and wire constants of Azure AI Content Safety's text analysis, shared by the safety modules. */
/** The GA api-version of `text:analyze` (2023-10-01 has the same request and answer). */
const CONTENT_SAFETY_API_VERSION = '2024-09-01';
/**
 * Eight levels (0-7) rather than four (0, 2, 4, 6): the threshold input is 0-7, and with four levels a
 * threshold of 5 could never be told apart from 6.
 */
const OUTPUT_TYPE = 'EightSeverityLevels';
/** The service refuses a text longer than this (characters); longer examples are sent in chunks. */
const MAX_TEXT_CHARS = 10_000;
/** The four harm categories, in the order the service reports them and the cache stores them. */
const HARM_CATEGORIES = ['Hate', 'SelfHarm', 'Sexual', 'Violence'];
/** Thrown for a setup problem that stops screening before it starts (no credential, bad endpoint). */
class SafetyError extends Error {
    name = 'SafetyError';
}

// EXTERNAL MODULE: ./src/evaluation/chat-client.ts + 1 modules
var chat_client = __webpack_require__(61328);
// EXTERNAL MODULE: ./src/evaluation/random.ts
var random = __webpack_require__(77219);
;// CONCATENATED MODULE: ./src/safety/severity.ts
/** Pure helpers over per-category severities: merging chunks, reading answers, deciding and describing. */

function zeroSeverities() {
    return { Hate: 0, SelfHarm: 0, Sexual: 0, Violence: 0 };
}
/** The worst of two analyses per category: a long example is as unsafe as its worst chunk. */
function maxSeverities(a, b) {
    const out = zeroSeverities();
    for (const c of HARM_CATEGORIES)
        out[c] = Math.max(a[c], b[c]);
    return out;
}
/**
 * Categories at or above the threshold. Severity 0 means "safe" to the service, so it never flags: a
 * threshold of 0 acts as 1 rather than failing every example.
 */
function flaggedCategories(severities, threshold) {
    const bar = Math.max(1, threshold);
    return HARM_CATEGORIES.filter((c) => severities[c] >= bar);
}
/** `Violence 6, Hate 4`: the given categories (all non-zero ones by default), worst first. */
function describeSeverities(severities, only) {
    const picked = (only ?? HARM_CATEGORIES.filter((c) => severities[c] > 0)).slice();
    picked.sort((x, y) => severities[y] - severities[x] || HARM_CATEGORIES.indexOf(x) - HARM_CATEGORIES.indexOf(y));
    return picked.map((c) => `${c} ${severities[c]}`).join(', ');
}
/**
 * Severities from a `text:analyze` answer (`AnalyzeTextResult.categoriesAnalysis`), or undefined when the
 * body is not that shape (a truncated answer is worth a retry, not a pass). Categories the answer leaves
 * out are 0; categories we do not know are ignored.
 */
function parseAnalysis(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const list = body.categoriesAnalysis;
    if (!Array.isArray(list))
        return undefined;
    const out = zeroSeverities();
    for (const item of list) {
        if (typeof item !== 'object' || item === null)
            return undefined;
        const { category, severity } = item;
        if (typeof category !== 'string')
            return undefined;
        if (severity === undefined || severity === null)
            continue;
        if (typeof severity !== 'number' || !Number.isInteger(severity) || severity < 0 || severity > 7)
            return undefined;
        if (HARM_CATEGORIES.includes(category))
            out[category] = Math.max(out[category], severity);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/safety/text.ts
/** What of an example is screened, and how a long text is cut to the service's size limit (pure). */

function partsText(content) {
    if (typeof content === 'string')
        return content === '' ? [] : [content];
    // Multimodal content: a list of parts, of which only the text ones can be screened as text.
    if (Array.isArray(content)) {
        return content.flatMap((part) => {
            const p = part;
            return p && typeof p.text === 'string' && p.text !== '' && (p.type === undefined || p.type === 'text')
                ? [p.text]
                : [];
        });
    }
    return [];
}
/**
 * The text of one chat example as it is screened: every message's content and every tool call's
 * arguments, in order, one per line, plus a golden line's `expected` answers. Undefined when the value is
 * not an example (the dataset check reports those lines); '' when it has nothing to screen.
 */
function exampleText(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const { messages, expected } = value;
    if (!Array.isArray(messages))
        return undefined;
    const parts = [];
    for (const message of messages) {
        if (typeof message !== 'object' || message === null)
            continue;
        const m = message;
        parts.push(...partsText(m.content));
        if (Array.isArray(m.tool_calls)) {
            for (const call of m.tool_calls) {
                const args = call?.function?.arguments;
                if (typeof args === 'string' && args !== '')
                    parts.push(args);
            }
        }
    }
    for (const answer of Array.isArray(expected) ? expected : [expected]) {
        if (typeof answer === 'string' && answer !== '')
            parts.push(answer);
    }
    return parts.join('\n');
}
/**
 * Cuts `text` into pieces of at most `max` UTF-16 units (so at most `max` characters however the service
 * counts them), preferring a line break or space in the last fifth of each piece so words stay whole, and
 * never splitting a surrogate pair. Joined back, the pieces are the text.
 */
function splitText(text, max = MAX_TEXT_CHARS) {
    if (max < 2)
        throw new RangeError('splitText: max must be at least 2');
    const pieces = [];
    let start = 0;
    while (text.length - start > max) {
        let end = start + max;
        const floor = start + Math.floor(max * 0.8);
        const newline = text.lastIndexOf('\n', end - 1);
        if (newline >= floor)
            end = newline + 1;
        else {
            let space = end - 1;
            while (space >= floor && !/\s/.test(text[space]))
                space--;
            if (space >= floor)
                end = space + 1;
        }
        const code = text.charCodeAt(end - 1);
        if (code >= 0xd800 && code <= 0xdbff)
            end -= 1;
        pieces.push(text.slice(start, end));
        start = end;
    }
    if (start < text.length || pieces.length === 0)
        pieces.push(text.slice(start));
    return pieces;
}

// EXTERNAL MODULE: ./src/evaluation/rate-limiter.ts
var rate_limiter = __webpack_require__(98911);
// EXTERNAL MODULE: ./src/runtime/abort.ts
var abort = __webpack_require__(61962);
;// CONCATENATED MODULE: ./src/safety/throttle.ts


class RequestThrottle {
    clock;
    concurrency;
    window;
    queue = [];
    active = 0;
    pausedUntil = 0;
    pumping = false;
    wake = new AbortController();
    /** Set when nothing more should be sent (a fatal answer): every waiter gets this error. */
    closed;
    constructor(concurrency, clock, requestsPerMinute) {
        this.clock = clock;
        this.concurrency = new rate_limiter/* AdaptiveConcurrency */.w(Math.max(1, Math.floor(concurrency)));
        this.window = requestsPerMinute ? new rate_limiter/* SlidingWindowLimiter */.P(requestsPerMinute, 60_000) : undefined;
    }
    get limit() {
        return this.concurrency.limit;
    }
    get lowest() {
        return this.concurrency.lowest;
    }
    acquire(signal, first = false) {
        return new Promise((resolve, reject) => {
            if (this.closed)
                return reject(this.closed);
            if (signal?.aborted)
                return reject(signal.reason);
            const waiter = { resolve, reject, signal };
            if (first)
                this.queue.unshift(waiter);
            else
                this.queue.push(waiter);
            signal?.addEventListener('abort', () => this.notify(), { once: true });
            void this.pump();
        });
    }
    /** Ends a request. `throttled`: the service answered 429 (with its `Retry-After`, when it sent one). */
    release(permit, outcome) {
        const now = this.clock.now();
        this.active--;
        if (permit.reservation !== undefined)
            this.window?.settle(permit.reservation, now, 1);
        if (outcome.throttled) {
            this.concurrency.onThrottle(permit.startedAt, now);
            if (outcome.retryAfterMs !== undefined)
                this.pausedUntil = Math.max(this.pausedUntil, now + outcome.retryAfterMs);
        }
        else if (outcome.ok) {
            this.concurrency.onSuccess();
        }
        this.notify();
    }
    /** Refuses every waiting and future request with `error`. */
    close(error) {
        this.closed ??= error;
        this.notify();
    }
    notify() {
        this.wake.abort();
        this.wake = new AbortController();
        void this.pump();
    }
    async pump() {
        if (this.pumping)
            return;
        this.pumping = true;
        try {
            while (this.queue.length > 0) {
                const head = this.queue[0];
                if (this.closed || head.signal?.aborted) {
                    this.queue.shift();
                    head.reject(this.closed ?? head.signal.reason);
                    continue;
                }
                const wake = this.wake.signal;
                if (this.active >= this.concurrency.limit) {
                    await (0,abort/* untilAborted */.E)(wake);
                    continue;
                }
                const now = this.clock.now();
                const windowWait = this.window ? this.window.waitTime(now, 1) : 0;
                if (windowWait === undefined) {
                    await (0,abort/* untilAborted */.E)(wake);
                    continue;
                }
                const wait = Math.max(this.pausedUntil - now, windowWait);
                if (wait > 0) {
                    await this.clock.sleep(wait, wake);
                    continue;
                }
                this.queue.shift();
                this.active++;
                head.resolve({ startedAt: now, reservation: this.window?.reserve(1) });
            }
        }
        finally {
            this.pumping = false;
        }
    }
}

// EXTERNAL MODULE: ./src/runtime/clock.ts
var clock = __webpack_require__(19842);
// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(55259);
;// CONCATENATED MODULE: ./src/safety/client.ts









/** The Entra scope of Azure AI services (Content Safety included). */
const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';
/** `{endpoint}/contentsafety/text:analyze?api-version=...`, from the resource endpoint or the full route. */
function analyzeUrl(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new SafetyError(`content-safety-endpoint '${endpoint}' is not a URL: give the resource's https://<name>.cognitiveservices.azure.com address.`);
    }
    let path = url.pathname.replace(/\/+$/, '');
    if (!/\/contentsafety\/text:analyze$/.test(path))
        path = `${path}/contentsafety/text:analyze`;
    url.pathname = path;
    url.search = '';
    url.searchParams.set('api-version', CONTENT_SAFETY_API_VERSION);
    return url.toString();
}
/** The service's own words from an error body (`{error: {code, message}}`), or a snippet of the raw text. */
function serviceMessage(text, status) {
    try {
        const body = JSON.parse(text);
        const e = body.error;
        if (e && typeof e.message === 'string') {
            // Content Safety repeats the status as the code ("401"); only a named code adds anything.
            return typeof e.code === 'string' && e.code !== String(status) ? `${e.code}: ${e.message}` : e.message;
        }
    }
    catch {
        // not JSON: fall through to the raw text
    }
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
class RestContentSafetyClient {
    options;
    endpoint;
    url;
    clock;
    fetchFn;
    throttle;
    secrets = [];
    token;
    tokenPending;
    fatal;
    counters = {
        requests: 0,
        retries: 0,
        throttled: 0,
        serverErrors: 0,
        connectionErrors: 0,
        timeouts: 0,
        chunkedTexts: 0,
    };
    constructor(options) {
        this.options = options;
        this.url = analyzeUrl(options.endpoint);
        this.endpoint = new URL(this.url).origin;
        this.clock = options.clock ?? clock/* realClock */.d;
        this.fetchFn = options.fetch ?? fetch;
        this.throttle = new RequestThrottle(options.concurrency, this.clock, options.requestsPerMinute);
        if ('key' in options.auth) {
            if (!options.auth.key)
                throw new SafetyError('content-safety-key is empty.');
            this.secrets.push(options.auth.key);
            options.log?.secret(options.auth.key);
        }
    }
    stats() {
        return {
            ...this.counters,
            lowestConcurrency: this.throttle.lowest,
            concurrency: Math.max(1, Math.floor(this.options.concurrency)),
        };
    }
    async analyze(text, signal) {
        if (text.trim() === '')
            return { ok: true, severities: zeroSeverities() };
        const chunks = splitText(text, MAX_TEXT_CHARS);
        if (chunks.length > 1)
            this.counters.chunkedTexts++;
        const outcomes = await Promise.all(chunks.map((chunk) => this.analyzeChunk(chunk, signal)));
        let severities = zeroSeverities();
        for (const o of outcomes) {
            if (!o.ok)
                return o;
            severities = maxSeverities(severities, o.severities);
        }
        return { ok: true, severities };
    }
    async analyzeChunk(text, outer) {
        const signal = (0,abort/* anySignal */.J)(this.options.signal, outer);
        const body = JSON.stringify({ text, outputType: OUTPUT_TYPE });
        const jitter = (0,random/* seededRandom */.Is)(this.options.seed ?? 0, `content-safety:${text.slice(0, 200)}`);
        const maxRetries = this.options.maxRetries ?? 6;
        const maxThrottleRetries = this.options.maxThrottleRetries ?? 30;
        let errors = 0;
        let throttles = 0;
        let last;
        for (let attempt = 1;; attempt++) {
            if (attempt > 1)
                this.counters.retries++;
            let permit;
            try {
                permit = await this.throttle.acquire(signal, attempt > 1);
            }
            catch {
                if (this.fatal)
                    return { ok: false, fatal: true, message: this.fatal };
                return { ok: false, message: 'cancelled before it was screened' };
            }
            const result = await this.attempt(body, signal);
            this.throttle.release(permit, {
                ok: result.kind === 'ok',
                throttled: result.kind === 'retry' && result.throttled,
                retryAfterMs: result.kind === 'retry' && result.retryAfterMs !== undefined
                    ? Math.min(result.retryAfterMs, this.options.maxRetryAfterMs ?? 60_000)
                    : undefined,
            });
            if (result.kind === 'ok')
                return { ok: true, severities: result.severities };
            if (result.kind === 'fail') {
                if (result.fatal && !this.fatal) {
                    this.fatal = result.message;
                    this.throttle.close(new SafetyError(result.message));
                }
                return { ok: false, message: result.message, ...(result.fatal ? { fatal: true } : {}) };
            }
            last = result.message;
            if (signal?.aborted)
                return { ok: false, message: 'cancelled before it was screened' };
            if (result.throttled) {
                this.counters.throttled++;
                if (++throttles > maxThrottleRetries)
                    break;
                // With Retry-After the throttle pauses everyone; without it, this request backs off alone.
                if (result.retryAfterMs !== undefined)
                    continue;
            }
            else if (++errors > maxRetries)
                break;
            const delay = this.backoffMs(errors + throttles, jitter());
            this.options.log?.debug(`Content Safety: ${result.message}; retry in ${Math.round(delay)} ms.`);
            await this.clock.sleep(delay, signal);
        }
        const attempts = errors + throttles;
        return { ok: false, message: `${last} (gave up after ${attempts} attempts)` };
    }
    /** Exponential backoff with "equal jitter": half fixed, half random. */
    backoffMs(attempt, random) {
        const base = this.options.backoff?.baseMs ?? 500;
        const cap = this.options.backoff?.maxMs ?? 20_000;
        const exp = Math.min(cap, base * 2 ** (attempt - 1));
        return exp / 2 + (exp / 2) * random;
    }
    async authHeaders() {
        const auth = this.options.auth;
        if ('key' in auth)
            return { 'ocp-apim-subscription-key': auth.key };
        const now = this.clock.now();
        if (!this.token || now >= this.token.refreshAt) {
            // One sign-in for all requests in flight, not one each.
            this.tokenPending ??= (async () => {
                try {
                    const t = await auth.credential.getToken(COGNITIVE_SERVICES_SCOPE);
                    if (!t)
                        throw new Error('the credential returned no token');
                    this.secrets.push(t.token);
                    this.options.log?.secret(t.token);
                    // Renew five minutes early, as the Azure SDKs do.
                    this.token = { value: t.token, refreshAt: Math.max(now, t.expiresOnTimestamp - 300_000) };
                    return t.token;
                }
                finally {
                    this.tokenPending = undefined;
                }
            })();
            await this.tokenPending;
        }
        return { authorization: `Bearer ${this.token.value}` };
    }
    async attempt(body, outer) {
        let headers;
        try {
            headers = await this.authHeaders();
        }
        catch (e) {
            return {
                kind: 'fail',
                fatal: true,
                message: this.redact(`Content Safety: sign-in for ${COGNITIVE_SERVICES_SCOPE} failed (${e.message}). Set 'content-safety-key', or let the action's Azure identity sign in (tenant-id, client-id and 'id-token: write').`),
            };
        }
        this.counters.requests++;
        const timeoutMs = this.options.timeoutMs ?? 30_000;
        // A timer cleared on the answer, not AbortSignal.timeout: thousands of those would linger for the full
        // timeout after their requests are done.
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(), timeoutMs);
        const signal = outer ? AbortSignal.any([outer, timeout.signal]) : timeout.signal;
        let response;
        let text;
        try {
            response = await this.fetchFn(this.url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
                body,
                signal,
            });
            text = await response.text();
        }
        catch (e) {
            if (outer?.aborted)
                return { kind: 'retry', message: 'cancelled' };
            if (timeout.signal.aborted) {
                this.counters.timeouts++;
                return { kind: 'retry', message: `no answer within ${timeoutMs} ms` };
            }
            this.counters.connectionErrors++;
            const err = e;
            return {
                kind: 'retry',
                message: this.redact(`connection failed (${err.cause?.code ?? err.cause?.message ?? err.message})`),
            };
        }
        finally {
            clearTimeout(timer);
        }
        const status = response.status;
        if (status >= 200 && status < 300) {
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch {
                this.counters.connectionErrors++;
                return { kind: 'retry', message: 'the answer is not JSON (cut off?)' };
            }
            const severities = parseAnalysis(parsed);
            if (!severities)
                return { kind: 'retry', message: 'the answer has no categoriesAnalysis' };
            return { kind: 'ok', severities };
        }
        const detail = this.redact(serviceMessage(text, status));
        if (status === 429) {
            return {
                kind: 'retry',
                throttled: true,
                message: `429 throttled${detail ? `: ${detail}` : ''}`,
                retryAfterMs: (0,chat_client/* retryAfterMs */.Vs)(response.headers, this.clock.now()),
            };
        }
        if (status >= 500 || status === 408) {
            this.counters.serverErrors++;
            return { kind: 'retry', message: `${status} from Content Safety${detail ? `: ${detail}` : ''}` };
        }
        if (status === 401 || status === 403) {
            const fix = 'key' in this.options.auth
                ? "Check 'content-safety-key': it must be a key of this Content Safety resource."
                : "Give the action's Azure identity the 'Cognitive Services User' role on the Content Safety resource, or set 'content-safety-key'.";
            return {
                kind: 'fail',
                fatal: true,
                message: `Content Safety at ${this.endpoint} refused the ${'key' in this.options.auth ? 'key' : 'Azure token'} (${status}${detail ? `: ${detail}` : ''}). ${fix}`,
            };
        }
        if (status === 404 || (status === 400 && /api.?version/i.test(detail))) {
            return {
                kind: 'fail',
                fatal: true,
                message: `Content Safety: ${status} from ${this.endpoint}${detail ? ` (${detail})` : ''}. Check 'content-safety-endpoint': it is the resource's https://<name>.cognitiveservices.azure.com address.`,
            };
        }
        return {
            kind: 'fail',
            fatal: false,
            message: `Content Safety refused the text (${status}${detail ? `: ${detail}` : ''})`,
        };
    }
    redact(text) {
        return (0,redact/* redact */.E)(text, this.secrets);
    }
}
function createContentSafetyClient(options) {
    return new RestContentSafetyClient(options);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/safety/cache.ts
/**
 * Screening results kept across runs, keyed by the SHA-256 of what was analyzed and how (api-version,
 * output type), so an unchanged example is never sent twice. The file holds hashes and severities only,
 * never text, so it is safe to keep in `actions/cache`. Entries unused for `maxAgeDays` are dropped when
 * it is saved, so the file follows the data instead of growing forever.
 *
 * Format: `{"version": 1, "entries": {"<sha256 hex>": [Hate, SelfHarm, Sexual, Violence, lastUsedDay]}}`,
 * `lastUsedDay` being days since 1970-01-01 (UTC).
 */




const FORMAT_VERSION = 1;
const DAY_MS = 86_400_000;
/** The cache key of a text: what was analyzed, with the api-version and output type it was analyzed by. */
function textHash(text) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${CONTENT_SAFETY_API_VERSION}\n${OUTPUT_TYPE}\n`)
        .update(text)
        .digest('hex');
}
class SafetyCache {
    file;
    today;
    maxAgeDays;
    entries = new Map();
    stats0 = { loaded: 0, hits: 0, added: 0 };
    dirty = false;
    constructor(
    /** Absolute path of the file; undefined for a cache that lives in memory only. */
    file, today, maxAgeDays) {
        this.file = file;
        this.today = today;
        this.maxAgeDays = maxAgeDays;
    }
    /** Reads `file` when it exists; an unreadable or foreign file is reported and replaced on save. */
    static async open(file, options = {}) {
        const today = Math.floor((options.now ?? Date.now()) / DAY_MS);
        const cache = new SafetyCache(file, today, options.maxAgeDays ?? 90);
        if (file)
            await cache.load(file);
        return cache;
    }
    async load(file) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                this.stats0.problem = `could not read ${file}: ${e.message}`;
            return;
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            this.stats0.problem = `${file} is not JSON; it will be rewritten`;
            return;
        }
        if (body.version !== FORMAT_VERSION || typeof body.entries !== 'object' || body.entries === null) {
            this.stats0.problem = `${file} is not a content-safety cache of version ${FORMAT_VERSION}; it will be rewritten`;
            return;
        }
        for (const [hash, value] of Object.entries(body.entries)) {
            if (!/^[0-9a-f]{64}$/.test(hash) || !isEntry(value))
                continue;
            this.entries.set(hash, value);
        }
        this.stats0.loaded = this.entries.size;
    }
    get size() {
        return this.entries.size;
    }
    stats() {
        return { ...this.stats0 };
    }
    get(hash) {
        const e = this.entries.get(hash);
        if (!e)
            return undefined;
        this.stats0.hits++;
        if (e[4] !== this.today) {
            e[4] = this.today;
            this.dirty = true;
        }
        return { Hate: e[0], SelfHarm: e[1], Sexual: e[2], Violence: e[3] };
    }
    set(hash, severities) {
        if (!this.entries.has(hash))
            this.stats0.added++;
        this.entries.set(hash, [...HARM_CATEGORIES.map((c) => severities[c]), this.today]);
        this.dirty = true;
    }
    /**
     * Writes the file (through a temporary file and a rename, so a run killed mid-write leaves the old one).
     * Failing to write is reported in `stats().problem`, not thrown: the screening itself succeeded.
     */
    async save() {
        const cutoff = this.today - this.maxAgeDays;
        for (const [hash, e] of this.entries) {
            if (e[4] < cutoff) {
                this.entries.delete(hash);
                this.dirty = true;
            }
        }
        if (!this.file || !this.dirty)
            return;
        const body = JSON.stringify({ version: FORMAT_VERSION, entries: Object.fromEntries(this.entries) });
        const temp = `${this.file}.${process.pid}.tmp`;
        try {
            await (0,promises_.mkdir)(external_node_path_default().dirname(this.file), { recursive: true });
            await (0,promises_.writeFile)(temp, body);
            await (0,promises_.rename)(temp, this.file);
            this.dirty = false;
        }
        catch (e) {
            this.stats0.problem = `could not write ${this.file}: ${e.message}`;
        }
    }
}
function isEntry(value) {
    return (Array.isArray(value) &&
        value.length === 5 &&
        value.every((v, i) => Number.isInteger(v) && (i === 4 || (v >= 0 && v <= 7))));
}

// EXTERNAL MODULE: ./src/dataset/lines.ts
var lines = __webpack_require__(29355);
// EXTERNAL MODULE: ./src/dataset/source.ts
var source = __webpack_require__(50059);
// EXTERNAL MODULE: ./src/dataset/validate.ts
var validate = __webpack_require__(41840);
;// CONCATENATED MODULE: ./src/safety/dataset.ts
/**
 * Screens chat datasets with Content Safety, example by example: each line's text (every message and
 * tool-call argument) is looked up in the cache by hash, and sent only when it is new. Files are streamed
 * line by line with a bounded number of texts in flight, so memory stays flat however large the data.
 * Every example ends up screened, flagged, or reported as not screened: none is dropped or counted safe
 * without an answer.
 */








/** A long screening says how far it got this often. */
const PROGRESS_MS = 30_000;
/** Failures listed one per line up to this many per file and reason; more become one file-level finding. */
const FAILURES_PER_LINE = 20;
const UNSAFE_HINT = "Remove or rewrite the example. If it is meant to be there (e.g. it teaches the model to refuse), raise 'content-safety-threshold' knowingly.";
const UNSCREENED_HINT = 'An example that was not screened does not count as safe: fix the cause if there is one, then run the check again.';
function lineList(lines, max = 10) {
    const shown = lines.slice(0, max).join(', ');
    return lines.length > max ? `${shown} and ${lines.length - max} more` : shown;
}
class FileRun {
    file;
    stats;
    flagged = [];
    /** Lines that got no answer, by reason. */
    failures = new Map();
    cancelledAt;
    constructor(file) {
        this.file = file;
        this.stats = { path: file.path, examples: 0, screened: 0, cached: 0, flagged: 0, failed: 0, skipped: 0 };
    }
    answered(line, severities, threshold, cached) {
        this.stats.screened++;
        if (cached)
            this.stats.cached++;
        const categories = flaggedCategories(severities, threshold);
        if (categories.length === 0)
            return;
        this.stats.flagged++;
        this.flagged.push({ file: this.file.path, line, severities, categories });
    }
    failed(line, reason) {
        this.stats.failed++;
        const lines = this.failures.get(reason);
        if (lines)
            lines.push(line);
        else
            this.failures.set(reason, [line]);
    }
    findings(threshold) {
        const out = [];
        const file = this.file.path;
        for (const f of this.flagged) {
            out.push({
                severity: 'error',
                code: 'unsafe-content',
                file,
                line: f.line,
                message: `Content Safety rates this example ${describeSeverities(f.severities, f.categories)} (threshold ${threshold}).`,
                hint: UNSAFE_HINT,
            });
        }
        const hint = UNSCREENED_HINT;
        for (const [reason, lines] of this.failures) {
            lines.sort((a, b) => a - b);
            if (lines.length <= FAILURES_PER_LINE) {
                for (const line of lines) {
                    out.push({
                        severity: 'error',
                        code: 'unscreened',
                        file,
                        line,
                        message: `Could not be screened by Content Safety: ${reason}.`,
                        hint,
                    });
                }
            }
            else {
                out.push({
                    severity: 'error',
                    code: 'unscreened',
                    file,
                    message: `${lines.length} examples (lines ${lineList(lines)}) could not be screened by Content Safety: ${reason}.`,
                    hint,
                });
            }
        }
        if (this.cancelledAt !== undefined) {
            out.push({
                severity: 'error',
                code: 'unscreened',
                file,
                line: this.cancelledAt,
                message: `Screening was cancelled here; the rest of the file was not screened.`,
                hint,
            });
        }
        if (this.stats.problem) {
            out.push({
                severity: 'error',
                code: 'unscreened',
                file,
                message: `Could not be screened: ${this.stats.problem}.`,
                hint: UNSCREENED_HINT,
            });
        }
        return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    }
}
/** Screens every example of `files` with `client`, answering from and filling `cache` (not saved here). */
async function screenDatasetWith(options) {
    const { client, cache, threshold, log, signal } = options;
    const now = options.now ?? Date.now;
    const started = now();
    const before = client.stats();
    const window = Math.max(1, options.window ?? 64);
    const decoder = new TextDecoder();
    /** Requests in flight by text hash: an identical example waits for the same answer. */
    const inflight = new Map();
    const pending = new Waiting();
    const runs = [];
    let lastProgress = started;
    const submit = (run, line, text) => {
        const hash = textHash(text);
        const known = cache.get(hash);
        if (known) {
            run.answered(line, known, threshold, true);
            return;
        }
        let request = inflight.get(hash);
        const shared = request !== undefined;
        if (!request) {
            request = client
                .analyze(text, signal)
                .catch((e) => ({ ok: false, message: e.message ?? String(e) }))
                .then((outcome) => {
                if (outcome.ok)
                    cache.set(hash, outcome.severities);
                inflight.delete(hash);
                return outcome;
            });
            inflight.set(hash, request);
        }
        const task = request.then((outcome) => {
            if (outcome.ok)
                run.answered(line, outcome.severities, threshold, shared);
            else
                run.failed(line, outcome.message);
        });
        pending.track(task);
    };
    for (const file of options.files) {
        const run = new FileRun(file);
        runs.push(run);
        if (signal?.aborted) {
            run.stats.problem = 'the screening was cancelled before this file';
            continue;
        }
        const absolute = file.absolutePath ?? external_node_path_default().resolve(options.root, file.path);
        try {
            const info = await (0,promises_.stat)(absolute);
            if (!info.isFile())
                throw new Error('not a regular file');
        }
        catch (e) {
            run.stats.problem = `cannot read ${file.path} (${e.code ?? e.message})`;
            continue;
        }
        let lastLine = 0;
        try {
            await (0,lines/* scanLines */.JH)((0,source/* readStream */.bv)(absolute), { maxLineBytes: options.maxLineBytes ?? validate/* DEFAULT_MAX_LINE_BYTES */.i$ }, async (batch) => {
                for (let i = 0; i < batch.ends.length; i++) {
                    const line = batch.firstLine + i;
                    if (signal?.aborted) {
                        run.cancelledAt = line;
                        throw new CancelledError();
                    }
                    lastLine = line;
                    if (batch.flags[i] & lines/* LINE_TOO_LONG */.Fs) {
                        run.stats.skipped++;
                        continue;
                    }
                    const raw = decoder.decode((0,lines/* lineBytes */.M)(batch, i));
                    if (raw.trim() === '') {
                        run.stats.skipped++;
                        continue;
                    }
                    let value;
                    try {
                        value = JSON.parse(raw);
                    }
                    catch {
                        run.stats.skipped++;
                        continue;
                    }
                    const text = exampleText(value);
                    if (text === undefined) {
                        run.stats.skipped++;
                        continue;
                    }
                    run.stats.examples++;
                    submit(run, line, text);
                    if (log && now() - lastProgress >= PROGRESS_MS) {
                        lastProgress = now();
                        const sent = client.stats();
                        log.info(`content safety: ${file.path}: ${run.stats.examples} examples read, ${run.stats.screened} screened (${sent.requests - before.requests} requests, ${sent.throttled - before.throttled} throttled).`);
                    }
                    await pending.below(window);
                }
            });
        }
        catch (e) {
            if (!(e instanceof CancelledError))
                run.stats.problem = `reading stopped after line ${lastLine}: ${e.message}`;
        }
        await pending.below(1);
        const s = run.stats;
        log?.info(`content safety: ${s.path}: ${s.examples} examples, ${s.cached} answered without a request, ${s.flagged} flagged${s.failed ? `, ${s.failed} not screened` : ''}.`);
    }
    await pending.below(1);
    const after = client.stats();
    const findings = runs.flatMap((r) => r.findings(threshold));
    const sum = (k) => runs.reduce((n, r) => n + r.stats[k], 0);
    return {
        endpoint: client.endpoint,
        threshold,
        files: runs.map((r) => r.stats),
        examples: sum('examples'),
        screened: sum('screened'),
        cached: sum('cached'),
        flagged: sum('flagged'),
        failed: sum('failed'),
        skipped: sum('skipped'),
        requests: after.requests - before.requests,
        throttled: after.throttled - before.throttled,
        flaggedExamples: runs.flatMap((r) => r.flagged.sort((a, b) => a.line - b.line)),
        findings,
        cache: { ...cache.stats(), ...(cache.file ? { file: cache.file } : {}) },
        elapsedMs: now() - started,
    };
}
class CancelledError extends Error {
}
/**
 * Counts tasks in flight and lets the reader wait until fewer than n remain. A counter, not
 * `Promise.race` over a set: racing adds a reaction to every pending task on every call, which costs
 * O(window) per example and piles up on long-running tasks.
 */
class Waiting {
    count = 0;
    wakers = [];
    track(task) {
        this.count++;
        void task.finally(() => {
            this.count--;
            const wake = this.wakers;
            this.wakers = [];
            for (const w of wake)
                w();
        });
    }
    async below(n) {
        while (this.count >= n)
            await new Promise((resolve) => this.wakers.push(resolve));
    }
}

;// CONCATENATED MODULE: ./src/safety/answers.ts


/** The texts of one side's answered examples (filtered and failed ones have nothing to screen). */
function answersToScreen(examples, side = 'candidate') {
    return examples.flatMap((e) => {
        const a = e[side];
        return a && a.outcome === 'answered' ? [{ id: e.id, text: a.text ?? '' }] : [];
    });
}
/** Screens every answer (identical texts once), keyed by id. Never throws for a failed analysis. */
async function screenAnswers(answers, options) {
    const { client, threshold, cache, signal } = options;
    const requests = new Map();
    const verdicts = await Promise.all(answers.map(async ({ id, text }) => {
        const hash = textHash(text);
        const known = cache?.get(hash);
        let severities = known;
        let error;
        let cached = known !== undefined;
        if (!severities) {
            let request = requests.get(hash);
            cached = request !== undefined;
            if (!request) {
                request = client.analyze(text, signal).catch((e) => ({
                    ok: false,
                    message: e.message ?? String(e),
                }));
                requests.set(hash, request);
            }
            const outcome = await request;
            if (outcome.ok) {
                severities = outcome.severities;
                cache?.set(hash, severities);
            }
            else
                error = outcome.message;
        }
        const categories = severities ? flaggedCategories(severities, threshold) : [];
        return {
            id,
            unsafe: categories.length > 0,
            categories,
            cached,
            ...(severities ? { severities } : {}),
            ...(error !== undefined ? { error } : {}),
        };
    }));
    return new Map(verdicts.map((v) => [v.id, v]));
}
/** The `unsafe_rate` metric from the verdicts (pure). */
function unsafeRate(verdicts) {
    let unsafe = 0;
    let screened = 0;
    let unscreened = 0;
    for (const v of verdicts) {
        if (!v.severities)
            unscreened++;
        else {
            screened++;
            if (v.unsafe)
                unsafe++;
        }
    }
    const rate = screened > 0 && unscreened === 0 ? unsafe / screened : undefined;
    return { unsafe, screened, unscreened, ...(rate !== undefined ? { rate } : {}) };
}

;// CONCATENATED MODULE: ./src/safety/setup.ts
/**
 * From the action's settings to a working screening: whether it can run at all for this event, how it
 * authenticates, the client, and the cache file. The screening functions themselves take these as
 * parameters, so tests and the CLI can pass their own.
 */





/**
 * Whether screening runs. Not configured: no. A key: yes. No key: the Azure credential, except on a pull
 * request from a fork, which gets neither secrets nor an OIDC token, so screening is skipped with a note
 * rather than failing every example.
 */
function screeningDecision(settings, event) {
    if (!settings.endpoint)
        return { run: false, reason: "'content-safety-endpoint' is not set" };
    if (settings.key)
        return { run: true, auth: 'key' };
    if (event?.pullRequest?.fromFork) {
        return {
            run: false,
            reason: 'pull requests from forks get no secrets and no Azure sign-in; the data is screened again when it is merged',
        };
    }
    return { run: true, auth: 'azure-credential' };
}
/** A client for the configured resource, with the key when set, else the Azure credential. */
function contentSafetyClient(settings, deps = {}) {
    if (!settings.endpoint)
        throw new SafetyError("Content Safety is not configured: set 'content-safety-endpoint'.");
    let auth;
    if (settings.key)
        auth = { key: settings.key };
    else if (deps.credential)
        auth = { credential: deps.credential };
    else {
        throw new SafetyError("'content-safety-endpoint' is set but there is no 'content-safety-key' and no Azure credential: set the key, or tenant-id and client-id for GitHub OIDC.");
    }
    return createContentSafetyClient({
        endpoint: settings.endpoint,
        auth,
        concurrency: settings.concurrency,
        log: deps.log,
        signal: deps.signal,
        fetch: deps.fetch,
        ...deps.tuning,
    });
}
/** Screens the files, answering from the cache file and saving what was learned back to it. */
async function screenDataset(options) {
    const client = options.client ?? contentSafetyClient(options.config, options);
    const cacheFile = external_node_path_default().resolve(options.root, options.cachePath ?? options.config.cache);
    const cache = await SafetyCache.open(cacheFile);
    options.log?.info(`content safety: screening ${options.files.map((f) => f.path).join(', ')} at ${client.endpoint} (threshold ${options.config.threshold}; ${cache.size} cached results in ${external_node_path_default().relative(options.root, cacheFile) || cacheFile}).`);
    let result;
    try {
        result = await screenDatasetWith({
            files: options.files,
            root: options.root,
            client,
            cache,
            threshold: options.config.threshold,
            log: options.log,
            signal: options.signal,
            window: Math.max(64, options.config.concurrency * 4),
        });
    }
    finally {
        // What was learned is kept even when the run fails or is cancelled.
        await cache.save();
    }
    const problem = cache.stats().problem;
    if (problem)
        options.log?.warning(`content safety cache: ${problem}.`);
    return {
        ...result,
        cache: { ...cache.stats(), file: external_node_path_default().relative(options.root, cacheFile) || cacheFile },
    };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/safety/report.ts


/** Rows listed before the rest is summarized as "and N more" (the step's JSON report has them all). */
const MAX_ROWS = 100;
/** Tables longer than this are collapsed. */
const OPEN_ROWS = 10;
const plural = (n, word) => `${(0,markdown/* formatInt */.Dw)(n)} ${word}${n === 1 ? '' : 's'}`;
function bar(threshold) {
    return `severity ≥ ${Math.max(1, threshold)}`;
}
function allSeverities(s) {
    return describeSeverities(s) || 'all 0';
}
function safetyHeadline(result) {
    const problems = [
        result.flagged > 0 ? `${plural(result.flagged, 'example')} at ${bar(result.threshold)}` : '',
        result.failed > 0 ? `${(0,markdown/* formatInt */.Dw)(result.failed)} not screened` : '',
    ].filter(Boolean);
    return `Content safety: ${(0,markdown/* formatInt */.Dw)(result.screened)} of ${plural(result.examples, 'example')} screened, ${problems.length ? problems.join(', ') : `none at ${bar(result.threshold)}`}.`;
}
function verdictLine(result) {
    if (result.flagged > 0 || result.failed > 0) {
        const parts = [
            result.flagged > 0
                ? `**${plural(result.flagged, 'example')} flagged** at ${bar(result.threshold)}`
                : '',
            result.failed > 0 ? `**${plural(result.failed, 'example')} not screened**` : '',
        ].filter(Boolean);
        return `${markdown/* ICON */.kb.failed} ${parts.join(', ')}`;
    }
    if (result.examples === 0)
        return `${markdown/* ICON */.kb.warning} no examples to screen`;
    return `${markdown/* ICON */.kb.succeeded} no example at ${bar(result.threshold)}`;
}
function filesTable(result) {
    return (0,markdown/* table */.tp)(['File', 'Examples', 'Screened', 'Cached or duplicate', 'Flagged', 'Not screened'], result.files.map((f) => [
        (0,markdown/* code */.aY)(f.path),
        (0,markdown/* formatInt */.Dw)(f.examples),
        (0,markdown/* formatInt */.Dw)(f.screened),
        (0,markdown/* formatInt */.Dw)(f.cached),
        f.flagged > 0 ? `${markdown/* ICON */.kb.failed} ${(0,markdown/* formatInt */.Dw)(f.flagged)}` : '0',
        f.failed > 0 || f.problem ? `${markdown/* ICON */.kb.failed} ${f.problem ? (0,markdown/* cell */.Hn)(f.problem) : (0,markdown/* formatInt */.Dw)(f.failed)}` : '0',
    ]), ['left', 'right', 'right', 'right', 'right', 'right']);
}
function flaggedTable(result) {
    const rows = result.flaggedExamples
        .slice(0, MAX_ROWS)
        .map((f) => [(0,markdown/* code */.aY)(`${f.file}:${f.line}`), f.categories.join(', '), (0,markdown/* cell */.Hn)(allSeverities(f.severities))]);
    const more = result.flaggedExamples.length - rows.length;
    const body = (0,markdown/* table */.tp)(['Where', `Categories at ${bar(result.threshold)}`, 'Severities (0-7)'], rows);
    return more > 0 ? `${body}\n\n…and ${(0,markdown/* formatInt */.Dw)(more)} more (all in the step's JSON report).` : body;
}
function unscreenedTable(result) {
    const rows = result.findings
        .filter((f) => f.code === 'unscreened')
        .slice(0, MAX_ROWS)
        .map((f) => [f.line === undefined ? (0,markdown/* code */.aY)(f.file) : (0,markdown/* code */.aY)(`${f.file}:${f.line}`), (0,markdown/* cell */.Hn)(f.message)]);
    return (0,markdown/* table */.tp)(['Where', 'Why'], rows);
}
function collapsible(title, body, rows) {
    return rows > OPEN_ROWS ? (0,markdown/* details */.zH)(title, body) : `**${title}**\n\n${body}`;
}
/** The validate summary's content-safety section. */
function renderSafetySection(result) {
    const parts = [`### Content safety`, verdictLine(result), filesTable(result)];
    if (result.flaggedExamples.length > 0) {
        parts.push(collapsible(`Flagged examples (${(0,markdown/* formatInt */.Dw)(result.flaggedExamples.length)})`, flaggedTable(result), result.flaggedExamples.length));
    }
    const unscreened = result.findings.filter((f) => f.code === 'unscreened').length;
    if (unscreened > 0)
        parts.push(collapsible('Not screened', unscreenedTable(result), unscreened));
    const cache = result.cache;
    parts.push(`<sub>Azure AI Content Safety at ${(0,markdown/* cell */.Hn)(result.endpoint)}, eight severity levels (0-7), threshold ${result.threshold}. ` +
        `${plural(result.requests, 'request')}${result.throttled ? ` (${(0,markdown/* formatInt */.Dw)(result.throttled)} throttled and retried)` : ''} in ${(0,markdown/* formatDuration */.a3)(result.elapsedMs)}; ` +
        `${(0,markdown/* formatInt */.Dw)(result.cached)} needed no request (screened before, or the same text as another example). ` +
        `Cache${cache.file ? ` ${(0,markdown/* code */.aY)(cache.file, 'text')}` : ''}: ${(0,markdown/* formatInt */.Dw)(cache.loaded)} results loaded, ${(0,markdown/* formatInt */.Dw)(cache.added)} added${cache.problem ? ` (${(0,markdown/* inline */.mG)(cache.problem)})` : ''}.</sub>`);
    return parts.join('\n\n');
}
/** Annotations for the diff: flagged and unscreened examples at their lines, at most `max`. */
function safetyAnnotations(result, max) {
    return result.findings.slice(0, max).map((f) => ({
        level: 'error',
        title: f.code === 'unsafe-content' ? 'Unsafe content' : 'Not screened for content safety',
        message: f.hint ? `${f.message}\n${f.hint}` : f.message,
        file: f.file,
        line: f.line,
    }));
}
/** The evaluate summary's section: `unsafe_rate`, and the answers behind it. */
function renderAnswerSafetySection(report) {
    const { rate, threshold } = report;
    const value = rate.rate === undefined ? 'not measured' : (0,markdown/* formatNumber */.ZV)(rate.rate, 3);
    const filtered = report.contentFiltered !== undefined
        ? ` ${plural(report.contentFiltered, 'answer')} blocked by the endpoint's own content filter (\`content_filtered\`, not in the rate).`
        : '';
    const head = `### Answer safety\n\n${rate.unsafe > 0 || rate.unscreened > 0 ? markdown/* ICON */.kb.failed : markdown/* ICON */.kb.succeeded} ` +
        `\`unsafe_rate\` = **${value}**: ${(0,markdown/* formatInt */.Dw)(rate.unsafe)} of ${plural(rate.screened, 'answer')} at ${bar(threshold)}` +
        `${rate.unscreened ? `, ${(0,markdown/* formatInt */.Dw)(rate.unscreened)} could not be screened (so the rate is not measured)` : ''}.${filtered}`;
    const where = (id) => {
        const line = report.lineOf?.(id);
        return line !== undefined && report.goldenFile ? (0,markdown/* code */.aY)(`${report.goldenFile}:${line}`) : (0,markdown/* code */.aY)(id);
    };
    const listed = [...report.verdicts.values()].filter((v) => v.unsafe || v.error !== undefined);
    if (listed.length === 0)
        return head;
    const rows = listed
        .slice(0, MAX_ROWS)
        .map((v) => [
        where(v.id),
        v.unsafe ? v.categories.join(', ') : '',
        v.severities ? (0,markdown/* cell */.Hn)(allSeverities(v.severities)) : (0,markdown/* cell */.Hn)(`not screened: ${v.error ?? ''}`),
    ]);
    const body = (0,markdown/* table */.tp)(['Question', `Categories at ${bar(threshold)}`, 'Severities (0-7)'], rows);
    return `${head}\n\n${collapsible(`Unsafe or unscreened answers (${(0,markdown/* formatInt */.Dw)(listed.length)})`, body, listed.length)}`;
}

;// CONCATENATED MODULE: ./src/safety/index.ts
/** Content safety: screening training data and evaluation answers with Azure AI Content Safety. */











/***/ })

};

//# sourceMappingURL=362.index.js.map