export const id = 734;
export const ids = [734];
export const modules = {

/***/ 52734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluateCommand: () => (/* binding */ evaluateCommand)
/* harmony export */ });
const evaluateCommand = async () => ({
    command: 'evaluate',
    status: 'skipped',
    headline: '`evaluate` is not built yet.',
    summary: '',
    outputs: {},
    annotations: [],
});


/***/ })

};

//# sourceMappingURL=734.index.js.map