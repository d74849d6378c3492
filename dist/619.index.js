export const id = 619;
export const ids = [619,787];
export const modules = {

/***/ 59787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CARRY_ON: () => (/* binding */ CARRY_ON),
/* harmony export */   COMPLETED_JOBS_CHECKED: () => (/* binding */ COMPLETED_JOBS_CHECKED),
/* harmony export */   repositoryJobs: () => (/* binding */ repositoryJobs),
/* harmony export */   resumeCommand: () => (/* binding */ resumeCommand)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88179);
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33078);
/* harmony import */ var _foundry_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19198);
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32675);
/* harmony import */ var _foundry_job_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1644);
/* harmony import */ var _foundry_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44581);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54285);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45007);
/**
 * `resume`: picks up this repository's fine-tuning jobs that outlived an earlier run (found by their
 * tags), follows them, and carries on with deploy, evaluate and gate for the newest one that completes.
 */








const resumeCommand = async (ctx) => {
    const startedAt = ctx.clock.now();
    try {
        const foundry = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .connectFoundry */ .CL)(ctx.config, ctx.log, ctx.signal, { clock: ctx.clock });
        return await resume(ctx, foundry, startedAt);
    }
    catch (e) {
        const message = (0,_foundry_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e);
        return {
            command: 'resume',
            status: 'failed',
            headline: message.split('\n')[0] ?? message,
            summary: `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .ICON */ .kb.failed} Resume failed\n\n${message}`,
            outputs: {},
            annotations: [],
            failure: message,
        };
    }
};
/** This repository's jobs, newest first. */
function repositoryJobs(jobs, repository) {
    return jobs
        .filter((j) => (j.properties.tags?.[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.repository] ?? '').toLowerCase() === repository.toLowerCase())
        .sort((a, b) => created(b) - created(a));
}
/** What a resumed job that completes goes on to, in this run. */
const CARRY_ON = ['deploy', 'evaluate', 'gate'];
/** How many of the newest completed jobs are checked for a model that was never handed on. */
const COMPLETED_JOBS_CHECKED = 10;
function created(job) {
    return Date.parse(job.systemData?.createdAt ?? '') || 0;
}
async function resume(ctx, foundry, startedAt) {
    const { log, event } = ctx;
    // Jobs_List filters by tag key only (`tag`); the value is compared here.
    const mine = repositoryJobs(await foundry.listJobs({ tag: _foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.repository }), event.repository);
    const active = [];
    const superseded = [];
    let checkedCompleted = 0;
    let handedOn;
    for (const job of mine) {
        const phase = (0,_foundry_job_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .jobPhase */ .zq)(job.properties.status);
        // Newest data wins: jobs older than one already carried on to deploy are only reported.
        if (handedOn) {
            if (phase === 'active')
                superseded.push(job);
            continue;
        }
        if (phase === 'active')
            active.push(job);
        else if (phase === 'succeeded' && checkedCompleted++ < COMPLETED_JOBS_CHECKED) {
            // A job that completed after its run stopped following it was never carried on: its model has no stage.
            const model = await (0,_foundry_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .findRegisteredModel */ .P_)(foundry, job, ctx.config.training.modelName).catch(() => undefined);
            if (model && !model.properties.tags?.[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.stage])
                active.push(job);
            else if (model)
                handedOn = job;
        }
    }
    if (active.length === 0) {
        if (superseded.length > 0) {
            log.info(`Still running but older than ${handedOn.name}, which was carried on: ${superseded.map((j) => j.name).join(', ')}.`);
        }
        return {
            command: 'resume',
            status: 'skipped',
            headline: `No unfinished fine-tuning job of ${event.repository}.`,
            summary: '',
            outputs: {},
            annotations: [],
        };
    }
    active.sort((a, b) => created(b) - created(a));
    const [newest, ...older] = active;
    log.info(`Resuming ${newest.name}${older.length ? `; also unfinished: ${older.map((j) => j.name).join(', ')}` : ''}.`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ('job-name', newest.name);
    const url = await (0,_foundry_lifecycle_js__WEBPACK_IMPORTED_MODULE_5__/* .studioLink */ .nC)(foundry, newest);
    const details = newest.properties.fineTuningDetails;
    const step = await (0,_train_js__WEBPACK_IMPORTED_MODULE_7__.followAndFinish)(ctx, foundry, newest, url, {
        baseModel: details?.model?.uri ?? 'unknown',
        compute: newest.properties.computeId?.split('/').at(-1),
        hyperparameters: details?.hyperParameters ?? {},
        datasetHash: newest.properties.tags?.[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.dataset],
    }, false, startedAt, 'resume');
    if (newest.properties.tags?.[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.dataset])
        ctx.state.datasetHash = newest.properties.tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.dataset];
    // The older ones: where they stand now (a later run follows those still running).
    let othersTable = '';
    if (older.length > 0 || superseded.length > 0) {
        const rows = [];
        for (const job of [...older, ...superseded]) {
            const now = (await foundry.getJob(job.name).catch(() => undefined)) ?? job;
            const phase = (0,_foundry_job_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .jobPhase */ .zq)(now.properties.status);
            const message = phase === 'failed' ? ((await foundry.jobFailure(now).catch(() => undefined)) ?? '') : '';
            if (phase === 'failed')
                log.warning(`Older job ${now.name} Failed: ${message}`);
            rows.push([`\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .cell */ .Hn)(now.name)}\``, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .cell */ .Hn)(now.properties.status ?? 'Unknown'), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .cell */ .Hn)(message)]);
        }
        othersTable = `\n\n#### Other unfinished jobs of this repository\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(['Job', 'Status', 'Message'], rows)}\n\nOnly the newest is carried on to deploy; a later run looks at the others again.`;
    }
    return {
        ...step,
        summary: step.summary + othersTable,
        ...(step.status === 'succeeded' ? { next: CARRY_ON } : {}),
    };
}


/***/ }),

/***/ 93619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RETRAIN_CHAIN: () => (/* binding */ RETRAIN_CHAIN),
/* harmony export */   renderRetrainSummary: () => (/* binding */ renderRetrainSummary),
/* harmony export */   retrainCommand: () => (/* binding */ retrainCommand)
/* harmony export */ });
/* harmony import */ var _foundry_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19198);
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32675);
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33078);
/* harmony import */ var _foundry_job_spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1644);
/* harmony import */ var _foundry_endpoint_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34094);
/* harmony import */ var _lifecycle_inventory_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74268);
/* harmony import */ var _lifecycle_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62877);
/* harmony import */ var _lifecycle_retrain_decision_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(53356);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(54285);
/* harmony import */ var _report_models_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(71698);
/* harmony import */ var _resume_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(59787);
/* harmony import */ var _lifecycle_training_identity_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(40763);
/**
 * `retrain`: the scheduled question "does production still reflect the repository's data?". Computes the
 * identity `train` would submit (data hash, hyperparameters, base model, compute), compares it with the
 * model in production, the jobs still running and the versions already trained, and either stops with the
 * reason or hands on to train -> deploy -> evaluate -> gate (`next`), exactly as a merge would.
 */












/** What a decision to retrain runs next: the same chain as a merge to the default branch. */
const RETRAIN_CHAIN = ['train', 'deploy', 'evaluate', 'gate'];
const retrainCommand = async (ctx) => {
    try {
        return await retrain(ctx);
    }
    catch (e) {
        const message = (0,_foundry_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e);
        return {
            command: 'retrain',
            status: 'failed',
            headline: message.split('\n')[0] ?? message,
            summary: `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .ICON */ .kb.failed} Retrain check failed\n\n${message}`,
            outputs: {},
            annotations: [],
            failure: message,
        };
    }
};
async function retrain(ctx) {
    const { config, event, log } = ctx;
    const { prepared, hyperparameters: hp, identity } = await (0,_lifecycle_training_identity_js__WEBPACK_IMPORTED_MODULE_11__/* .currentTraining */ .g)(ctx);
    log.info(`Current identity ${identity.key}: dataset ${prepared.datasetHash}, hyperparameters ${JSON.stringify(hp)}.`);
    const foundry = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .connectFoundry */ .CL)(config, log, ctx.signal, { clock: ctx.clock });
    const name = config.training.modelName;
    const [versions, endpoints, jobs, productionRef, ws] = await Promise.all([
        (0,_lifecycle_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryVersions */ .YR)(foundry, config, event.repository),
        foundry.listEndpoints(),
        foundry.listJobs({ tag: _foundry_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TAGS */ .gp.repository }),
        (0,_lifecycle_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .findProduction */ .lG)(foundry, config, event.repository),
        foundry.workspace(),
    ]);
    const entries = (0,_lifecycle_inventory_js__WEBPACK_IMPORTED_MODULE_5__/* .buildInventory */ .Rs)(name, versions, endpoints, (v) => (0,_foundry_endpoint_name_js__WEBPACK_IMPORTED_MODULE_4__/* .modelAssetId */ .ji)(ws, name, v));
    const production = productionRef ? entries.find((e) => e.version === productionRef.version) : undefined;
    const mine = (0,_resume_js__WEBPACK_IMPORTED_MODULE_10__.repositoryJobs)(jobs, event.repository);
    const running = mine
        .filter((j) => (0,_foundry_job_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .jobPhase */ .zq)(j.properties.status) === 'active')
        .map((j) => ({ name: j.name, status: j.properties.status ?? 'Unknown', tags: j.properties.tags ?? {} }));
    const sameIdentity = mine.filter((j) => j.properties.tags?.[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TAGS */ .gp.identity] === identity.key);
    const completedJob = sameIdentity.find((j) => (0,_foundry_job_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .jobPhase */ .zq)(j.properties.status) === 'succeeded')?.name;
    const endedAttempts = completedJob ? [] : await endedAttemptsOf(foundry, sameIdentity);
    const productionHyperparameters = production && production.tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TAGS */ .gp.hyperparameters] !== identity.hyperparametersHash
        ? await trainedWith(foundry, production)
        : undefined;
    const decision = (0,_lifecycle_retrain_decision_js__WEBPACK_IMPORTED_MODULE_7__/* .decideRetrain */ .o6)({
        identity,
        production,
        entries,
        running,
        force: config.training.force,
        productionHyperparameters,
        endedAttempts,
        completedJob,
    });
    log.info(`retrain: ${decision.headline}`);
    for (const note of decision.notes)
        log.info(note);
    const summary = renderRetrainSummary({ decision, identity, hp, production, entries, now: ctx.clock.now() });
    return {
        command: 'retrain',
        status: decision.train ? 'succeeded' : 'skipped',
        headline: decision.headline,
        summary,
        outputs: {},
        annotations: decision.reason === 'failing'
            ? [{ level: 'warning', title: 'Scheduled retraining stopped', message: decision.headline }]
            : [],
        detail: {
            decision: decision.reason,
            train: decision.train,
            identity: identity.key,
            datasetHash: identity.input.datasetHash,
            hyperparameters: hp,
            production: production ? { version: production.version, identity: production.identity } : undefined,
            changes: decision.changes,
            reuse: decision.reuse?.version,
            runningJob: decision.runningJob?.name,
        },
        ...(decision.train ? { next: RETRAIN_CHAIN } : {}),
    };
}
/** Attempts that ended without a model, newest first; the newest with the service's reason. */
async function endedAttemptsOf(foundry, jobs) {
    const ended = [];
    for (const job of jobs) {
        const phase = (0,_foundry_job_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .jobPhase */ .zq)(job.properties.status);
        if (phase !== 'failed' && phase !== 'canceled')
            continue;
        const message = ended.length === 0 ? await foundry.jobFailure(job).catch(() => undefined) : undefined;
        ended.push({ name: job.name, status: job.properties.status ?? 'Unknown', phase, message });
    }
    return ended;
}
/** The hyperparameters a version was trained with live on its job; a missing job only costs the detail. */
async function trainedWith(foundry, entry) {
    const jobName = entry.tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TAGS */ .gp.job];
    if (!jobName)
        return undefined;
    const job = await foundry.getJob(jobName).catch(() => undefined);
    return job?.properties.fineTuningDetails?.hyperParameters;
}
function productionHpText(decision) {
    const change = decision.changes.find((c) => c.kind === 'hyperparameters');
    if (!change)
        return 'same';
    return change.details ? `differ: ${change.details.join('; ')}` : 'differ';
}
function hpText(hp) {
    return Object.entries(hp)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
}
function renderRetrainSummary(r) {
    const { decision, identity, production } = r;
    const heading = decision.train
        ? `### 🔁 Retraining${decision.reason === 'forced' ? ' (forced)' : ''}`
        : `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .ICON */ .kb.skipped} No retraining`;
    const parts = [heading, '', decision.headline];
    const changed = new Set(decision.changes.map((c) => c.kind));
    const mark = (kind, text) => (changed.has(kind) ? `**${text}**` : text);
    const rows = [
        [
            'Dataset',
            mark('dataset', `\`${(0,_lifecycle_retrain_decision_js__WEBPACK_IMPORTED_MODULE_7__/* .shortHash */ .BC)(identity.input.datasetHash)}\``),
            production ? `\`${(0,_lifecycle_retrain_decision_js__WEBPACK_IMPORTED_MODULE_7__/* .shortHash */ .BC)(production.datasetHash)}\`` : '',
        ],
        [
            'Hyperparameters',
            mark('hyperparameters', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(hpText(r.hp))),
            production ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(productionHpText(decision)) : '',
        ],
        [
            'Base model',
            mark('base model', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(`${identity.input.modelId}:${identity.input.modelVersion}`)),
            production ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(production.tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .TAGS */ .gp.model] ?? '(not tagged)') : '',
        ],
        [
            'Compute',
            mark('compute', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(identity.input.compute ?? 'serverless')),
            production ? (changed.has('compute') ? 'differs' : 'same') : '',
        ],
        [
            'Identity',
            `\`${identity.key}\``,
            production ? `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(production.identity ?? '(not tagged)')}\`` : '',
        ],
    ];
    parts.push('', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .table */ .tp)(['', 'Current data', production ? `Production (\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)(production.version)}\`)` : 'Production'], rows));
    if (!production)
        parts.push('', 'No version of this repository is tagged `stage=production` yet.');
    if (decision.changes.length > 0) {
        parts.push('', `What changed: ${decision.changes.map((c) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .cell */ .Hn)((0,_lifecycle_retrain_decision_js__WEBPACK_IMPORTED_MODULE_7__/* .describeChange */ .uQ)(c))).join('; ')}.`);
    }
    if (decision.notes.length > 0)
        parts.push('', ...decision.notes.map((n) => `- ${n}`));
    if (decision.train) {
        parts.push('', `Next: ${RETRAIN_CHAIN.map((c) => `\`${c}\``).join(' → ')}, as on a merge. A fine-tune is identified by its data and hyperparameters, so a second run at the same time follows the same job instead of submitting another.`);
    }
    parts.push('', '#### Fine-tuned models', '', (0,_report_models_js__WEBPACK_IMPORTED_MODULE_9__/* .renderModelTable */ .y3)(r.entries, { now: r.now }));
    return parts.join('\n');
}


/***/ }),

/***/ 74268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ liveEndpoints),
/* harmony export */   En: () => (/* binding */ endpointStateOf),
/* harmony export */   KV: () => (/* binding */ isProduction),
/* harmony export */   Rs: () => (/* binding */ buildInventory),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   v3: () => (/* binding */ sameModelId)
/* harmony export */ });
/* unused harmony export metricsFromTags */
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32675);
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33078);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62877);
/**
 * This repository's fine-tuned model versions as `retrain` and `cleanup` see them: stage, dataset, metrics
 * from the promotion tags, age, and the serverless endpoints that deploy each one. Pure.
 */



function metricsFromTags(tags) {
    const metrics = {};
    for (const [key, value] of Object.entries(tags)) {
        if (!key.startsWith(_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTION_TAGS */ .ar.metricPrefix))
            continue;
        const n = Number(value);
        if (value.trim() !== '' && Number.isFinite(n))
            metrics[key.slice(_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTION_TAGS */ .ar.metricPrefix.length)] = n;
    }
    return metrics;
}
/**
 * Newest first: by version number when both are numbers (the registry numbers versions in order), else by
 * creation time, else by version text.
 */
function newestFirst(a, b) {
    const va = Number(a.version);
    const vb = Number(b.version);
    if (a.version.trim() !== '' && b.version.trim() !== '' && Number.isFinite(va) && Number.isFinite(vb)) {
        if (va !== vb)
            return vb - va;
    }
    const ta = a.createdAt ?? 0;
    const tb = b.createdAt ?? 0;
    if (ta !== tb)
        return tb - ta;
    return b.version.localeCompare(a.version);
}
/** Model ids compare without case: ARM normalizes the location and GUID casing as it likes. */
function sameModelId(a, b) {
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
function buildInventory(name, versions, endpoints, idOf) {
    return versions
        .map((v) => {
        const version = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(v);
        const id = idOf(version);
        const tags = v.properties.tags ?? {};
        const created = Date.parse(v.systemData?.createdAt ?? '');
        return {
            name,
            version,
            id,
            createdAt: Number.isFinite(created) ? created : undefined,
            tags,
            stage: tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.stage] ?? '',
            datasetHash: tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.dataset],
            identity: tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity],
            metrics: metricsFromTags(tags),
            endpoints: endpoints
                .filter((e) => sameModelId(e.properties.modelSettings?.modelId, id))
                .map((e) => ({ name: e.name, state: endpointStateOf(e) }))
                .sort((x, y) => x.name.localeCompare(y.name)),
        };
    })
        .sort(newestFirst);
}
/** Deleting shows in `endpointState` while `provisioningState` may still say Succeeded. */
function endpointStateOf(e) {
    if (/^deleting$/i.test(e.properties.endpointState ?? ''))
        return 'Deleting';
    return e.properties.provisioningState ?? 'Unknown';
}
function isProduction(entry) {
    return entry.stage === _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGES */ .an.production;
}
/** Endpoints that still serve (or are about to serve) requests: everything but one being deleted or failed. */
function liveEndpoints(entry) {
    return entry.endpoints.filter((e) => !/^(deleting|failed|canceled)$/i.test(e.state));
}


/***/ }),

/***/ 62877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ hasWorkspace),
/* harmony export */   Lo: () => (/* binding */ endpointFor),
/* harmony export */   YR: () => (/* binding */ repositoryVersions),
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   ar: () => (/* binding */ PROMOTION_TAGS),
/* harmony export */   lG: () => (/* binding */ findProduction),
/* harmony export */   uW: () => (/* binding */ metricTags)
/* harmony export */ });
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32675);
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33078);


const STAGES = {
    candidate: 'candidate',
    production: 'production',
    /** A former production version, replaced by a promotion. */
    archived: 'archived',
    /** Its gates failed: retraining the same data would only repeat that. */
    rejected: 'rejected',
};
const PROMOTION_TAGS = {
    previousProduction: `${_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PREFIX */ .C_}.previous-production`,
    promotedAt: `${_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PREFIX */ .C_}.promoted-at`,
    promotedBy: `${_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PREFIX */ .C_}.promoted-by`,
    metricPrefix: `${_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PREFIX */ .C_}.metric.`,
};
/** Metrics worth keeping on the model itself, so the models table and retrain can read them later. */
const TAGGED_METRICS = ['exact_match', 'f1', 'rougeL', 'bleu', 'latency_p95_ms', 'unsafe_rate'];
function metricTags(view) {
    const tags = {};
    for (const name of TAGGED_METRICS) {
        const value = view.candidate[name];
        if (value !== undefined && Number.isFinite(value)) {
            tags[`${PROMOTION_TAGS.metricPrefix}${name}`] = String(Number(value.toFixed(4)));
        }
    }
    return tags;
}
/** Whether the config names a workspace at all: without one there is no registry to ask. */
function hasWorkspace(config) {
    return Boolean(config.azure.subscriptionId && config.azure.resourceGroup && config.azure.workspace);
}
/** This repository's versions of the configured model, newest first. */
async function repositoryVersions(foundry, config, repository) {
    const versions = await foundry.listModelVersions(config.training.modelName, {
        tags: { [_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.repository]: repository },
    });
    return [...versions].sort((a, b) => Number((0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(b)) - Number((0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(a)) || (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(b).localeCompare((0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(a)));
}
/**
 * The version in production: tagged `stage=production`; when a half-finished promotion left two, the one
 * promoted last.
 */
async function findProduction(foundry, config, repository) {
    const production = (await repositoryVersions(foundry, config, repository)).filter((v) => v.properties.tags?.[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.stage] === STAGES.production);
    const promotedAt = (v) => v.properties.tags?.[PROMOTION_TAGS.promotedAt] ?? '';
    const newest = production.sort((a, b) => promotedAt(b).localeCompare(promotedAt(a)))[0];
    if (!newest)
        return undefined;
    const version = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(newest);
    return {
        name: config.training.modelName,
        version,
        id: await foundry.modelId(config.training.modelName, version),
        tags: newest.properties.tags ?? {},
    };
}
/** The serverless endpoint that serves a model id and finished provisioning, if any. */
async function endpointFor(foundry, modelId) {
    return (await foundry.listEndpoints()).find((e) => e.properties.modelSettings?.modelId === modelId &&
        /^succeeded$/i.test(e.properties.provisioningState ?? 'Succeeded'));
}


/***/ }),

/***/ 53356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   o6: () => (/* binding */ decideRetrain),
/* harmony export */   uQ: () => (/* binding */ describeChange)
/* harmony export */ });
/* unused harmony exports MAX_FAILED_ATTEMPTS, changesFrom, diffHyperparameters */
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32675);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62877);
/**
 * Whether a scheduled `retrain` fine-tunes: the identity of the current data and hyperparameters (the job
 * identity `train` would submit) against the model in production, the jobs still running and the versions
 * already trained on the same identity. Pure.
 *
 * Choices:
 * - A job of the same identity still running: skip; `resume` follows it (the job lookup would follow it too,
 *   so training would not pay twice, but it would only duplicate `resume`'s work).
 * - A job of another identity still running (older data): train anyway. Its result would be out of date on
 *   arrival, and the current data is what the repository says production should learn from. The older job
 *   is named in the summary; it keeps running (and billing) until it ends or is cancelled.
 * - The newest version of the same identity was rejected by the gates: skip unless `force`, since the same
 *   fine-tune would fail the same gates. `force` re-runs deploy, evaluate and gate on it (after the gates or
 *   golden set changed, say).
 * - `force` never pays for a second fine-tune of the same identity: `train` reuses the completed job. To
 *   fine-tune the same data again, change a hyperparameter (e.g. a `seed`).
 * - Attempts of the same identity that ended without a model: one failure is retried (a transient quota or
 *   capacity error, say); after MAX_FAILED_ATTEMPTS failures, or once someone canceled the newest attempt,
 *   a schedule stops resubmitting (each attempt is billed) until `force` or a change.
 */


/** Failed attempts of one identity after which a schedule stops resubmitting it by itself. */
const MAX_FAILED_ATTEMPTS = 2;
function shortHash(hash) {
    return hash ? hash.slice(0, 10) : '-';
}
function label(entry) {
    return `${entry.name}:${entry.version}`;
}
function modelTag(identity) {
    return `${identity.input.modelId}:${identity.input.modelVersion}`;
}
/**
 * What differs between the identity a version was trained with (its tags) and the current one; with the
 * hyperparameters it was trained with, which of them changed.
 */
function changesFrom(tags, identity, trainedWith) {
    if (tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity] === identity.key)
        return [];
    const changes = [];
    const compare = (kind, tag, now) => {
        if (tags[tag] !== now)
            changes.push({ kind, before: tags[tag], after: now });
    };
    compare('dataset', _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.dataset, identity.input.datasetHash);
    compare('hyperparameters', _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.hyperparameters, identity.hyperparametersHash);
    compare('base model', _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.model, modelTag(identity));
    const hp = changes.find((c) => c.kind === 'hyperparameters');
    if (hp && trainedWith) {
        const details = diffHyperparameters(trainedWith, identity.input.hyperparameters);
        if (details.length > 0)
            hp.details = details;
    }
    // Same data, hyperparameters and base model under another identity: compute or instance type moved.
    if (changes.length === 0 && tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity] !== undefined) {
        changes.push({
            kind: 'compute',
            before: tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity],
            after: identity.key,
        });
    }
    return changes;
}
function describeChange(change) {
    switch (change.kind) {
        case 'dataset':
            return `dataset ${shortHash(change.before)} → ${shortHash(change.after)}`;
        case 'hyperparameters':
            if (change.details)
                return `hyperparameters ${change.details.join(', ')}`;
            return change.before ? 'hyperparameters changed' : 'hyperparameters (not tagged on production)';
        case 'base model':
            return `base model ${change.before ?? '(not tagged)'} → ${change.after}`;
        case 'compute':
            return `compute or instance type (identity ${change.before} → ${change.after})`;
    }
}
function decideRetrain(facts) {
    const { identity, production, force } = facts;
    const same = (tags) => tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity] === identity.key;
    const runningSame = facts.running.find((j) => same(j.tags));
    const runningOther = facts.running.filter((j) => !same(j.tags));
    const notes = runningOther.map((j) => `Job ${j.name} (${j.status}, dataset ${shortHash(j.tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.dataset])}) is still running on other data or hyperparameters; it keeps running, and billing, until it ends or is cancelled in the studio.`);
    if (runningSame) {
        return {
            train: false,
            reason: 'running',
            headline: `Already training: job ${runningSame.name} (${runningSame.status}) fine-tunes this data with these hyperparameters; \`resume\` follows it.`,
            changes: production ? changesFrom(production.tags, identity, facts.productionHyperparameters) : [],
            notes,
            runningJob: runningSame,
        };
    }
    const dataset = shortHash(identity.input.datasetHash);
    const changes = production ? changesFrom(production.tags, identity, facts.productionHyperparameters) : [];
    if (production) {
        if (changes.length === 0) {
            if (!force) {
                return {
                    train: false,
                    reason: 'unchanged',
                    headline: `Nothing changed: production model ${label(production)} was trained on dataset ${dataset} with the same hyperparameters.`,
                    changes,
                    notes,
                };
            }
            return {
                train: true,
                reason: 'forced',
                headline: `\`force: true\`: nothing changed since production model ${label(production)}, but deploy, evaluate and gate run again on it.`,
                changes,
                notes: [
                    ...notes,
                    `The fine-tune of this identity is reused, not paid for again; to fine-tune the same data anew, change a hyperparameter (a \`seed\`, say).`,
                ],
                reuse: production,
            };
        }
    }
    const trainedBefore = facts.entries.find((e) => same(e.tags) && e.stage !== _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.production);
    const why = production
        ? `${changes.map(describeChange).join('; ')} since production model ${label(production)}`
        : 'no model of this repository is in production yet';
    if (trainedBefore?.stage === _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.rejected) {
        if (!force) {
            return {
                train: false,
                reason: 'rejected',
                headline: `Not retraining: ${label(trainedBefore)} was already fine-tuned on dataset ${dataset} with these hyperparameters and its gates failed; the same fine-tune would fail them again.`,
                changes,
                notes: [
                    ...notes,
                    'Change the data or the hyperparameters, or set `force: true` to deploy, evaluate and gate it again (after changing the gates or the golden set, say).',
                ],
                reuse: trainedBefore,
            };
        }
        return {
            train: true,
            reason: 'forced',
            headline: `\`force: true\`: ${label(trainedBefore)} (rejected) is deployed, evaluated and gated again; ${why}.`,
            changes,
            notes,
            reuse: trainedBefore,
        };
    }
    if (trainedBefore) {
        return {
            train: true,
            reason: 'unfinished',
            headline: `Retraining: ${why}. ${label(trainedBefore)} was already fine-tuned on this data${trainedBefore.stage ? ` (stage ${trainedBefore.stage})` : ''}; its fine-tune is reused and it goes on to deploy, evaluate and gate.`,
            changes,
            notes,
            reuse: trainedBefore,
        };
    }
    if (facts.completedJob) {
        // The fine-tune exists but its model is gone (cleanup removed it): it is never paid for twice.
        return {
            train: false,
            reason: 'deleted',
            headline: `Not retraining: job ${facts.completedJob} already fine-tuned this data with these hyperparameters, and its model was deleted since (cleanup removes versions that are not in production).`,
            changes,
            notes: [
                ...notes,
                'A fine-tune is never repeated for the same identity: change the data or a hyperparameter (a `seed`, say) to train again.',
            ],
        };
    }
    const attempts = facts.endedAttempts ?? [];
    const newest = attempts[0];
    const failed = attempts.filter((a) => a.phase === 'failed');
    const reasonText = newest?.message ? `: ${newest.message.replace(/\.?\s*$/, '')}` : '';
    if (newest?.phase === 'canceled' && !force) {
        return {
            train: false,
            reason: 'canceled',
            headline: `Not retraining: job ${newest.name}, the fine-tune of this data and these hyperparameters, was canceled; a schedule does not resubmit what someone canceled.`,
            changes,
            notes: [...notes, 'Set `force: true` (or push a change) to submit it again.'],
        };
    }
    if (failed.length >= MAX_FAILED_ATTEMPTS && !force) {
        return {
            train: false,
            reason: 'failing',
            headline: `Not retraining: the last ${failed.length} attempts to fine-tune this data with these hyperparameters failed (${failed.map((a) => a.name).join(', ')})${reasonText}.`,
            changes,
            notes: [
                ...notes,
                'Fix the cause (the data, the hyperparameters or the workspace quota), or set `force: true` to try again.',
            ],
        };
    }
    if (newest) {
        notes.push(`The previous attempt ${newest.name} ended ${newest.status}${reasonText}; this run submits another (at most ${MAX_FAILED_ATTEMPTS} failed attempts are retried by a schedule).`);
    }
    return {
        train: true,
        reason: production ? 'changed' : 'first',
        headline: `Retraining: ${why}${newest ? ` (attempt ${attempts.length + 1}; ${newest.name} ${newest.status})` : ''}.`,
        changes,
        notes,
    };
}
/** `name: before → after` for every hyperparameter that differs, in name order. */
function diffHyperparameters(before, after) {
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return names
        .filter((n) => before[n] !== after[n])
        .map((n) => `${n}: ${before[n] ?? '(unset)'} → ${after[n] ?? '(unset)'}`);
}


/***/ }),

/***/ 71698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y3: () => (/* binding */ renderModelTable)
/* harmony export */ });
/* unused harmony exports METRIC_ORDER, MAX_METRIC_COLUMNS, MAX_ROWS, formatAge, metricColumns */
/* harmony import */ var _lifecycle_retrain_decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);


/** Metrics shown first when a model carries them; others follow by name. */
const METRIC_ORDER = [
    'f1',
    'exact_match',
    'rougeL',
    'bleu',
    'similarity',
    'latency_p95_ms',
    'unsafe_rate',
];
/** Beyond this the table gets too wide to read on a phone; the rest stay on the model's tags. */
const MAX_METRIC_COLUMNS = 4;
const MAX_ROWS = 30;
function formatAge(ms) {
    if (ms === undefined || !Number.isFinite(ms))
        return '?';
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${hours} h`;
    return `${Math.floor(hours / 24)} d`;
}
function metricColumns(entries) {
    const present = new Set(entries.flatMap((e) => Object.keys(e.metrics)));
    const known = METRIC_ORDER.filter((m) => present.has(m));
    const others = [...present].filter((m) => !METRIC_ORDER.includes(m)).sort();
    return [...known, ...others].slice(0, MAX_METRIC_COLUMNS);
}
function stageCell(stage) {
    if (!stage)
        return '(none)';
    return stage === 'production' ? '**production**' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(stage);
}
function deployedCell(entry) {
    if (entry.endpoints.length === 0)
        return 'no';
    return entry.endpoints
        .map((e) => `\`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(e.name)}\`${/^succeeded$/i.test(e.state) ? '' : ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(e.state)})`}`)
        .join(', ');
}
function metricCell(value, name) {
    if (value === undefined)
        return '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(value, name.endsWith('_ms') ? 0 : 3);
}
function renderModelTable(entries, options) {
    if (entries.length === 0)
        return '_No fine-tuned model of this repository is registered yet._';
    const metrics = metricColumns(entries);
    const headers = ['Version', 'Stage', 'Dataset', ...metrics, 'Deployed', 'Age'];
    const align = ['left', 'left', 'left', ...metrics.map(() => 'right'), 'left', 'right'];
    if (options.extra) {
        headers.push(options.extra.header);
        align.push('left');
    }
    const limit = options.maxRows ?? MAX_ROWS;
    const rows = entries.slice(0, limit).map((e) => {
        const row = [
            `\`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(e.version)}\``,
            stageCell(e.stage),
            e.datasetHash ? `\`${(0,_lifecycle_retrain_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .BC)(e.datasetHash)}\`` : '',
            ...metrics.map((m) => metricCell(e.metrics[m], m)),
            deployedCell(e),
            formatAge(e.createdAt === undefined ? undefined : options.now - e.createdAt),
        ];
        if (options.extra)
            row.push(options.extra.cell(e));
        return row;
    });
    const name = entries[0].name;
    const parts = [`Model \`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(name)}\`:`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(headers, rows, align)];
    if (entries.length > limit)
        parts.push('', `…and ${entries.length - limit} older versions, not shown.`);
    return parts.join('\n');
}


/***/ })

};

//# sourceMappingURL=619.index.js.map