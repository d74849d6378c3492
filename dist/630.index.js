export const id = 630;
export const ids = [630];
export const modules = {

/***/ 94630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENDPOINT_DELETE_CONCURRENCY: () => (/* binding */ ENDPOINT_DELETE_CONCURRENCY),
  cleanupCommand: () => (/* binding */ cleanupCommand)
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
 * 4. With `idle-endpoints: delete` (the default), a version that stays but is not in production loses its
 *    endpoints: a deployed model is billed by the hour even without traffic, and the registered version
 *    can be deployed again when it is needed. `keep` leaves them deployed.
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
    const deletable = (entry, endpoints) => productionIds.some((id) => (0,inventory/* sameModelId */.v3)(id, entry.id))
        ? []
        : endpoints.filter((e) => !productionEndpoints.has(e.name));
    const endpoints = remove.flatMap((entry) => deletable(entry, entry.endpoints).map((e) => ({ endpoint: e.name, version: entry.version })));
    if ((policy.idleEndpoints ?? 'delete') === 'delete') {
        const kept = decisions.filter((d) => d.action === 'keep' && !(0,inventory/* isProduction */.KV)(d.entry)).map((d) => d.entry);
        for (const entry of kept) {
            for (const e of deletable(entry, (0,inventory/* liveEndpoints */.$g)(entry))) {
                endpoints.push({ endpoint: e.name, version: entry.version, idle: true });
            }
        }
    }
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
    const deleted = [];
    for (const entry of entries) {
        for (const e of (0,inventory/* liveEndpoints */.$g)(entry)) {
            const deployed = {
                name: e.name,
                state: e.state,
                model: `${entry.name}:${entry.version}`,
                production: (0,inventory/* isProduction */.KV)(entry),
            };
            if (deletedEndpoints.has(e.name))
                deleted.push(deployed);
            else
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
    const report = { idle, production, deleted };
    if (hourlyCost !== undefined) {
        report.idleHourlyCost = idle.length * hourlyCost;
        report.idleMonthlyCost = idle.length * hourlyCost * HOURS_PER_MONTH;
        report.savedHourlyCost = deleted.length * hourlyCost;
        report.savedMonthlyCost = deleted.length * hourlyCost * HOURS_PER_MONTH;
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
;// CONCATENATED MODULE: ./src/report/cleanup.ts


function money(amount) {
    return (0,markdown/* formatMoney */.up)(amount);
}
function policyText(r) {
    return [
        `keep the ${(0,markdown/* plural */.LS)(r.keep, 'newest version')} besides production`,
        ...(r.maxAgeDays !== undefined
            ? [`remove any older than ${formatDays(r.maxAgeDays)} (\`max-age\`)`]
            : []),
        r.idleEndpoints === 'delete'
            ? 'delete the endpoints of every version not in production (`idle-endpoints: delete`)'
            : 'leave endpoints of kept versions deployed (`idle-endpoints: keep`)',
        'never production or its endpoint',
    ].join('; ');
}
/** What deleting endpoints saves, when there is a price to say it with. */
function savingsText(r) {
    const h = r.hosting;
    if (h.deleted.length === 0)
        return '';
    const what = `${r.dryRun ? 'Deleting' : 'Deleted'} ${(0,markdown/* plural */.LS)(h.deleted.length, 'serving endpoint')} (${h.deleted
        .map((e) => e.name)
        .sort()
        .map((n) => (0,markdown/* code */.aY)(n, 'text'))
        .join(', ')})`;
    if (h.savedHourlyCost !== undefined && r.hourlyCost !== undefined) {
        return `${what}: ${r.dryRun ? 'would save' : 'saves'} ≈ **${money(h.savedHourlyCost)} an hour** (≈ ${money(h.savedMonthlyCost)} a month at ${HOURS_PER_MONTH} h) at \`endpoint-hourly-cost: ${r.hourlyCost}\`. The model versions stay registered: \`deploy\` serves one again when needed.`;
    }
    return `${what}: ${(0,markdown/* plural */.LS)(h.deleted.length, 'endpoint')} no longer billed by the hour. Set \`endpoint-hourly-cost\` to your hourly hosting price of a fine-tuned model (Azure's pricing page for your model and region) to see what that saves.`;
}
function hostingSection(r) {
    const h = r.hosting;
    const after = r.dryRun ? 'after this cleanup would run' : 'after this cleanup';
    if (h.idle.length === 0 && h.production.length === 0)
        return `None ${after}.`;
    const rows = [...h.production, ...h.idle].map((e) => [
        (0,markdown/* code */.aY)(e.name),
        e.model ? (0,markdown/* code */.aY)(e.model) : '',
        e.production ? 'production' : e.stray ? 'idle (outside `model-name`: left alone)' : 'idle',
        (0,markdown/* cell */.Hn)(e.state),
    ]);
    const parts = [(0,markdown/* table */.tp)(['Endpoint', 'Model', 'Role', 'State'], rows)];
    const idle = h.idle.length;
    if (idle === 0) {
        parts.push(`No idle endpoint ${after}: only production is deployed.`);
    }
    else {
        const billed = `${(0,markdown/* plural */.LS)(idle, 'idle endpoint')} ${idle === 1 ? 'serves' : 'serve'} no production model but ${idle === 1 ? 'is' : 'are'} billed by the hour even without traffic`;
        const fix = r.idleEndpoints === 'keep'
            ? 'Set `idle-endpoints: delete` to delete them (the versions stay registered).'
            : h.idle.every((e) => e.stray)
                ? 'They deploy models outside `model-name`, so cleanup leaves them alone: delete them in the studio if nobody uses them.'
                : '';
        if (h.idleHourlyCost !== undefined && r.hourlyCost !== undefined) {
            parts.push(`${markdown/* ICON */.kb.warning} ${billed}: ≈ **${money(h.idleHourlyCost)} an hour** (≈ ${money(h.idleMonthlyCost)} a month at ${HOURS_PER_MONTH} h), at \`endpoint-hourly-cost: ${r.hourlyCost}\`. ${fix}`.trim());
        }
        else {
            parts.push(`${markdown/* ICON */.kb.warning} ${billed}. ${fix} Set \`endpoint-hourly-cost\` to your hourly hosting price of a fine-tuned model to see what they cost.`.replace(/\s+/g, ' '));
        }
    }
    return parts.join('\n\n');
}
function renderCleanupSummary(r) {
    const parts = [
        `### 🧹 Cleanup${r.dryRun ? ' (dry run: nothing was changed)' : ''}`,
        (0,markdown/* inline */.mG)(r.headline),
        savingsText(r),
        `Policy: ${policyText(r)}.`,
    ];
    if (r.productionVersions.length > 1) {
        parts.push(`${markdown/* ICON */.kb.warning} ${r.productionVersions.length} versions are tagged \`stage=production\` (a promotion did not finish); all are kept. Re-run \`gate\`, or retag the older ones \`stage=archived\`.`);
    }
    parts.push('#### Endpoints still deployed', hostingSection(r));
    return parts.filter(Boolean).join('\n\n');
}

// EXTERNAL MODULE: ./src/report/steps.ts
var steps = __webpack_require__(70021);
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
            summary: (0,steps/* renderFailure */.zt)('Cleanup failed', message),
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
        idleEndpoints: config.cleanup.idleEndpoints,
    });
    const strays = strayEndpoints(endpoints, entries, event.repository, identity/* TAGS */.gp.repository);
    const dryRun = config.cleanup.dryRun;
    const outcomes = new Map();
    const idle = new Map();
    const deletedEndpoints = new Set();
    if (dryRun) {
        for (const entry of plan.remove) {
            outcomes.set(entry.version, { kind: 'would-delete', endpoints: endpointsOf(plan, entry) });
            log.info(`dry-run: would delete ${name}:${entry.version}${withEndpoints(endpointsOf(plan, entry))}.`);
        }
        for (const d of plan.endpoints.filter((x) => x.idle)) {
            idleOf(idle, d.version).deleted.push(d.endpoint);
            log.info(`dry-run: would delete the idle endpoint ${d.endpoint} of ${name}:${d.version}.`);
        }
    }
    else if (plan.endpoints.length > 0 || plan.remove.length > 0) {
        await deleteEndpoints(foundry, plan, deletedEndpoints, outcomes, idle, log);
        await deleteVersions(foundry, name, plan, deletedEndpoints, outcomes, log);
    }
    const hosting = hostingAfter(entries, dryRun ? new Set(plan.endpoints.map((e) => e.endpoint)) : deletedEndpoints, strays, config.cleanup.endpointHourlyCost);
    const failures = [
        ...[...outcomes.entries()].flatMap(([version, o]) => o.kind === 'failed' ? [`${name}:${version}: ${o.message}`] : []),
        ...[...idle.entries()].flatMap(([version, o]) => (o.failure ? [`${name}:${version}: ${o.failure}`] : [])),
    ];
    const deleted = [...outcomes.values()].filter((o) => o.kind === 'deleted').length;
    const production = entries.filter(inventory/* isProduction */.KV);
    const headline = cleanupHeadline({
        dryRun,
        plan,
        deleted,
        deletedEndpoints: dryRun ? new Set(plan.endpoints.map((e) => e.endpoint)).size : deletedEndpoints.size,
        failures: failures.length,
        hosting,
        production,
    });
    const actions = {};
    for (const d of plan.decisions) {
        const v = d.entry.version;
        const o = outcomes.get(v);
        if (!o) {
            const i = idle.get(v);
            actions[v] = { kind: 'kept', reason: d.reason, endpoints: i?.deleted, endpointFailure: i?.failure };
        }
        else if (o.kind === 'failed')
            actions[v] = o;
        else
            actions[v] = { ...o, reason: d.reason };
    }
    return {
        command: 'cleanup',
        status: failures.length > 0 ? 'failed' : 'succeeded',
        headline,
        summary: renderCleanupSummary({
            dryRun,
            headline,
            keep: config.cleanup.keep,
            maxAgeDays: config.cleanup.maxAgeDays,
            idleEndpoints: config.cleanup.idleEndpoints,
            hourlyCost: config.cleanup.endpointHourlyCost,
            hosting,
            productionVersions: production.map((p) => p.version),
        }),
        models: {
            entries,
            now,
            cleanup: { dryRun, actions },
            maxRows: Math.max(30, plan.remove.length + config.cleanup.keep + production.length),
        },
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
            savedHourlyCost: hosting.savedHourlyCost,
        },
        ...(failures.length > 0
            ? {
                failure: `Cleanup could not delete everything it should:\n${failures.join('\n')}`,
            }
            : {}),
    };
}
function idleOf(map, version) {
    let o = map.get(version);
    if (!o)
        map.set(version, (o = { deleted: [] }));
    return o;
}
function endpointsOf(plan, entry) {
    return plan.endpoints.filter((d) => d.version === entry.version && !d.idle).map((d) => d.endpoint);
}
function withEndpoints(names) {
    return names.length > 0 ? ` after its endpoint${names.length > 1 ? 's' : ''} ${names.join(', ')}` : '';
}
/** Every endpoint on the plan, a few at a time, each followed until it is gone. */
async function deleteEndpoints(foundry, plan, deleted, outcomes, idle, log) {
    const queue = [...new Set(plan.endpoints.map((e) => e.endpoint))];
    const worker = async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
            const endpoint = next;
            const uses = plan.endpoints.filter((x) => x.endpoint === endpoint);
            try {
                log.info(`Deleting endpoint ${endpoint}.`);
                await foundry.deleteEndpoint(endpoint);
                deleted.add(endpoint);
                for (const d of uses.filter((x) => x.idle))
                    idleOf(idle, d.version).deleted.push(endpoint);
                log.info(`Endpoint ${endpoint} is deleted.`);
            }
            catch (e) {
                for (const d of uses) {
                    if (d.idle) {
                        const message = `its idle endpoint ${endpoint} could not be deleted (${(0,errors/* errorMessage */.gJ)(e)})`;
                        log.warning(`${d.version}: ${message}`);
                        idleOf(idle, d.version).failure = message;
                    }
                    else {
                        const message = `endpoint ${endpoint} could not be deleted (${(0,errors/* errorMessage */.gJ)(e)}), so the model version was kept`;
                        log.warning(message);
                        outcomes.set(d.version, { kind: 'failed', message });
                    }
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
function cleanupHeadline(f) {
    const kept = f.production.length
        ? `production ${f.production.map((p) => `v${p.version}`).join(', ')} kept`
        : 'no production version';
    let text;
    if (f.plan.remove.length === 0 && f.plan.endpoints.length === 0) {
        text = `Nothing to delete (${kept}).`;
    }
    else if (f.dryRun) {
        text = `Dry run: would delete ${(0,markdown/* plural */.LS)(f.plan.remove.length, 'model version')} and ${(0,markdown/* plural */.LS)(f.deletedEndpoints, 'endpoint')}; nothing was changed.`;
    }
    else {
        const idleOnly = f.plan.endpoints.filter((e) => e.idle).length;
        const what = [
            f.deleted > 0 ? (0,markdown/* plural */.LS)(f.deleted, 'model version') : '',
            f.deletedEndpoints > 0
                ? `${(0,markdown/* plural */.LS)(f.deletedEndpoints, 'endpoint')}${idleOnly > 0 && f.deleted === 0 ? ' of models not in production (the versions stay registered)' : ''}`
                : '',
        ].filter(Boolean);
        text = `Deleted ${what.join(' and ') || 'nothing'}; ${kept}.`;
        if (f.failures > 0)
            text += ` ${(0,markdown/* plural */.LS)(f.failures, 'deletion')} failed.`;
    }
    const saved = f.hosting.savedHourlyCost;
    if (f.hosting.deleted.length > 0 && saved !== undefined) {
        text += ` ${f.dryRun ? 'That would save' : 'Saves'} ≈ ${(0,markdown/* formatMoney */.up)(saved)} an hour.`;
    }
    const idle = f.hosting.idle.length;
    if (idle > 0) {
        text += ` ${(0,markdown/* plural */.LS)(idle, 'idle endpoint')} still deployed`;
        text +=
            f.hosting.idleHourlyCost !== undefined ? ` (≈ ${(0,markdown/* formatMoney */.up)(f.hosting.idleHourlyCost)} an hour).` : '.';
    }
    return text;
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


/***/ })

};

//# sourceMappingURL=630.index.js.map