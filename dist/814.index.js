export const id = 814;
export const ids = [814];
export const modules = {

/***/ 6814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/** Post step: runs only when the workflow run was cancelled (`post-if: cancelled()` in action.yml). */
async function runPost() { }


/***/ })

};

//# sourceMappingURL=814.index.js.map