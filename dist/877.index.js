export const id = 877;
export const ids = [877,940];
export const modules = {

/***/ 94877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateCommand: () => (/* binding */ evaluateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/dataset/index.ts + 2 modules
var dataset = __webpack_require__(45335);
// EXTERNAL MODULE: ./src/evaluation/chat-client.ts + 1 modules
var chat_client = __webpack_require__(61328);
// EXTERNAL MODULE: ./src/evaluation/random.ts
var evaluation_random = __webpack_require__(77219);
// EXTERNAL MODULE: ./src/evaluation/stats.ts
var stats = __webpack_require__(45397);
;// CONCATENATED MODULE: ./src/evaluation/bootstrap.ts
/**
 * Paired bootstrap (Koehn 2004; Efron & Tibshirani's percentile interval) of the difference
 * candidate − baseline of one aggregate metric: draw the paired examples with replacement, recompute both
 * aggregates on the same draw, and take the 2.5th and 97.5th percentiles of the differences. Each
 * metric draws from its own generator seeded by (seed, metric), so reruns agree and adding a metric does
 * not move another's interval.
 */


function pairedBootstrap(input) {
    const { pairs, samples } = input;
    const c = input.candidate(pairs);
    const b = input.baseline(pairs);
    if (pairs.length === 0 || c === undefined || b === undefined)
        return undefined;
    const value = c - b;
    const random = (0,evaluation_random/* seededRandom */.Is)(input.seed, `bootstrap:${input.label}`);
    const diffs = [];
    const draw = new Array(pairs.length);
    for (let s = 0; s < samples; s++) {
        for (let k = 0; k < pairs.length; k++)
            draw[k] = pairs[Math.floor(random() * pairs.length)];
        const cs = input.candidate(draw);
        const bs = input.baseline(draw);
        if (cs !== undefined && bs !== undefined && Number.isFinite(cs - bs))
            diffs.push(cs - bs);
    }
    diffs.sort((x, y) => x - y);
    const alpha = (1 - (input.confidence ?? 0.95)) / 2;
    return {
        value,
        ciLow: (0,stats/* percentileSorted */.vS)(diffs, alpha * 100) ?? value,
        ciHigh: (0,stats/* percentileSorted */.vS)(diffs, (1 - alpha) * 100) ?? value,
        pairs: pairs.length,
    };
}

;// CONCATENATED MODULE: ./src/evaluation/judge.ts
const JUDGE_MAX_TOKENS = 5;
const INSTRUCTIONS = [
    'You grade how close a candidate answer is in meaning to the reference answer for a question.',
    'Reply with one digit and nothing else:',
    '5 = same meaning; 4 = same meaning with minor omissions or additions; 3 = partly the same;',
    '2 = mostly different; 1 = unrelated, contradictory or empty.',
].join('\n');
function judgeMessages(question, expected, answer) {
    const reference = expected.length === 1
        ? `Reference answer:\n${expected[0]}`
        : `Reference answers (any one is correct):\n${expected.map((e, i) => `${i + 1}. ${e}`).join('\n')}`;
    return [
        { role: 'system', content: INSTRUCTIONS },
        { role: 'user', content: `Question:\n${question}\n\n${reference}\n\nCandidate answer:\n${answer}` },
    ];
}
/** The rating in a judge's reply: its first digit 1-5 standing alone, or undefined. */
function parseRating(reply) {
    const m = /(?<![0-9.])([1-5])(?![0-9])/.exec(reply);
    return m ? Number(m[1]) : undefined;
}

// EXTERNAL MODULE: ./src/evaluation/metrics.ts + 2 modules
var metrics = __webpack_require__(73756);
;// CONCATENATED MODULE: ./src/evaluation/evaluate.ts



/** Thrown when an endpoint refuses every request (bad key, wrong URL): the evaluation cannot go on. */
class EvaluationError extends Error {
    name = 'EvaluationError';
}
const CONFIDENCE = 0.95;
function lastUserMessage(example) {
    for (let i = example.messages.length - 1; i >= 0; i--) {
        const m = example.messages[i];
        if (m.role === 'user')
            return m.content ?? '';
    }
    return example.messages.at(-1)?.content ?? '';
}
function toScored(outcome, expected) {
    if (outcome.ok) {
        const { scores, bleuStats } = (0,metrics/* scoreAnswer */.V9)(outcome.text, expected);
        return {
            outcome: 'answered',
            text: outcome.text,
            attempts: outcome.attempts,
            latencyMs: outcome.latencyMs,
            promptTokens: outcome.promptTokens,
            completionTokens: outcome.completionTokens,
            scores,
            bleuStats,
        };
    }
    if (outcome.kind === 'content_filter') {
        // The user gets no answer: score it as an empty one.
        const { scores, bleuStats } = (0,metrics/* scoreAnswer */.V9)('', expected);
        return {
            outcome: 'content_filter',
            message: outcome.message,
            attempts: outcome.attempts,
            scores,
            bleuStats,
        };
    }
    return { outcome: 'failed', message: outcome.message, attempts: outcome.attempts };
}
function summarize(endpoint, answers, prices, client, judged) {
    let promptTokens = 0;
    let completionTokens = 0;
    for (const a of answers) {
        promptTokens += a.promptTokens ?? 0;
        completionTokens += a.completionTokens ?? 0;
    }
    return {
        endpoint,
        metrics: (0,metrics/* aggregateAll */.fA)(answers, prices),
        answered: answers.filter((a) => a.outcome === 'answered').length,
        contentFiltered: answers.filter((a) => a.outcome === 'content_filter').length,
        failed: answers.filter((a) => a.outcome === 'failed').length,
        promptTokens,
        completionTokens,
        judgeFailures: judged
            ? answers.filter((a) => a.outcome !== 'failed' && a.similarity === undefined).length
            : 0,
        client,
    };
}
/** Deltas for every metric both sides measured, each with its paired-bootstrap interval. */
function computeDeltas(candidate, baseline, prices, samples, seed) {
    const out = {};
    for (const name of metrics/* METRIC_NAMES */.Uw) {
        const inBaseline = new Set((0,metrics/* includedIndices */.Ii)(name, baseline));
        const pairs = (0,metrics/* includedIndices */.Ii)(name, candidate).filter((i) => inBaseline.has(i));
        const delta = pairedBootstrap({
            pairs,
            candidate: (idx) => (0,metrics/* aggregateMetric */.Uj)(name, candidate, prices, idx),
            baseline: (idx) => (0,metrics/* aggregateMetric */.Uj)(name, baseline, prices, idx),
            samples,
            seed,
            label: name,
            confidence: CONFIDENCE,
        });
        if (delta && Number.isFinite(delta.value))
            out[name] = delta;
    }
    return out;
}
async function evaluateGoldenSet(options) {
    const { examples, candidate, baseline, judge, log } = options;
    const prices = options.prices ?? {};
    const now = options.now ?? Date.now;
    const started = now();
    const abort = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, abort.signal]) : abort.signal;
    let fatal;
    const total = examples.length * (baseline ? 2 : 1);
    let done = 0;
    let nextReport = 0.1;
    const progress = () => {
        done++;
        if (done / total >= nextReport || done === total) {
            log?.info(`evaluation: ${done}/${total} answers (${Math.round((100 * done) / total)}%).`);
            while (nextReport <= done / total)
                nextReport += 0.1;
        }
    };
    const rate = async (example, prompt, answer) => {
        if (!judge || answer.outcome === 'failed')
            return;
        if (answer.outcome === 'content_filter') {
            answer.similarity = 1;
            return;
        }
        const outcome = await judge.complete(judgeMessages(prompt, example.expected, answer.text ?? ''), {
            maxTokens: JUDGE_MAX_TOKENS,
            signal,
            key: `judge:${example.id}:${answer.text ?? ''}`,
        });
        if (!outcome.ok) {
            answer.judgeError = outcome.message;
            return;
        }
        const rating = parseRating(outcome.text);
        if (rating === undefined)
            answer.judgeError = `the judge replied without a 1-5 rating: '${outcome.text.slice(0, 40)}'`;
        else
            answer.similarity = rating;
    };
    const ask = async (client, side, example, prompt) => {
        const outcome = await client.complete(example.messages, { signal, key: `${side}:${example.id}` });
        if (!outcome.ok && outcome.fatal && !fatal) {
            fatal = `The ${side} endpoint ${client.endpoint} answered ${outcome.message}`;
            abort.abort();
        }
        progress();
        const answer = toScored(outcome, example.expected);
        await rate(example, prompt, answer);
        return answer;
    };
    log?.info(`evaluation: ${examples.length} golden examples against the candidate${baseline ? ' and the baseline' : ''}${judge ? ', rated by the judge' : ''}.`);
    const results = await Promise.all(examples.map(async (example) => {
        const prompt = lastUserMessage(example);
        const [c, b] = await Promise.all([
            ask(candidate, 'candidate', example, prompt),
            baseline ? ask(baseline, 'baseline', example, prompt) : Promise.resolve(undefined),
        ]);
        return {
            id: example.id,
            line: example.line,
            prompt,
            expected: [...example.expected],
            candidate: c,
            ...(b ? { baseline: b } : {}),
        };
    }));
    if (fatal)
        throw new EvaluationError(fatal);
    if (options.signal?.aborted)
        throw new EvaluationError('The evaluation was cancelled.');
    const candidateAnswers = results.map((r) => r.candidate);
    const baselineAnswers = baseline ? results.map((r) => r.baseline) : undefined;
    const result = {
        examples: results,
        candidate: summarize(candidate.endpoint, candidateAnswers, prices, candidate.stats(), !!judge),
        ...(baseline && baselineAnswers
            ? { baseline: summarize(baseline.endpoint, baselineAnswers, prices, baseline.stats(), !!judge) }
            : {}),
        deltas: baselineAnswers
            ? computeDeltas(candidateAnswers, baselineAnswers, prices, options.bootstrapSamples, options.seed)
            : {},
        bootstrap: { samples: options.bootstrapSamples, seed: options.seed, confidence: CONFIDENCE },
        prices,
        judged: !!judge,
        durationMs: now() - started,
    };
    for (const side of ['candidate', 'baseline']) {
        const s = result[side];
        if (s && s.failed > 0)
            log?.warning(`evaluation: ${s.failed} ${side} example(s) got no answer after every retry.`);
    }
    return result;
}
/** The `metrics` output and what gates read: values per side, and deltas with their interval. */
function metricsView(result, extra = {}) {
    const view = { candidate: { ...result.candidate.metrics, ...extra.candidate } };
    if (result.baseline) {
        view.baseline = { ...result.baseline.metrics, ...extra.baseline };
        view.delta = {};
        for (const [name, d] of Object.entries(result.deltas)) {
            view.delta[name] = { value: d.value, ci_low: d.ciLow, ci_high: d.ciHigh };
        }
    }
    return view;
}

// EXTERNAL MODULE: ./src/evaluation/rouge.ts
var rouge = __webpack_require__(90868);
;// CONCATENATED MODULE: ./src/evaluation/coverage.ts
/** The same failure retried a different number of times is the same reason. */
function reasonKey(message) {
    return message.replace(/\s*\(gave up after \d+ attempts?\)$/, '').trim();
}
/** Sides with more than `maxShare` (0..1) of the golden examples unanswered, candidate first. */
function unansweredBeyond(result, maxShare) {
    const total = result.examples.length;
    if (total === 0)
        return [];
    const out = [];
    for (const side of ['candidate', 'baseline']) {
        const summary = result[side];
        if (!summary || summary.failed === 0)
            continue;
        const share = summary.failed / total;
        if (share <= maxShare)
            continue;
        const counts = new Map();
        for (const ex of result.examples) {
            const answer = ex[side];
            if (answer?.outcome !== 'failed')
                continue;
            const key = reasonKey(answer.message ?? '');
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        let reason;
        for (const [message, count] of counts) {
            if (message && (!reason || count > reason.count))
                reason = { message, count };
        }
        out.push({ side, endpoint: summary.endpoint, failed: summary.failed, total, share, reason });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/evaluation/index.ts












// EXTERNAL MODULE: ./src/foundry/errors.ts
var foundry_errors = __webpack_require__(19198);
// EXTERNAL MODULE: ./src/foundry/index.ts + 7 modules
var src_foundry = __webpack_require__(33078);
// EXTERNAL MODULE: ./src/lifecycle/registry.ts
var registry = __webpack_require__(62877);
// EXTERNAL MODULE: ./src/report/evaluation.ts
var report_evaluation = __webpack_require__(29686);
// EXTERNAL MODULE: ./src/report/steps.ts
var steps = __webpack_require__(70021);
;// CONCATENATED MODULE: ./src/commands/evaluate.ts
/**
 * `evaluate`: the golden set through the candidate endpoint and, side by side, through the baseline
 * (production, a given endpoint, or nothing), scored and compared with paired-bootstrap intervals.
 * Leaves the metrics in the run state for `gate`.
 */








function result(status, headline, summary, extra = {}) {
    return {
        command: 'evaluate',
        status,
        headline,
        summary,
        outputs: {},
        annotations: [],
        ...(status === 'failed' ? { failure: headline } : {}),
        ...extra,
    };
}
function failed(message, hint = '') {
    return result('failed', message, (0,report_evaluation/* renderEvaluationFailure */.T4)(message, hint || undefined));
}
function annotationsOf(findings, limit) {
    return findings
        .filter((f) => f.severity === 'error')
        .slice(0, limit)
        .map((f) => ({
        level: 'error',
        title: `Golden set: ${f.code}`,
        message: f.hint ? `${f.message} ${f.hint}` : f.message,
        file: f.file,
        line: f.line,
    }));
}
/** The candidate: an endpoint given as input, the one `deploy` just made, or the newest deployed version. */
async function resolveCandidate(ctx, foundry) {
    const { config, state, event } = ctx;
    if (config.evaluation.endpointUrl) {
        if (!config.evaluation.endpointKey) {
            const fork = event.pullRequest?.fromFork;
            return {
                note: fork
                    ? 'No `endpoint-key`: secrets are not given to workflows on pull requests from forks, so the candidate endpoint cannot be evaluated here.'
                    : 'Input `endpoint-key` is empty: pass the endpoint key from a secret (`endpoint-key: ${{ secrets.FINETUNE_ENDPOINT_KEY }}`).',
            };
        }
        return {
            target: { url: config.evaluation.endpointUrl, key: config.evaluation.endpointKey, label: 'candidate' },
        };
    }
    if (state.endpoint) {
        return {
            target: {
                url: state.endpoint.url,
                key: state.endpoint.key,
                label: state.model ? `${state.model.name} v${state.model.version}` : state.endpoint.name,
                model: state.model,
            },
        };
    }
    if (!(0,registry/* hasWorkspace */.Ep)(config)) {
        return { note: 'Nothing to evaluate: set `endpoint-url` (and `endpoint-key`), or run `deploy` first.' };
    }
    const f = foundry();
    for (const version of await (0,registry/* repositoryVersions */.YR)(f, config, event.repository)) {
        const v = (0,src_foundry/* versionOf */.E4)(version);
        const id = await f.modelId(config.training.modelName, v);
        const endpoint = await (0,registry/* endpointFor */.Lo)(f, id);
        const url = endpoint?.properties.inferenceEndpoint?.uri;
        if (!endpoint || !url)
            continue;
        const model = { name: config.training.modelName, version: v, id, tags: version.properties.tags ?? {} };
        state.model ??= model;
        const key = (await f.endpointKeys(endpoint.name)).primaryKey;
        return { target: { url, key, label: `${model.name} v${v}`, model } };
    }
    return {
        note: `No deployed version of '${config.training.modelName}' was found: run \`deploy\` first, or set \`endpoint-url\`.`,
    };
}
/** The baseline, by `baseline`: a given endpoint, the production model's endpoint, or none. */
async function resolveBaseline(ctx, foundry, candidate) {
    const { config, event } = ctx;
    const mode = config.evaluation.baseline;
    if (mode === 'none')
        return { note: 'No baseline (`baseline: none`).' };
    if (config.evaluation.baselineEndpointUrl && (mode === 'endpoint' || mode === 'auto')) {
        if (!config.evaluation.baselineEndpointKey) {
            return { note: 'Input `baseline-endpoint-key` is empty, so the baseline endpoint was not evaluated.' };
        }
        return {
            target: {
                url: config.evaluation.baselineEndpointUrl,
                key: config.evaluation.baselineEndpointKey,
                label: 'baseline',
            },
        };
    }
    if (!(0,registry/* hasWorkspace */.Ep)(config)) {
        return { note: 'No baseline: no workspace is configured to find the model in production.' };
    }
    const f = foundry();
    const production = await (0,registry/* findProduction */.lG)(f, config, event.repository);
    if (!production)
        return {
            note: 'No model is in production yet, so there is no baseline: this candidate would be the first.',
        };
    if (candidate.model && production.id === candidate.model.id) {
        return {
            note: `The candidate is the model in production (v${production.version}); there is nothing to compare it with.`,
        };
    }
    const endpoint = await (0,registry/* endpointFor */.Lo)(f, production.id);
    const url = endpoint?.properties.inferenceEndpoint?.uri;
    if (!endpoint || !url) {
        return {
            note: `The model in production (v${production.version}) has no endpoint, so it was not evaluated.`,
        };
    }
    const key = (await f.endpointKeys(endpoint.name)).primaryKey;
    return { target: { url, key, label: `production (v${production.version})`, model: production } };
}
function client(ctx, target, maxTokens = ctx.config.evaluation.maxTokens) {
    const e = ctx.config.evaluation;
    ctx.log.secret(target.key);
    return (0,chat_client/* createChatClient */.ak)({
        url: target.url,
        key: target.key,
        requestsPerMinute: e.requestsPerMinute,
        tokensPerMinute: e.tokensPerMinute,
        concurrency: e.concurrency,
        timeoutMs: e.requestTimeoutSeconds * 1000,
        maxRetries: e.maxRetries,
        maxTokens,
        seed: e.seed,
        clock: ctx.clock,
        signal: ctx.signal,
        log: ctx.log,
    });
}
/**
 * The candidate's answers through Content Safety, as `unsafe_rate`. Loaded only when a Content Safety
 * endpoint is configured; a screening that cannot finish leaves the rate unmeasured (a gate on it then
 * fails as "not measured"), it never passes on partial data.
 */
async function screenCandidateAnswers(ctx, evaluation, lineOf) {
    const { config, log } = ctx;
    const safety = await __webpack_require__.e(/* import() */ 362).then(__webpack_require__.bind(__webpack_require__, 39362));
    const decision = safety.screeningDecision(config.contentSafety, ctx.event);
    if (!decision.run) {
        return config.contentSafety.endpoint
            ? { section: (0,steps/* renderNote */.NS)('Answer safety', `Answers were not screened: ${decision.reason}.`) }
            : undefined;
    }
    try {
        const credential = decision.auth === 'azure-credential'
            ? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6400))).createCredential(config, log)
            : undefined;
        const client = safety.contentSafetyClient(config.contentSafety, { credential, log, signal: ctx.signal });
        const cache = await safety.SafetyCache.open(external_node_path_default().resolve(config.root, config.contentSafety.cache));
        const verdicts = await safety.screenAnswers(safety.answersToScreen(evaluation.examples), {
            client,
            threshold: config.contentSafety.threshold,
            cache,
            signal: ctx.signal,
        });
        await cache.save();
        const rate = safety.unsafeRate(verdicts.values());
        return {
            rate: rate.rate,
            section: safety.renderAnswerSafetySection({
                verdicts,
                rate,
                threshold: config.contentSafety.threshold,
                lineOf,
                goldenFile: config.data.golden,
                contentFiltered: evaluation.candidate.contentFiltered,
            }),
        };
    }
    catch (e) {
        return {
            section: (0,steps/* renderNote */.NS)('Answer safety', `❌ Answers could not be screened: ${(0,foundry_errors/* errorMessage */.gJ)(e)}`),
        };
    }
}
const evaluateCommand = async (ctx) => {
    const { config, log, state } = ctx;
    if (!config.data.golden) {
        return failed('No golden set to evaluate with.', "Set the input 'golden-file' (config file: `data.golden`) to a JSONL file of `{messages, expected}` lines.");
    }
    const golden = await (0,dataset/* loadGoldenSet */.EF)(config.data.golden, config.model, config.root);
    const errors = golden.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0 || golden.examples.length === 0) {
        const first = errors[0];
        const where = first
            ? `${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}`
            : 'it has no examples';
        return {
            ...failed(`The golden set ${config.data.golden} is not valid (${errors.length} error${errors.length === 1 ? '' : 's'}; first: ${where}).`, 'Fix the golden set first: the `validate` command lists every problem with its line.'),
            annotations: annotationsOf(errors, config.validation.maxAnnotations),
        };
    }
    let connection;
    const foundry = () => (connection ??= (0,src_foundry/* connectFoundry */.CL)(config, log, ctx.signal, { clock: ctx.clock }));
    let candidate;
    let baseline;
    try {
        candidate = await resolveCandidate(ctx, foundry);
        if (!candidate.target) {
            const skipped = Boolean(config.evaluation.endpointUrl && ctx.event.pullRequest?.fromFork);
            const note = candidate.note ?? 'Nothing to evaluate.';
            return skipped ? result('skipped', note, (0,report_evaluation/* renderEvaluationSkipped */.N8)(note)) : failed(note);
        }
        baseline = await resolveBaseline(ctx, foundry, candidate.target);
        if (!baseline.target && config.evaluation.baseline === 'production') {
            return failed(`\`baseline: production\` but ${baseline.note ?? 'no production endpoint was found'}`);
        }
    }
    catch (e) {
        return failed(`Could not find the endpoints to evaluate: ${(0,foundry_errors/* errorMessage */.gJ)(e)}`);
    }
    const e = config.evaluation;
    const judge = e.judgeEndpointUrl
        ? client(ctx, { url: e.judgeEndpointUrl, key: e.judgeEndpointKey ?? '', label: 'judge' }, 5)
        : undefined;
    log.info(`Evaluating ${golden.examples.length} golden examples on ${candidate.target.label}` +
        (baseline.target ? ` and ${baseline.target.label}` : '') +
        '.');
    let evaluation;
    try {
        evaluation = await evaluateGoldenSet({
            examples: golden.examples,
            candidate: client(ctx, candidate.target),
            baseline: baseline.target ? client(ctx, baseline.target) : undefined,
            judge,
            prices: { inputPer1k: e.pricePer1kInputTokens, outputPer1k: e.pricePer1kOutputTokens },
            bootstrapSamples: e.bootstrapSamples,
            seed: e.seed,
            log,
            signal: ctx.signal,
            now: () => ctx.clock.now(),
        });
    }
    catch (err) {
        const message = err instanceof EvaluationError ? err.message : (0,foundry_errors/* errorMessage */.gJ)(err);
        return failed(`Evaluation stopped: ${message}`);
    }
    const baselineLabel = baseline.target?.label ?? 'baseline';
    const reportOptions = {
        candidateLabel: candidate.target.label,
        baselineLabel,
        goldenFile: config.data.golden,
        concurrency: e.concurrency,
    };
    const report = (0,report_evaluation/* renderEvaluation */.zk)(evaluation, undefined, reportOptions);
    const incomplete = unansweredBeyond(evaluation, e.maxUnansweredShare);
    if (incomplete.length > 0) {
        // The scores are shown, but they describe only what got through: no metrics for `gate`, no outputs.
        const headline = (0,report_evaluation/* unansweredHeadline */.Xd)(incomplete, e.maxUnansweredShare, {
            candidate: candidate.target.label,
            baseline: baselineLabel,
        });
        return {
            ...result('failed', headline, (0,report_evaluation/* renderUnanswered */.X1)(headline, report.summary), {
                comment: (0,report_evaluation/* renderUnanswered */.X1)(headline, report.comment),
            }),
            annotations: [{ level: 'error', title: 'Evaluation incomplete', message: headline }],
            detail: {
                unanswered: incomplete.map(({ side, failed, total }) => ({ side, failed, total })),
                examples: evaluation.examples.length,
            },
        };
    }
    const lines = new Map(golden.examples.map((x) => [x.id, x.line]));
    const safety = await screenCandidateAnswers(ctx, evaluation, (id) => lines.get(id));
    const view = metricsView(evaluation, safety?.rate === undefined ? {} : { candidate: { unsafe_rate: safety.rate } });
    state.metrics = view;
    state.evaluatedModel = candidate.target.model;
    const note = (baseline.target ? '' : `\n\n${(0,report_evaluation/* renderBaselineNote */.Yi)(baseline.note ?? '')}`) +
        (safety ? `\n\n${safety.section}` : '');
    // Fewer rows per list when the report must shrink to GitHub's size limits.
    const shrink = (rows) => {
        const r = (0,report_evaluation/* renderEvaluation */.zk)(evaluation, undefined, {
            ...reportOptions,
            regressions: { summary: Math.min(10, rows), comment: Math.min(3, rows) },
            problems: { summary: rows, comment: Math.min(20, rows) },
        });
        return { summary: r.summary + note, comment: r.comment + note };
    };
    const failedExamples = evaluation.candidate.failed;
    return {
        command: 'evaluate',
        status: 'succeeded',
        headline: (0,report_evaluation/* evaluationHeadline */.tZ)(evaluation, baseline.target ? 'production' : 'baseline'),
        summary: report.summary + note,
        comment: report.comment + note,
        shrink,
        outputs: { metrics: JSON.stringify(view) },
        annotations: failedExamples > 0
            ? [
                {
                    level: 'warning',
                    title: 'Evaluation incomplete',
                    message: `${failedExamples} golden example${failedExamples === 1 ? '' : 's'} got no answer after every retry; they are listed in the job summary and left out of the scores.`,
                },
            ]
            : [],
        detail: { metrics: view, baseline: baseline.target?.label ?? null, examples: evaluation.examples.length },
    };
};


/***/ }),

/***/ 45335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EF: () => (/* reexport */ loadGoldenSet),
  Mu: () => (/* reexport */ prepareTrainingData),
  MQ: () => (/* reexport */ validate/* validateDatasets */.MQ)
});

// UNUSED EXPORTS: DEFAULT_MAX_LINE_BYTES, MAX_FILE_BYTES, MIN_EXAMPLES, WORKER_ENTRY_KEY, chatTemplateOverhead, countChatTokens, countWithTemplate, datasetHash, defaultEpochs, estimateTraining, goldenExampleId, isDatasetWorker, loadTokenizer, runDatasetWorker, validationSize

// EXTERNAL MODULE: ./src/dataset/validate.ts
var validate = __webpack_require__(41840);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/dataset/analyze.ts + 1 modules
var analyze = __webpack_require__(14510);
// EXTERNAL MODULE: ./src/dataset/lines.ts
var lines = __webpack_require__(29355);
// EXTERNAL MODULE: ./src/dataset/source.ts
var source = __webpack_require__(50059);
// EXTERNAL MODULE: ./src/dataset/split.ts
var split = __webpack_require__(48028);
;// CONCATENATED MODULE: ./src/dataset/prepare.ts
/**
 * The files a fine-tuning job trains on: the training data (minus the held-out split) and the
 * validation data, normalized, with a content hash that identifies the dataset across runs.
 *
 * Normalization (and so the hash) ignores what does not change the examples: a UTF-8 BOM, CRLF vs LF
 * line endings and blank lines. Every example line is otherwise written byte for byte, in file order,
 * each ending with `\n`. The hash is independent of file names and paths.
 */








class Output {
    file;
    hash = (0,external_node_crypto_.createHash)('sha256');
    stream;
    examples = 0;
    constructor(file) {
        this.file = file;
        this.stream = (0,external_node_fs_.createWriteStream)(file);
    }
    async write(bytes) {
        this.hash.update(bytes);
        this.hash.update('\n');
        this.examples += 1;
        const ok = this.stream.write(Buffer.concat([bytes, Buffer.from('\n')]));
        if (!ok)
            await new Promise((resolve) => this.stream.once('drain', resolve));
    }
    async close() {
        await new Promise((resolve, reject) => this.stream.end((e) => (e ? reject(e) : resolve())));
        return this.hash.digest('hex');
    }
}
async function openOrThrow(root, relative, input) {
    const opened = await (0,source/* openDatasetFile */.bt)(root, relative, input);
    const error = opened.findings.find((f) => f.severity === 'error');
    if (!opened.ok || error) {
        const f = error ?? opened.findings[0];
        throw new Error(`${relative}: ${f.message} ${f.hint ?? ''}`.trim());
    }
    return opened.absolute;
}
/** Calls `each` with the bytes of every non-blank line, in order. */
async function eachExample(absolute, relative, each) {
    await (0,lines/* scanLines */.JH)((0,source/* readStream */.bv)(absolute), { maxLineBytes: validate/* DEFAULT_MAX_LINE_BYTES */.i$ }, async (batch) => {
        for (let i = 0; i < batch.ends.length; i++) {
            const line = batch.firstLine + i;
            if (batch.flags[i] & lines/* LINE_TOO_LONG */.Fs)
                throw new Error(`${relative}:${line}: line too long to be an example; run validate.`);
            const bytes = (0,lines/* lineBytes */.M)(batch, i);
            if (!(0,analyze/* isBlankLine */.pB)(bytes))
                await each(bytes, line);
        }
    });
}
function datasetHash(trainingSha256, validationSha256) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`foundry-finetune dataset v1\ntraining ${trainingSha256}\nvalidation ${validationSha256 ?? '-'}\n`)
        .digest('hex');
}
/**
 * Writes `training.jsonl` (and `validation.jsonl`) to `outDir`: the validation file as given, or the
 * same deterministic split that `validate` reports when there is none and `split-ratio` > 0.
 */
async function prepareTrainingData({ config, outDir, }) {
    const { root, data } = config;
    if (!data.training)
        throw new Error('No training data: set the training-file input (or data.training in the config file).');
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const trainingPath = await openOrThrow(root, data.training, 'training-file (data.training)');
    const training = new Output(external_node_path_default().join(outDir, 'training.jsonl'));
    let validation;
    if (data.validation) {
        const validationPath = await openOrThrow(root, data.validation, 'validation-file (data.validation)');
        await eachExample(trainingPath, data.training, (bytes) => training.write(bytes));
        validation = new Output(external_node_path_default().join(outDir, 'validation.jsonl'));
        const v = validation;
        await eachExample(validationPath, data.validation, (bytes) => v.write(bytes));
    }
    else if (data.splitRatio > 0) {
        const keys = [];
        const lines = [];
        await eachExample(trainingPath, data.training, (bytes, line) => {
            keys.push((0,analyze/* splitKeyOf */.p7)(data.splitSeed, (0,analyze/* lineHash */.Hw)(bytes)));
            lines.push(line);
        });
        const held = (0,split/* selectValidation */.e)(Float64Array.from(keys), Int32Array.from(lines), data.splitRatio);
        const heldLines = new Set();
        for (const i of held)
            heldLines.add(lines[i]);
        if (heldLines.size > 0)
            validation = new Output(external_node_path_default().join(outDir, 'validation.jsonl'));
        const v = validation;
        await eachExample(trainingPath, data.training, (bytes, line) => heldLines.has(line) && v ? v.write(bytes) : training.write(bytes));
    }
    else {
        await eachExample(trainingPath, data.training, (bytes) => training.write(bytes));
    }
    const trainingSha = await training.close();
    const validationSha = validation ? await validation.close() : undefined;
    return {
        trainingFile: training.file,
        validationFile: validation?.file,
        datasetHash: datasetHash(trainingSha, validationSha),
        examples: { training: training.examples, validation: validation?.examples ?? 0 },
    };
}

;// CONCATENATED MODULE: ./src/dataset/golden.ts

/**
 * Loads a golden set (JSON Lines, streamed): `{messages, expected}` per line (messages end with the user
 * turn; expected is a string or a list of acceptable answers), or a chat example whose final assistant
 * message is the reference. Lines with errors are left out of `examples` and listed in `findings`.
 */
async function loadGoldenSet(file, model, root) {
    return (0,validate/* validateGoldenFile */._U)(root, file, model);
}

// EXTERNAL MODULE: ./src/dataset/golden-id.ts
var golden_id = __webpack_require__(59793);
// EXTERNAL MODULE: ./src/dataset/tokenizer/index.ts + 5 modules
var tokenizer = __webpack_require__(18504);
// EXTERNAL MODULE: ./src/dataset/accumulate.ts + 1 modules
var accumulate = __webpack_require__(82668);
// EXTERNAL MODULE: ./src/dataset/worker.ts
var worker = __webpack_require__(76940);
// EXTERNAL MODULE: ./src/dataset/pipeline.ts
var pipeline = __webpack_require__(42232);
;// CONCATENATED MODULE: ./src/dataset/index.ts
/** The dataset core's public API: validation, training-data preparation, golden sets, token counts. */













/***/ }),

/***/ 76940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isDatasetWorker: () => (/* binding */ isDatasetWorker),
/* harmony export */   runDatasetWorker: () => (/* binding */ runDatasetWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42232);
/* harmony import */ var _chunk_analysis_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97404);
/** Entry of a dataset worker thread: analyzes chunks of lines for the main thread's pipeline. */



/** True in a thread started by the pipeline (also when the thread runs a bundled entry file). */
function isDatasetWorker() {
    return node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort !== null && !!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.[_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKER_FLAG */ .oy];
}
let running = false;
/**
 * Serves the pipeline's requests on this thread. Idempotent: a bundled entry calls it, and so does this
 * module when it is the thread's own entry (running from source).
 */
function runDatasetWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port || running)
        return;
    running = true;
    const sessions = new Map();
    const reply = (message, transfer = []) => port.postMessage(message, transfer);
    port.on('message', (m) => {
        if (m.type === 'config') {
            const session = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveOptions */ .$i)(m.config).then((options) => ({
                options,
                previews: new _chunk_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .PreviewTracker */ .Ns(),
            }));
            session.catch(() => undefined);
            sessions.set(m.configId, session);
            return;
        }
        if (m.type === 'release') {
            sessions.delete(m.configId);
            return;
        }
        const session = sessions.get(m.configId);
        if (!session) {
            reply({ id: m.id, error: `dataset worker: unknown file ${m.configId}` });
            return;
        }
        session.then((s) => {
            try {
                const results = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeIn */ .S2)(s, m);
                // The chunk's buffer goes back too, to be filled with the next chunk.
                const buffer = m.data.buffer;
                reply({ id: m.id, results, buffer, loadMs: s.options.tokenizer?.loadMs }, [
                    results.info.buffer,
                    results.nums.buffer,
                    buffer,
                ]);
            }
            catch (e) {
                reply({ id: m.id, error: e instanceof Error ? e.message : String(e) });
            }
        }, (e) => reply({ id: m.id, error: e instanceof Error ? e.message : String(e) }));
    });
    reply({ ready: true });
}
if (isDatasetWorker())
    runDatasetWorker();


/***/ })

};

//# sourceMappingURL=877.index.js.map