export const id = 335;
export const ids = [335];
export const modules = {

/***/ 82668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bj: () => (/* binding */ FileAccumulator)
});

// UNUSED EXPORTS: FINDINGS_PER_CODE, MIN_EXAMPLES

// EXTERNAL MODULE: ./src/dataset/analyze.ts + 1 modules
var analyze = __webpack_require__(14510);
// EXTERNAL MODULE: ./src/dataset/chunk-analysis.ts
var chunk_analysis = __webpack_require__(97404);
// EXTERNAL MODULE: ./src/dataset/hash.ts
var hash = __webpack_require__(81182);
;// CONCATENATED MODULE: ./src/dataset/histogram.ts
/**
 * Token-length percentiles in fixed memory: one counter per length up to a cap (512 KB for 131,072),
 * so percentiles are exact for every example at or under the cap. Longer examples are counted in an
 * overflow bucket and reported as the cap (they are already errors: over every model's context).
 */
class LengthHistogram {
    cap;
    counts;
    n = 0;
    sum = 0;
    maximum = 0;
    constructor(cap = 131_072) {
        this.cap = cap;
        this.counts = new Uint32Array(cap + 2);
    }
    add(length) {
        this.counts[Math.min(length, this.cap + 1)] += 1;
        this.n += 1;
        this.sum += length;
        if (length > this.maximum)
            this.maximum = length;
    }
    get count() {
        return this.n;
    }
    get total() {
        return this.sum;
    }
    get max() {
        return this.maximum;
    }
    get mean() {
        return this.n === 0 ? 0 : this.sum / this.n;
    }
    /** Nearest-rank percentile (the smallest length with at least q of the examples at or below it). */
    percentile(q) {
        if (this.n === 0)
            return 0;
        const rank = Math.max(1, Math.ceil(q * this.n));
        let seen = 0;
        for (let length = 0; length < this.counts.length; length++) {
            seen += this.counts[length];
            if (seen >= rank)
                return Math.min(length, this.maximum);
        }
        return this.maximum;
    }
}

;// CONCATENATED MODULE: ./src/dataset/accumulate.ts
/**
 * Folds one file's line results, in line order, into its report: statistics, duplicate and overlap
 * detection, findings that need the whole file (system-prompt variants, outliers, too few examples).
 */




/** Findings listed per code and file; beyond it they are counted (the summary says how many). */
const FINDINGS_PER_CODE = 100;
const MAX_SYSTEM_VARIANTS = 1000;
const OUTLIER_CANDIDATES = 20;
const SPLIT_BLOCK = 1 << 16;
/** Azure's minimum for a training file. */
const MIN_EXAMPLES = 10;
class FileAccumulator {
    options;
    histogram = new LengthHistogram();
    examples = new hash/* HashTable64 */.PB();
    prompts = new hash/* HashTable64 */.PB();
    findings = [];
    perCode = new Map();
    errors = 0;
    warnings = 0;
    omitted = 0;
    stats = {
        turns: 0,
        roles: { system: 0, user: 0, assistant: 0, tool: 0 },
        assistantTokens: 0,
        trainedTokens: 0,
        estimated: 0,
    };
    lines = 0;
    /** Blank lines not yet followed by an example: the first ones' numbers, and how many. */
    trailingBlank = [];
    trailingBlankCount = 0;
    crlfLines = 0;
    firstCrlf = 0;
    brokenStringFinding;
    /** The finding of a run of consecutive document fragments (pretty-printed or array lines). */
    fragmentRun;
    systemVariants = [];
    systemIndex = new hash/* HashTable64 */.PB(64);
    systemVariantsOverflow = false;
    withSystem = 0;
    withoutSystem = [];
    withoutSystemCount = 0;
    longest = [];
    /**
     * Split entries in fixed blocks: growing never copies, and at most one block is unused. No line
     * numbers: entries are in file order, which is the split's tie-break.
     */
    splitBlocks = [];
    splitCount = 0;
    diffCounts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    /** Base examples and prompts already matched by a line of this file: each base line matches once. */
    baseUsed = { examples: new hash/* HashTable64 */.PB(64), prompts: new hash/* HashTable64 */.PB(64) };
    constructor(options) {
        this.options = options;
    }
    get exampleCount() {
        return this.histogram.count;
    }
    /** Adds a finding about a line (or the file, without line), respecting the per-code cap. */
    addFinding(severity, code, message, hint, line) {
        if (this.options.quiet)
            return;
        if (severity === 'error')
            this.errors += 1;
        else if (severity === 'warning')
            this.warnings += 1;
        const n = (this.perCode.get(code) ?? 0) + 1;
        this.perCode.set(code, n);
        if (n > FINDINGS_PER_CODE) {
            this.omitted += 1;
            return;
        }
        const where = line === undefined ? '' : `Line ${line} `;
        this.findings.push({
            severity,
            code,
            message: line === undefined ? message : `${where}${message}`,
            hint,
            file: this.options.path,
            line,
        });
    }
    /** Folds in a chunk's results; `firstLine` numbers its first line. Chunks must come in file order. */
    addChunk(results, firstLine, bom) {
        const { info, nums, extras } = results;
        let next = 0;
        for (let i = 0; i < results.lines; i++) {
            let extra;
            if (next < extras.length && extras[next].index === i)
                extra = extras[next++];
            const line = firstLine + i;
            if (i === 0 && bom) {
                this.addFinding('warning', 'bom', 'starts with a UTF-8 byte order mark (BOM). Accepted: Azure reads files with and without one.', undefined, line);
            }
            this.addLine(info[i], nums, i * chunk_analysis/* COLUMNS */.cZ, extra, line);
        }
        this.lines = Math.max(this.lines, firstLine + results.lines - 1);
    }
    addLine(info, nums, row, extra, line) {
        if (info & chunk_analysis/* INFO_CRLF */.X5) {
            if (this.crlfLines === 0)
                this.firstCrlf = line;
            this.crlfLines += 1;
        }
        const kind = info & chunk_analysis/* KIND_MASK */.FO;
        if (kind === chunk_analysis/* KIND_BLANK */.KJ) {
            if (this.trailingBlank.length < FINDINGS_PER_CODE)
                this.trailingBlank.push(line);
            this.trailingBlankCount += 1;
            return;
        }
        this.flushBlankLines();
        const findings = extra?.findings ?? [];
        // A raw line break inside a string shows up as a broken line followed by its continuation(s).
        if (kind === chunk_analysis/* KIND_INVALID */.hn &&
            this.brokenStringFinding &&
            !(info & chunk_analysis/* INFO_OPENS_OBJECT */.XY) &&
            findings[0]?.code !== 'not-utf8') {
            const f = this.brokenStringFinding;
            const range = f.message.match(/\(continues on lines? (\d+)/);
            f.message = range
                ? f.message.replace(/\(continues on lines? (\d+)(?:-\d+)?\)/, `(continues on lines ${range[1]}-${line})`)
                : `${f.message} (continues on line ${line})`;
            if (info & chunk_analysis/* INFO_CLOSES_OBJECT */.X4)
                this.brokenStringFinding = undefined;
            return;
        }
        this.brokenStringFinding = undefined;
        // A pretty-printed or JSON-array file is one finding per run of lines, not one per line.
        const code = kind === chunk_analysis/* KIND_INVALID */.hn ? findings[0]?.code : undefined;
        if (code === 'pretty-printed' || code === 'json-array') {
            const run = this.fragmentRun;
            if (run && run.last === line - 1) {
                run.last = line;
                run.finding.message =
                    run.finding.message.replace(/ \(lines \d+-\d+ too\)$/, '') + ` (lines ${run.first}-${line} too)`;
                return;
            }
        }
        this.fragmentRun = undefined;
        for (const f of findings)
            this.addFinding(f.severity, f.code, f.message, f.hint, line);
        if (code === 'pretty-printed' || code === 'json-array') {
            const last = this.findings[this.findings.length - 1];
            if (last?.line === line)
                this.fragmentRun = { finding: last, first: line, last: line };
        }
        if (kind === chunk_analysis/* KIND_INVALID */.hn) {
            if (info & chunk_analysis/* INFO_OPENS_OBJECT */.XY) {
                const last = this.findings[this.findings.length - 1];
                if (last?.line === line && last.code === 'raw-newline')
                    this.brokenStringFinding = last;
            }
            return;
        }
        this.addExample(info, nums, row, extra, line);
    }
    /** Blank lines followed by an example are warnings; at the end of the file they are one finding. */
    flushBlankLines() {
        if (this.trailingBlankCount === 0)
            return;
        for (const blank of this.trailingBlank) {
            this.addFinding('warning', 'blank-line', 'is blank. Blank lines between examples are skipped here, but some tools reject them.', 'Delete the blank line.', blank);
        }
        for (let n = this.trailingBlank.length; n < this.trailingBlankCount; n++) {
            this.addFinding('warning', 'blank-line', '', undefined, undefined);
        }
        this.trailingBlank = [];
        this.trailingBlankCount = 0;
    }
    addExample(info, nums, row, extra, line) {
        const tokens = nums[row + chunk_analysis/* COL_TOKENS */.Y$];
        this.histogram.add(tokens);
        const system = nums[row + chunk_analysis/* COL_ROLES */.fs];
        const assistant = nums[row + chunk_analysis/* COL_ROLES */.fs + 2];
        this.stats.turns += assistant;
        this.stats.roles.system += system;
        this.stats.roles.user += nums[row + chunk_analysis/* COL_ROLES */.fs + 1];
        this.stats.roles.assistant += assistant;
        this.stats.roles.tool += nums[row + chunk_analysis/* COL_ROLES */.fs + 3];
        this.stats.assistantTokens += nums[row + chunk_analysis/* COL_ASSISTANT */.o2];
        this.stats.trainedTokens += nums[row + chunk_analysis/* COL_TRAINED */.Vc];
        if (info & chunk_analysis/* INFO_ESTIMATED */.A3)
            this.stats.estimated += 1;
        this.trackLongest(line, tokens);
        const exHi = nums[row + chunk_analysis/* COL_EXAMPLE */._8];
        const exLo = nums[row + chunk_analysis/* COL_EXAMPLE */._8 + 1];
        // A base revision only needs how often each example and prompt occurs (duplicates included).
        let first;
        if (this.options.quiet)
            this.examples.add(exHi, exLo, 1);
        else
            first = this.examples.insert(exHi, exLo, line);
        if (first !== undefined && first !== line) {
            this.addFinding('warning', 'duplicate', `is an exact duplicate of line ${first}.`, 'Remove one of the two: duplicates weigh an example twice and can leak into the validation split.', line);
        }
        const overlap = this.options.overlapWith;
        const inTraining = overlap?.examples.lookup(exHi, exLo);
        if (overlap && inTraining !== undefined) {
            this.addFinding('warning', 'train-validation-overlap', `is also in ${overlap.path} (line ${inTraining}): the validation loss measures memorization, not generalization.`, 'Remove the example from one of the two files.', line);
        }
        const hasPrompt = (info & chunk_analysis/* INFO_PROMPT */.yU) !== 0;
        const prHi = nums[row + chunk_analysis/* COL_PROMPT */.ug];
        const prLo = nums[row + chunk_analysis/* COL_PROMPT */.ug + 1];
        if (hasPrompt) {
            if (this.options.quiet)
                this.prompts.add(prHi, prLo, 1);
            else
                this.prompts.insert(prHi, prLo, line);
        }
        const base = this.options.base;
        if (base)
            this.countDiff(base, exHi, exLo, hasPrompt, prHi, prLo);
        const seed = this.options.splitSeed;
        if (seed !== undefined)
            this.pushSplitKey((0,analyze/* splitKeyOf */.p7)(seed, { hi: exHi, lo: exLo }), tokens);
        if (info & chunk_analysis/* INFO_SYSTEM */.N5) {
            this.withSystem += 1;
            const at = this.systemIndex.lookup(nums[row + chunk_analysis/* COL_SYSTEM */.zq], nums[row + chunk_analysis/* COL_SYSTEM */.zq + 1]);
            const v = at === undefined ? undefined : this.systemVariants[at];
            if (v) {
                v.count += 1;
                if (!v.preview && extra?.systemPreview)
                    v.preview = extra.systemPreview;
            }
            else if (this.systemVariants.length < MAX_SYSTEM_VARIANTS) {
                this.systemIndex.insert(nums[row + chunk_analysis/* COL_SYSTEM */.zq], nums[row + chunk_analysis/* COL_SYSTEM */.zq + 1], this.systemVariants.length);
                this.systemVariants.push({ count: 1, firstLine: line, preview: extra?.systemPreview ?? '' });
            }
            else {
                this.systemVariantsOverflow = true;
            }
        }
        else {
            this.withoutSystemCount += 1;
            if (this.withoutSystem.length < FINDINGS_PER_CODE)
                this.withoutSystem.push(line);
        }
        const contaminates = extra?.contaminates;
        if (contaminates && this.options.goldenLines) {
            const lines = contaminates.map((h) => this.options.goldenLines.get(h)).filter((x) => x !== undefined);
            this.addFinding('warning', 'golden-contamination', `contains a question of the golden set (${this.options.goldenPath} line ${lines.join(', ')}): the evaluation would reward memorization.`, 'Remove the example from the training data, or the question from the golden set.', line);
        }
    }
    trackLongest(line, tokens) {
        const list = this.longest;
        if (list.length < OUTLIER_CANDIDATES)
            list.push({ line, tokens });
        else {
            let minAt = 0;
            for (let i = 1; i < list.length; i++)
                if (list[i].tokens < list[minAt].tokens)
                    minAt = i;
            if (tokens <= list[minAt].tokens)
                return;
            list[minAt] = { line, tokens };
        }
    }
    pushSplitKey(key, tokens) {
        const at = this.splitCount % SPLIT_BLOCK;
        if (at === 0) {
            this.splitBlocks.push({ keys: new Float64Array(SPLIT_BLOCK), tokens: new Uint32Array(SPLIT_BLOCK) });
        }
        const block = this.splitBlocks[this.splitBlocks.length - 1];
        block.keys[at] = key;
        block.tokens[at] = tokens;
        this.splitCount += 1;
    }
    /** Per-example split keys and token counts (training file), in file order. */
    splitEntries() {
        const n = this.splitCount;
        const keys = new Float64Array(n);
        const tokens = new Uint32Array(n);
        this.splitBlocks.forEach((block, i) => {
            const size = Math.min(SPLIT_BLOCK, n - i * SPLIT_BLOCK);
            keys.set(block.keys.subarray(0, size), i * SPLIT_BLOCK);
            tokens.set(block.tokens.subarray(0, size), i * SPLIT_BLOCK);
        });
        return { keys, tokens };
    }
    index() {
        return {
            path: this.options.path,
            examples: this.examples,
            prompts: this.prompts,
            values: this.options.quiet ? 'counts' : 'lines',
            count: this.histogram.count,
            tokens: this.histogram.total,
        };
    }
    /** Whole-file findings, then the report. */
    finish(bytes, tokensCounted) {
        const { role } = this.options;
        if (this.brokenStringFinding)
            this.brokenStringFinding = undefined;
        if (this.trailingBlankCount > 0) {
            const n = this.trailingBlankCount;
            this.addFinding('warning', 'trailing-blank-lines', n === 1
                ? 'is a blank line at the end of the file. Accepted, but some tools count it as an empty example.'
                : `starts ${n} blank lines at the end of the file. Accepted, but some tools count them as empty examples.`, 'Delete the blank lines at the end of the file.', this.trailingBlank[0]);
        }
        if (this.crlfLines > 0) {
            this.addFinding('warning', 'crlf', `The file uses Windows line endings (CRLF) on ${this.crlfLines.toLocaleString('en-US')} line(s), from line ${this.firstCrlf}. Accepted; the uploaded copy uses LF.`, 'Add `*.jsonl text eol=lf` to .gitattributes to keep line endings stable.');
        }
        const examples = this.histogram.count;
        if (role !== 'golden')
            this.systemFindings(examples);
        if (tokensCounted)
            this.outlierFindings();
        if (role === 'training' && examples < MIN_EXAMPLES) {
            this.addFinding('error', 'too-few-examples', `The file has ${examples} example${examples === 1 ? '' : 's'}; Azure needs at least ${MIN_EXAMPLES} to fine-tune.`, 'Add examples (a few hundred is a usual start for a fine-tune to change behavior).');
        }
        else if (role === 'validation' && examples < MIN_EXAMPLES) {
            this.addFinding('warning', 'few-validation-examples', `The file has ${examples} example${examples === 1 ? '' : 's'}: the validation loss will be noisy.`, 'Use at least 10 validation examples.');
        }
        const stats = {
            examples,
            turns: this.stats.turns,
            messagesByRole: { ...this.stats.roles },
            tokens: {
                total: this.histogram.total,
                p50: this.histogram.percentile(0.5),
                p95: this.histogram.percentile(0.95),
                max: this.histogram.max,
                mean: Math.round(this.histogram.mean * 10) / 10,
            },
            assistantTokens: this.stats.assistantTokens,
            trainedTokens: this.stats.trainedTokens,
            estimatedExamples: this.stats.estimated,
        };
        const order = (f) => (f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);
        const findings = [...this.findings].sort((a, b) => order(a) - order(b) || (a.line ?? 0) - (b.line ?? 0));
        return {
            path: this.options.path,
            role,
            bytes,
            lines: this.lines,
            stats,
            findings,
            errors: this.errors,
            warnings: this.warnings,
            omitted: this.omitted,
        };
    }
    systemFindings(examples) {
        if (examples === 0)
            return;
        if (this.withSystem === 0) {
            this.addFinding('warning', 'missing-system', `No example in the file has a system message. Fine if the deployed model is called without one too; otherwise the fine-tune learns behavior for a prompt it will never see.`, 'Add the system prompt you will use in production to every example.');
        }
        else if (this.withoutSystemCount > 0) {
            for (const line of this.withoutSystem) {
                this.addFinding('warning', 'missing-system', `has no system message, while ${this.withSystem.toLocaleString('en-US')} other example(s) have one.`, 'Use the same system prompt in every example (the one you deploy with).', line);
            }
            const rest = this.withoutSystemCount - this.withoutSystem.length;
            if (rest > 0) {
                this.warnings += rest;
                this.omitted += rest;
            }
        }
        const variants = [...this.systemVariants].sort((a, b) => b.count - a.count);
        if (variants.length > 1) {
            const shown = variants
                .slice(0, 5)
                .map((v) => `${v.count}x from line ${v.firstLine}: "${v.preview}"`)
                .join('; ');
            const total = this.systemVariantsOverflow
                ? `more than ${MAX_SYSTEM_VARIANTS}`
                : String(variants.length);
            this.addFinding('warning', 'system-prompt-variants', `The file has ${total} different system prompts (${shown}${variants.length > 5 ? '; ...' : ''}). The model learns each variant; production uses one.`, 'Use one system prompt (the production one) unless the variation is intended.');
        }
    }
    outlierFindings() {
        const h = this.histogram;
        if (h.count < 20)
            return;
        const q1 = h.percentile(0.25);
        const q3 = h.percentile(0.75);
        const threshold = Math.max(q3 + 3 * (q3 - q1), 2 * h.percentile(0.5));
        const outliers = this.longest.filter((x) => x.tokens > threshold).sort((a, b) => b.tokens - a.tokens);
        for (const o of outliers) {
            this.addFinding('warning', 'token-outlier', `is ${o.tokens.toLocaleString('en-US')} tokens, far above the file's median of ${h.percentile(0.5).toLocaleString('en-US')} (outlier threshold ${Math.round(threshold).toLocaleString('en-US')}: Q3 + 3 IQR).`, 'Check it is not several examples glued together, a pasted document or a runaway answer.', o.line);
        }
    }
    /**
     * One line of this file against the base revision, as multisets: a base line is matched at most once,
     * so a duplicate added in this file is an addition, not a second "unchanged". Unchanged: a base line
     * with the same example is still free. Changed: none is, but a base line with the same prompt is
     * (another answer). When an exact match finds that prompt taken by an earlier "changed" line, that line
     * was an addition after all (the base example it was paired with is this one), whatever the order.
     */
    countDiff(base, exHi, exLo, hasPrompt, prHi, prLo) {
        const available = (table, used, hi, lo) => {
            const total = base.values === 'counts' ? (table.lookup(hi, lo) ?? 0) : table.lookup(hi, lo) === undefined ? 0 : 1;
            return (used.lookup(hi, lo) ?? 0) < total;
        };
        const used = this.baseUsed;
        const promptFree = hasPrompt && available(base.prompts, used.prompts, prHi, prLo);
        if (available(base.examples, used.examples, exHi, exLo)) {
            used.examples.add(exHi, exLo, 1);
            this.diffCounts.unchanged += 1;
            if (!hasPrompt)
                return;
            if (promptFree)
                used.prompts.add(prHi, prLo, 1);
            else if (this.diffCounts.changed > 0) {
                this.diffCounts.changed -= 1;
                this.diffCounts.added += 1;
            }
        }
        else if (promptFree) {
            used.prompts.add(prHi, prLo, 1);
            this.diffCounts.changed += 1;
        }
        else {
            this.diffCounts.added += 1;
        }
    }
    /**
     * Examples added, changed (same prompt, different answer) and unchanged against the base revision; they
     * add up: base examples = unchanged + changed + removed, and this file = unchanged + changed + added.
     */
    diff() {
        const base = this.options.base;
        if (!base)
            return { ...this.diffCounts };
        const removed = Math.max(0, base.count - this.diffCounts.unchanged - this.diffCounts.changed);
        return { ...this.diffCounts, removed };
    }
}


/***/ }),

/***/ 59793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ goldenExampleId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14510);


/** Stable id of a golden prompt: the same messages give the same id on every run and machine. */
function goldenExampleId(messages) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalMessages */ .d6)(messages)).digest('hex').slice(0, 16);
}


/***/ }),

/***/ 45335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EF: () => (/* reexport */ loadGoldenSet),
  Mu: () => (/* reexport */ prepareTrainingData),
  MQ: () => (/* reexport */ validate/* validateDatasets */.MQ)
});

// UNUSED EXPORTS: DEFAULT_MAX_LINE_BYTES, MAX_FILE_BYTES, MIN_EXAMPLES, WORKER_ENTRY_KEY, chatTemplateOverhead, countChatTokens, countWithTemplate, datasetHash, defaultEpochs, estimateTraining, goldenExampleId, isDatasetWorker, loadTokenizer, runDatasetWorker, validationSize

// EXTERNAL MODULE: ./src/dataset/validate.ts
var validate = __webpack_require__(41840);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/dataset/analyze.ts + 1 modules
var analyze = __webpack_require__(14510);
// EXTERNAL MODULE: ./src/dataset/lines.ts
var lines = __webpack_require__(29355);
// EXTERNAL MODULE: ./src/dataset/source.ts
var source = __webpack_require__(50059);
// EXTERNAL MODULE: ./src/dataset/split.ts
var split = __webpack_require__(48028);
;// CONCATENATED MODULE: ./src/dataset/prepare.ts
/**
 * The files a fine-tuning job trains on: the training data (minus the held-out split) and the
 * validation data, normalized, with a content hash that identifies the dataset across runs.
 *
 * Normalization (and so the hash) ignores what does not change the examples: a UTF-8 BOM, CRLF vs LF
 * line endings and blank lines. Every example line is otherwise written byte for byte, in file order,
 * each ending with `\n`. The hash is independent of file names and paths.
 */








class Output {
    file;
    hash = (0,external_node_crypto_.createHash)('sha256');
    stream;
    examples = 0;
    constructor(file) {
        this.file = file;
        this.stream = (0,external_node_fs_.createWriteStream)(file);
    }
    async write(bytes) {
        this.hash.update(bytes);
        this.hash.update('\n');
        this.examples += 1;
        const ok = this.stream.write(Buffer.concat([bytes, Buffer.from('\n')]));
        if (!ok)
            await new Promise((resolve) => this.stream.once('drain', resolve));
    }
    async close() {
        await new Promise((resolve, reject) => this.stream.end((e) => (e ? reject(e) : resolve())));
        return this.hash.digest('hex');
    }
}
async function openOrThrow(root, relative, input) {
    const opened = await (0,source/* openDatasetFile */.bt)(root, relative, input);
    const error = opened.findings.find((f) => f.severity === 'error');
    if (!opened.ok || error) {
        const f = error ?? opened.findings[0];
        throw new Error(`${relative}: ${f.message} ${f.hint ?? ''}`.trim());
    }
    return opened.absolute;
}
/** Calls `each` with the bytes of every non-blank line, in order. */
async function eachExample(absolute, relative, each) {
    await (0,lines/* scanLines */.JH)((0,source/* readStream */.bv)(absolute), { maxLineBytes: validate/* DEFAULT_MAX_LINE_BYTES */.i$ }, async (batch) => {
        for (let i = 0; i < batch.ends.length; i++) {
            const line = batch.firstLine + i;
            if (batch.flags[i] & lines/* LINE_TOO_LONG */.Fs)
                throw new Error(`${relative}:${line}: line too long to be an example; run validate.`);
            const bytes = (0,lines/* lineBytes */.M)(batch, i);
            if (!(0,analyze/* isBlankLine */.pB)(bytes))
                await each(bytes, line);
        }
    });
}
function datasetHash(trainingSha256, validationSha256) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`foundry-finetune dataset v1\ntraining ${trainingSha256}\nvalidation ${validationSha256 ?? '-'}\n`)
        .digest('hex');
}
/**
 * Writes `training.jsonl` (and `validation.jsonl`) to `outDir`: the validation file as given, or the
 * same deterministic split that `validate` reports when there is none and `split-ratio` > 0.
 */
async function prepareTrainingData({ config, outDir, }) {
    const { root, data } = config;
    if (!data.training)
        throw new Error('No training data: set the training-file input (or data.training in the config file).');
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const trainingPath = await openOrThrow(root, data.training, 'training-file (data.training)');
    const training = new Output(external_node_path_default().join(outDir, 'training.jsonl'));
    let validation;
    if (data.validation) {
        const validationPath = await openOrThrow(root, data.validation, 'validation-file (data.validation)');
        await eachExample(trainingPath, data.training, (bytes) => training.write(bytes));
        validation = new Output(external_node_path_default().join(outDir, 'validation.jsonl'));
        const v = validation;
        await eachExample(validationPath, data.validation, (bytes) => v.write(bytes));
    }
    else if (data.splitRatio > 0) {
        const keys = [];
        const lines = [];
        await eachExample(trainingPath, data.training, (bytes, line) => {
            keys.push((0,analyze/* splitKeyOf */.p7)(data.splitSeed, (0,analyze/* lineHash */.Hw)(bytes)));
            lines.push(line);
        });
        const held = (0,split/* selectValidation */.e)(Float64Array.from(keys), Int32Array.from(lines), data.splitRatio);
        const heldLines = new Set();
        for (const i of held)
            heldLines.add(lines[i]);
        if (heldLines.size > 0)
            validation = new Output(external_node_path_default().join(outDir, 'validation.jsonl'));
        const v = validation;
        await eachExample(trainingPath, data.training, (bytes, line) => heldLines.has(line) && v ? v.write(bytes) : training.write(bytes));
    }
    else {
        await eachExample(trainingPath, data.training, (bytes) => training.write(bytes));
    }
    const trainingSha = await training.close();
    const validationSha = validation ? await validation.close() : undefined;
    return {
        trainingFile: training.file,
        validationFile: validation?.file,
        datasetHash: datasetHash(trainingSha, validationSha),
        examples: { training: training.examples, validation: validation?.examples ?? 0 },
    };
}

;// CONCATENATED MODULE: ./src/dataset/golden.ts

/**
 * Loads a golden set (JSON Lines, streamed): `{messages, expected}` per line (messages end with the user
 * turn; expected is a string or a list of acceptable answers), or a chat example whose final assistant
 * message is the reference. Lines with errors are left out of `examples` and listed in `findings`.
 */
async function loadGoldenSet(file, model, root) {
    return (0,validate/* validateGoldenFile */._U)(root, file, model);
}

// EXTERNAL MODULE: ./src/dataset/golden-id.ts
var golden_id = __webpack_require__(59793);
// EXTERNAL MODULE: ./src/dataset/tokenizer/index.ts + 4 modules
var tokenizer = __webpack_require__(29624);
// EXTERNAL MODULE: ./src/dataset/accumulate.ts + 1 modules
var accumulate = __webpack_require__(82668);
// EXTERNAL MODULE: ./src/dataset/worker.ts
var worker = __webpack_require__(76940);
// EXTERNAL MODULE: ./src/dataset/pipeline.ts
var pipeline = __webpack_require__(42232);
;// CONCATENATED MODULE: ./src/dataset/index.ts
/** The dataset core's public API: validation, training-data preparation, golden sets, token counts. */













/***/ }),

/***/ 50059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ withFileReader),
/* harmony export */   bt: () => (/* binding */ openDatasetFile),
/* harmony export */   bv: () => (/* binding */ readStream)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _chunks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98852);
/** Opens a dataset file for streaming, turning every way it can be unusable into a clear finding. */




/** Azure's upload limit for a fine-tuning file. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
function fileFinding(file, code, message, hint) {
    return { severity: 'error', code, message, hint, file };
}
/** Magic numbers of formats people mistake for JSONL. */
function sniffFormat(head) {
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'a gzip archive (decompress it first: `gunzip file.jsonl.gz`)';
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
        return 'a zip archive';
    if (head.subarray(0, 4).toString('latin1') === 'PAR1')
        return 'a Parquet file (export it as JSON Lines)';
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
        return 'UTF-16 text (save it as UTF-8)';
    const nul = head.indexOf(0);
    if (nul >= 0 && nul < 1024)
        return 'a binary file (it has NUL bytes near the start)';
    return undefined;
}
/**
 * Checks that `relative` (to `root`) is a readable regular file that looks like text, and its size.
 * `input` names the setting, so an error says which one to fix.
 */
async function openDatasetFile(root, relative, input) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, relative);
    const display = relative;
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute);
    }
    catch (e) {
        const code = e.code;
        return {
            ok: false,
            findings: [
                code === 'ENOENT'
                    ? fileFinding(display, 'missing-file', `File not found (${input}).`, `Check the path in ${input}; it is relative to the repository root.`)
                    : fileFinding(display, 'unreadable', `Cannot read the file (${input}): ${e.message}.`, 'Check the path and its permissions.'),
            ],
        };
    }
    if (info.isDirectory()) {
        return {
            ok: false,
            findings: [
                fileFinding(display, 'not-a-file', `Is a directory, not a file (${input}).`, `Point ${input} at the .jsonl file inside it.`),
            ],
        };
    }
    if (!info.isFile()) {
        return {
            ok: false,
            findings: [
                fileFinding(display, 'not-a-file', `Is not a regular file (${input}).`, `Point ${input} at a .jsonl file.`),
            ],
        };
    }
    const findings = [];
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(absolute, 'r');
        try {
            const head = Buffer.alloc(8192);
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            const kind = sniffFormat(head.subarray(0, bytesRead));
            if (kind) {
                return {
                    ok: false,
                    findings: [
                        fileFinding(display, 'binary-file', `Is ${kind}, not JSON Lines text.`, 'Provide a UTF-8 text file with one JSON object per line.'),
                    ],
                };
            }
        }
        finally {
            await handle.close();
        }
    }
    catch (e) {
        return {
            ok: false,
            findings: [
                fileFinding(display, 'unreadable', `Cannot read the file (${input}): ${e.message}.`, 'Check its permissions.'),
            ],
        };
    }
    if (info.size === 0) {
        findings.push(fileFinding(display, 'empty-file', `Is empty (${input}).`, 'Add examples, one JSON object per line.'));
    }
    if (info.size >= MAX_FILE_BYTES) {
        findings.push(fileFinding(display, 'file-too-large', `Is ${(info.size / 1024 / 1024).toFixed(0)} MB; Azure accepts fine-tuning files under 512 MB.`, 'Deduplicate or sample the data, or split it and train on the most valuable part.'));
    }
    return { ok: true, absolute, bytes: info.size, findings };
}
function readStream(absolute) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(absolute, { highWaterMark: 1 << 20 });
}
/** Runs `use` with a reader of the file's bytes (read straight into the caller's buffers). */
async function withFileReader(absolute, use) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(absolute, 'r');
    try {
        return await use((0,_chunks_js__WEBPACK_IMPORTED_MODULE_3__/* .fileReader */ .q2)(handle));
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 48028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ selectValidation)
/* harmony export */ });
/* unused harmony export validationSize */
/**
 * The deterministic train/validation split: each example's key is a hash of the seed and the line's
 * bytes, and the `round(n * ratio)` examples with the smallest keys (ties by line) are held out. The
 * same seed and data give the same split on every machine, whatever the order of the lines, and
 * validate and train compute it the same way.
 */
/** How many examples the split holds out: at least one, and at least one left to train on. */
function validationSize(examples, ratio) {
    if (ratio <= 0 || examples < 2)
        return 0;
    return Math.min(examples - 1, Math.max(1, Math.round(examples * ratio)));
}
/**
 * Positions (into `keys`, in file order) of the examples held out for validation, ascending: the k
 * smallest keys, ties broken by line (by position when `lines` is omitted: entries are in file order).
 * Found through the k-th smallest key (a native numeric sort), so no comparator runs per pair.
 */
function selectValidation(keys, lines, ratio) {
    const k = validationSize(keys.length, ratio);
    if (k === 0)
        return new Uint32Array(0);
    const threshold = Float64Array.from(keys).sort()[k - 1];
    let below = 0;
    for (let i = 0; i < keys.length; i++)
        if (keys[i] < threshold)
            below += 1;
    // Entries are in file order, but ties go by line number: take the tied ones with the lowest lines.
    const tied = [];
    for (let i = 0; i < keys.length; i++)
        if (keys[i] === threshold)
            tied.push(i);
    if (lines)
        tied.sort((a, b) => lines[a] - lines[b]);
    const chosen = new Set(tied.slice(0, k - below));
    const held = new Uint32Array(k);
    let n = 0;
    for (let i = 0; i < keys.length; i++)
        if (keys[i] < threshold || chosen.has(i))
            held[n++] = i;
    return held;
}


/***/ }),

/***/ 41840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ validateDatasets),
/* harmony export */   _U: () => (/* binding */ validateGoldenFile),
/* harmony export */   i$: () => (/* binding */ DEFAULT_MAX_LINE_BYTES)
/* harmony export */ });
/* harmony import */ var _accumulate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82668);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14510);
/* harmony import */ var _estimate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29668);
/* harmony import */ var _chunks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98852);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42232);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50059);
/* harmony import */ var _split_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48028);
/* harmony import */ var _golden_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59793);








const TOKENIZER_NAMES = {
    'llama-sentencepiece': 'Llama 2 SentencePiece (llama-tokenizer-js)',
    o200k: 'o200k_base (js-tiktoken ranks)',
    cl100k: 'cl100k_base (js-tiktoken ranks)',
};
/** Longest line read as one example; longer lines are an error, never buffered. */
const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
/** Names of the settings, so file errors say which input to fix. */
const INPUT_NAMES = {
    training: 'training-file (data.training)',
    validation: 'validation-file (data.validation)',
    golden: 'golden-file (data.golden)',
};
function modelFacts(model) {
    return {
        id: model.id,
        template: model.template,
        contextLength: model.contextLength,
        supportsToolCalls: model.supportsToolCalls,
        specialTokens: [...model.specialTokens],
    };
}
async function streamInto(ctx, read, config, accumulator, golden) {
    const file = await ctx.analyzer.open(config);
    return (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeStream */ .Rz)(file, read, ctx.maxLineBytes, (place, results) => {
        accumulator.addChunk(results, place.firstLine, place.bom);
        if (!golden)
            return;
        for (const extra of results.extras) {
            if (!extra.golden || extra.findings?.some((f) => f.severity === 'error'))
                continue;
            const line = place.firstLine + extra.index;
            golden.push({
                line,
                id: (0,_golden_id_js__WEBPACK_IMPORTED_MODULE_4__/* .goldenExampleId */ .b)(extra.golden.messages),
                messages: extra.golden.messages,
                expected: extra.golden.expected,
            });
        }
    });
}
function emptyReport(path, role, findings) {
    return {
        path,
        role,
        bytes: 0,
        lines: 0,
        stats: {
            examples: 0,
            turns: 0,
            messagesByRole: { system: 0, user: 0, assistant: 0, tool: 0 },
            tokens: { total: 0, p50: 0, p95: 0, max: 0, mean: 0 },
            assistantTokens: 0,
            trainedTokens: 0,
            estimatedExamples: 0,
        },
        findings,
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        omitted: 0,
    };
}
async function runFile(ctx, path, role, extra) {
    const opened = await (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .openDatasetFile */ .bt)(ctx.options.root, path, INPUT_NAMES[role]);
    if (!opened.ok)
        return { report: emptyReport(path, role, opened.findings) };
    const countTokens = ctx.options.countTokens !== false;
    const accumulator = new _accumulate_js__WEBPACK_IMPORTED_MODULE_0__/* .FileAccumulator */ .Bj({
        path,
        role,
        overlapWith: extra.overlapWith,
        goldenLines: extra.goldenLines,
        goldenPath: extra.goldenPath,
        splitSeed: extra.splitSeed,
        base: extra.base,
    });
    for (const f of opened.findings)
        accumulator.addFinding(f.severity, f.code, f.message, f.hint);
    const config = {
        role,
        model: modelFacts(ctx.options.model),
        tokenizer: countTokens ? ctx.options.model.tokenizer : undefined,
        promptHashes: extra.base !== undefined,
        goldenQuestions: extra.goldenLines ? [...extra.goldenLines.keys()] : undefined,
        maxLineBytes: ctx.maxLineBytes,
    };
    const golden = role === 'golden' ? [] : undefined;
    const started = Date.now();
    const scan = await (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .withFileReader */ .C2)(opened.absolute, (read) => streamInto(ctx, read, config, accumulator, golden));
    ctx.options.log?.(`${path}: ${scan.lines.toLocaleString('en-US')} lines in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return { report: accumulator.finish(scan.bytes, countTokens), accumulator, golden };
}
/** The file at the base revision, as an index of its examples (no findings). */
async function baseIndex(ctx, path, role) {
    const base = ctx.options.base;
    if (!base)
        return undefined;
    let source;
    try {
        source = await base.readFile(path);
    }
    catch (e) {
        ctx.options.log?.(`Could not read ${path} at ${base.ref}: ${e.message}. No diff for it.`);
        return undefined;
    }
    if (!source)
        return 'absent';
    const accumulator = new _accumulate_js__WEBPACK_IMPORTED_MODULE_0__/* .FileAccumulator */ .Bj({ path, role, quiet: true });
    const config = {
        role,
        model: modelFacts(ctx.options.model),
        tokenizer: ctx.options.countTokens !== false ? ctx.options.model.tokenizer : undefined,
        promptHashes: true,
        maxLineBytes: ctx.maxLineBytes,
    };
    try {
        await streamInto(ctx, (0,_chunks_js__WEBPACK_IMPORTED_MODULE_5__/* .iterableReader */ .iY)(source), config, accumulator);
    }
    catch (e) {
        ctx.options.log?.(`Could not read ${path} at ${base.ref}: ${e.message}. No diff for it.`);
        return undefined;
    }
    return accumulator.index();
}
function diffReport(ref, run, base) {
    const head = run.accumulator;
    const newFile = base === 'absent';
    const counts = newFile ? { added: head.exampleCount, removed: 0, changed: 0, unchanged: 0 } : head.diff();
    return {
        ref,
        path: run.report.path,
        role: run.report.role,
        newFile,
        ...counts,
        baseExamples: newFile ? 0 : base.count,
        baseTokens: newFile ? 0 : base.tokens,
        tokenDelta: run.report.stats.tokens.total - (newFile ? 0 : base.tokens),
    };
}
/** Golden question hashes (normalized last user message) -> golden line. */
function goldenQuestions(examples) {
    const map = new Map();
    for (const g of examples) {
        const question = [...g.messages].reverse().find((m) => m.role === 'user');
        if (question && typeof question.content === 'string') {
            const h = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .questionHash */ .Db)(question.content);
            if (!map.has(h))
                map.set(h, g.line);
        }
    }
    return map;
}
async function validateDatasets(options) {
    const started = Date.now();
    const analyzer = _pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .Analyzer */ .DA.create(options.threads, options.log, options.chunkBytes);
    const ctx = { analyzer, options, maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES };
    try {
        const runs = [];
        const diffs = [];
        const withDiff = async (run, base) => {
            if (base !== undefined && run.accumulator && options.base)
                diffs.push(diffReport(options.base.ref, run, base));
        };
        let goldenLines;
        if (options.golden) {
            const base = await baseIndex(ctx, options.golden, 'golden');
            const golden = await runFile(ctx, options.golden, 'golden', {
                base: base === 'absent' ? undefined : base,
            });
            runs.push(golden);
            await withDiff(golden, base);
            goldenLines = goldenQuestions(golden.golden ?? []);
        }
        const splitRatio = options.splitRatio ?? 0;
        const splitting = !options.validation && splitRatio > 0;
        const splitSeed = splitting ? (options.splitSeed ?? 'foundry-finetune') : undefined;
        const trainingBase = await baseIndex(ctx, options.training, 'training');
        const training = await runFile(ctx, options.training, 'training', {
            goldenLines,
            goldenPath: options.golden,
            splitSeed,
            base: trainingBase === 'absent' ? undefined : trainingBase,
        });
        runs.unshift(training);
        await withDiff(training, trainingBase);
        if (options.validation) {
            const validationBase = await baseIndex(ctx, options.validation, 'validation');
            const validation = await runFile(ctx, options.validation, 'validation', {
                overlapWith: training.accumulator?.index(),
                goldenLines,
                goldenPath: options.golden,
                base: validationBase === 'absent' ? undefined : validationBase,
            });
            runs.splice(1, 0, validation);
            await withDiff(validation, validationBase);
        }
        // The thread count is part of the report: wait for workers still starting (small files). Then the
        // workers go, before the split's arrays are built.
        await analyzer.settle();
        const threads = analyzer.threads;
        await analyzer.close();
        const trainStats = training.report.stats;
        let trainExamples = trainStats.examples;
        let trainTokens = trainStats.tokens.total;
        let split;
        if (splitting && training.accumulator) {
            const entries = training.accumulator.splitEntries();
            const held = (0,_split_js__WEBPACK_IMPORTED_MODULE_6__/* .selectValidation */ .e)(entries.keys, undefined, splitRatio);
            let heldTokens = 0;
            for (const i of held)
                heldTokens += entries.tokens[i];
            split = {
                ratio: splitRatio,
                seed: splitSeed,
                training: entries.keys.length - held.length,
                validation: held.length,
            };
            trainExamples = split.training;
            trainTokens -= heldTokens;
        }
        const estimate = (0,_estimate_js__WEBPACK_IMPORTED_MODULE_7__/* .estimateTraining */ .h)(trainExamples, trainTokens, options.epochs, options.pricePer1kTokens);
        const files = runs.map((r) => r.report);
        const errors = files.reduce((n, f) => n + f.errors, 0);
        const warnings = files.reduce((n, f) => n + f.warnings, 0);
        const tokenizer = {
            name: options.countTokens === false
                ? 'none (structural checks only)'
                : TOKENIZER_NAMES[options.model.tokenizer],
            loadMs: Math.round(analyzer.tokenizerLoadMs ?? 0),
            exact: options.countTokens !== false && files.every((f) => f.stats.estimatedExamples === 0),
            threads,
        };
        return {
            ok: errors === 0,
            model: options.model.id,
            tokenizer,
            files,
            errors,
            warnings,
            split,
            diff: diffs,
            estimate,
            elapsedMs: Date.now() - started,
        };
    }
    finally {
        await analyzer.close();
    }
}
/** The golden file alone, checked and parsed (used by `loadGoldenSet`). */
async function validateGoldenFile(root, file, model) {
    const analyzer = _pipeline_js__WEBPACK_IMPORTED_MODULE_2__/* .Analyzer */ .DA.create(1);
    try {
        const ctx = {
            analyzer,
            options: { root, model, training: file },
            maxLineBytes: DEFAULT_MAX_LINE_BYTES,
        };
        const run = await runFile(ctx, file, 'golden', {});
        return { file, examples: run.golden ?? [], findings: run.report.findings };
    }
    finally {
        await analyzer.close();
    }
}


/***/ })

};

//# sourceMappingURL=335.index.js.map