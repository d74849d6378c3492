export const id = 787;
export const ids = [787];
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


/***/ })

};

//# sourceMappingURL=787.index.js.map