export const id = 7;
export const ids = [7];
export const modules = {

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
// EXTERNAL MODULE: ./src/report/preflight.ts
var report_preflight = __webpack_require__(42181);
// EXTERNAL MODULE: ./src/report/steps.ts
var steps = __webpack_require__(70021);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/lifecycle/retrain-decision.ts
var retrain_decision = __webpack_require__(53356);
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
function jobLink(r) {
    return r.job.studioUrl ? `[${(0,markdown/* code */.aY)(r.job.name, 'text')}](${r.job.studioUrl})` : (0,markdown/* code */.aY)(r.job.name, 'text');
}
/** What the run trains on, in the report's token vocabulary (see report/validation.ts). */
function dataFact(r) {
    const parts = [];
    if (r.examples) {
        parts.push(`${(0,markdown/* plural */.LS)(r.examples.training, 'training example')}, ${(0,markdown/* formatInt */.Dw)(r.examples.validation)} validation`);
    }
    if (r.tokens !== undefined) {
        parts.push(r.epochs
            ? `${(0,markdown/* plural */.LS)(r.tokens, 'token')} x ${(0,markdown/* plural */.LS)(r.epochs, 'epoch')} = **${(0,markdown/* plural */.LS)(r.tokens * r.epochs, 'billed token')}**`
            : (0,markdown/* plural */.LS)(r.tokens, 'token'));
    }
    return parts.length > 0 ? parts.join('; ') : undefined;
}
function renderTrainingSummary(r) {
    const parts = [`### ${HEADLINE[r.outcome]}`, ''];
    if (r.failure) {
        parts.push('> [!CAUTION]', `> **Azure said:** ${(0,markdown/* inline */.mG)(r.failure)}`, '');
    }
    if (r.handOff)
        parts.push(`> [!NOTE]`, `> ${(0,markdown/* inline */.mG)(r.handOff)}`, '');
    const items = [
        ['Job', `${jobLink(r)}${r.job.submitted ? '' : ' (found, not submitted by this run)'}`],
        ['Status', (0,markdown/* inline */.mG)(r.job.status)],
        ['Base model', (0,markdown/* inline */.mG)(r.baseModel)],
        ['Compute', r.compute ? `managed compute ${(0,markdown/* code */.aY)(r.compute, 'text')}` : 'serverless'],
    ];
    if (r.job.attempt && r.job.attempt > 1)
        items.push(['Attempt', String(r.job.attempt)]);
    if (r.model)
        items.push(['Model', `${(0,markdown/* code */.aY)(r.model.name, 'text')} version ${(0,markdown/* inline */.mG)(r.model.version)}`]);
    if (r.durationMs !== undefined) {
        items.push([
            'Duration',
            `${(0,markdown/* formatDuration */.a3)(r.durationMs)} ${r.durationFrom === 'run' ? '(followed by this run)' : "(in Azure: the job's created and end times)"}`,
        ]);
    }
    const data = dataFact(r);
    if (data)
        items.push(['Training data', data]);
    if (r.datasetHash)
        items.push(['Dataset', (0,markdown/* code */.aY)((0,retrain_decision/* shortHash */.BC)(r.datasetHash), 'text')]);
    parts.push((0,markdown/* facts */.Ix)(items), '');
    if (r.tokens !== undefined && r.epochs) {
        parts.push('<sub>**Tokens**: the whole sequence the model reads, chat template included, counted with its tokenizer. **Billed tokens**: tokens of the training split x epochs, what Azure bills.</sub>', '');
    }
    if (r.loss && (r.loss.training.length > 0 || r.loss.validation.length > 0)) {
        parts.push('#### Loss', '');
        const source = lossSource(r.loss);
        if (source)
            parts.push(source, '');
        parts.push(lossChart(r.loss.training, r.loss.validation), '');
        parts.push((0,markdown/* details */.zH)('Loss values', lossTable(r.loss.training, r.loss.validation)), '');
    }
    else if (r.lossNote && (r.outcome === 'completed' || r.outcome === 'reused')) {
        parts.push('#### Loss', '', `No loss curve: ${(0,markdown/* inline */.mG)(r.lossNote)}`, '');
    }
    if (r.timeline.length > 0) {
        const followed = r.timeline.at(-1).elapsedMs;
        parts.push((0,markdown/* details */.zH)(`Status changes this run saw (it followed the job for ${(0,markdown/* formatDuration */.a3)(followed)})`, (0,markdown/* table */.tp)(['Status', 'Seen after'], r.timeline.map((t) => [(0,markdown/* inline */.mG)(t.status), `+${(0,markdown/* formatDuration */.a3)(t.elapsedMs)}`]), ['left', 'right']), r.outcome === 'failed'), '');
    }
    const hp = Object.entries(r.hyperparameters);
    if (hp.length > 0) {
        parts.push((0,markdown/* details */.zH)('Hyperparameters', (0,markdown/* table */.tp)(['Name', 'Value'], hp.map(([k, v]) => [(0,markdown/* code */.aY)(k), (0,markdown/* inline */.mG)(v)]))), '');
    }
    if (r.data && r.data.length > 0) {
        parts.push((0,markdown/* details */.zH)('Data', (0,markdown/* table */.tp)(['Asset', 'Path', 'Upload'], r.data.map((d) => [(0,markdown/* code */.aY)(d.name), (0,markdown/* code */.aY)(d.uri), d.reused ? 'reused (same content)' : 'uploaded']))), '');
    }
    if (r.previousAttempts && r.previousAttempts.length > 0) {
        parts.push((0,markdown/* details */.zH)('Earlier attempts', (0,markdown/* table */.tp)(['Job', 'Status', 'Message'], r.previousAttempts.map((p) => [(0,markdown/* code */.aY)(p.name), (0,markdown/* inline */.mG)(p.status), (0,markdown/* inline */.mG)(p.message ?? '')]))), '');
    }
    if (r.model)
        parts.push((0,markdown/* details */.zH)('Model id', (0,markdown/* codeBlock */.DV)(r.model.id)), '');
    if (r.outcome === 'failed' || r.outcome === 'canceled') {
        parts.push('Running the workflow again submits a new attempt (the same job name with a `-2`, `-3`… suffix).');
    }
    return parts.join('\n').trim();
}
/** Shorter section for the pull request comment. */
function renderTrainingComment(r) {
    const parts = [`### ${HEADLINE[r.outcome]}`, ''];
    if (r.failure)
        parts.push(`**Azure said:** ${(0,markdown/* inline */.mG)(r.failure)}`, '');
    const bits = [`Job ${jobLink(r)}: ${(0,markdown/* inline */.mG)(r.job.status)}`];
    if (r.model)
        bits.push(`model ${(0,markdown/* code */.aY)(r.model.name, 'text')} v${(0,markdown/* inline */.mG)(r.model.version)}`);
    if (r.durationMs !== undefined) {
        bits.push(`${(0,markdown/* formatDuration */.a3)(r.durationMs)} ${r.durationFrom === 'run' ? 'followed' : 'in Azure'}`);
    }
    parts.push(bits.join(' · '));
    if (r.handOff)
        parts.push('', (0,markdown/* inline */.mG)(r.handOff));
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
    const run = `MLflow run ${(0,markdown/* code */.aY)(loss.source.runId, 'text')}${loss.source.runName ? ` (${(0,markdown/* inline */.mG)(loss.source.runName)})` : ''}`;
    const metrics = [loss.trainingKey, loss.validationKey].filter((k) => Boolean(k));
    const named = metrics.map((k) => (0,markdown/* code */.aY)(k, 'text')).join(' and ');
    let text = loss.source.fallback
        ? `From ${run}: it logged no loss metric, so this is ${(0,markdown/* code */.aY)(loss.trainingKey ?? '', 'text')}, its series with the most points.`
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
        v.t !== undefined ? (0,markdown/* formatFixed */.gn)(v.t, 4) : '',
        v.v !== undefined ? (0,markdown/* formatFixed */.gn)(v.v, 4) : '',
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
            summary: (0,report_preflight/* renderTrainingRefused */.bD)(checked.summary),
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
            summary: (0,report_preflight/* renderTrainingNotStarted */.fl)(checks),
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
            durationFrom: 'job',
            failure: message,
        };
        return {
            command,
            status: 'failed',
            headline: `Job ${job.name} ${job.properties.status}: ${message}`,
            summary: renderTrainingSummary(r),
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
        durationFrom: (0,lifecycle/* jobDurationMs */.u2)(job) === undefined ? 'run' : 'job',
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
        summary: (0,steps/* renderFailure */.zt)('Training failed', message),
        outputs: ctx.state.job ? { 'job-name': ctx.state.job.name, 'job-status': ctx.state.job.status } : {},
        annotations: [],
        failure: message,
    };
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


/***/ }),

/***/ 42181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ renderPreflightSummary),
/* harmony export */   bD: () => (/* binding */ renderTrainingRefused),
/* harmony export */   fl: () => (/* binding */ renderTrainingNotStarted)
/* harmony export */ });
/* unused harmony export renderPreflight */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

const STATUS = {
    passed: `${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.succeeded} passed`,
    failed: `${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.failed} failed`,
    warning: `${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.warning} warning`,
};
function renderPreflight(checks) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Check', 'Result', 'Detail', 'Fix'], checks.map((c) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(c.title), STATUS[c.status], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(c.detail), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(c.fix ?? '')]));
}
/** The `preflight` command's section: where it looked, and every check. */
function renderPreflightSummary(where, ok, checks) {
    return `### ${ok ? _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.succeeded : _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.failed} Preflight: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inline */ .mG)(where)}\n\n${renderPreflight(checks)}`;
}
/** `train` stops before creating anything when a preflight check fails. */
function renderTrainingNotStarted(checks) {
    return `### ${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.failed} Training not started: preflight failed\n\nNothing was uploaded or submitted.\n\n${renderPreflight(checks)}`;
}
/** `train` refuses data that does not pass the dataset check; the check's own section follows. */
function renderTrainingRefused(validationSummary) {
    return `### ${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.failed} Training refused: invalid data\n\nNothing was uploaded or submitted.\n\n${validationSummary}`;
}


/***/ })

};

//# sourceMappingURL=7.index.js.map