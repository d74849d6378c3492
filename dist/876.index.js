export const id = 876;
export const ids = [876];
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


/***/ })

};

//# sourceMappingURL=876.index.js.map