export const id = 686;
export const ids = [686];
export const modules = {

/***/ 29686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ renderEvaluationSkipped),
/* harmony export */   T4: () => (/* binding */ renderEvaluationFailure),
/* harmony export */   X1: () => (/* binding */ renderUnanswered),
/* harmony export */   Xd: () => (/* binding */ unansweredHeadline),
/* harmony export */   Yi: () => (/* binding */ renderBaselineNote),
/* harmony export */   Yy: () => (/* binding */ renderGateNote),
/* harmony export */   hL: () => (/* binding */ gateFailureMessage),
/* harmony export */   oU: () => (/* binding */ renderGateSummary),
/* harmony export */   tZ: () => (/* binding */ evaluationHeadline),
/* harmony export */   zk: () => (/* binding */ renderEvaluation)
/* harmony export */ });
/* unused harmony exports formatMetric, formatDelta, deltaVerdict, codeCell, renderGateTable, renderDeltaChart, worstRegressions */
/* harmony import */ var _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73756);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70021);



const TEXT_LIMIT = 400;
function truncate(text, limit = TEXT_LIMIT) {
    return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
/** Every value of a metric with the metric's own decimals, so a column lines up (0.500 beside 0.722). */
function formatMetric(info, value) {
    if (value === undefined)
        return '–';
    if (info.unit === 'ms')
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(value)} ms`;
    if (info.digits === 0)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(value);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFixed */ .gn)(value, info.digits);
}
function formatDelta(info, value) {
    if (info.unit === 'ms')
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSignedFixed */ .iW)(value, 0)} ms`;
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSignedFixed */ .iW)(value, info.digits);
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
/** What a reviewer decides on: quality, the slow tail, and problems when there are any. */
function decisiveMetrics(result) {
    const nonZero = (m) => (result.candidate.metrics[m.name] ?? 0) !== 0 || (result.baseline?.metrics[m.name] ?? 0) !== 0;
    return shownMetrics(result).filter((m) => m.quality ||
        m.name === 'similarity' ||
        m.name === 'latency_p95_ms' ||
        m.name === 'unsafe_rate' ||
        ((m.name === 'failed' || m.name === 'content_filtered') && nonZero(m)));
}
function metricsTable(result, labels, rows = shownMetrics(result)) {
    if (!result.baseline) {
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Metric', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.candidate)], rows.map((m) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(m.name), formatMetric(m, result.candidate.metrics[m.name])]), ['left', 'right']);
    }
    const pct = Math.round(result.bootstrap.confidence * 100);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Metric', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.candidate), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(labels.baseline), 'Δ', `${pct}% CI`, 'Verdict'], rows.map((m) => {
        const d = result.deltas[m.name];
        return [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(m.name),
            formatMetric(m, result.candidate.metrics[m.name]),
            formatMetric(m, result.baseline.metrics[m.name]),
            d ? formatDelta(m, d.value) : '–',
            d ? `[${formatDelta(m, d.ciLow)}, ${formatDelta(m, d.ciHigh)}]` : '–',
            d ? VERDICT_TEXT[deltaVerdict(m, d)] : '',
        ];
    }), ['left', 'right', 'right', 'right', 'right', 'left']);
}
/** A code span for a table cell (kept for callers that name it so): see `code` in report/markdown.ts. */
function codeCell(text) {
    return code(text, 'cell');
}
const GATE_TEXT = {
    passed: `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.succeeded} pass`,
    failed: `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.failed} fail`,
    'not-applicable': `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.skipped} not applicable`,
};
/** A value a gate read, with the decimals of its metric (`baseline.f1` reads `f1`). */
function gateValue(ref, value) {
    if (value === undefined)
        return '–';
    const name = ref.split('.').find((part) => _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.some((m) => m.name === part));
    const info = _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.find((m) => m.name === name);
    if (!info)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(value, 3);
    if (info.unit === 'ms')
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(value);
    const isDelta = ref.startsWith('delta.');
    return isDelta ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSignedFixed */ .iW)(value, info.digits) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFixed */ .gn)(value, info.digits);
}
/** A reason adds something only when it is not the values restated ("not met: f1 = 0.5"). */
function gateNote(v) {
    if (v.status === 'passed' || !v.reason || v.reason.startsWith('not met'))
        return '';
    return v.reason;
}
function renderGateTable(verdicts) {
    if (verdicts.length === 0)
        return '_No gates configured: nothing blocks promotion._';
    const failed = verdicts.filter((v) => v.status === 'failed').length;
    const headline = failed === 0
        ? `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.succeeded} **All ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(verdicts.length, 'gate')} passed.**`
        : `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.failed} **${failed} of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(verdicts.length, 'gate')} failed.**`;
    const withNotes = verdicts.some((v) => gateNote(v) !== '');
    const rows = verdicts.map((v) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(v.expression),
        GATE_TEXT[v.status],
        v.values.map((x) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(x.ref)} = ${gateValue(x.ref, x.value)}`).join(', '),
        ...(withNotes ? [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(gateNote(v))] : []),
    ]);
    return `${headline}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Gate', 'Result', 'Values', ...(withNotes ? ['Why'] : [])], rows)}`;
}
function qualityDeltas(result) {
    return _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb.filter((m) => m.quality && result.deltas[m.name]).map((info) => ({
        info,
        d: result.deltas[info.name],
    }));
}
const SIGNIFICANCE = {
    better: { color: '#2da44e', text: 'green: better (the whole interval above 0)' },
    worse: { color: '#cf222e', text: 'red: worse (the whole interval below 0)' },
    unclear: { color: '#8c959f', text: 'grey: no clear change (the interval spans 0)' },
};
/** The quality deltas in points (x100) as text: the fallback for renderers without mermaid. */
function deltaTable(items) {
    const scale = Math.max(...items.map((x) => Math.abs(x.d.value * 100)), 1e-9);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Metric', 'Δ (points)', 'Change'], items.map(({ info, d }) => {
        const points = d.value * 100;
        const bar = '█'.repeat(Math.round((Math.abs(points) / scale) * 20));
        const verdict = deltaVerdict(info, d);
        return [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(info.name),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSignedFixed */ .iW)(points, 1),
            `${VERDICT_TEXT[verdict]}${bar ? ` ${bar}` : ''}`,
        ];
    }), ['left', 'right', 'left']);
}
/** Fixed colours, so the chart reads the same in GitHub's light and dark themes. */
const CHART_BACKGROUND = '#ffffff';
const CHART_INK = '#1f2328';
/**
 * The quality deltas as signed bars on an axis through zero, coloured by what the confidence interval
 * says (better, worse, no clear change), not by the sign of the point estimate.
 *
 * Mermaid's xychart draws every bar up from the bottom of the plot, and bars of several series at one x
 * on top of each other, in order. So each significance class that occurs gets one series (its bars
 * reach up to max(Δ, 0); the others stay at the bottom, with no height), then a series in the background
 * colour covers the bottom up to min(Δ, 0). What shows is a bar from 0 to Δ. A line at 0 draws the axis.
 * No series is empty: a class without members has no series, and without losses there is no cover.
 */
function renderDeltaChart(result, baselineLabel) {
    const items = qualityDeltas(result);
    if (items.length === 0)
        return undefined;
    const points = items.map(({ info, d }) => ({
        label: `${info.name} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSignedFixed */ .iW)(d.value * 100, 1)}`,
        value: Number((d.value * 100).toFixed(2)),
        verdict: deltaVerdict(info, d),
    }));
    const values = points.map((p) => p.value);
    const max = Math.max(0, ...values);
    const min = Math.min(0, ...values);
    // Room above and below the bars; an axis that starts at 0 stays there (no cover needed then).
    const pad = Math.max(1, (max - min) * 0.05);
    const top = Math.ceil(max + pad);
    const lo = min < 0 ? Math.floor(min - pad) : 0;
    const classes = ['better', 'worse', 'unclear'].filter((c) => points.some((p) => p.verdict === c));
    const list = (xs) => `[${xs.map((x) => String(x)).join(', ')}]`;
    const series = classes.map((c) => `  bar ${list(points.map((p) => (p.verdict === c ? Math.max(p.value, 0) : lo)))}`);
    const palette = classes.map((c) => SIGNIFICANCE[c].color);
    if (lo < 0) {
        series.push(`  bar ${list(points.map((p) => Math.min(p.value, 0)))}`);
        palette.push(CHART_BACKGROUND);
        series.push(`  line ${list(points.map(() => 0))}`);
        palette.push(CHART_INK);
    }
    const theme = {
        xyChart: {
            backgroundColor: CHART_BACKGROUND,
            titleColor: CHART_INK,
            xAxisLabelColor: CHART_INK,
            xAxisTitleColor: CHART_INK,
            xAxisTickColor: CHART_INK,
            xAxisLineColor: CHART_INK,
            yAxisLabelColor: CHART_INK,
            yAxisTitleColor: CHART_INK,
            yAxisTickColor: CHART_INK,
            yAxisLineColor: CHART_INK,
            plotColorPalette: palette.join(', '),
        },
    };
    const title = `Change in points against ${baselineLabel}`.replace(/"/g, "'");
    const chart = [
        '```mermaid',
        `%%{init: ${JSON.stringify({ themeVariables: theme })}}%%`,
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${points.map((p) => JSON.stringify(p.label)).join(', ')}]`,
        `  y-axis "points" ${lo} --> ${top}`,
        ...series,
        '```',
    ].join('\n');
    const legend = classes.map((c) => SIGNIFICANCE[c].text).join(' · ');
    return `${chart}\n\n<sub>${legend}. Each bar is the candidate's score minus the baseline's, in points (0.01).</sub>`;
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
        return `_(no answer: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(a.message ?? 'failed')})_`;
    if (a.outcome === 'content_filter')
        return '_(blocked by the content filter)_';
    return a.text === '' ? '_(empty)_' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(truncate(a.text ?? ''));
}
function exampleBlock(ex, labels, options, headline) {
    const items = [
        ['Prompt', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(truncate(ex.prompt))],
        [ex.expected.length > 1 ? 'Expected (any)' : 'Expected', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(truncate(ex.expected.join(' ‖ ')))],
        [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(labels.candidate), answerText(ex.candidate)],
    ];
    if (ex.baseline)
        items.push([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(labels.baseline), answerText(ex.baseline)]);
    return `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(location(options, ex.line))}** · ${headline}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .facts */ .Ix)(items)}`;
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
        return `_No example scores lower than on ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(labels.baseline)}._`;
    const all = worstRegressions(result, Number.POSITIVE_INFINITY).length;
    const blocks = worst.map((ex) => exampleBlock(ex, labels, options, `F1 ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(f1Of(ex.baseline), 2)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(f1Of(ex.candidate), 2)}`));
    const title = `Worst regressions: ${worst.length} of ${all} example${all === 1 ? '' : 's'} that score lower than on ${labels.baseline}`;
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
    const more = rows.length > shown.length
        ? `\n\n…and ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(rows.length - shown.length)} more: the job summary and the step's \`report.json\` list them.`
        : '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Failed and filtered examples (${rows.length})`, `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Example', 'Endpoint', 'Outcome', 'Attempts', 'Detail'], shown)}${more}`);
}
function countsLine(result, labels) {
    const side = (label, s) => {
        const parts = [`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.answered)} answered`];
        if (s.contentFiltered)
            parts.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.contentFiltered)} filtered`);
        if (s.failed)
            parts.push(`**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.failed)} failed**`);
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(label)}: ${parts.join(', ')}`;
    };
    const sides = [side(labels.candidate, result.candidate)];
    if (result.baseline)
        sides.push(side(labels.baseline, result.baseline));
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(result.examples.length)} golden examples · ${sides.join(' · ')}`;
}
function methodLine(result, labels) {
    const parts = [];
    if (result.baseline) {
        parts.push(`Δ = ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(labels.candidate)} − ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(labels.baseline)} on the examples both answered; ${Math.round(result.bootstrap.confidence * 100)}% paired-bootstrap interval (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(result.bootstrap.samples)} resamples, seed ${result.bootstrap.seed}). Better or worse only when the whole interval is on one side of 0.`);
    }
    parts.push('Failed examples are left out of the scores; filtered ones score 0.');
    return `<sub>${parts.join(' ')}</sub>`;
}
function concurrencyText(c, configured) {
    const start = configured ?? Math.max(c.concurrency, c.lowestConcurrency);
    if (c.lowestConcurrency < start)
        return `concurrency lowered from ${start} to ${c.lowestConcurrency} after 429s`;
    return `concurrency ${start}${c.throttled > 0 ? ' (429s did not lower it)' : ''}`;
}
function clientLine(result, labels, options) {
    const one = (label, s) => {
        const c = s.client;
        return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(label)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(s.endpoint)}): ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(c.requests, 'request')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(c.retries, 'retry', 'retries')} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.throttled)} throttled, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.serverErrors)} server errors, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.connectionErrors)} dropped, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(c.timeouts)} timeouts), ${concurrencyText(c, options.concurrency)}; ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.promptTokens)} prompt + ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInt */ .Dw)(s.completionTokens)} completion tokens.`;
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
        ? `### Evaluation: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(labels.candidate)} vs ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(labels.baseline)}`
        : `### Evaluation: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(labels.candidate)}`;
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
        problemsSection(result, labels, options, options.problems?.summary ?? 500),
        definitionsSection(result),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)('Requests', clientLine(result, labels, options)),
    ];
    // The comment keeps what a reviewer decides on; the chart, every metric and the counts are in the summary.
    const comment = [
        heading,
        countsLine(result, labels),
        metricsTable(result, labels, decisiveMetrics(result)),
        methodLine(result, labels),
        noBaseline,
        gates,
        regressionsSection(result, labels, options, options.regressions?.comment ?? 3),
        problemsSection(result, labels, options, options.problems?.comment ?? 20),
    ];
    const join = (parts) => parts.filter((p) => p.trim() !== '').join('\n\n');
    return { summary: join(summary), comment: join(comment) };
}
/** The evaluation could not run: why, and what to do. */
function renderEvaluationFailure(message, hint) {
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .renderFailure */ .zt)('Evaluation failed', message, hint);
}
function renderEvaluationSkipped(note) {
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_2__/* .renderSkipped */ .bs)('Evaluation skipped', note);
}
/** Why there was no baseline, in italics under the evaluation. */
function renderBaselineNote(note) {
    return `_${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(note)}_`;
}
/** The `gate` step's section: the verdicts, what happened to the registry, and a registry error. */
function renderGateSummary(verdicts, passed, promotionNote, registryError) {
    const heading = passed ? `### ${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.succeeded} Gates passed` : `### ${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.failed} Gates failed`;
    const parts = [heading, renderGateTable(verdicts)];
    if (promotionNote)
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(promotionNote));
    if (registryError)
        parts.push(`${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.failed} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(registryError)}`);
    return parts.join('\n\n');
}
/** `gate` with nothing to judge, or no gates: why. */
function renderGateNote(status, message) {
    return `### ${status === 'failed' ? _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.failed : _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.skipped} Gates\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(message)}`;
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
/** An incomplete evaluation's section: why it failed, above the scores of what did get an answer. */
function renderUnanswered(headline, report) {
    return `${_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .ICON */ .kb.failed} **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(headline, 'text')}**\n\n${report}`;
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

//# sourceMappingURL=686.index.js.map