export const id = 821;
export const ids = [821];
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


/***/ })

};

//# sourceMappingURL=821.index.js.map