export const id = 821;
export const ids = [821];
export const modules = {

/***/ 75821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflightCommand: () => (/* binding */ preflightCommand)
/* harmony export */ });
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33078);
/* harmony import */ var _foundry_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19198);
/* harmony import */ var _foundry_preflight_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66534);
/* harmony import */ var _report_preflight_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42181);
/* harmony import */ var _report_steps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70021);
/** `preflight`: what must hold before anything is created in Azure, each failure with its fix. */





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
            summary: (0,_report_preflight_js__WEBPACK_IMPORTED_MODULE_3__/* .renderPreflightSummary */ .SO)(where, ok, checks),
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
            summary: (0,_report_steps_js__WEBPACK_IMPORTED_MODULE_4__/* .renderFailure */ .zt)('Preflight failed', message),
            outputs: {},
            annotations: [],
            failure: message,
        };
    }
};


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

//# sourceMappingURL=821.index.js.map