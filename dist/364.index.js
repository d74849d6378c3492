export const id = 364;
export const ids = [364];
export const modules = {

/***/ 43364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand)
});

// EXTERNAL MODULE: ./src/foundry/index.ts + 7 modules
var src_foundry = __webpack_require__(33078);
// EXTERNAL MODULE: ./src/foundry/endpoint-name.ts
var endpoint_name = __webpack_require__(34094);
// EXTERNAL MODULE: ./src/foundry/errors.ts
var errors = __webpack_require__(19198);
// EXTERNAL MODULE: ./src/foundry/identity.ts
var identity = __webpack_require__(32675);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/steps.ts
var steps = __webpack_require__(70021);
;// CONCATENATED MODULE: ./src/report/deploy.ts
/** The `deploy` step's section: which endpoint serves which model, and how it got there. Pure. */


function renderDeploySummary(r) {
    const items = [
        [
            'Endpoint',
            `${(0,markdown/* code */.aY)(r.endpoint, 'text')} (${r.created ? 'created' : 'reused: it already served this model'})`,
        ],
        ['URL', (0,markdown/* code */.aY)(r.url, 'text')],
        ['Model', `${(0,markdown/* code */.aY)(r.model.name, 'text')} version ${(0,markdown/* inline */.mG)(r.model.version)} (${(0,markdown/* inline */.mG)(r.how)})`],
        ['Content safety', (0,markdown/* inline */.mG)(r.contentSafety)],
    ];
    if (r.states.length > 0)
        items.push(['Provisioning', (0,markdown/* inline */.mG)(r.states.join(' → '))]);
    if (r.removed.length > 0) {
        items.push([
            'Removed',
            `failed earlier endpoints of this model: ${r.removed.map((e) => (0,markdown/* code */.aY)(e, 'text')).join(', ')}`,
        ]);
    }
    return [
        `### ${markdown/* ICON */.kb.succeeded} Deployed to a serverless endpoint`,
        (0,markdown/* facts */.Ix)(items),
        '<sub>A deployed fine-tuned model is billed by the hour, even when idle; `cleanup` deletes the endpoints of models not in production.</sub>',
    ].join('\n\n');
}
/** The comment keeps what a reviewer decides on: which model answers where. */
function renderDeployComment(r) {
    return `### ${markdown/* ICON */.kb.succeeded} Deployed to a serverless endpoint\n\n${(0,markdown/* code */.aY)(r.model.name, 'text')} v${(0,markdown/* inline */.mG)(r.model.version)} on ${(0,markdown/* code */.aY)(r.endpoint, 'text')} (${r.created ? 'created' : 'reused'}).`;
}
function renderDeployFailure(message, hint) {
    return (0,steps/* renderFailure */.zt)('Deployment failed', message, hint);
}

;// CONCATENATED MODULE: ./src/commands/deploy.ts
/**
 * `deploy`: a serverless endpoint for the fine-tuned model. Reuses an endpoint that already serves the
 * model; otherwise creates one and follows its provisioning to the end. A failed provisioning is deleted
 * (or, when that fails too, named in the summary) so nothing half-made is left unreported.
 */





const deployCommand = async (ctx) => {
    try {
        const foundry = (0,src_foundry/* connectFoundry */.CL)(ctx.config, ctx.log, ctx.signal, { clock: ctx.clock });
        return await deploy(ctx, foundry);
    }
    catch (e) {
        return failure((0,errors/* errorMessage */.gJ)(e));
    }
};
function failure(message, hint) {
    return {
        command: 'deploy',
        status: 'failed',
        headline: message.split('\n')[0] ?? message,
        summary: renderDeployFailure(message, hint),
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
        tags: { [identity/* TAGS */.gp.repository]: event.repository },
    });
    if (versions.length === 0)
        return undefined;
    const byCommit = event.sha
        ? versions.find((v) => v.properties.tags?.[identity/* TAGS */.gp.commit] === event.sha)
        : undefined;
    const byDataset = ctx.state.datasetHash
        ? versions.find((v) => v.properties.tags?.[identity/* TAGS */.gp.dataset] === ctx.state.datasetHash)
        : undefined;
    const chosen = byDataset ?? byCommit ?? versions[0];
    const how = byDataset
        ? 'the version trained on this dataset'
        : byCommit
            ? `the version trained at this commit (${event.sha.slice(0, 7)})`
            : `the newest version tagged with ${event.repository}`;
    const version = (0,src_foundry/* versionOf */.E4)(chosen);
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
        return failure(`No model to deploy: model '${config.training.modelName}' has no version tagged ${identity/* TAGS */.gp.repository}=${ctx.event.repository}.`, 'Run `train` first (or `resume` when a job is still running), or set `model-name` to the registered model.');
    }
    const { model, how } = chosen;
    log.info(`Deploying ${model.name}:${model.version} (${how}).`);
    const name = config.deploy.endpointName ?? (0,endpoint_name/* endpointNameFor */.My)(model.name, model.version);
    const states = [];
    const removed = [];
    let endpoint = await endpointServing(ctx, foundry, model.id, removed);
    let created = false;
    if (endpoint) {
        log.info(`Endpoint ${endpoint.name} already serves ${model.name}:${model.version}; reusing it.`);
    }
    else {
        if (!(0,endpoint_name/* validEndpointName */.dT)(name)) {
            return failure(`input 'endpoint-name': '${name}' is not a valid serverless endpoint name (3 to 32 letters, digits or '-', starting with a letter).`);
        }
        const existing = await foundry.getEndpoint(name);
        if (existing && existing.properties.modelSettings?.modelId !== model.id) {
            return failure(`Endpoint '${name}' exists and serves another model (${existing.properties.modelSettings?.modelId ?? 'unknown'}).`, 'A serverless endpoint keeps its model: set `endpoint-name` to a new name (or leave it unset to derive one per model version), or delete the old endpoint (`command: cleanup`).');
        }
        try {
            endpoint = await foundry.createEndpoint(name, {
                modelId: model.id,
                contentSafety: config.deploy.contentSafety,
                tags: {
                    [identity/* TAGS */.gp.repository]: ctx.event.repository,
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
    const report = {
        endpoint: endpoint.name,
        created,
        url,
        model: { name: model.name, version: model.version },
        how,
        contentSafety: safety,
        states,
        removed,
    };
    return {
        command: 'deploy',
        status: 'succeeded',
        headline: `${created ? 'Created' : 'Reused'} endpoint ${endpoint.name} for ${model.name} v${model.version}.`,
        summary: renderDeploySummary(report),
        comment: renderDeployComment(report),
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
    const message = (0,errors/* errorMessage */.gJ)(error);
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
            cleanup = `The failed endpoint ${name} could not be deleted (${(0,errors/* errorMessage */.gJ)(e)}): delete it in the studio or with \`command: cleanup\`; it may be billed while it exists.`;
        }
    }
    log.info(cleanup);
    const status = error instanceof src_foundry/* FoundryError */.uq ? error.details : undefined;
    return {
        ...failure(`Provisioning endpoint ${name} failed: ${status?.serviceMessage ?? message}`, `${cleanup}\nRun the workflow again to retry; the model is unchanged.`),
        failure: `Provisioning endpoint ${name} failed: ${status?.serviceMessage ?? message} ${cleanup}`,
    };
}


/***/ })

};

//# sourceMappingURL=364.index.js.map