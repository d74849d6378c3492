export const id = 581;
export const ids = [581,876];
export const modules = {

/***/ 10876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CARRY_ON: () => (/* binding */ CARRY_ON),
  COMPLETED_JOBS_CHECKED: () => (/* binding */ COMPLETED_JOBS_CHECKED),
  repositoryJobs: () => (/* binding */ repositoryJobs),
  resumeCommand: () => (/* binding */ resumeCommand)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(88179);
// EXTERNAL MODULE: ./src/foundry/index.ts + 7 modules
var src_foundry = __webpack_require__(33078);
// EXTERNAL MODULE: ./src/foundry/errors.ts
var errors = __webpack_require__(19198);
// EXTERNAL MODULE: ./src/foundry/identity.ts
var identity = __webpack_require__(32675);
// EXTERNAL MODULE: ./src/foundry/job-spec.ts
var job_spec = __webpack_require__(1644);
// EXTERNAL MODULE: ./src/foundry/lifecycle.ts
var lifecycle = __webpack_require__(44581);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/resume.ts
/** `resume`: the other unfinished jobs of the repository, beside the one carried on. Pure. */

function renderOtherJobs(jobs) {
    if (jobs.length === 0)
        return '';
    return [
        '#### Other unfinished jobs of this repository',
        (0,markdown/* table */.tp)(['Job', 'Status', 'Message'], jobs.map((j) => [(0,markdown/* code */.aY)(j.name), (0,markdown/* cell */.Hn)(j.status), (0,markdown/* cell */.Hn)(j.message)])),
        'Only the newest is carried on to deploy; a later run looks at the others again.',
    ].join('\n\n');
}

// EXTERNAL MODULE: ./src/report/steps.ts
var steps = __webpack_require__(70021);
// EXTERNAL MODULE: ./src/commands/train.ts + 1 modules
var train = __webpack_require__(45007);
;// CONCATENATED MODULE: ./src/commands/resume.ts
/**
 * `resume`: picks up this repository's fine-tuning jobs that outlived an earlier run (found by their
 * tags), follows them, and carries on with deploy, evaluate and gate for the newest one that completes.
 */









const resumeCommand = async (ctx) => {
    const startedAt = ctx.clock.now();
    try {
        const foundry = (0,src_foundry/* connectFoundry */.CL)(ctx.config, ctx.log, ctx.signal, { clock: ctx.clock });
        return await resume(ctx, foundry, startedAt);
    }
    catch (e) {
        const message = (0,errors/* errorMessage */.gJ)(e);
        return {
            command: 'resume',
            status: 'failed',
            headline: message.split('\n')[0] ?? message,
            summary: (0,steps/* renderFailure */.zt)('Resume failed', message),
            outputs: {},
            annotations: [],
            failure: message,
        };
    }
};
/** This repository's jobs, newest first. */
function repositoryJobs(jobs, repository) {
    return jobs
        .filter((j) => (j.properties.tags?.[identity/* TAGS */.gp.repository] ?? '').toLowerCase() === repository.toLowerCase())
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
    const mine = repositoryJobs(await foundry.listJobs({ tag: identity/* TAGS */.gp.repository }), event.repository);
    const active = [];
    const superseded = [];
    let checkedCompleted = 0;
    let handedOn;
    for (const job of mine) {
        const phase = (0,job_spec/* jobPhase */.zq)(job.properties.status);
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
            const model = await (0,lifecycle/* findRegisteredModel */.P_)(foundry, job, ctx.config.training.modelName).catch(() => undefined);
            if (model && !model.properties.tags?.[identity/* TAGS */.gp.stage])
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
    core/* saveState */.LZ('job-name', newest.name);
    const url = await (0,lifecycle/* studioLink */.nC)(foundry, newest);
    const details = newest.properties.fineTuningDetails;
    const step = await (0,train.followAndFinish)(ctx, foundry, newest, url, {
        baseModel: details?.model?.uri ?? 'unknown',
        compute: newest.properties.computeId?.split('/').at(-1),
        hyperparameters: details?.hyperParameters ?? {},
        datasetHash: newest.properties.tags?.[identity/* TAGS */.gp.dataset],
    }, false, startedAt, 'resume');
    if (newest.properties.tags?.[identity/* TAGS */.gp.dataset])
        ctx.state.datasetHash = newest.properties.tags[identity/* TAGS */.gp.dataset];
    // The older ones: where they stand now (a later run follows those still running).
    const others = [];
    for (const job of [...older, ...superseded]) {
        const now = (await foundry.getJob(job.name).catch(() => undefined)) ?? job;
        const phase = (0,job_spec/* jobPhase */.zq)(now.properties.status);
        const message = phase === 'failed' ? ((await foundry.jobFailure(now).catch(() => undefined)) ?? '') : '';
        if (phase === 'failed')
            log.warning(`Older job ${now.name} Failed: ${message}`);
        others.push({ name: now.name, status: now.properties.status ?? 'Unknown', message });
    }
    const othersSection = renderOtherJobs(others);
    return {
        ...step,
        summary: othersSection ? `${step.summary}\n\n${othersSection}` : step.summary,
        ...(step.status === 'succeeded' ? { next: CARRY_ON } : {}),
    };
}


/***/ }),

/***/ 43581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RETRAIN_CHAIN: () => (/* binding */ RETRAIN_CHAIN),
  retrainCommand: () => (/* binding */ retrainCommand)
});

// EXTERNAL MODULE: ./src/foundry/errors.ts
var errors = __webpack_require__(19198);
// EXTERNAL MODULE: ./src/foundry/identity.ts
var foundry_identity = __webpack_require__(32675);
// EXTERNAL MODULE: ./src/foundry/index.ts + 7 modules
var src_foundry = __webpack_require__(33078);
// EXTERNAL MODULE: ./src/foundry/job-spec.ts
var job_spec = __webpack_require__(1644);
// EXTERNAL MODULE: ./src/foundry/endpoint-name.ts
var endpoint_name = __webpack_require__(34094);
// EXTERNAL MODULE: ./src/lifecycle/inventory.ts
var inventory = __webpack_require__(74268);
// EXTERNAL MODULE: ./src/lifecycle/registry.ts
var registry = __webpack_require__(62877);
// EXTERNAL MODULE: ./src/lifecycle/retrain-decision.ts
var retrain_decision = __webpack_require__(53356);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/retrain.ts



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
        : `### ${markdown/* ICON */.kb.skipped} No retraining`;
    const parts = [heading, (0,markdown/* inline */.mG)(decision.headline)];
    const changed = new Set(decision.changes.map((c) => c.kind));
    const mark = (kind, text) => (changed.has(kind) ? `**${text}**` : text);
    const rows = [
        [
            'Dataset',
            mark('dataset', (0,markdown/* code */.aY)((0,retrain_decision/* shortHash */.BC)(identity.input.datasetHash))),
            production ? (0,markdown/* code */.aY)((0,retrain_decision/* shortHash */.BC)(production.datasetHash)) : '',
        ],
        [
            'Hyperparameters',
            mark('hyperparameters', (0,markdown/* cell */.Hn)(hpText(r.hp))),
            production ? (0,markdown/* cell */.Hn)(productionHpText(decision)) : '',
        ],
        [
            'Base model',
            mark('base model', (0,markdown/* cell */.Hn)(`${identity.input.modelId}:${identity.input.modelVersion}`)),
            production ? (0,markdown/* cell */.Hn)(production.tags[foundry_identity/* TAGS */.gp.model] ?? '(not tagged)') : '',
        ],
        [
            'Compute',
            mark('compute', (0,markdown/* cell */.Hn)(identity.input.compute ?? 'serverless')),
            production ? (changed.has('compute') ? 'differs' : 'same') : '',
        ],
        ['Identity', (0,markdown/* code */.aY)(identity.key), production ? (0,markdown/* code */.aY)(production.identity ?? '(not tagged)') : ''],
    ];
    parts.push((0,markdown/* table */.tp)(['Trained on', 'Current data', production ? `Production (${(0,markdown/* code */.aY)(production.version)})` : 'Production'], rows));
    if (!production)
        parts.push('No version of this repository is tagged `stage=production` yet.');
    if (decision.changes.length > 0) {
        parts.push(`What changed: ${decision.changes.map((c) => (0,markdown/* inline */.mG)((0,retrain_decision/* describeChange */.uQ)(c))).join('; ')}.`);
    }
    if (decision.notes.length > 0)
        parts.push(decision.notes.map((n) => `- ${(0,markdown/* inline */.mG)(n)}`).join('\n'));
    if (decision.train) {
        parts.push(`Next: ${r.chain.map((c) => `\`${c}\``).join(' → ')}, as on a merge. A fine-tune is identified by its data and hyperparameters, so a second run at the same time follows the same job instead of submitting another.`);
    }
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/report/steps.ts
var steps = __webpack_require__(70021);
// EXTERNAL MODULE: ./src/commands/resume.ts + 1 modules
var resume = __webpack_require__(10876);
// EXTERNAL MODULE: ./src/lifecycle/training-identity.ts
var training_identity = __webpack_require__(40763);
;// CONCATENATED MODULE: ./src/commands/retrain.ts
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
        const message = (0,errors/* errorMessage */.gJ)(e);
        return {
            command: 'retrain',
            status: 'failed',
            headline: message.split('\n')[0] ?? message,
            summary: (0,steps/* renderFailure */.zt)('Retrain check failed', message),
            outputs: {},
            annotations: [],
            failure: message,
        };
    }
};
async function retrain(ctx) {
    const { config, event, log } = ctx;
    const { prepared, hyperparameters: hp, identity } = await (0,training_identity/* currentTraining */.g)(ctx);
    log.info(`Current identity ${identity.key}: dataset ${prepared.datasetHash}, hyperparameters ${JSON.stringify(hp)}.`);
    const foundry = (0,src_foundry/* connectFoundry */.CL)(config, log, ctx.signal, { clock: ctx.clock });
    const name = config.training.modelName;
    const [versions, endpoints, jobs, productionRef, ws] = await Promise.all([
        (0,registry/* repositoryVersions */.YR)(foundry, config, event.repository),
        foundry.listEndpoints(),
        foundry.listJobs({ tag: foundry_identity/* TAGS */.gp.repository }),
        (0,registry/* findProduction */.lG)(foundry, config, event.repository),
        foundry.workspace(),
    ]);
    const entries = (0,inventory/* buildInventory */.Rs)(name, versions, endpoints, (v) => (0,endpoint_name/* modelAssetId */.ji)(ws, name, v));
    const production = productionRef ? entries.find((e) => e.version === productionRef.version) : undefined;
    const mine = (0,resume.repositoryJobs)(jobs, event.repository);
    const running = mine
        .filter((j) => (0,job_spec/* jobPhase */.zq)(j.properties.status) === 'active')
        .map((j) => ({ name: j.name, status: j.properties.status ?? 'Unknown', tags: j.properties.tags ?? {} }));
    const sameIdentity = mine.filter((j) => j.properties.tags?.[foundry_identity/* TAGS */.gp.identity] === identity.key);
    const completedJob = sameIdentity.find((j) => (0,job_spec/* jobPhase */.zq)(j.properties.status) === 'succeeded')?.name;
    const endedAttempts = completedJob ? [] : await endedAttemptsOf(foundry, sameIdentity);
    const productionHyperparameters = production && production.tags[foundry_identity/* TAGS */.gp.hyperparameters] !== identity.hyperparametersHash
        ? await trainedWith(foundry, production)
        : undefined;
    const decision = (0,retrain_decision/* decideRetrain */.o6)({
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
    const summary = renderRetrainSummary({ decision, identity, hp, production, chain: RETRAIN_CHAIN });
    return {
        command: 'retrain',
        status: decision.train ? 'succeeded' : 'skipped',
        headline: decision.headline,
        summary,
        models: { entries, now: ctx.clock.now() },
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
        const phase = (0,job_spec/* jobPhase */.zq)(job.properties.status);
        if (phase !== 'failed' && phase !== 'canceled')
            continue;
        const message = ended.length === 0 ? await foundry.jobFailure(job).catch(() => undefined) : undefined;
        ended.push({ name: job.name, status: job.properties.status ?? 'Unknown', phase, message });
    }
    return ended;
}
/** The hyperparameters a version was trained with live on its job; a missing job only costs the detail. */
async function trainedWith(foundry, entry) {
    const jobName = entry.tags[foundry_identity/* TAGS */.gp.job];
    if (!jobName)
        return undefined;
    const job = await foundry.getJob(jobName).catch(() => undefined);
    return job?.properties.fineTuningDetails?.hyperParameters;
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


/***/ })

};

//# sourceMappingURL=581.index.js.map