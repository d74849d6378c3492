export const id = 881;
export const ids = [881];
export const modules = {

/***/ 9881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupCommand: () => (/* binding */ cleanupCommand)
/* harmony export */ });
const cleanupCommand = async () => ({
    command: 'cleanup',
    status: 'skipped',
    headline: '`cleanup` is not built yet.',
    summary: '',
    outputs: {},
    annotations: [],
});


/***/ })

};

//# sourceMappingURL=881.index.js.map