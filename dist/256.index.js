export const id = 256;
export const ids = [256];
export const modules = {

/***/ 94256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   ak: () => (/* binding */ createChatClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_VERSION, chatCompletionsUrl, describeEndpoint, defaultPromptTokenEstimate */
/* harmony import */ var _rate_limiter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98911);
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77219);
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19842);
/* harmony import */ var _runtime_abort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61962);
/* harmony import */ var _runtime_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55259);





/** The API version Azure AI serverless endpoints document for `/chat/completions`. */
const DEFAULT_API_VERSION = '2024-05-01-preview';
const WINDOW_MS = 60_000;
/**
 * `{url}/chat/completions`, for a base URL given with or without `/v1`, with or without the route
 * itself, with a query kept as it is. Azure's own route wants an `api-version`; the OpenAI-compatible
 * `/v1` route does not, so one is added only when the URL has neither.
 */
function chatCompletionsUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new Error(`endpoint URL '${url}' is not a URL: give the endpoint's https:// address.`);
    }
    let path = parsed.pathname.replace(/\/+$/, '');
    if (!/\/chat\/completions$/.test(path))
        path = `${path}/chat/completions`;
    parsed.pathname = path;
    if (!parsed.searchParams.has('api-version') && !/\/v1\/chat\/completions$/.test(path)) {
        parsed.searchParams.set('api-version', DEFAULT_API_VERSION);
    }
    return parsed.toString();
}
/** A URL fit for logs: no query string, no user info. */
function describeEndpoint(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return '(invalid URL)';
    }
}
/**
 * Milliseconds to wait from a throttled answer's headers: `retry-after-ms` / `x-ms-retry-after-ms`
 * (Azure, milliseconds) before `retry-after` (seconds, or an HTTP date).
 */
function retryAfterMs(headers, now) {
    for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
        const v = Number(headers.get(name));
        if (headers.has(name) && Number.isFinite(v) && v >= 0)
            return v;
    }
    const ra = headers.get('retry-after');
    if (ra === null || ra.trim() === '')
        return undefined;
    const seconds = Number(ra);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(ra);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function defaultPromptTokenEstimate(messages) {
    let chars = 0;
    for (const m of messages)
        chars += (m.content ?? '').length + 16;
    return Math.ceil(chars / 4);
}
function errorBody(text) {
    try {
        const body = JSON.parse(text);
        const error = (body.error ?? body);
        const inner = error.innererror;
        const code = [error.code, inner?.code].find((c) => typeof c === 'string');
        return { code, message: typeof error.message === 'string' ? error.message : undefined };
    }
    catch {
        return {};
    }
}
function snippet(text, max = 300) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
function connectionError(e) {
    const err = e;
    const code = err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
    return `connection failed (${code})`;
}
class RateLimitedChatClient {
    options;
    endpoint;
    target;
    clock;
    fetchFn;
    requests;
    tokens;
    concurrency;
    queue = [];
    active = 0;
    cooldownUntil = 0;
    pumping = false;
    /** Set by the first fatal answer: nothing else is sent to an endpoint that refuses us. */
    fatal;
    wake = new AbortController();
    counters = {
        requests: 0,
        retries: 0,
        throttled: 0,
        serverErrors: 0,
        connectionErrors: 0,
        timeouts: 0,
    };
    constructor(options) {
        this.options = options;
        for (const [name, v, min] of [
            ['requestsPerMinute', options.requestsPerMinute, 1],
            ['tokensPerMinute', options.tokensPerMinute, 1],
            ['concurrency', options.concurrency, 1],
            ['maxTokens', options.maxTokens, 1],
            ['timeoutMs', options.timeoutMs, 1],
            ['maxRetries', options.maxRetries, 0],
        ]) {
            if (!Number.isFinite(v) || v < min)
                throw new RangeError(`chat client: ${name} must be at least ${min}`);
        }
        this.target = chatCompletionsUrl(options.url);
        this.endpoint = describeEndpoint(options.url);
        this.clock = options.clock ?? _runtime_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .realClock */ .d;
        this.fetchFn = options.fetch ?? fetch;
        this.requests = new _rate_limiter_js__WEBPACK_IMPORTED_MODULE_1__/* .SlidingWindowLimiter */ .P(options.requestsPerMinute, WINDOW_MS);
        this.tokens = new _rate_limiter_js__WEBPACK_IMPORTED_MODULE_1__/* .SlidingWindowLimiter */ .P(options.tokensPerMinute, WINDOW_MS);
        this.concurrency = new _rate_limiter_js__WEBPACK_IMPORTED_MODULE_1__/* .AdaptiveConcurrency */ .w(Math.floor(options.concurrency));
    }
    stats() {
        return {
            ...this.counters,
            lowestConcurrency: this.concurrency.lowest,
            concurrency: this.concurrency.limit,
        };
    }
    async complete(messages, options = {}) {
        const maxTokens = options.maxTokens ?? this.options.maxTokens;
        const estimatePrompt = (this.options.estimatePromptTokens ?? defaultPromptTokenEstimate)(messages);
        const body = JSON.stringify({
            messages: messages.map(({ weight: _weight, ...m }) => m),
            max_tokens: maxTokens,
            temperature: 0,
            seed: this.options.seed,
        });
        const signal = (0,_runtime_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .anySignal */ .J)(this.options.signal, options.signal);
        const jitter = (0,_random_js__WEBPACK_IMPORTED_MODULE_3__/* .seededRandom */ .Is)(this.options.seed, `retry:${options.key ?? body}`);
        const maxAttempts = 1 + this.options.maxRetries;
        let last;
        let attempts = 0;
        while (attempts < maxAttempts) {
            attempts++;
            if (attempts > 1)
                this.counters.retries++;
            let permit;
            try {
                permit = await this.acquire(estimatePrompt + maxTokens, signal, attempts > 1);
            }
            catch {
                if (this.fatal) {
                    const { message, status } = this.fatal;
                    return { ok: false, kind: 'failed', fatal: true, message, status, attempts: attempts - 1 };
                }
                return { ok: false, kind: 'failed', message: 'cancelled before it was sent', attempts: attempts - 1 };
            }
            const result = await this.attempt(body, signal);
            if (result.kind === 'fail' && result.fatal)
                this.fatal ??= result;
            this.release(permit, result);
            if (result.kind === 'ok') {
                this.concurrency.onSuccess();
                const estimated = result.promptTokens === undefined || result.completionTokens === undefined;
                return {
                    ok: true,
                    text: result.text,
                    promptTokens: result.promptTokens ?? estimatePrompt,
                    completionTokens: result.completionTokens ?? Math.ceil(result.text.length / 4),
                    latencyMs: result.latencyMs,
                    attempts,
                    ...(estimated ? { estimatedUsage: true } : {}),
                };
            }
            if (result.kind === 'content_filter') {
                return {
                    ok: false,
                    kind: 'content_filter',
                    message: result.message,
                    attempts,
                    status: result.status,
                };
            }
            if (result.kind === 'fail') {
                return {
                    ok: false,
                    kind: 'failed',
                    message: result.message,
                    attempts,
                    status: result.status,
                    ...(result.fatal ? { fatal: true } : {}),
                };
            }
            last = result;
            const now = this.clock.now();
            if (result.throttled) {
                this.counters.throttled++;
                this.concurrency.onThrottle(permit.startedAt, now);
            }
            if (signal?.aborted || attempts === maxAttempts)
                break;
            if (result.throttled && result.retryAfterMs !== undefined) {
                // Everyone waits: the limit is the endpoint's, not this request's.
                const wait = Math.min(result.retryAfterMs, this.options.maxRetryAfterMs ?? 120_000);
                this.cooldownUntil = Math.max(this.cooldownUntil, now + wait);
                this.options.log?.debug(`${this.endpoint}: throttled, pausing ${Math.round(wait)} ms (Retry-After).`);
            }
            else {
                const delay = this.backoffMs(attempts, jitter());
                this.options.log?.debug(`${this.endpoint}: ${result.message}; retry ${attempts} in ${Math.round(delay)} ms.`);
                await this.clock.sleep(delay, signal);
            }
        }
        return {
            ok: false,
            kind: 'failed',
            message: signal?.aborted
                ? 'cancelled'
                : `${last?.message ?? 'no answer'} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'})`,
            attempts,
            ...(last?.status !== undefined ? { status: last.status } : {}),
        };
    }
    /** Exponential backoff with "equal jitter": half fixed, half random, so retries spread out. */
    backoffMs(attempt, random) {
        const base = this.options.backoff?.baseMs ?? 500;
        const cap = this.options.backoff?.maxMs ?? 20_000;
        const exp = Math.min(cap, base * 2 ** (attempt - 1));
        return exp / 2 + (exp / 2) * random;
    }
    acquire(estimate, signal, retry) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted)
                return reject(signal.reason);
            const waiter = { estimate, resolve, reject, signal };
            // A retry goes first: its example has waited longest, and reports come out in a steady order.
            if (retry)
                this.queue.unshift(waiter);
            else
                this.queue.push(waiter);
            signal?.addEventListener('abort', () => this.notify(), { once: true });
            void this.pump();
        });
    }
    release(permit, result) {
        const now = this.clock.now();
        this.active--;
        this.requests.settle(permit.request, now, 1);
        // Throttled and failed attempts produced no tokens; an answer without `usage` keeps its estimate.
        const used = result.kind !== 'ok'
            ? 0
            : result.promptTokens !== undefined
                ? result.promptTokens + (result.completionTokens ?? 0)
                : permit.estimate;
        this.tokens.settle(permit.tokens, now, used);
        this.notify();
    }
    notify() {
        this.wake.abort();
        this.wake = new AbortController();
    }
    /** Hands out permits in queue order whenever concurrency, the pause and both windows allow. */
    async pump() {
        if (this.pumping)
            return;
        this.pumping = true;
        try {
            while (this.queue.length > 0) {
                const head = this.queue[0];
                if (this.fatal) {
                    this.queue.shift();
                    head.reject(new Error(this.fatal.message));
                    continue;
                }
                if (head.signal?.aborted) {
                    this.queue.shift();
                    head.reject(head.signal.reason);
                    continue;
                }
                const wake = this.wake.signal;
                if (this.active >= this.concurrency.limit) {
                    await (0,_runtime_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .untilAborted */ .E)(wake);
                    continue;
                }
                const now = this.clock.now();
                const waits = [
                    this.cooldownUntil - now,
                    this.requests.waitTime(now, 1),
                    this.tokens.waitTime(now, head.estimate),
                ];
                if (waits.some((w) => w === undefined)) {
                    await (0,_runtime_abort_js__WEBPACK_IMPORTED_MODULE_2__/* .untilAborted */ .E)(wake);
                    continue;
                }
                const wait = Math.max(...waits);
                if (wait > 0) {
                    await this.clock.sleep(wait, wake);
                    continue;
                }
                this.queue.shift();
                this.active++;
                head.resolve({
                    startedAt: now,
                    request: this.requests.reserve(1),
                    tokens: this.tokens.reserve(head.estimate),
                    estimate: head.estimate,
                });
            }
        }
        finally {
            this.pumping = false;
        }
    }
    async attempt(body, outer) {
        this.counters.requests++;
        const timeout = AbortSignal.timeout(this.options.timeoutMs);
        const signal = outer ? AbortSignal.any([outer, timeout]) : timeout;
        const started = performance.now();
        let response;
        let text;
        try {
            response = await this.fetchFn(this.target, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    accept: 'application/json',
                    'api-key': this.options.key,
                    authorization: `Bearer ${this.options.key}`,
                },
                body,
                signal,
            });
            text = await response.text();
        }
        catch (e) {
            if (timeout.aborted && !outer?.aborted) {
                this.counters.timeouts++;
                return { kind: 'retry', message: `no answer within ${this.options.timeoutMs} ms` };
            }
            if (outer?.aborted)
                return { kind: 'retry', message: 'cancelled' };
            this.counters.connectionErrors++;
            return { kind: 'retry', message: this.redact(connectionError(e)) };
        }
        const latencyMs = performance.now() - started;
        const status = response.status;
        if (status >= 200 && status < 300)
            return this.parseAnswer(text, latencyMs, status);
        const err = errorBody(text);
        const detail = this.redact(err.message ?? snippet(text));
        if (status === 429) {
            return {
                kind: 'retry',
                status,
                throttled: true,
                message: `429 throttled${detail ? `: ${detail}` : ''}`,
                retryAfterMs: retryAfterMs(response.headers, this.clock.now()),
            };
        }
        if (status >= 500 || status === 408) {
            this.counters.serverErrors++;
            return { kind: 'retry', status, message: `${status} from the endpoint${detail ? `: ${detail}` : ''}` };
        }
        if (err.code === 'content_filter' || err.code === 'ResponsibleAIPolicyViolation') {
            return { kind: 'content_filter', status, message: detail || 'blocked by the content filter' };
        }
        if (status === 401 || status === 403) {
            return {
                kind: 'fail',
                status,
                fatal: true,
                message: `${status}: the endpoint refused the key${detail ? ` (${detail})` : ''}. Check the endpoint's key input.`,
            };
        }
        if (status === 404) {
            return {
                kind: 'fail',
                status,
                fatal: true,
                message: `404: no chat-completions route at ${this.endpoint}${detail ? ` (${detail})` : ''}. Check the endpoint URL.`,
            };
        }
        return { kind: 'fail', status, fatal: false, message: `${status}${detail ? `: ${detail}` : ''}` };
    }
    parseAnswer(text, latencyMs, status) {
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            // A truncated body is what a connection dropped mid-answer looks like: worth another try.
            this.counters.connectionErrors++;
            return { kind: 'retry', status, message: `answer is not JSON: ${snippet(text, 80)}` };
        }
        const choice = body.choices?.[0];
        if (!choice)
            return { kind: 'retry', status, message: 'answer has no choices' };
        if (choice.finish_reason === 'content_filter') {
            return {
                kind: 'content_filter',
                status,
                message: 'the answer was filtered (finish_reason content_filter)',
            };
        }
        const content = choice.message?.content;
        const num = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
        return {
            kind: 'ok',
            text: typeof content === 'string' ? content : '',
            promptTokens: num(body.usage?.prompt_tokens),
            completionTokens: num(body.usage?.completion_tokens),
            latencyMs,
        };
    }
    redact(text) {
        return (0,_runtime_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E)(text, [this.options.key]);
    }
}
function createChatClient(options) {
    return new RateLimitedChatClient(options);
}


/***/ }),

/***/ 77219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ seededRandom)
/* harmony export */ });
/* unused harmony exports hash32, mulberry32 */
/** Seeded pseudo-random numbers, so bootstrap intervals and retry jitter come out the same on a rerun. */
/** 32-bit FNV-1a of a string: turns (seed, label) pairs into independent stream seeds. */
function hash32(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** mulberry32: small, fast, and good enough for resampling (period 2^32). Returns numbers in [0, 1). */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** A generator for one named purpose under a seed: `seededRandom(42, 'bootstrap:f1')`. */
function seededRandom(seed, label) {
    return mulberry32(hash32(`${seed}:${label}`));
}


/***/ }),

/***/ 98911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ SlidingWindowLimiter),
/* harmony export */   w: () => (/* binding */ AdaptiveConcurrency)
/* harmony export */ });
/**
 * Client-side limits over a sliding window: never more than `limit` units (requests, or tokens) stamped
 * within any `windowMs`. Work in flight counts from the moment it is reserved and is stamped when it
 * settles, at the time it settles: the server counts a request when it arrives, which is after we sent
 * it and before we hear back, so stamping at the answer can only err on the safe side.
 */
class SlidingWindowLimiter {
    limit;
    windowMs;
    stamped = [];
    inFlight = new Map();
    nextId = 1;
    constructor(limit, windowMs) {
        this.limit = limit;
        this.windowMs = windowMs;
    }
    prune(now) {
        while (this.stamped.length > 0 && this.stamped[0].at + this.windowMs <= now)
            this.stamped.shift();
    }
    used() {
        let total = 0;
        for (const s of this.stamped)
            total += s.amount;
        for (const a of this.inFlight.values())
            total += a;
        return total;
    }
    /**
     * Milliseconds until `amount` more fits (0: now). `undefined` when only work in flight stands in the
     * way, so the caller should wait for something to settle. An amount larger than the whole limit is let
     * through once the window is otherwise empty, so one big request cannot block forever.
     */
    waitTime(now, amount) {
        this.prune(now);
        const used = this.used();
        if (used === 0 || used + amount <= this.limit)
            return 0;
        const mustFree = used + amount - Math.max(this.limit, amount);
        let freed = 0;
        for (const s of this.stamped) {
            freed += s.amount;
            if (freed >= mustFree)
                return s.at + this.windowMs - now;
        }
        return undefined;
    }
    reserve(amount) {
        const id = this.nextId++;
        this.inFlight.set(id, amount);
        return id;
    }
    /** Stamps a reservation at `now` with what it really used (0 removes it without a trace). */
    settle(id, now, amount) {
        if (!this.inFlight.delete(id))
            return;
        if (amount > 0) {
            this.stamped.push({ at: now, amount });
            // Settles arrive nearly in order; keep the list sorted for the scan in waitTime.
            for (let i = this.stamped.length - 1; i > 0 && this.stamped[i - 1].at > this.stamped[i].at; i--) {
                [this.stamped[i - 1], this.stamped[i]] = [this.stamped[i], this.stamped[i - 1]];
            }
        }
    }
}
/**
 * Additive-increase, multiplicative-decrease concurrency: halve on a 429 (once per round of requests,
 * so a burst of 429s from requests already in flight counts once), grow by one per `limit` successes.
 */
class AdaptiveConcurrency {
    max;
    current;
    lastDecreaseAt = -Infinity;
    lowest;
    constructor(max) {
        this.max = max;
        this.current = max;
        this.lowest = max;
    }
    get limit() {
        return Math.max(1, Math.floor(this.current));
    }
    onSuccess() {
        this.current = Math.min(this.max, this.current + 1 / this.current);
    }
    /** `startedAt`: when the throttled request was sent; older requests saw the old limit already. */
    onThrottle(startedAt, now) {
        if (startedAt < this.lastDecreaseAt)
            return;
        this.current = Math.max(1, this.current / 2);
        this.lastDecreaseAt = now;
        this.lowest = Math.min(this.lowest, this.limit);
    }
}


/***/ }),

/***/ 61962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ untilAborted),
/* harmony export */   J: () => (/* binding */ anySignal)
/* harmony export */ });
/** Small helpers for the cancellation signals the rate-limited clients pass around. */
/** Resolves (never rejects) once the signal aborts: a queue's way to wait for "something changed". */
function untilAborted(signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        signal.addEventListener('abort', () => resolve(), { once: true });
    });
}
/** One signal that aborts when any given one does; the only one, or none, when fewer are given. */
function anySignal(...signals) {
    const present = signals.filter((s) => s !== undefined);
    if (present.length <= 1)
        return present[0];
    return AbortSignal.any(present);
}


/***/ })

};

//# sourceMappingURL=256.index.js.map