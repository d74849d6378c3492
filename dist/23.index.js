export const id = 23;
export const ids = [23,940];
export const modules = {

/***/ 90023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pickAnnotations: () => (/* binding */ pickAnnotations),
  validateCommand: () => (/* binding */ validateCommand),
  validationOutputs: () => (/* binding */ validationOutputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/dataset/index.ts + 2 modules
var dataset = __webpack_require__(45335);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/validation.ts

/** Findings tables longer than this are collapsed in the summary. */
const OPEN_FINDINGS = 10;
/** Findings shown in the PR comment (errors first). */
const COMMENT_FINDINGS = 5;
/** Findings listed per file in the summary before it has to shrink (the step's JSON report has them all). */
const SUMMARY_FINDINGS = 1000;
/** A finding's message and fix are cut at this length in the comment and in the summary (report.json keeps them whole). */
const COMMENT_TEXT = 300;
const SUMMARY_TEXT = 1000;
function clip(text, limit) {
    return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
function verdict(report) {
    if (report.errors > 0)
        return `${markdown/* ICON */.kb.failed} **${(0,markdown/* plural */.LS)(report.errors, 'error')}**`;
    if (report.warnings > 0)
        return `${markdown/* ICON */.kb.warning} valid, with ${(0,markdown/* plural */.LS)(report.warnings, 'warning')}`;
    return `${markdown/* ICON */.kb.succeeded} valid`;
}
/** What the training run reads: the training split's examples and tokens (the whole file without a split). */
function trainingFigures(report) {
    return { examples: report.estimate.examples, tokens: report.estimate.tokens };
}
function validationHeadline(report) {
    const training = report.files.find((f) => f.role === 'training');
    const { examples, tokens } = trainingFigures(report);
    const what = training
        ? `${(0,markdown/* plural */.LS)(examples, 'training example')}, ${(0,markdown/* plural */.LS)(tokens, 'token')}${report.split ? ' (after the split)' : ''}`
        : 'no training data';
    const problems = report.errors > 0
        ? `${(0,markdown/* plural */.LS)(report.errors, 'error')}, ${(0,markdown/* plural */.LS)(report.warnings, 'warning')}`
        : report.warnings > 0
            ? `valid, ${(0,markdown/* plural */.LS)(report.warnings, 'warning')}`
            : 'valid';
    return `${what}: ${problems}.`;
}
function fileLabel(f) {
    return `${(0,markdown/* code */.aY)(f.path)} (${f.role})`;
}
function problemCount(n, icon) {
    return n > 0 ? `${icon} ${(0,markdown/* formatInt */.Dw)(n)}` : '0';
}
/** Every statistic per file: the summary's table. */
function statsTable(report) {
    const rows = report.files.map((f) => {
        const s = f.stats;
        const roles = s.messagesByRole;
        return [
            fileLabel(f),
            (0,markdown/* formatInt */.Dw)(s.examples),
            (0,markdown/* formatInt */.Dw)(s.turns),
            `${s.estimatedExamples > 0 ? '≈' : ''}${(0,markdown/* formatInt */.Dw)(s.tokens.total)}`,
            (0,markdown/* formatInt */.Dw)(s.tokens.p50),
            (0,markdown/* formatInt */.Dw)(s.tokens.p95),
            (0,markdown/* formatInt */.Dw)(s.tokens.max),
            (0,markdown/* formatInt */.Dw)(s.trainedTokens),
            `${(0,markdown/* formatInt */.Dw)(roles.system)} / ${(0,markdown/* formatInt */.Dw)(roles.user)} / ${(0,markdown/* formatInt */.Dw)(roles.assistant)} / ${(0,markdown/* formatInt */.Dw)(roles.tool)}`,
            problemCount(f.errors, markdown/* ICON */.kb.failed),
            problemCount(f.warnings, markdown/* ICON */.kb.warning),
        ];
    });
    const right = 'right';
    return (0,markdown/* table */.tp)([
        'File',
        'Examples',
        'Turns',
        'Tokens',
        'p50',
        'p95',
        'Max',
        'Trained tokens',
        'System / user / assistant / tool',
        'Errors',
        'Warnings',
    ], rows, ['left', right, right, right, right, right, right, right, right, right, right]);
}
/** What a reviewer decides on, narrow enough for a comment: size and problems per file. */
function commentStatsTable(report) {
    return (0,markdown/* table */.tp)(['File', 'Examples', 'Tokens', 'Errors', 'Warnings'], report.files.map((f) => [
        fileLabel(f),
        (0,markdown/* formatInt */.Dw)(f.stats.examples),
        (0,markdown/* formatInt */.Dw)(f.stats.tokens.total),
        problemCount(f.errors, markdown/* ICON */.kb.failed),
        problemCount(f.warnings, markdown/* ICON */.kb.warning),
    ]), ['left', 'right', 'right', 'right', 'right']);
}
function validation_location(f) {
    return (0,markdown/* code */.aY)(f.line === undefined ? f.file : `${f.file}:${f.line}`);
}
function findingsTable(findings, withCode) {
    const headers = withCode
        ? ['Level', 'Where', 'Code', 'Problem', 'Fix']
        : ['Level', 'Where', 'Problem', 'Fix'];
    const limit = withCode ? SUMMARY_TEXT : COMMENT_TEXT;
    return (0,markdown/* table */.tp)(headers, findings.map((f) => [
        f.severity === 'error' ? markdown/* ICON */.kb.failed : markdown/* ICON */.kb.warning,
        validation_location(f),
        ...(withCode ? [(0,markdown/* code */.aY)(f.code)] : []),
        (0,markdown/* cell */.Hn)(clip(f.message, limit)),
        (0,markdown/* cell */.Hn)(clip(f.hint ?? '', limit)),
    ]));
}
function fileFindings(f, rows) {
    if (f.findings.length === 0)
        return '';
    const label = `${(0,markdown/* plural */.LS)(f.errors, 'error')}, ${(0,markdown/* plural */.LS)(f.warnings, 'warning')} in \`${f.path}\``;
    const shown = f.findings.slice(0, rows);
    const notes = [];
    const cut = f.findings.length - shown.length;
    if (cut > 0) {
        notes.push(`${(0,markdown/* formatInt */.Dw)(cut)} more listed finding${cut === 1 ? '' : 's'} of this file not shown here, to keep the report within GitHub's size limit: the step's \`report.json\` (the \`report\` output) has them.`);
    }
    if (f.omitted > 0) {
        notes.push(`${(0,markdown/* formatInt */.Dw)(f.omitted)} more finding${f.omitted === 1 ? '' : 's'} of the same kinds are counted but not listed (the first 100 of each kind are).`);
    }
    const body = [shown.length > 0 ? findingsTable(shown, true) : '', ...notes].filter(Boolean).join('\n\n');
    return f.findings.length > OPEN_FINDINGS ? (0,markdown/* details */.zH)(label, body) : `**${(0,markdown/* inline */.mG)(label)}**\n\n${body}`;
}
/** Diff rows add up: base = unchanged + changed + removed, and the file = unchanged + changed + added. */
function diffTable(diff, compact) {
    const ref = diff[0]?.ref ?? '';
    const heading = `**Changes against ${(0,markdown/* code */.aY)(ref.slice(0, 12), 'text')}**`;
    if (compact) {
        const changed = diff.filter((d) => d.newFile || d.added + d.removed + d.changed > 0 || d.tokenDelta !== 0);
        if (changed.length === 0)
            return `${heading}: no example added, removed or changed.`;
        return `${heading}\n\n${(0,markdown/* table */.tp)(['File', 'Added', 'Removed', 'Changed', 'Token delta'], changed.map((d) => [
            (0,markdown/* code */.aY)(d.path) + (d.newFile ? ' (new file)' : ''),
            `+${(0,markdown/* formatInt */.Dw)(d.added)}`,
            `-${(0,markdown/* formatInt */.Dw)(d.removed)}`,
            (0,markdown/* formatInt */.Dw)(d.changed),
            (0,markdown/* formatSignedInt */.RZ)(d.tokenDelta),
        ]), ['left', 'right', 'right', 'right', 'right'])}`;
    }
    const rows = diff.map((d) => [
        (0,markdown/* code */.aY)(d.path),
        d.newFile ? 'new file' : (0,markdown/* formatInt */.Dw)(d.baseExamples),
        `+${(0,markdown/* formatInt */.Dw)(d.added)}`,
        `-${(0,markdown/* formatInt */.Dw)(d.removed)}`,
        (0,markdown/* formatInt */.Dw)(d.changed),
        (0,markdown/* formatInt */.Dw)(d.unchanged),
        (0,markdown/* formatSignedInt */.RZ)(d.tokenDelta),
    ]);
    return `${heading}\n\n${(0,markdown/* table */.tp)(['File', 'Base examples', 'Added', 'Removed', 'Changed', 'Unchanged', 'Token delta'], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right'])}\n\n<sub>Changed: same prompt, another answer. Base examples = unchanged + changed + removed; examples now = unchanged + changed + added.</sub>`;
}
function splitText(report) {
    const s = report.split;
    if (!s)
        return '';
    const heldTokens = (report.files.find((f) => f.role === 'training')?.stats.tokens.total ?? 0) - report.estimate.tokens;
    return `**Training split:** there is no validation file, so ${(0,markdown/* plural */.LS)(s.validation, 'example')} of ${(0,markdown/* formatInt */.Dw)(s.training + s.validation)} (${(0,markdown/* plural */.LS)(heldTokens, 'token')}; ratio ${s.ratio}, seed ${(0,markdown/* code */.aY)(s.seed, 'text')}) are held out for validation; training reads the other ${(0,markdown/* plural */.LS)(s.training, 'example')}, ${(0,markdown/* plural */.LS)(report.estimate.tokens, 'token')}. \`train\` uploads the same split.`;
}
function estimateText(report) {
    const e = report.estimate;
    const epochs = e.epochsSource === 'input'
        ? (0,markdown/* plural */.LS)(e.epochs, 'epoch')
        : `${(0,markdown/* plural */.LS)(e.epochs, 'epoch')} (the default for ${(0,markdown/* plural */.LS)(e.examples, 'example')})`;
    const cost = e.cost === undefined
        ? 'set `price-per-1k-training-tokens` for a cost estimate'
        : `**≈ ${(0,markdown/* formatMoney */.up)(e.cost)}** at ${e.pricePer1kTokens} per 1K billed tokens`;
    const approx = e.estimatedExamples > 0 ? '≈' : '';
    return `**Training estimate:** ${approx}${(0,markdown/* plural */.LS)(e.tokens, 'token')} of the training split x ${epochs} = **${approx}${(0,markdown/* plural */.LS)(e.billedTokens, 'billed token')}**; ${cost}.`;
}
/** The token vocabulary, defined once per report. */
function vocabulary(report) {
    const t = report.tokenizer;
    const exact = t.exact
        ? 'exact'
        : `≈ marks estimates: tools are converted by the service in a way no template publishes; counted as ${(0,markdown/* inline */.mG)(t.assumedRendering ?? '')}`;
    return `<sub>**Tokens**: the whole sequence the model reads, chat template included (${(0,markdown/* inline */.mG)(report.model)} template, ${(0,markdown/* inline */.mG)(t.name)}; ${exact}). **Trained tokens**: tokens of the assistant messages the loss covers (weight 1), each with its end marker. **Billed tokens**: tokens of the training split x epochs, what Azure bills.</sub>`;
}
function timing(report) {
    const t = report.tokenizer;
    return `<sub>Checked in ${(report.elapsedMs / 1000).toFixed(1)}s on ${(0,markdown/* plural */.LS)(t.threads, 'thread')}.</sub>`;
}
/** The job summary section: everything, with long lists collapsed. */
function renderValidationSummary(report, options = {}) {
    const rows = options.rows ?? SUMMARY_FINDINGS;
    const parts = [`### Dataset check: ${verdict(report)}`, statsTable(report), splitText(report)];
    for (const f of report.files)
        parts.push(fileFindings(f, rows));
    if (report.diff.length > 0)
        parts.push(diffTable(report.diff, false));
    parts.push(estimateText(report), vocabulary(report), timing(report));
    return parts.filter((p) => p !== '').join('\n\n');
}
/** The pull request comment section: the verdict, what each file holds, the first findings, the cost. */
function renderValidationComment(report, options = {}) {
    const max = Math.min(options.rows ?? COMMENT_FINDINGS, COMMENT_FINDINGS);
    const parts = [`### Dataset check: ${verdict(report)}`, commentStatsTable(report), splitText(report)];
    const all = report.files.flatMap((f) => f.findings);
    const first = [
        ...all.filter((f) => f.severity === 'error'),
        ...all.filter((f) => f.severity !== 'error'),
    ].slice(0, max);
    if (first.length > 0)
        parts.push(findingsTable(first, false));
    const more = report.errors + report.warnings - first.length;
    if (more > 0)
        parts.push(`…and ${(0,markdown/* plural */.LS)(more, 'more finding')} in the job summary.`);
    if (report.diff.length > 0)
        parts.push(diffTable(report.diff, true));
    parts.push(estimateText(report), vocabulary(report));
    return parts.filter((p) => p !== '').join('\n\n');
}

// EXTERNAL MODULE: ./src/report/steps.ts
var steps = __webpack_require__(70021);
;// CONCATENATED MODULE: ./src/commands/validate.ts




/** Paths relative to the repository root, with forward slashes, as annotations and comments need. */
function relativePath(root, file) {
    const rel = external_node_path_default().relative(root, external_node_path_default().resolve(root, file));
    return rel.split((external_node_path_default()).sep).join('/');
}
/** Errors first, then warnings, at most `max`: the ones shown on the pull request diff. */
function pickAnnotations(report, max, extra = []) {
    const all = [...report.files.flatMap((f) => f.findings), ...extra];
    const ordered = [
        ...all.filter((f) => f.severity === 'error'),
        ...all.filter((f) => f.severity === 'warning'),
    ];
    return ordered.slice(0, max).map((f) => ({
        level: f.severity === 'error' ? 'error' : 'warning',
        title: `Dataset ${f.severity}: ${f.code}`,
        message: f.hint ? `${f.message}\n${f.hint}` : f.message,
        file: f.file,
        line: f.line,
    }));
}
/** Examples and tokens both of the training split (after it), as the comment and summaries count them. */
function validationOutputs(report, safetyErrors = 0) {
    return {
        valid: String(report.ok && safetyErrors === 0),
        errors: String(report.errors + safetyErrors),
        warnings: String(report.warnings),
        examples: String(report.estimate.examples),
        tokens: String(report.estimate.tokens),
        'billed-tokens': String(report.estimate.billedTokens),
        'estimated-cost': report.estimate.cost === undefined ? '' : report.estimate.cost.toFixed(2),
    };
}
function failure(report, failOn, safetyErrors) {
    if (failOn === 'never')
        return undefined;
    if (safetyErrors > 0 && report.errors === 0) {
        return `Content safety: ${safetyErrors} example(s) at or above the severity threshold, or not screened; see the job summary.`;
    }
    if (report.errors + safetyErrors > 0) {
        return `The datasets have ${report.errors + safetyErrors} error(s); see the job summary.`;
    }
    if (failOn === 'warning' && report.warnings > 0)
        return `The datasets have ${report.warnings} warning(s) and fail-on is 'warning'; see the job summary.`;
    return undefined;
}
const validateCommand = async (ctx) => {
    const { config, event, github, log } = ctx;
    const { data, root } = config;
    if (!data.training) {
        const message = "No training data to validate: set the 'training-file' input (or `data.training` in the config file) to your chat JSONL file.";
        return {
            command: 'validate',
            status: 'failed',
            headline: 'No training file configured.',
            summary: (0,steps/* renderFailure */.zt)('Dataset check: no training data', message),
            outputs: {
                valid: 'false',
                errors: '1',
                warnings: '0',
                examples: '0',
                tokens: '0',
                'billed-tokens': '0',
                'estimated-cost': '',
            },
            annotations: [],
            failure: message,
        };
    }
    const ref = data.baseRef ?? event.pullRequest?.baseSha;
    const report = await (0,dataset/* validateDatasets */.MQ)({
        root,
        model: config.model,
        training: relativePath(root, data.training),
        validation: data.validation ? relativePath(root, data.validation) : undefined,
        golden: data.golden ? relativePath(root, data.golden) : undefined,
        splitRatio: data.splitRatio,
        splitSeed: data.splitSeed,
        epochs: config.training.epochs,
        pricePer1kTokens: config.training.pricePer1kTokens,
        method: config.training.method,
        goldenLeakageShare: config.validation.goldenLeakageShare,
        base: ref
            ? {
                ref,
                // A base file that cannot be read leaves that file without a diff; the reason is a warning.
                readFile: (file) => github.readFileAtRef(file, ref).catch((e) => {
                    log.warning(`No diff for ${file}: ${e instanceof Error ? e.message : String(e)}`);
                    throw e;
                }),
            }
            : undefined,
        log: (m) => log.info(m),
    });
    const safety = await screenContent(ctx, report);
    const safetyFindings = safety?.findings ?? [];
    const failed = failure(report, config.validation.failOn, safetyFindings.length);
    const safetySection = safety ? `\n\n${safety.section}` : '';
    return {
        command: 'validate',
        status: failed ? 'failed' : 'succeeded',
        headline: validationHeadline(report) + (safety?.headline ? ` ${safety.headline}` : ''),
        summary: renderValidationSummary(report) + safetySection,
        comment: renderValidationComment(report) + safetySection,
        shrink: (rows) => ({
            summary: renderValidationSummary(report, { rows }) + safetySection,
            comment: renderValidationComment(report, { rows }) + safetySection,
        }),
        outputs: validationOutputs(report, safetyFindings.length),
        annotations: pickAnnotations(report, config.validation.maxAnnotations, safetyFindings),
        detail: safety?.screening ? { ...report, contentSafety: safety.screening } : report,
        failure: failed,
    };
};
/**
 * Every example through Azure AI Content Safety, when an endpoint is configured. Loaded on demand: a
 * check without it never loads the client. A screening that cannot run is reported, and an example that
 * could not be screened is an error: nothing passes unscreened.
 */
async function screenContent(ctx, report) {
    const { config, log } = ctx;
    if (!config.contentSafety.endpoint)
        return undefined;
    const safety = await Promise.all(/* import() */[__webpack_require__.e(362), __webpack_require__.e(328)]).then(__webpack_require__.bind(__webpack_require__, 39362));
    const decision = safety.screeningDecision(config.contentSafety, ctx.event);
    if (!decision.run) {
        log.info(`content safety: not screening (${decision.reason}).`);
        return {
            findings: [],
            section: (0,steps/* renderNote */.NS)('Content safety', `The data was not screened: ${decision.reason}.`),
        };
    }
    try {
        const credential = decision.auth === 'azure-credential'
            ? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6400))).createCredential(config, log)
            : undefined;
        const screening = await safety.screenDataset({
            files: report.files.map((f) => ({ path: f.path })),
            root: config.root,
            config: config.contentSafety,
            credential,
            log,
            signal: ctx.signal,
        });
        return {
            findings: screening.findings,
            screening,
            headline: safety.safetyHeadline(screening),
            section: safety.renderSafetySection(screening),
        };
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const finding = {
            severity: 'error',
            code: 'unscreened',
            message: `The data could not be screened for content safety: ${message}`,
            hint: "Check 'content-safety-endpoint' and 'content-safety-key' (or the identity's role on the Content Safety resource).",
            file: report.files[0]?.path ?? '',
        };
        return {
            findings: [finding],
            headline: 'Content safety: not screened.',
            section: (0,steps/* renderNote */.NS)('Content safety', `❌ ${finding.message}`),
        };
    }
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
// EXTERNAL MODULE: ./src/dataset/tokenizer/index.ts + 5 modules
var tokenizer = __webpack_require__(18504);
// EXTERNAL MODULE: ./src/dataset/accumulate.ts + 1 modules
var accumulate = __webpack_require__(82668);
// EXTERNAL MODULE: ./src/dataset/worker.ts
var worker = __webpack_require__(76940);
// EXTERNAL MODULE: ./src/dataset/pipeline.ts
var pipeline = __webpack_require__(42232);
;// CONCATENATED MODULE: ./src/dataset/index.ts
/** The dataset core's public API: validation, training-data preparation, golden sets, token counts. */













/***/ }),

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

//# sourceMappingURL=23.index.js.map