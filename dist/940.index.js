export const id = 940;
export const ids = [940];
export const modules = {

/***/ 76940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isDatasetWorker: () => (/* binding */ isDatasetWorker),
/* harmony export */   runDatasetWorker: () => (/* binding */ runDatasetWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42232);
/* harmony import */ var _chunk_analysis_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97404);
/** Entry of a dataset worker thread: analyzes chunks of lines for the main thread's pipeline. */



/** True in a thread started by the pipeline (also when the thread runs a bundled entry file). */
function isDatasetWorker() {
    return node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort !== null && !!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.[_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKER_FLAG */ .oy];
}
let running = false;
/**
 * Serves the pipeline's requests on this thread. Idempotent: a bundled entry calls it, and so does this
 * module when it is the thread's own entry (running from source).
 */
function runDatasetWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    if (!port || running)
        return;
    running = true;
    const sessions = new Map();
    const reply = (message, transfer = []) => port.postMessage(message, transfer);
    port.on('message', (m) => {
        if (m.type === 'config') {
            const session = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveOptions */ .$i)(m.config).then((options) => ({
                options,
                previews: new _chunk_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .PreviewTracker */ .Ns(),
            }));
            session.catch(() => undefined);
            sessions.set(m.configId, session);
            return;
        }
        if (m.type === 'release') {
            sessions.delete(m.configId);
            return;
        }
        const session = sessions.get(m.configId);
        if (!session) {
            reply({ id: m.id, error: `dataset worker: unknown file ${m.configId}` });
            return;
        }
        session.then((s) => {
            try {
                const results = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeIn */ .S2)(s, m);
                // The chunk's buffer goes back too, to be filled with the next chunk.
                const buffer = m.data.buffer;
                reply({ id: m.id, results, buffer, loadMs: s.options.tokenizer?.loadMs }, [
                    results.info.buffer,
                    results.nums.buffer,
                    buffer,
                ]);
            }
            catch (e) {
                reply({ id: m.id, error: e instanceof Error ? e.message : String(e) });
            }
        }, (e) => reply({ id: m.id, error: e instanceof Error ? e.message : String(e) }));
    });
    reply({ ready: true });
}
if (isDatasetWorker())
    runDatasetWorker();


/***/ })

};

//# sourceMappingURL=940.index.js.map