export const id = 150;
export const ids = [150];
export const modules = {

/***/ 49150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommand: () => (/* binding */ gateCommand)
});

// EXTERNAL MODULE: ./src/foundry/errors.ts
var errors = __webpack_require__(19198);
// EXTERNAL MODULE: ./src/foundry/identity.ts
var identity = __webpack_require__(32675);
// EXTERNAL MODULE: ./src/foundry/index.ts + 7 modules
var src_foundry = __webpack_require__(33078);
// EXTERNAL MODULE: ./src/gate/parse.ts
var parse = __webpack_require__(74752);
;// CONCATENATED MODULE: ./src/gate/evaluate.ts
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

;// CONCATENATED MODULE: ./src/gate/index.ts



// EXTERNAL MODULE: ./src/lifecycle/registry.ts
var registry = __webpack_require__(62877);
// EXTERNAL MODULE: ./src/report/evaluation.ts
var evaluation = __webpack_require__(29686);
;// CONCATENATED MODULE: ./src/commands/gate.ts
/**
 * `gate`: judge the evaluated metrics against the configured gates; promote the candidate when every gate
 * passes (tag it `stage=production`, archive the version it replaces), mark it rejected when one fails.
 * Production is never touched by a failed gate.
 */






async function promote(ctx, foundry, candidate, tags) {
    const { config, event } = ctx;
    const previous = await (0,registry/* findProduction */.lG)(foundry, config, event.repository);
    if (previous?.id === candidate.id) {
        await foundry.setModelTags(candidate.name, candidate.version, tags);
        return { promoted: false, note: `${candidate.name} v${candidate.version} is already in production.` };
    }
    // The new version is tagged first, so there is never a moment without a production model.
    await foundry.setModelTags(candidate.name, candidate.version, {
        ...tags,
        [identity/* TAGS */.gp.stage]: registry/* STAGES */.an.production,
        [registry/* PROMOTION_TAGS */.ar.promotedAt]: new Date(ctx.clock.now()).toISOString(),
        ...(event.runUrl ? { [registry/* PROMOTION_TAGS */.ar.promotedBy]: event.runUrl } : {}),
        ...(previous ? { [registry/* PROMOTION_TAGS */.ar.previousProduction]: previous.version } : {}),
    });
    if (previous)
        await foundry.setModelTags(previous.name, previous.version, { [identity/* TAGS */.gp.stage]: registry/* STAGES */.an.archived });
    return {
        promoted: true,
        note: previous
            ? `Promoted ${candidate.name} v${candidate.version} to production; v${previous.version} was archived (tag \`${registry/* PROMOTION_TAGS */.ar.previousProduction}=${previous.version}\` records it).`
            : `Promoted ${candidate.name} v${candidate.version} to production, the first production model of this repository.`,
    };
}
const gateCommand = async (ctx) => {
    const { config, state, log } = ctx;
    const base = { command: 'gate', annotations: [] };
    if (!state.metrics) {
        const message = 'No metrics to judge: the evaluation did not run or did not finish.';
        return {
            ...base,
            status: 'failed',
            headline: message,
            summary: (0,evaluation/* renderGateNote */.Yy)('failed', message),
            outputs: { passed: 'false', promoted: 'false' },
            failure: message,
        };
    }
    if (config.gate.expressions.length === 0) {
        const message = 'No gates are configured, so nothing was promoted: a model reaches production only past an explicit quality bar. Add `gates` (e.g. `f1 >= baseline.f1`).';
        return {
            ...base,
            status: 'skipped',
            headline: 'No gates configured; nothing promoted.',
            summary: (0,evaluation/* renderGateNote */.Yy)('skipped', message),
            outputs: { passed: 'false', promoted: 'false' },
        };
    }
    const verdicts = evaluateGates((0,parse/* parseGates */.MJ)(config.gate.expressions), state.metrics);
    const passed = allGatesPassed(verdicts);
    state.passed = passed;
    const candidate = state.evaluatedModel ?? state.model;
    let promotion;
    let registryError = '';
    if (candidate && (0,registry/* hasWorkspace */.Ep)(config)) {
        try {
            const foundry = (0,src_foundry/* connectFoundry */.CL)(config, log, ctx.signal, { clock: ctx.clock });
            const tags = (0,registry/* metricTags */.uW)(state.metrics);
            if (passed && config.gate.promote) {
                promotion = await promote(ctx, foundry, candidate, tags);
            }
            else if (passed) {
                await foundry.setModelTags(candidate.name, candidate.version, tags);
                promotion = { promoted: false, note: '`promote: false`: the candidate passed but was not promoted.' };
            }
            else {
                await foundry.setModelTags(candidate.name, candidate.version, {
                    ...tags,
                    [identity/* TAGS */.gp.stage]: registry/* STAGES */.an.rejected,
                });
                promotion = {
                    promoted: false,
                    note: `${candidate.name} v${candidate.version} was tagged \`stage=${registry/* STAGES */.an.rejected}\`; production is unchanged.`,
                };
            }
        }
        catch (e) {
            registryError = `Could not update the model registry: ${(0,errors/* errorMessage */.gJ)(e)}`;
        }
    }
    else if (!candidate) {
        promotion = {
            promoted: false,
            note: 'The evaluated endpoint is not a registered model of this repository, so there is nothing to promote.',
        };
    }
    const promoted = promotion?.promoted ?? false;
    const gateMessage = (0,evaluation/* gateFailureMessage */.hL)(verdicts);
    const enforced = !passed && config.gate.failOnGate;
    const failure = registryError || (enforced ? gateMessage : undefined);
    const summary = (0,evaluation/* renderGateSummary */.oU)(verdicts, passed, promotion?.note, registryError);
    const count = verdicts.filter((v) => v.status === 'passed').length;
    const notApplicable = verdicts.filter((v) => v.status === 'not-applicable').length;
    const tally = `${count} of ${verdicts.length} gates passed${notApplicable ? `, ${notApplicable} not applicable (no baseline)` : ''}`;
    const headline = registryError
        ? registryError
        : passed
            ? `${tally}${promoted ? '; promoted to production' : ''}.`
            : `${gateMessage ?? 'Gates failed.'}${config.gate.failOnGate ? '' : ' (not enforced: `fail-on-gate: false`)'}`;
    return {
        ...base,
        status: failure ? 'failed' : 'succeeded',
        headline,
        summary,
        outputs: { passed: String(passed), promoted: String(promoted) },
        failure,
        detail: { verdicts, passed, promoted },
    };
};


/***/ })

};

//# sourceMappingURL=150.index.js.map