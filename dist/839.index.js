export const id = 839;
export const ids = [839];
export const modules = {

/***/ 93839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployCommand: () => (/* binding */ deployCommand)
/* harmony export */ });
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33078);
/* harmony import */ var _foundry_endpoint_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34094);
/* harmony import */ var _foundry_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19198);
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32675);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(54285);
/**
 * `deploy`: a serverless endpoint for the fine-tuned model. Reuses an endpoint that already serves the
 * model; otherwise creates one and follows its provisioning to the end. A failed provisioning is deleted
 * (or, when that fails too, named in the summary) so nothing half-made is left unreported.
 */





const deployCommand = async (ctx) => {
    try {
        const foundry = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .connectFoundry */ .CL)(ctx.config, ctx.log, ctx.signal, { clock: ctx.clock });
        return await deploy(ctx, foundry);
    }
    catch (e) {
        return failure((0,_foundry_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e));
    }
};
function failure(message, extraSummary = '') {
    return {
        command: 'deploy',
        status: 'failed',
        headline: message.split('\n')[0] ?? message,
        summary: `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .ICON */ .kb.failed} Deployment failed\n\n${message}${extraSummary}`,
        outputs: {},
        annotations: [],
        failure: message,
    };
}
/** The model to deploy: this run's, else the newest of this repository (this commit's when there is one). */
async function chooseModel(ctx, foundry) {
    if (ctx.state.model)
        return { model: ctx.state.model, how: 'trained in this run' };
    const { config, event } = ctx;
    const versions = await foundry.listModelVersions(config.training.modelName, {
        tags: { [_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.repository]: event.repository },
    });
    if (versions.length === 0)
        return undefined;
    const byCommit = event.sha
        ? versions.find((v) => v.properties.tags?.[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.commit] === event.sha)
        : undefined;
    const byDataset = ctx.state.datasetHash
        ? versions.find((v) => v.properties.tags?.[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.dataset] === ctx.state.datasetHash)
        : undefined;
    const chosen = byDataset ?? byCommit ?? versions[0];
    const how = byDataset
        ? 'the version trained on this dataset'
        : byCommit
            ? `the version trained at this commit (${event.sha.slice(0, 7)})`
            : `the newest version tagged with ${event.repository}`;
    const version = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .versionOf */ .E4)(chosen);
    return {
        model: {
            name: config.training.modelName,
            version,
            id: await foundry.modelId(config.training.modelName, version),
            tags: chosen.properties.tags ?? {},
        },
        how,
    };
}
async function deploy(ctx, foundry) {
    const { config, log, state } = ctx;
    const chosen = await chooseModel(ctx, foundry);
    if (!chosen) {
        return failure(`No model to deploy: model '${config.training.modelName}' has no version tagged ${_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.repository}=${ctx.event.repository}.`, '\n\nRun `train` first (or `resume` when a job is still running), or set `model-name` to the registered model.');
    }
    const { model, how } = chosen;
    log.info(`Deploying ${model.name}:${model.version} (${how}).`);
    const name = config.deploy.endpointName ?? (0,_foundry_endpoint_name_js__WEBPACK_IMPORTED_MODULE_1__/* .endpointNameFor */ .My)(model.name, model.version);
    const states = [];
    const removed = [];
    let endpoint = await endpointServing(ctx, foundry, model.id, removed);
    let created = false;
    if (endpoint) {
        log.info(`Endpoint ${endpoint.name} already serves ${model.name}:${model.version}; reusing it.`);
    }
    else {
        if (!(0,_foundry_endpoint_name_js__WEBPACK_IMPORTED_MODULE_1__/* .validEndpointName */ .dT)(name)) {
            return failure(`input 'endpoint-name': '${name}' is not a valid serverless endpoint name (3 to 32 letters, digits or '-', starting with a letter).`);
        }
        const existing = await foundry.getEndpoint(name);
        if (existing && existing.properties.modelSettings?.modelId !== model.id) {
            return failure(`Endpoint '${name}' exists and serves another model (${existing.properties.modelSettings?.modelId ?? 'unknown'}).`, '\n\nA serverless endpoint keeps its model: set `endpoint-name` to a new name (or leave it unset to derive one per model version), or delete the old endpoint (`command: cleanup`).');
        }
        try {
            endpoint = await foundry.createEndpoint(name, {
                modelId: model.id,
                contentSafety: config.deploy.contentSafety,
                tags: {
                    [_foundry_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .TAGS */ .gp.repository]: ctx.event.repository,
                    'foundry-finetune.model-name': model.name,
                    'foundry-finetune.model-version': model.version,
                },
                onState: (s) => {
                    states.push(s);
                    log.info(`endpoint ${name}: ${s}`);
                },
            });
            created = true;
        }
        catch (e) {
            return provisioningFailed(foundry, name, e, log);
        }
    }
    const url = endpoint.properties.inferenceEndpoint?.uri;
    if (!url)
        return failure(`Endpoint ${endpoint.name} has no inference URL (properties.inferenceEndpoint.uri).`);
    const keys = await foundry.endpointKeys(endpoint.name);
    log.secret(keys.primaryKey);
    state.endpoint = { name: endpoint.name, url, key: keys.primaryKey };
    const safety = endpoint.properties.contentSafety?.contentSafetyStatus ??
        (config.deploy.contentSafety === 'enabled' ? 'Enabled' : 'Disabled');
    const rows = [
        [
            'Endpoint',
            `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(endpoint.name)}\` (${created ? 'created' : 'reused: it already served this model'})`,
        ],
        ['URL', `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(url)}\``],
        ['Model', `\`${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(model.name)}\` version ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(model.version)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(how)})`],
        ['Content safety', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(safety)],
    ];
    if (states.length > 0)
        rows.push(['Provisioning', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(states.join(' → '))]);
    if (removed.length > 0)
        rows.push(['Removed', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(`failed earlier endpoints of this model: ${removed.join(', ')}`)]);
    const summary = [
        `### ${_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .ICON */ .kb.succeeded} Deployed to a serverless endpoint`,
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['', ''], rows),
        '',
        '<sub>A deployed fine-tuned model is billed hourly, even when idle; `cleanup` removes stale endpoints.</sub>',
    ].join('\n');
    return {
        command: 'deploy',
        status: 'succeeded',
        headline: `${created ? 'Created' : 'Reused'} endpoint ${endpoint.name} for ${model.name} v${model.version}.`,
        summary,
        outputs: {
            'endpoint-name': endpoint.name,
            'endpoint-url': url,
            'model-name': model.name,
            'model-version': model.version,
            'model-id': model.id,
        },
        annotations: [],
        detail: {
            endpoint: { name: endpoint.name, url, created, contentSafety: safety },
            model: { ...model, how },
        },
    };
}
/**
 * The endpoint that serves this model already, if any. A fine-tuned model has one serverless deployment:
 * one still provisioning is waited for, one that failed earlier is deleted so a new one can be made.
 */
async function endpointServing(ctx, foundry, modelId, removed) {
    const sameModel = (await foundry.listEndpoints()).filter((e) => e.properties.modelSettings?.modelId === modelId);
    const ready = sameModel.find((e) => /^succeeded$/i.test(e.properties.provisioningState ?? ''));
    if (ready)
        return ready;
    for (const e of sameModel) {
        let current = e;
        const giveUpAt = ctx.clock.now() + 60 * 60_000;
        while (current && /^(creating|updating|deleting)$/i.test(current.properties.provisioningState ?? '')) {
            if (ctx.signal.aborted || ctx.clock.now() > giveUpAt)
                return undefined;
            ctx.log.info(`Endpoint ${current.name} for this model is ${current.properties.provisioningState}; waiting for it.`);
            await ctx.clock.sleep(ctx.config.training.pollIntervalSeconds * 1000, ctx.signal);
            current = await foundry.getEndpoint(current.name);
        }
        if (!current)
            continue;
        if (/^succeeded$/i.test(current.properties.provisioningState ?? ''))
            return current;
        ctx.log.info(`Endpoint ${current.name} for this model is ${current.properties.provisioningState}; deleting it.`);
        await foundry.deleteEndpoint(current.name);
        removed.push(current.name);
    }
    return undefined;
}
async function provisioningFailed(foundry, name, error, log) {
    const message = (0,_foundry_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
    let cleanup;
    const left = await foundry.getEndpoint(name).catch(() => undefined);
    if (!left) {
        cleanup = `Nothing was left behind: endpoint ${name} does not exist.`;
    }
    else {
        try {
            await foundry.deleteEndpoint(name);
            cleanup = `The failed endpoint ${name} was deleted, so nothing half-made is left behind.`;
        }
        catch (e) {
            cleanup = `The failed endpoint ${name} could not be deleted (${(0,_foundry_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}): delete it in the studio or with \`command: cleanup\`; it may be billed while it exists.`;
        }
    }
    log.info(cleanup);
    const status = error instanceof _foundry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FoundryError */ .uq ? error.details : undefined;
    return {
        ...failure(`Provisioning endpoint ${name} failed: ${status?.serviceMessage ?? message}`, `\n\n${cleanup}\n\nRun the workflow again to retry; the model is unchanged.`),
        failure: `Provisioning endpoint ${name} failed: ${status?.serviceMessage ?? message} ${cleanup}`,
    };
}


/***/ })

};

//# sourceMappingURL=839.index.js.map