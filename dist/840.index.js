export const id = 840;
export const ids = [840];
export const modules = {

/***/ 82668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bj: () => (/* binding */ FileAccumulator)
});

// UNUSED EXPORTS: DEFAULT_GOLDEN_LEAKAGE_SHARE, FINDINGS_PER_CODE, MIN_EXAMPLES

// EXTERNAL MODULE: ./src/dataset/analyze.ts + 1 modules
var analyze = __webpack_require__(14510);
// EXTERNAL MODULE: ./src/dataset/chunk-analysis.ts
var chunk_analysis = __webpack_require__(97404);
// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __webpack_require__(19808);
// EXTERNAL MODULE: ./src/dataset/hash.ts
var hash = __webpack_require__(81182);
// EXTERNAL MODULE: ./src/dataset/tokenizer/chat-template.ts
var chat_template = __webpack_require__(72985);
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
/** Lines named in a summary finding. */
const SUMMARY_LINES = 5;
/** Share of golden examples found in the training data above which it is an error (the setting's default). */
const DEFAULT_GOLDEN_LEAKAGE_SHARE = 0.1;
class FileAccumulator {
    options;
    histogram = new LengthHistogram();
    examples = new hash/* HashTable64 */.PB();
    prompts = new hash/* HashTable64 */.PB();
    findings = [];
    perCode = new Map();
    /** Lines per format (index into FORMATS) and the first of them. */
    formatLines = formats/* FORMATS */.hR.map(() => ({ count: 0, first: [] }));
    invalidLines = 0;
    notUtf8 = [];
    notUtf8Count = 0;
    duplicates = [];
    duplicateCount = 0;
    withoutUser = [];
    estimatedLines = [];
    withoutUserCount = 0;
    /** Golden question hash -> the first line here that asks it. */
    leaked = new Map();
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
    /**
     * Adds a finding about a line (or the file, without line), respecting the per-code cap. A summary
     * finding stands for `summary.count` occurrences, the first of them on `summary.lines`.
     */
    addFinding(severity, code, message, hint, line, summary) {
        if (this.options.quiet)
            return;
        if (severity === 'error')
            this.errors += 1;
        else if (severity === 'warning')
            this.warnings += 1;
        const counts = this.perCode.get(code) ?? { severity, total: 0, shown: 0 };
        this.perCode.set(code, counts);
        counts.total += summary?.count ?? 1;
        if (counts.shown >= FINDINGS_PER_CODE) {
            this.omitted += 1;
            return;
        }
        counts.shown += 1;
        const where = line === undefined ? '' : `Line ${line} `;
        const finding = {
            severity,
            code,
            message: line === undefined ? message : `${where}${message}`,
            hint,
            file: this.options.path,
            line,
        };
        if (summary) {
            finding.count = summary.count;
            finding.lines = summary.lines;
        }
        this.findings.push(finding);
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
        const format = this.formatLines[nums[row + chunk_analysis/* COL_FORMAT */.HN]];
        if (format) {
            format.count += 1;
            if (format.first.length < SUMMARY_LINES)
                format.first.push(line);
        }
        if (kind === chunk_analysis/* KIND_INVALID */.hn)
            this.invalidLines += 1;
        // A file that is not UTF-8 is one finding, not one per line.
        if (kind === chunk_analysis/* KIND_INVALID */.hn && findings[0]?.code === 'not-utf8') {
            this.notUtf8Count += 1;
            if (this.notUtf8.length < SUMMARY_LINES)
                this.notUtf8.push({
                    line,
                    detail: findings[0].message.replace(/^is not valid UTF-8 \((.*)\)\.$/, '$1'),
                });
            this.brokenStringFinding = undefined;
            this.fragmentRun = undefined;
            return;
        }
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
        if (info & chunk_analysis/* INFO_ESTIMATED */.A3) {
            this.stats.estimated += 1;
            if (this.estimatedLines.length < SUMMARY_LINES)
                this.estimatedLines.push(line);
        }
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
            this.duplicateCount += 1;
            if (this.duplicates.length < SUMMARY_LINES)
                this.duplicates.push([line, first]);
        }
        if (this.options.role !== 'golden' && nums[row + chunk_analysis/* COL_ROLES */.fs + 1] === 0) {
            this.withoutUserCount += 1;
            if (this.withoutUser.length < SUMMARY_LINES)
                this.withoutUser.push(line);
        }
        const overlap = this.options.overlapWith;
        const inTraining = overlap?.examples.lookup(exHi, exLo);
        if (overlap && inTraining !== undefined) {
            this.addFinding('warning', 'train-validation-overlap', `is also in ${overlap.path} (line ${inTraining}): the validation loss measures memorization, not generalization.`, 'Keep the example in one of the two files (training or validation), not both.', line);
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
        if (contaminates)
            for (const h of contaminates)
                if (!this.leaked.has(h))
                    this.leaked.set(h, line);
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
        const formatErrors = this.formatFindings();
        this.summaryFindings(examples);
        if (role !== 'golden')
            this.systemFindings(examples);
        if (tokensCounted)
            this.outlierFindings();
        // Too few examples is not news when the lines are there but in another format or broken: the
        // findings above are the cause.
        const explained = formatErrors > 0 || examples + this.invalidLines >= MIN_EXAMPLES;
        if (role === 'training' && examples < MIN_EXAMPLES && !explained) {
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
        // Root causes first: the file's format, then errors, then warnings; within each, by line, with
        // findings about the whole file after the lines'.
        const rank = (f) => (f.code === 'format' ? 0 : 10) + (f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);
        const findings = [...this.findings].sort((a, b) => rank(a) - rank(b) || (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
        const codes = {};
        for (const [code, c] of [...this.perCode].sort((a, b) => a[0].localeCompare(b[0])))
            codes[code] = { ...c };
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
            codes,
            formats: Object.fromEntries(this.formatLines.flatMap((f, i) => f.count > 0 && formats/* FORMATS */.hR[i] !== 'unknown' ? [[formats/* FORMATS */.hR[i], f.count]] : [])),
        };
    }
    /** One finding per format this file has that the run cannot take; returns how many are errors. */
    formatFindings() {
        const role = this.options.role;
        const method = this.options.method ?? 'sft';
        const accepted = (0,formats/* acceptedFormats */.Mh)(role, method);
        let errors = 0;
        const lines = this.formatLines.reduce((n, f) => n + f.count, 0);
        this.formatLines.forEach((f, i) => {
            const format = formats/* FORMATS */.hR[i];
            if (f.count === 0 || format === 'unknown')
                return;
            if (accepted.includes(format) && !(format === 'eval' && role !== 'golden'))
                return;
            if (format === 'eval' && role === 'golden')
                return;
            const advice = (0,formats/* formatAdvice */.sW)(format, {
                path: this.options.path,
                role,
                method,
                model: this.options.model?.id ?? 'the model',
                methods: this.options.model?.methods ?? ['sft'],
            });
            const share = f.count === lines
                ? `All ${f.count.toLocaleString('en-US')} lines are`
                : `${f.count.toLocaleString('en-US')} of ${lines.toLocaleString('en-US')} lines (${f.first.join(', ')}${f.count > f.first.length ? ', ...' : ''}) are`;
            const what = role === 'golden' ? 'a golden set' : method === 'dpo' ? 'DPO training' : 'chat fine-tuning';
            this.addFinding('error', 'format', `${share} ${advice.name}, which ${what} does not take as it is.`, advice.advice, undefined, { count: f.count, lines: f.first });
            errors += 1;
        });
        if (method === 'dpo' &&
            role !== 'golden' &&
            this.options.model &&
            !this.options.model.methods.includes('dpo')) {
            this.addFinding('error', 'method-unsupported', `training-method is dpo, but Azure offers ${this.options.model.id} ${this.options.model.methods.join(', ').toUpperCase()} only.`, 'Set training-method: sft and train on chat examples, or choose a model that Azure fine-tunes with DPO.');
        }
        return errors;
    }
    /** Findings that would flood the report one line at a time, said once with their first lines. */
    summaryFindings(examples) {
        const lines = (list, count) => `${list.join(', ')}${count > list.length ? ', ...' : ''}`;
        if (this.notUtf8Count > 0) {
            const first = this.notUtf8.map((x) => `line ${x.line}: ${x.detail}`).join('; ');
            this.addFinding('error', 'not-utf8', `${this.notUtf8Count.toLocaleString('en-US')} line${this.notUtf8Count === 1 ? ' is' : 's are'} not valid UTF-8 (${first}${this.notUtf8Count > this.notUtf8.length ? '; ...' : ''}): the file is probably in another encoding.`, 'Save the file as UTF-8; for Windows-1252/Latin-1 text: `iconv -f cp1252 -t utf-8 in.jsonl > out.jsonl`.', undefined, { count: this.notUtf8Count, lines: this.notUtf8.map((x) => x.line) });
        }
        if (this.duplicateCount > 0) {
            const pairs = this.duplicates.map(([line, first]) => `line ${line} = line ${first}`).join('; ');
            this.addFinding('warning', 'duplicate', `${this.duplicateCount.toLocaleString('en-US')} of ${examples.toLocaleString('en-US')} examples duplicate an earlier line (${pairs}${this.duplicateCount > this.duplicates.length ? '; ...' : ''}).`, 'Keep one copy of each: a duplicate weighs its example twice and can leak into the validation split.', undefined, { count: this.duplicateCount, lines: this.duplicates.map(([line]) => line) });
        }
        if (this.withoutUserCount > 0) {
            const all = this.withoutUserCount === examples;
            this.addFinding('warning', 'missing-user', all
                ? `No example in the file has a user message: the model learns answers to nothing it will be asked.`
                : `${this.withoutUserCount.toLocaleString('en-US')} of ${examples.toLocaleString('en-US')} examples have no user message (lines ${lines(this.withoutUser, this.withoutUserCount)}).`, 'Add the user turn each assistant message answers.', undefined, { count: this.withoutUserCount, lines: this.withoutUser });
        }
        const estimated = this.stats.estimated;
        if (estimated > 0) {
            this.addFinding('notice', 'estimated-tokens', `${estimated.toLocaleString('en-US')} example${estimated === 1 ? "'s token count is an estimate" : "s' token counts are estimates"} (lines ${lines(this.estimatedLines, estimated)}): tools, tool calls and tool messages are rendered by the service in a way no template publishes. Counted as: ${chat_template/* TOOL_RENDERING */.Yn}`, undefined, undefined, { count: estimated, lines: this.estimatedLines });
        }
        const golden = this.options.goldenLines;
        if (golden && this.leaked.size > 0) {
            let leakedExamples = 0;
            const pairs = [];
            const trainingLines = [];
            for (const [hash, line] of [...this.leaked].sort((a, b) => a[1] - b[1])) {
                const g = golden.get(hash);
                if (!g)
                    continue;
                leakedExamples += g.count;
                if (pairs.length < SUMMARY_LINES) {
                    pairs.push(`golden line ${g.line} = line ${line}`);
                    trainingLines.push(line);
                }
            }
            const total = Math.max(this.options.goldenExamples ?? leakedExamples, leakedExamples, 1);
            const share = leakedExamples / total;
            const threshold = this.options.goldenLeakageShare ?? DEFAULT_GOLDEN_LEAKAGE_SHARE;
            const percent = (x) => `${Math.round(x * 1000) / 10}%`;
            this.addFinding(share > threshold ? 'error' : 'warning', 'golden-contamination', `${leakedExamples.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} golden examples (${percent(share)}) ask a question that is in this file (${pairs.join('; ')}${this.leaked.size > pairs.length ? '; ...' : ''}): an evaluation on training data measures memorization, not the fine-tune. ${share > threshold ? 'Above' : 'At or below'} the ${percent(threshold)} allowed by golden-leakage-share.`, `Keep those questions in one of the two files: move them out of ${this.options.goldenPath ?? 'the golden set'} or out of this file.`, undefined, { count: leakedExamples, lines: trainingLines });
        }
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
 * `input` names the setting, so an error says which one to fix ('' when the path was given as it is, on a
 * command line); `relativeTo` says what the path is relative to.
 */
async function openDatasetFile(root, relative, input, relativeTo = 'the repository root') {
    const named = input ? ` (${input})` : '';
    const thePath = input ? `the path in ${input}` : 'the path';
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
                    ? fileFinding(display, 'missing-file', `File not found${named}.`, `Check ${thePath}; it is relative to ${relativeTo}.`)
                    : fileFinding(display, 'unreadable', `Cannot read the file${named}: ${e.message}.`, 'Check the path and its permissions.'),
            ],
        };
    }
    if (info.isDirectory()) {
        return {
            ok: false,
            findings: [
                fileFinding(display, 'not-a-file', `Is a directory, not a file${named}.`, input
                    ? `Point ${input} at the .jsonl file inside it.`
                    : 'Give the path of the .jsonl file inside it.'),
            ],
        };
    }
    if (!info.isFile()) {
        return {
            ok: false,
            findings: [
                fileFinding(display, 'not-a-file', `Is not a regular file${named}.`, input ? `Point ${input} at a .jsonl file.` : 'Give the path of a .jsonl file.'),
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
                fileFinding(display, 'unreadable', `Cannot read the file${named}: ${e.message}.`, 'Check its permissions.'),
            ],
        };
    }
    if (info.size === 0) {
        findings.push(fileFinding(display, 'empty-file', `Is empty${named}.`, 'Add examples, one JSON object per line.'));
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
/* unused harmony export INPUT_NAMES */
/* harmony import */ var _accumulate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82668);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14510);
/* harmony import */ var _estimate_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29668);
/* harmony import */ var _chunks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98852);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42232);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50059);
/* harmony import */ var _split_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48028);
/* harmony import */ var _tokenizer_chat_template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72985);
/* harmony import */ var _golden_id_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59793);









const TOKENIZER_NAMES = {
    'llama-sentencepiece': 'Llama 2 SentencePiece (llama-tokenizer-js)',
    o200k: 'o200k_base (js-tiktoken ranks)',
    cl100k: 'cl100k_base (js-tiktoken ranks)',
};
/** Longest line read as one example; longer lines are an error, never buffered. */
const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
/** Names of the settings, so file errors say which input to fix (the action's words by default). */
const INPUT_NAMES = {
    training: 'training-file (data.training)',
    validation: 'validation-file (data.validation)',
    golden: 'golden-file (data.golden)',
};
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
                id: (0,_golden_id_js__WEBPACK_IMPORTED_MODULE_5__/* .goldenExampleId */ .b)(extra.golden.messages),
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
        codes: Object.fromEntries(findings.map((f) => [f.code, { severity: f.severity, total: 1, shown: 1 }])),
        formats: {},
    };
}
async function runFile(ctx, path, role, extra) {
    const opened = await (0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .openDatasetFile */ .bt)(ctx.options.root, path, ctx.options.settingNames?.[role] ?? INPUT_NAMES[role], ctx.options.relativeTo);
    if (!opened.ok)
        return { report: emptyReport(path, role, opened.findings) };
    const countTokens = ctx.options.countTokens !== false;
    const accumulator = new _accumulate_js__WEBPACK_IMPORTED_MODULE_0__/* .FileAccumulator */ .Bj({
        path,
        role,
        overlapWith: extra.overlapWith,
        goldenLines: extra.goldenLines,
        goldenPath: extra.goldenPath,
        goldenExamples: extra.goldenExamples,
        goldenLeakageShare: ctx.options.goldenLeakageShare,
        splitSeed: extra.splitSeed,
        base: extra.base,
        method: ctx.options.method,
        model: { id: ctx.options.model.id, methods: ctx.options.model.methods },
    });
    for (const f of opened.findings)
        accumulator.addFinding(f.severity, f.code, f.message, f.hint);
    const config = {
        role,
        model: (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .modelFacts */ .gR)(ctx.options.model),
        tokenizer: countTokens ? ctx.options.model.tokenizer : undefined,
        promptHashes: extra.base !== undefined,
        goldenQuestions: extra.goldenLines ? [...extra.goldenLines.keys()] : undefined,
        maxLineBytes: ctx.maxLineBytes,
        method: ctx.options.method,
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
        model: (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .modelFacts */ .gR)(ctx.options.model),
        tokenizer: ctx.options.countTokens !== false ? ctx.options.model.tokenizer : undefined,
        promptHashes: true,
        maxLineBytes: ctx.maxLineBytes,
        method: ctx.options.method,
    };
    try {
        await streamInto(ctx, (0,_chunks_js__WEBPACK_IMPORTED_MODULE_6__/* .iterableReader */ .iY)(source), config, accumulator);
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
/** Golden question hashes (normalized last user message) -> first golden line, and how many ask it. */
function goldenQuestions(examples) {
    const map = new Map();
    for (const g of examples) {
        const question = [...g.messages].reverse().find((m) => m.role === 'user');
        if (question && typeof question.content === 'string') {
            const h = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .questionHash */ .Db)(question.content);
            const seen = map.get(h);
            if (seen)
                seen.count += 1;
            else
                map.set(h, { line: g.line, count: 1 });
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
        let goldenExamples = 0;
        if (options.golden) {
            const base = await baseIndex(ctx, options.golden, 'golden');
            const golden = await runFile(ctx, options.golden, 'golden', {
                base: base === 'absent' ? undefined : base,
            });
            runs.push(golden);
            await withDiff(golden, base);
            goldenLines = goldenQuestions(golden.golden ?? []);
            goldenExamples = golden.golden?.length ?? 0;
        }
        const splitRatio = options.splitRatio ?? 0;
        const splitting = !options.validation && splitRatio > 0;
        const splitSeed = splitting ? (options.splitSeed ?? 'foundry-finetune') : undefined;
        const trainingBase = await baseIndex(ctx, options.training, 'training');
        const training = await runFile(ctx, options.training, 'training', {
            goldenLines,
            goldenPath: options.golden,
            goldenExamples,
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
                goldenExamples,
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
            const held = (0,_split_js__WEBPACK_IMPORTED_MODULE_7__/* .selectValidation */ .e)(entries.keys, undefined, splitRatio);
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
        const estimate = (0,_estimate_js__WEBPACK_IMPORTED_MODULE_8__/* .estimateTraining */ .h)(trainExamples, trainTokens, options.epochs, options.pricePer1kTokens, trainStats.estimatedExamples);
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
        const withAssumption = files.some((f) => f.stats.estimatedExamples > 0)
            ? { ...tokenizer, assumedRendering: _tokenizer_chat_template_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_RENDERING */ .Yn }
            : tokenizer;
        return {
            ok: errors === 0,
            model: options.model.id,
            method: options.method ?? 'sft',
            tokenizer: withAssumption,
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

//# sourceMappingURL=840.index.js.map