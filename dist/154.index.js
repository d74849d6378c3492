export const id = 154;
export const ids = [154];
export const modules = {

/***/ 3154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflightCommand: () => (/* binding */ preflightCommand)
/* harmony export */ });
const preflightCommand = async () => ({
    command: 'preflight',
    status: 'skipped',
    headline: '`preflight` is not built yet.',
    summary: '',
    outputs: {},
    annotations: [],
});


/***/ })

};

//# sourceMappingURL=154.index.js.map