export const id = 7;
export const ids = [7,821];
export const modules = {

/***/ 75821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflightCommand: () => (/* binding */ preflightCommand),
/* harmony export */   renderPreflight: () => (/* binding */ renderPreflight)
/* harmony export */ });
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33078);
/* harmony import */ var _foundry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19198);
/* harmony import */ var _foundry_preflight_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66534);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54285);
/** `preflight`: what must hold before anything is created in Azure, each failure with its fix. */




const STATUS = {
    passed: `${_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .ICON */ .kb.succeeded} passed`,
    failed: `${_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .ICON */ .kb.failed} failed`,
    warning: `${_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .ICON */ .kb.warning} warning`,
};
function renderPreflight(checks) {
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Check', 'Result', 'Detail', 'Fix'], checks.map((c) => [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(c.title), STATUS[c.status], (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(c.detail), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(c.fix ?? '')]));
}
const preflightCommand = async (ctx) => {
    const { config } = ctx;
    try {
        const foundry = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .connectFoundry */ .CL)(config, ctx.log, ctx.signal, { clock: ctx.clock });
        const checks = await foundry.preflight({
            model: config.model,
            compute: config.training.compute,
            instanceType: config.training.instanceType,
        });
        const failed = checks.filter((c) => c.status === 'failed');
        for (const c of checks)
            if (c.status === 'warning')
                ctx.log.warning(`preflight: ${c.detail}`);
        const ok = (0,_foundry_preflight_js__WEBPACK_IMPORTED_MODULE_2__/* .preflightPassed */ .QZ)(checks);
        const where = `${foundry.ref.workspace} (${foundry.ref.resourceGroup})`;
        return {
            command: 'preflight',
            status: ok ? 'succeeded' : 'failed',
            headline: ok
                ? `Ready to fine-tune ${config.model.id} in ${where}.`
                : `Preflight failed: ${failed.map((c) => c.title).join(', ')}.`,
            summary: `### ${ok ? _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .ICON */ .kb.succeeded : _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .ICON */ .kb.failed} Preflight: ${where}\n\n${renderPreflight(checks)}`,
            outputs: {},
            // The failure becomes the step's error annotation; one per problem is enough.
            annotations: [],
            detail: { checks },
            ...(ok
                ? {}
                : {
                    failure: failed.map((c) => `${c.title}: ${c.detail}${c.fix ? ` Fix: ${c.fix}` : ''}`).join('\n'),
                }),
        };
    }
    catch (e) {
        const message = (0,_foundry_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e);
        return {
            command: 'preflight',
            status: 'failed',
            headline: message.split('\n')[0] ?? message,
            summary: `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .ICON */ .kb.failed} Preflight failed\n\n${message}`,
            outputs: {},
            annotations: [],
            failure: message,
        };
    }
};


/***/ }),

/***/ 45007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  followAndFinish: () => (/* binding */ followAndFinish),
  trainCommand: () => (/* binding */ trainCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(88179);
// EXTERNAL MODULE: ./src/foundry/index.ts + 7 modules
var src_foundry = __webpack_require__(33078);
// EXTERNAL MODULE: ./src/foundry/errors.ts
var errors = __webpack_require__(19198);
// EXTERNAL MODULE: ./src/foundry/identity.ts
var foundry_identity = __webpack_require__(32675);
// EXTERNAL MODULE: ./src/foundry/job-spec.ts
var job_spec = __webpack_require__(1644);
// EXTERNAL MODULE: ./src/foundry/lifecycle.ts
var lifecycle = __webpack_require__(44581);
// EXTERNAL MODULE: ./src/foundry/preflight.ts
var preflight = __webpack_require__(66534);
// EXTERNAL MODULE: ./src/commands/preflight.ts
var commands_preflight = __webpack_require__(75821);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/training.ts
/**
 * The training step's section of the job summary: the job and its link, the state changes with elapsed
 * times, the loss curves (a mermaid `xychart-beta` chart, with the exact numbers in a table for renderers
 * without mermaid), tokens, duration and hyperparameters; on failure, the service's message first. Pure.
 */

const HEADLINE = {
    completed: `${markdown/* ICON */.kb.succeeded} Fine-tuning completed`,
    reused: `${markdown/* ICON */.kb.succeeded} Reused a completed fine-tune of the same data and hyperparameters`,
    failed: `${markdown/* ICON */.kb.failed} Fine-tuning failed`,
    canceled: `${markdown/* ICON */.kb.failed} Fine-tuning was canceled`,
    'handed-off': `${markdown/* ICON */.kb.pending} Fine-tuning continues in Azure`,
    aborted: `${markdown/* ICON */.kb.pending} This run was cancelled; the job continues in Azure`,
};
/** Most points a chart shows; longer curves are thinned evenly (the table keeps every point). */
const CHART_POINTS = 40;
const TABLE_ROWS = 200;
function renderTrainingSummary(r) {
    const parts = [`### ${HEADLINE[r.outcome]}`, ''];
    if (r.failure) {
        parts.push('> [!CAUTION]', `> **Azure said:** ${(0,markdown/* cell */.Hn)(r.failure)}`, '');
    }
    if (r.handOff)
        parts.push(`> [!NOTE]`, `> ${(0,markdown/* cell */.Hn)(r.handOff)}`, '');
    const jobLink = r.job.studioUrl ? `[\`${r.job.name}\`](${r.job.studioUrl})` : `\`${r.job.name}\``;
    const facts = [
        ['Job', `${jobLink}${r.job.submitted ? '' : ' (found, not submitted by this run)'}`],
        ['Status', (0,markdown/* cell */.Hn)(r.job.status)],
        ['Base model', (0,markdown/* cell */.Hn)(r.baseModel)],
        ['Compute', r.compute ? `managed compute \`${(0,markdown/* cell */.Hn)(r.compute)}\`` : 'serverless'],
    ];
    if (r.job.attempt && r.job.attempt > 1)
        facts.push(['Attempt', String(r.job.attempt)]);
    if (r.model)
        facts.push(['Model', `\`${(0,markdown/* cell */.Hn)(r.model.name)}\` version ${(0,markdown/* cell */.Hn)(r.model.version)}`]);
    if (r.durationMs !== undefined)
        facts.push(['Duration', (0,markdown/* formatDuration */.a3)(r.durationMs)]);
    if (r.examples) {
        facts.push([
            'Examples',
            `${(0,markdown/* formatInt */.Dw)(r.examples.training)} training, ${(0,markdown/* formatInt */.Dw)(r.examples.validation)} validation`,
        ]);
    }
    if (r.tokens !== undefined) {
        const billed = r.epochs ? ` (x ${r.epochs} epochs = ${(0,markdown/* formatInt */.Dw)(r.tokens * r.epochs)} trained)` : '';
        facts.push(['Training tokens', `${(0,markdown/* formatInt */.Dw)(r.tokens)}${billed}`]);
    }
    if (r.datasetHash)
        facts.push(['Dataset', `\`${r.datasetHash.slice(0, 12)}\``]);
    parts.push((0,markdown/* table */.tp)(['', ''], facts), '');
    if (r.loss && (r.loss.training.length > 0 || r.loss.validation.length > 0)) {
        parts.push('#### Loss', '');
        const source = lossSource(r.loss);
        if (source)
            parts.push(source, '');
        parts.push(lossChart(r.loss.training, r.loss.validation), '');
        parts.push((0,markdown/* details */.zH)('Loss values', lossTable(r.loss.training, r.loss.validation)), '');
    }
    else if (r.lossNote && (r.outcome === 'completed' || r.outcome === 'reused')) {
        parts.push('#### Loss', '', `No loss curve: ${r.lossNote}`, '');
    }
    if (r.timeline.length > 0) {
        parts.push((0,markdown/* details */.zH)('Status changes', (0,markdown/* table */.tp)(['Status', 'After'], r.timeline.map((t) => [(0,markdown/* cell */.Hn)(t.status), `+${(0,markdown/* formatDuration */.a3)(t.elapsedMs)}`]), ['left', 'right']), r.outcome === 'failed'), '');
    }
    const hp = Object.entries(r.hyperparameters);
    if (hp.length > 0) {
        parts.push((0,markdown/* details */.zH)('Hyperparameters', (0,markdown/* table */.tp)(['Name', 'Value'], hp.map(([k, v]) => [`\`${(0,markdown/* cell */.Hn)(k)}\``, (0,markdown/* cell */.Hn)(v)]))), '');
    }
    if (r.data && r.data.length > 0) {
        parts.push((0,markdown/* details */.zH)('Data', (0,markdown/* table */.tp)(['Asset', 'Path', ''], r.data.map((d) => [
            `\`${(0,markdown/* cell */.Hn)(d.name)}\``,
            `\`${(0,markdown/* cell */.Hn)(d.uri)}\``,
            d.reused ? 'reused (same content)' : 'uploaded',
        ]))), '');
    }
    if (r.previousAttempts && r.previousAttempts.length > 0) {
        parts.push((0,markdown/* details */.zH)('Earlier attempts', (0,markdown/* table */.tp)(['Job', 'Status', 'Message'], r.previousAttempts.map((p) => [`\`${(0,markdown/* cell */.Hn)(p.name)}\``, (0,markdown/* cell */.Hn)(p.status), (0,markdown/* cell */.Hn)(p.message ?? '')]))), '');
    }
    if (r.model)
        parts.push((0,markdown/* details */.zH)('Model id', (0,markdown/* codeBlock */.DV)(r.model.id)), '');
    return parts.join('\n').trim();
}
/** Shorter section for the pull request comment. */
function renderTrainingComment(r) {
    const parts = [`### ${HEADLINE[r.outcome]}`, ''];
    if (r.failure)
        parts.push(`**Azure said:** ${(0,markdown/* cell */.Hn)(r.failure)}`, '');
    const link = r.job.studioUrl ? `[\`${r.job.name}\`](${r.job.studioUrl})` : `\`${r.job.name}\``;
    const bits = [`Job ${link}: ${(0,markdown/* cell */.Hn)(r.job.status)}`];
    if (r.model)
        bits.push(`model \`${(0,markdown/* cell */.Hn)(r.model.name)}\` v${(0,markdown/* cell */.Hn)(r.model.version)}`);
    if (r.durationMs !== undefined)
        bits.push((0,markdown/* formatDuration */.a3)(r.durationMs));
    parts.push(bits.join(' · '));
    if (r.handOff)
        parts.push('', (0,markdown/* cell */.Hn)(r.handOff));
    return parts.join('\n');
}
/** Evenly thinned indices, always keeping the first and the last. */
function thin(items, max) {
    if (items.length <= max)
        return [...items];
    const out = [];
    for (let i = 0; i < max; i++)
        out.push(items[Math.round((i * (items.length - 1)) / (max - 1))]);
    return out;
}
/** Which MLflow run and metrics the curve shows (and when it is not a loss, or was cut by a bound). */
function lossSource(loss) {
    if (!loss.source)
        return undefined;
    const run = `MLflow run \`${(0,markdown/* cell */.Hn)(loss.source.runId)}\`${loss.source.runName ? ` (${(0,markdown/* cell */.Hn)(loss.source.runName)})` : ''}`;
    const metrics = [loss.trainingKey, loss.validationKey].filter((k) => Boolean(k));
    const named = metrics.map((k) => `\`${(0,markdown/* cell */.Hn)(k)}\``).join(' and ');
    let text = loss.source.fallback
        ? `From ${run}: it logged no loss metric, so this is \`${(0,markdown/* cell */.Hn)(loss.trainingKey ?? '')}\`, its series with the most points.`
        : `From ${run}, metric${metrics.length === 1 ? '' : 's'} ${named}.`;
    if (loss.source.truncated)
        text += ' The history was longer than the pages read; the curve stops there.';
    return text;
}
/**
 * Value of a curve at a step: linear between measured points, flat beyond the ends. Validation loss is
 * usually measured less often than training loss; xychart needs one value per x category.
 */
function valueAt(points, step) {
    if (points.length === 0)
        return undefined;
    if (step <= points[0].step)
        return points[0].value;
    for (let i = 1; i < points.length; i++) {
        const a = points[i - 1];
        const b = points[i];
        if (step <= b.step) {
            if (b.step === a.step)
                return b.value;
            return a.value + ((b.value - a.value) * (step - a.step)) / (b.step - a.step);
        }
    }
    return points.at(-1).value;
}
const TRAINING_COLOR = '#1f77b4';
const VALIDATION_COLOR = '#ff7f0e';
function lossChart(training, validation) {
    const steps = thin([...new Set([...(training.length > 0 ? training : validation).map((p) => p.step)])].sort((a, b) => a - b), CHART_POINTS);
    const series = [training, validation].filter((s) => s.length > 0);
    const values = series.map((s) => steps.map((step) => valueAt(s, step)));
    const all = values.flat();
    const min = Math.min(...all);
    const max = Math.max(...all);
    const pad = (max - min) * 0.05 || Math.abs(max) * 0.05 || 0.1;
    const lo = Math.max(0, min - pad);
    const hi = max + pad;
    const palette = [
        training.length > 0 ? TRAINING_COLOR : undefined,
        validation.length > 0 ? VALIDATION_COLOR : undefined,
    ]
        .filter(Boolean)
        .join(', ');
    const lines = [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        '    title "Loss by training step"',
        `    x-axis "step" [${steps.map((s) => (0,markdown/* formatNumber */.ZV)(s, 2)).join(', ')}]`,
        `    y-axis "loss" ${(0,markdown/* formatNumber */.ZV)(lo, 4)} --> ${(0,markdown/* formatNumber */.ZV)(hi, 4)}`,
        ...values.map((v) => `    line [${v.map((x) => (0,markdown/* formatNumber */.ZV)(x, 4)).join(', ')}]`),
        '```',
    ];
    const legend = [];
    if (training.length > 0)
        legend.push('blue: training loss');
    if (validation.length > 0)
        legend.push('orange: validation loss');
    return `${lines.join('\n')}\n\n<sub>${legend.join(' · ')}${validation.length > 0 && training.length > 0 ? ' (validation interpolated between its evaluations)' : ''}</sub>`;
}
function lossTable(training, validation) {
    const byStep = new Map();
    for (const p of training)
        byStep.set(p.step, { ...byStep.get(p.step), t: p.value });
    for (const p of validation)
        byStep.set(p.step, { ...byStep.get(p.step), v: p.value });
    const rows = [...byStep.entries()].sort(([a], [b]) => a - b);
    const shown = thin(rows, TABLE_ROWS);
    const note = shown.length < rows.length ? `\n\n${shown.length} of ${rows.length} steps shown.` : '';
    return ((0,markdown/* table */.tp)(['Step', 'Training loss', 'Validation loss'], shown.map(([step, v]) => [
        (0,markdown/* formatNumber */.ZV)(step, 2),
        v.t !== undefined ? (0,markdown/* formatNumber */.ZV)(v.t, 4) : '',
        v.v !== undefined ? (0,markdown/* formatNumber */.ZV)(v.v, 4) : '',
    ]), ['right', 'right', 'right']) + note);
}

// EXTERNAL MODULE: ./src/lifecycle/training-identity.ts
var training_identity = __webpack_require__(40763);
// EXTERNAL MODULE: ./src/commands/validate.ts + 1 modules
var validate = __webpack_require__(90023);
;// CONCATENATED MODULE: ./src/commands/train.ts
/**
 * `train`: refuse invalid data, check the workspace, upload the data once per content, submit the
 * FineTuning job once per identity, follow it within the run's budget, and on completion tag the model.
 */











const trainCommand = async (ctx) => {
    const startedAt = ctx.clock.now();
    try {
        return await train(ctx, startedAt);
    }
    catch (e) {
        return failed(ctx, (0,errors/* errorMessage */.gJ)(e), e instanceof src_foundry/* FoundryError */.uq ? undefined : e);
    }
};
async function train(ctx, startedAt) {
    const { config, log, event, state } = ctx;
    // The validate command's own checks: invalid data never costs a fine-tune.
    const checked = await (0,validate.validateCommand)(ctx);
    if (checked.status === 'failed') {
        return {
            command: 'train',
            status: 'failed',
            headline: 'Refused to train: the data does not pass validation. Nothing was uploaded or submitted.',
            summary: `### ${'❌'} Training refused: invalid data\n\nNothing was uploaded or submitted.\n\n${checked.summary}`,
            comment: checked.comment,
            outputs: checked.outputs,
            annotations: checked.annotations,
            detail: checked.detail,
            failure: `The training data does not pass validation: ${checked.failure ?? checked.headline}`,
        };
    }
    const tokens = Number(checked.outputs.tokens);
    const { prepared, hyperparameters: hp, identity } = await (0,training_identity/* currentTraining */.g)(ctx);
    state.datasetHash = prepared.datasetHash;
    const foundry = (0,src_foundry/* connectFoundry */.CL)(config, log, ctx.signal, { clock: ctx.clock });
    const checks = await foundry.preflight({
        model: config.model,
        compute: config.training.compute,
        instanceType: config.training.instanceType,
    });
    for (const c of checks)
        if (c.status === 'warning')
            log.warning(`preflight: ${c.detail}`);
    if (!(0,preflight/* preflightPassed */.QZ)(checks)) {
        const failedChecks = checks.filter((c) => c.status === 'failed');
        return {
            command: 'train',
            status: 'failed',
            headline: `Preflight failed: ${failedChecks.map((c) => c.title).join(', ')}. Nothing was created.`,
            summary: `### ❌ Training not started: preflight failed\n\nNothing was uploaded or submitted.\n\n${(0,commands_preflight.renderPreflight)(checks)}`,
            outputs: {},
            annotations: [],
            detail: { preflight: checks },
            failure: failedChecks.map((c) => `${c.title}: ${c.detail}${c.fix ? ` Fix: ${c.fix}` : ''}`).join('\n'),
        };
    }
    const found = await foundry.findJob(identity.key);
    let job;
    let submitted = false;
    let data;
    if (found.job) {
        job = found.job;
        const phase = (0,job_spec/* jobPhase */.zq)(job.properties.status);
        log.info(phase === 'succeeded'
            ? `Job ${job.name} already fine-tuned this data with these hyperparameters; reusing its model.`
            : `Job ${job.name} for this data and these hyperparameters is ${job.properties.status}; following it instead of submitting another.`);
    }
    else {
        const uploaded = await foundry.uploadData({ training: prepared.trainingFile, validation: prepared.validationFile }, { 'foundry-finetune.repository': event.repository, 'foundry-finetune.dataset': prepared.datasetHash });
        data = [uploaded.training, ...(uploaded.validation ? [uploaded.validation] : [])].map((u) => ({
            name: `${u.asset.name}:${u.asset.version}`,
            uri: u.uri,
            reused: !u.uploaded && !u.registered,
        }));
        const attempt = found.nextAttempt;
        if (found.previous.length > 0) {
            const last = found.previous.at(-1);
            log.info(`Earlier attempt ${last.name} ended ${last.properties.status}; submitting attempt ${attempt} as ${found.nextName}.`);
        }
        const body = (0,job_spec/* fineTuningJobBody */.VX)(foundry.ref, {
            model: config.model,
            modelVersion: config.modelVersion,
            trainingUri: uploaded.training.uri,
            validationUri: uploaded.validation?.uri,
            hyperparameters: hp,
            outputModelName: config.training.modelName,
            tags: (0,foundry_identity/* identityTags */._z)(identity, { commit: event.sha, runUrl: event.runUrl }, attempt),
            displayName: `${config.training.modelName} (${event.sha ? event.sha.slice(0, 7) : 'local'})`,
            description: `Fine-tune of ${config.model.id} for ${event.repository} by foundry-finetune${event.runUrl ? ` (${event.runUrl})` : ''}.`,
            experimentName: experimentName(event.repository),
            compute: config.training.compute,
            instanceType: config.training.instanceType,
        });
        job = await foundry.submitJob(found.nextName, body);
        submitted = true;
        log.info(`Submitted fine-tuning job ${job.name} (${config.training.compute ? `managed compute ${config.training.compute}` : 'serverless'}).`);
    }
    // The post step cancels this job if the run is cancelled (cancel-on-abort), or says how to resume it.
    core/* saveState */.LZ('job-name', job.name);
    const url = await (0,lifecycle/* studioLink */.nC)(foundry, job);
    (0,lifecycle/* recordJob */.F9)(state, job, url);
    log.info(`Studio: ${url}`);
    const report = {
        baseModel: `${config.model.id} (version ${config.modelVersion})`,
        compute: config.training.compute,
        hyperparameters: job.properties.fineTuningDetails?.hyperParameters ?? hp,
        tokens: Number.isFinite(tokens) && tokens > 0 ? tokens : undefined,
        epochs: Number(hp[foundry_identity/* HYPERPARAMETER_NAMES */.Rv.epochs]) || undefined,
        examples: prepared.examples,
        datasetHash: prepared.datasetHash,
        data,
        previousAttempts: found.previous.map((p) => ({ name: p.name, status: p.properties.status ?? 'Unknown' })),
    };
    return followAndFinish(ctx, foundry, job, url, report, submitted, startedAt);
}
/** Follows the job within the run's budget and turns how it ended into the step's result. */
async function followAndFinish(ctx, foundry, initial, url, report, submitted, startedAt, command = 'train') {
    const { config, log, state } = ctx;
    const follow = await foundry.followJob(initial.name, {
        pollIntervalMs: config.training.pollIntervalSeconds * 1000,
        deadline: (0,lifecycle/* waitDeadline */.MH)(config.training.wait, startedAt),
        signal: ctx.signal,
        onChange: (0,lifecycle/* logStatusChange */.vy)(log, initial.name),
        initial,
    });
    const job = follow.job;
    (0,lifecycle/* recordJob */.F9)(state, job, url);
    const timeline = follow.timeline.map((t) => ({ status: t.status, elapsedMs: t.elapsedMs }));
    const attempt = (0,foundry_identity/* attemptOf */.tx)(job.name);
    if (follow.outcome !== 'ended') {
        let outcome = follow.outcome === 'aborted' ? 'aborted' : 'handed-off';
        let handOff;
        let status = job.properties.status ?? 'Unknown';
        if (follow.outcome === 'aborted' && config.training.cancelOnAbort) {
            try {
                await foundry.cancelJob(job.name);
                status = 'CancelRequested';
                outcome = 'canceled';
                handOff = `The run was cancelled and \`cancel-on-abort\` is on: cancellation of ${job.name} was requested.`;
                log.info(`Requested cancellation of ${job.name} (cancel-on-abort).`);
            }
            catch (e) {
                handOff = `The run was cancelled; cancelling ${job.name} failed (${(0,errors/* errorMessage */.gJ)(e)}). The post step tries again.`;
            }
        }
        else if (follow.outcome === 'aborted') {
            handOff = `The run was cancelled. Job ${job.name} keeps running in Azure; \`command: resume\` (or the scheduled workflow) picks it up by its tags and carries on to deploy.`;
        }
        else {
            handOff =
                `Stopped following after ${(0,lifecycle/* describeWait */.Ng)(config.training.wait)}. Job ${job.name} keeps running in Azure; ` +
                    '`command: resume` (or the scheduled workflow) picks it up by its tags and carries on to deploy, evaluate and gate.';
        }
        log.info(handOff);
        const r = {
            ...report,
            outcome,
            job: { name: job.name, status, studioUrl: url, attempt, submitted },
            timeline,
            handOff,
        };
        return {
            command,
            status: outcome === 'canceled' ? 'failed' : 'pending',
            headline: outcome === 'canceled'
                ? `Run cancelled; cancellation of ${job.name} requested.`
                : `Job ${job.name} is ${status}; it continues in Azure and a later run resumes it.`,
            summary: renderTrainingSummary(r),
            comment: renderTrainingComment(r),
            outputs: { ...(0,lifecycle/* jobOutputs */.ke)(job, url), 'job-status': status },
            annotations: [],
            detail: { job: r.job, timeline },
            stop: true,
            ...(outcome === 'canceled'
                ? { failure: `The run was cancelled; job ${job.name} was cancelled too.` }
                : {}),
        };
    }
    const phase = (0,job_spec/* jobPhase */.zq)(job.properties.status);
    if (phase !== 'succeeded') {
        const message = (await foundry.jobFailure(job).catch(() => undefined)) ??
            (phase === 'canceled' ? 'The job was canceled.' : 'The service gave no reason.');
        const r = {
            ...report,
            outcome: phase === 'canceled' ? 'canceled' : 'failed',
            job: { name: job.name, status: job.properties.status ?? 'Unknown', studioUrl: url, attempt, submitted },
            timeline,
            durationMs: (0,lifecycle/* jobDurationMs */.u2)(job),
            failure: message,
        };
        const retryNote = 'Running the workflow again submits a new attempt (the same job name with a `-2`, `-3`… suffix).';
        return {
            command,
            status: 'failed',
            headline: `Job ${job.name} ${job.properties.status}: ${message}`,
            summary: `${renderTrainingSummary(r)}\n\n${retryNote}`,
            comment: renderTrainingComment(r),
            outputs: (0,lifecycle/* jobOutputs */.ke)(job, url),
            annotations: [],
            detail: { job: r.job, timeline, failure: message },
            failure: `Fine-tuning job ${job.name} ${job.properties.status}: ${message}`,
        };
    }
    const model = await (0,lifecycle/* tagCompletedModel */.ly)(foundry, job, config.training.modelName);
    state.model = model;
    const lookup = await (0,lifecycle/* readMetrics */.Uw)(foundry, job, log);
    const metrics = lookup.metrics;
    const reused = !submitted && follow.timeline.length <= 1;
    const r = {
        ...report,
        outcome: reused ? 'reused' : 'completed',
        job: { name: job.name, status: job.properties.status ?? 'Completed', studioUrl: url, attempt, submitted },
        timeline,
        durationMs: (0,lifecycle/* jobDurationMs */.u2)(job) ?? ctx.clock.now() - follow.startedAt,
        model,
        loss: metrics
            ? {
                training: metrics.training,
                validation: metrics.validation,
                trainingKey: metrics.trainingLossKey,
                validationKey: metrics.validationLossKey,
                source: {
                    runId: metrics.runId,
                    runName: metrics.runName,
                    fallback: metrics.fallback,
                    truncated: metrics.truncated,
                },
            }
            : undefined,
        lossNote: lookup.reason,
    };
    log.info(`Model ${model.name}:${model.version} (${model.id}).`);
    return {
        command,
        status: 'succeeded',
        headline: reused
            ? `Reused job ${job.name}: model ${model.name} v${model.version} (same data and hyperparameters).`
            : `Job ${job.name} completed: model ${model.name} v${model.version}.`,
        summary: renderTrainingSummary(r),
        comment: renderTrainingComment(r),
        outputs: (0,lifecycle/* jobOutputs */.ke)(job, url, model),
        annotations: [],
        detail: {
            job: r.job,
            timeline,
            model,
            loss: metrics
                ? { training: metrics.training.length, validation: metrics.validation.length }
                : undefined,
        },
    };
}
function experimentName(repository) {
    return `${repository.replace(/[^A-Za-z0-9_-]+/g, '-')}-finetune`.slice(0, 250);
}
function failed(ctx, message, unexpected) {
    if (unexpected)
        ctx.log.debug(String(unexpected.stack ?? unexpected));
    return {
        command: 'train',
        status: 'failed',
        headline: message.split('\n')[0] ?? message,
        summary: `### ❌ Training failed\n\n${message}`,
        outputs: ctx.state.job ? { 'job-name': ctx.state.job.name, 'job-status': ctx.state.job.status } : {},
        annotations: [],
        failure: message,
    };
}


/***/ }),

/***/ 90023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pickAnnotations: () => (/* binding */ pickAnnotations),
  validateCommand: () => (/* binding */ validateCommand),
  validationOutputs: () => (/* binding */ validationOutputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/dataset/index.ts + 2 modules
var dataset = __webpack_require__(45335);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/validation.ts

/** Findings tables longer than this are collapsed in the summary. */
const OPEN_FINDINGS = 10;
/** Findings shown in the PR comment (errors first). */
const COMMENT_FINDINGS = 5;
function verdict(report) {
    if (report.errors > 0)
        return `${markdown/* ICON */.kb.failed} **${(0,markdown/* formatInt */.Dw)(report.errors)} error${report.errors === 1 ? '' : 's'}**`;
    if (report.warnings > 0)
        return `${markdown/* ICON */.kb.warning} valid, with ${(0,markdown/* formatInt */.Dw)(report.warnings)} warning${report.warnings === 1 ? '' : 's'}`;
    return `${markdown/* ICON */.kb.succeeded} valid`;
}
function validationHeadline(report) {
    const training = report.files.find((f) => f.role === 'training');
    const examples = training ? `${(0,markdown/* formatInt */.Dw)(training.stats.examples)} training examples` : 'no training data';
    const tokens = training ? `, ${(0,markdown/* formatInt */.Dw)(training.stats.tokens.total)} tokens` : '';
    const problems = report.errors > 0
        ? `${(0,markdown/* formatInt */.Dw)(report.errors)} error(s), ${(0,markdown/* formatInt */.Dw)(report.warnings)} warning(s)`
        : report.warnings > 0
            ? `valid, ${(0,markdown/* formatInt */.Dw)(report.warnings)} warning(s)`
            : 'valid';
    return `${examples}${tokens}: ${problems}.`;
}
function statsTable(report) {
    const rows = report.files.map((f) => {
        const s = f.stats;
        const roles = s.messagesByRole;
        return [
            `\`${(0,markdown/* cell */.Hn)(f.path)}\` (${f.role})`,
            (0,markdown/* formatInt */.Dw)(s.examples),
            (0,markdown/* formatInt */.Dw)(s.turns),
            (0,markdown/* formatInt */.Dw)(s.tokens.total),
            (0,markdown/* formatInt */.Dw)(s.tokens.p50),
            (0,markdown/* formatInt */.Dw)(s.tokens.p95),
            (0,markdown/* formatInt */.Dw)(s.tokens.max),
            (0,markdown/* formatInt */.Dw)(s.trainedTokens),
            `${(0,markdown/* formatInt */.Dw)(roles.system)} / ${(0,markdown/* formatInt */.Dw)(roles.user)} / ${(0,markdown/* formatInt */.Dw)(roles.assistant)}${roles.tool ? ` / ${(0,markdown/* formatInt */.Dw)(roles.tool)}` : ''}`,
            f.errors > 0 ? `${markdown/* ICON */.kb.failed} ${(0,markdown/* formatInt */.Dw)(f.errors)}` : '0',
            f.warnings > 0 ? `${markdown/* ICON */.kb.warning} ${(0,markdown/* formatInt */.Dw)(f.warnings)}` : '0',
        ];
    });
    return (0,markdown/* table */.tp)([
        'File',
        'Examples',
        'Turns',
        'Tokens',
        'p50',
        'p95',
        'Max',
        'Trained tokens',
        'System / user / assistant (/ tool)',
        'Errors',
        'Warnings',
    ], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
}
function validation_location(f) {
    return f.line === undefined ? `\`${(0,markdown/* cell */.Hn)(f.file)}\`` : `\`${(0,markdown/* cell */.Hn)(f.file)}:${f.line}\``;
}
function findingsTable(findings) {
    return (0,markdown/* table */.tp)(['', 'Where', 'Code', 'Problem', 'Fix'], findings.map((f) => [
        f.severity === 'error' ? markdown/* ICON */.kb.failed : markdown/* ICON */.kb.warning,
        validation_location(f),
        `\`${f.code}\``,
        (0,markdown/* cell */.Hn)(f.message),
        (0,markdown/* cell */.Hn)(f.hint ?? ''),
    ]));
}
function fileFindings(f) {
    if (f.findings.length === 0)
        return '';
    const label = `${f.errors} error(s), ${f.warnings} warning(s) in <code>${(0,markdown/* cell */.Hn)(f.path)}</code>`;
    const omitted = f.omitted > 0
        ? `\n\n${(0,markdown/* formatInt */.Dw)(f.omitted)} more finding(s) of the same kinds are counted but not listed (the first 100 of each kind are).`
        : '';
    const body = findingsTable(f.findings) + omitted;
    return f.findings.length > OPEN_FINDINGS ? (0,markdown/* details */.zH)(label, body) : `**${label}**\n\n${body}`;
}
function diffTable(diff) {
    const ref = diff[0]?.ref ?? '';
    const rows = diff.map((d) => [
        `\`${(0,markdown/* cell */.Hn)(d.path)}\``,
        d.newFile ? 'new file' : (0,markdown/* formatInt */.Dw)(d.baseExamples),
        `+${(0,markdown/* formatInt */.Dw)(d.added)}`,
        `-${(0,markdown/* formatInt */.Dw)(d.removed)}`,
        (0,markdown/* formatInt */.Dw)(d.changed),
        (0,markdown/* formatInt */.Dw)(d.unchanged),
        (0,markdown/* formatSigned */.Gp)(d.tokenDelta, 0),
    ]);
    return (`**Changes against \`${(0,markdown/* cell */.Hn)(ref.slice(0, 12))}\`**\n\n` +
        (0,markdown/* table */.tp)(['File', 'Base examples', 'Added', 'Removed', 'Changed', 'Unchanged', 'Token delta'], rows, [
            'left',
            'right',
            'right',
            'right',
            'right',
            'right',
            'right',
        ]));
}
function estimateText(report) {
    const e = report.estimate;
    const epochs = e.epochsSource === 'input'
        ? `${e.epochs} epochs`
        : `${e.epochs} epochs (default rule for ${(0,markdown/* formatInt */.Dw)(e.examples)} examples)`;
    const cost = e.cost === undefined
        ? 'set `price-per-1k-training-tokens` for a cost estimate'
        : `**≈ ${(0,markdown/* formatMoney */.up)(e.cost)}** at ${e.pricePer1kTokens} per 1K tokens`;
    return `**Training estimate:** ${(0,markdown/* formatInt */.Dw)(e.tokens)} tokens x ${epochs} = ${(0,markdown/* formatInt */.Dw)(e.billedTokens)} billed tokens; ${cost}.`;
}
function splitText(report) {
    const s = report.split;
    if (!s)
        return '';
    return `**Validation split:** no validation file, so ${(0,markdown/* formatInt */.Dw)(s.validation)} of ${(0,markdown/* formatInt */.Dw)(s.training + s.validation)} examples (ratio ${s.ratio}, seed \`${(0,markdown/* cell */.Hn)(s.seed)}\`) are held out; training uses ${(0,markdown/* formatInt */.Dw)(s.training)}. The train command uses the same split.`;
}
function tokenizerNote(report) {
    const t = report.tokenizer;
    const exact = t.exact
        ? 'exact'
        : 'exact except tool calls, which no published template renders (counted as `<|tool_call|>` JSON `<|/tool_call|>`)';
    return `<sub>Tokens: ${(0,markdown/* cell */.Hn)(report.model)} chat template, ${(0,markdown/* cell */.Hn)(t.name)}; ${exact}. Checked in ${(report.elapsedMs / 1000).toFixed(1)}s on ${t.threads} thread${t.threads === 1 ? '' : 's'}.</sub>`;
}
/** The job summary section: everything, with long lists collapsed. */
function renderValidationSummary(report) {
    const parts = [`### Dataset check: ${verdict(report)}`, '', statsTable(report), ''];
    for (const f of report.files) {
        const section = fileFindings(f);
        if (section)
            parts.push(section, '');
    }
    if (report.diff.length > 0)
        parts.push(diffTable(report.diff), '');
    parts.push(estimateText(report), '');
    const split = splitText(report);
    if (split)
        parts.push(split, '');
    parts.push(tokenizerNote(report));
    return parts.join('\n');
}
/** The pull request comment section: the verdict, the numbers, the first findings. */
function renderValidationComment(report, maxFindings = COMMENT_FINDINGS) {
    const parts = [`### Dataset check: ${verdict(report)}`, '', statsTable(report), ''];
    const all = report.files.flatMap((f) => f.findings);
    const first = [
        ...all.filter((f) => f.severity === 'error'),
        ...all.filter((f) => f.severity !== 'error'),
    ].slice(0, maxFindings);
    if (first.length > 0) {
        const more = report.errors + report.warnings - first.length;
        parts.push(findingsTable(first), '');
        if (more > 0)
            parts.push(`…and ${(0,markdown/* formatInt */.Dw)(more)} more in the job summary.`, '');
    }
    if (report.diff.length > 0)
        parts.push(diffTable(report.diff), '');
    parts.push(estimateText(report));
    const split = splitText(report);
    if (split)
        parts.push('', split);
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/commands/validate.ts



/** Paths relative to the repository root, with forward slashes, as annotations and comments need. */
function relativePath(root, file) {
    const rel = external_node_path_default().relative(root, external_node_path_default().resolve(root, file));
    return rel.split((external_node_path_default()).sep).join('/');
}
/** Errors first, then warnings, at most `max`: the ones shown on the pull request diff. */
function pickAnnotations(report, max, extra = []) {
    const all = [...report.files.flatMap((f) => f.findings), ...extra];
    const ordered = [
        ...all.filter((f) => f.severity === 'error'),
        ...all.filter((f) => f.severity === 'warning'),
    ];
    return ordered.slice(0, max).map((f) => ({
        level: f.severity === 'error' ? 'error' : 'warning',
        title: `Dataset ${f.severity}: ${f.code}`,
        message: f.hint ? `${f.message}\n${f.hint}` : f.message,
        file: f.file,
        line: f.line,
    }));
}
function validationOutputs(report, safetyErrors = 0) {
    const training = report.files.find((f) => f.role === 'training');
    return {
        valid: String(report.ok && safetyErrors === 0),
        errors: String(report.errors + safetyErrors),
        warnings: String(report.warnings),
        examples: String(report.estimate.examples),
        tokens: String(training?.stats.tokens.total ?? 0),
        'estimated-cost': report.estimate.cost === undefined ? '' : report.estimate.cost.toFixed(2),
    };
}
function failure(report, failOn, safetyErrors) {
    if (failOn === 'never')
        return undefined;
    if (safetyErrors > 0 && report.errors === 0) {
        return `Content safety: ${safetyErrors} example(s) at or above the severity threshold, or not screened; see the job summary.`;
    }
    if (report.errors + safetyErrors > 0) {
        return `The datasets have ${report.errors + safetyErrors} error(s); see the job summary.`;
    }
    if (failOn === 'warning' && report.warnings > 0)
        return `The datasets have ${report.warnings} warning(s) and fail-on is 'warning'; see the job summary.`;
    return undefined;
}
const validateCommand = async (ctx) => {
    const { config, event, github, log } = ctx;
    const { data, root } = config;
    if (!data.training) {
        const message = "No training data to validate: set the 'training-file' input (or `data.training` in the config file) to your chat JSONL file.";
        return {
            command: 'validate',
            status: 'failed',
            headline: 'No training file configured.',
            summary: `### Dataset check: ${message}`,
            outputs: {
                valid: 'false',
                errors: '1',
                warnings: '0',
                examples: '0',
                tokens: '0',
                'estimated-cost': '',
            },
            annotations: [],
            failure: message,
        };
    }
    const ref = data.baseRef ?? event.pullRequest?.baseSha;
    const report = await (0,dataset/* validateDatasets */.MQ)({
        root,
        model: config.model,
        training: relativePath(root, data.training),
        validation: data.validation ? relativePath(root, data.validation) : undefined,
        golden: data.golden ? relativePath(root, data.golden) : undefined,
        splitRatio: data.splitRatio,
        splitSeed: data.splitSeed,
        epochs: config.training.epochs,
        pricePer1kTokens: config.training.pricePer1kTokens,
        base: ref ? { ref, readFile: (file) => github.readFileAtRef(file, ref) } : undefined,
        log: (m) => log.info(m),
    });
    const safety = await screenContent(ctx, report);
    const safetyFindings = safety?.findings ?? [];
    const failed = failure(report, config.validation.failOn, safetyFindings.length);
    const safetySection = safety ? `\n\n${safety.section}` : '';
    return {
        command: 'validate',
        status: failed ? 'failed' : 'succeeded',
        headline: validationHeadline(report) + (safety?.headline ? ` ${safety.headline}` : ''),
        summary: renderValidationSummary(report) + safetySection,
        comment: renderValidationComment(report) + safetySection,
        outputs: validationOutputs(report, safetyFindings.length),
        annotations: pickAnnotations(report, config.validation.maxAnnotations, safetyFindings),
        detail: safety?.screening ? { ...report, contentSafety: safety.screening } : report,
        failure: failed,
    };
};
/**
 * Every example through Azure AI Content Safety, when an endpoint is configured. Loaded on demand: a
 * check without it never loads the client. A screening that cannot run is reported, and an example that
 * could not be screened is an error: nothing passes unscreened.
 */
async function screenContent(ctx, report) {
    const { config, log } = ctx;
    if (!config.contentSafety.endpoint)
        return undefined;
    const safety = await Promise.all(/* import() */[__webpack_require__.e(362), __webpack_require__.e(875)]).then(__webpack_require__.bind(__webpack_require__, 39362));
    const decision = safety.screeningDecision(config.contentSafety, ctx.event);
    if (!decision.run) {
        log.info(`content safety: not screening (${decision.reason}).`);
        return { findings: [], section: `### Content safety\n\nThe data was not screened: ${decision.reason}.` };
    }
    try {
        const credential = decision.auth === 'azure-credential'
            ? (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(400)]).then(__webpack_require__.bind(__webpack_require__, 6400))).createCredential(config, log)
            : undefined;
        const screening = await safety.screenDataset({
            files: report.files.map((f) => ({ path: f.path })),
            root: config.root,
            config: config.contentSafety,
            credential,
            log,
            signal: ctx.signal,
        });
        return {
            findings: screening.findings,
            screening,
            headline: safety.safetyHeadline(screening),
            section: safety.renderSafetySection(screening),
        };
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const finding = {
            severity: 'error',
            code: 'unscreened',
            message: `The data could not be screened for content safety: ${message}`,
            hint: "Check 'content-safety-endpoint' and 'content-safety-key' (or the identity's role on the Content Safety resource).",
            file: report.files[0]?.path ?? '',
        };
        return {
            findings: [finding],
            headline: 'Content safety: not screened.',
            section: `### Content safety\n\n❌ ${finding.message}`,
        };
    }
}


/***/ }),

/***/ 44581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ recordJob),
/* harmony export */   MH: () => (/* binding */ waitDeadline),
/* harmony export */   Ng: () => (/* binding */ describeWait),
/* harmony export */   P_: () => (/* binding */ findRegisteredModel),
/* harmony export */   Uw: () => (/* binding */ readMetrics),
/* harmony export */   ke: () => (/* binding */ jobOutputs),
/* harmony export */   ly: () => (/* binding */ tagCompletedModel),
/* harmony export */   nC: () => (/* binding */ studioLink),
/* harmony export */   u2: () => (/* binding */ jobDurationMs),
/* harmony export */   vy: () => (/* binding */ logStatusChange)
/* harmony export */ });
/* unused harmony export identityTagsOf */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19198);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32675);
/* harmony import */ var _job_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1644);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33078);





/** Epoch ms at which following must stop, or undefined to follow to the end. */
function waitDeadline(wait, startedAt) {
    switch (wait.kind) {
        case 'no-wait':
            return startedAt;
        case 'minutes':
            return startedAt + wait.minutes * 60_000;
        case 'until-done':
            return wait.capMinutes !== undefined ? startedAt + wait.capMinutes * 60_000 : undefined;
    }
}
function describeWait(wait) {
    switch (wait.kind) {
        case 'no-wait':
            return '`wait: false`';
        case 'minutes':
            return `\`wait: ${wait.minutes}\` minutes`;
        case 'until-done':
            return wait.capMinutes !== undefined
                ? `the ${wait.capMinutes}-minute budget of a GitHub-hosted runner`
                : 'no limit';
    }
}
function logStatusChange(log, jobName) {
    return (c) => log.info(`${jobName}: ${c.status} (+${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(c.elapsedMs)})`);
}
/** The identity tags a job carries (`foundry-finetune.*`), to copy onto the model it registered. */
function identityTagsOf(job) {
    return Object.fromEntries(Object.entries(job.properties.tags ?? {}).filter(([k]) => k.startsWith(`${_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG_PREFIX */ .C_}.`)));
}
/**
 * The model version a completed job registered, from the registry: the newest version of the job's output
 * asset name whose `jobName` is the job (or, for versions registered by hand, that we tagged with it).
 */
async function findRegisteredModel(foundry, job, fallbackName) {
    const name = (0,_job_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .registeredModelName */ .tI)(job) ?? fallbackName;
    const versions = await foundry.listModelVersions(name);
    return versions.find((v) => v.properties.jobName === job.name || v.properties.tags?.[_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .TAGS */ .gp.job] === job.name);
}
/** Tags the registered model with the job's identity; a model already promoted keeps its stage. */
async function tagCompletedModel(foundry, job, fallbackName) {
    const found = await findRegisteredModel(foundry, job, fallbackName);
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .FoundryError */ .uq({
            operation: `find the model registered by job ${job.name}`,
            serviceMessage: `the job Completed but no version of model '${(0,_job_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .registeredModelName */ .tI)(job) ?? fallbackName}' names it as its job (jobName)`,
            fix: 'Look at the job in the studio; its output `registered_model` names the model it registers.',
        });
    }
    const name = (0,_job_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .registeredModelName */ .tI)(job) ?? fallbackName;
    const version = (0,_index_js__WEBPACK_IMPORTED_MODULE_4__/* .versionOf */ .E4)(found);
    const existing = found.properties.tags ?? {};
    const wanted = { ...identityTagsOf(job), [_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .TAGS */ .gp.job]: job.name };
    if (!existing[_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .TAGS */ .gp.stage])
        wanted[_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .TAGS */ .gp.stage] = 'candidate';
    const needsUpdate = Object.entries(wanted).some(([k, v]) => existing[k] !== v);
    const tagged = needsUpdate ? await foundry.setModelTags(name, version, wanted) : found;
    return {
        name,
        version,
        id: await foundry.modelId(name, version),
        tags: { ...existing, ...(tagged.properties.tags ?? {}), ...wanted },
    };
}
/** The job's loss curves, or why there are none (said in the log and in the summary). */
async function readMetrics(foundry, job, log) {
    try {
        const found = await foundry.lossCurves(job);
        if (found.metrics) {
            const m = found.metrics;
            const keys = [m.trainingLossKey, m.validationLossKey].filter(Boolean).join(', ');
            log.info(`Loss curves of ${job.name}: MLflow run ${m.runId}${m.runName ? ` (${m.runName})` : ''}, ${keys}.`);
        }
        else {
            log.info(`No loss curve for ${job.name}: ${found.reason}`);
        }
        return found;
    }
    catch (e) {
        log.warning(`Could not read the training metrics of ${job.name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
        return { reason: `the training metrics could not be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}).` };
    }
}
/** The job's own duration when ARM says when it was created and last changed, once it has ended. */
function jobDurationMs(job) {
    const created = Date.parse(job.systemData?.createdAt ?? '');
    const modified = Date.parse(job.systemData?.lastModifiedAt ?? '');
    if (!Number.isFinite(created) || !Number.isFinite(modified) || modified < created)
        return undefined;
    return modified - created;
}
function recordJob(state, job, url) {
    state.job = { name: job.name, status: job.properties.status ?? 'Unknown', studioUrl: url };
}
function jobOutputs(job, url, model) {
    const out = {
        'job-name': job.name,
        'job-status': job.properties.status ?? 'Unknown',
        'studio-url': url,
    };
    if (model) {
        out['model-name'] = model.name;
        out['model-version'] = model.version;
        out['model-id'] = model.id;
    }
    return out;
}
async function studioLink(foundry, job) {
    const ws = await foundry.workspace().catch(() => foundry.ref);
    return (0,_job_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .studioUrl */ .EL)(ws, job);
}


/***/ }),

/***/ 40763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ currentTraining)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _dataset_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45335);
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32675);
/**
 * What this run would train: the prepared data (with the same seeded split validate reports), its
 * hyperparameters and the job identity they make. `train` submits it; `retrain` compares it with what
 * is in production. One function, so the two can never disagree on what "the same training" is.
 */



async function currentTraining(ctx) {
    const { config, event } = ctx;
    const prepared = await (0,_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareTrainingData */ .Mu)({ config, outDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(ctx.outDir, 'data') });
    const hp = (0,_foundry_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .hyperparameters */ .fB)(config.training, prepared.examples.training);
    const identity = (0,_foundry_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .jobIdentity */ .Kv)({
        repository: event.repository,
        modelId: config.model.id,
        modelVersion: config.modelVersion,
        datasetHash: prepared.datasetHash,
        hyperparameters: hp,
        compute: config.training.compute,
        instanceType: config.training.instanceType,
        outputModelName: config.training.modelName,
    });
    return { prepared, hyperparameters: hp, identity };
}


/***/ })

};

//# sourceMappingURL=7.index.js.map