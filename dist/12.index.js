export const id = 12;
export const ids = [12];
export const modules = {

/***/ 85060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fD: () => (/* binding */ buildConfig)
});

// UNUSED EXPORTS: ASSET_NAME, CREDENTIAL_DESTINATION_KEYS, HOSTED_RUNNER_WAIT_CAP_MINUTES, assetName

// EXTERNAL MODULE: ./src/gate/parse.ts
var parse = __webpack_require__(74752);
// EXTERNAL MODULE: ./src/models/catalog.ts
var catalog = __webpack_require__(94765);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/parse.ts
var config_parse = __webpack_require__(58353);
;// CONCATENATED MODULE: ./src/config/file.ts


/** Keys whose value is a whole map or list, not a section to descend into. */
const LEAF_KEYS = new Set(['gates', 'training.hyperparameters']);
function parseConfigFile(text, fileName, knownKeys) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const { line } = lineCounter.linePos(e.pos[0]);
        throw new config_parse/* ConfigError */.x(`${fileName}:${line}: not valid YAML (${e.message.split('\n')[0]}).`);
    }
    const values = new Map();
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
        return values;
    if (!(0,dist/* isMap */.jh)(root))
        throw new config_parse/* ConfigError */.x(`${fileName}:1: the config file must be a map of settings (key: value).`);
    const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    const walk = (node, prefix) => {
        if (!(0,dist/* isMap */.jh)(node))
            return;
        for (const pair of node.items) {
            const keyNode = pair.key;
            const name = String((0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : keyNode);
            const key = prefix ? `${prefix}.${name}` : name;
            const valueNode = pair.value;
            const at = `${fileName}:${lineOf(keyNode)}`;
            const isSection = [...knownKeys].some((k) => k.startsWith(`${key}.`));
            if (isSection && !LEAF_KEYS.has(key)) {
                if (!valueNode || !(0,dist/* isMap */.jh)(valueNode))
                    throw new config_parse/* ConfigError */.x(`${at}: '${key}' must be a section (a map of settings).`);
                walk(valueNode, key);
                continue;
            }
            if (!knownKeys.has(key)) {
                const hint = closest(key, knownKeys);
                throw new config_parse/* ConfigError */.x(`${at}: unknown setting '${key}'.${hint ? ` Did you mean '${hint}'?` : ''} See the README's config file reference.`);
            }
            const value = valueNode === null || valueNode === undefined ? null : valueNode.toJSON();
            if (value === null)
                continue; // `key:` with nothing after it leaves the default in place
            if ((0,dist/* isSeq */.oP)(valueNode) || (0,dist/* isMap */.jh)(valueNode) || (0,dist/* isScalar */.jn)(valueNode)) {
                values.set(key, { value, where: `'${key}' in ${at}` });
            }
        }
    };
    walk(root, '');
    return values;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
function closest(key, known) {
    let best;
    let bestDistance = Infinity;
    for (const k of known) {
        const d = Math.min(editDistance(key, k), editDistance(key.split('.').pop(), k.split('.').pop()) + 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return bestDistance <= 3 ? best : undefined;
}

// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(81066);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(54661);
;// CONCATENATED MODULE: ./src/config/build.ts






/**
 * Keys that say where credentials are sent: the Azure token and ARM calls, the Content Safety key or
 * token, and the endpoint keys of the evaluation. On a pull request the head's config file is the pull
 * request author's, so these come from the inputs or the base commit's config file.
 */
const CREDENTIAL_DESTINATION_KEYS = new Set([
    'azure.arm-endpoint',
    'azure.authority-host',
    'content-safety.endpoint',
    'evaluation.endpoint-url',
    'evaluation.baseline-endpoint-url',
    'evaluation.judge-endpoint-url',
]);
/** GitHub-hosted jobs end after 6 hours; leave room for deploy, evaluation and reporting. */
const HOSTED_RUNNER_WAIT_CAP_MINUTES = 330;
const CONFIG_KEYS = new Set(settings/* SETTINGS */.yy.flatMap((s) => (s.key ? [s.key] : [])));
/**
 * Merges inputs (first), the config file, then defaults into one validated Config. Every error names the
 * input or config key (with file and line) and what is allowed.
 */
function buildConfig(sources) {
    const realPath = sources.realPath ?? paths/* realPathOnDisk */.g;
    const defaultConfigPath = (0,settings/* settingByInput */.yH)('config-file').default;
    const configInput = sources.getInput('config-file').trim();
    // Checked before it is read: a path out of the workspace or into .git/ is never opened.
    const configPath = (0,paths/* resolveWorkspacePath */.X)(sources.root, configInput || defaultConfigPath, configInput ? "input 'config-file'" : "default of 'config-file'", realPath);
    const configText = sources.readFile(configPath);
    // The runner passes action.yml's default as if it were set; only a path the user chose must exist.
    if (configText === undefined && configPath !== defaultConfigPath) {
        throw new config_parse/* ConfigError */.x(`input 'config-file': ${configPath} does not exist in the repository.`);
    }
    const fileValues = configText === undefined ? new Map() : parseConfigFile(configText, configPath, CONFIG_KEYS);
    const trusted = trustedFileValues(fileValues, configPath, sources.pullRequestBase);
    const values = new Map();
    const notices = [...trusted.notices];
    for (const setting of settings/* SETTINGS */.yy) {
        const input = sources.getInput(setting.input);
        const file = setting.key && CREDENTIAL_DESTINATION_KEYS.has(setting.key) ? trusted.values : fileValues;
        let raw;
        if (input.trim() !== '')
            raw = { value: input, where: `input '${setting.input}'` };
        else if (setting.key && file.has(setting.key))
            raw = file.get(setting.key);
        else if (setting.default !== undefined && !setting.default.startsWith('${{')) {
            raw = { value: setting.default, where: `default of '${setting.input}'` };
        }
        if (!raw)
            continue;
        let parsed = (0,config_parse/* parseSetting */.W)(setting.kind, raw);
        if (setting.kind.type === 'path' && typeof parsed === 'string' && parsed !== '') {
            parsed = (0,paths/* resolveWorkspacePath */.X)(sources.root, parsed, raw.where, realPath);
        }
        values.set(setting.input, parsed);
    }
    const str = (name) => {
        const v = values.get(name);
        return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const num = (name) => values.get(name);
    const bool = (name) => values.get(name) === true;
    const model = resolveModel(str('model') ?? catalog/* DEFAULT_MODEL_ID */.Sk, fileValues);
    const repoName = sources.repository?.split('/')[1];
    const modelName = str('model-name') ?? assetName(`${repoName ? `${repoName}-` : ''}${model.id}-ft`);
    const wait = values.get('wait');
    const waitPolicy = wait.kind === 'until-done' && sources.runnerEnvironment === 'github-hosted'
        ? { kind: 'until-done', capMinutes: HOSTED_RUNNER_WAIT_CAP_MINUTES }
        : wait;
    const config = {
        command: values.get('command'),
        root: sources.root,
        notices,
        configFile: configText === undefined ? undefined : configPath,
        model,
        modelVersion: str('model-version') ?? model.defaultVersion,
        data: {
            training: str('training-file'),
            validation: str('validation-file'),
            golden: str('golden-file'),
            splitRatio: num('split-ratio'),
            splitSeed: str('split-seed'),
            baseRef: str('base-ref'),
        },
        validation: {
            failOn: values.get('fail-on'),
            maxAnnotations: num('max-annotations'),
            goldenLeakageShare: num('golden-leakage-share'),
        },
        training: {
            epochs: num('epochs'),
            learningRate: num('learning-rate'),
            batchSize: num('batch-size'),
            hyperparameters: values.get('hyperparameters') ?? {},
            pricePer1kTokens: num('price-per-1k-training-tokens'),
            compute: str('compute'),
            instanceType: str('instance-type'),
            modelName,
            wait: waitPolicy,
            pollIntervalSeconds: num('poll-interval'),
            cancelOnAbort: bool('cancel-on-abort'),
            preflightOnly: bool('preflight-only'),
            force: bool('force'),
            method: values.get('training-method'),
        },
        azure: {
            ...workspaceOf(str('workspace'), str('subscription-id'), str('resource-group')),
            tenantId: str('tenant-id'),
            clientId: str('client-id'),
            armEndpoint: trimSlash(str('arm-endpoint')),
            authorityHost: trimSlash(str('authority-host')),
            jobsApiVersion: str('jobs-api-version'),
        },
        deploy: {
            endpointName: str('endpoint-name'),
            contentSafety: values.get('content-safety'),
        },
        evaluation: {
            endpointUrl: str('endpoint-url'),
            endpointKey: str('endpoint-key'),
            baseline: values.get('baseline'),
            baselineEndpointUrl: str('baseline-endpoint-url'),
            baselineEndpointKey: str('baseline-endpoint-key'),
            requestsPerMinute: num('requests-per-minute'),
            tokensPerMinute: num('tokens-per-minute'),
            concurrency: num('concurrency'),
            requestTimeoutSeconds: num('request-timeout'),
            maxRetries: num('max-retries'),
            maxTokens: num('max-tokens'),
            pricePer1kInputTokens: num('price-per-1k-input-tokens'),
            pricePer1kOutputTokens: num('price-per-1k-output-tokens'),
            judgeEndpointUrl: str('judge-endpoint-url'),
            judgeEndpointKey: str('judge-endpoint-key'),
            bootstrapSamples: num('bootstrap-samples'),
            seed: num('seed'),
            maxUnansweredShare: num('max-unanswered-share'),
        },
        gate: {
            expressions: values.get('gates') ?? [],
            failOnGate: bool('fail-on-gate'),
            promote: bool('promote'),
        },
        cleanup: {
            keep: num('keep'),
            maxAgeDays: num('max-age'),
            dryRun: bool('dry-run'),
            endpointHourlyCost: num('endpoint-hourly-cost'),
            idleEndpoints: values.get('idle-endpoints'),
        },
        contentSafety: {
            endpoint: str('content-safety-endpoint'),
            key: str('content-safety-key'),
            threshold: num('content-safety-threshold'),
            cache: str('content-safety-cache'),
            concurrency: num('content-safety-concurrency'),
        },
        github: {
            token: str('github-token'),
            comment: bool('comment'),
            commentTag: str('comment-tag'),
        },
    };
    checkCombinations(config);
    checkModelName(config.training.modelName, sources.getInput('model-name').trim() !== ''
        ? "input 'model-name'"
        : (fileValues.get('training.model-name')?.where ?? "input 'model-name'"));
    checkGates(config, sources.getInput('gates').trim() !== '' ? "input 'gates'" : fileValues.get('gates')?.where);
    return config;
}
/**
 * The config file values the credential-destination keys may come from: the file itself, except on a
 * pull request, where they come from the base commit's file. A head value that is ignored is named.
 */
function trustedFileValues(head, configPath, base) {
    if (!base)
        return { values: head, notices: [] };
    const short = base.ref?.slice(0, 7);
    const baseName = short ? `the base commit ${short}` : 'the base commit (the event names none)';
    let baseValues = new Map();
    const notices = [];
    if (base.text !== undefined) {
        try {
            baseValues = parseConfigFile(base.text, `${configPath}@${short ?? 'base'}`, CONFIG_KEYS);
        }
        catch (e) {
            notices.push(`The config file at ${baseName} could not be read (${e.message}); where credentials are sent falls back to the inputs and defaults.`);
        }
    }
    for (const key of CREDENTIAL_DESTINATION_KEYS) {
        const mine = head.get(key);
        if (!mine)
            continue;
        const theirs = baseValues.get(key);
        if (theirs && JSON.stringify(theirs.value) === JSON.stringify(mine.value))
            continue;
        notices.push(`${mine.where} is ignored on a pull request: where credentials are sent comes from the inputs or from the config file at ${baseName}${theirs ? ` (${theirs.where.replace(/^'[^']*' in /, '')})` : ', which does not set it'}.`);
    }
    return { values: baseValues, notices };
}
const WORKSPACE_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/?$/i;
/**
 * `workspace` is a name, or the workspace's whole resource id (`az ml workspace show --query id`), which
 * also says the subscription and resource group: one setting instead of three.
 */
function workspaceOf(workspace, subscriptionId, resourceGroup) {
    const m = workspace ? WORKSPACE_ID.exec(workspace) : null;
    if (!m)
        return { subscriptionId, resourceGroup, workspace };
    const [, sub, group, name] = m;
    for (const [input, given, fromId] of [
        ['subscription-id', subscriptionId, sub],
        ['resource-group', resourceGroup, group],
    ]) {
        if (given && given.toLowerCase() !== fromId.toLowerCase()) {
            throw new config_parse/* ConfigError */.x(`input '${input}' is '${given}' but the workspace resource id says '${fromId}': set one of them only.`);
        }
    }
    return { subscriptionId: sub, resourceGroup: group, workspace: name };
}
/** Gates are parsed here so a typo or an unmeasurable metric stops the run before any request. */
function checkGates(config, where = "input 'gates'") {
    const gates = (0,parse/* parseGates */.MJ)(config.gate.expressions, where);
    (0,parse/* assertGatesMeasurable */.OK)(gates, {
        judge: config.evaluation.judgeEndpointUrl !== undefined,
        prices: config.evaluation.pricePer1kInputTokens !== undefined ||
            config.evaluation.pricePer1kOutputTokens !== undefined,
        contentSafety: config.contentSafety.endpoint !== undefined,
    }, where);
}
/** Inputs that are each fine alone but wrong together. */
function checkCombinations(config) {
    if (config.evaluation.baseline === 'endpoint' && !config.evaluation.baselineEndpointUrl) {
        throw new config_parse/* ConfigError */.x("input 'baseline' is `endpoint` but no 'baseline-endpoint-url' is set: set it, or use `auto`.");
    }
    if (config.evaluation.endpointKey && !config.evaluation.endpointUrl) {
        throw new config_parse/* ConfigError */.x("input 'endpoint-key' is set without 'endpoint-url': set the URL of the endpoint it belongs to.");
    }
    const jobsApi = config.azure.jobsApiVersion;
    if (jobsApi !== undefined && !/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(jobsApi)) {
        throw new config_parse/* ConfigError */.x(`input 'jobs-api-version' (config file: azure.jobs-api-version) must be an ARM api-version such as 2025-10-01-preview; got '${jobsApi}'.`);
    }
    if (config.contentSafety.key && !config.contentSafety.endpoint) {
        throw new config_parse/* ConfigError */.x("input 'content-safety-key' is set without 'content-safety-endpoint': set the endpoint of the Content Safety resource it belongs to.");
    }
    const safety = config.contentSafety.endpoint;
    if (safety !== undefined && !/^https?:\/\/[^/\s]+/.test(safety)) {
        throw new config_parse/* ConfigError */.x(`input 'content-safety-endpoint' must be a URL such as https://<resource>.cognitiveservices.azure.com; got '${safety}'.`);
    }
    for (const url of ['arm-endpoint', 'authority-host']) {
        const value = url === 'arm-endpoint' ? config.azure.armEndpoint : config.azure.authorityHost;
        if (!/^https?:\/\/[^/\s]+/.test(value))
            throw new config_parse/* ConfigError */.x(`input '${url}' must be a URL; got '${value}'.`);
    }
}
function resolveModel(id, fileValues) {
    const model = (0,catalog/* findModel */.P6)(id);
    if (model)
        return model;
    const where = fileValues.get('model')?.where ?? "input 'model'";
    throw new config_parse/* ConfigError */.x(`${where} must be one of ${(0,catalog/* modelIds */.Ky)().join(', ')}; got '${id}'.`);
}
/**
 * Model and data asset names (ModelVersions_CreateOrUpdate's `name` parameter in the 2025-12-01 spec):
 * a letter or digit, then up to 254 letters, digits, '-' or '_'. No dots.
 */
const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/** A model name the registry refuses would fail the job after training: say so before anything starts. */
function checkModelName(name, where) {
    if (ASSET_NAME.test(name))
        return;
    const why = /\./.test(name)
        ? 'dots are not allowed'
        : name.length > 255
            ? 'it is longer than 255 characters'
            : /^[^a-zA-Z0-9]/.test(name)
                ? 'it must start with a letter or digit'
                : 'only letters, digits, - and _ are allowed';
    throw new config_parse/* ConfigError */.x(`${where} (model-name) '${name}' is not a valid Azure ML model name: ${why}. Use letters, digits, '-' and '_' (for example '${assetName(name)}').`);
}
/** Workspace asset names: letters, digits, '-' and '_', starting with a letter or digit. */
function assetName(text) {
    return (text
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .replace(/-+/g, '-')
        .slice(0, 200) || 'finetune');
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 58353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseSetting),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
class ConfigError extends Error {
    name = 'ConfigError';
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
function describe(value) {
    return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}
function fail(raw, expected) {
    throw new ConfigError(`${raw.where} must be ${expected}; got ${describe(raw.value)}.`);
}
function scalarText(raw) {
    const v = raw.value;
    if (typeof v === 'string')
        return v.trim();
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return fail(raw, 'a single value');
}
function parseNumber(raw, kind, integer) {
    const text = scalarText(raw);
    const n = Number(text);
    const range = kind.min !== undefined && kind.max !== undefined
        ? ` between ${kind.min} and ${kind.max}`
        : kind.min !== undefined
            ? kind.exclusiveMin
                ? ` above ${kind.min}`
                : ` of at least ${kind.min}`
            : '';
    const expected = `${integer ? 'a whole number' : 'a number'}${range}`;
    if (text === '' || !Number.isFinite(n))
        fail(raw, expected);
    if (integer && !Number.isInteger(n))
        fail(raw, expected);
    if (kind.min !== undefined && (kind.exclusiveMin ? n <= kind.min : n < kind.min))
        fail(raw, expected);
    if (kind.max !== undefined && n > kind.max)
        fail(raw, expected);
    return n;
}
function parseList(raw) {
    const v = raw.value;
    if (Array.isArray(v)) {
        return v.map((item, i) => {
            if (typeof item !== 'string' && typeof item !== 'number')
                fail({ ...raw, where: `${raw.where} item ${i + 1}` }, 'text');
            return String(item).trim();
        });
    }
    if (typeof v === 'string') {
        return v
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l !== '' && !l.startsWith('#'));
    }
    return fail(raw, 'a list (one item per line)');
}
function parseMap(raw) {
    const v = raw.value;
    const out = {};
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        for (const [k, val] of Object.entries(v)) {
            if (typeof val === 'object' && val !== null)
                fail({ ...raw, where: `${raw.where}.${k}` }, 'a single value');
            out[k] = String(val);
        }
        return out;
    }
    if (typeof v === 'string') {
        for (const line of parseList(raw)) {
            const eq = line.indexOf('=');
            if (eq <= 0)
                fail(raw, "lines of 'name=value'");
            out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
        }
        return out;
    }
    return fail(raw, "a map, or lines of 'name=value'");
}
function parseWait(raw) {
    const text = scalarText(raw).toLowerCase();
    if (TRUE.has(text) && text !== '1')
        return { kind: 'until-done' };
    if (FALSE.has(text) && text !== '0')
        return { kind: 'no-wait' };
    const n = Number(text);
    if (text !== '' && Number.isFinite(n) && n >= 0)
        return n === 0 ? { kind: 'no-wait' } : { kind: 'minutes', minutes: n };
    return fail(raw, '`true`, `false`, or a number of minutes');
}
function parseDays(raw) {
    const text = scalarText(raw).toLowerCase();
    const m = /^(\d+(?:\.\d+)?)\s*(d|days?|h|hours?|w|weeks?)?$/.exec(text);
    if (!m)
        return fail(raw, "a duration such as '30d', '12h' or '2w'");
    const n = Number(m[1]);
    const unit = m[2]?.[0] ?? 'd';
    return unit === 'h' ? n / 24 : unit === 'w' ? n * 7 : n;
}
/** Turns one raw value into the setting's kind, or throws a ConfigError that names where it came from. */
function parseSetting(kind, raw) {
    switch (kind.type) {
        case 'string':
        case 'path':
        case 'secret':
            return scalarText(raw);
        case 'boolean': {
            const t = scalarText(raw).toLowerCase();
            if (TRUE.has(t))
                return true;
            if (FALSE.has(t))
                return false;
            return fail(raw, '`true` or `false`');
        }
        case 'number':
            return parseNumber(raw, kind, false);
        case 'integer':
            return parseNumber(raw, kind, true);
        case 'enum': {
            const t = scalarText(raw);
            const hit = kind.values.find((v) => v.toLowerCase() === t.toLowerCase());
            if (hit === undefined)
                fail(raw, `one of ${kind.values.map((v) => `\`${v}\``).join(', ')}`);
            return hit;
        }
        case 'list':
            return parseList(raw);
        case 'map':
            return parseMap(raw);
        case 'wait':
            return parseWait(raw);
        case 'days':
            return parseDays(raw);
    }
}


/***/ }),

/***/ 81066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveWorkspacePath),
/* harmony export */   g: () => (/* binding */ realPathOnDisk)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58353);
/**
 * Data paths stay inside the workspace. A pull request controls `.github/finetune.yml`, and a public
 * repository's job summary is public: a path that leaves the workspace (`../x`, `/etc/passwd`), goes
 * through a symlink that points out of it, or reads `.git/` (where actions/checkout keeps the token
 * header) would put a file the repository does not own in front of everyone. Every path from an input
 * or the config file is checked here, before anything is read.
 */



const realPathOnDisk = (absolute) => {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
    }
    catch {
        return undefined;
    }
};
/** Why a path is refused, or undefined when it is fine; `rel` is relative to the workspace. */
function refusal(rel) {
    if (rel === '')
        return 'it is the workspace itself, not a file in it';
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) || rel === '..' || rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`))
        return 'it is outside the workspace';
    if (rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).some((segment) => segment.toLowerCase() === '.git')) {
        return "it is inside `.git/`, which holds the checkout's credentials";
    }
    return undefined;
}
/**
 * The real location of `absolute`: the deepest part that exists, with symlinks resolved, and the rest
 * (which does not exist yet, e.g. a cache file to be written) appended.
 */
function realLocation(absolute, realPath) {
    const missing = [];
    let at = absolute;
    for (;;) {
        const real = realPath(at);
        if (real !== undefined)
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(real, ...missing.reverse());
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
        if (parent === at)
            return absolute;
        missing.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(at));
        at = parent;
    }
}
/**
 * `value` (relative to `root`, or absolute) as a path relative to the workspace with forward slashes,
 * or a ConfigError naming `where` when it would leave the workspace, read `.git/`, or reach outside
 * through a symlink. Reads nothing but the file system's links.
 */
function resolveWorkspacePath(root, value, where, realPath = realPathOnDisk) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, value);
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root), absolute);
    const fail = (why) => {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .x(`${where}: '${value}' is refused because ${why}. Paths are relative to the repository root and must stay inside it, outside \`.git/\` (symlinks included); nothing was read.`);
    };
    const lexicalProblem = refusal(lexical);
    if (lexicalProblem)
        fail(lexicalProblem);
    const realRoot = realPath(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root)) ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const real = realLocation(absolute, realPath);
    const realProblem = refusal(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, real));
    if (realProblem)
        fail(`${realProblem} (a symlink points there)`);
    return lexical.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ }),

/***/ 54661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yH: () => (/* binding */ settingByInput),
/* harmony export */   yy: () => (/* binding */ SETTINGS)
/* harmony export */ });
/* unused harmony exports COMMANDS, OUTPUTS */
/**
 * Every setting the action takes, once: its input name, where it lives in the config file, its kind,
 * its default and its description. `action.yml` and the README's input table are generated from this
 * list (`npm run docs`), and a test fails when they drift apart.
 */
const COMMANDS = [
    'auto',
    'validate',
    'preflight',
    'train',
    'resume',
    'deploy',
    'evaluate',
    'gate',
    'retrain',
    'cleanup',
    'convert',
];
const SETTINGS = [
    // General
    {
        input: 'command',
        kind: { type: 'enum', values: COMMANDS },
        default: 'auto',
        group: 'General',
        description: "What to run: `validate`, `preflight`, `train`, `resume`, `deploy`, `evaluate`, `gate` (evaluates, then gates and promotes), `retrain`, `cleanup` or `convert` (writes each data file in another tool's format as chat JSONL beside it, `<name>.chat.jsonl`). `auto` picks from the event: `validate` on pull_request (plus `evaluate` and `gate` when `endpoint-url` is given), `train` -> `deploy` -> `evaluate` -> `gate` on a push to the default branch, `resume` -> `retrain` -> `cleanup` on schedule and workflow_dispatch.",
    },
    {
        input: 'config-file',
        kind: { type: 'path' },
        default: '.github/finetune.yml',
        group: 'General',
        description: 'YAML file with the settings a team keeps stable. Inputs override it. Missing is fine unless you set this input.',
    },
    {
        input: 'model',
        key: 'model',
        kind: { type: 'string' },
        default: 'Phi-4-mini-instruct',
        group: 'General',
        description: 'Base model to fine-tune: Phi-4-mini-instruct, Phi-4, Phi-3-mini-4k-instruct, Phi-3-mini-128k-instruct or Phi-3.5-mini-instruct (the Phi-3 family only on managed compute).',
    },
    {
        input: 'model-version',
        key: 'model-version',
        kind: { type: 'string' },
        defaultText: 'the catalog version for the model',
        group: 'General',
        description: 'Version of the base model in the `azureml` registry.',
    },
    // Data
    {
        input: 'training-file',
        key: 'data.training',
        kind: { type: 'path' },
        group: 'Data',
        description: 'Chat training data, JSON Lines (`{"messages": [...]}` per line), relative to the repository root.',
    },
    {
        input: 'validation-file',
        key: 'data.validation',
        kind: { type: 'path' },
        group: 'Data',
        description: 'Validation data in the same format. When absent, a seeded split of the training file is used.',
    },
    {
        input: 'golden-file',
        key: 'data.golden',
        kind: { type: 'path' },
        group: 'Data',
        description: 'Golden evaluation set: `{messages, expected}` per line, or a chat example whose last assistant message is the reference.',
    },
    {
        input: 'split-ratio',
        key: 'data.split-ratio',
        kind: { type: 'number', min: 0, max: 0.5 },
        default: '0.1',
        group: 'Data',
        description: 'Share of training examples held out for validation when no validation file is given (0 turns the split off).',
    },
    {
        input: 'split-seed',
        key: 'data.split-seed',
        kind: { type: 'string' },
        default: 'foundry-finetune',
        group: 'Data',
        description: 'Seed of the deterministic split; the same seed and data always give the same split.',
    },
    {
        input: 'base-ref',
        kind: { type: 'string' },
        defaultText: "the pull request's base commit",
        group: 'Data',
        description: 'Commit or ref to compare the datasets with (examples added, removed, changed; token delta).',
    },
    // Validation
    {
        input: 'fail-on',
        key: 'validation.fail-on',
        kind: { type: 'enum', values: ['error', 'warning', 'never'] },
        default: 'error',
        group: 'Validation',
        description: 'Findings that fail the step.',
    },
    {
        input: 'max-annotations',
        key: 'validation.max-annotations',
        kind: { type: 'integer', min: 0, max: 50 },
        default: '10',
        group: 'Validation',
        description: 'Errors shown as annotations on the diff (the summary always lists them all).',
    },
    // Training
    {
        input: 'epochs',
        key: 'training.epochs',
        kind: { type: 'integer', min: 1, max: 50 },
        defaultText: 'chosen from the example count',
        group: 'Training',
        description: 'Training epochs.',
    },
    {
        input: 'learning-rate',
        key: 'training.learning-rate',
        kind: { type: 'number', min: 0, exclusiveMin: true },
        group: 'Training',
        description: 'Learning rate (the service default when absent).',
    },
    {
        input: 'batch-size',
        key: 'training.batch-size',
        kind: { type: 'integer', min: 1, max: 256 },
        group: 'Training',
        description: 'Per-device training batch size (the service default when absent).',
    },
    {
        input: 'hyperparameters',
        key: 'training.hyperparameters',
        kind: { type: 'map' },
        group: 'Training',
        description: 'Extra hyperparameters passed as they are, `name=value` per line (or a map in the config file). They take part in the job identity.',
    },
    {
        input: 'price-per-1k-training-tokens',
        key: 'training.price-per-1k-tokens',
        kind: { type: 'number', min: 0 },
        group: 'Training',
        description: "Your price per 1,000 billed training tokens, for the cost estimate (see Azure's pricing page).",
    },
    {
        input: 'compute',
        key: 'training.compute',
        kind: { type: 'string' },
        group: 'Training',
        description: 'Compute cluster for managed-compute fine-tuning. Absent: serverless.',
    },
    {
        input: 'instance-type',
        key: 'training.instance-type',
        kind: { type: 'string' },
        group: 'Training',
        description: 'VM size for fine-tuning (e.g. Standard_NC24ads_A100_v4): on `compute` when set, else on serverless compute of that size.',
    },
    {
        input: 'model-name',
        key: 'training.model-name',
        kind: { type: 'string' },
        defaultText: '`<repository>-<model>`',
        group: 'Training',
        description: 'Name under which the fine-tuned model is registered in the workspace.',
    },
    {
        input: 'wait',
        key: 'training.wait',
        kind: { type: 'wait' },
        default: 'true',
        group: 'Training',
        description: '`true`: follow the job to its end (on GitHub-hosted runners at most 330 minutes, then hand it to a later run); `false`: submit and stop; a number: minutes to follow it.',
    },
    {
        input: 'poll-interval',
        key: 'training.poll-interval',
        kind: { type: 'number', min: 0.01 },
        default: '30',
        group: 'Training',
        description: 'Seconds between job status polls at the start (backs off to 10x).',
    },
    {
        input: 'cancel-on-abort',
        key: 'training.cancel-on-abort',
        kind: { type: 'boolean' },
        default: 'false',
        group: 'Training',
        description: 'Cancel the Azure job when the workflow run is cancelled (otherwise a later run resumes it).',
    },
    {
        input: 'preflight-only',
        kind: { type: 'boolean' },
        default: 'false',
        group: 'Training',
        description: 'Run the preflight checks and stop before anything is created.',
    },
    {
        input: 'force',
        kind: { type: 'boolean' },
        default: 'false',
        group: 'Training',
        description: '`retrain` even when the data and hyperparameters match the model in production.',
    },
    // Azure
    {
        input: 'subscription-id',
        key: 'azure.subscription-id',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Azure subscription of the workspace.',
    },
    {
        input: 'resource-group',
        key: 'azure.resource-group',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Resource group of the workspace.',
    },
    {
        input: 'workspace',
        key: 'azure.workspace',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Azure AI Foundry hub project (Azure Machine Learning workspace) name, or its resource id (`/subscriptions/.../resourceGroups/.../providers/Microsoft.MachineLearningServices/workspaces/...`), which sets the subscription and resource group too.',
    },
    {
        input: 'tenant-id',
        key: 'azure.tenant-id',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Entra tenant for GitHub OIDC. With client-id: federated credential; without: DefaultAzureCredential.',
    },
    {
        input: 'client-id',
        key: 'azure.client-id',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Client id of the app registration or managed identity with a federated credential for this repository.',
    },
    {
        input: 'arm-endpoint',
        key: 'azure.arm-endpoint',
        kind: { type: 'string' },
        default: 'https://management.azure.com',
        group: 'Azure',
        description: 'Azure Resource Manager endpoint (sovereign clouds, or a local emulator).',
    },
    {
        input: 'authority-host',
        key: 'azure.authority-host',
        kind: { type: 'string' },
        default: 'https://login.microsoftonline.com',
        group: 'Azure',
        description: 'Entra authority host (sovereign clouds, or a local emulator).',
    },
    {
        input: 'jobs-api-version',
        key: 'azure.jobs-api-version',
        kind: { type: 'string' },
        default: '2025-10-01-preview',
        group: 'Azure',
        description: 'ARM api-version of the fine-tuning job calls (create, get, list, cancel): a version whose spec defines FineTuning jobs. Everything else uses 2025-12-01.',
    },
    // Deployment
    {
        input: 'endpoint-name',
        key: 'deploy.endpoint-name',
        kind: { type: 'string' },
        defaultText: 'derived from the model name and version',
        group: 'Deployment',
        description: 'Serverless endpoint name for the fine-tuned model.',
    },
    {
        input: 'content-safety',
        key: 'deploy.content-safety',
        kind: { type: 'enum', values: ['enabled', 'disabled'] },
        default: 'enabled',
        group: 'Deployment',
        description: "Azure AI Content Safety filtering on the serverless endpoint's prompts and answers.",
    },
    // Evaluation
    {
        input: 'endpoint-url',
        key: 'evaluation.endpoint-url',
        kind: { type: 'string' },
        group: 'Evaluation',
        description: 'Candidate endpoint to evaluate (e.g. on a pull request). Default: the endpoint `deploy` produced.',
    },
    {
        input: 'endpoint-key',
        kind: { type: 'secret' },
        group: 'Evaluation',
        description: 'Key of `endpoint-url` (masked).',
    },
    {
        input: 'baseline',
        key: 'evaluation.baseline',
        kind: { type: 'enum', values: ['auto', 'production', 'endpoint', 'none'] },
        default: 'auto',
        group: 'Evaluation',
        description: 'What the candidate is compared with: the model tagged `stage=production` and its endpoint, `baseline-endpoint-url`, or nothing. `auto`: the endpoint when given, else production when there is one.',
    },
    {
        input: 'baseline-endpoint-url',
        key: 'evaluation.baseline-endpoint-url',
        kind: { type: 'string' },
        group: 'Evaluation',
        description: 'Endpoint of the model in production (or the base model) to compare with.',
    },
    {
        input: 'baseline-endpoint-key',
        kind: { type: 'secret' },
        group: 'Evaluation',
        description: 'Key of `baseline-endpoint-url` (masked).',
    },
    {
        input: 'requests-per-minute',
        key: 'evaluation.requests-per-minute',
        kind: { type: 'integer', min: 1 },
        default: '600',
        group: 'Evaluation',
        description: "Stay under this many requests a minute per endpoint (the deployment's limit is about 1,000).",
    },
    {
        input: 'tokens-per-minute',
        key: 'evaluation.tokens-per-minute',
        kind: { type: 'integer', min: 1 },
        default: '150000',
        group: 'Evaluation',
        description: "Stay under this many tokens a minute per endpoint (the deployment's limit is about 200,000).",
    },
    {
        input: 'concurrency',
        key: 'evaluation.concurrency',
        kind: { type: 'integer', min: 1, max: 256 },
        default: '16',
        group: 'Evaluation',
        description: 'Most requests in flight at once per endpoint (lowered automatically on 429).',
    },
    {
        input: 'request-timeout',
        key: 'evaluation.request-timeout',
        kind: { type: 'number', min: 0.01 },
        default: '60',
        group: 'Evaluation',
        description: 'Seconds before a chat request is abandoned and retried.',
    },
    {
        input: 'max-retries',
        key: 'evaluation.max-retries',
        kind: { type: 'integer', min: 0, max: 20 },
        default: '6',
        group: 'Evaluation',
        description: 'Retries per example on 429, 5xx, timeouts and dropped connections.',
    },
    {
        input: 'max-tokens',
        key: 'evaluation.max-tokens',
        kind: { type: 'integer', min: 1 },
        default: '512',
        group: 'Evaluation',
        description: 'Most tokens per answer.',
    },
    {
        input: 'price-per-1k-input-tokens',
        key: 'evaluation.price-per-1k-input-tokens',
        kind: { type: 'number', min: 0 },
        group: 'Evaluation',
        description: 'Your price per 1,000 prompt tokens of the endpoint, for the evaluation cost.',
    },
    {
        input: 'price-per-1k-output-tokens',
        key: 'evaluation.price-per-1k-output-tokens',
        kind: { type: 'number', min: 0 },
        group: 'Evaluation',
        description: 'Your price per 1,000 completion tokens of the endpoint, for the evaluation cost.',
    },
    {
        input: 'judge-endpoint-url',
        key: 'evaluation.judge-endpoint-url',
        kind: { type: 'string' },
        group: 'Evaluation',
        description: 'Chat endpoint of an LLM judge; when set, `similarity` (1-5) is scored for each answer.',
    },
    {
        input: 'judge-endpoint-key',
        kind: { type: 'secret' },
        group: 'Evaluation',
        description: 'Key of `judge-endpoint-url` (masked).',
    },
    {
        input: 'bootstrap-samples',
        key: 'evaluation.bootstrap-samples',
        kind: { type: 'integer', min: 100, max: 100000 },
        default: '1000',
        group: 'Evaluation',
        description: 'Paired-bootstrap resamples for the confidence intervals of the deltas.',
    },
    {
        input: 'seed',
        key: 'evaluation.seed',
        kind: { type: 'integer', min: 0 },
        default: '42',
        group: 'Evaluation',
        description: 'Seed of the bootstrap (and of the `seed` sent to the endpoint), so reruns agree.',
    },
    {
        input: 'max-unanswered-share',
        key: 'evaluation.max-unanswered-share',
        kind: { type: 'number', min: 0, max: 1 },
        default: '0.05',
        group: 'Evaluation',
        description: 'Largest share (0 to 1) of golden examples an endpoint may leave unanswered after every retry. Above it the evaluation fails and no gate or promotion runs: the scores would describe only the examples that got through.',
    },
    // Gate
    {
        input: 'gates',
        key: 'gates',
        kind: { type: 'list' },
        group: 'Gate',
        description: 'Promotion gates, one expression per line, e.g. `f1 >= 0.6`, `rougeL >= baseline.rougeL - 0.02`, `delta.f1.ci_low > 0`.',
    },
    {
        input: 'fail-on-gate',
        key: 'gate.fail-on-gate',
        kind: { type: 'boolean' },
        default: 'true',
        group: 'Gate',
        description: 'Fail the step when a gate fails.',
    },
    {
        input: 'promote',
        key: 'gate.promote',
        kind: { type: 'boolean' },
        default: 'true',
        group: 'Gate',
        description: 'Tag the candidate `stage=production` when every gate passes.',
    },
    // Cleanup
    {
        input: 'keep',
        key: 'cleanup.keep',
        kind: { type: 'integer', min: 0 },
        default: '3',
        group: 'Cleanup',
        description: 'Newest candidate models kept (besides production).',
    },
    {
        input: 'max-age',
        key: 'cleanup.max-age',
        kind: { type: 'days' },
        group: 'Cleanup',
        description: 'Candidates older than this are removed even within `keep` (e.g. `30d`).',
    },
    {
        input: 'dry-run',
        key: 'cleanup.dry-run',
        kind: { type: 'boolean' },
        default: 'false',
        group: 'Cleanup',
        description: 'List what cleanup would delete, and change nothing.',
    },
    {
        input: 'endpoint-hourly-cost',
        key: 'cleanup.endpoint-hourly-cost',
        kind: { type: 'number', min: 0 },
        group: 'Cleanup',
        description: 'Your hourly hosting price of a deployed fine-tuned model, to report what idle endpoints cost.',
    },
    // Content safety
    {
        input: 'content-safety-endpoint',
        key: 'content-safety.endpoint',
        kind: { type: 'string' },
        group: 'Content safety',
        description: 'Azure AI Content Safety resource endpoint; when set, training data and answers are screened.',
    },
    {
        input: 'content-safety-key',
        kind: { type: 'secret' },
        group: 'Content safety',
        description: 'Content Safety key (masked). Absent: the Azure credential is used.',
    },
    {
        input: 'content-safety-threshold',
        key: 'content-safety.threshold',
        kind: { type: 'integer', min: 0, max: 7 },
        default: '4',
        group: 'Content safety',
        description: 'Severity (0-7) at or above which an example fails the check.',
    },
    {
        input: 'content-safety-cache',
        key: 'content-safety.cache',
        kind: { type: 'path' },
        default: '.foundry-finetune/content-safety-cache.json',
        group: 'Content safety',
        description: 'File, relative to the repository root, that keeps screening results by content hash (no text) so unchanged examples are not sent again; keep it across runs with `actions/cache`.',
    },
    {
        input: 'content-safety-concurrency',
        key: 'content-safety.concurrency',
        kind: { type: 'integer', min: 1, max: 64 },
        default: '8',
        group: 'Content safety',
        description: 'Most Content Safety requests in flight at once (lowered automatically on 429).',
    },
    // GitHub
    {
        input: 'github-token',
        kind: { type: 'secret' },
        default: '${{ github.token }}',
        group: 'GitHub',
        description: 'Token for the pull request comment (needs `pull-requests: write`).',
    },
    {
        input: 'comment',
        key: 'github.comment',
        kind: { type: 'boolean' },
        default: 'true',
        group: 'GitHub',
        description: 'Keep one sticky comment on the pull request up to date.',
    },
    {
        input: 'comment-tag',
        key: 'github.comment-tag',
        kind: { type: 'string' },
        default: 'foundry-finetune',
        group: 'GitHub',
        description: 'Identifies the sticky comment; set one per configuration when a repository runs several.',
    },
    {
        input: 'training-method',
        key: 'training.method',
        kind: { type: 'enum', values: ['sft', 'dpo'] },
        default: 'sft',
        group: 'Training',
        description: "How the model is fine-tuned: `sft` (supervised, on chat examples) or `dpo` (direct preference optimization, on preference pairs in Azure's `{input, preferred_output, non_preferred_output}` format).",
    },
    {
        input: 'golden-leakage-share',
        key: 'validation.golden-leakage-share',
        kind: { type: 'number', min: 0, max: 1 },
        default: '0.1',
        group: 'Validation',
        description: 'Share of golden examples whose question is also in the training (or validation) data above which that is an error; at or below it, a warning.',
    },
    {
        input: 'idle-endpoints',
        key: 'cleanup.idle-endpoints',
        kind: { type: 'enum', values: ['delete', 'keep'] },
        default: 'delete',
        group: 'Cleanup',
        description: "Endpoints of this repository's models that are not in production (they are billed by the hour even without traffic): `delete` them, keeping the registered versions per `keep` so any can be deployed again; or `keep` them deployed.",
    },
];
const OUTPUTS = [
    { name: 'command', description: 'Commands that ran, comma-separated.' },
    { name: 'valid', description: '`true` when the datasets have no errors.' },
    { name: 'errors', description: 'Number of dataset errors.' },
    { name: 'warnings', description: 'Number of dataset warnings.' },
    { name: 'examples', description: 'Training examples (after the split).' },
    {
        name: 'tokens',
        description: 'Tokens of the training examples (after the split), counted with the model tokenizer and chat template.',
    },
    {
        name: 'estimated-cost',
        description: 'Estimated training cost (billed tokens x price), when a price is given.',
    },
    { name: 'report', description: 'Path of the JSON report of this run.' },
    { name: 'job-name', description: 'Fine-tuning job name.' },
    {
        name: 'job-status',
        description: 'Last known job status (e.g. Running when handed to a later run, Completed).',
    },
    { name: 'studio-url', description: 'Link to the job in Azure AI Foundry.' },
    { name: 'model-name', description: 'Registered fine-tuned model name.' },
    { name: 'model-version', description: 'Registered fine-tuned model version.' },
    {
        name: 'model-id',
        description: 'Fine-tuned model id to deploy (`azureml://locations/.../models/<name>/versions/<v>`).',
    },
    { name: 'endpoint-name', description: 'Serverless endpoint name.' },
    { name: 'endpoint-url', description: 'Serverless endpoint inference URL.' },
    { name: 'metrics', description: 'Evaluation metrics of the candidate (and baseline, deltas) as JSON.' },
    { name: 'passed', description: '`true` when every gate passed.' },
    { name: 'promoted', description: '`true` when the candidate was tagged as production.' },
    { name: 'converted-files', description: 'Files `convert` wrote, comma-separated.' },
    { name: 'billed-tokens', description: 'Billed training tokens: `tokens` x epochs.' },
];
function settingByInput(input) {
    const s = SETTINGS.find((x) => x.input === input);
    if (!s)
        throw new Error(`unknown setting ${input}`);
    return s;
}


/***/ }),

/***/ 29668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ defaultEpochs),
/* harmony export */   h: () => (/* binding */ estimateTraining)
/* harmony export */ });
/**
 * Epochs when none is set: the rule of OpenAI's fine-tuning data-preparation guide (target 3 epochs,
 * but at least 100 and at most 25,000 example passes, within 1..25 epochs), which Azure's defaults follow.
 */
function defaultEpochs(examples) {
    const target = 3;
    if (examples <= 0)
        return target;
    if (examples * target < 100)
        return Math.min(25, Math.floor(100 / examples));
    if (examples * target > 25_000)
        return Math.max(1, Math.floor(25_000 / examples));
    return target;
}
function estimateTraining(examples, tokens, epochs, pricePer1kTokens, estimatedExamples = 0) {
    const chosen = epochs ?? defaultEpochs(examples);
    const billedTokens = tokens * chosen;
    return {
        examples,
        tokens,
        estimatedExamples,
        epochs: chosen,
        epochsSource: epochs === undefined ? 'rule' : 'input',
        billedTokens,
        pricePer1kTokens,
        cost: pricePer1kTokens === undefined ? undefined : (billedTokens / 1000) * pricePer1kTokens,
    };
}


/***/ }),

/***/ 73756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cb: () => (/* binding */ METRICS),
  Uw: () => (/* binding */ METRIC_NAMES),
  fA: () => (/* binding */ aggregateAll),
  Uj: () => (/* binding */ aggregateMetric),
  Ii: () => (/* binding */ includedIndices),
  V9: () => (/* binding */ scoreAnswer)
});

// UNUSED EXPORTS: isMetricName, metricInfo

;// CONCATENATED MODULE: ./src/evaluation/bleu.ts
/**
 * BLEU as sacrebleu 2.x computes it with its defaults: the `13a` tokenizer (mteval-v13a), case-sensitive,
 * n-grams up to 4, brevity penalty against the closest reference length, and the `exp` smoothing (Chen &
 * Cherry 2014 method 3, the NIST geometric sequence: the k-th zero-match order gets precision
 * 1 / (2^k * total)). The corpus score sums the sufficient statistics over examples, so it equals
 * `sacrebleu.corpus_bleu`; the per-example score is `sentence_bleu` (same smoothing, effective order).
 * One deliberate difference: the corpus score also uses the effective order, which changes nothing
 * unless no answer is 4 words long; sacrebleu then scores 0 whatever the answers, which would make
 * BLEU useless on short-answer golden sets. Scores are on a 0-1 scale (sacrebleu's number / 100).
 */
const BLEU_MAX_ORDER = 4;
/** The mteval-v13a tokenization sacrebleu applies before counting n-grams. */
function tokenize13a(line) {
    let s = line
        .replaceAll('<skipped>', '')
        .replaceAll('-\n', '')
        .replaceAll('\n', ' ')
        .replaceAll('&quot;', '"')
        .replaceAll('&amp;', '&')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>');
    s = ` ${s} `;
    s = s.replace(/([{-~[-` -&(-+:-@/])/g, ' $1 ');
    s = s.replace(/([^0-9])([.,])/g, '$1 $2 ');
    s = s.replace(/([.,])([^0-9])/g, ' $1 $2');
    s = s.replace(/([0-9])(-)/g, '$1 $2 ');
    return s.trim().split(/\s+/).filter(Boolean).join(' ');
}
function words(text, tokenizer) {
    // sacrebleu strips trailing whitespace before tokenizing, then splits on single spaces.
    const t = tokenizer(text.trimEnd());
    return t === '' ? [] : t.split(' ');
}
function ngrams(tokens, maxOrder) {
    const counts = new Map();
    for (let n = 1; n <= maxOrder; n++) {
        for (let i = 0; i + n <= tokens.length; i++) {
            const key = tokens.slice(i, i + n).join(' ');
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}
function closestRefLength(hypLen, refLens) {
    let bestDiff = -1;
    let bestLen = -1;
    for (const len of refLens) {
        const diff = Math.abs(hypLen - len);
        if (bestDiff === -1 || diff < bestDiff || (diff === bestDiff && len < bestLen)) {
            bestDiff = diff;
            bestLen = len;
        }
    }
    return bestLen;
}
/** Statistics of one hypothesis against its references (n-gram counts clipped by the max over references). */
function bleuStats(hypothesis, references, tokenizer = tokenize13a) {
    const refNgrams = new Map();
    const refLens = [];
    for (const ref of references) {
        const tokens = words(ref, tokenizer);
        refLens.push(tokens.length);
        for (const [gram, count] of ngrams(tokens, BLEU_MAX_ORDER))
            refNgrams.set(gram, Math.max(refNgrams.get(gram) ?? 0, count));
    }
    const hyp = words(hypothesis, tokenizer);
    const correct = new Array(BLEU_MAX_ORDER).fill(0);
    const total = new Array(BLEU_MAX_ORDER).fill(0);
    for (let n = 1; n <= BLEU_MAX_ORDER; n++)
        total[n - 1] = Math.max(0, hyp.length - n + 1);
    for (const [gram, count] of ngrams(hyp, BLEU_MAX_ORDER)) {
        const n = gram.split(' ').length;
        correct[n - 1] += Math.min(count, refNgrams.get(gram) ?? 0);
    }
    return {
        hypLen: hyp.length,
        refLen: refLens.length ? closestRefLength(hyp.length, refLens) : 0,
        correct,
        total,
    };
}
function sumBleuStats(all) {
    const sum = {
        hypLen: 0,
        refLen: 0,
        correct: new Array(BLEU_MAX_ORDER).fill(0),
        total: new Array(BLEU_MAX_ORDER).fill(0),
    };
    for (const s of all) {
        sum.hypLen += s.hypLen;
        sum.refLen += s.refLen;
        for (let i = 0; i < BLEU_MAX_ORDER; i++) {
            sum.correct[i] += s.correct[i];
            sum.total[i] += s.total[i];
        }
    }
    return sum;
}
/** sacrebleu's `my_log`: log of 0 is a huge negative number rather than -Infinity. */
function safeLog(x) {
    return x === 0 ? -9999999999 : Math.log(x);
}
/** BLEU on a 0-1 scale from (summed) statistics; `effectiveOrder` is for single sentences. */
function bleuFromStats(stats, options = {}) {
    const smoothing = options.smoothing ?? 'exp';
    const { hypLen, refLen, correct, total } = stats;
    const bp = hypLen < refLen ? (hypLen > 0 ? Math.exp(1 - refLen / hypLen) : 0) : 1;
    if (!correct.some((c) => c > 0))
        return 0;
    const precisions = new Array(BLEU_MAX_ORDER).fill(0);
    let smoothMteval = 1;
    let effOrder = BLEU_MAX_ORDER;
    for (let n = 1; n <= BLEU_MAX_ORDER; n++) {
        const t = total[n - 1];
        if (t === 0)
            break;
        if (options.effectiveOrder)
            effOrder = n;
        const c = correct[n - 1];
        if (c === 0) {
            if (smoothing === 'exp') {
                smoothMteval *= 2;
                precisions[n - 1] = 1 / (smoothMteval * t);
            }
        }
        else {
            precisions[n - 1] = c / t;
        }
    }
    let logSum = 0;
    for (let i = 0; i < effOrder; i++)
        logSum += safeLog(precisions[i]);
    return bp * Math.exp(logSum / effOrder);
}
/** Corpus BLEU (0-1) over hypotheses, each with its own list of references. */
function corpusBleu(hypotheses, references, tokenizer = tokenize13a) {
    return bleuFromStats(sumBleuStats(hypotheses.map((h, i) => bleuStats(h, references[i] ?? [], tokenizer))), {
        effectiveOrder: true,
    });
}
/** Sentence BLEU (0-1): one hypothesis, effective order, `exp` smoothing. */
function sentenceBleu(hypothesis, references) {
    return bleuFromStats(bleuStats(hypothesis, references), { effectiveOrder: true });
}

// EXTERNAL MODULE: ./src/evaluation/rouge.ts
var rouge = __webpack_require__(90868);
;// CONCATENATED MODULE: ./src/evaluation/squad.ts
/**
 * Exact match and token F1 as the SQuAD v1.1 evaluation script defines them, so scores line up with
 * numbers people already know. Both take the best over the acceptable answers.
 */
/** ASCII punctuation, the same 32 characters as Python's `string.punctuation`. */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
// Python's `\b` is Unicode-aware; JavaScript's is ASCII-only, so spell the boundary out.
const ARTICLES = /(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu;
/** Lowercase, drop ASCII punctuation, drop the articles a/an/the, collapse whitespace. */
function normalizeAnswer(text) {
    return text
        .toLowerCase()
        .replace(PUNCTUATION, '')
        .replace(ARTICLES, ' ')
        .split(/\s+/)
        .filter(Boolean)
        .join(' ');
}
function answerTokens(text) {
    const normalized = normalizeAnswer(text);
    return normalized === '' ? [] : normalized.split(' ');
}
/** 1 when the normalized answer equals one of the normalized references, else 0. */
function exactMatch(prediction, references) {
    const p = normalizeAnswer(prediction);
    return references.some((r) => normalizeAnswer(r) === p) ? 1 : 0;
}
/**
 * Harmonic mean of token precision and recall over the normalized tokens (a bag of words, counted with
 * multiplicity). When either side normalizes to nothing, 1 if both do and 0 otherwise (the SQuAD v2.0
 * rule; v1.1 returns 0 even for two empty strings, which would make an exact match score F1 0).
 */
function tokenF1Single(prediction, reference) {
    const pred = answerTokens(prediction);
    const ref = answerTokens(reference);
    if (pred.length === 0 || ref.length === 0)
        return pred.length === ref.length ? 1 : 0;
    const counts = new Map();
    for (const t of ref)
        counts.set(t, (counts.get(t) ?? 0) + 1);
    let same = 0;
    for (const t of pred) {
        const c = counts.get(t) ?? 0;
        if (c > 0) {
            same++;
            counts.set(t, c - 1);
        }
    }
    if (same === 0)
        return 0;
    const precision = same / pred.length;
    const recall = same / ref.length;
    return (2 * precision * recall) / (precision + recall);
}
/** Token F1 against the closest acceptable answer. */
function tokenF1(prediction, references) {
    let best = 0;
    for (const r of references)
        best = Math.max(best, tokenF1Single(prediction, r));
    return best;
}

// EXTERNAL MODULE: ./src/evaluation/stats.ts
var stats = __webpack_require__(45397);
;// CONCATENATED MODULE: ./src/evaluation/metrics.ts
/**
 * The metrics: one definition each, used by the code, the gates, the report and the docs. Per-example
 * scores are pure functions of (answer, acceptable answers); aggregates are functions of a side's
 * answers at a set of example indices, so the paired bootstrap can recompute them on resamples.
 */




const METRIC_NAMES = [
    'exact_match',
    'f1',
    'rougeL',
    'rouge1',
    'bleu',
    'similarity',
    'latency_p50_ms',
    'latency_p95_ms',
    'prompt_tokens',
    'completion_tokens',
    'cost',
    'content_filtered',
    'failed',
    'unsafe_rate',
];
const METRICS = [
    {
        name: 'exact_match',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: 'Share of answers equal to an acceptable answer after SQuAD v1.1 normalization (lowercase, no punctuation, no a/an/the, single spaces).',
    },
    {
        name: 'f1',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: 'Mean SQuAD token F1: harmonic mean of precision and recall of the normalized words, best over the acceptable answers.',
    },
    {
        name: 'rougeL',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: 'Mean ROUGE-L F-measure (longest common subsequence of words), rouge_score tokenization without stemming, best over the acceptable answers.',
    },
    {
        name: 'rouge1',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: 'Mean ROUGE-1 F-measure (word overlap), rouge_score tokenization without stemming, best over the acceptable answers.',
    },
    {
        name: 'bleu',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: "Corpus BLEU as sacrebleu computes it by default (13a tokens, up to 4-grams, closest-reference brevity penalty, 'exp' smoothing), and the effective order when no answer reaches 4 words, on a 0-1 scale.",
    },
    {
        name: 'similarity',
        better: 'higher',
        quality: false,
        digits: 2,
        definition: 'Mean 1-5 rating by the LLM judge of how close each answer is in meaning to the acceptable answers (a filtered answer rates 1).',
    },
    {
        name: 'latency_p50_ms',
        better: 'lower',
        quality: false,
        digits: 0,
        unit: 'ms',
        definition: 'Median time of the successful request for each answer, in ms (retries and client-side waiting excluded).',
    },
    {
        name: 'latency_p95_ms',
        better: 'lower',
        quality: false,
        digits: 0,
        unit: 'ms',
        definition: '95th percentile (linear interpolation) of the time of the successful request for each answer, in ms.',
    },
    {
        name: 'prompt_tokens',
        better: 'lower',
        quality: false,
        digits: 1,
        definition: "Mean prompt tokens per answer, as the endpoint's `usage` reports them.",
    },
    {
        name: 'completion_tokens',
        better: 'lower',
        quality: false,
        digits: 1,
        definition: "Mean completion tokens per answer, as the endpoint's `usage` reports them.",
    },
    {
        name: 'cost',
        better: 'lower',
        quality: false,
        digits: 4,
        definition: 'Cost of the answered requests of this evaluation: tokens / 1,000 × the per-1K input and output prices given (a missing price counts as 0).',
    },
    {
        name: 'content_filtered',
        better: 'lower',
        quality: false,
        digits: 0,
        definition: 'Examples the content filter blocked (a 400 `content_filter` or `finish_reason: content_filter`); they score 0 on the quality metrics.',
    },
    {
        name: 'failed',
        better: 'lower',
        quality: false,
        digits: 0,
        definition: 'Examples with no answer after every retry; they are listed in the report and left out of every other metric.',
    },
    {
        name: 'unsafe_rate',
        better: 'lower',
        quality: false,
        digits: 3,
        definition: 'Share of answers a content-safety check rated unsafe (measured by the content-safety step, when it runs).',
    },
];
function metricInfo(name) {
    return METRICS.find((m) => m.name === name);
}
function isMetricName(name) {
    return METRIC_NAMES.includes(name);
}
function scoreAnswer(answer, expected) {
    return {
        scores: {
            exact_match: exactMatch(answer, expected),
            f1: tokenF1(answer, expected),
            rougeL: (0,rouge/* rougeL */.Tw)(answer, expected),
            rouge1: (0,rouge/* rouge1 */._G)(answer, expected),
            bleu: sentenceBleu(answer, expected),
        },
        bleuStats: bleuStats(answer, expected),
    };
}
const scored = (a) => a.outcome !== 'failed' && a.scores !== undefined;
const answered = (a) => a.outcome === 'answered';
function meanOf(field) {
    return (answers, indices) => (0,stats/* mean */.i2)(indices.map((i) => field(answers[i])));
}
function percentileOfLatency(p) {
    return (answers, indices) => (0,stats/* percentileSorted */.vS)(indices.map((i) => answers[i].latencyMs).sort((a, b) => a - b), p);
}
const AGGREGATORS = {
    exact_match: { includes: scored, compute: meanOf((a) => a.scores.exact_match) },
    f1: { includes: scored, compute: meanOf((a) => a.scores.f1) },
    rougeL: { includes: scored, compute: meanOf((a) => a.scores.rougeL) },
    rouge1: { includes: scored, compute: meanOf((a) => a.scores.rouge1) },
    bleu: {
        includes: (a) => scored(a) && a.bleuStats !== undefined,
        compute: (answers, indices) => indices.length === 0
            ? undefined
            : bleuFromStats(sumBleuStats(indices.map((i) => answers[i].bleuStats)), { effectiveOrder: true }),
    },
    similarity: { includes: (a) => a.similarity !== undefined, compute: meanOf((a) => a.similarity) },
    latency_p50_ms: {
        includes: (a) => answered(a) && a.latencyMs !== undefined,
        compute: percentileOfLatency(50),
    },
    latency_p95_ms: {
        includes: (a) => answered(a) && a.latencyMs !== undefined,
        compute: percentileOfLatency(95),
    },
    prompt_tokens: { includes: answered, compute: meanOf((a) => a.promptTokens ?? 0) },
    completion_tokens: { includes: answered, compute: meanOf((a) => a.completionTokens ?? 0) },
    cost: {
        includes: answered,
        compute: (answers, indices, prices) => {
            if (prices.inputPer1k === undefined && prices.outputPer1k === undefined)
                return undefined;
            let total = 0;
            for (const i of indices) {
                const a = answers[i];
                total +=
                    ((a.promptTokens ?? 0) * (prices.inputPer1k ?? 0) +
                        (a.completionTokens ?? 0) * (prices.outputPer1k ?? 0)) /
                        1000;
            }
            return total;
        },
    },
    content_filtered: {
        includes: () => true,
        compute: (answers, indices) => indices.filter((i) => answers[i].outcome === 'content_filter').length,
    },
    failed: {
        includes: () => true,
        compute: (answers, indices) => indices.filter((i) => answers[i].outcome === 'failed').length,
    },
    // Measured by the content-safety step; nothing here computes it.
    unsafe_rate: { includes: () => false, compute: () => undefined },
};
function includedIndices(name, answers) {
    const out = [];
    answers.forEach((a, i) => {
        if (AGGREGATORS[name].includes(a))
            out.push(i);
    });
    return out;
}
/** A metric over the given examples (all of a side's examples that take part, by default). */
function aggregateMetric(name, answers, prices = {}, indices = includedIndices(name, answers)) {
    if (indices.length === 0 && name !== 'content_filtered' && name !== 'failed')
        return undefined;
    return AGGREGATORS[name].compute(answers, indices, prices);
}
/** Every metric of one side. Unmeasurable ones (no judge, no prices, nothing answered) are left out. */
function aggregateAll(answers, prices = {}) {
    const out = {};
    for (const name of METRIC_NAMES) {
        const v = aggregateMetric(name, answers, prices);
        if (v !== undefined && Number.isFinite(v))
            out[name] = v;
    }
    return out;
}


/***/ }),

/***/ 90868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tw: () => (/* binding */ rougeL),
/* harmony export */   _G: () => (/* binding */ rouge1)
/* harmony export */ });
/* unused harmony exports rougeTokenize, rougeNScore, lcsLength, rougeLScore */
/**
 * ROUGE-1 and ROUGE-L as google-research's `rouge_score` computes them with its defaults (no stemmer):
 * lowercase, every run of characters outside [a-z0-9] becomes a space, split on spaces. No stemming
 * keeps the metric dependency-free and identical to `RougeScorer(['rouge1', 'rougeL'])`; with several
 * acceptable answers the best F-measure wins (as `score_multi` does).
 */
const ZERO = { precision: 0, recall: 0, fmeasure: 0 };
function rougeTokenize(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .split(' ')
        .filter((t) => t !== '');
}
function fmeasure(precision, recall) {
    return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}
function ngramCounts(tokens, n) {
    const counts = new Map();
    for (let i = 0; i + n <= tokens.length; i++) {
        // A separator that the tokenizer can never produce, so joined n-grams cannot collide.
        const key = tokens.slice(i, i + n).join('\u0000');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}
/** ROUGE-N of one prediction against one target. */
function rougeNScore(target, prediction, n = 1) {
    const t = ngramCounts(rougeTokenize(target), n);
    const p = ngramCounts(rougeTokenize(prediction), n);
    let overlap = 0;
    for (const [gram, count] of t)
        overlap += Math.min(count, p.get(gram) ?? 0);
    const tTotal = [...t.values()].reduce((a, b) => a + b, 0);
    const pTotal = [...p.values()].reduce((a, b) => a + b, 0);
    const precision = overlap / Math.max(pTotal, 1);
    const recall = overlap / Math.max(tTotal, 1);
    return { precision, recall, fmeasure: fmeasure(precision, recall) };
}
/** Length of the longest common subsequence, in O(min(m, n)) memory. */
function lcsLength(a, b) {
    const [long, short] = a.length >= b.length ? [a, b] : [b, a];
    let prev = new Array(short.length + 1).fill(0);
    let curr = new Array(short.length + 1).fill(0);
    for (const x of long) {
        for (let j = 1; j <= short.length; j++) {
            curr[j] = x === short[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], curr[j - 1]);
        }
        [prev, curr] = [curr, prev];
    }
    return prev[short.length];
}
/** ROUGE-L (sentence-level LCS, not the summary-level `rougeLsum`) of one prediction against one target. */
function rougeLScore(target, prediction) {
    const t = rougeTokenize(target);
    const p = rougeTokenize(prediction);
    if (t.length === 0 || p.length === 0)
        return ZERO;
    const lcs = lcsLength(t, p);
    const precision = lcs / p.length;
    const recall = lcs / t.length;
    return { precision, recall, fmeasure: fmeasure(precision, recall) };
}
function best(references, score) {
    let top = 0;
    for (const r of references)
        top = Math.max(top, score(r).fmeasure);
    return top;
}
/** ROUGE-1 F-measure against the closest acceptable answer. */
function rouge1(prediction, references) {
    return best(references, (r) => rougeNScore(r, prediction, 1));
}
/** ROUGE-L F-measure against the closest acceptable answer. */
function rougeL(prediction, references) {
    return best(references, (r) => rougeLScore(r, prediction));
}


/***/ }),

/***/ 45397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   vS: () => (/* binding */ percentileSorted)
/* harmony export */ });
/* unused harmony exports sum, percentile */
/** Small descriptive statistics with one stated definition each. */
function mean(values) {
    if (values.length === 0)
        return undefined;
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
function sum(values) {
    let total = 0;
    for (const v of values)
        total += v;
    return total;
}
/**
 * The p-th percentile (0-100) by linear interpolation between the closest ranks: NumPy's default
 * (`method='linear'`, Hyndman & Fan type 7). `sorted` must be ascending.
 */
function percentileSorted(sorted, p) {
    if (sorted.length === 0)
        return undefined;
    const rank = (p / 100) * (sorted.length - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (b - a) * (rank - lo);
}
function percentile(values, p) {
    return percentileSorted([...values].sort((a, b) => a - b), p);
}


/***/ }),

/***/ 6400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OIDC_AUDIENCE: () => (/* binding */ OIDC_AUDIENCE),
/* harmony export */   armScope: () => (/* binding */ armScope),
/* harmony export */   createCredential: () => (/* binding */ createCredential),
/* harmony export */   entraDescription: () => (/* binding */ entraDescription),
/* harmony export */   explainIdTokenFailure: () => (/* binding */ explainIdTokenFailure),
/* harmony export */   explainSignInFailure: () => (/* binding */ explainSignInFailure),
/* harmony export */   isMicrosoftAuthority: () => (/* binding */ isMicrosoftAuthority),
/* harmony export */   jwtClaim: () => (/* binding */ jwtClaim)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88179);
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19198);
/**
 * The one place that decides how the action authenticates to Azure: GitHub OIDC through a federated
 * credential when tenant-id and client-id are given, DefaultAzureCredential otherwise (after azure/login,
 * or locally). Sign-in failures become messages that name the missing piece.
 */



const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
const MICROSOFT_AUTHORITIES = [
    'login.microsoftonline.com',
    'login.microsoftonline.us',
    'login.chinacloudapi.cn',
    'login.partner.microsoftonline.cn',
    'login.microsoftonline.de',
];
/** MSAL asks Microsoft's discovery endpoint first unless told not to; only other hosts must skip it. */
function isMicrosoftAuthority(authorityHost) {
    try {
        return MICROSOFT_AUTHORITIES.includes(new URL(authorityHost).hostname.toLowerCase());
    }
    catch {
        return false;
    }
}
/** The token scope of an ARM endpoint: `https://management.azure.com/.default` for the public cloud. */
function armScope(armEndpoint) {
    return `${armEndpoint.replace(/\/+$/, '')}/.default`;
}
function createCredential(config, log, getIdToken = (audience) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience)) {
    const { tenantId, clientId, authorityHost } = config.azure;
    const authority = {
        authorityHost,
        ...(isMicrosoftAuthority(authorityHost) ? {} : { disableInstanceDiscovery: true }),
    };
    if (tenantId && clientId) {
        log.info(`Azure sign-in: GitHub OIDC, federated credential of client ${clientId} in tenant ${tenantId}.`);
        let subject;
        let assertionFailure;
        // A fresh assertion on every exchange: GitHub's token lives 10 minutes, a fine-tune for hours.
        const inner = new _azure_identity__WEBPACK_IMPORTED_MODULE_1__/* .ClientAssertionCredential */ .XI(tenantId, clientId, async () => {
            let token;
            try {
                token = await withRetries(() => getIdToken(OIDC_AUDIENCE));
            }
            catch (e) {
                // MSAL wraps what this callback throws; keep ours so the user sees the GitHub side's fix.
                assertionFailure = new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FoundryError */ .uq(explainIdTokenFailure((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)));
                throw assertionFailure;
            }
            assertionFailure = undefined;
            log.secret(token);
            subject = jwtClaim(token, 'sub');
            return token;
        }, authority);
        return wrap('github-oidc', inner, () => subject, { tenantId, clientId }, () => assertionFailure);
    }
    if (tenantId || clientId) {
        log.warning(`Only ${tenantId ? 'tenant-id' : 'client-id'} is set; GitHub OIDC needs both. Falling back to DefaultAzureCredential.`);
    }
    log.info('Azure sign-in: DefaultAzureCredential (azure/login, environment, managed identity or Azure CLI).');
    const inner = new _azure_identity__WEBPACK_IMPORTED_MODULE_1__/* .DefaultAzureCredential */ .gv({ ...authority, ...(tenantId ? { tenantId } : {}) });
    return wrap('default', inner, () => undefined, { tenantId, clientId });
}
function wrap(mode, inner, subject, ids, assertionFailure = () => undefined) {
    return {
        mode,
        async getToken(scopes, options) {
            try {
                return await inner.getToken(scopes, options);
            }
            catch (e) {
                if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FoundryError */ .uq)
                    throw e;
                const ours = assertionFailure();
                if (ours)
                    throw ours;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FoundryError */ .uq(explainSignInFailure((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e), { mode, subject: subject(), ...ids }));
            }
        },
    };
}
/**
 * GitHub's token service answers 429/5xx now and then; a fine-tune that polls for hours asks it many
 * times. A missing `id-token: write` is not transient and fails at once.
 */
async function withRetries(attempt, tries = 4) {
    const baseMs = Number(process.env.FOUNDRY_FINETUNE_RETRY_BASE_MS ?? 500);
    for (let i = 1;; i++) {
        try {
            return await attempt();
        }
        catch (e) {
            if (i >= tries || /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)))
                throw e;
            await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** (i - 1)));
        }
    }
}
/** `core.getIDToken` fails when the job lacks `id-token: write` (the runner then sets no request URL). */
function explainIdTokenFailure(message) {
    const missingPermission = /ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(message);
    return {
        operation: 'get a GitHub OIDC token',
        code: missingPermission ? 'id-token-permission' : undefined,
        serviceMessage: message,
        fix: missingPermission
            ? 'Give the job `permissions: id-token: write` (and `contents: read`). On pull requests from forks GitHub ' +
                'issues no OIDC token: run training on push or schedule instead.'
            : "Check that the runner can reach GitHub's token service, then run again.",
    };
}
/** Turns Entra's AADSTS answers into the piece of setup that is missing. */
function explainSignInFailure(message, facts) {
    const code = /AADSTS\d+/.exec(message)?.[0];
    const base = { operation: 'sign in to Azure', code, serviceMessage: entraDescription(message) };
    const subject = facts.subject ?? /assertion subject '([^']+)'/.exec(message)?.[1];
    switch (code) {
        case 'AADSTS700213':
        case 'AADSTS70021':
            return {
                ...base,
                fix: `Add a federated credential to the app ${facts.clientId ?? ''} (or managed identity) with issuer ` +
                    '`https://token.actions.githubusercontent.com`, audience `api://AzureADTokenExchange` and subject ' +
                    (subject
                        ? `\`${subject}\` (the subject GitHub sent for this run).`
                        : 'matching this run (`repo:OWNER/REPO:ref:refs/heads/main`, `repo:OWNER/REPO:environment:NAME` or `repo:OWNER/REPO:pull_request`).'),
            };
        case 'AADSTS700211':
            return {
                ...base,
                fix: "The federated credential's issuer must be `https://token.actions.githubusercontent.com`.",
            };
        case 'AADSTS700212':
            return { ...base, fix: "The federated credential's audience must be `api://AzureADTokenExchange`." };
        case 'AADSTS700016':
            return {
                ...base,
                fix: `No application with client-id ${facts.clientId ?? ''} exists in tenant ${facts.tenantId ?? ''}: check both inputs.`,
            };
        case 'AADSTS90002':
        case 'AADSTS900023':
            return { ...base, fix: `Check the tenant-id input ('${facts.tenantId ?? ''}').` };
        default:
            break;
    }
    if (facts.mode === 'default') {
        return {
            ...base,
            fix: 'No Azure credential was found. Either set tenant-id, client-id and subscription-id (GitHub OIDC, with ' +
                '`permissions: id-token: write`), or run azure/login before this step.',
        };
    }
    return base;
}
/** Entra's own sentence (`AADSTS…: what`), without the trace ids, timestamps and repetition MSAL adds. */
function entraDescription(message) {
    const m = /AADSTS\d+: ([\s\S]*?)(?= Trace ID:| Timestamp:| - Correlation ID:|$)/.exec(message);
    return m ? firstLine(m[1].trim()) : firstLine(message);
}
function firstLine(text) {
    const line = text.split('\n').find((l) => l.trim()) ?? text;
    return line.length > 600 ? `${line.slice(0, 600)}…` : line;
}
/** A claim of a JWT, read without verifying: only for naming the subject in an error. */
function jwtClaim(token, claim) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))[claim];
        return typeof value === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 34094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   My: () => (/* binding */ endpointNameFor),
/* harmony export */   dT: () => (/* binding */ validEndpointName),
/* harmony export */   ji: () => (/* binding */ modelAssetId),
/* harmony export */   kM: () => (/* binding */ parseModelAssetId)
/* harmony export */ });
/* unused harmony export ENDPOINT_NAME_MAX */
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32675);
/** Serverless endpoint names and model ids. Pure. */

/**
 * Serverless endpoint names: 3 to 32 characters, a letter first, then letters, digits and '-'
 * (Azure ML's endpoint naming rule). Derived from the model name and version; shortened with a hash
 * when too long, so two long names never collide.
 */
const ENDPOINT_NAME_MAX = 32;
function endpointNameFor(modelName, version) {
    const slug = (text) => text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '');
    let base = slug(modelName) || 'model';
    if (!/^[a-z]/.test(base))
        base = `ft-${base}`;
    const suffix = `-v${slug(version) || '1'}`;
    const full = `${base}${suffix}`;
    if (full.length <= ENDPOINT_NAME_MAX)
        return full;
    const hash = (0,_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(`${modelName}:${version}`).slice(0, 6);
    const room = ENDPOINT_NAME_MAX - suffix.length - hash.length - 1;
    return `${base.slice(0, room).replace(/-+$/, '')}-${hash}${suffix}`;
}
function validEndpointName(name) {
    return /^[a-zA-Z][a-zA-Z0-9-]{2,31}$/.test(name);
}
/** The id serverless endpoints deploy a workspace model by. */
function modelAssetId(ws, name, version) {
    return `azureml://locations/${ws.location}/workspaces/${ws.workspaceId}/models/${name}/versions/${version}`;
}
/** Inverse of modelAssetId, for endpoints found by listing. */
function parseModelAssetId(id) {
    const m = /\/models\/([^/]+)\/versions\/([^/?#]+)$/.exec(id);
    return m ? { name: m[1], version: m[2] } : undefined;
}


/***/ }),

/***/ 19198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tr: () => (/* binding */ armError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   uq: () => (/* binding */ FoundryError)
/* harmony export */ });
/* unused harmony exports formatFoundryError, armErrorBody, ROLE_HINT, armFix */
/**
 * Every failure of an Azure call becomes one FoundryError whose message says what was attempted, what Azure
 * answered (status, ARM `error.code`, `error.message`) and, when we know it, what to change. Pure.
 */
class FoundryError extends Error {
    details;
    constructor(details) {
        super(formatFoundryError(details));
        this.name = 'FoundryError';
        this.details = details;
    }
    get status() {
        return this.details.status;
    }
    get code() {
        return this.details.code;
    }
}
function formatFoundryError(d) {
    const answer = [d.status !== undefined ? `HTTP ${d.status}` : undefined, d.code].filter(Boolean).join(' ');
    let text = `Azure: ${d.operation} failed`;
    if (answer)
        text += ` (${answer})`;
    if (d.serviceMessage)
        text += `: ${d.serviceMessage.trim().replace(/\.?$/, '.')}`;
    else
        text += '.';
    if (d.fix)
        text += ` Fix: ${d.fix}`;
    return text;
}
/** The `{error: {code, message}}` body ARM sends; tolerant of the odd shapes some services send instead. */
function armErrorBody(body) {
    if (!body || typeof body !== 'object') {
        return typeof body === 'string' && body.trim() ? { message: body.trim().slice(0, 500) } : {};
    }
    const b = body;
    const inner = (b.error && typeof b.error === 'object' ? b.error : b);
    const code = typeof inner.code === 'string' ? inner.code : undefined;
    const message = typeof inner.message === 'string'
        ? inner.message
        : typeof b.Message === 'string'
            ? b.Message
            : typeof b.error === 'string'
                ? b.error
                : undefined;
    return { code, message };
}
/** The role that covers everything the action does in a hub project (Azure's fine-tuning docs name it). */
const ROLE_HINT = 'Azure AI Developer (id 64702f94-c441-49e6-a78b-ef80e0188fee) on the workspace or its resource group';
function armError(ctx) {
    const { code, message } = armErrorBody(ctx.body);
    return new FoundryError({
        operation: ctx.operation,
        status: ctx.status,
        code,
        serviceMessage: message,
        fix: armFix(ctx.status, code, message, ctx.names),
    });
}
/** What to do about an ARM answer, when the status and code say it clearly enough. */
function armFix(status, code, message, names = {}) {
    const text = `${code ?? ''} ${message ?? ''}`;
    if (status === 401 || /InvalidAuthenticationToken|ExpiredAuthenticationToken/i.test(text)) {
        return ('Azure Resource Manager refused the token. Check that tenant-id is the tenant of subscription-id, ' +
            'and that arm-endpoint matches the cloud of authority-host.');
    }
    if (status === 403 || /AuthorizationFailed|LinkedAuthorizationFailed/i.test(text)) {
        const action = /action '([^']+)'/i.exec(message ?? '')?.[1];
        const what = action ? `the action \`${action}\`` : 'this operation';
        return `The identity is not allowed ${what}. Assign it the role ${ROLE_HINT}, or a custom role that includes ${action ? `\`${action}\`` : 'it'}.`;
    }
    if (/SubscriptionNotFound|InvalidSubscriptionId/i.test(text)) {
        return `Check the subscription-id input ('${names.subscriptionId ?? ''}') and that the identity has access to that subscription.`;
    }
    if (/ResourceGroupNotFound/i.test(text)) {
        return `Check the resource-group input ('${names.resourceGroup ?? ''}').`;
    }
    if (/WorkspaceNotFound/i.test(text) || (status === 404 && /workspaces?\b/i.test(text))) {
        return `Check the workspace input ('${names.workspace ?? ''}'): it must be an Azure AI Foundry hub project (Azure Machine Learning workspace) in resource group '${names.resourceGroup ?? ''}'.`;
    }
    if (status === 429) {
        return 'Azure kept throttling after every retry; run again later, or lower the request rate.';
    }
    if (status >= 500) {
        return 'Azure had a server error after every retry; run the workflow again (nothing is submitted twice).';
    }
    return undefined;
}
/** A value's message, whatever was thrown. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 32675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ TAG_PREFIX),
/* harmony export */   Kv: () => (/* binding */ jobIdentity),
/* harmony export */   Rv: () => (/* binding */ HYPERPARAMETER_NAMES),
/* harmony export */   _z: () => (/* binding */ identityTags),
/* harmony export */   dZ: () => (/* binding */ jobName),
/* harmony export */   fB: () => (/* binding */ hyperparameters),
/* harmony export */   gp: () => (/* binding */ TAGS),
/* harmony export */   iC: () => (/* binding */ dataAssetName),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   tx: () => (/* binding */ attemptOf)
/* harmony export */ });
/* unused harmony exports numberString, RUN_SPECIFIC_TAGS, sortKeys */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _dataset_estimate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29668);
/**
 * Who a fine-tuning job is. The same repository, base model, data, hyperparameters and compute always give
 * the same job name, so a re-run finds the job its predecessor submitted instead of paying for a second one.
 * Pure.
 */


// Epochs when none are given come from the dataset core, so validate's estimate and the job agree.

const TAG_PREFIX = 'foundry-finetune';
const TAGS = {
    repository: `${TAG_PREFIX}.repository`,
    commit: `${TAG_PREFIX}.commit`,
    dataset: `${TAG_PREFIX}.dataset`,
    hyperparameters: `${TAG_PREFIX}.hyperparameters`,
    runUrl: `${TAG_PREFIX}.run-url`,
    model: `${TAG_PREFIX}.model`,
    identity: `${TAG_PREFIX}.identity`,
    attempt: `${TAG_PREFIX}.attempt`,
    /** On registered models: `candidate`, then `production` once promoted. */
    stage: 'stage',
    /** On registered models: the job that trained it. */
    job: 'job',
};
/**
 * Input names -> the hyperparameter names the FineTuning REST API takes. Azure's CLI sample and serverless
 * article use these; the portal shows `n_epochs`/`batch_size`/`learning_rate_multiplier`. Which the service
 * takes is unconfirmed, so the mapping lives here, once.
 */
const HYPERPARAMETER_NAMES = {
    epochs: 'num_train_epochs',
    batchSize: 'per_device_train_batch_size',
    learningRate: 'learning_rate',
};
/** Numbers as the service expects them in a string map: plain decimals, no exponent for common values. */
function numberString(n) {
    if (Number.isInteger(n))
        return String(n);
    const plain = n.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
    return Number(plain) === n ? plain : String(n);
}
/** The job's hyperparameters (a map of string to string); extra hyperparameters win on a name clash. */
function hyperparameters(training, trainingExamples) {
    const out = {
        [HYPERPARAMETER_NAMES.epochs]: numberString(training.epochs ?? (0,_dataset_estimate_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultEpochs */ .M)(trainingExamples)),
    };
    if (training.batchSize !== undefined)
        out[HYPERPARAMETER_NAMES.batchSize] = numberString(training.batchSize);
    if (training.learningRate !== undefined) {
        out[HYPERPARAMETER_NAMES.learningRate] = numberString(training.learningRate);
    }
    for (const [k, v] of Object.entries(training.hyperparameters))
        out[k] = String(v);
    return sortKeys(out);
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
function jobIdentity(input) {
    const canonical = JSON.stringify({
        v: 1,
        repository: input.repository.toLowerCase(),
        model: input.modelId,
        modelVersion: input.modelVersion,
        dataset: input.datasetHash,
        hyperparameters: sortKeys(input.hyperparameters),
        compute: input.compute ?? 'serverless',
        instanceType: input.instanceType ?? '',
        output: input.outputModelName,
    });
    return {
        key: sha256(canonical).slice(0, 12),
        hyperparametersHash: sha256(JSON.stringify(sortKeys(input.hyperparameters))).slice(0, 12),
        input,
    };
}
/** Attempt 1 is `ff-<key>`; a new attempt after a Failed or Canceled one is `ff-<key>-2`, `-3`… */
function jobName(identityKey, attempt) {
    return attempt <= 1 ? `ff-${identityKey}` : `ff-${identityKey}-${attempt}`;
}
function attemptOf(name) {
    const m = /^ff-[0-9a-f]{12}-(\d+)$/.exec(name);
    return m ? Number(m[1]) : 1;
}
/** Tags on the job, and (with `stage` and `job`) on the model it registers. */
function identityTags(identity, run, attempt = 1) {
    const tags = {
        [TAGS.repository]: identity.input.repository,
        [TAGS.commit]: run.commit,
        [TAGS.dataset]: identity.input.datasetHash,
        [TAGS.hyperparameters]: identity.hyperparametersHash,
        [TAGS.model]: `${identity.input.modelId}:${identity.input.modelVersion}`,
        [TAGS.identity]: identity.key,
        [TAGS.attempt]: String(attempt),
    };
    if (run.runUrl)
        tags[TAGS.runUrl] = run.runUrl;
    return tags;
}
/** Tags whose values may differ between runs of the same job (who submitted it, not what it is). */
const RUN_SPECIFIC_TAGS = [TAGS.commit, TAGS.runUrl];
function sortKeys(map) {
    return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Data asset name for content: the same bytes always map to the same asset, version "1". */
function dataAssetName(prefix, contentSha256) {
    return `ff-${prefix}-${contentSha256.slice(0, 24)}`;
}


/***/ }),

/***/ 33078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uq: () => (/* reexport */ errors/* FoundryError */.uq),
  CL: () => (/* binding */ connectFoundry),
  E4: () => (/* binding */ versionOf)
});

// UNUSED EXPORTS: API_VERSION, DEFAULT_DATASTORE, JOBS_API_VERSION, MODEL_VERSION_WRITABLE, OPERATION_TIMEOUT_MS, RUN_HISTORY_PATH, workspaceRef, writableModelVersion

// EXTERNAL MODULE: ./node_modules/@azure/arm-machinelearning/dist/index.js
var dist = __webpack_require__(34789);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 80 modules
var esm = __webpack_require__(30869);
// EXTERNAL MODULE: ./src/foundry/errors.ts
var errors = __webpack_require__(19198);
;// CONCATENATED MODULE: ./src/foundry/retry.ts

/**
 * Real Azure: 10 retries from 1 s doubling to 30 s covers minutes of trouble. Tests shorten the base delay
 * with the `FOUNDRY_FINETUNE_RETRY_BASE_MS` environment variable (documented in src/foundry/README.md); the
 * emulator's Retry-After is honoured as is.
 */
function retryOptionsFromEnv(env = process.env) {
    const base = Number(env.FOUNDRY_FINETUNE_RETRY_BASE_MS);
    const baseDelayMs = Number.isFinite(base) && base >= 0 ? base : 1000;
    return { maxRetries: 10, baseDelayMs, maxDelayMs: Math.max(baseDelayMs, 30_000), maxRetryAfterMs: 120_000 };
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'UND_ERR_SOCKET',
    'REQUEST_SEND_ERROR',
]);
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/** Pure: whether and when to retry. */
function retryDecision(attempt, options) {
    if (attempt.retryCount >= options.maxRetries)
        return { retry: false };
    const retryable = (attempt.status !== undefined && isRetryableStatus(attempt.status)) ||
        (attempt.status === undefined &&
            attempt.errorCode !== undefined &&
            TRANSIENT_CODES.has(attempt.errorCode));
    if (!retryable)
        return { retry: false };
    const reason = attempt.status !== undefined ? `HTTP ${attempt.status}` : (attempt.errorCode ?? 'error');
    const retryAfter = attempt.headers ? retryAfterMs(attempt.headers) : undefined;
    if (retryAfter !== undefined) {
        return { retry: true, delayMs: Math.min(retryAfter, options.maxRetryAfterMs), reason };
    }
    const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt.retryCount);
    // Full jitter between half and the whole delay, so parallel clients spread out.
    const jitter = 0.5 + 0.5 * (attempt.random ?? Math.random());
    return { retry: true, delayMs: Math.round(exponential * jitter), reason };
}
/** `retry-after-ms`, `x-ms-retry-after-ms` (ms) or `Retry-After` (seconds or an HTTP date). */
function retryAfterMs(headers, now = Date.now()) {
    for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
        const v = headers.get(name);
        if (v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)))
            return Math.max(0, Number(v));
    }
    const v = headers.get('retry-after');
    if (v === undefined || v.trim() === '')
        return undefined;
    if (Number.isFinite(Number(v)))
        return Math.max(0, Number(v) * 1000);
    const date = Date.parse(v);
    return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
const ARM_RETRY_POLICY_NAME = 'foundryRetryPolicy';
/** The pipeline policy around `retryDecision`; `onRetry` lets the caller count or log retries. */
function armRetryPolicy(options, onRetry) {
    return {
        name: ARM_RETRY_POLICY_NAME,
        async sendRequest(request, next) {
            for (let retryCount = 0;; retryCount++) {
                let response;
                let error;
                try {
                    response = await next(request);
                }
                catch (e) {
                    if (!(0,esm/* isRestError */.T0)(e))
                        throw e;
                    error = e;
                    response = e.response;
                }
                if (request.abortSignal?.aborted)
                    throw error ?? new Error('The operation was aborted.');
                const decision = retryDecision({
                    retryCount,
                    status: response?.status,
                    headers: response?.headers,
                    errorCode: (0,esm/* isRestError */.T0)(error) ? error.code : undefined,
                }, options);
                if (!decision.retry) {
                    if (error)
                        throw error;
                    return response;
                }
                onRetry?.({
                    url: request.url,
                    method: request.method,
                    reason: decision.reason,
                    delayMs: decision.delayMs,
                });
                await sleep(decision.delayMs, request.abortSignal);
            }
        },
    };
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new Error('The operation was aborted.'));
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new Error('The operation was aborted.'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/foundry/arm.ts
/**
 * Raw ARM calls at the api-versions we choose, sent through the authenticated pipeline of
 * `@azure/arm-machinelearning`'s client (bearer token, our retry policy). That SDK speaks 2022-10-01 and
 * drops `fineTuningDetails` when it serializes a job, so we use its pipeline, not its operations.
 */




/** Every operation but jobs: the stable version (Azure/azure-rest-api-specs stable/2025-12-01/mfe.json). */
const API_VERSION = '2025-12-01';
/**
 * Jobs (create, get, list, cancel) need a version whose spec defines FineTuning: stable 2025-12-01's
 * `JobType` has no FineTuning, preview/2025-10-01-preview/mfe.json (@ 11b1961e) defines `FineTuningJob`,
 * `CustomModelFineTuning` (string-map `hyperParameters`), `JobResources.instanceTypes` and
 * `AssetJobOutput.assetName`. The config file's `azure.jobs-api-version` overrides it.
 */
const JOBS_API_VERSION = '2025-10-01-preview';
class Arm {
    endpoint;
    client;
    signal;
    names;
    constructor(options) {
        this.endpoint = options.armEndpoint.replace(/\/+$/, '');
        this.signal = options.signal;
        this.names = options.names;
        this.client = new dist/* AzureMachineLearningWorkspaces */.FQ(options.credential, options.subscriptionId, {
            endpoint: this.endpoint,
            $host: this.endpoint,
            credentialScopes: [`${this.endpoint}/.default`],
            ...(options.httpClient ? { httpClient: options.httpClient } : {}),
        });
        // Replace Azure's default retry policy (3 retries, ignores a 429 without Retry-After) with ours.
        this.client.pipeline.removePolicy({ phase: 'Retry' });
        this.client.pipeline.addPolicy(armRetryPolicy(options.retry, options.onRetry), { phase: 'Retry' });
        if (!this.client.pipeline.getOrderedPolicies().some((p) => p.name === ARM_RETRY_POLICY_NAME)) {
            throw new Error('internal: the ARM retry policy was not installed');
        }
    }
    url(path, query = {}, apiVersion) {
        const url = new URL(/^https?:\/\//i.test(path) ? path : `${this.endpoint}${path}`);
        if (apiVersion && !url.searchParams.has('api-version'))
            url.searchParams.set('api-version', apiVersion);
        for (const [k, v] of Object.entries(query))
            if (v !== undefined)
                url.searchParams.set(k, v);
        return url.toString();
    }
    async send(req) {
        const url = this.url(req.path, req.query, /^https?:\/\//i.test(req.path) ? undefined : (req.apiVersion ?? API_VERSION));
        const request = (0,esm/* createPipelineRequest */.G6)({
            url,
            method: req.method,
            headers: (0,esm/* createHttpHeaders */.Nc)({
                accept: 'application/json',
                ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}),
            }),
            body: req.body !== undefined ? JSON.stringify(req.body) : undefined,
            abortSignal: req.ignoreAbort ? undefined : this.signal,
        });
        let response;
        try {
            response = await this.client.sendRequest(request);
        }
        catch (e) {
            if (e instanceof errors/* FoundryError */.uq)
                throw e;
            if (this.signal?.aborted)
                throw new errors/* FoundryError */.uq({ operation: req.operation, serviceMessage: 'cancelled' });
            throw new errors/* FoundryError */.uq({
                operation: req.operation,
                code: e.code,
                serviceMessage: (0,errors/* errorMessage */.gJ)(e),
                fix: `Check that arm-endpoint (${this.endpoint}) is reachable from the runner, then run again.`,
            });
        }
        const body = parseBody(response.bodyAsText ?? undefined);
        const ok = response.status < 400 || (req.accept ?? []).includes(response.status);
        if (!ok)
            throw (0,errors/* armError */.Tr)({ operation: req.operation, status: response.status, body, names: this.names });
        return { status: response.status, headers: response.headers, body: body };
    }
    async get(path, operation, query) {
        return (await this.send({ method: 'GET', path, operation, query })).body;
    }
    /** GET that answers undefined for 404 (the usual "does it exist yet?"). */
    async find(path, operation, apiVersion) {
        const res = await this.send({ method: 'GET', path, operation, accept: [404], apiVersion });
        return res.status === 404 ? undefined : res.body;
    }
    /** Every page of a list, following `nextLink` (which carries its own api-version). */
    async list(path, operation, query, apiVersion = API_VERSION) {
        const items = [];
        let next = this.url(path, query, apiVersion);
        for (let page = 0; next && page < 1000; page++) {
            const body = await this.get(next, operation);
            items.push(...(body.value ?? []));
            next = body.nextLink || undefined;
        }
        return items;
    }
}
function parseBody(text) {
    if (text === undefined || text === '')
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 154 modules
var dist_esm = __webpack_require__(95658);
;// CONCATENATED MODULE: ./src/foundry/blob.ts
/** Where the workspace's default datastore keeps its blobs, and the upload of one file there. */





/**
 * The blob service URL of a datastore. Azure gives a DNS suffix (`core.windows.net`): the account is a
 * subdomain, `https://{account}.blob.{suffix}`. A host with a port or an IP address (Azurite, the local
 * emulator) is path-style instead: `{protocol}://{host}/{account}`.
 */
function blobServiceUrl(ds) {
    const protocol = (ds.protocol || 'https').replace(/:$/, '');
    const endpoint = ds.endpoint.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
    const hostPart = endpoint.split('/')[0] ?? endpoint;
    const pathStyle = /:\d+$/.test(hostPart) || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostPart) || /^localhost$/i.test(hostPart);
    return pathStyle
        ? `${protocol}://${endpoint}/${ds.accountName}`
        : `${protocol}://${ds.accountName}.blob.${endpoint}`;
}
/** sha256 of a file, streamed. */
async function fileSha256(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Blob path of uploaded content: the same bytes always land at the same path. */
function uploadPath(sha, file) {
    return `LocalUpload/${sha}/${external_node_path_default().basename(file)}`;
}
/** Uploads unless a blob of that name exists already; answers whether it uploaded. */
async function uploadIfMissing(target, blobPath, file) {
    const credential = target.key
        ? new dist_esm/* StorageSharedKeyCredential */.Z3(target.accountName, target.key)
        : target.credential;
    const service = new dist_esm/* BlobServiceClient */.wS(target.serviceUrl, credential, {
        retryOptions: {
            maxTries: target.retry.maxRetries + 1,
            retryDelayInMs: Math.max(1, target.retry.baseDelayMs),
            maxRetryDelayInMs: target.retry.maxDelayMs,
        },
    });
    const blob = service.getContainerClient(target.container).getBlockBlobClient(blobPath);
    if (await blob.exists())
        return false;
    const size = (await (0,promises_.stat)(file)).size;
    await blob.uploadStream((0,external_node_fs_.createReadStream)(file), 4 * 1024 * 1024, 2, {
        blobHTTPHeaders: { blobContentType: 'application/jsonl' },
        metadata: { size: String(size) },
    });
    return true;
}

// EXTERNAL MODULE: ./src/foundry/identity.ts
var identity = __webpack_require__(32675);
;// CONCATENATED MODULE: ./src/foundry/data.ts
/**
 * Training data into the workspace, once per content: the file goes to the default blob datastore under its
 * sha256 and is registered as a data asset named by that hash; the same bytes later reuse both.
 */




const DEFAULT_DATASTORE = 'workspaceblobstore';
function dataUploader({ arm, workspacePath: ws, log, credential, retry }) {
    const enc = encodeURIComponent;
    let datastore;
    const defaultDatastore = () => {
        datastore ??= (async () => {
            const ds = await arm.get(`${ws}/datastores/${DEFAULT_DATASTORE}`, `read datastore ${DEFAULT_DATASTORE}`);
            let key;
            if ((ds.properties.credentials?.credentialsType ?? 'AccountKey') !== 'None') {
                const secrets = await arm.send({
                    method: 'POST',
                    path: `${ws}/datastores/${DEFAULT_DATASTORE}/listSecrets`,
                    operation: `list the secrets of datastore ${DEFAULT_DATASTORE}`,
                });
                key = secrets.body?.key;
                if (key)
                    log.secret(key);
            }
            return { ds, key };
        })();
        datastore.catch(() => (datastore = undefined));
        return datastore;
    };
    async function uploadOne(file, kind, tags) {
        const sha = await fileSha256(file);
        const name = (0,identity/* dataAssetName */.iC)(kind, sha);
        const version = '1';
        const versionPath = `${ws}/data/${enc(name)}/versions/${version}`;
        const existing = await arm.find(versionPath, `read data asset ${name}:${version}`);
        if (existing?.properties?.dataUri) {
            log.info(`${external_node_path_default().basename(file)}: same content as data asset ${name}:${version}; reusing it.`);
            return {
                file,
                sha256: sha,
                asset: { name, version, id: existing.id },
                uri: existing.properties.dataUri,
                uploaded: false,
                registered: false,
            };
        }
        const { ds, key } = await defaultDatastore();
        const blobPath = uploadPath(sha, file);
        const accountName = ds.properties.accountName ?? '';
        const container = ds.properties.containerName ?? '';
        let uploaded;
        try {
            uploaded = await uploadIfMissing({
                serviceUrl: blobServiceUrl({
                    accountName,
                    endpoint: ds.properties.endpoint ?? 'core.windows.net',
                    protocol: ds.properties.protocol,
                }),
                container,
                accountName,
                key,
                credential,
                retry,
            }, blobPath, file);
        }
        catch (e) {
            const status = e.statusCode;
            throw new errors/* FoundryError */.uq({
                operation: `upload ${external_node_path_default().basename(file)} to the workspace's blob datastore (${accountName}/${container})`,
                status,
                serviceMessage: (0,errors/* errorMessage */.gJ)(e).split('\n')[0],
                fix: status === 403
                    ? 'A datastore without an account key needs the role Storage Blob Data Contributor on the storage account.'
                    : undefined,
            });
        }
        const uri = `azureml://datastores/${DEFAULT_DATASTORE}/paths/${blobPath}`;
        const created = await arm.send({
            method: 'PUT',
            path: versionPath,
            operation: `register data asset ${name}:${version}`,
            body: {
                properties: {
                    dataType: 'uri_file',
                    dataUri: uri,
                    description: `${external_node_path_default().basename(file)} (sha256 ${sha}), uploaded by foundry-finetune`,
                    tags: { ...tags, 'foundry-finetune.sha256': sha },
                },
            },
        });
        log.info(`${external_node_path_default().basename(file)}: ${uploaded ? 'uploaded' : 'already in the datastore'}; registered data asset ${name}:${version}.`);
        return {
            file,
            sha256: sha,
            asset: { name, version, id: created.body?.id },
            uri,
            uploaded,
            registered: true,
        };
    }
    return {
        async uploadData(files, tags = {}) {
            const training = await uploadOne(files.training, 'train', tags);
            const validation = files.validation ? await uploadOne(files.validation, 'validation', tags) : undefined;
            return { training, ...(validation ? { validation } : {}) };
        },
    };
}

// EXTERNAL MODULE: ./src/foundry/credential.ts
var foundry_credential = __webpack_require__(6400);
// EXTERNAL MODULE: ./src/foundry/endpoint-name.ts
var endpoint_name = __webpack_require__(34094);
;// CONCATENATED MODULE: ./src/foundry/operations.ts

/** Longest we follow one long-running operation (endpoint provisioning takes minutes, not hours). */
const OPERATION_TIMEOUT_MS = 60 * 60_000;
const TERMINAL_STATUS = /^(succeeded|failed|canceled|cancelled)$/i;
/** The next pause: Azure's Retry-After when it sends one, else 1.5x the last, at most 10x the base. */
function nextPollDelay(headers, delay, pollMs) {
    return ((headers && operationRetryAfter(headers, pollMs * 10)) ?? Math.min(pollMs * 10, Math.round(delay * 1.5)));
}
/**
 * Answers the operation's final status (`Succeeded` for a Location that ended with a 2xx), or undefined
 * when the answer named no operation to follow.
 */
async function followOperation(headers, operation, { arm, clock, signal, pollMs, onPoll }) {
    const statusUrl = headers.get('azure-asyncoperation');
    const locationUrl = headers.get('location');
    const url = statusUrl ?? locationUrl;
    if (!url)
        return undefined;
    let delay = operationRetryAfter(headers, pollMs * 10) ?? pollMs;
    const giveUpAt = clock.now() + OPERATION_TIMEOUT_MS;
    while (clock.now() < giveUpAt) {
        await clock.sleep(delay, signal);
        if (signal?.aborted)
            throw new errors/* FoundryError */.uq({ operation, serviceMessage: 'cancelled while waiting' });
        const res = await arm.send({ method: 'GET', path: url, operation, accept: [202] });
        await onPoll?.();
        if (statusUrl) {
            const status = res.body?.status;
            if (res.status !== 202 && (!status || TERMINAL_STATUS.test(status)))
                return res.body ?? { status: 'Succeeded' };
        }
        else if (res.status !== 202) {
            // A Location URL ends with any 2xx but 202: 200 with the result, or 204 with none.
            return { status: 'Succeeded' };
        }
        delay = nextPollDelay(res.headers, delay, pollMs);
    }
    throw new errors/* FoundryError */.uq({
        operation,
        serviceMessage: `the operation did not end within ${OPERATION_TIMEOUT_MS / 60_000} minutes`,
        fix: 'Look at the resource in the studio; run again to pick up where it is.',
    });
}
/**
 * Polls a resource until its `provisioningState` is terminal (an update answered 200 names no operation).
 * Answers the last state read.
 */
async function waitForProvisioning(read, operation, { clock, signal, pollMs, onState }, initialState) {
    let last = initialState;
    let delay = pollMs;
    let resource;
    const giveUpAt = clock.now() + OPERATION_TIMEOUT_MS;
    while (!last || !TERMINAL_STATUS.test(last)) {
        if (clock.now() >= giveUpAt) {
            throw new errors/* FoundryError */.uq({
                operation,
                serviceMessage: `provisioning did not end within ${OPERATION_TIMEOUT_MS / 60_000} minutes (last state ${last ?? 'unknown'})`,
                fix: 'Look at the resource in the studio; run again to pick up where it is.',
            });
        }
        await clock.sleep(delay, signal);
        if (signal?.aborted)
            throw new errors/* FoundryError */.uq({ operation, serviceMessage: 'cancelled while waiting' });
        const now = await read();
        resource = now.resource;
        if (now.state && now.state !== last) {
            last = now.state;
            onState?.(now.state);
        }
        delay = nextPollDelay(undefined, delay, pollMs);
    }
    return { state: last, resource };
}
/** Retry-After of a long-running operation, capped: polling sooner than asked only costs a GET. */
function operationRetryAfter(headers, capMs) {
    const v = headers.get('retry-after');
    if (v === undefined || v.trim() === '' || !Number.isFinite(Number(v)))
        return undefined;
    return Math.min(capMs, 60_000, Math.max(0, Number(v) * 1000));
}

// EXTERNAL MODULE: ./src/foundry/job-spec.ts
var job_spec = __webpack_require__(1644);
;// CONCATENATED MODULE: ./src/foundry/follow.ts

const BACKOFF_FACTOR = 1.5;
const MAX_INTERVAL_MULTIPLE = 10;
/** Pure: the next interval after a poll. */
function nextInterval(current, base, changed) {
    if (changed)
        return base;
    return Math.min(base * MAX_INTERVAL_MULTIPLE, current * BACKOFF_FACTOR);
}
async function followJob(getJob, options) {
    const { clock } = options;
    const startedAt = clock.now();
    const timeline = [];
    const record = (status) => {
        if (timeline.at(-1)?.status === status)
            return false;
        const at = clock.now();
        const change = { status, at, elapsedMs: at - startedAt };
        timeline.push(change);
        options.onChange?.(change);
        return true;
    };
    let job = options.initial ?? (await getJob());
    let polls = options.initial ? 0 : 1;
    record(job.properties.status ?? 'Unknown');
    let interval = options.pollIntervalMs;
    while (!(0,job_spec/* isTerminal */.Hd)(job.properties.status)) {
        if (options.signal?.aborted)
            return { job, outcome: 'aborted', timeline, startedAt, polls };
        const now = clock.now();
        if (options.deadline !== undefined && now >= options.deadline) {
            return { job, outcome: 'deadline', timeline, startedAt, polls };
        }
        const wait = options.deadline !== undefined ? Math.min(interval, options.deadline - now) : interval;
        await clock.sleep(Math.max(0, wait), options.signal);
        if (options.signal?.aborted)
            return { job, outcome: 'aborted', timeline, startedAt, polls };
        try {
            job = await getJob();
        }
        catch (e) {
            // A cancellation that lands during a poll is the same cancellation as one during the pause.
            if (options.signal?.aborted)
                return { job, outcome: 'aborted', timeline, startedAt, polls };
            throw e;
        }
        polls++;
        const changed = record(job.properties.status ?? 'Unknown');
        interval = nextInterval(interval, options.pollIntervalMs, changed);
    }
    return { job, outcome: 'ended', timeline, startedAt, polls };
}

;// CONCATENATED MODULE: ./src/foundry/metrics.ts
/**
 * Training and validation loss of a FineTuning job, from the workspace's MLflow tracking server. The job is
 * a pipeline run; its curve lives on a child run (Microsoft's fine-tuning sample: `runs/search` with
 * `tags.mlflow.rootRunId = '<job>'`, the run whose metrics include `epoch`), which the Hugging Face trainer
 * fills with `loss` and `eval_loss` per step and one summary `train_loss`. Histories and searches are
 * paged (`max_results`, `page_token` until no `next_page_token`), with bounds.
 */
/** `azureml://host/mlflow/v1.0/...` -> `https://host/mlflow/v1.0/...` (NOTES). */
function trackingBaseUrl(mlflowTrackingUri) {
    return mlflowTrackingUri.replace(/^azureml:\/\//i, 'https://').replace(/\/+$/, '');
}
const VALIDATION_LOSS = /^(eval|validation|valid|val)[_/. -]?loss$/i;
const TRAINING_LOSS = /^(train(ing)?[_/. -]?)?loss$/i;
/** Bookkeeping series that are never a loss curve. */
const NOT_A_CURVE = new Set(['epoch', 'step', 'learning_rate', 'grad_norm', 'total_flos']);
/** MLflow caps: get-history at most 25,000 per page, runs/search 50,000 (REST API reference). */
const HISTORY_PAGE = 25_000;
const SEARCH_PAGE = 1_000;
/** Bounds on paging: a service that keeps answering a next page must not hold a run forever. */
const MAX_PAGES = 100;
const MAX_POINTS = 200_000;
/** Series read when looking for the longest one (no loss metric logged). */
const MAX_FALLBACK_SERIES = 20;
/** Loss keys of a run's metric keys, training first: `loss` (per step) before `train_loss` (a summary). */
function pickLossKeys(keys) {
    const rank = (k) => (k.toLowerCase() === 'loss' ? 0 : 1);
    return {
        training: keys
            .filter((k) => TRAINING_LOSS.test(k) && !VALIDATION_LOSS.test(k))
            .sort((a, b) => rank(a) - rank(b)),
        validation: keys.filter((k) => VALIDATION_LOSS.test(k)),
    };
}
/** MLflow `metrics/get-history` points -> points ordered by step. */
function parsePoints(metrics) {
    if (!Array.isArray(metrics))
        return [];
    const points = [];
    for (const m of metrics) {
        const r = m;
        const value = Number(r.value);
        const step = Number(r.step ?? points.length);
        if (!Number.isFinite(value) || !Number.isFinite(step))
            continue;
        points.push({ step, value, ...(r.timestamp !== undefined ? { timestamp: Number(r.timestamp) } : {}) });
    }
    return points;
}
/** Metric keys an MLflow run lists (its latest values). */
function runMetricKeys(run) {
    const metrics = run?.data?.metrics;
    if (!Array.isArray(metrics))
        return [];
    return metrics.flatMap((m) => (typeof m.key === 'string' ? [m.key] : []));
}
/** The training run among a job's runs: the one that logs `epoch`, else the one with the most metrics. */
function pickTrainingRun(runs) {
    const withEpoch = runs.find((r) => runMetricKeys(r).includes('epoch'));
    if (withEpoch)
        return withEpoch;
    const ranked = [...runs].sort((a, b) => runMetricKeys(b).length - runMetricKeys(a).length);
    return ranked[0] && runMetricKeys(ranked[0]).length > 0 ? ranked[0] : undefined;
}
/** Every point of one metric of a run, page by page. */
async function metricHistory(base, runId, key, http) {
    const enc = encodeURIComponent;
    const points = [];
    let token;
    for (let page = 0; page < MAX_PAGES; page++) {
        const url = `${base}/api/2.0/mlflow/metrics/get-history?run_id=${enc(runId)}&metric_key=${enc(key)}` +
            `&max_results=${HISTORY_PAGE}${token ? `&page_token=${enc(token)}` : ''}`;
        const body = await http.get(url, `read metric ${key} of run ${runId}`);
        if (!body)
            return page === 0 ? undefined : { points: sortByStep(points), truncated: true };
        points.push(...parsePoints(body.metrics));
        token = body.next_page_token || undefined;
        if (!token)
            return { points: sortByStep(points), truncated: false };
        if (points.length >= MAX_POINTS)
            break;
    }
    return { points: sortByStep(points), truncated: true };
}
function sortByStep(points) {
    return points.sort((a, b) => a.step - b.step);
}
/** The runs under a job's pipeline run (`tags.mlflow.rootRunId`), page by page. */
async function childRuns(base, experimentId, jobName, http) {
    const runs = [];
    let token;
    for (let page = 0; page < MAX_PAGES; page++) {
        const body = await http.post(`${base}/api/2.0/mlflow/runs/search`, {
            experiment_ids: [experimentId],
            filter: `tags.mlflow.rootRunId = '${jobName.replace(/'/g, "\\'")}'`,
            max_results: SEARCH_PAGE,
            ...(token ? { page_token: token } : {}),
        }, `search the MLflow runs of job ${jobName}`);
        if (!body)
            return page === 0 ? undefined : runs;
        runs.push(...(body.runs ?? []));
        token = body.next_page_token || undefined;
        if (!token)
            break;
    }
    return runs.filter((r) => r.info?.run_id !== jobName);
}
/** Loss curves of a job's training run, or why there are none. */
async function readLossCurves(base, job, http) {
    const enc = encodeURIComponent;
    const experimentName = job.experimentName || 'Default';
    const experiment = await http.get(`${base}/api/2.0/mlflow/experiments/get-by-name?experiment_name=${enc(experimentName)}`, `read MLflow experiment ${experimentName}`);
    const experimentId = experiment?.experiment?.experiment_id;
    if (!experimentId)
        return { reason: `MLflow has no experiment '${experimentName}' (the job's experiment).` };
    const runs = await childRuns(base, experimentId, job.name, http);
    if (!runs)
        return { reason: `the MLflow runs of job ${job.name} could not be searched.` };
    const run = pickTrainingRun(runs);
    const runId = run?.info?.run_id;
    if (!run || !runId) {
        return {
            reason: `no MLflow run under job ${job.name} (tags.mlflow.rootRunId = '${job.name}', ${runs.length} run${runs.length === 1 ? '' : 's'}) logged metrics.`,
        };
    }
    const keys = runMetricKeys(run);
    const picked = pickLossKeys(keys);
    let truncated = false;
    const firstCurve = async (candidates) => {
        let best = { points: [] };
        for (const key of candidates) {
            const history = await metricHistory(base, runId, key, http);
            if (!history)
                continue;
            truncated ||= history.truncated;
            // A one-point series (the trainer's summary `train_loss`) is a curve only when nothing better exists.
            if (history.points.length > 1)
                return { key, points: history.points };
            if (history.points.length > best.points.length)
                best = { key, points: history.points };
        }
        return best;
    };
    const training = await firstCurve(picked.training);
    const validation = await firstCurve(picked.validation);
    const base_ = { runId, runName: run.info?.run_name };
    if (training.points.length > 0 || validation.points.length > 0) {
        return {
            metrics: {
                ...base_,
                trainingLossKey: training.key,
                validationLossKey: validation.key,
                training: training.points,
                validation: validation.points,
                ...(truncated ? { truncated } : {}),
            },
        };
    }
    // No loss metric: the longest series the run logged, so the summary shows the training progress.
    let longest = { points: [] };
    for (const key of keys.filter((k) => !NOT_A_CURVE.has(k)).slice(0, MAX_FALLBACK_SERIES)) {
        const history = await metricHistory(base, runId, key, http);
        if (history && history.points.length > longest.points.length)
            longest = { key, points: history.points };
    }
    if (longest.key && longest.points.length > 0) {
        return {
            metrics: {
                ...base_,
                trainingLossKey: longest.key,
                fallback: true,
                training: longest.points,
                validation: [],
            },
        };
    }
    return { reason: `MLflow run ${runId} of job ${job.name} logged no metric history.` };
}

// EXTERNAL MODULE: ./src/foundry/preflight.ts
var preflight = __webpack_require__(66534);
// EXTERNAL MODULE: ./src/runtime/clock.ts
var runtime_clock = __webpack_require__(19842);
;// CONCATENATED MODULE: ./src/foundry/index.ts
















const PROVIDERS_API = '2021-04-01';
const PERMISSIONS_API = '2022-04-01';
/**
 * Where a failed job's details live besides the ARM job (NOTES: run history on the workspace's regional
 * host, unconfirmed): a path template under the tracking host. One setting, here.
 */
const RUN_HISTORY_PATH = '/history/v1.0/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/{workspace}/runs/{runId}/details';
/** Which inputs must be set to reach the workspace; an error naming them otherwise. */
function workspaceRef(config) {
    const missing = [];
    if (!config.azure.subscriptionId)
        missing.push("'subscription-id' (config file: azure.subscription-id)");
    if (!config.azure.resourceGroup)
        missing.push("'resource-group' (config file: azure.resource-group)");
    if (!config.azure.workspace)
        missing.push("'workspace' (config file: azure.workspace)");
    if (missing.length > 0) {
        throw new Error(`The Azure workspace is not fully named: set the input${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`);
    }
    return {
        subscriptionId: config.azure.subscriptionId,
        resourceGroup: config.azure.resourceGroup,
        workspace: config.azure.workspace,
    };
}
function connectFoundry(config, log, signal, options = {}) {
    const ref = workspaceRef(config);
    const clock = options.clock ?? runtime_clock/* realClock */.d;
    const retry = options.retry ?? retryOptionsFromEnv();
    const credential = options.credential ?? (0,foundry_credential.createCredential)(config, log);
    const credentialMode = credential.mode ?? 'custom';
    const arm = new Arm({
        credential,
        armEndpoint: config.azure.armEndpoint,
        subscriptionId: ref.subscriptionId,
        retry,
        signal,
        names: ref,
        httpClient: options.httpClient,
        onRetry: (info) => {
            log.debug(`retrying ${info.method} ${new URL(info.url).pathname} after ${info.reason} in ${info.delayMs} ms`);
        },
    });
    const operationPollMs = options.operationPollMs ?? Math.max(10, config.training.pollIntervalSeconds * 1000);
    const jobsApiVersion = config.azure.jobsApiVersion ?? JOBS_API_VERSION;
    const ws = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ref.workspace}`;
    const workspacePath = ws;
    const enc = encodeURIComponent;
    const jobPath = (name) => `${ws}/jobs/${enc(name)}`;
    const modelPath = (name, version) => `${ws}/models/${enc(name)}/versions/${enc(version)}`;
    const endpointPath = (name) => `${ws}/serverlessEndpoints/${enc(name)}`;
    const uploader = dataUploader({ arm, workspacePath: ws, log, credential, retry });
    const operationOptions = { arm, clock, signal, pollMs: operationPollMs };
    let workspaceInfo;
    const workspace = () => {
        workspaceInfo ??= (async () => {
            const body = await arm.get(ws, `read workspace ${ref.workspace}`);
            return {
                ...ref,
                id: body.id,
                location: (body.location ?? '').replace(/\s+/g, '').toLowerCase(),
                workspaceId: body.properties?.workspaceId ?? '',
                kind: body.kind,
                mlflowTrackingUri: body.properties?.mlFlowTrackingUri,
                tenantId: config.azure.tenantId ?? body.identity?.tenantId,
            };
        })();
        workspaceInfo.catch(() => (workspaceInfo = undefined));
        return workspaceInfo;
    };
    async function getJob(name) {
        return arm.find(jobPath(name), `read job ${name}`, jobsApiVersion);
    }
    async function tryGet(url, operation) {
        try {
            return await arm.get(url, operation);
        }
        catch (e) {
            log.debug(`${operation}: ${(0,errors/* errorMessage */.gJ)(e)}`);
            return undefined;
        }
    }
    const mlflow = {
        get: tryGet,
        async post(url, body, operation) {
            try {
                return (await arm.send({ method: 'POST', path: url, operation, body })).body;
            }
            catch (e) {
                log.debug(`${operation}: ${(0,errors/* errorMessage */.gJ)(e)}`);
                return undefined;
            }
        },
    };
    const foundry = {
        ref,
        credentialMode,
        jobsApiVersion,
        workspace,
        async preflight({ model, compute, instanceType }) {
            let ws;
            let workspaceError;
            let workspaceFix;
            try {
                ws = await workspace();
            }
            catch (e) {
                // A sign-in failure says nothing about the workspace: report it as what it is.
                if (e instanceof errors/* FoundryError */.uq && e.details.operation.startsWith('sign in'))
                    throw e;
                if (e instanceof errors/* FoundryError */.uq && e.details.operation.startsWith('get a GitHub OIDC'))
                    throw e;
                workspaceError =
                    e instanceof errors/* FoundryError */.uq ? (e.details.serviceMessage ?? e.message) : (0,errors/* errorMessage */.gJ)(e);
                workspaceFix = e instanceof errors/* FoundryError */.uq ? e.details.fix : undefined;
                if (e instanceof errors/* FoundryError */.uq && e.status === 404 && !workspaceFix) {
                    workspaceFix = `Check the workspace input ('${ref.workspace}') and resource-group ('${ref.resourceGroup}').`;
                }
            }
            let networkState;
            let networkError;
            try {
                const provider = await arm.get(`/subscriptions/${ref.subscriptionId}/providers/Microsoft.Network`, 'read the Microsoft.Network resource provider', { 'api-version': PROVIDERS_API });
                networkState = provider.registrationState ?? 'Unknown';
            }
            catch (e) {
                networkError = e instanceof errors/* FoundryError */.uq ? (e.details.serviceMessage ?? e.message) : (0,errors/* errorMessage */.gJ)(e);
            }
            // Permissions_ListForResource on the workspace: what is granted there or above (a role assigned on
            // the workspace itself is missing from the resource group's list).
            let permissions;
            let permissionsError;
            try {
                permissions = await arm.list(`${workspacePath}/providers/Microsoft.Authorization/permissions`, `read the permissions of the identity on workspace ${ref.workspace}`, undefined, PERMISSIONS_API);
            }
            catch (e) {
                permissionsError =
                    e instanceof errors/* FoundryError */.uq ? (e.details.serviceMessage ?? e.message) : (0,errors/* errorMessage */.gJ)(e);
            }
            return (0,preflight/* evaluatePreflight */.vH)({
                model,
                compute,
                instanceType,
                workspace: ws,
                workspaceError,
                workspaceFix,
                networkState,
                networkError,
                permissions,
                permissionsError,
                permissionsScope: { kind: 'workspace', name: ref.workspace, id: workspacePath },
                identity: config.azure.clientId,
            });
        },
        uploadData: uploader.uploadData,
        async findJob(identityKey) {
            const previous = [];
            for (let attempt = 1; attempt < 100; attempt++) {
                const name = (0,identity/* jobName */.dZ)(identityKey, attempt);
                const job = await getJob(name);
                if (!job)
                    return { nextName: name, nextAttempt: attempt, previous };
                const phase = (0,job_spec/* jobPhase */.zq)(job.properties.status);
                if (phase === 'succeeded' || phase === 'active')
                    return { job, nextName: name, nextAttempt: attempt, previous };
                previous.push(job);
            }
            throw new errors/* FoundryError */.uq({
                operation: `find jobs of identity ${identityKey}`,
                serviceMessage: '99 attempts failed or were canceled',
                fix: 'Fix the cause of the failures (see the earlier jobs), or change the data or hyperparameters.',
            });
        },
        async submitJob(name, body) {
            const operation = `submit fine-tuning job ${name}`;
            try {
                const res = await arm.send({
                    method: 'PUT',
                    path: jobPath(name),
                    operation,
                    body,
                    apiVersion: jobsApiVersion,
                });
                return res.body;
            }
            catch (e) {
                // A PUT whose answer was lost (a reset after the service acted) must not become a second job:
                // if the job exists with our identity now, it is ours.
                const existing = await getJob(name).catch(() => undefined);
                if (existing && existing.properties.tags?.[identity/* TAGS */.gp.identity] === body.properties.tags?.[identity/* TAGS */.gp.identity]) {
                    log.info(`Job ${name} exists although its submission reported an error; following it.`);
                    return existing;
                }
                throw e;
            }
        },
        getJob,
        async listJobs(options = {}) {
            return arm.list(`${ws}/jobs`, 'list jobs', { ...(options.tag ? { tag: options.tag } : {}), jobType: 'FineTuning' }, jobsApiVersion);
        },
        async cancelJob(name) {
            const res = await arm.send({
                method: 'POST',
                path: `${jobPath(name)}/cancel`,
                operation: `cancel job ${name}`,
                accept: [404, 409],
                ignoreAbort: true,
                apiVersion: jobsApiVersion,
            });
            if (res.status === 404)
                throw new errors/* FoundryError */.uq({
                    operation: `cancel job ${name}`,
                    status: 404,
                    serviceMessage: 'no such job',
                });
        },
        async followJob(name, opts) {
            return followJob(async () => {
                const job = await getJob(name);
                if (!job) {
                    throw new errors/* FoundryError */.uq({
                        operation: `read job ${name}`,
                        status: 404,
                        serviceMessage: 'the job disappeared',
                    });
                }
                return job;
            }, { clock, ...opts });
        },
        async jobFailure(job) {
            const own = (0,job_spec/* jobErrorMessage */.d4)(job);
            if (own)
                return own;
            const info = await workspace().catch(() => undefined);
            if (!info?.mlflowTrackingUri)
                return undefined;
            const host = new URL(trackingBaseUrl(info.mlflowTrackingUri)).origin;
            const url = host +
                RUN_HISTORY_PATH.replace('{subscriptionId}', ref.subscriptionId)
                    .replace('{resourceGroup}', ref.resourceGroup)
                    .replace('{workspace}', ref.workspace)
                    .replace('{runId}', enc(job.name));
            const run = await tryGet(url, `read the run history of job ${job.name}`);
            return (0,job_spec/* describeError */.Uc)(run?.error);
        },
        async lossCurves(job) {
            const info = await workspace().catch(() => undefined);
            if (!info?.mlflowTrackingUri)
                return { reason: 'the workspace names no MLflow tracking URI.' };
            return readLossCurves(trackingBaseUrl(info.mlflowTrackingUri), { name: job.name, experimentName: job.properties.experimentName }, mlflow);
        },
        async trainingMetrics(job) {
            const resolved = typeof job === 'string'
                ? ((await getJob(job).catch(() => undefined)) ?? {
                    name: job,
                    properties: {},
                })
                : job;
            return (await foundry.lossCurves(resolved)).metrics;
        },
        async listModelVersions(name, options = {}) {
            const tags = options.tags ?? {};
            const query = Object.keys(tags).length
                ? {
                    tags: Object.entries(tags)
                        .map(([k, v]) => `${k}=${v}`)
                        .join(','),
                }
                : undefined;
            let versions;
            try {
                versions = await arm.list(`${ws}/models/${enc(name)}/versions`, `list versions of model ${name}`, query);
            }
            catch (e) {
                if (e instanceof errors/* FoundryError */.uq && e.status === 404)
                    return [];
                throw e;
            }
            // Filter here too: tag values with commas or slashes may not survive the query.
            const matching = versions.filter((v) => Object.entries(tags).every(([k, val]) => v.properties.tags?.[k] === val));
            return matching.sort(newestFirst);
        },
        async getModelVersion(name, version) {
            return arm.find(modelPath(name, version), `read model ${name}:${version}`);
        },
        async setModelTags(name, version, tags) {
            const current = await arm.get(modelPath(name, version), `read model ${name}:${version}`);
            // Model versions have no PATCH: the PUT carries the whole version, built from its writable fields
            // (read-only provisioningState and fields of other api-versions must not be sent back).
            const properties = writableModelVersion(current.properties, {
                ...(current.properties.tags ?? {}),
                ...tags,
            });
            const res = await arm.send({
                method: 'PUT',
                path: modelPath(name, version),
                operation: `tag model ${name}:${version}`,
                body: { properties },
            });
            return res.body ?? { ...current, properties: { ...current.properties, tags: properties.tags } };
        },
        async deleteModelVersion(name, version) {
            const operation = `delete model ${name}:${version}`;
            try {
                const res = await arm.send({
                    method: 'DELETE',
                    path: modelPath(name, version),
                    operation,
                    accept: [404],
                });
                return res.status !== 404 && res.status !== 204;
            }
            catch (e) {
                if (e instanceof errors/* FoundryError */.uq && e.status === 409) {
                    throw new errors/* FoundryError */.uq({
                        ...e.details,
                        fix: 'A deployed model cannot be deleted: delete the serverless endpoint that deploys it first.',
                    });
                }
                throw e;
            }
        },
        async modelId(name, version) {
            return (0,endpoint_name/* modelAssetId */.ji)(await workspace(), name, version);
        },
        async createEndpoint(name, opts) {
            const info = await workspace();
            const operation = `create serverless endpoint ${name}`;
            const res = await arm.send({
                method: 'PUT',
                path: endpointPath(name),
                operation,
                body: {
                    location: info.location,
                    sku: { name: 'Consumption' },
                    ...(opts.tags ? { tags: opts.tags } : {}),
                    properties: {
                        modelSettings: { modelId: opts.modelId },
                        authMode: 'Key',
                        contentSafety: { contentSafetyStatus: opts.contentSafety === 'enabled' ? 'Enabled' : 'Disabled' },
                    },
                },
            });
            let lastState = res.body?.properties?.provisioningState;
            if (lastState)
                opts.onState?.(lastState);
            const readEndpoint = async () => {
                const now = await arm.find(endpointPath(name), `read serverless endpoint ${name}`);
                return { state: now?.properties?.provisioningState, resource: now };
            };
            // 201 names its operation (Azure-AsyncOperation); a 200 (update) names none: poll the endpoint.
            const status = await followOperation(res.headers, operation, {
                ...operationOptions,
                onPoll: async () => {
                    const { state } = await readEndpoint();
                    if (state && state !== lastState) {
                        lastState = state;
                        opts.onState?.(state);
                    }
                },
            });
            if (!status) {
                await waitForProvisioning(readEndpoint, operation, {
                    clock,
                    signal,
                    pollMs: operationPollMs,
                    onState: (s) => {
                        lastState = s;
                        opts.onState?.(s);
                    },
                }, lastState);
            }
            const endpoint = await arm.get(endpointPath(name), `read serverless endpoint ${name}`);
            const state = endpoint.properties.provisioningState ?? status?.status ?? 'Unknown';
            if (!/^succeeded$/i.test(state) || (status && !/^succeeded$/i.test(status.status))) {
                throw new errors/* FoundryError */.uq({
                    operation,
                    code: status?.error?.code ?? 'ProvisioningFailed',
                    serviceMessage: status?.error?.message ??
                        `provisioning ended in state ${state}${status ? ` (operation ${status.status})` : ''}`,
                });
            }
            return endpoint;
        },
        async getEndpoint(name) {
            return arm.find(endpointPath(name), `read serverless endpoint ${name}`);
        },
        async listEndpoints() {
            return arm.list(`${ws}/serverlessEndpoints`, 'list serverless endpoints');
        },
        async endpointKeys(name) {
            // ServerlessEndpoints_ListKeys takes no body.
            const res = await arm.send({
                method: 'POST',
                path: `${endpointPath(name)}/listKeys`,
                operation: `list the keys of serverless endpoint ${name}`,
            });
            // Masked before anything else can print them.
            if (res.body?.primaryKey)
                log.secret(res.body.primaryKey);
            if (res.body?.secondaryKey)
                log.secret(res.body.secondaryKey);
            if (!res.body?.primaryKey) {
                throw new errors/* FoundryError */.uq({
                    operation: `list the keys of serverless endpoint ${name}`,
                    serviceMessage: 'the answer had no primaryKey',
                });
            }
            return { primaryKey: res.body.primaryKey, secondaryKey: res.body.secondaryKey };
        },
        async deleteEndpoint(name) {
            const operation = `delete serverless endpoint ${name}`;
            const res = await arm.send({ method: 'DELETE', path: endpointPath(name), operation, accept: [404] });
            if (res.status !== 202)
                return;
            // ServerlessEndpoints_Delete: 202 with Location only; the Location answers 202, then 200 or 204.
            const status = await followOperation(res.headers, operation, operationOptions);
            if (status && !/^succeeded$/i.test(status.status)) {
                throw new errors/* FoundryError */.uq({
                    operation,
                    code: status.error?.code,
                    serviceMessage: status.error?.message ?? `the deletion ended in state ${status.status}`,
                });
            }
        },
    };
    return foundry;
}
/** The fields of ModelVersion a PUT may carry (AssetBase + ModelVersion, neither read-only nor create-only). */
const MODEL_VERSION_WRITABLE = [
    'description',
    'properties',
    'isArchived',
    'stage',
    'flavors',
    'jobName',
    'modelType',
    'modelUri',
];
/** A PUT body for a model version: its writable fields as read, with `tags` replaced. */
function writableModelVersion(current, tags) {
    const out = { tags };
    for (const key of MODEL_VERSION_WRITABLE) {
        if (current[key] !== undefined && current[key] !== null)
            out[key] = current[key];
    }
    return out;
}
function newestFirst(a, b) {
    const ta = Date.parse(a.systemData?.createdAt ?? '') || 0;
    const tb = Date.parse(b.systemData?.createdAt ?? '') || 0;
    if (ta !== tb)
        return tb - ta;
    const va = Number(versionOf(a));
    const vb = Number(versionOf(b));
    if (Number.isFinite(va) && Number.isFinite(vb))
        return vb - va;
    return versionOf(b).localeCompare(versionOf(a));
}
/** A model version resource's version: its `name` is the version in ARM's answer. */
function versionOf(v) {
    const fromId = /\/versions\/([^/]+)$/.exec(v.id ?? '')?.[1];
    return fromId ?? v.name;
}



/***/ }),

/***/ 1644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ studioUrl),
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   VX: () => (/* binding */ fineTuningJobBody),
/* harmony export */   d4: () => (/* binding */ jobErrorMessage),
/* harmony export */   tI: () => (/* binding */ registeredModelName),
/* harmony export */   zq: () => (/* binding */ jobPhase)
/* harmony export */ });
/* unused harmony exports REGISTERED_MODEL_OUTPUT, computeId */
/* harmony import */ var _models_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94765);
/** What a FineTuning job is made of, and how to read its status. Pure. */

/** The output name under which the job registers the fine-tuned model (NOTES: required). */
const REGISTERED_MODEL_OUTPUT = 'registered_model';
function computeId(ws, compute) {
    if (compute.startsWith('/subscriptions/'))
        return compute;
    const name = compute.replace(/^azureml:/, '');
    return (`/subscriptions/${ws.subscriptionId}/resourceGroups/${ws.resourceGroup}/providers/` +
        `Microsoft.MachineLearningServices/workspaces/${ws.workspace}/computes/${name}`);
}
const uriFile = (uri) => ({ jobInputType: 'uri_file', uri });
/**
 * The PUT body (FineTuningJob of the jobs api-version): serverless when neither compute nor instance type is
 * set (no computeId, no resources); `computeId` for managed compute; `resources.instanceTypes` for a VM size,
 * with or without a compute.
 */
function fineTuningJobBody(ws, spec) {
    const properties = {
        jobType: 'FineTuning',
        displayName: spec.displayName,
        description: spec.description,
        experimentName: spec.experimentName,
        tags: spec.tags,
        fineTuningDetails: {
            modelProvider: 'Custom',
            taskType: 'ChatCompletion',
            model: { jobInputType: 'mlflow_model', uri: (0,_models_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .baseModelUri */ .ZM)(spec.model, spec.modelVersion) },
            trainingData: uriFile(spec.trainingUri),
            ...(spec.validationUri ? { validationData: uriFile(spec.validationUri) } : {}),
            hyperParameters: spec.hyperparameters,
        },
        outputs: {
            [REGISTERED_MODEL_OUTPUT]: { jobOutputType: 'mlflow_model', assetName: spec.outputModelName },
        },
    };
    if (spec.compute)
        properties.computeId = computeId(ws, spec.compute);
    if (spec.instanceType)
        properties.resources = { instanceTypes: [spec.instanceType] };
    return { properties };
}
/** The status set is open (NOTES): anything we do not know is still running. */
function jobPhase(status) {
    switch ((status ?? '').toLowerCase()) {
        case 'completed':
        case 'finished':
            return 'succeeded';
        case 'failed':
        case 'notresponding':
            return 'failed';
        case 'canceled':
        case 'cancelled':
            return 'canceled';
        default:
            return 'active';
    }
}
function isTerminal(status) {
    return jobPhase(status) !== 'active';
}
/** Link to the job in the studio: the service's own link when the job carries one. */
function studioUrl(ws, job) {
    const own = job.properties.services?.Studio?.endpoint;
    if (own && /^https:\/\//.test(own))
        return own;
    const wsid = `/subscriptions/${ws.subscriptionId}/resourcegroups/${ws.resourceGroup}/workspaces/${ws.workspace}`;
    const tid = ws.tenantId ? `&tid=${encodeURIComponent(ws.tenantId)}` : '';
    return `https://ml.azure.com/runs/${encodeURIComponent(job.name)}?wsid=${wsid}${tid}`;
}
/**
 * The model name a job registers under (its `registered_model` output's `assetName`). The version is not
 * in the job (no spec version has an output `assetVersion`): it is found in the registry.
 */
function registeredModelName(job) {
    return job.properties.outputs?.[REGISTERED_MODEL_OUTPUT]?.assetName ?? undefined;
}
/** The service's error on a failed job, from wherever this api-version puts it. */
function jobErrorMessage(job) {
    const p = job.properties;
    const candidates = [p.error, p.properties?.error];
    for (const key of ['azureml.runError', 'error', 'errorMessage', 'failureReason']) {
        candidates.push(p.properties?.[key]);
    }
    for (const c of candidates) {
        const text = describeError(c);
        if (text)
            return text;
    }
    return undefined;
}
function describeError(value) {
    if (!value)
        return undefined;
    if (typeof value === 'string') {
        const trimmed = value.trim();
        if (trimmed.startsWith('{')) {
            try {
                return describeError(JSON.parse(trimmed));
            }
            catch {
                return trimmed;
            }
        }
        return trimmed || undefined;
    }
    if (typeof value !== 'object')
        return undefined;
    const v = value;
    const inner = (v.error && typeof v.error === 'object' ? v.error : v);
    const message = typeof inner.message === 'string' ? inner.message : undefined;
    const code = typeof inner.code === 'string' ? inner.code : undefined;
    if (!message)
        return code;
    return code ? `${message} (${code})` : message;
}


/***/ }),

/***/ 66534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ preflightPassed),
/* harmony export */   vH: () => (/* binding */ evaluatePreflight)
/* harmony export */ });
/* unused harmony exports REQUIRED_ACTIONS, actionMatches, isAllowed, missingActions */
/* harmony import */ var _models_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94765);
/**
 * Preflight: what must be true before the action creates anything in Azure, each check with the fix.
 * The evaluation is pure; the facade gathers the facts.
 */

/** Actions the action performs, grouped as the summary names them. */
const REQUIRED_ACTIONS = [
    { group: 'jobs', action: 'Microsoft.MachineLearningServices/workspaces/jobs/read' },
    { group: 'jobs', action: 'Microsoft.MachineLearningServices/workspaces/jobs/write' },
    { group: 'data', action: 'Microsoft.MachineLearningServices/workspaces/data/versions/write' },
    { group: 'data', action: 'Microsoft.MachineLearningServices/workspaces/datastores/read' },
    {
        group: 'datastore secrets',
        action: 'Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action',
    },
    { group: 'models', action: 'Microsoft.MachineLearningServices/workspaces/models/versions/write' },
    { group: 'endpoints', action: 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints/write' },
    {
        group: 'endpoints',
        action: 'Microsoft.MachineLearningServices/workspaces/serverlessEndpoints/listKeys/action',
    },
];
/** ARM wildcard semantics: `*` matches any run of characters (slashes included); case is ignored. */
function actionMatches(pattern, action) {
    const escaped = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${escaped}$`, 'i').test(action);
}
function isAllowed(permissions, action) {
    return permissions.some((p) => (p.actions ?? []).some((a) => actionMatches(a, action)) &&
        !(p.notActions ?? []).some((a) => actionMatches(a, action)));
}
function missingActions(permissions) {
    return REQUIRED_ACTIONS.filter((r) => !isAllowed(permissions, r.action));
}
function evaluatePreflight(f) {
    const checks = [];
    // MaaS serverless fine-tuning: no compute and no VM size (with a VM size, serverless compute runs it).
    const serverless = !f.compute && !f.instanceType;
    const retired = serverless && !f.model.serverless.offered ? (0,_models_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .serverlessRefusal */ .T3)(f.model) : undefined;
    checks.push(retired
        ? { id: 'model', title: 'Model offered', status: 'failed', detail: retired }
        : {
            id: 'model',
            title: 'Model offered',
            status: 'passed',
            detail: serverless
                ? `${f.model.id} is offered for serverless fine-tuning.`
                : f.compute
                    ? `${f.model.id} on managed compute \`${f.compute}\`${f.instanceType ? ` (${f.instanceType})` : ''}.`
                    : `${f.model.id} on serverless compute of size \`${f.instanceType}\`.`,
        });
    if (!f.workspace) {
        checks.push({
            id: 'workspace',
            title: 'Workspace',
            status: 'failed',
            detail: f.workspaceError ?? 'The workspace could not be read.',
            fix: f.workspaceFix,
        });
    }
    else {
        checks.push({
            id: 'workspace',
            title: 'Workspace',
            status: 'passed',
            detail: `\`${f.workspace.workspace}\` in ${f.workspace.location}${f.workspace.kind ? ` (${f.workspace.kind})` : ''}.`,
        });
        if (serverless && !retired) {
            const refusal = (0,_models_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .serverlessRefusal */ .T3)(f.model, f.workspace.location);
            checks.push(refusal
                ? { id: 'region', title: 'Region', status: 'failed', detail: refusal }
                : {
                    id: 'region',
                    title: 'Region',
                    status: 'passed',
                    detail: `${f.workspace.location} offers serverless fine-tuning of ${f.model.id}.`,
                });
            if (f.workspace.kind && !/project/i.test(f.workspace.kind)) {
                checks.push({
                    id: 'project-kind',
                    title: 'Hub project',
                    status: 'warning',
                    detail: `The workspace is of kind \`${f.workspace.kind}\`; serverless fine-tuning runs in hub-based projects.`,
                    fix: 'Point the workspace input at a project of an Azure AI Foundry hub if submission fails.',
                });
            }
        }
    }
    if (f.networkError) {
        checks.push({
            id: 'network-provider',
            title: 'Microsoft.Network',
            status: 'warning',
            detail: `Could not read the registration of Microsoft.Network: ${f.networkError}`,
        });
    }
    else if (f.networkState !== undefined) {
        const ok = f.networkState.toLowerCase() === 'registered';
        checks.push({
            id: 'network-provider',
            title: 'Microsoft.Network',
            status: ok ? 'passed' : 'failed',
            detail: ok
                ? 'The resource provider is registered.'
                : `The resource provider Microsoft.Network is ${f.networkState} in the subscription; serverless fine-tuning and endpoints need it.`,
            fix: ok
                ? undefined
                : 'Register it once: `az provider register --namespace Microsoft.Network` (or POST .../providers/Microsoft.Network/register), then run again.',
        });
    }
    if (f.permissionsError) {
        checks.push({
            id: 'permissions',
            title: 'Permissions',
            status: 'warning',
            detail: `Could not read the identity's permissions: ${f.permissionsError}`,
            fix: 'Give the identity `Microsoft.Authorization/permissions/read` (every built-in role has it) so preflight can check.',
        });
    }
    else if (f.permissions) {
        const missing = missingActions(f.permissions);
        const scope = f.permissionsScope
            ? ` at the ${f.permissionsScope.kind} \`${f.permissionsScope.name}\` (scope \`${f.permissionsScope.id}\`)`
            : '';
        checks.push(missing.length === 0
            ? {
                id: 'permissions',
                title: 'Permissions',
                status: 'passed',
                detail: `Jobs, data, datastore secrets, models and endpoints are allowed${scope}.`,
            }
            : {
                id: 'permissions',
                title: 'Permissions',
                status: 'failed',
                detail: `The identity${f.identity ? ` ${f.identity}` : ''} may not${scope}: ${missing
                    .map((m) => `${m.group} (\`${m.action}\`)`)
                    .join(', ')}.`,
                fix: 'Assign the role Azure AI Developer (64702f94-c441-49e6-a78b-ef80e0188fee) on the workspace or its ' +
                    'resource group, or a custom role with the actions listed.',
            });
    }
    return checks;
}
function preflightPassed(checks) {
    return checks.every((c) => c.status !== 'failed');
}


/***/ }),

/***/ 74752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ parseGates),
/* harmony export */   OK: () => (/* binding */ assertGatesMeasurable)
/* harmony export */ });
/* unused harmony export gatesNeedBaseline */
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58353);
/* harmony import */ var _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73756);
/**
 * Gate expressions -> syntax trees, checked before any request is made. Grammar (see README.md):
 *
 *   gate       := or
 *   or         := and ( ("or" | "||") and )*
 *   and        := comparison ( ("and" | "&&") comparison )*
 *   comparison := sum ( (">=" | "<=" | ">" | "<" | "==" | "!=") sum )?
 *   sum        := product ( ("+" | "-") product )*
 *   product    := unary ( ("*" | "/") unary )*
 *   unary      := "-" unary | primary
 *   primary    := number | reference | "(" or ")"
 *   reference  := metric | ("candidate" | "baseline") "." metric
 *               | "delta" "." metric ( "." ("ci_low" | "ci_high" | "value") )?
 *
 * A gate must be true or false (a comparison, or comparisons joined by and/or); comparisons do not chain.
 * Metric and scope names match case-insensitively and are reported in their canonical spelling.
 */


const OPERATORS = ['>=', '<=', '==', '!=', '&&', '||', '>', '<', '+', '-', '*', '/', '(', ')'];
class GateSyntaxError extends Error {
}
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const ch = source[i];
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
        if (num) {
            tokens.push({ kind: 'number', value: Number(num[0]), at: i, text: num[0] });
            i += num[0].length;
            continue;
        }
        const name = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(source.slice(i));
        if (name) {
            tokens.push({ kind: 'name', text: name[0], at: i });
            i += name[0].length;
            continue;
        }
        const op = OPERATORS.find((o) => source.startsWith(o, i));
        if (op) {
            tokens.push({ kind: 'op', text: op, at: i });
            i += op.length;
            continue;
        }
        if (ch === '=')
            throw new GateSyntaxError(`'=' at column ${i + 1}: compare with '==' (or '>=', '<=')`);
        throw new GateSyntaxError(`unexpected '${ch}' at column ${i + 1}`);
    }
    tokens.push({ kind: 'end', at: source.length, text: 'the end' });
    return tokens;
}
/** Edit distance, for "did you mean" suggestions. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}
function suggest(name, options) {
    const lower = name.toLowerCase();
    const best = options.map((o) => ({ o, d: distance(lower, o.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
    return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean '${best.o}'?` : '';
}
function metricNamed(name, text) {
    const hit = _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw.find((m) => m.toLowerCase() === name.toLowerCase());
    if (hit)
        return hit;
    throw new GateSyntaxError(`unknown metric '${name}' in '${text}'.${suggest(name, _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw)} Known metrics: ${_evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw.join(', ')}`);
}
const SCOPES = ['candidate', 'baseline', 'delta'];
const FIELDS = ['value', 'ci_low', 'ci_high'];
function reference(text) {
    const parts = text.split('.');
    const first = parts[0].toLowerCase();
    if (parts.length === 1)
        return { scope: 'candidate', metric: metricNamed(parts[0], text), text };
    const scope = SCOPES.find((s) => s === first);
    if (!scope) {
        // `f1.ci_low` and the like: a metric where a scope was expected.
        const asMetric = _evaluation_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_NAMES */ .Uw.find((m) => m.toLowerCase() === first);
        const hint = asMetric
            ? ` Intervals belong to deltas: 'delta.${parts.slice(0).join('.')}'.`
            : suggest(parts[0], SCOPES);
        throw new GateSyntaxError(`'${text}' does not start with candidate, baseline or delta.${hint}`);
    }
    const metric = metricNamed(parts[1], text);
    if (parts.length === 2)
        return { scope, metric, ...(scope === 'delta' ? { field: 'value' } : {}), text };
    const field = FIELDS.find((f) => f === parts[2].toLowerCase());
    if (scope !== 'delta' || parts.length > 3 || !field) {
        throw new GateSyntaxError(scope === 'delta'
            ? `'${text}': a delta has .ci_low, .ci_high or .value.${suggest(parts[2], FIELDS)}`
            : `'${text}': only deltas have fields (e.g. 'delta.${metric}.ci_low')`);
    }
    return { scope, metric, field, text };
}
class Parser {
    tokens;
    pos = 0;
    references = [];
    constructor(tokens) {
        this.tokens = tokens;
    }
    peek() {
        return this.tokens[this.pos];
    }
    next() {
        return this.tokens[this.pos++];
    }
    describe(t) {
        return t.kind === 'end' ? 'the end' : `'${t.text}' at column ${t.at + 1}`;
    }
    isWord(t, ...words) {
        return ((t.kind === 'name' && words.includes(t.text.toLowerCase())) ||
            (t.kind === 'op' && words.includes(t.text)));
    }
    parseGate() {
        const result = this.or();
        const t = this.peek();
        if (t.kind !== 'end') {
            const hint = ['>=', '<=', '>', '<', '==', '!='].includes(t.text)
                ? ' (comparisons do not chain: join them with and)'
                : '';
            throw new GateSyntaxError(`unexpected ${this.describe(t)}${hint}`);
        }
        if (result.type !== 'boolean')
            throw new GateSyntaxError('a gate must compare, e.g. `f1 >= 0.6`; this is a number, not a test');
        return result.expr;
    }
    boolean(side, op) {
        if (side.type !== 'boolean')
            throw new GateSyntaxError(`'${op}' joins comparisons, not numbers`);
        return side.expr;
    }
    or() {
        let left = this.and();
        while (this.isWord(this.peek(), 'or', '||')) {
            this.next();
            const right = this.and();
            left = {
                type: 'boolean',
                expr: { type: 'logic', op: 'or', left: this.boolean(left, 'or'), right: this.boolean(right, 'or') },
            };
        }
        return left;
    }
    and() {
        let left = this.comparison();
        while (this.isWord(this.peek(), 'and', '&&')) {
            this.next();
            const right = this.comparison();
            left = {
                type: 'boolean',
                expr: {
                    type: 'logic',
                    op: 'and',
                    left: this.boolean(left, 'and'),
                    right: this.boolean(right, 'and'),
                },
            };
        }
        return left;
    }
    comparison() {
        const left = this.sum();
        const t = this.peek();
        if (t.kind === 'op' && ['>=', '<=', '>', '<', '==', '!='].includes(t.text)) {
            this.next();
            const right = this.sum();
            if (left.type !== 'number' || right.type !== 'number')
                throw new GateSyntaxError(`'${t.text}' at column ${t.at + 1} compares numbers, not comparisons`);
            return {
                type: 'boolean',
                expr: { type: 'compare', op: t.text, left: left.expr, right: right.expr },
            };
        }
        return left;
    }
    number(side, op) {
        if (side.type !== 'number')
            throw new GateSyntaxError(`'${op.text}' at column ${op.at + 1} needs numbers on both sides`);
        return side.expr;
    }
    sum() {
        let left = this.product();
        for (let t = this.peek(); t.kind === 'op' && (t.text === '+' || t.text === '-'); t = this.peek()) {
            this.next();
            const right = this.product();
            left = {
                type: 'number',
                expr: { type: 'arithmetic', op: t.text, left: this.number(left, t), right: this.number(right, t) },
            };
        }
        return left;
    }
    product() {
        let left = this.unary();
        for (let t = this.peek(); t.kind === 'op' && (t.text === '*' || t.text === '/'); t = this.peek()) {
            this.next();
            const right = this.unary();
            left = {
                type: 'number',
                expr: { type: 'arithmetic', op: t.text, left: this.number(left, t), right: this.number(right, t) },
            };
        }
        return left;
    }
    unary() {
        const t = this.peek();
        if (t.kind === 'op' && t.text === '-') {
            this.next();
            const operand = this.unary();
            return { type: 'number', expr: { type: 'negate', operand: this.number(operand, t) } };
        }
        return this.primary();
    }
    primary() {
        const t = this.next();
        if (t.kind === 'number')
            return { type: 'number', expr: { type: 'number', value: t.value } };
        if (t.kind === 'name') {
            if (['and', 'or', 'not'].includes(t.text.toLowerCase()))
                throw new GateSyntaxError(`expected a metric or a number before ${this.describe(t)}`);
            const ref = reference(t.text);
            if (!this.references.some((r) => r.text === ref.text))
                this.references.push(ref);
            return { type: 'number', expr: { type: 'ref', ref } };
        }
        if (t.kind === 'op' && t.text === '(') {
            const inner = this.or();
            const close = this.next();
            if (close.kind !== 'op' || close.text !== ')')
                throw new GateSyntaxError(`expected ')' to close the '(' at column ${t.at + 1}, found ${this.describe(close)}`);
            return inner;
        }
        throw new GateSyntaxError(`expected a metric, a number or '(' but found ${this.describe(t)}`);
    }
}
/** One gate expression -> its tree; throws a GateSyntaxError (message without the location). */
function parseOne(expression) {
    const parser = new Parser(tokenize(expression));
    const expr = parser.parseGate();
    return { expression, expr, references: parser.references };
}
/**
 * Parses every gate, or throws a ConfigError naming the gate (`where`, its position) and what is wrong,
 * so a typo stops the run before any endpoint is called.
 */
function parseGates(expressions, where = "input 'gates'") {
    const gates = [];
    expressions.forEach((raw, i) => {
        const expression = raw.trim();
        if (expression === '')
            return;
        try {
            gates.push(parseOne(expression));
        }
        catch (e) {
            if (!(e instanceof GateSyntaxError))
                throw e;
            const position = expressions.length > 1 ? ` item ${i + 1}` : '';
            throw new _config_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${where}${position} \`${expression}\`: ${e.message}.`.replace(/\.\.$/, '.'));
        }
    });
    return gates;
}
/** Whether any gate reads the baseline (directly or through a delta). */
function gatesNeedBaseline(gates) {
    return gates.some((g) => g.references.some((r) => r.scope !== 'candidate'));
}
/** Metrics measured only when something is configured; the lead checks these before any request. */
const NEEDS = {
    similarity: { what: 'judge', fix: "set 'judge-endpoint-url' (and its key)" },
    cost: { what: 'prices', fix: "set 'price-per-1k-input-tokens' and/or 'price-per-1k-output-tokens'" },
    unsafe_rate: { what: 'contentSafety', fix: "set 'content-safety-endpoint'" },
};
/** Throws a ConfigError when a gate names a metric nothing configured will measure. */
function assertGatesMeasurable(gates, available, where = "input 'gates'") {
    for (const gate of gates) {
        for (const ref of gate.references) {
            const need = NEEDS[ref.metric];
            if (need && !available[need.what]) {
                throw new _config_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`${where} \`${gate.expression}\` reads '${ref.metric}', which nothing measures: ${need.fix}.`);
            }
        }
    }
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

/***/ 99012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionLogger: () => (/* binding */ actionLogger),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(88179);
// EXTERNAL MODULE: ./src/config/build.ts + 1 modules
var build = __webpack_require__(85060);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(81066);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(54661);
;// CONCATENATED MODULE: ./src/commands/plan.ts
/** Which commands a run performs: the explicit `command`, or what `auto` picks from the event. Pure. */
function planCommands(config, event) {
    if (config.command !== 'auto') {
        if (config.command === 'train' && config.training.preflightOnly) {
            return { commands: ['preflight'], reason: 'command `train` with `preflight-only: true`' };
        }
        // Gates judge metrics, and metrics do not outlive a step: `gate` evaluates first.
        if (config.command === 'gate')
            return { commands: ['evaluate', 'gate'], reason: 'command `gate`' };
        return { commands: [config.command], reason: `command \`${config.command}\`` };
    }
    const name = event.eventName;
    if (name === 'pull_request' || name === 'pull_request_target' || name === 'merge_group') {
        const commands = ['validate'];
        if (config.evaluation.endpointUrl) {
            commands.push('evaluate');
            if (config.gate.expressions.length > 0)
                commands.push('gate');
        }
        return { commands, reason: `\`auto\` on ${name}` };
    }
    if (name === 'push') {
        if (event.onDefaultBranch || event.defaultBranch === undefined) {
            if (config.training.preflightOnly)
                return { commands: ['preflight'], reason: '`auto` on push with `preflight-only`' };
            return {
                commands: ['train', 'deploy', 'evaluate', 'gate'],
                reason: '`auto` on a push to the default branch',
            };
        }
        return { commands: ['validate'], reason: '`auto` on a push to a branch other than the default' };
    }
    if (name === 'schedule' || name === 'workflow_dispatch' || name === 'repository_dispatch') {
        return { commands: ['resume', 'retrain', 'cleanup'], reason: `\`auto\` on ${name}` };
    }
    return { commands: ['validate'], reason: `\`auto\` on ${name}` };
}

;// CONCATENATED MODULE: ./src/commands/registry.ts
/**
 * Commands load on demand, so `validate` on a pull request never loads the Azure SDK and the action
 * starts fast.
 */
const LOADERS = {
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(840), __webpack_require__.e(23)]).then(__webpack_require__.bind(__webpack_require__, 90023))).validateCommand,
    preflight: async () => (await __webpack_require__.e(/* import() */ 821).then(__webpack_require__.bind(__webpack_require__, 75821))).preflightCommand,
    train: async () => (await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(840), __webpack_require__.e(23), __webpack_require__.e(7)]).then(__webpack_require__.bind(__webpack_require__, 45007))).trainCommand,
    resume: async () => (await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(840), __webpack_require__.e(23), __webpack_require__.e(7), __webpack_require__.e(876)]).then(__webpack_require__.bind(__webpack_require__, 10876))).resumeCommand,
    deploy: async () => (await __webpack_require__.e(/* import() */ 364).then(__webpack_require__.bind(__webpack_require__, 43364))).deployCommand,
    evaluate: async () => (await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(840), __webpack_require__.e(328), __webpack_require__.e(686), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 94877))).evaluateCommand,
    gate: async () => (await Promise.all(/* import() */[__webpack_require__.e(686), __webpack_require__.e(150)]).then(__webpack_require__.bind(__webpack_require__, 49150))).gateCommand,
    retrain: async () => (await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(840), __webpack_require__.e(23), __webpack_require__.e(7), __webpack_require__.e(581)]).then(__webpack_require__.bind(__webpack_require__, 43581))).retrainCommand,
    cleanup: async () => (await __webpack_require__.e(/* import() */ 630).then(__webpack_require__.bind(__webpack_require__, 94630))).cleanupCommand,
    convert: async () => (await Promise.all(/* import() */[__webpack_require__.e(232), __webpack_require__.e(840), __webpack_require__.e(156)]).then(__webpack_require__.bind(__webpack_require__, 8156))).convertCommand,
};
function loadCommand(name) {
    return LOADERS[name]();
}

;// CONCATENATED MODULE: ./src/github/event.ts
function eventFacts(env, payload) {
    const p = (payload ?? {});
    const repository = env.GITHUB_REPOSITORY ?? p.repository?.full_name ?? 'local/repository';
    const [owner = 'local', repo = 'repository'] = repository.split('/');
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const ref = env.GITHUB_REF ?? '';
    const defaultBranch = p.repository?.default_branch;
    const pr = p.pull_request;
    const runId = env.GITHUB_RUN_ID;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? 'workflow_dispatch',
        repository,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref,
        defaultBranch,
        onDefaultBranch: defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`,
        pullRequest: pr
            ? {
                number: pr.number,
                baseSha: pr.base.sha,
                baseRef: pr.base.ref,
                headSha: pr.head.sha,
                fromFork: (pr.head.repo?.full_name ?? '') !== (pr.base.repo?.full_name ?? repository),
            }
            : undefined,
        serverUrl,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        runId,
        runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
        workflow: env.GITHUB_WORKFLOW,
        actor: env.GITHUB_ACTOR,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/github/sticky.ts
/** The hidden marker that makes a comment ours; one per tag, so several configurations can share a PR. */
function stickyMarker(tag) {
    return `<!-- foundry-finetune:sticky:${tag} -->`;
}
function withMarker(tag, body) {
    return `${stickyMarker(tag)}\n${body}`;
}
/**
 * Our comments among a page of comments, oldest first. A marker in a comment written by a person is not
 * ours: only bots (GITHUB_TOKEN, GitHub Apps) or the token's own user (a personal token) can have written it.
 */
function ourComments(comments, tag, selfLogin) {
    const marker = stickyMarker(tag);
    return comments.filter((c) => {
        if (!c.body?.includes(marker))
            return false;
        const login = c.user?.login;
        return (c.user?.type === 'Bot' ||
            login === 'github-actions[bot]' ||
            (selfLogin !== undefined && login === selfLogin));
    });
}
/** GitHub refuses comment bodies over 65,536 characters; cut at a line and say so. */
const COMMENT_LIMIT = 65_536;
function fitComment(body, summaryLink) {
    if (body.length <= COMMENT_LIMIT)
        return body;
    const tail = `\n\n> The report was cut to fit a comment.${summaryLink ? ` The full report is in the [job summary](${summaryLink}).` : ''}\n`;
    const room = COMMENT_LIMIT - tail.length;
    const cut = body.lastIndexOf('\n', room);
    return body.slice(0, cut > 0 ? cut : room) + tail;
}

;// CONCATENATED MODULE: ./src/github/octokit.ts


/**
 * GitHub's "Get repository content": files up to 1 MB in the JSON media type, 1-100 MB only with the raw or
 * object media types, over 100 MB not at all (REST description `repos/get-content`, api version 2022-11-28).
 */
const RAW_MEDIA_TYPE = 'application/vnd.github.raw+json';
/** The contents API's answer for a blob over its limit: 403 with an error coded `too_large`. */
function tooLarge(status, data) {
    if (status !== 403 && status !== 422)
        return false;
    const body = data;
    if (Array.isArray(body?.errors) && body.errors.some((x) => x?.code === 'too_large'))
        return true;
    return typeof body?.message === 'string' && /too large/i.test(body.message);
}
const FORBIDDEN_HINT = 'The token cannot comment on this pull request. On pull requests from forks GITHUB_TOKEN is read-only by design; ' +
    'the job summary has the whole report. On same-repository pull requests, give the job `permissions: pull-requests: write`.';
function createGitHubPort(options) {
    const { token, event, root, log } = options;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    let octokit;
    // Octokit loads on first use: a run that never talks to GitHub (the CLI, local runs) starts faster.
    const client = async () => {
        if (!token)
            throw Object.assign(new Error('no github-token'), { status: 401 });
        if (octokit)
            return octokit;
        const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
            __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 11758)),
            Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
            Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
        ]);
        octokit = getOctokit(token, {
            baseUrl: event.apiUrl,
            throttle: {
                onRateLimit: (retryAfter, opts, _o, retryCount) => {
                    log.warning(`GitHub rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s.`);
                    return retryCount < rateLimitRetries;
                },
                onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                    log.warning(`GitHub secondary rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s.`);
                    return retryCount < rateLimitRetries;
                },
            },
            retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        }, retry, throttling);
        return octokit;
    };
    const { owner, repo } = event;
    let selfLogin = null;
    /** A personal token's own login, so its comments count as ours; GITHUB_TOKEN has none (403). */
    async function authenticatedLogin() {
        if (selfLogin !== null)
            return selfLogin;
        try {
            const gh = await client();
            selfLogin = (await gh.rest.users.getAuthenticated()).data.login;
        }
        catch {
            selfLogin = undefined;
        }
        return selfLogin;
    }
    return {
        async upsertStickyComment(issueNumber, tag, body) {
            if (!token)
                return { action: 'skipped', message: 'No github-token: the report is in the job summary only.' };
            const text = fitComment(withMarker(tag, body), event.runUrl);
            try {
                const gh = await client();
                const existing = [];
                for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
                    owner,
                    repo,
                    issue_number: issueNumber,
                    per_page: 100,
                })) {
                    existing.push(...page.data);
                }
                let ours = ourComments(existing, tag);
                if (ours.length === 0 && existing.some((c) => c.body?.includes(`foundry-finetune:sticky:${tag}`))) {
                    ours = ourComments(existing, tag, await authenticatedLogin());
                }
                const [first, ...extra] = ours;
                if (first) {
                    const { data } = await gh.rest.issues.updateComment({
                        owner,
                        repo,
                        comment_id: first.id,
                        body: text,
                    });
                    // Two runs racing can each create a comment; keep the oldest, so the PR has one.
                    for (const dup of extra) {
                        await gh.rest.issues
                            .deleteComment({ owner, repo, comment_id: dup.id })
                            .catch((e) => log.debug(`could not delete duplicate comment ${dup.id}: ${e.message}`));
                    }
                    return { action: 'updated', url: data.html_url, id: data.id };
                }
                const { data } = await gh.rest.issues.createComment({
                    owner,
                    repo,
                    issue_number: issueNumber,
                    body: text,
                });
                return { action: 'created', url: data.html_url, id: data.id };
            }
            catch (e) {
                const err = e;
                if (err.status === 403 || err.status === 401 || err.status === 404) {
                    return {
                        action: 'forbidden',
                        message: `${FORBIDDEN_HINT} (GitHub answered ${err.status}: ${err.message ?? ''})`,
                    };
                }
                throw e;
            }
        },
        async pullRequestForCommit(sha) {
            if (!token)
                return undefined;
            try {
                const gh = await client();
                const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
                    owner,
                    repo,
                    commit_sha: sha,
                });
                const merged = data.find((pr) => pr.merged_at) ?? data[0];
                return merged?.number;
            }
            catch (e) {
                log.debug(`no pull request found for ${sha}: ${e.message}`);
                return undefined;
            }
        },
        async readFileAtRef(path, ref) {
            const local = await gitBlob(root, ref, path);
            if (local !== 'missing-object')
                return local;
            if (!token)
                return undefined;
            const gh = await client();
            try {
                // Through Octokit, so the read gets the retry and rate-limit handling of every other call. The raw
                // media type streams the bytes and serves files up to 100 MB (JSON content stops at 1 MB).
                const response = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
                    owner,
                    repo,
                    path,
                    ref,
                    headers: { accept: RAW_MEDIA_TYPE },
                    request: { parseSuccessResponseBody: false },
                });
                return response.data;
            }
            catch (e) {
                const err = e;
                if (err.status === 404)
                    return undefined;
                if (tooLarge(err.status, err.response?.data)) {
                    throw new Error(`${path} at ${ref.slice(0, 12)} is larger than GitHub's contents API serves (100 MB with the raw media type), so it was not compared with the base. To compare it, check out the base commit too (actions/checkout with \`fetch-depth: 0\`): the file is then read from git.`, { cause: e });
                }
                throw new Error(`GitHub answered ${err.status ?? 'no status'} reading ${path} at ${ref}: ${err.message ?? ''}`, { cause: e });
            }
        },
    };
}
/**
 * The file from the local clone when the commit is there (a full checkout). 'missing-object' when the
 * commit was not fetched (actions/checkout fetches one commit by default), so the API is asked instead.
 */
async function gitBlob(root, ref, path) {
    const run = (args) => new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: root, stdio: 'ignore' });
        child.on('error', () => resolve(-1));
        child.on('close', (code) => resolve(code ?? -1));
    });
    if ((await run(['cat-file', '-e', `${ref}^{commit}`])) !== 0)
        return 'missing-object';
    if ((await run(['cat-file', '-e', `${ref}:${path}`])) !== 0)
        return undefined;
    const child = (0,external_node_child_process_.spawn)('git', ['cat-file', 'blob', `${ref}:${path}`], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'ignore'],
    });
    return child.stdout;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/lifecycle/retrain-decision.ts
var retrain_decision = __webpack_require__(53356);
// EXTERNAL MODULE: ./src/evaluation/metrics.ts + 2 modules
var metrics = __webpack_require__(73756);
;// CONCATENATED MODULE: ./src/report/models.ts



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
    return stage === 'production' ? '**production**' : (0,markdown/* cell */.Hn)(stage);
}
function deployedCell(entry, options) {
    if (entry.endpoints.length === 0)
        return 'no';
    return entry.endpoints
        .map((e) => {
        const name = (0,markdown/* code */.aY)(e.name);
        if (options.deletedEndpoints?.has(e.name))
            return `${name} (${options.dryRun ? 'would be deleted' : 'deleted'})`;
        return /^succeeded$/i.test(e.state) ? name : `${name} (${(0,markdown/* cell */.Hn)(e.state)})`;
    })
        .join(', ');
}
/** Every value of a column with the same decimals: the metric's own, whole numbers for milliseconds. */
function metricCell(value, name) {
    if (value === undefined)
        return '';
    const info = metrics/* METRICS */.Cb.find((m) => m.name === name);
    const digits = name.endsWith('_ms') ? 0 : (info?.digits ?? 3);
    return (0,markdown/* formatFixed */.gn)(value, digits);
}
function renderModelTable(entries, options) {
    if (entries.length === 0)
        return '_No fine-tuned model of this repository is registered yet._';
    const metrics = metricColumns(entries);
    const headers = ['Version', 'Stage', 'Dataset', ...metrics.map((m) => (0,markdown/* code */.aY)(m)), 'Deployed', 'Age'];
    const align = ['left', 'left', 'left', ...metrics.map(() => 'right'), 'left', 'right'];
    if (options.extra) {
        headers.push(options.extra.header);
        align.push('left');
    }
    const limit = options.maxRows ?? MAX_ROWS;
    const rows = entries.slice(0, limit).map((e) => {
        const row = [
            (0,markdown/* code */.aY)(e.version),
            stageCell(e.stage),
            e.datasetHash ? (0,markdown/* code */.aY)((0,retrain_decision/* shortHash */.BC)(e.datasetHash)) : '',
            ...metrics.map((m) => metricCell(e.metrics[m], m)),
            deployedCell(e, options),
            formatAge(e.createdAt === undefined ? undefined : options.now - e.createdAt),
        ];
        if (options.extra)
            row.push(options.extra.cell(e));
        return row;
    });
    const name = entries[0].name;
    const parts = [`Model ${(0,markdown/* code */.aY)(name, 'text')}:`, '', (0,markdown/* table */.tp)(headers, rows, align)];
    if (entries.length > limit)
        parts.push('', `…and ${(0,markdown/* plural */.LS)(entries.length - limit, 'older version')}, not shown.`);
    return parts.join('\n');
}
function actionCell(action, dryRun) {
    if (!action)
        return '';
    const endpoints = (names, verb) => names && names.length > 0 ? `; ${verb} ${names.map((n) => (0,markdown/* code */.aY)(n)).join(', ')}` : '';
    switch (action.kind) {
        case 'kept':
            return `kept: ${(0,markdown/* cell */.Hn)(action.reason)}${endpoints(action.endpoints, dryRun ? 'would delete its idle endpoint' : 'deleted its idle endpoint')}${action.endpointFailure ? `; ${markdown/* ICON */.kb.failed} ${(0,markdown/* cell */.Hn)(action.endpointFailure)}` : ''}`;
        case 'deleted':
            return `**deleted**: ${(0,markdown/* cell */.Hn)(action.reason)}${action.endpoints.length ? ' (endpoint deleted first)' : ''}`;
        case 'would-delete':
            return `would delete: ${(0,markdown/* cell */.Hn)(action.reason)}${action.endpoints.length ? ' (endpoint first)' : ''}`;
        case 'failed':
            return `${markdown/* ICON */.kb.failed} not deleted: ${(0,markdown/* cell */.Hn)(action.message)}`;
    }
}
/** The section the run report shows once: heading, and the table with cleanup's column when it ran. */
function renderModelsSection(section) {
    const cleanup = section.cleanup;
    const deleted = new Set();
    if (cleanup) {
        for (const a of Object.values(cleanup.actions)) {
            if (a.kind !== 'failed')
                for (const e of a.endpoints ?? [])
                    deleted.add(e);
        }
    }
    const table = renderModelTable(section.entries, {
        now: section.now,
        maxRows: section.maxRows,
        ...(cleanup
            ? {
                extra: {
                    header: cleanup.dryRun ? 'Cleanup (dry run)' : 'Cleanup',
                    cell: (e) => actionCell(cleanup.actions[e.version], cleanup.dryRun),
                },
                deletedEndpoints: deleted,
                dryRun: cleanup.dryRun,
            }
            : {}),
    });
    return `#### Fine-tuned models\n\n${table}`;
}

;// CONCATENATED MODULE: ./src/report/run-report.ts


/**
 * GitHub's limits: a comment body holds 65,536 characters (the REST API refuses longer: "body is too
 * long (maximum is 65536 characters)"), and the runner refuses a step summary file over 1024 KiB
 * ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k", docs: workflow
 * commands, "Adding a job summary"). The summary is measured in UTF-8 bytes, as the file is; the comment
 * in UTF-16 code units, never fewer than its characters. The budgets leave room for the sticky
 * comment's marker and for secrets replaced after rendering.
 */
const COMMENT_LIMIT_CHARS = 65_536;
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_BUDGET_CHARS = COMMENT_LIMIT_CHARS - 1_024;
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 8 * 1024;
/** Rows per list tried in turn when a report is too large. */
const SHRINK_STEPS = [700, 500, 300, 200, 100, 50, 20, 10, 5, 3, 1, 0];
const STATUS_TEXT = {
    succeeded: `${markdown/* ICON */.kb.succeeded} passed`,
    failed: `${markdown/* ICON */.kb.failed} failed`,
    skipped: `${markdown/* ICON */.kb.skipped} skipped`,
    pending: `${markdown/* ICON */.kb.pending} pending`,
};
function stepTable(results) {
    return (0,markdown/* table */.tp)(['Step', 'Result', 'What happened'], results.map((r) => [(0,markdown/* code */.aY)(r.command), STATUS_TEXT[r.status], (0,markdown/* cell */.Hn)(r.headline)]));
}
function footer(facts) {
    const { event } = facts;
    const commit = event.sha ? (0,markdown/* code */.aY)(event.sha.slice(0, 7), 'text') : 'the working tree';
    const run = event.runUrl ? ` · [workflow run](${event.runUrl})` : '';
    return `<sub>foundry-finetune · ${(0,markdown/* inline */.mG)(facts.modelId)} · ${commit} · ${facts.planReason}${run}</sub>`;
}
function sectionsOf(r, rows) {
    if (rows === undefined || !r.shrink)
        return { summary: r.summary, comment: r.comment };
    return r.shrink(rows);
}
/** The index of the last step that carries the model inventory: the table goes after its section. */
function modelsAt(results) {
    for (let i = results.length - 1; i >= 0; i--)
        if (results[i].models)
            return i;
    return -1;
}
function configError(facts) {
    return facts.configError ? `${markdown/* ICON */.kb.failed} **Configuration error:** ${(0,markdown/* inline */.mG)(facts.configError)}` : '';
}
function assembleSummary(results, facts, rows) {
    const parts = ['## Fine-tuning report', configError(facts)];
    if (results.length > 0)
        parts.push(stepTable(results));
    const at = modelsAt(results);
    results.forEach((r, i) => {
        parts.push(sectionsOf(r, rows).summary.trim());
        if (i === at)
            parts.push(renderModelsSection({ ...r.models, maxRows: rows ?? r.models.maxRows }));
    });
    return parts.filter(Boolean).join('\n\n');
}
function assembleComment(results, facts, rows) {
    const parts = ['## Fine-tuning report', configError(facts)];
    if (results.length > 1)
        parts.push(stepTable(results));
    for (const r of results) {
        const s = sectionsOf(r, rows);
        parts.push((s.comment ?? s.summary).trim());
    }
    return parts.filter(Boolean).join('\n\n');
}
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
/**
 * Renders with everything; when that is over `budget`, with fewer rows per list until it fits; when even
 * no rows do not fit, cuts at a line. The note says which it was and where the rest is.
 */
function fit(render, size, budget, where, tail) {
    const full = `${render()}\n\n${tail}`;
    if (size(full) <= budget)
        return full;
    for (const rows of SHRINK_STEPS) {
        const note = `> [!NOTE]\n> Shortened to stay within ${where.limit}: lists show at most ${(0,markdown/* plural */.LS)(rows, 'row')}. ${where.full}`;
        const text = `${render(rows)}\n\n${note}\n\n${tail}`;
        if (size(text) <= budget)
            return text;
    }
    const note = `> [!NOTE]\n> Cut short to stay within ${where.limit}. ${where.full}`;
    const keep = `\n\n${note}\n\n${tail}`;
    let body = render(0);
    // Cut whole lines (never inside a table row or a code span) until it fits.
    const lines = body.split('\n');
    let low = 0;
    let high = lines.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (size(lines.slice(0, mid).join('\n') + keep) <= budget)
            low = mid;
        else
            high = mid - 1;
    }
    body = lines.slice(0, low).join('\n');
    // A fenced block cut in the middle would swallow the note: close it.
    const fences = body.split('\n').filter((l) => /^\s*(```|~~~)/.test(l)).length;
    if (fences % 2 === 1)
        body += '\n```';
    return body + keep;
}
/** The job summary: every step's full section, within GitHub's 1 MiB. */
function renderSummary(results, facts, budgetBytes = SUMMARY_BUDGET_BYTES) {
    return fit((rows) => assembleSummary(results, facts, rows), utf8Bytes, budgetBytes, {
        limit: "GitHub's 1 MiB for a job summary",
        full: "Every finding is in the step's `report.json` (the `report` output; keep it with `actions/upload-artifact`).",
    }, footer(facts));
}
/** The sticky pull request comment: each step's shorter section, within GitHub's 65,536 characters. */
function renderComment(results, facts, budgetChars = COMMENT_BUDGET_CHARS) {
    const summaryLink = facts.event.runUrl ? `[job summary](${facts.event.runUrl})` : 'job summary';
    return fit((rows) => assembleComment(results, facts, rows), (t) => t.length, budgetChars, {
        limit: "GitHub's 65,536 characters for a comment",
        full: `The ${summaryLink} of the workflow run has the full report.`,
    }, footer(facts));
}
/** All the steps' outputs as one map, later steps winning, plus the commands that ran. */
function mergeOutputs(results) {
    const outputs = {};
    for (const r of results)
        Object.assign(outputs, r.outputs);
    outputs.command = results.map((r) => r.command).join(',');
    return outputs;
}
function allAnnotations(results) {
    return results.flatMap((r) => r.annotations);
}

// EXTERNAL MODULE: ./src/report/steps.ts
var steps = __webpack_require__(70021);
// EXTERNAL MODULE: ./src/runtime/clock.ts
var clock = __webpack_require__(19842);
// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(55259);
;// CONCATENATED MODULE: ./src/main.ts














/** Secrets seen during the run: masked in the log by the runner, and scrubbed from what we publish. */
const secrets = [];
function actionLogger() {
    return {
        info: (m) => core/* info */.pq(m),
        warning: (m) => core/* warning */.$e(m),
        debug: (m) => core/* debug */.Yz(m),
        secret: (value) => {
            if (!value || secrets.includes(value))
                return;
            secrets.push(value);
            core/* setSecret */.Pq(value);
        },
    };
}
function readEventPayload() {
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
function repositoryRoot() {
    return external_node_path_default().resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
/** Reads a file of the workspace; `buildConfig` has checked the path (inside, outside .git/, no symlink out). */
function readRepoFile(root) {
    return (relative) => {
        const file = external_node_path_default().resolve(root, (0,paths/* resolveWorkspacePath */.X)(root, relative, 'config-file'));
        if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile())
            return undefined;
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    };
}
async function main_text(source) {
    if (!source)
        return undefined;
    const chunks = [];
    for await (const chunk of source)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * On a pull request, the config file as the base commit has it: where credentials are sent is decided by
 * the base branch, not by the pull request (see `CREDENTIAL_DESTINATION_KEYS`).
 */
async function baseConfig(event, github, root, log) {
    const pr = event.pullRequest;
    // pull_request, pull_request_target, pull_request_review...: the head is the pull request author's.
    if (!pr)
        return /^pull_request/.test(event.eventName) ? { text: undefined } : undefined;
    const input = core/* getInput */.V4('config-file').trim() || (0,settings/* settingByInput */.yH)('config-file').default;
    let file;
    try {
        file = (0,paths/* resolveWorkspacePath */.X)(root, input, "input 'config-file'");
    }
    catch {
        return { ref: pr.baseSha, text: undefined }; // buildConfig reports the path itself
    }
    try {
        return { ref: pr.baseSha, text: await main_text(await github.readFileAtRef(file, pr.baseSha)) };
    }
    catch (e) {
        log.warning(`Could not read ${file} at the base commit ${pr.baseSha.slice(0, 7)} (${e.message}): on this pull request, where credentials are sent comes from the inputs and the defaults only.`);
        return { ref: pr.baseSha, text: undefined };
    }
}
/** Turns an unexpected throw into a failed step, so everything before it is still reported. */
function crashedStep(command, error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
        command,
        status: 'failed',
        headline: message.split('\n')[0] ?? message,
        summary: (0,steps/* renderFailure */.zt)(`\`${command}\` failed`, message),
        outputs: {},
        annotations: [],
        failure: message,
    };
}
async function run(deps = {}) {
    const log = deps.log ?? actionLogger();
    const root = repositoryRoot();
    const event = eventFacts(process.env, readEventPayload());
    for (const name of [
        'github-token',
        'endpoint-key',
        'baseline-endpoint-key',
        'judge-endpoint-key',
        'content-safety-key',
    ]) {
        log.secret(core/* getInput */.V4(name));
    }
    const github = deps.github ??
        createGitHubPort({ token: core/* getInput */.V4('github-token').trim() || undefined, event, root, log });
    let config;
    try {
        config = (0,build/* buildConfig */.fD)({
            getInput: (name) => core/* getInput */.V4(name),
            readFile: readRepoFile(root),
            root,
            repository: event.repository,
            runnerEnvironment: process.env.RUNNER_ENVIRONMENT,
            pullRequestBase: await baseConfig(event, github, root, log),
        });
    }
    catch (e) {
        const message = e.message;
        await publish([], { event, modelId: '-', planReason: 'configuration', configError: message }, undefined, log, github);
        core/* setFailed */.C1(message);
        return;
    }
    for (const notice of config.notices)
        log.warning(notice);
    const plan = planCommands(config, event);
    log.info(`foundry-finetune: ${plan.commands.join(' -> ')} (${plan.reason}).`);
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    core/* saveState */.LZ('cancel-on-abort', String(config.training.cancelOnAbort));
    const outDir = process.env.RUNNER_TEMP
        ? external_node_path_default().join(process.env.RUNNER_TEMP, 'foundry-finetune')
        : external_node_path_default().join(root, '.foundry-finetune');
    (0,external_node_fs_.mkdirSync)(outDir, { recursive: true });
    const state = {};
    const ctx = {
        config,
        event,
        log,
        github,
        state,
        clock: deps.clock ?? clock/* realClock */.d,
        signal: abort.signal,
        outDir,
    };
    const results = [];
    const queue = [...plan.commands];
    while (queue.length > 0) {
        const name = queue.shift();
        let result;
        try {
            const command = await loadCommand(name);
            result = await core/* group */.Os(`foundry-finetune ${name}`, () => command(ctx));
        }
        catch (e) {
            result = crashedStep(name, e);
        }
        results.push(result);
        log.info(`${name}: ${result.status} - ${result.headline}`);
        if (result.next)
            queue.unshift(...result.next);
        if (result.status === 'failed')
            break;
        // A job handed to a later run stops what depends on it; cleanup does not, and idle endpoints bill.
        if (result.stop)
            queue.splice(0, queue.length, ...queue.filter((c) => c === 'cleanup'));
    }
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const facts = { event, modelId: config.model.id, planReason: plan.reason };
    await publish(results, facts, config, log, github, outDir);
    const failures = results.flatMap((r) => (r.status === 'failed' ? [r.failure ?? r.headline] : []));
    if (failures.length > 0)
        core/* setFailed */.C1((0,redact/* redact */.E)(failures.join('\n'), secrets));
}
/** Writes outputs, annotations, the job summary, the report file and the sticky comment. */
async function publish(results, facts, config, log, github, outDir) {
    const outputs = mergeOutputs(results);
    if (outDir) {
        const reportPath = external_node_path_default().join(outDir, 'report.json');
        const report = {
            event: facts.event.eventName,
            sha: facts.event.sha,
            steps: results.map(({ annotations: _a, ...r }) => r),
        };
        (0,external_node_fs_.writeFileSync)(reportPath, (0,redact/* redact */.E)(JSON.stringify(report, null, 2), secrets));
        outputs.report = reportPath;
    }
    for (const [name, value] of Object.entries(outputs))
        core/* setOutput */.uH(name, (0,redact/* redact */.E)(value, secrets));
    for (const a of allAnnotations(results)) {
        const props = { title: a.title, file: a.file, startLine: a.line };
        const message = (0,redact/* redact */.E)(a.message, secrets);
        if (a.level === 'error')
            core/* error */.z3(message, props);
        else if (a.level === 'warning')
            core/* warning */.$e(message, props);
        else
            core/* notice */.lm(message, props);
    }
    const summary = (0,redact/* redact */.E)(renderSummary(results, facts), secrets);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(summary, true).write();
    if (!config?.github.comment || !github)
        return;
    const prNumber = facts.event.pullRequest?.number ??
        (facts.event.eventName === 'push' && facts.event.sha
            ? await github.pullRequestForCommit(facts.event.sha)
            : undefined);
    if (prNumber === undefined)
        return;
    try {
        const outcome = await github.upsertStickyComment(prNumber, config.github.commentTag, (0,redact/* redact */.E)(renderComment(results, facts), secrets));
        if (outcome.action === 'forbidden')
            core/* notice */.lm(outcome.message, { title: 'Pull request comment not posted' });
        else if (outcome.action === 'skipped')
            log.info(outcome.message);
        else
            log.info(`Pull request comment ${outcome.action}: ${outcome.url}`);
    }
    catch (e) {
        log.warning(`Could not update the pull request comment: ${e.message}. The job summary has the full report.`);
    }
}


/***/ }),

/***/ 94765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ky: () => (/* binding */ modelIds),
/* harmony export */   P6: () => (/* binding */ findModel),
/* harmony export */   Sk: () => (/* binding */ DEFAULT_MODEL_ID),
/* harmony export */   T3: () => (/* binding */ serverlessRefusal),
/* harmony export */   ZM: () => (/* binding */ baseModelUri)
/* harmony export */ });
/* unused harmony exports MODELS, SERVERLESS_SUCCESSOR_ID */
/**
 * The models Azure AI Foundry fine-tunes, with the facts that decide what we check and what we submit.
 * Facts come from Azure's model cards and fine-tuning articles; a fact the docs leave open is one field
 * away from a fix here, not spread through the code.
 */
const token = (id, content, lstrip, rstrip, special = true) => ({
    id,
    content,
    lstrip,
    rstrip,
    special,
});
/**
 * Phi-3-mini (4k, 128k) and Phi-3.5-mini: the `added_tokens` of microsoft/onnxruntime-extensions
 * test/data/phi-3-mini/tokenizer.json (@59ea3722), the Llama 2 vocabulary plus ids 32000-32010.
 */
const PHI3_ADDED_TOKENS = [
    token(0, '<unk>', false, false),
    token(1, '<s>', false, false),
    token(2, '</s>', false, true, false),
    token(32000, '<|endoftext|>', false, false),
    token(32001, '<|assistant|>', false, true),
    token(32002, '<|placeholder1|>', false, true),
    token(32003, '<|placeholder2|>', false, true),
    token(32004, '<|placeholder3|>', false, true),
    token(32005, '<|placeholder4|>', false, true),
    token(32006, '<|system|>', false, true),
    token(32007, '<|end|>', false, true),
    token(32008, '<|placeholder5|>', false, true),
    token(32009, '<|placeholder6|>', false, true),
    token(32010, '<|user|>', false, true),
];
/**
 * Phi-4-mini-instruct: `added_tokens_decoder` of microsoft/onnxruntime-extensions
 * test/data/phi-4-mini/tokenizer_config.json (@68ee0397): o200k plus 199999 and 200018-200028.
 */
const PHI4_MINI_ADDED_TOKENS = [
    token(199999, '<|endoftext|>', false, false),
    token(200018, '<|endofprompt|>', false, false),
    token(200019, '<|assistant|>', false, true),
    token(200020, '<|end|>', false, true),
    token(200021, '<|user|>', false, true),
    token(200022, '<|system|>', false, true),
    token(200023, '<|tool|>', false, true, false),
    token(200024, '<|/tool|>', false, true, false),
    token(200025, '<|tool_call|>', false, true, false),
    token(200026, '<|/tool_call|>', false, true, false),
    token(200027, '<|tool_response|>', false, true, false),
    token(200028, '<|tag|>', false, true),
];
/**
 * Phi-4: the 96 entries of `added_tokens_decoder` in microsoft/onnxruntime-extensions
 * test/data/phi-4-base/tokenizer_config.json (@52e1ef5d), ids 100256-100351, every one lstrip and
 * rstrip: cl100k's specials at their cl100k ids, the ChatML markers, and `<|dummy_N|>` in between.
 */
const PHI4_ADDED_TOKENS = (() => {
    const named = {
        100257: '<|endoftext|>',
        100258: '<|fim_prefix|>',
        100259: '<|fim_middle|>',
        100260: '<|fim_suffix|>',
        100264: '<|im_start|>',
        100265: '<|im_end|>',
        100266: '<|im_sep|>',
        100276: '<|endofprompt|>',
    };
    const list = [];
    let dummy = 0;
    for (let id = 100256; id <= 100351; id++)
        list.push(token(id, named[id] ?? `<|dummy_${dummy++}|>`, true, true));
    return list;
})();
const contents = (tokens) => tokens.map((t) => t.content);
/** Regions with serverless fine-tuning for the Phi-4 family (Azure's "region availability" table). */
const PHI4_SERVERLESS_REGIONS = [
    'eastus2',
    'eastus',
    'northcentralus',
    'southcentralus',
    'westus',
    'westus3',
];
/**
 * Azure's fine-tuning articles offer the Phi models supervised fine-tuning only; DPO is listed for
 * OpenAI models (gpt-4o, gpt-4.1 families: the supported-models table, fine-tune-supported-models.md).
 */
const SFT_ONLY = ['sft'];
/** Phi-3 and Phi-3.5 serverless fine-tuning ran in East US 2 only, until it was retired. */
const PHI3_RETIRED = { offered: false, retiredOn: '2025-08-30', regions: ['eastus2'] };
const MODELS = [
    {
        id: 'Phi-4-mini-instruct',
        defaultVersion: '1',
        family: 'phi-4',
        tokenizer: 'o200k',
        template: 'phi4-mini',
        addedTokens: PHI4_MINI_ADDED_TOKENS,
        contextLength: 131072,
        supportsToolCalls: true,
        methods: SFT_ONLY,
        serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
        registry: 'azureml',
        specialTokens: contents(PHI4_MINI_ADDED_TOKENS),
    },
    {
        id: 'Phi-4',
        defaultVersion: '7',
        family: 'phi-4',
        tokenizer: 'cl100k',
        template: 'phi4',
        addedTokens: PHI4_ADDED_TOKENS,
        contextLength: 16384,
        supportsToolCalls: false,
        methods: SFT_ONLY,
        serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
        registry: 'azureml',
        specialTokens: contents(PHI4_ADDED_TOKENS),
    },
    {
        id: 'Phi-3-mini-4k-instruct',
        defaultVersion: '15',
        family: 'phi-3',
        tokenizer: 'llama-sentencepiece',
        template: 'phi3',
        addedTokens: PHI3_ADDED_TOKENS,
        contextLength: 4096,
        supportsToolCalls: false,
        methods: SFT_ONLY,
        serverless: PHI3_RETIRED,
        registry: 'azureml',
        specialTokens: contents(PHI3_ADDED_TOKENS),
    },
    {
        id: 'Phi-3-mini-128k-instruct',
        defaultVersion: '13',
        family: 'phi-3',
        tokenizer: 'llama-sentencepiece',
        template: 'phi3',
        addedTokens: PHI3_ADDED_TOKENS,
        contextLength: 131072,
        supportsToolCalls: false,
        methods: SFT_ONLY,
        serverless: PHI3_RETIRED,
        registry: 'azureml',
        specialTokens: contents(PHI3_ADDED_TOKENS),
    },
    {
        id: 'Phi-3.5-mini-instruct',
        defaultVersion: '6',
        family: 'phi-3.5',
        tokenizer: 'llama-sentencepiece',
        template: 'phi3.5',
        addedTokens: PHI3_ADDED_TOKENS,
        contextLength: 131072,
        supportsToolCalls: false,
        methods: SFT_ONLY,
        serverless: PHI3_RETIRED,
        registry: 'azureml',
        specialTokens: contents(PHI3_ADDED_TOKENS),
    },
];
const DEFAULT_MODEL_ID = 'Phi-4-mini-instruct';
/** The model Microsoft names as the serverless successor of the retired Phi-3 offers. */
const SERVERLESS_SUCCESSOR_ID = 'Phi-4-mini-instruct';
function findModel(id) {
    const wanted = id.trim().toLowerCase();
    return MODELS.find((m) => m.id.toLowerCase() === wanted);
}
function modelIds() {
    return MODELS.map((m) => m.id);
}
/** The registry URI of a base model for a fine-tuning job's `fineTuningDetails.model`. */
function baseModelUri(model, version) {
    return `azureml://registries/${model.registry}/models/${model.id}/versions/${version}`;
}
/**
 * Why serverless fine-tuning of this model cannot run in this region, or undefined when it can.
 * Pure, so the same sentence serves preflight, validate and docs.
 */
function serverlessRefusal(model, region) {
    if (!model.serverless.offered) {
        return (`Serverless fine-tuning of ${model.id} was retired on ${model.serverless.retiredOn}. ` +
            `Use ${SERVERLESS_SUCCESSOR_ID} (set model: ${SERVERLESS_SUCCESSOR_ID}), or keep ${model.id} and ` +
            `fine-tune on managed compute by setting the compute input to a GPU cluster in your workspace.`);
    }
    const normalized = region?.replace(/\s+/g, '').toLowerCase();
    if (normalized && !model.serverless.regions.includes(normalized)) {
        return (`Serverless fine-tuning of ${model.id} is not offered in region '${normalized}'. ` +
            `It is offered in: ${model.serverless.regions.join(', ')}. Use a hub workspace in one of those ` +
            `regions, or set the compute input to fine-tune on managed compute.`);
    }
    return undefined;
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Dw: () => (/* binding */ formatInt),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Ix: () => (/* binding */ facts),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   RZ: () => (/* binding */ formatSignedInt),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   gn: () => (/* binding */ formatFixed),
/* harmony export */   iW: () => (/* binding */ formatSignedFixed),
/* harmony export */   kb: () => (/* binding */ ICON),
/* harmony export */   mG: () => (/* binding */ inline),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   up: () => (/* binding */ formatMoney),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export splitCodeSpans */
/**
 * Small pure helpers every renderer uses, so tables, escapes and numbers look the same everywhere. Only
 * report/ writes Markdown; everything it prints from elsewhere (messages, names, service errors, data)
 * goes through `escapeMarkdown`.
 */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Characters GFM could read as syntax, backslash-escaped outside code spans: backslashes, backticks
 * without a partner, `*`, `[` (links, images), `~` (strikethrough), `<` (HTML, autolinks), `&` before
 * something that reads as an entity, `_` unless inside a word (GFM never emphasizes intraword `_`), and
 * `|` in a table cell. Anything else shows as it is.
 */
function escapeText(text, context) {
    let out = text.replace(/[\\`*[~<]|&(?=#?\w+;)|\|/g, (c) => c === '|' && context !== 'cell' ? c : `\\${c}`);
    out = out.replace(/_/g, (c, at) => /[A-Za-z0-9]/.test(out[at - 1] ?? '') && /[A-Za-z0-9]/.test(out[at + 1] ?? '') ? c : `\\${c}`);
    return out;
}
/** What would start a block at the start of a line: a heading, a quote, a list item, a setext line. */
function escapeLineStart(text) {
    return text
        .replace(/^(\s*)(#{1,6}(?=\s|$)|>|[-+](?=\s|$))/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
        .replace(/^(\s*)([=-])(?=[=-]*\s*$)/, '$1\\$2');
}
/**
 * Code spans of `text` as CommonMark finds them: a run of N backticks opens one, and the next run of
 * exactly N backticks closes it. A run with no closing run is literal text.
 */
function splitCodeSpans(text) {
    const parts = [];
    const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index, length: m[0].length }));
    let plainFrom = 0;
    for (let i = 0; i < runs.length; i++) {
        const open = runs[i];
        if (open.at < plainFrom)
            continue;
        const close = runs.slice(i + 1).find((r) => r.length === open.length);
        if (!close)
            continue;
        if (open.at > plainFrom)
            parts.push({ code: false, text: text.slice(plainFrom, open.at) });
        parts.push({ code: true, text: text.slice(open.at, close.at + close.length) });
        plainFrom = close.at + close.length;
        i = runs.indexOf(close);
    }
    if (plainFrom < text.length)
        parts.push({ code: false, text: text.slice(plainFrom) });
    return parts;
}
/**
 * The one escaping function of report/: `text` shows exactly as written, except that its code spans
 * (`` `<|end|>` ``, as messages throughout the code base mark code) stay code. Markdown inside code
 * spans is never escaped with entities: GitHub would show `&lt;` literally there.
 */
function escapeMarkdown(value, context = 'cell') {
    if (value === undefined || value === null)
        return '';
    const text = String(value).replace(/\r?\n|\r/g, ' ');
    const escaped = splitCodeSpans(text)
        .map((part) => {
        if (context === 'html') {
            if (!part.code)
                return escapeHtml(part.text);
            const inner = part.text.replace(/^`+|`+$/g, '');
            const trimmed = /^ .* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner;
            return `<code>${escapeHtml(trimmed)}</code>`;
        }
        if (part.code)
            return context === 'cell' ? part.text.replace(/\|/g, '\\|') : part.text;
        return escapeText(part.text, context);
    })
        .join('');
    return context === 'html' ? escaped : escapeLineStart(escaped);
}
/** Text for a table cell: `escapeMarkdown(text, 'cell')`. */
function cell(text) {
    return escapeMarkdown(text, 'cell');
}
/** Text for a paragraph, list item or `<sub>` line: `escapeMarkdown(text, 'text')`. */
function inline(text) {
    return escapeMarkdown(text, 'text');
}
/**
 * A code span showing `text` literally: the fence is longer than any backtick run inside, padded when
 * the text starts or ends with a backtick. In a table cell `|` is escaped (GFM removes the backslash).
 */
function code(text, context = 'cell') {
    const flat = text.replace(/\r?\n|\r/g, ' ');
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
    const body = context === 'cell' ? flat.replace(/\|/g, '\\|') : flat;
    return `${fence}${pad}${body}${pad}${fence}`;
}
/** A GFM table. Every header must say what its column holds: no empty header rows. */
function table(headers, rows, align) {
    const sep = headers.map((_, i) => {
        const a = align?.[i] ?? 'left';
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map((c) => String(c)).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map(line)].join('\n');
}
/**
 * Facts as a list of "**Label:** value" lines: a key/value table would need a header row that says
 * nothing. Values are Markdown already (escape them with `inline`).
 */
function facts(items) {
    return items.map(([label, value]) => `- **${label}:** ${value}`).join('\n');
}
/**
 * A collapsed section; GitHub renders Markdown inside when blank lines surround it. `summary` is text
 * with code spans, escaped for the HTML line it sits on.
 */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeMarkdown(summary, 'html')}</summary>\n\n${body}\n\n</details>`;
}
/** Code block that cannot be broken out of by the text inside. */
function codeBlock(text, lang = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text}\n${fence}`;
}
function formatInt(n) {
    return Math.round(n).toLocaleString('en-US');
}
/** Up to `digits` decimals, trailing zeros dropped: for single values in a sentence. */
function formatNumber(n, digits = 3) {
    if (!Number.isFinite(n))
        return String(n);
    return Number(n.toFixed(digits)).toString();
}
/**
 * Exactly `digits` decimals, for numbers that stand in one column (0.500 beside 0.722, never 0.5), with
 * thousands separators and no "-0.000".
 */
function formatFixed(n, digits = 3) {
    if (!Number.isFinite(n))
        return String(n);
    const rounded = Number(n.toFixed(digits));
    return (Object.is(rounded, -0) ? 0 : rounded).toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
    });
}
/** `formatFixed` with a `+` on gains; zero has no sign. */
function formatSignedFixed(n, digits = 3) {
    const s = formatFixed(n, digits);
    return n > 0 && Number(n.toFixed(digits)) !== 0 ? `+${s}` : s;
}
/** A whole number with thousands separators and a `+` on gains: `+1,042`, `-3`, `0`. */
function formatSignedInt(n) {
    const s = formatInt(n);
    return Math.round(n) > 0 ? `+${s}` : s;
}
function formatSigned(n, digits = 3) {
    const s = formatNumber(n, digits);
    return n > 0 ? `+${s}` : s;
}
function formatMoney(amount) {
    return amount >= 100 ? amount.toFixed(0) : amount >= 1 ? amount.toFixed(2) : amount.toPrecision(2);
}
function formatDuration(ms) {
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m ${s % 60}s`;
    return `${Math.floor(m / 60)}h ${m % 60}m`;
}
function plural(n, one, many = `${one}s`) {
    return `${formatInt(n)} ${n === 1 ? one : many}`;
}
/** Status icons for tables; text as well so screen readers and plain logs still say it. */
const ICON = {
    succeeded: '✅',
    failed: '❌',
    skipped: '⏭️',
    pending: '⏳',
    warning: '⚠️',
};


/***/ }),

/***/ 70021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ renderNote),
/* harmony export */   bs: () => (/* binding */ renderSkipped),
/* harmony export */   zt: () => (/* binding */ renderFailure)
/* harmony export */ });
/* unused harmony export paragraphs */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);
/**
 * Sections every command shares: a step that failed, was skipped or has a plain note. Messages come from
 * anywhere (Azure, the network, our own checks) and may hold code spans; each line is escaped.
 */

/** A message of one or more lines as Markdown paragraphs, shown exactly as written. */
function paragraphs(message) {
    return message
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .map((l) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inline */ .mG)(l))
        .join('\n\n');
}
/** `### ❌ <title>` and the message, then the hint when there is one. */
function renderFailure(title, message, hint) {
    return [`### ${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.failed} ${title}`, paragraphs(message), hint ? paragraphs(hint) : '']
        .filter(Boolean)
        .join('\n\n');
}
/** `### ⏭️ <title>` and why. */
function renderSkipped(title, message) {
    return `### ${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ICON */ .kb.skipped} ${title}\n\n${paragraphs(message)}`;
}
/** A heading and a message, for sections that are neither failed nor skipped (e.g. "not screened"). */
function renderNote(title, message) {
    return `### ${title}\n\n${paragraphs(message)}`;
}


/***/ }),

/***/ 19842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock)
/* harmony export */ });
/**
 * Wall time. `sleep` resolves early, without throwing, when the signal aborts (a cancelled run stops
 * waiting at once), and removes its listener so long polls do not pile them up on one signal.
 */
const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, Math.max(0, ms));
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    }),
};


/***/ }),

/***/ 55259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
/**
 * Removes every secret from a text that leaves the runner or a client's error message. Values shorter
 * than 4 characters are left alone: masking them would garble ordinary text.
 */
function redact(text, secrets) {
    let out = text;
    for (const s of secrets)
        if (s.length >= 4)
            out = out.split(s).join('***');
    return out;
}


/***/ })

};

//# sourceMappingURL=12.index.js.map