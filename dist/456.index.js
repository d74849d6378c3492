export const id = 456;
export const ids = [456];
export const modules = {

/***/ 43456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retrainCommand: () => (/* binding */ retrainCommand)
/* harmony export */ });
const retrainCommand = async () => ({
    command: 'retrain',
    status: 'skipped',
    headline: '`retrain` is not built yet.',
    summary: '',
    outputs: {},
    annotations: [],
});


/***/ })

};

//# sourceMappingURL=456.index.js.map