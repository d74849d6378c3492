/**
 * Every setting the action takes, once: its input name, where it lives in the config file, its kind,
 * its default and its description. `action.yml` and the README's input table are generated from this
 * list (`npm run docs`), and a test fails when they drift apart.
 */

export type SettingKind =
  | { type: 'string' }
  | { type: 'path' }
  | { type: 'secret' }
  | { type: 'boolean' }
  | { type: 'number'; min?: number; max?: number; exclusiveMin?: boolean }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'list' }
  | { type: 'map' }
  | { type: 'wait' }
  | { type: 'days' };

export type SettingGroup =
  | 'General'
  | 'Data'
  | 'Validation'
  | 'Training'
  | 'Azure'
  | 'Deployment'
  | 'Evaluation'
  | 'Gate'
  | 'Cleanup'
  | 'Content safety'
  | 'GitHub';

export interface Setting {
  input: string;
  /** Dotted path in the config file; absent for settings that only make sense as inputs. */
  key?: string;
  kind: SettingKind;
  /** Default as written in docs; parsed like user input. */
  default?: string;
  /** Default computed at run time, described in words. */
  defaultText?: string;
  group: SettingGroup;
  description: string;
}

export const COMMANDS = [
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
] as const;

export const SETTINGS: readonly Setting[] = [
  // General
  {
    input: 'command',
    kind: { type: 'enum', values: COMMANDS },
    default: 'auto',
    group: 'General',
    description:
      "What to run: `validate`, `preflight`, `train`, `resume`, `deploy`, `evaluate`, `gate` (evaluates, then gates and promotes), `retrain`, `cleanup` or `convert` (writes each data file in another tool's format as chat JSONL beside it, `<name>.chat.jsonl`). `auto` picks from the event: `validate` on pull_request (plus `evaluate` and `gate` when `endpoint-url` is given), `train` -> `deploy` -> `evaluate` -> `gate` on a push to the default branch, `resume` -> `retrain` -> `cleanup` on schedule and workflow_dispatch.",
  },
  {
    input: 'config-file',
    kind: { type: 'path' },
    default: '.github/finetune.yml',
    group: 'General',
    description:
      'YAML file with the settings a team keeps stable. Inputs override it. Missing is fine unless you set this input.',
  },
  {
    input: 'model',
    key: 'model',
    kind: { type: 'string' },
    default: 'Phi-4-mini-instruct',
    group: 'General',
    description:
      'Base model to fine-tune: Phi-4-mini-instruct, Phi-4, Phi-3-mini-4k-instruct, Phi-3-mini-128k-instruct or Phi-3.5-mini-instruct (the Phi-3 family only on managed compute).',
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
    description:
      'Chat training data, JSON Lines (`{"messages": [...]}` per line), relative to the repository root.',
  },
  {
    input: 'validation-file',
    key: 'data.validation',
    kind: { type: 'path' },
    group: 'Data',
    description:
      'Validation data in the same format. When absent, a seeded split of the training file is used.',
  },
  {
    input: 'golden-file',
    key: 'data.golden',
    kind: { type: 'path' },
    group: 'Data',
    description:
      'Golden evaluation set: `{messages, expected}` per line, or a chat example whose last assistant message is the reference.',
  },
  {
    input: 'split-ratio',
    key: 'data.split-ratio',
    kind: { type: 'number', min: 0, max: 0.5 },
    default: '0.1',
    group: 'Data',
    description:
      'Share of training examples held out for validation when no validation file is given (0 turns the split off).',
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
    description:
      'Commit or ref to compare the datasets with (examples added, removed, changed; token delta).',
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
    description:
      'Extra hyperparameters passed as they are, `name=value` per line (or a map in the config file). They take part in the job identity.',
  },
  {
    input: 'price-per-1k-training-tokens',
    key: 'training.price-per-1k-tokens',
    kind: { type: 'number', min: 0 },
    group: 'Training',
    description:
      "Your price per 1,000 billed training tokens, for the cost estimate (see Azure's pricing page).",
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
    description:
      'VM size for fine-tuning (e.g. Standard_NC24ads_A100_v4): on `compute` when set, else on serverless compute of that size.',
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
    description:
      '`true`: follow the job to its end (on GitHub-hosted runners at most 330 minutes, then hand it to a later run); `false`: submit and stop; a number: minutes to follow it.',
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
    description:
      'Cancel the Azure job when the workflow run is cancelled (otherwise a later run resumes it).',
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
    description:
      'Azure AI Foundry hub project (Azure Machine Learning workspace) name, or its resource id (`/subscriptions/.../resourceGroups/.../providers/Microsoft.MachineLearningServices/workspaces/...`), which sets the subscription and resource group too.',
  },
  {
    input: 'tenant-id',
    key: 'azure.tenant-id',
    kind: { type: 'string' },
    group: 'Azure',
    description:
      'Entra tenant for GitHub OIDC. With client-id: federated credential; without: DefaultAzureCredential.',
  },
  {
    input: 'client-id',
    key: 'azure.client-id',
    kind: { type: 'string' },
    group: 'Azure',
    description:
      'Client id of the app registration or managed identity with a federated credential for this repository.',
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
    description:
      'ARM api-version of the fine-tuning job calls (create, get, list, cancel): a version whose spec defines FineTuning jobs. Everything else uses 2025-12-01.',
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
    description:
      'Candidate endpoint to evaluate (e.g. on a pull request). Default: the endpoint `deploy` produced.',
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
    description:
      'What the candidate is compared with: the model tagged `stage=production` and its endpoint, `baseline-endpoint-url`, or nothing. `auto`: the endpoint when given, else production when there is one.',
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
    description:
      "Stay under this many requests a minute per endpoint (the deployment's limit is about 1,000).",
  },
  {
    input: 'tokens-per-minute',
    key: 'evaluation.tokens-per-minute',
    kind: { type: 'integer', min: 1 },
    default: '150000',
    group: 'Evaluation',
    description:
      "Stay under this many tokens a minute per endpoint (the deployment's limit is about 200,000).",
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
    description:
      'Largest share (0 to 1) of golden examples an endpoint may leave unanswered after every retry. Above it the evaluation fails and no gate or promotion runs: the scores would describe only the examples that got through.',
  },
  // Gate
  {
    input: 'gates',
    key: 'gates',
    kind: { type: 'list' },
    group: 'Gate',
    description:
      'Promotion gates, one expression per line, e.g. `f1 >= 0.6`, `rougeL >= baseline.rougeL - 0.02`, `delta.f1.ci_low > 0`.',
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
    description:
      'Your hourly hosting price of a deployed fine-tuned model, to report what idle endpoints cost.',
  },
  // Content safety
  {
    input: 'content-safety-endpoint',
    key: 'content-safety.endpoint',
    kind: { type: 'string' },
    group: 'Content safety',
    description:
      'Azure AI Content Safety resource endpoint; when set, training data and answers are screened.',
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
    description:
      'File, relative to the repository root, that keeps screening results by content hash (no text) so unchanged examples are not sent again; keep it across runs with `actions/cache`.',
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
    description:
      "How the model is fine-tuned: `sft` (supervised, on chat examples) or `dpo` (direct preference optimization, on preference pairs in Azure's `{input, preferred_output, non_preferred_output}` format).",
  },
  {
    input: 'golden-leakage-share',
    key: 'validation.golden-leakage-share',
    kind: { type: 'number', min: 0, max: 1 },
    default: '0.1',
    group: 'Validation',
    description:
      'Share of golden examples whose question is also in the training (or validation) data above which that is an error; at or below it, a warning.',
  },
  {
    input: 'idle-endpoints',
    key: 'cleanup.idle-endpoints',
    kind: { type: 'enum', values: ['delete', 'keep'] },
    default: 'delete',
    group: 'Cleanup',
    description:
      "Endpoints of this repository's models that are not in production (they are billed by the hour even without traffic): `delete` them, keeping the registered versions per `keep` so any can be deployed again; or `keep` them deployed.",
  },
];

export interface OutputSpec {
  name: string;
  description: string;
}

export const OUTPUTS: readonly OutputSpec[] = [
  { name: 'command', description: 'Commands that ran, comma-separated.' },
  { name: 'valid', description: '`true` when the datasets have no errors.' },
  { name: 'errors', description: 'Number of dataset errors.' },
  { name: 'warnings', description: 'Number of dataset warnings.' },
  { name: 'examples', description: 'Training examples (after the split).' },
  {
    name: 'tokens',
    description:
      'Tokens of the training examples (after the split), counted with the model tokenizer and chat template.',
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

export function settingByInput(input: string): Setting {
  const s = SETTINGS.find((x) => x.input === input);
  if (!s) throw new Error(`unknown setting ${input}`);
  return s;
}
