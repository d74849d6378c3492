export const id = 668;
export const ids = [668];
export const modules = {

/***/ 29668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ defaultEpochs),
/* harmony export */   h: () => (/* binding */ estimateTraining)
/* harmony export */ });
/**
 * Epochs when none is set: the rule of OpenAI's fine-tuning data-preparation guide (target 3 epochs,
 * but at least 100 and at most 25,000 example passes, within 1..25 epochs), which Azure's defaults follow.
 */
function defaultEpochs(examples) {
    const target = 3;
    if (examples <= 0)
        return target;
    if (examples * target < 100)
        return Math.min(25, Math.floor(100 / examples));
    if (examples * target > 25_000)
        return Math.max(1, Math.floor(25_000 / examples));
    return target;
}
function estimateTraining(examples, tokens, epochs, pricePer1kTokens, estimatedExamples = 0) {
    const chosen = epochs ?? defaultEpochs(examples);
    const billedTokens = tokens * chosen;
    return {
        examples,
        tokens,
        estimatedExamples,
        epochs: chosen,
        epochsSource: epochs === undefined ? 'rule' : 'input',
        billedTokens,
        pricePer1kTokens,
        cost: pricePer1kTokens === undefined ? undefined : (billedTokens / 1000) * pricePer1kTokens,
    };
}


/***/ })

};

//# sourceMappingURL=668.index.js.map