export const id = 438;
export const ids = [438];
export const modules = {

/***/ 9438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resumeCommand: () => (/* binding */ resumeCommand)
/* harmony export */ });
const resumeCommand = async () => ({
    command: 'resume',
    status: 'skipped',
    headline: '`resume` is not built yet.',
    summary: '',
    outputs: {},
    annotations: [],
});


/***/ })

};

//# sourceMappingURL=438.index.js.map