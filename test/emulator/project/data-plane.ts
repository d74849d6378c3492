/**
 * The Foundry resource's `/openai/v1` data plane, at `{origin}/openai/v1/...` (resource endpoint) and
 * `{origin}/api/projects/{project}/openai/v1/...` (project endpoint): files with processing states,
 * fine-tuning jobs with their states, events, checkpoints, cancel/pause/resume, and chat completions of
 * deployed fine-tuned models. Request bodies are checked as strictly as OpenAI's and Azure's v1 specs say
 * (required fields, enums, bounds, unknown fields); errors use the v1 envelope
 * `{error: {code, message, param, type}}` (V1SPEC AzureErrorResponse); every answer carries
 * `apim-request-id` and the `x-ratelimit-*` headers (D-QUOTA).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { header, json, type EmuRequest, type EmuResponse, type Handler } from '../core/http.ts';
import { Router } from '../core/router.ts';
import { bearer } from '../core/http.ts';
import { normalizeAudience } from '../identity/tokens.ts';
import { inferenceHandler } from '../inference/server.ts';
import type { FileRecord, JobRecord, ProjectContext } from './context.ts';
import { unix } from './context.ts';
import { addEvent, epochsOf, fileStatus, inferenceName, pauseJob, TERMINAL_JOB } from './lifecycle.ts';
import { parseMultipart } from './multipart.ts';
import { validateJobBody } from './validation.ts';
import { dataPlaneError } from './errors.ts';

export { dataPlaneError, dataPlaneFaultAnswer } from './errors.ts';

/** Audiences the data plane accepts (D-V1: ai.azure.com; V1SPEC security: cognitiveservices.azure.com). */
export const DATA_PLANE_AUDIENCES = ['https://ai.azure.com', 'https://cognitiveservices.azure.com'];
const API_VERSIONS = new Set(['v1', 'preview']);
const PURPOSES = new Set(['assistants', 'batch', 'fine-tune', 'evals']);
const MAX_FILE_BYTES = 512 * 1024 * 1024;

type Authorized = { principal: string } | EmuResponse;

function authorize(ctx: ProjectContext, req: EmuRequest): Authorized {
  const key = header(req, 'api-key');
  const token = bearer(req);
  if (key !== undefined) {
    if (key === ctx.keys.key1 || key === ctx.keys.key2) return { principal: 'api-key' };
    return dataPlaneError(
      401,
      '401',
      'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    );
  }
  if (!token) {
    return dataPlaneError(
      401,
      '401',
      'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
    );
  }
  if (token === ctx.keys.key1 || token === ctx.keys.key2) return { principal: 'api-key' };
  const accepted = new Set(DATA_PLANE_AUDIENCES.map(normalizeAudience));
  const verdict = ctx.tokens.check(token, (a) => accepted.has(a), DATA_PLANE_AUDIENCES);
  if (!verdict.ok) {
    return dataPlaneError(
      401,
      '401',
      'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.',
    );
  }
  return { principal: verdict.principal.objectId };
}

function allowed(ctx: ProjectContext, action: string): boolean {
  return ctx.settings.dataActions.some((pattern) => {
    const re = new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'i',
    );
    return re.test(action);
  });
}

const DA = 'Microsoft.CognitiveServices/accounts/OpenAI';

function rateHeaders(ctx: ProjectContext): { headers: Record<string, string>; limited: boolean } {
  const now = Date.now();
  const times = ctx.state.requestTimes;
  while (times.length > 0 && times[0]! <= now - 60_000) times.shift();
  const limit = ctx.settings.requestsPerMinute;
  const limited = times.length >= limit;
  if (!limited) times.push(now);
  const resetMs = times.length > 0 ? Math.max(0, times[0]! + 60_000 - now) : 0;
  return {
    limited,
    headers: {
      'x-ratelimit-limit-requests': String(limit),
      'x-ratelimit-remaining-requests': String(Math.max(0, limit - times.length)),
      'x-ratelimit-reset-requests': `${Math.ceil(resetMs / 1000)}s`,
      'x-ratelimit-limit-tokens': String(limit * 1000),
      'x-ratelimit-remaining-tokens': String(Math.max(0, (limit - times.length) * 1000)),
      'x-ratelimit-reset-tokens': `${Math.ceil(resetMs / 1000)}s`,
      ...(limited
        ? { 'retry-after-ms': String(resetMs), 'retry-after': String(Math.ceil(resetMs / 1000)) }
        : {}),
    },
  };
}

export function fileObject(ctx: ProjectContext, f: FileRecord): Record<string, unknown> {
  const status = fileStatus(ctx, f);
  return {
    object: 'file',
    id: f.id,
    bytes: f.bytes,
    created_at: unix(f.createdAt),
    filename: f.filename,
    purpose: f.purpose,
    status,
    ...(status === 'error' ? { status_details: f.problem } : {}),
  };
}

function filledHyperparameters(job: JobRecord): Record<string, number | string> {
  const hp: Record<string, number | string> = {
    batch_size: 'auto',
    learning_rate_multiplier: 'auto',
    n_epochs: 'auto',
    ...job.hyperparameters,
  };
  if (job.method === 'dpo') hp.beta ??= 'auto';
  return hp;
}

export function jobObject(job: JobRecord): Record<string, unknown> {
  const hp = filledHyperparameters(job);
  const body = job.body;
  return {
    object: 'fine_tuning.job',
    id: job.id,
    model: job.model,
    created_at: unix(job.createdAt),
    finished_at: job.finishedAt !== undefined ? unix(job.finishedAt) : null,
    fine_tuned_model: job.fineTunedModel ?? null,
    organization_id: null,
    result_files: job.resultFileId ? [job.resultFileId] : null,
    status: job.status,
    validation_file: body.validation_file ?? null,
    training_file: body.training_file,
    hyperparameters: {
      batch_size: hp.batch_size,
      learning_rate_multiplier: hp.learning_rate_multiplier,
      n_epochs: hp.n_epochs,
    },
    method: { type: job.method, [job.method]: { hyperparameters: hp } },
    metadata: body.metadata ?? null,
    seed: job.seed,
    trained_tokens: job.status === 'succeeded' ? job.trainingJsonl.length * epochsOf(job) : null,
    error: job.error ?? null,
    user_provided_suffix: body.suffix ?? null,
    estimated_finish: null,
    integrations: body.integrations ?? [],
    trainingType: job.trainingType,
  };
}

/** A cursor page (`after`, `limit`) over items already in the list's order. */
function page<T extends { id: string }>(
  items: T[],
  req: EmuRequest,
  defaultLimit: number,
  render: (item: T) => unknown,
): EmuResponse {
  const limitText = req.query.get('limit');
  const limit = limitText === null ? defaultLimit : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return dataPlaneError(
      400,
      'invalid_value',
      `Invalid 'limit': ${limitText}. It must be an integer from 1 to 100.`,
      'limit',
    );
  }
  const after = req.query.get('after');
  let start = 0;
  if (after) {
    const i = items.findIndex((x) => x.id === after);
    if (i < 0) return dataPlaneError(400, 'invalid_value', `Invalid 'after': no item '${after}'.`, 'after');
    start = i + 1;
  }
  const slice = items.slice(start, start + limit);
  return json(200, {
    object: 'list',
    data: slice.map(render),
    has_more: start + limit < items.length,
    first_id: slice[0]?.id ?? null,
    last_id: slice.at(-1)?.id ?? null,
  });
}

function hex(n: number): string {
  return randomBytes(n).toString('hex');
}

export function dataPlaneHandler(ctx: ProjectContext): Handler {
  const inference = inferenceHandler(ctx.inference);
  const router = new Router((req) =>
    dataPlaneError(404, '404', `Resource not found: ${req.method} ${req.path}`),
  );
  const job = (req: EmuRequest): JobRecord | EmuResponse =>
    ctx.state.jobs.get(req.params.id!) ??
    dataPlaneError(
      404,
      'NotFound',
      `The fine-tuning job '${req.params.id}' was not found.`,
      'fine_tuning_job_id',
    );
  const isResponse = (x: unknown): x is EmuResponse =>
    typeof x === 'object' &&
    x !== null &&
    'status' in x &&
    typeof (x as EmuResponse).status === 'number' &&
    !('createdAt' in x);

  const routes: [string, string, string, (req: EmuRequest) => Promise<EmuResponse> | EmuResponse][] = [
    ['POST', 'files', `${DA}/files/write`, (req) => uploadFile(ctx, req)],
    [
      'GET',
      'files',
      `${DA}/files/read`,
      (req) => {
        const purpose = req.query.get('purpose');
        const order = req.query.get('order') ?? 'desc';
        if (order !== 'asc' && order !== 'desc')
          return dataPlaneError(400, 'invalid_value', `Invalid 'order': ${order}.`, 'order');
        const files = [...ctx.state.files.values()]
          .filter((f) => !f.deleted && (!purpose || f.purpose === purpose))
          .sort((a, b) => (order === 'asc' ? a.createdAt - b.createdAt : b.createdAt - a.createdAt));
        return page(files, req, 100, (f) => fileObject(ctx, f));
      },
    ],
    [
      'GET',
      'files/:id',
      `${DA}/files/read`,
      (req) => {
        const f = ctx.state.files.get(req.params.id!);
        return f && !f.deleted
          ? json(200, fileObject(ctx, f))
          : dataPlaneError(404, 'NotFound', `File '${req.params.id}' not found.`, 'file_id');
      },
    ],
    [
      'GET',
      'files/:id/content',
      `${DA}/files/read`,
      (req) => {
        const f = ctx.state.files.get(req.params.id!);
        if (!f || f.deleted)
          return dataPlaneError(404, 'NotFound', `File '${req.params.id}' not found.`, 'file_id');
        return { status: 200, headers: { 'content-type': 'application/octet-stream' }, raw: f.content };
      },
    ],
    [
      'DELETE',
      'files/:id',
      `${DA}/files/delete`,
      (req) => {
        const f = ctx.state.files.get(req.params.id!);
        if (!f || f.deleted)
          return dataPlaneError(404, 'NotFound', `File '${req.params.id}' not found.`, 'file_id');
        f.deleted = true;
        return json(200, { id: f.id, object: 'file', deleted: true });
      },
    ],
    ['POST', 'fine_tuning/jobs', `${DA}/fine-tunes/write`, (req) => createJob(ctx, req)],
    [
      'GET',
      'fine_tuning/jobs',
      `${DA}/fine-tunes/read`,
      (req) => {
        const jobs = [...ctx.state.jobs.values()].sort(
          (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1),
        );
        return page(jobs, req, 20, jobObject);
      },
    ],
    [
      'GET',
      'fine_tuning/jobs/:id',
      `${DA}/fine-tunes/read`,
      (req) => {
        const j = job(req);
        return isResponse(j) ? j : json(200, jobObject(j));
      },
    ],
    [
      'POST',
      'fine_tuning/jobs/:id/cancel',
      `${DA}/fine-tunes/write`,
      (req) => {
        const j = job(req);
        if (isResponse(j)) return j;
        if (TERMINAL_JOB.has(j.status))
          return dataPlaneError(
            400,
            'invalid_request',
            `Job ${j.id} has already ${j.status === 'cancelled' ? 'been cancelled' : j.status}.`,
          );
        const now = ctx.clock.now();
        j.status = 'cancelled';
        j.finishedAt = now;
        j.runningSince = undefined;
        addEvent(j, now, 'Job cancelled.');
        return json(200, jobObject(j));
      },
    ],
    [
      'POST',
      'fine_tuning/jobs/:id/pause',
      `${DA}/fine-tunes/write`,
      (req) => {
        const j = job(req);
        if (isResponse(j)) return j;
        const trained = j.trainedMs + (j.runningSince !== undefined ? ctx.clock.now() - j.runningSince : 0);
        if (j.status !== 'running' || trained <= 0)
          return dataPlaneError(
            400,
            'invalid_request',
            `Job ${j.id} cannot be paused: only a running job that has trained at least one step can be.`,
          );
        pauseJob(ctx, j);
        return json(200, jobObject(j));
      },
    ],
    [
      'POST',
      'fine_tuning/jobs/:id/resume',
      `${DA}/fine-tunes/write`,
      (req) => {
        const j = job(req);
        if (isResponse(j)) return j;
        if (j.status !== 'paused')
          return dataPlaneError(
            400,
            'invalid_request',
            `Job ${j.id} is ${j.status}; only a paused job can be resumed.`,
          );
        j.status = 'resuming';
        return json(200, jobObject(j));
      },
    ],
    [
      'GET',
      'fine_tuning/jobs/:id/events',
      `${DA}/fine-tunes/read`,
      (req) => {
        const j = job(req);
        if (isResponse(j)) return j;
        const events = [...j.events].reverse();
        return page(events, req, 20, (e) => ({
          object: 'fine_tuning.job.event',
          id: e.id,
          created_at: unix(e.at),
          level: e.level,
          message: e.message,
          data: e.data ?? null,
          type: e.type,
        }));
      },
    ],
    [
      'GET',
      'fine_tuning/jobs/:id/checkpoints',
      `${DA}/fine-tunes/read`,
      (req) => {
        const j = job(req);
        if (isResponse(j)) return j;
        const list = j.status === 'succeeded' || j.status === 'paused' ? [...j.checkpoints].reverse() : [];
        return page(list, req, 10, (c) => ({
          object: 'fine_tuning.job.checkpoint',
          id: c.id,
          created_at: unix(c.at),
          fine_tuned_model_checkpoint: `${j.fineTunedModel ?? `${j.model}.ft-${j.id.slice(6)}`}:ckpt-step-${c.step}`,
          step_number: c.step,
          metrics: c.metrics,
          fine_tuning_job_id: j.id,
        }));
      },
    ],
    [
      'POST',
      'chat/completions',
      `${DA}/deployments/chat/completions/action`,
      async (req) => {
        const model = (req.body as { model?: unknown } | undefined)?.model;
        if (typeof model !== 'string' || model === '')
          return dataPlaneError(400, 'invalid_request', "'model' is required: the deployment name.", 'model');
        const d = ctx.state.deployments.get(model);
        if (!d || d.provisioningState !== 'Succeeded' || d.deletingUntil !== undefined) {
          return dataPlaneError(
            404,
            'DeploymentNotFound',
            'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
          );
        }
        const name = inferenceName(ctx, model);
        return inference({
          ...req,
          path: `/serverless/${encodeURIComponent(name)}/chat/completions`,
          headers: { ...req.headers, authorization: undefined, 'api-key': ctx.keys.key1 },
          params: {},
        });
      },
    ],
  ];

  for (const [method, path, action, handle] of routes) {
    const wrapped = async (req: EmuRequest): Promise<EmuResponse> => {
      const project = req.params.project;
      if (project !== undefined && project.toLowerCase() !== ctx.project.toLowerCase()) {
        return dataPlaneError(
          404,
          'NotFound',
          `Project '${project}' was not found in resource '${ctx.account}'.`,
        );
      }
      const version = req.query.get('api-version');
      if (version !== null && !API_VERSIONS.has(version)) {
        return dataPlaneError(
          400,
          'BadRequest',
          `API version not supported: '${version}'. The v1 routes take 'v1', 'preview' or none.`,
        );
      }
      const who = authorize(ctx, req);
      if ('status' in who) return who;
      if (!allowed(ctx, action)) {
        return dataPlaneError(
          403,
          'PermissionDenied',
          `The principal \`${who.principal}\` lacks the required data action \`${action}\` to perform \`${req.method} ${req.path}\` operation.`,
        );
      }
      if (req.jsonError !== undefined)
        return dataPlaneError(
          400,
          'invalid_json',
          `We could not parse the JSON body of your request: ${req.jsonError}`,
        );
      return handle(req);
    };
    router.add(method, `/openai/v1/${path}`, wrapped);
    router.add(method, `/api/projects/:project/openai/v1/${path}`, wrapped);
  }

  return async (req) => {
    const rate = rateHeaders(ctx);
    const id = randomUUID();
    if (rate.limited) {
      const r = dataPlaneError(
        429,
        '429',
        `Requests to the Fine-tuning API have exceeded the rate limit of your current tier. Please retry after ${rate.headers['retry-after']} seconds.`,
        null,
      );
      return { ...r, headers: { ...rate.headers, 'apim-request-id': id } };
    }
    const response = await router.handle(req);
    return { ...response, headers: { 'apim-request-id': id, ...rate.headers, ...response.headers } };
  };
}

function uploadFile(ctx: ProjectContext, req: EmuRequest): EmuResponse {
  const type = header(req, 'content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type)) {
    return dataPlaneError(
      400,
      'invalid_request',
      "Files are uploaded as multipart/form-data with the fields 'purpose' and 'file'.",
    );
  }
  const parts = parseMultipart(req.rawBody, type);
  if (!parts) return dataPlaneError(400, 'invalid_request', 'The multipart body could not be read.');
  const known = new Set(['purpose', 'file', 'expires_after[anchor]', 'expires_after[seconds]']);
  for (const p of parts)
    if (!known.has(p.name))
      return dataPlaneError(
        400,
        'invalid_request',
        `Unrecognized request argument supplied: ${p.name}`,
        p.name,
      );
  const purpose = parts.find((p) => p.name === 'purpose')?.data.toString('utf8');
  const file = parts.find((p) => p.name === 'file');
  if (!purpose) return dataPlaneError(400, 'invalid_request', "'purpose' is required.", 'purpose');
  if (!PURPOSES.has(purpose))
    return dataPlaneError(
      400,
      'invalid_value',
      `Invalid value for 'purpose': '${purpose}'. Supported: ${[...PURPOSES].join(', ')}.`,
      'purpose',
    );
  if (!file || file.filename === undefined)
    return dataPlaneError(400, 'invalid_request', "'file' is required.", 'file');
  const anchor = parts.find((p) => p.name === 'expires_after[anchor]')?.data.toString('utf8');
  const seconds = parts.find((p) => p.name === 'expires_after[seconds]')?.data.toString('utf8');
  if (anchor !== undefined && anchor !== 'created_at')
    return dataPlaneError(
      400,
      'invalid_value',
      "expires_after[anchor] must be 'created_at'.",
      'expires_after',
    );
  if (seconds !== undefined && !(Number.isInteger(Number(seconds)) && Number(seconds) > 0))
    return dataPlaneError(
      400,
      'invalid_value',
      'expires_after[seconds] must be a positive integer.',
      'expires_after',
    );
  if (file.data.length > MAX_FILE_BYTES)
    return dataPlaneError(400, 'invalid_request', 'The file is larger than 512 MB.', 'file');
  if (purpose === 'fine-tune' && !/\.jsonl$/i.test(file.filename)) {
    return dataPlaneError(
      400,
      'invalid_request',
      `Invalid file format for fine-tuning: '${file.filename}'. Supported: .jsonl`,
      'file',
    );
  }
  const now = ctx.clock.now();
  const id = `file-${hex(16)}`;
  const record: FileRecord = {
    id,
    filename: file.filename,
    purpose,
    bytes: file.data.length,
    content: file.data,
    createdAt: now,
    readyAt: now + ctx.settings.timings.fileProcessingMs,
    problem: purpose === 'fine-tune' ? jsonlProblem(file.data.toString('utf8')) : undefined,
  };
  ctx.state.files.set(id, record);
  return json(200, fileObject(ctx, record));
}

/** Processing fails on a line that is not JSON (the format check; the job checks the shape). */
function jsonlProblem(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    try {
      JSON.parse(lines[i]!);
    } catch {
      return `Invalid JSON on line ${i + 1}.`;
    }
  }
  return undefined;
}

function createJob(ctx: ProjectContext, req: EmuRequest): EmuResponse {
  const verdict = validateJobBody(ctx, req.body);
  if ('error' in verdict) return verdict.error;
  const { body, catalog, method, trainingType, hyperparameters, training } = verdict;
  const now = ctx.clock.now();
  const id = `ftjob-${hex(16)}`;
  const suffix = typeof body.suffix === 'string' ? body.suffix : id;
  const scripted = ctx.faults.takeJobFailure(suffix);
  const problem = dataProblem(ctx, training.content.toString('utf8'), method);
  const record: JobRecord = {
    id,
    createdAt: now,
    body,
    model: catalog.name,
    catalog,
    method,
    trainingType,
    hyperparameters,
    status: 'pending',
    trainedMs: 0,
    startsAt: now + ctx.settings.timings.jobQueuedMs,
    events: [],
    checkpoints: [],
    seed: typeof body.seed === 'number' ? body.seed : Math.floor(Math.random() * 2_147_483_647),
    trainingJsonl: training.content.toString('utf8'),
    createdBy: 'principal',
    failure: problem
      ? { code: 'invalid_training_file', message: problem, param: 'training_file', afterMs: 0 }
      : scripted
        ? {
            code: 'internal_error',
            message: scripted.message,
            param: null,
            afterMs: scripted.phase === 'Queued' ? 0 : Math.floor(ctx.settings.timings.trainingMs / 2),
          }
        : undefined,
  };
  addEvent(record, now, 'Job enqueued. Waiting for jobs ahead to complete.');
  ctx.state.jobs.set(id, record);
  return json(200, jobObject(record));
}

/** The training file's shape for the method (D-REST: at least 10 examples; D-DPO: DPO line shape). */
function dataProblem(ctx: ProjectContext, text: string, method: 'supervised' | 'dpo'): string | undefined {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (lines.length < ctx.settings.minTrainingExamples) {
    return `The training file has ${lines.length} examples; at least ${ctx.settings.minTrainingExamples} are required.`;
  }
  for (let i = 0; i < lines.length; i++) {
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(lines[i]!) as Record<string, unknown>;
    } catch {
      return `Line ${i + 1} is not valid JSON.`;
    }
    if (method === 'dpo') {
      const input = row.input as { messages?: unknown } | undefined;
      const ok = (v: unknown): boolean =>
        Array.isArray(v) &&
        v.length > 0 &&
        v.every((m) => ['assistant', 'tool'].includes(String((m as { role?: unknown }).role))) &&
        v.some((m) => (m as { role?: unknown }).role === 'assistant');
      if (
        !input ||
        !Array.isArray(input.messages) ||
        !ok(row.preferred_output) ||
        !ok(row.non_preferred_output)
      ) {
        return `Line ${i + 1} is not a DPO example: it needs input.messages, preferred_output and non_preferred_output (assistant or tool messages, at least one assistant).`;
      }
    } else if (!Array.isArray(row.messages)) {
      return `Line ${i + 1} has no 'messages' array.`;
    }
  }
  return undefined;
}
