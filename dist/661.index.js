export const id = 661;
export const ids = [661];
export const modules = {

/***/ 86661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88179);
/* harmony import */ var _config_build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85060);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99012);
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33078);
/* harmony import */ var _foundry_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19198);
/* harmony import */ var _foundry_job_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1644);
/**
 * Post step: runs only when the workflow run was cancelled (`post-if: cancelled()` in action.yml). With
 * `cancel-on-abort: true` it cancels the job the main step submitted; otherwise it says that the job goes
 * on in Azure and how a later run picks it up. Never throws: a post step must not hide the main result.
 */








async function runPost() {
    const jobName = _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getState */ .Gu('job-name');
    if (!jobName) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq('foundry-finetune post: no fine-tuning job was submitted in this run; nothing to cancel.');
        return;
    }
    if (_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getState */ .Gu('cancel-on-abort') !== 'true') {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`foundry-finetune post: the run was cancelled; job ${jobName} continues in Azure (cancel-on-abort is off). ` +
            '`command: resume` or the scheduled workflow picks it up by its tags.');
        return;
    }
    try {
        const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
        const log = (0,_main_js__WEBPACK_IMPORTED_MODULE_4__.actionLogger)();
        for (const name of ['github-token', 'endpoint-key', 'baseline-endpoint-key', 'judge-endpoint-key']) {
            log.secret(_actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(name));
        }
        const config = (0,_config_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildConfig */ .fD)({
            getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .getInput */ .V4(name),
            readFile: (relative) => {
                const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, relative);
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') : undefined;
            },
            root,
            repository: process.env.GITHUB_REPOSITORY,
            runnerEnvironment: process.env.RUNNER_ENVIRONMENT,
        });
        const foundry = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_5__/* .connectFoundry */ .CL)(config, log);
        const job = await foundry.getJob(jobName);
        if (!job) {
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`foundry-finetune post: job ${jobName} does not exist; nothing to cancel.`);
            return;
        }
        const status = job.properties.status ?? 'Unknown';
        if ((0,_foundry_job_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .isTerminal */ .Hd)(status) || /^cancelrequested$/i.test(status)) {
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`foundry-finetune post: job ${jobName} is ${status}; nothing to cancel.`);
            return;
        }
        await foundry.cancelJob(jobName);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`foundry-finetune post: the run was cancelled; cancellation of job ${jobName} requested (cancel-on-abort).`);
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`foundry-finetune post: could not cancel job ${jobName}: ${(0,_foundry_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(e)} It may still be running: cancel it in the studio, or let \`resume\` pick it up.`);
    }
}


/***/ })

};

//# sourceMappingURL=661.index.js.map