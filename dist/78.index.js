export const id = 78;
export const ids = [78,400];
export const modules = {

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
function estimateTraining(examples, tokens, epochs, pricePer1kTokens) {
    const chosen = epochs ?? defaultEpochs(examples);
    const billedTokens = tokens * chosen;
    return {
        examples,
        tokens,
        epochs: chosen,
        epochsSource: epochs === undefined ? 'rule' : 'input',
        billedTokens,
        pricePer1kTokens,
        cost: pricePer1kTokens === undefined ? undefined : (billedTokens / 1000) * pricePer1kTokens,
    };
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


/***/ })

};

//# sourceMappingURL=78.index.js.map