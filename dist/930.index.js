export const id = 930;
export const ids = [930];
export const modules = {

/***/ 53930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateCommand: () => (/* binding */ gateCommand)
/* harmony export */ });
const gateCommand = async () => ({
    command: 'gate',
    status: 'skipped',
    headline: '`gate` is not built yet.',
    summary: '',
    outputs: {},
    annotations: [],
});


/***/ })

};

//# sourceMappingURL=930.index.js.map