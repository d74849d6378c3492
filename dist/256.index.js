export const id = 256;
export const ids = [256];
export const modules = {

/***/ 12256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENDPOINT_DELETE_CONCURRENCY: () => (/* binding */ ENDPOINT_DELETE_CONCURRENCY),
  cleanupCommand: () => (/* binding */ cleanupCommand),
  renderCleanupSummary: () => (/* binding */ renderCleanupSummary)
});

// EXTERNAL MODULE: ./src/foundry/errors.ts
var errors = __webpack_require__(19198);
// EXTERNAL MODULE: ./src/foundry/endpoint-name.ts
var endpoint_name = __webpack_require__(34094);
// EXTERNAL MODULE: ./src/foundry/identity.ts
var identity = __webpack_require__(32675);
// EXTERNAL MODULE: ./src/foundry/index.ts + 7 modules
var src_foundry = __webpack_require__(33078);
// EXTERNAL MODULE: ./src/lifecycle/inventory.ts
var inventory = __webpack_require__(74268);
// EXTERNAL MODULE: ./src/lifecycle/registry.ts
var registry = __webpack_require__(62877);
;// CONCATENATED MODULE: ./src/lifecycle/retention.ts
/**
 * The retention policy of `cleanup`: which model versions go, which endpoints must go before them, and what
 * the endpoints left deployed cost. Pure: the command does the deleting.
 *
 * Rules, in order:
 * 1. A version tagged `stage=production` is never removed, nor is any endpoint that deploys it (every such
 *    version, should a half-finished promotion have left two).
 * 2. A version older than `max-age` is removed, even among the `keep` newest: `max-age` is the stricter
 *    promise ("nothing of ours older than 30 days stays in the workspace"). A version whose age is unknown
 *    is never removed for its age.
 * 3. Of the rest, the `keep` newest stay (by version number, then creation time) and older ones go.
 * Archived (former production) and rejected versions count like any other non-production version.
 */


const DAY_MS = 86_400_000;
/** Hours in an average month, the unit cloud price lists use for "per month". */
const HOURS_PER_MONTH = 730;
function ageMs(entry, now) {
    return entry.createdAt === undefined ? undefined : Math.max(0, now - entry.createdAt);
}
function planRetention(entries, policy) {
    const keep = Math.max(0, Math.floor(policy.keep));
    const maxAgeMs = policy.maxAgeDays === undefined ? undefined : policy.maxAgeDays * DAY_MS;
    const ordered = [...entries].sort(inventory/* newestFirst */.ll);
    const decisions = [];
    let kept = 0;
    for (const entry of ordered) {
        if ((0,inventory/* isProduction */.KV)(entry)) {
            decisions.push({ entry, action: 'keep', reason: 'in production (never removed)' });
            continue;
        }
        const age = ageMs(entry, policy.now);
        if (maxAgeMs !== undefined && age !== undefined && age > maxAgeMs) {
            decisions.push({
                entry,
                action: 'remove',
                reason: `older than max-age (${formatDays(policy.maxAgeDays)})`,
            });
            continue;
        }
        if (kept < keep) {
            kept += 1;
            decisions.push({ entry, action: 'keep', reason: `one of the ${keep} newest` });
            continue;
        }
        decisions.push({
            entry,
            action: 'remove',
            reason: keep === 0 ? '`keep: 0`' : `not among the ${keep} newest`,
        });
    }
    const remove = decisions.filter((d) => d.action === 'remove').map((d) => d.entry);
    // Belt and braces: an endpoint that also serves a production version is never on the list.
    const productionIds = entries.filter(inventory/* isProduction */.KV).map((e) => e.id);
    const productionEndpoints = new Set(entries.filter(inventory/* isProduction */.KV).flatMap((e) => e.endpoints.map((x) => x.name)));
    const endpoints = remove.flatMap((entry) => productionIds.some((id) => (0,inventory/* sameModelId */.v3)(id, entry.id))
        ? []
        : entry.endpoints
            .filter((e) => !productionEndpoints.has(e.name))
            .map((e) => ({ endpoint: e.name, version: entry.version })));
    return { decisions, remove, endpoints };
}
function formatDays(days) {
    if (days < 1)
        return `${Number((days * 24).toFixed(2))} h`;
    return `${Number(days.toFixed(2))} ${days === 1 ? 'day' : 'days'}`;
}
/**
 * What stays deployed: endpoints of this repository's versions (minus those deleted) and endpoints tagged
 * with this repository that deploy something outside the inventory (another model name, say).
 */
function hostingAfter(entries, deletedEndpoints, strays, hourlyCost) {
    const idle = [];
    const production = [];
    for (const entry of entries) {
        for (const e of (0,inventory/* liveEndpoints */.$g)(entry)) {
            if (deletedEndpoints.has(e.name))
                continue;
            const deployed = {
                name: e.name,
                state: e.state,
                model: `${entry.name}:${entry.version}`,
                production: (0,inventory/* isProduction */.KV)(entry),
            };
            (deployed.production ? production : idle).push(deployed);
        }
    }
    for (const e of strays) {
        if (deletedEndpoints.has(e.name) || /^(deleting|failed|canceled)$/i.test((0,inventory/* endpointStateOf */.En)(e)))
            continue;
        const modelId = e.properties.modelSettings?.modelId;
        const parsed = modelId ? (0,endpoint_name/* parseModelAssetId */.kM)(modelId) : undefined;
        idle.push({
            name: e.name,
            state: (0,inventory/* endpointStateOf */.En)(e),
            model: parsed ? `${parsed.name}:${parsed.version}` : modelId,
            production: false,
            stray: true,
        });
    }
    const report = { idle, production };
    if (hourlyCost !== undefined) {
        report.idleHourlyCost = idle.length * hourlyCost;
        report.idleMonthlyCost = idle.length * hourlyCost * HOURS_PER_MONTH;
    }
    return report;
}
/**
 * Endpoints tagged with this repository that deploy none of the inventory's versions: left from another
 * `model-name`, or made by hand. Cleanup reports them and leaves them alone.
 */
function strayEndpoints(endpoints, entries, repository, repositoryTag) {
    const known = new Set(entries.flatMap((e) => e.endpoints.map((x) => x.name)));
    return endpoints.filter((e) => !known.has(e.name) && (e.tags?.[repositoryTag] ?? '').toLowerCase() === repository.toLowerCase());
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/models.ts
var models = __webpack_require__(71698);
;// CONCATENATED MODULE: ./src/commands/cleanup.ts
/**
 * `cleanup`: applies the retention policy (`keep`, `max-age`) to this repository's fine-tuned model
 * versions. Endpoints go first, each followed until Azure says it is gone, and a version is deleted only
 * once every endpoint that deployed it is gone (Azure refuses otherwise, and a model left half-deleted is
 * still billed). Production and its endpoint are never touched. `dry-run` sends no mutating request.
 */









/** Endpoint deletions in flight at once: each takes minutes in Azure, and ARM throttles bursts. */
const ENDPOINT_DELETE_CONCURRENCY = 4;
const cleanupCommand = async (ctx) => {
    try {
        const foundry = (0,src_foundry/* connectFoundry */.CL)(ctx.config, ctx.log, ctx.signal, { clock: ctx.clock });
        return await cleanup(ctx, foundry);
    }
    catch (e) {
        const message = (0,errors/* errorMessage */.gJ)(e);
        return {
            command: 'cleanup',
            status: 'failed',
            headline: message.split('\n')[0] ?? message,
            summary: `### ${markdown/* ICON */.kb.failed} Cleanup failed\n\n${message}`,
            outputs: {},
            annotations: [],
            failure: message,
        };
    }
};
async function cleanup(ctx, foundry) {
    const { config, event, log } = ctx;
    const name = config.training.modelName;
    const [versions, endpoints, ws] = await Promise.all([
        (0,registry/* repositoryVersions */.YR)(foundry, config, event.repository),
        foundry.listEndpoints(),
        foundry.workspace(),
    ]);
    const entries = (0,inventory/* buildInventory */.Rs)(name, versions, endpoints, (v) => (0,endpoint_name/* modelAssetId */.ji)(ws, name, v));
    const now = ctx.clock.now();
    const plan = planRetention(entries, {
        keep: config.cleanup.keep,
        maxAgeDays: config.cleanup.maxAgeDays,
        now,
    });
    const strays = strayEndpoints(endpoints, entries, event.repository, identity/* TAGS */.gp.repository);
    const dryRun = config.cleanup.dryRun;
    const outcomes = new Map();
    const deletedEndpoints = new Set();
    if (dryRun) {
        for (const entry of plan.remove) {
            outcomes.set(entry.version, { kind: 'would-delete', endpoints: endpointsOf(plan, entry) });
            log.info(`dry-run: would delete ${name}:${entry.version}${withEndpoints(endpointsOf(plan, entry))}.`);
        }
    }
    else if (plan.remove.length > 0) {
        await deleteEndpoints(foundry, plan, deletedEndpoints, outcomes, log);
        await deleteVersions(foundry, name, plan, deletedEndpoints, outcomes, log);
    }
    const hosting = hostingAfter(entries, dryRun ? new Set(plan.endpoints.map((e) => e.endpoint)) : deletedEndpoints, strays, config.cleanup.endpointHourlyCost);
    const failures = [...outcomes.entries()].flatMap(([version, o]) => o.kind === 'failed' ? [`${name}:${version}: ${o.message}`] : []);
    const deleted = [...outcomes.values()].filter((o) => o.kind === 'deleted').length;
    const headline = cleanupHeadline({
        dryRun,
        plan,
        deleted,
        deletedEndpoints: dryRun ? plan.endpoints.length : deletedEndpoints.size,
        failures: failures.length,
        hosting,
        production: entries.filter(inventory/* isProduction */.KV),
    });
    const summary = renderCleanupSummary({
        ctxNow: now,
        dryRun,
        entries,
        plan,
        outcomes,
        hosting,
        keep: config.cleanup.keep,
        maxAgeDays: config.cleanup.maxAgeDays,
        hourlyCost: config.cleanup.endpointHourlyCost,
        headline,
    });
    return {
        command: 'cleanup',
        status: failures.length > 0 ? 'failed' : 'succeeded',
        headline,
        summary,
        outputs: {},
        annotations: [],
        detail: {
            dryRun,
            remove: plan.remove.map((e) => e.version),
            endpoints: plan.endpoints,
            deleted: [...outcomes.entries()].filter(([, o]) => o.kind === 'deleted').map(([v]) => v),
            deletedEndpoints: [...deletedEndpoints],
            failures,
            idleEndpoints: hosting.idle.map((e) => e.name),
            idleHourlyCost: hosting.idleHourlyCost,
        },
        ...(failures.length > 0
            ? {
                failure: `Cleanup could not delete everything it should:\n${failures.join('\n')}`,
            }
            : {}),
    };
}
function endpointsOf(plan, entry) {
    return plan.endpoints.filter((d) => d.version === entry.version).map((d) => d.endpoint);
}
function withEndpoints(names) {
    return names.length > 0 ? ` after its endpoint${names.length > 1 ? 's' : ''} ${names.join(', ')}` : '';
}
/** Every endpoint of a removed version, a few at a time, each followed until it is gone. */
async function deleteEndpoints(foundry, plan, deleted, outcomes, log) {
    const queue = [...new Set(plan.endpoints.map((e) => e.endpoint))];
    const worker = async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
            const endpoint = next;
            try {
                log.info(`Deleting endpoint ${endpoint}.`);
                await foundry.deleteEndpoint(endpoint);
                deleted.add(endpoint);
                log.info(`Endpoint ${endpoint} is deleted.`);
            }
            catch (e) {
                const message = `endpoint ${endpoint} could not be deleted (${(0,errors/* errorMessage */.gJ)(e)}), so the model version was kept`;
                log.warning(message);
                for (const d of plan.endpoints.filter((x) => x.endpoint === endpoint)) {
                    outcomes.set(d.version, { kind: 'failed', message });
                }
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(ENDPOINT_DELETE_CONCURRENCY, queue.length) }, worker));
}
/** Versions whose endpoints are all gone; one still deployed is never sent a DELETE. */
async function deleteVersions(foundry, name, plan, deletedEndpoints, outcomes, log) {
    for (const entry of plan.remove) {
        const endpoints = endpointsOf(plan, entry);
        if (endpoints.some((e) => !deletedEndpoints.has(e)))
            continue; // its failure is recorded already
        try {
            await foundry.deleteModelVersion(name, entry.version);
            outcomes.set(entry.version, { kind: 'deleted', endpoints });
            log.info(`Deleted ${name}:${entry.version}${withEndpoints(endpoints)}.`);
        }
        catch (e) {
            const message = `the model version could not be deleted: ${(0,errors/* errorMessage */.gJ)(e)}`;
            log.warning(`${name}:${entry.version}: ${message}`);
            outcomes.set(entry.version, { kind: 'failed', message });
        }
    }
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function costText(amount) {
    return (0,markdown/* formatMoney */.up)(amount);
}
function cleanupHeadline(f) {
    const kept = f.production.length
        ? `production ${f.production.map((p) => `v${p.version}`).join(', ')} kept`
        : 'no production version';
    let text;
    if (f.plan.remove.length === 0) {
        text = `Nothing to delete (${kept}).`;
    }
    else if (f.dryRun) {
        text = `Dry run: would delete ${plural(f.plan.remove.length, 'model version')} and ${plural(f.deletedEndpoints, 'endpoint')}; nothing was changed.`;
    }
    else {
        text = `Deleted ${plural(f.deleted, 'model version')} and ${plural(f.deletedEndpoints, 'endpoint')}; ${kept}.`;
        if (f.failures > 0)
            text += ` ${plural(f.failures, 'version')} could not be deleted.`;
    }
    const idle = f.hosting.idle.length;
    if (idle > 0) {
        text += ` ${plural(idle, 'idle endpoint')} still deployed`;
        text +=
            f.hosting.idleHourlyCost !== undefined ? ` (≈ ${costText(f.hosting.idleHourlyCost)} an hour).` : '.';
    }
    return text;
}
function outcomeCell(r, entry) {
    const decision = r.plan.decisions.find((d) => d.entry === entry);
    const reason = (0,markdown/* cell */.Hn)(decision?.reason ?? '');
    const outcome = r.outcomes.get(entry.version);
    if (!outcome)
        return `kept: ${reason}`;
    switch (outcome.kind) {
        case 'deleted':
            return `**deleted**: ${reason}${outcome.endpoints.length ? ` (endpoint deleted first)` : ''}`;
        case 'would-delete':
            return `would delete: ${reason}${outcome.endpoints.length ? ` (endpoint first)` : ''}`;
        case 'failed':
            return `${markdown/* ICON */.kb.failed} not deleted: ${(0,markdown/* cell */.Hn)(outcome.message)}`;
    }
}
function renderCleanupSummary(r) {
    const policy = [
        `keep the ${r.keep} newest version${r.keep === 1 ? '' : 's'} besides production`,
        ...(r.maxAgeDays !== undefined ? [`remove any older than ${formatDays(r.maxAgeDays)} (max-age)`] : []),
        'never production or its endpoint',
    ].join('; ');
    const parts = [
        `### 🧹 Cleanup${r.dryRun ? ' (dry run: nothing was changed)' : ''}`,
        '',
        r.headline,
        '',
        `Policy: ${policy}.`,
    ];
    const production = r.entries.filter(inventory/* isProduction */.KV);
    if (production.length > 1) {
        parts.push('', `${markdown/* ICON */.kb.warning} ${production.length} versions are tagged \`stage=production\` (a promotion did not finish); all are kept. Re-run \`gate\`, or retag the older ones \`stage=archived\`.`);
    }
    parts.push('', '#### Fine-tuned models', '', (0,models/* renderModelTable */.y3)(r.entries, {
        now: r.ctxNow,
        extra: { header: r.dryRun ? 'Cleanup (dry run)' : 'Cleanup', cell: (e) => outcomeCell(r, e) },
        maxRows: Math.max(30, r.plan.remove.length + r.keep + production.length),
    }));
    parts.push('', '#### Endpoints still deployed', '', renderHosting(r.hosting, r.hourlyCost, r.dryRun));
    return parts.join('\n');
}
function renderHosting(h, hourlyCost, dryRun) {
    const after = dryRun ? 'after this cleanup would run' : 'after this cleanup';
    if (h.idle.length === 0 && h.production.length === 0)
        return `None ${after}.`;
    const rows = [...h.production, ...h.idle].map((e) => [
        `\`${(0,markdown/* cell */.Hn)(e.name)}\``,
        e.model ? `\`${(0,markdown/* cell */.Hn)(e.model)}\`` : '',
        e.production ? 'production' : e.stray ? 'idle (outside `model-name`: left alone)' : 'idle',
        (0,markdown/* cell */.Hn)(e.state),
    ]);
    const parts = [(0,markdown/* table */.tp)(['Endpoint', 'Model', 'Role', 'State'], rows)];
    if (h.idle.length === 0) {
        parts.push('', `No idle endpoint ${after}: only production is deployed.`);
    }
    else if (h.idleHourlyCost !== undefined && hourlyCost !== undefined) {
        parts.push('', `${markdown/* ICON */.kb.warning} ${plural(h.idle.length, 'idle endpoint')} ${h.idle.length === 1 ? 'serves' : 'serve'} no production model but ${h.idle.length === 1 ? 'is' : 'are'} billed by the hour even without traffic: ≈ **${costText(h.idleHourlyCost)} an hour** (≈ ${costText(h.idleMonthlyCost)} a month at ${HOURS_PER_MONTH} h), at \`endpoint-hourly-cost: ${hourlyCost}\`. Lower \`keep\` or set \`max-age\` to delete them with their versions.`);
    }
    else {
        parts.push('', `${markdown/* ICON */.kb.warning} ${plural(h.idle.length, 'idle endpoint')} ${h.idle.length === 1 ? 'serves' : 'serve'} no production model but ${h.idle.length === 1 ? 'is' : 'are'} billed by the hour even without traffic. Set \`endpoint-hourly-cost\` to your hourly hosting price for a fine-tuned model (Azure's pricing page for your model and region) to see what they cost.`);
    }
    return parts.join('\n');
}


/***/ }),

/***/ 74268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ liveEndpoints),
/* harmony export */   En: () => (/* binding */ endpointStateOf),
/* harmony export */   KV: () => (/* binding */ isProduction),
/* harmony export */   Rs: () => (/* binding */ buildInventory),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   v3: () => (/* binding */ sameModelId)
/* harmony export */ });
/* unused harmony export metricsFromTags */
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32675);
/* harmony import */ var _foundry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33078);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62877);
/**
 * This repository's fine-tuned model versions as `retrain` and `cleanup` see them: stage, dataset, metrics
 * from the promotion tags, age, and the serverless endpoints that deploy each one. Pure.
 */



function metricsFromTags(tags) {
    const metrics = {};
    for (const [key, value] of Object.entries(tags)) {
        if (!key.startsWith(_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTION_TAGS */ .ar.metricPrefix))
            continue;
        const n = Number(value);
        if (value.trim() !== '' && Number.isFinite(n))
            metrics[key.slice(_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .PROMOTION_TAGS */ .ar.metricPrefix.length)] = n;
    }
    return metrics;
}
/**
 * Newest first: by version number when both are numbers (the registry numbers versions in order), else by
 * creation time, else by version text.
 */
function newestFirst(a, b) {
    const va = Number(a.version);
    const vb = Number(b.version);
    if (a.version.trim() !== '' && b.version.trim() !== '' && Number.isFinite(va) && Number.isFinite(vb)) {
        if (va !== vb)
            return vb - va;
    }
    const ta = a.createdAt ?? 0;
    const tb = b.createdAt ?? 0;
    if (ta !== tb)
        return tb - ta;
    return b.version.localeCompare(a.version);
}
/** Model ids compare without case: ARM normalizes the location and GUID casing as it likes. */
function sameModelId(a, b) {
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
function buildInventory(name, versions, endpoints, idOf) {
    return versions
        .map((v) => {
        const version = (0,_foundry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .versionOf */ .E4)(v);
        const id = idOf(version);
        const tags = v.properties.tags ?? {};
        const created = Date.parse(v.systemData?.createdAt ?? '');
        return {
            name,
            version,
            id,
            createdAt: Number.isFinite(created) ? created : undefined,
            tags,
            stage: tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.stage] ?? '',
            datasetHash: tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.dataset],
            identity: tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity],
            metrics: metricsFromTags(tags),
            endpoints: endpoints
                .filter((e) => sameModelId(e.properties.modelSettings?.modelId, id))
                .map((e) => ({ name: e.name, state: endpointStateOf(e) }))
                .sort((x, y) => x.name.localeCompare(y.name)),
        };
    })
        .sort(newestFirst);
}
/** Deleting shows in `endpointState` while `provisioningState` may still say Succeeded. */
function endpointStateOf(e) {
    if (/^deleting$/i.test(e.properties.endpointState ?? ''))
        return 'Deleting';
    return e.properties.provisioningState ?? 'Unknown';
}
function isProduction(entry) {
    return entry.stage === _registry_js__WEBPACK_IMPORTED_MODULE_2__/* .STAGES */ .an.production;
}
/** Endpoints that still serve (or are about to serve) requests: everything but one being deleted or failed. */
function liveEndpoints(entry) {
    return entry.endpoints.filter((e) => !/^(deleting|failed|canceled)$/i.test(e.state));
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

/***/ 53356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   o6: () => (/* binding */ decideRetrain),
/* harmony export */   uQ: () => (/* binding */ describeChange)
/* harmony export */ });
/* unused harmony exports MAX_FAILED_ATTEMPTS, changesFrom, diffHyperparameters */
/* harmony import */ var _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32675);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62877);
/**
 * Whether a scheduled `retrain` fine-tunes: the identity of the current data and hyperparameters (the job
 * identity `train` would submit) against the model in production, the jobs still running and the versions
 * already trained on the same identity. Pure.
 *
 * Choices:
 * - A job of the same identity still running: skip; `resume` follows it (the job lookup would follow it too,
 *   so training would not pay twice, but it would only duplicate `resume`'s work).
 * - A job of another identity still running (older data): train anyway. Its result would be out of date on
 *   arrival, and the current data is what the repository says production should learn from. The older job
 *   is named in the summary; it keeps running (and billing) until it ends or is cancelled.
 * - The newest version of the same identity was rejected by the gates: skip unless `force`, since the same
 *   fine-tune would fail the same gates. `force` re-runs deploy, evaluate and gate on it (after the gates or
 *   golden set changed, say).
 * - `force` never pays for a second fine-tune of the same identity: `train` reuses the completed job. To
 *   fine-tune the same data again, change a hyperparameter (e.g. a `seed`).
 * - Attempts of the same identity that ended without a model: one failure is retried (a transient quota or
 *   capacity error, say); after MAX_FAILED_ATTEMPTS failures, or once someone canceled the newest attempt,
 *   a schedule stops resubmitting (each attempt is billed) until `force` or a change.
 */


/** Failed attempts of one identity after which a schedule stops resubmitting it by itself. */
const MAX_FAILED_ATTEMPTS = 2;
function shortHash(hash) {
    return hash ? hash.slice(0, 10) : '-';
}
function label(entry) {
    return `${entry.name}:${entry.version}`;
}
function modelTag(identity) {
    return `${identity.input.modelId}:${identity.input.modelVersion}`;
}
/**
 * What differs between the identity a version was trained with (its tags) and the current one; with the
 * hyperparameters it was trained with, which of them changed.
 */
function changesFrom(tags, identity, trainedWith) {
    if (tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity] === identity.key)
        return [];
    const changes = [];
    const compare = (kind, tag, now) => {
        if (tags[tag] !== now)
            changes.push({ kind, before: tags[tag], after: now });
    };
    compare('dataset', _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.dataset, identity.input.datasetHash);
    compare('hyperparameters', _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.hyperparameters, identity.hyperparametersHash);
    compare('base model', _foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.model, modelTag(identity));
    const hp = changes.find((c) => c.kind === 'hyperparameters');
    if (hp && trainedWith) {
        const details = diffHyperparameters(trainedWith, identity.input.hyperparameters);
        if (details.length > 0)
            hp.details = details;
    }
    // Same data, hyperparameters and base model under another identity: compute or instance type moved.
    if (changes.length === 0 && tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity] !== undefined) {
        changes.push({
            kind: 'compute',
            before: tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity],
            after: identity.key,
        });
    }
    return changes;
}
function describeChange(change) {
    switch (change.kind) {
        case 'dataset':
            return `dataset ${shortHash(change.before)} → ${shortHash(change.after)}`;
        case 'hyperparameters':
            if (change.details)
                return `hyperparameters ${change.details.join(', ')}`;
            return change.before ? 'hyperparameters changed' : 'hyperparameters (not tagged on production)';
        case 'base model':
            return `base model ${change.before ?? '(not tagged)'} → ${change.after}`;
        case 'compute':
            return `compute or instance type (identity ${change.before} → ${change.after})`;
    }
}
function decideRetrain(facts) {
    const { identity, production, force } = facts;
    const same = (tags) => tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.identity] === identity.key;
    const runningSame = facts.running.find((j) => same(j.tags));
    const runningOther = facts.running.filter((j) => !same(j.tags));
    const notes = runningOther.map((j) => `Job ${j.name} (${j.status}, dataset ${shortHash(j.tags[_foundry_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .TAGS */ .gp.dataset])}) is still running on other data or hyperparameters; it keeps running, and billing, until it ends or is cancelled in the studio.`);
    if (runningSame) {
        return {
            train: false,
            reason: 'running',
            headline: `Already training: job ${runningSame.name} (${runningSame.status}) fine-tunes this data with these hyperparameters; \`resume\` follows it.`,
            changes: production ? changesFrom(production.tags, identity, facts.productionHyperparameters) : [],
            notes,
            runningJob: runningSame,
        };
    }
    const dataset = shortHash(identity.input.datasetHash);
    const changes = production ? changesFrom(production.tags, identity, facts.productionHyperparameters) : [];
    if (production) {
        if (changes.length === 0) {
            if (!force) {
                return {
                    train: false,
                    reason: 'unchanged',
                    headline: `Nothing changed: production model ${label(production)} was trained on dataset ${dataset} with the same hyperparameters.`,
                    changes,
                    notes,
                };
            }
            return {
                train: true,
                reason: 'forced',
                headline: `\`force: true\`: nothing changed since production model ${label(production)}, but deploy, evaluate and gate run again on it.`,
                changes,
                notes: [
                    ...notes,
                    `The fine-tune of this identity is reused, not paid for again; to fine-tune the same data anew, change a hyperparameter (a \`seed\`, say).`,
                ],
                reuse: production,
            };
        }
    }
    const trainedBefore = facts.entries.find((e) => same(e.tags) && e.stage !== _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.production);
    const why = production
        ? `${changes.map(describeChange).join('; ')} since production model ${label(production)}`
        : 'no model of this repository is in production yet';
    if (trainedBefore?.stage === _registry_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.rejected) {
        if (!force) {
            return {
                train: false,
                reason: 'rejected',
                headline: `Not retraining: ${label(trainedBefore)} was already fine-tuned on dataset ${dataset} with these hyperparameters and its gates failed; the same fine-tune would fail them again.`,
                changes,
                notes: [
                    ...notes,
                    'Change the data or the hyperparameters, or set `force: true` to deploy, evaluate and gate it again (after changing the gates or the golden set, say).',
                ],
                reuse: trainedBefore,
            };
        }
        return {
            train: true,
            reason: 'forced',
            headline: `\`force: true\`: ${label(trainedBefore)} (rejected) is deployed, evaluated and gated again; ${why}.`,
            changes,
            notes,
            reuse: trainedBefore,
        };
    }
    if (trainedBefore) {
        return {
            train: true,
            reason: 'unfinished',
            headline: `Retraining: ${why}. ${label(trainedBefore)} was already fine-tuned on this data${trainedBefore.stage ? ` (stage ${trainedBefore.stage})` : ''}; its fine-tune is reused and it goes on to deploy, evaluate and gate.`,
            changes,
            notes,
            reuse: trainedBefore,
        };
    }
    if (facts.completedJob) {
        // The fine-tune exists but its model is gone (cleanup removed it): it is never paid for twice.
        return {
            train: false,
            reason: 'deleted',
            headline: `Not retraining: job ${facts.completedJob} already fine-tuned this data with these hyperparameters, and its model was deleted since (cleanup removes versions that are not in production).`,
            changes,
            notes: [
                ...notes,
                'A fine-tune is never repeated for the same identity: change the data or a hyperparameter (a `seed`, say) to train again.',
            ],
        };
    }
    const attempts = facts.endedAttempts ?? [];
    const newest = attempts[0];
    const failed = attempts.filter((a) => a.phase === 'failed');
    const reasonText = newest?.message ? `: ${newest.message.replace(/\.?\s*$/, '')}` : '';
    if (newest?.phase === 'canceled' && !force) {
        return {
            train: false,
            reason: 'canceled',
            headline: `Not retraining: job ${newest.name}, the fine-tune of this data and these hyperparameters, was canceled; a schedule does not resubmit what someone canceled.`,
            changes,
            notes: [...notes, 'Set `force: true` (or push a change) to submit it again.'],
        };
    }
    if (failed.length >= MAX_FAILED_ATTEMPTS && !force) {
        return {
            train: false,
            reason: 'failing',
            headline: `Not retraining: the last ${failed.length} attempts to fine-tune this data with these hyperparameters failed (${failed.map((a) => a.name).join(', ')})${reasonText}.`,
            changes,
            notes: [
                ...notes,
                'Fix the cause (the data, the hyperparameters or the workspace quota), or set `force: true` to try again.',
            ],
        };
    }
    if (newest) {
        notes.push(`The previous attempt ${newest.name} ended ${newest.status}${reasonText}; this run submits another (at most ${MAX_FAILED_ATTEMPTS} failed attempts are retried by a schedule).`);
    }
    return {
        train: true,
        reason: production ? 'changed' : 'first',
        headline: `Retraining: ${why}${newest ? ` (attempt ${attempts.length + 1}; ${newest.name} ${newest.status})` : ''}.`,
        changes,
        notes,
    };
}
/** `name: before → after` for every hyperparameter that differs, in name order. */
function diffHyperparameters(before, after) {
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return names
        .filter((n) => before[n] !== after[n])
        .map((n) => `${n}: ${before[n] ?? '(unset)'} → ${after[n] ?? '(unset)'}`);
}


/***/ }),

/***/ 71698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y3: () => (/* binding */ renderModelTable)
/* harmony export */ });
/* unused harmony exports METRIC_ORDER, MAX_METRIC_COLUMNS, MAX_ROWS, formatAge, metricColumns */
/* harmony import */ var _lifecycle_retrain_decision_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53356);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);


/** Metrics shown first when a model carries them; others follow by name. */
const METRIC_ORDER = [
    'f1',
    'exact_match',
    'rougeL',
    'bleu',
    'similarity',
    'latency_p95_ms',
    'unsafe_rate',
];
/** Beyond this the table gets too wide to read on a phone; the rest stay on the model's tags. */
const MAX_METRIC_COLUMNS = 4;
const MAX_ROWS = 30;
function formatAge(ms) {
    if (ms === undefined || !Number.isFinite(ms))
        return '?';
    const minutes = Math.max(0, Math.floor(ms / 60_000));
    if (minutes < 60)
        return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${hours} h`;
    return `${Math.floor(hours / 24)} d`;
}
function metricColumns(entries) {
    const present = new Set(entries.flatMap((e) => Object.keys(e.metrics)));
    const known = METRIC_ORDER.filter((m) => present.has(m));
    const others = [...present].filter((m) => !METRIC_ORDER.includes(m)).sort();
    return [...known, ...others].slice(0, MAX_METRIC_COLUMNS);
}
function stageCell(stage) {
    if (!stage)
        return '(none)';
    return stage === 'production' ? '**production**' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(stage);
}
function deployedCell(entry) {
    if (entry.endpoints.length === 0)
        return 'no';
    return entry.endpoints
        .map((e) => `\`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(e.name)}\`${/^succeeded$/i.test(e.state) ? '' : ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(e.state)})`}`)
        .join(', ');
}
function metricCell(value, name) {
    if (value === undefined)
        return '';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(value, name.endsWith('_ms') ? 0 : 3);
}
function renderModelTable(entries, options) {
    if (entries.length === 0)
        return '_No fine-tuned model of this repository is registered yet._';
    const metrics = metricColumns(entries);
    const headers = ['Version', 'Stage', 'Dataset', ...metrics, 'Deployed', 'Age'];
    const align = ['left', 'left', 'left', ...metrics.map(() => 'right'), 'left', 'right'];
    if (options.extra) {
        headers.push(options.extra.header);
        align.push('left');
    }
    const limit = options.maxRows ?? MAX_ROWS;
    const rows = entries.slice(0, limit).map((e) => {
        const row = [
            `\`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(e.version)}\``,
            stageCell(e.stage),
            e.datasetHash ? `\`${(0,_lifecycle_retrain_decision_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .BC)(e.datasetHash)}\`` : '',
            ...metrics.map((m) => metricCell(e.metrics[m], m)),
            deployedCell(e),
            formatAge(e.createdAt === undefined ? undefined : options.now - e.createdAt),
        ];
        if (options.extra)
            row.push(options.extra.cell(e));
        return row;
    });
    const name = entries[0].name;
    const parts = [`Model \`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(name)}\`:`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(headers, rows, align)];
    if (entries.length > limit)
        parts.push('', `…and ${entries.length - limit} older versions, not shown.`);
    return parts.join('\n');
}


/***/ })

};

//# sourceMappingURL=256.index.js.map