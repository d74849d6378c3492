export const id = 167;
export const ids = [167];
export const modules = {

/***/ 6167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainCommand: () => (/* binding */ trainCommand)
/* harmony export */ });
const trainCommand = async () => ({
    command: 'train',
    status: 'skipped',
    headline: '`train` is not built yet.',
    summary: '',
    outputs: {},
    annotations: [],
});


/***/ })

};

//# sourceMappingURL=167.index.js.map