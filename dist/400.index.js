export const id = 400;
export const ids = [400];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=400.index.js.map