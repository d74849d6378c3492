export const id = 850;
export const ids = [850];
export const modules = {

/***/ 82748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ allGatesPassed),
/* harmony export */   WX: () => (/* binding */ formatGateValue),
/* harmony export */   ud: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* unused harmony exports lookup, evaluateGate */
const isUnknown = (v) => typeof v === 'object';
function merge(a, b) {
    return {
        unknown: true,
        noBaseline: a.noBaseline || b.noBaseline,
        reasons: [...new Set([...a.reasons, ...b.reasons])],
    };
}
function unmeasured(ref) {
    const m = ref.metric;
    if (m === 'similarity')
        return `'${ref.text}' was not measured: no judge endpoint is configured`;
    if (m === 'cost')
        return `'${ref.text}' was not measured: no token prices are configured`;
    if (m === 'unsafe_rate')
        return `'${ref.text}' was not measured: the content-safety check did not run`;
    return `'${ref.text}' was not measured (no answers to measure it on)`;
}
/** The number a reference stands for, or why there is none. */
function lookup(ref, view) {
    if (ref.scope !== 'candidate' && !view.baseline) {
        return { unknown: true, noBaseline: true, reasons: ['no baseline was evaluated'] };
    }
    let value;
    if (ref.scope === 'candidate')
        value = view.candidate[ref.metric];
    else if (ref.scope === 'baseline')
        value = view.baseline?.[ref.metric];
    else {
        const d = view.delta?.[ref.metric];
        value = d === undefined ? undefined : d[ref.field ?? 'value'];
    }
    return value === undefined || !Number.isFinite(value)
        ? { unknown: true, noBaseline: false, reasons: [unmeasured(ref)] }
        : value;
}
/** When either operand is unknown, the unknown the pair stands for (both reasons kept); else undefined. */
function unknownOf(l, r) {
    if (isUnknown(l))
        return isUnknown(r) ? merge(l, r) : l;
    return isUnknown(r) ? r : undefined;
}
function evaluate(expr, view) {
    switch (expr.type) {
        case 'number':
            return expr.value;
        case 'ref':
            return lookup(expr.ref, view);
        case 'negate': {
            const v = evaluate(expr.operand, view);
            return isUnknown(v) ? v : -v;
        }
        case 'arithmetic': {
            const l = evaluate(expr.left, view);
            const r = evaluate(expr.right, view);
            const unknown = unknownOf(l, r);
            if (unknown)
                return unknown;
            const a = l;
            const b = r;
            const out = expr.op === '+' ? a + b : expr.op === '-' ? a - b : expr.op === '*' ? a * b : a / b;
            if (!Number.isFinite(out))
                return { unknown: true, noBaseline: false, reasons: ['the expression divides by zero'] };
            return out;
        }
        case 'compare': {
            const l = evaluate(expr.left, view);
            const r = evaluate(expr.right, view);
            const unknown = unknownOf(l, r);
            if (unknown)
                return unknown;
            const a = l;
            const b = r;
            switch (expr.op) {
                case '>=':
                    return a >= b;
                case '<=':
                    return a <= b;
                case '>':
                    return a > b;
                case '<':
                    return a < b;
                case '==':
                    return a === b;
                case '!=':
                    return a !== b;
            }
            break;
        }
        case 'logic': {
            const l = evaluate(expr.left, view);
            const r = evaluate(expr.right, view);
            const decisive = expr.op === 'and' ? false : true;
            if (l === decisive || r === decisive)
                return decisive;
            const unknown = unknownOf(l, r);
            if (unknown)
                return unknown;
            return !decisive;
        }
    }
    throw new Error('unreachable');
}
function describeMiss(view, gate) {
    // Name the candidate metrics a failing comparison read, e.g. "f1 = 0.512", so the reason reads alone.
    const parts = gate.references.map((r) => {
        const v = lookup(r, view);
        return isUnknown(v) ? `${r.text} not measured` : `${r.text} = ${formatGateValue(v)}`;
    });
    return parts.join(', ');
}
/** Three significant digits below 100, whole numbers above: enough to see why a threshold was missed. */
function formatGateValue(v) {
    return Math.abs(v) >= 100 ? String(Math.round(v)) : String(Number(v.toPrecision(3)));
}
function evaluateGate(gate, view) {
    const values = gate.references.map((r) => {
        const v = lookup(r, view);
        return { ref: r.text, value: isUnknown(v) ? undefined : v };
    });
    const result = evaluate(gate.expr, view);
    if (result === true)
        return { expression: gate.expression, status: 'passed', values };
    if (result === false) {
        return {
            expression: gate.expression,
            status: 'failed',
            values,
            reason: `not met: ${describeMiss(view, gate)}`,
        };
    }
    const unknown = result;
    if (unknown.noBaseline && unknown.reasons.length === 1) {
        return {
            expression: gate.expression,
            status: 'not-applicable',
            values,
            reason: 'no baseline was evaluated (no model in production, or baseline `none`)',
        };
    }
    return {
        expression: gate.expression,
        status: 'failed',
        values,
        reason: unknown.reasons.filter((r) => r !== 'no baseline was evaluated').join('; ') ||
            unknown.reasons.join('; '),
    };
}
/** Every gate's verdict, in order. */
function evaluateGates(gates, view) {
    return gates.map((g) => evaluateGate(g, view));
}
/** True when no gate failed (not-applicable gates do not block). */
function allGatesPassed(verdicts) {
    return verdicts.every((v) => v.status !== 'failed');
}


/***/ }),

/***/ 62877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ hasWorkspace),
/* harmony export */   Lo: () => (/* binding */ endpointFor),
/* harmony export */   YR: () => (/* binding */ repositoryVersions),
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   ar: () => (/* binding */ PROMOTION_TAGS),
/* harmony export */   lG: () => (/* binding */ findProduction),
/* harmony export */   uW: () => (/* binding */ metricTags)
/* harmony export */ });
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32675);
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33078);


const STAGES = {
    candidate: 'candidate',
    production: 'production',
    /** A former production version, replaced by a promotion. */
    archived: 'archived',
    /** Its gates failed: retraining the same data would only repeat that. */
    rejected: 'rejected',
};
const PROMOTION_TAGS = {
    previousProduction: `${_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PREFIX */ .C_}.previous-production`,
    promotedAt: `${_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PREFIX */ .C_}.promoted-at`,
    promotedBy: `${_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PREFIX */ .C_}.promoted-by`,
    metricPrefix: `${_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_PREFIX */ .C_}.metric.`,
};
/** Metrics worth keeping on the model itself, so the models table and retrain can read them later. */
const TAGGED_METRICS = ['exact_match', 'f1', 'rougeL', 'bleu', 'latency_p95_ms', 'unsafe_rate'];
function metricTags(view) {
    const tags = {};
    for (const name of TAGGED_METRICS) {
        const value = view.candidate[name];
        if (value !== undefined && Number.isFinite(value)) {
            tags[`${PROMOTION_TAGS.metricPrefix}${name}`] = String(Number(value.toFixed(4)));
        }
    }
    return tags;
}
/** Whether the config names a workspace at all: without one there is no registry to ask. */
function hasWorkspace(config) {
    return Boolean(config.azure.subscriptionId && config.azure.resourceGroup && config.azure.workspace);
}
/** This repository's versions of the configured model, newest first. */
async function repositoryVersions(foundry, config, repository) {
    const versions = await foundry.listModelVersions(config.training.modelName, {
        tags: { [_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.repository]: repository },
    });
    return [...versions].sort((a, b) => Number((0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(b)) - Number((0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(a)) || (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(b).localeCompare((0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(a)));
}
/**
 * The version in production: tagged `stage=production`; when a half-finished promotion left two, the one
 * promoted last.
 */
async function findProduction(foundry, config, repository) {
    const production = (await repositoryVersions(foundry, config, repository)).filter((v) => v.properties.tags?.[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.stage] === STAGES.production);
    const promotedAt = (v) => v.properties.tags?.[PROMOTION_TAGS.promotedAt] ?? '';
    const newest = production.sort((a, b) => promotedAt(b).localeCompare(promotedAt(a)))[0];
    if (!newest)
        return undefined;
    const version = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(newest);
    return {
        name: config.training.modelName,
        version,
        id: await foundry.modelId(config.training.modelName, version),
        tags: newest.properties.tags ?? {},
    };
}
/** The serverless endpoint that serves a model id and finished provisioning, if any. */
async function endpointFor(foundry, modelId) {
    return (await foundry.listEndpoints()).find((e) => e.properties.modelSettings?.modelId === modelId &&
        /^succeeded$/i.test(e.properties.provisioningState ?? 'Succeeded'));
}


/***/ }),

/***/ 29686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xd: () => (/* binding */ unansweredHeadline),
/* harmony export */   aN: () => (/* binding */ renderGateTable),
/* harmony export */   hL: () => (/* binding */ gateFailureMessage),
/* harmony export */   tZ: () => (/* binding */ evaluationHeadline),
/* harmony export */   zk: () => (/* binding */ renderEvaluation)
/* harmony export */ });
/* unused harmony exports deltaVerdict, codeCell, renderDeltaChart, worstRegressions */
/* harmony import */ var _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73756);
/* harmony import */ var _gate_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82748);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);



const TEXT_LIMIT = 400;
function truncate(text, limit = TEXT_LIMIT) {
    return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
function formatMetric(info, value) {
    if (value === undefined)
        return '–';
    if (info.unit === 'ms')
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(value)} ms`;
    if (info.digits === 0)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(value);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(value, info.digits);
}
function formatDelta(info, value) {
    if (info.unit === 'ms')
        return `${value > 0 ? '+' : ''}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(value)} ms`;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(value, Math.max(info.digits, info.quality ? 3 : info.digits));
}
/** Better, worse or no clear change: judged by the interval, not the point estimate. */
function deltaVerdict(info, d) {
    const sign = info.better === 'higher' ? 1 : -1;
    if (d.ciLow * sign > 0 && d.ciHigh * sign > 0)
        return 'better';
    if (d.ciLow * sign < 0 && d.ciHigh * sign < 0)
        return 'worse';
    return 'unclear';
}
const VERDICT_TEXT = { better: '🟢 better', worse: '🔴 worse', unclear: '≈ no clear change' };
function location(options, line) {
    return options.goldenFile ? `${options.goldenFile}:${line}` : `line ${line}`;
}
function shownMetrics(result) {
    return _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.filter((m) => result.candidate.metrics[m.name] !== undefined || result.baseline?.metrics[m.name] !== undefined);
}
function metricsTable(result, labels) {
    const rows = shownMetrics(result);
    if (!result.baseline) {
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Metric', labels.candidate], rows.map((m) => [`\`${m.name}\``, formatMetric(m, result.candidate.metrics[m.name])]), ['left', 'right']);
    }
    const pct = Math.round(result.bootstrap.confidence * 100);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Metric', labels.candidate, labels.baseline, 'Δ', `${pct}% CI`, ''], rows.map((m) => {
        const d = result.deltas[m.name];
        return [
            `\`${m.name}\``,
            formatMetric(m, result.candidate.metrics[m.name]),
            formatMetric(m, result.baseline.metrics[m.name]),
            d ? formatDelta(m, d.value) : '–',
            d ? `[${formatDelta(m, d.ciLow)}, ${formatDelta(m, d.ciHigh)}]` : '–',
            d ? VERDICT_TEXT[deltaVerdict(m, d)] : '',
        ];
    }), ['left', 'right', 'right', 'right', 'right', 'left']);
}
/**
 * Inline code in a table cell. GitHub shows HTML entities inside code spans literally, so only the pipe
 * (which would end the cell) is escaped, and the fence is longer than any backtick run inside.
 */
function codeCell(text) {
    const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
const GATE_TEXT = {
    passed: `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.succeeded} pass`,
    failed: `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.failed} fail`,
    'not-applicable': `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.skipped} not applicable`,
};
function renderGateTable(verdicts) {
    if (verdicts.length === 0)
        return '_No gates configured: nothing blocks promotion._';
    const failed = verdicts.filter((v) => v.status === 'failed').length;
    const headline = failed === 0
        ? `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.succeeded} **All ${verdicts.length} gate${verdicts.length === 1 ? '' : 's'} passed.**`
        : `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.failed} **${failed} of ${verdicts.length} gate${verdicts.length === 1 ? '' : 's'} failed.**`;
    const rows = verdicts.map((v) => [
        codeCell(v.expression),
        GATE_TEXT[v.status],
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(v.values.map((x) => `${x.ref} = ${x.value === undefined ? '–' : (0,_gate_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .formatGateValue */ .WX)(x.value)}`).join(', ')),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(v.status === 'passed' ? '' : (v.reason ?? '')),
    ]);
    return `${headline}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Gate', 'Result', 'Values', 'Why'], rows)}`;
}
function qualityDeltas(result) {
    return _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.filter((m) => m.quality && result.deltas[m.name]).map((info) => ({
        info,
        d: result.deltas[info.name],
    }));
}
/** The quality deltas in points (x100) as text: the fallback for renderers without mermaid. */
function deltaTable(items) {
    const scale = Math.max(...items.map((x) => Math.abs(x.d.value * 100)), 1e-9);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Metric', 'Δ (points)', ''], items.map(({ info, d }) => {
        const points = d.value * 100;
        const bar = '█'.repeat(Math.round((Math.abs(points) / scale) * 20));
        const better = (info.better === 'higher' ? points : -points) > 0;
        return [
            `\`${info.name}\``,
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(points, 1),
            points === 0 ? '' : `${better ? '🟩' : '🟥'} ${bar}`,
        ];
    }), ['left', 'right', 'left']);
}
/**
 * Mermaid's xychart draws every bar up from the bottom of the axis, so a negative value would look like a
 * short positive bar. The chart therefore plots sizes, with gains and losses as two series in two
 * colours and the signed value in each label.
 */
function renderDeltaChart(result, baselineLabel) {
    const items = qualityDeltas(result);
    if (items.length === 0)
        return undefined;
    const points = items.map(({ info, d }) => ({
        label: `${info.name} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(d.value * 100, 1)}`,
        size: Math.abs(d.value * 100),
        better: (info.better === 'higher' ? d.value : -d.value) >= 0,
    }));
    const top = Math.max(1, Math.ceil(Math.max(...points.map((p) => p.size))));
    const series = (better) => `[${points.map((p) => (p.better === better ? Number(p.size.toFixed(2)) : 0)).join(', ')}]`;
    const title = `Candidate vs ${baselineLabel}: change in points (green better, red worse)`.replace(/"/g, "'");
    return [
        '```mermaid',
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2da44e, #cf222e"}}}}%%',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${points.map((p) => JSON.stringify(p.label)).join(', ')}]`,
        `  y-axis "points" 0 --> ${top}`,
        `  bar ${series(true)}`,
        `  bar ${series(false)}`,
        '```',
    ].join('\n');
}
function chartSection(result, baselineLabel, mode) {
    if (mode === 'none')
        return '';
    const items = qualityDeltas(result);
    if (items.length === 0)
        return '';
    const fallback = deltaTable(items);
    if (mode === 'table')
        return fallback;
    return `${renderDeltaChart(result, baselineLabel)}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)('The same deltas as a table', fallback)}`;
}
function answerText(a) {
    if (!a)
        return '–';
    if (a.outcome === 'failed')
        return `_(no answer: ${a.message ?? 'failed'})_`;
    if (a.outcome === 'content_filter')
        return '_(blocked by the content filter)_';
    return a.text === '' ? '_(empty)_' : truncate(a.text ?? '');
}
function exampleBlock(ex, labels, options, headline) {
    const rows = [
        ['Prompt', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(truncate(ex.prompt))],
        [ex.expected.length > 1 ? 'Expected (any)' : 'Expected', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(truncate(ex.expected.join(' ‖ ')))],
        [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.candidate), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(answerText(ex.candidate))],
    ];
    if (ex.baseline)
        rows.push([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.baseline), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(answerText(ex.baseline))]);
    return `**${location(options, ex.line)}** · ${headline}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['', ''], rows)}`;
}
const f1Of = (a) => a?.scores?.f1;
/** Examples where the candidate lost most F1 against the baseline (ties: ROUGE-L), worst first. */
function worstRegressions(result, limit) {
    if (!result.baseline)
        return [];
    return result.examples
        .filter((ex) => f1Of(ex.candidate) !== undefined && f1Of(ex.baseline) !== undefined)
        .map((ex) => ({
        ex,
        f1: f1Of(ex.candidate) - f1Of(ex.baseline),
        rougeL: ex.candidate.scores.rougeL - ex.baseline.scores.rougeL,
    }))
        .filter((x) => x.f1 < 0 || (x.f1 === 0 && x.rougeL < 0))
        .sort((a, b) => a.f1 - b.f1 || a.rougeL - b.rougeL || a.ex.line - b.ex.line)
        .slice(0, limit)
        .map((x) => x.ex);
}
function regressionsSection(result, labels, options, limit) {
    if (limit <= 0)
        return '';
    if (!result.baseline) {
        const lowest = result.examples
            .filter((ex) => f1Of(ex.candidate) !== undefined)
            .sort((a, b) => f1Of(a.candidate) - f1Of(b.candidate) || a.line - b.line)
            .slice(0, limit);
        if (lowest.length === 0)
            return '';
        const blocks = lowest.map((ex) => exampleBlock(ex, labels, options, `F1 ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(f1Of(ex.candidate), 2)}`));
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Lowest-scoring answers (${lowest.length})`, blocks.join('\n\n'));
    }
    const worst = worstRegressions(result, limit);
    if (worst.length === 0)
        return `_No example scores lower than on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.baseline)}._`;
    const all = worstRegressions(result, Number.POSITIVE_INFINITY).length;
    const blocks = worst.map((ex) => exampleBlock(ex, labels, options, `F1 ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(f1Of(ex.baseline), 2)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(f1Of(ex.candidate), 2)}`));
    const title = `Worst regressions: ${worst.length} of ${all} example${all === 1 ? '' : 's'} that score lower than on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.baseline)}`;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(title, blocks.join('\n\n'));
}
function problemsSection(result, labels, options, limit) {
    const rows = [];
    for (const ex of result.examples) {
        for (const [side, label] of [
            ['candidate', labels.candidate],
            ['baseline', labels.baseline],
        ]) {
            const a = ex[side];
            if (!a || a.outcome === 'answered')
                continue;
            rows.push([
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(location(options, ex.line)),
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(label),
                a.outcome === 'failed' ? `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.failed} no answer` : `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.warning} filtered`,
                String(a.attempts),
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(truncate(a.message ?? '', 200)),
            ]);
        }
    }
    if (rows.length === 0)
        return '';
    // A comment holds 65,536 characters: list the first ones and say how many more there are.
    const shown = rows.slice(0, limit);
    const more = rows.length > shown.length ? `\n\n…and ${rows.length - shown.length} more.` : '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Failed and filtered examples (${rows.length})`, `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Example', 'Endpoint', 'Outcome', 'Attempts', 'Detail'], shown)}${more}`);
}
function countsLine(result, labels) {
    const side = (label, s) => {
        const parts = [`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.answered)} answered`];
        if (s.contentFiltered)
            parts.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.contentFiltered)} filtered`);
        if (s.failed)
            parts.push(`**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.failed)} failed**`);
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(label)}: ${parts.join(', ')}`;
    };
    const sides = [side(labels.candidate, result.candidate)];
    if (result.baseline)
        sides.push(side(labels.baseline, result.baseline));
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(result.examples.length)} golden examples · ${sides.join(' · ')}`;
}
function methodLine(result, labels) {
    const parts = [];
    if (result.baseline) {
        parts.push(`Δ = ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.candidate)} − ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.baseline)} on the examples both answered; ${Math.round(result.bootstrap.confidence * 100)}% paired-bootstrap interval (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(result.bootstrap.samples)} resamples, seed ${result.bootstrap.seed}). 🟢/🔴 only when the whole interval is on one side of 0.`);
    }
    parts.push('Failed examples are left out of the scores; filtered ones score 0.');
    return `<sub>${parts.join(' ')}</sub>`;
}
function clientLine(result, labels) {
    const one = (label, s) => {
        const c = s.client;
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(label)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(s.endpoint)}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.requests)} requests, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.retries)} retries (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.throttled)} throttled, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.serverErrors)} server errors, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.connectionErrors)} dropped, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.timeouts)} timeouts), concurrency down to ${c.lowestConcurrency}; ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.promptTokens)} prompt + ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.completionTokens)} completion tokens.`;
    };
    const lines = [one(labels.candidate, result.candidate)];
    if (result.baseline)
        lines.push(one(labels.baseline, result.baseline));
    return lines.map((l) => `- ${l}`).join('\n');
}
function definitionsSection(result) {
    const items = shownMetrics(result).map((m) => `- \`${m.name}\` (${m.better} is better): ${m.definition}`);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)('Metric definitions', items.join('\n'));
}
function renderEvaluation(result, verdicts, options = {}) {
    const labels = {
        candidate: options.candidateLabel ?? 'candidate',
        baseline: options.baselineLabel ?? 'baseline',
    };
    const chartMode = options.chart ?? 'mermaid';
    const heading = result.baseline
        ? `### Evaluation: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.candidate)} vs ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.baseline)}`
        : `### Evaluation: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.candidate)}`;
    const noBaseline = result.baseline ? '' : `_No baseline was evaluated, so there are no deltas._`;
    const gates = verdicts ? `#### Gates\n\n${renderGateTable(verdicts)}` : '';
    const chart = result.baseline ? chartSection(result, labels.baseline, chartMode) : '';
    const summary = [
        heading,
        countsLine(result, labels),
        metricsTable(result, labels),
        methodLine(result, labels),
        noBaseline,
        gates,
        chart,
        regressionsSection(result, labels, options, options.regressions?.summary ?? 10),
        problemsSection(result, labels, options, 500),
        definitionsSection(result),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)('Requests', clientLine(result, labels)),
    ];
    const comment = [
        heading,
        countsLine(result, labels),
        metricsTable(result, labels),
        methodLine(result, labels),
        noBaseline,
        gates,
        chart,
        regressionsSection(result, labels, options, options.regressions?.comment ?? 5),
        problemsSection(result, labels, options, 20),
    ];
    const join = (parts) => parts.filter((p) => p.trim() !== '').join('\n\n');
    return { summary: join(summary), comment: join(comment) };
}
/** Short headline for the step table: the main quality numbers, and the deltas when there are any. */
function evaluationHeadline(result, baselineLabel = 'baseline') {
    const pick = ['f1', 'rougeL', 'exact_match'];
    const parts = pick
        .filter((m) => result.candidate.metrics[m] !== undefined)
        .map((m) => {
        const d = result.deltas[m];
        return `${m} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(result.candidate.metrics[m], 3)}${d ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSigned */ .Gp)(d.value, 3)} vs ${baselineLabel})` : ''}`;
    });
    const failed = result.candidate.failed ? `, ${result.candidate.failed} failed` : '';
    return `${parts.join(', ')} on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(result.examples.length)} examples${failed}.`;
}
function percent(share) {
    const p = share * 100;
    return `${Number.isInteger(p) ? p : p.toFixed(1)}%`;
}
/**
 * Why an evaluation that measured too little failed: per side, how many examples got no answer against
 * the allowed share, and the most frequent reason. Says that nothing was judged on the rest.
 */
function unansweredHeadline(sides, maxShare, labels = {}) {
    const parts = sides.map((u) => {
        const label = labels[u.side] ?? u.side;
        const reason = u.reason
            ? `; ${u.reason.count === u.failed ? (u.failed === 1 ? 'it' : 'all') : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(u.reason.count)}`} got: ${truncate(u.reason.message, 300).replace(/\.$/, '')}`
            : '';
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(u.failed)} of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(u.total)} golden examples got no answer from ${label} (${percent(u.share)})${reason}`;
    });
    return `Evaluation incomplete: ${parts.join('. ')}. At most ${percent(maxShare)} may go unanswered (\`max-unanswered-share\`), so no gate or promotion ran on the rest.`;
}
/** One paragraph for the step's failure message: which gates failed and why. */
function gateFailureMessage(verdicts) {
    const failed = verdicts.filter((v) => v.status === 'failed');
    if (failed.length === 0)
        return undefined;
    const list = failed.map((v) => `\`${v.expression}\` (${v.reason ?? 'failed'})`).join('; ');
    return `${failed.length} of ${verdicts.length} gate${verdicts.length === 1 ? '' : 's'} failed: ${list}. The candidate was not promoted.`;
}


/***/ })

};

//# sourceMappingURL=850.index.js.map