export const id = 350;
export const ids = [350];
export const modules = {

/***/ 62078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fD: () => (/* binding */ buildConfig)
});

// UNUSED EXPORTS: ASSET_NAME, HOSTED_RUNNER_WAIT_CAP_MINUTES, assetName

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

;// CONCATENATED MODULE: ./src/config/settings.ts
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
];
const SETTINGS = [
    // General
    {
        input: 'command',
        kind: { type: 'enum', values: COMMANDS },
        default: 'auto',
        group: 'General',
        description: 'What to run: `validate`, `preflight`, `train`, `resume`, `deploy`, `evaluate`, `gate` (evaluates, then gates and promotes), `retrain` or `cleanup`. `auto` picks from the event: `validate` on pull_request (plus `evaluate` and `gate` when `endpoint-url` is given), `train` -> `deploy` -> `evaluate` -> `gate` on a push to the default branch, `resume` -> `retrain` -> `cleanup` on schedule and workflow_dispatch.',
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
        description: 'Azure AI Foundry hub project (Azure Machine Learning workspace) name.',
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
];
const OUTPUTS = [
    { name: 'command', description: 'Commands that ran, comma-separated.' },
    { name: 'valid', description: '`true` when the datasets have no errors.' },
    { name: 'errors', description: 'Number of dataset errors.' },
    { name: 'warnings', description: 'Number of dataset warnings.' },
    { name: 'examples', description: 'Training examples (after the split).' },
    { name: 'tokens', description: 'Training tokens, counted with the model tokenizer and chat template.' },
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
];
function settingByInput(input) {
    const s = SETTINGS.find((x) => x.input === input);
    if (!s)
        throw new Error(`unknown setting ${input}`);
    return s;
}

;// CONCATENATED MODULE: ./src/config/build.ts





/** GitHub-hosted jobs end after 6 hours; leave room for deploy, evaluation and reporting. */
const HOSTED_RUNNER_WAIT_CAP_MINUTES = 330;
const CONFIG_KEYS = new Set(SETTINGS.flatMap((s) => (s.key ? [s.key] : [])));
/**
 * Merges inputs (first), the config file, then defaults into one validated Config. Every error names the
 * input or config key (with file and line) and what is allowed.
 */
function buildConfig(sources) {
    const defaultConfigPath = settingByInput('config-file').default;
    const configInput = sources.getInput('config-file').trim();
    const configPath = configInput || defaultConfigPath;
    const configText = sources.readFile(configPath);
    // The runner passes action.yml's default as if it were set; only a path the user chose must exist.
    if (configText === undefined && configPath !== defaultConfigPath) {
        throw new config_parse/* ConfigError */.x(`input 'config-file': ${configPath} does not exist in the repository.`);
    }
    const fileValues = configText === undefined ? new Map() : parseConfigFile(configText, configPath, CONFIG_KEYS);
    const values = new Map();
    for (const setting of SETTINGS) {
        const input = sources.getInput(setting.input);
        let raw;
        if (input.trim() !== '')
            raw = { value: input, where: `input '${setting.input}'` };
        else if (setting.key && fileValues.has(setting.key))
            raw = fileValues.get(setting.key);
        else if (setting.default !== undefined && !setting.default.startsWith('${{')) {
            raw = { value: setting.default, where: `default of '${setting.input}'` };
        }
        if (raw)
            values.set(setting.input, (0,config_parse/* parseSetting */.W)(setting.kind, raw));
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
        },
        azure: {
            subscriptionId: str('subscription-id'),
            resourceGroup: str('resource-group'),
            workspace: str('workspace'),
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

/***/ 74350:
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
// EXTERNAL MODULE: ./src/config/build.ts + 2 modules
var build = __webpack_require__(62078);
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
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(940), __webpack_require__.e(335), __webpack_require__.e(802)]).then(__webpack_require__.bind(__webpack_require__, 90023))).validateCommand,
    preflight: async () => (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(862), __webpack_require__.e(78), __webpack_require__.e(821)]).then(__webpack_require__.bind(__webpack_require__, 75821))).preflightCommand,
    train: async () => (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(862), __webpack_require__.e(78), __webpack_require__.e(940), __webpack_require__.e(335), __webpack_require__.e(7)]).then(__webpack_require__.bind(__webpack_require__, 45007))).trainCommand,
    resume: async () => (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(862), __webpack_require__.e(78), __webpack_require__.e(940), __webpack_require__.e(335), __webpack_require__.e(7), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 59787))).resumeCommand,
    deploy: async () => (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(862), __webpack_require__.e(78), __webpack_require__.e(839)]).then(__webpack_require__.bind(__webpack_require__, 93839))).deployCommand,
    evaluate: async () => (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(862), __webpack_require__.e(78), __webpack_require__.e(940), __webpack_require__.e(335), __webpack_require__.e(850), __webpack_require__.e(875), __webpack_require__.e(595)]).then(__webpack_require__.bind(__webpack_require__, 40595))).evaluateCommand,
    gate: async () => (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(862), __webpack_require__.e(78), __webpack_require__.e(850), __webpack_require__.e(196)]).then(__webpack_require__.bind(__webpack_require__, 19815))).gateCommand,
    retrain: async () => (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(862), __webpack_require__.e(78), __webpack_require__.e(940), __webpack_require__.e(335), __webpack_require__.e(7), __webpack_require__.e(619)]).then(__webpack_require__.bind(__webpack_require__, 93619))).retrainCommand,
    cleanup: async () => (await Promise.all(/* import() */[__webpack_require__.e(483), __webpack_require__.e(862), __webpack_require__.e(78), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 12256))).cleanupCommand,
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
            const url = `${event.apiUrl}/repos/${owner}/${repo}/contents/${path.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(ref)}`;
            const response = await fetch(url, {
                headers: {
                    authorization: `token ${token}`,
                    accept: 'application/vnd.github.raw+json',
                    'user-agent': 'foundry-finetune',
                },
            });
            if (response.status === 404)
                return undefined;
            if (!response.ok || !response.body)
                throw new Error(`GitHub answered ${response.status} reading ${path} at ${ref}.`);
            return response.body;
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
;// CONCATENATED MODULE: ./src/report/run-report.ts

const STATUS_TEXT = {
    succeeded: `${markdown/* ICON */.kb.succeeded} passed`,
    failed: `${markdown/* ICON */.kb.failed} failed`,
    skipped: `${markdown/* ICON */.kb.skipped} skipped`,
    pending: `${markdown/* ICON */.kb.pending} pending`,
};
function stepTable(results) {
    return (0,markdown/* table */.tp)(['Step', 'Result', ''], results.map((r) => [`\`${r.command}\``, STATUS_TEXT[r.status], (0,markdown/* cell */.Hn)(r.headline)]));
}
function footer(facts) {
    const { event } = facts;
    const commit = event.sha ? `\`${event.sha.slice(0, 7)}\`` : 'the working tree';
    const run = event.runUrl ? ` · [workflow run](${event.runUrl})` : '';
    return `<sub>foundry-finetune · ${facts.modelId} · ${commit} · ${facts.planReason}${run}</sub>`;
}
/** The job summary: every step's full section. */
function renderSummary(results, facts) {
    const parts = ['## Fine-tuning report', ''];
    if (facts.configError) {
        parts.push(`${markdown/* ICON */.kb.failed} **Configuration error:** ${(0,markdown/* cell */.Hn)(facts.configError)}`, '');
    }
    if (results.length > 0)
        parts.push(stepTable(results), '');
    for (const r of results)
        if (r.summary.trim())
            parts.push(r.summary.trim(), '');
    parts.push(footer(facts));
    return parts.join('\n');
}
/** The sticky pull request comment: each step's shorter section, and the same step table. */
function renderComment(results, facts) {
    const parts = ['## Fine-tuning report', ''];
    if (facts.configError)
        parts.push(`${markdown/* ICON */.kb.failed} **Configuration error:** ${(0,markdown/* cell */.Hn)(facts.configError)}`, '');
    if (results.length > 1)
        parts.push(stepTable(results), '');
    for (const r of results) {
        const section = (r.comment ?? r.summary).trim();
        if (section)
            parts.push(section, '');
    }
    parts.push(footer(facts));
    return parts.join('\n');
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
function readRepoFile(root) {
    return (relative) => {
        const file = external_node_path_default().resolve(root, relative);
        if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile())
            return undefined;
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    };
}
/** Turns an unexpected throw into a failed step, so everything before it is still reported. */
function crashedStep(command, error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
        command,
        status: 'failed',
        headline: message.split('\n')[0] ?? message,
        summary: `### \`${command}\` failed\n\n${message}`,
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
    let config;
    try {
        config = (0,build/* buildConfig */.fD)({
            getInput: (name) => core/* getInput */.V4(name),
            readFile: readRepoFile(root),
            root,
            repository: event.repository,
            runnerEnvironment: process.env.RUNNER_ENVIRONMENT,
        });
    }
    catch (e) {
        const message = e.message;
        await publish([], { event, modelId: '-', planReason: 'configuration', configError: message }, undefined, log, deps.github);
        core/* setFailed */.C1(message);
        return;
    }
    const plan = planCommands(config, event);
    log.info(`foundry-finetune: ${plan.commands.join(' -> ')} (${plan.reason}).`);
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    core/* saveState */.LZ('cancel-on-abort', String(config.training.cancelOnAbort));
    const github = deps.github ?? createGitHubPort({ token: config.github.token, event, root, log });
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
const PHI3_SPECIAL_TOKENS = [
    '<s>',
    '</s>',
    '<unk>',
    '<|endoftext|>',
    '<|system|>',
    '<|user|>',
    '<|assistant|>',
    '<|end|>',
    '<|placeholder1|>',
    '<|placeholder2|>',
    '<|placeholder3|>',
    '<|placeholder4|>',
    '<|placeholder5|>',
    '<|placeholder6|>',
];
const PHI4_MINI_SPECIAL_TOKENS = [
    '<|endoftext|>',
    '<|system|>',
    '<|user|>',
    '<|assistant|>',
    '<|end|>',
    '<|tool|>',
    '<|/tool|>',
    '<|tool_call|>',
    '<|/tool_call|>',
    '<|tool_response|>',
];
const PHI4_SPECIAL_TOKENS = [
    '<|endoftext|>',
    '<|im_start|>',
    '<|im_sep|>',
    '<|im_end|>',
    '<|dummy_0|>',
];
/** Regions with serverless fine-tuning for the Phi-4 family (Azure's "region availability" table). */
const PHI4_SERVERLESS_REGIONS = [
    'eastus2',
    'eastus',
    'northcentralus',
    'southcentralus',
    'westus',
    'westus3',
];
/** Phi-3 and Phi-3.5 serverless fine-tuning ran in East US 2 only, until it was retired. */
const PHI3_RETIRED = { offered: false, retiredOn: '2025-08-30', regions: ['eastus2'] };
const MODELS = [
    {
        id: 'Phi-4-mini-instruct',
        defaultVersion: '1',
        family: 'phi-4',
        tokenizer: 'o200k',
        template: 'phi4-mini',
        contextLength: 131072,
        supportsToolCalls: true,
        serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
        registry: 'azureml',
        specialTokens: PHI4_MINI_SPECIAL_TOKENS,
    },
    {
        id: 'Phi-4',
        defaultVersion: '7',
        family: 'phi-4',
        tokenizer: 'cl100k',
        template: 'phi4',
        contextLength: 16384,
        supportsToolCalls: false,
        serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
        registry: 'azureml',
        specialTokens: PHI4_SPECIAL_TOKENS,
    },
    {
        id: 'Phi-3-mini-4k-instruct',
        defaultVersion: '15',
        family: 'phi-3',
        tokenizer: 'llama-sentencepiece',
        template: 'phi3',
        contextLength: 4096,
        supportsToolCalls: false,
        serverless: PHI3_RETIRED,
        registry: 'azureml',
        specialTokens: PHI3_SPECIAL_TOKENS,
    },
    {
        id: 'Phi-3-mini-128k-instruct',
        defaultVersion: '13',
        family: 'phi-3',
        tokenizer: 'llama-sentencepiece',
        template: 'phi3',
        contextLength: 131072,
        supportsToolCalls: false,
        serverless: PHI3_RETIRED,
        registry: 'azureml',
        specialTokens: PHI3_SPECIAL_TOKENS,
    },
    {
        id: 'Phi-3.5-mini-instruct',
        defaultVersion: '6',
        family: 'phi-3.5',
        tokenizer: 'llama-sentencepiece',
        template: 'phi3',
        contextLength: 131072,
        supportsToolCalls: false,
        serverless: PHI3_RETIRED,
        registry: 'azureml',
        specialTokens: PHI3_SPECIAL_TOKENS,
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
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   kb: () => (/* binding */ ICON),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   up: () => (/* binding */ formatMoney),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/** Small pure helpers every renderer uses, so tables and escapes look the same everywhere. */
/** Escapes text for a Markdown table cell or inline text (pipes, newlines, HTML, backticks). */
function cell(text) {
    if (text === undefined || text === null)
        return '';
    return String(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function table(headers, rows, align) {
    const sep = headers.map((_, i) => {
        const a = align?.[i] ?? 'left';
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map((c) => String(c)).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map(line)].join('\n');
}
/** A collapsed section; GitHub renders Markdown inside when blank lines surround it. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
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
function formatNumber(n, digits = 3) {
    if (!Number.isFinite(n))
        return String(n);
    return Number(n.toFixed(digits)).toString();
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
/** Status icons for tables; text as well so screen readers and plain logs still say it. */
const ICON = {
    succeeded: '✅',
    failed: '❌',
    skipped: '⏭️',
    pending: '⏳',
    warning: '⚠️',
};


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

//# sourceMappingURL=350.index.js.map