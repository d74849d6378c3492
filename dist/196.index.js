export const id = 196;
export const ids = [196];
export const modules = {

/***/ 19815:
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
// EXTERNAL MODULE: ./src/gate/evaluate.ts
var evaluate = __webpack_require__(82748);
;// CONCATENATED MODULE: ./src/gate/index.ts



// EXTERNAL MODULE: ./src/lifecycle/registry.ts
var registry = __webpack_require__(62877);
// EXTERNAL MODULE: ./src/report/evaluation.ts
var evaluation = __webpack_require__(29686);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
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
function render(verdicts, passed, promotion, extra) {
    const heading = passed ? `### ${markdown/* ICON */.kb.succeeded} Gates passed` : `### ${markdown/* ICON */.kb.failed} Gates failed`;
    const parts = [heading, '', (0,evaluation/* renderGateTable */.aN)(verdicts)];
    if (promotion)
        parts.push('', promotion.note);
    if (extra)
        parts.push('', extra);
    return parts.join('\n');
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
            summary: `### ${markdown/* ICON */.kb.failed} Gates\n\n${message}`,
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
            summary: `### ${markdown/* ICON */.kb.skipped} Gates\n\n${message}`,
            outputs: { passed: 'false', promoted: 'false' },
        };
    }
    const verdicts = (0,evaluate/* evaluateGates */.ud)((0,parse/* parseGates */.MJ)(config.gate.expressions), state.metrics);
    const passed = (0,evaluate/* allGatesPassed */.AX)(verdicts);
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
    const summary = render(verdicts, passed, promotion, registryError ? `${markdown/* ICON */.kb.failed} ${(0,markdown/* cell */.Hn)(registryError)}` : '');
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

//# sourceMappingURL=196.index.js.map