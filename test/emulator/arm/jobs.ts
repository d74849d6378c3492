import type { EmuRequest, EmuResponse } from '../core/http.ts';
import { Knowledge } from '../inference/knowledge.ts';
import type { ArmCall, ArmContext } from './context.ts';
import { asRecord, ML, systemData, workspaceId } from './context.ts';
import { resolveDataUri } from './data.ts';
import { badArgument, notFoundError, userError } from './errors.ts';
import { okJson, type ArmRoute } from './front-door.ts';
import { validateFineTuningJob } from './job-validation.ts';
import { isTerminal, scheduleJob, cancelJob } from './lifecycle.ts';
import { createOperation, locationHeaders } from './operations.ts';
import { matchesKeyValueFilter, paginate } from './paging.ts';
import type { JobRecord } from './state.ts';
import { WS } from './workspace.ts';

/** Jobs_CreateOrUpdate's `id` parameter pattern (mfe.json, both api-versions). */
export const JOB_NAME_PATTERN = '^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$';
/** What Azure lets a repeated PUT change on an existing job (its own error message lists them). */
const MUTABLE = ['description', 'tags', 'displayName', 'properties', 'isArchived'];

export function jobRoutes(ctx: ArmContext): ArmRoute[] {
  const read = `${ML}/workspaces/jobs/read`;
  return [
    {
      method: 'PUT',
      pattern: `${WS}/jobs/:name`,
      api: 'jobs',
      type: 'workspaces/jobs',
      action: `${ML}/workspaces/jobs/write`,
      body: 'JobBaseResource',
      answer: 'JobBaseResource',
      params: { name: JOB_NAME_PATTERN },
      handler: (req, call) => put(ctx, req, call),
    },
    {
      method: 'GET',
      pattern: `${WS}/jobs/:name`,
      api: 'jobs',
      type: 'workspaces/jobs',
      action: read,
      answer: 'JobBaseResource',
      handler: (req) => get(ctx, req),
    },
    {
      method: 'GET',
      pattern: `${WS}/jobs`,
      api: 'jobs',
      type: 'workspaces/jobs',
      action: read,
      answer: 'JobBaseResourceArmPaginatedResult',
      handler: (req) => list(ctx, req),
    },
    {
      method: 'POST',
      pattern: `${WS}/jobs/:name/cancel`,
      api: 'jobs',
      type: 'workspaces/jobs',
      action: `${ML}/workspaces/jobs/cancel/action`,
      handler: (req, call) => cancel(ctx, req, call),
    },
  ];
}

export function jobResource(ctx: ArmContext, job: JobRecord): Record<string, unknown> {
  return {
    id: `${workspaceId(ctx.ws)}/jobs/${job.name}`,
    name: job.name,
    type: `${ML}/workspaces/jobs`,
    properties: { ...job.properties, status: job.status },
    systemData: systemData(job.createdAt, job.createdBy, job.modifiedAt, job.createdBy),
  };
}

async function put(ctx: ArmContext, req: EmuRequest, call: ArmCall): Promise<EmuResponse> {
  const name = req.params.name!;
  const checked = validateFineTuningJob(ctx, req.body);
  if (!checked.ok) return checked.error;
  const { job } = checked;
  const existing = ctx.state.jobs.get(name);
  if (existing) return update(ctx, existing, job.properties);

  const training = await loadTrainingData(ctx, job.trainingUri, 'trainingData');
  if (!training.ok) return training.error;
  if (job.validationUri) {
    const validation = await loadTrainingData(ctx, job.validationUri, 'validationData');
    if (!validation.ok) return validation.error;
  }

  const now = ctx.clock.now();
  const record: JobRecord = {
    name,
    submitted: structuredClone(job.properties),
    properties: serverView(name, job.properties, ctx),
    createdAt: now,
    modifiedAt: now,
    createdBy: call.principal.name,
    status: 'NotStarted',
    schedule: [],
    baseModel: job.model,
    baseModelUri: job.modelUri,
    assetName: job.assetName,
    knowledge: training.knowledge,
    trainingExamples: training.examples,
    hasValidation: job.validationUri !== undefined,
  };
  if (training.examples < ctx.settings.minTrainingExamples) {
    record.dataProblem = `Training data has ${training.examples} valid chat examples; at least ${ctx.settings.minTrainingExamples} are required.`;
  }
  scheduleJob(ctx, record);
  ctx.state.jobs.set(name, record);
  return okJson(jobResource(ctx, record), 201);
}

function update(ctx: ArmContext, existing: JobRecord, incoming: Record<string, unknown>): EmuResponse {
  // Compared with server defaults applied to both sides, so sending back a GET's body is not a change.
  const before = comparable(ctx, existing.name, existing.submitted);
  const after = comparable(ctx, existing.name, incoming);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...keys].filter(
    (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  );
  if (changed.length > 0) {
    return userError(
      400,
      `A job with this name already exists. If you are trying to create a new job, use a different name. If you are trying to update an existing job, the existing job's ${changed.join(', ')} cannot be changed. Only description, tags, displayName, properties, and isArchived can be updated.`,
      'Immutable',
      'JobPropertyImmutable',
    );
  }
  // Jobs_CreateOrUpdate: "For update case, the Tags in the definition passed in will replace Tags in the
  // existing job."
  for (const key of ['description', 'displayName', 'properties', 'isArchived']) {
    if (incoming[key] !== undefined) existing.properties[key] = incoming[key];
  }
  existing.properties.tags = (incoming.tags as Record<string, string> | undefined) ?? {};
  existing.modifiedAt = ctx.clock.now();
  return okJson(jobResource(ctx, existing), 200);
}

function comparable(
  ctx: ArmContext,
  name: string,
  properties: Record<string, unknown>,
): Record<string, unknown> {
  const view = serverView(name, properties, ctx);
  for (const key of [...MUTABLE, 'status', 'services']) delete view[key];
  return view;
}

/** The stored job as GET shows it: what was sent, plus the fields the service fills in. */
function serverView(
  name: string,
  submitted: Record<string, unknown>,
  ctx: ArmContext,
): Record<string, unknown> {
  const view = structuredClone(submitted);
  const details = asRecord(view.fineTuningDetails)!;
  for (const key of ['model', 'trainingData', 'validationData']) {
    const input = asRecord(details[key]);
    if (input) {
      input.mode ??= 'ReadOnlyMount';
      input.description ??= null;
    }
  }
  for (const [outputName, value] of Object.entries(asRecord(view.outputs) ?? {})) {
    const output = asRecord(value);
    if (!output) continue;
    output.mode ??= 'ReadWriteMount';
    output.description ??= null;
    output.uri ??= `azureml://datastores/workspaceblobstore/paths/azureml/${name}/${outputName}/`;
  }
  view.displayName ??= name;
  view.experimentName ??= 'Default';
  view.description ??= null;
  view.computeId ??= null;
  view.componentId ??= null;
  view.identity ??= { identityType: 'AMLToken' };
  view.isArchived ??= false;
  view.tags ??= {};
  view.properties ??= {};
  view.services ??= {
    Studio: {
      jobServiceType: 'Studio',
      endpoint: `https://ml.azure.com/runs/${name}?wsid=${workspaceId(ctx.ws)}`,
      status: null,
    },
  };
  return view;
}

async function loadTrainingData(
  ctx: ArmContext,
  uri: string,
  field: string,
): Promise<{ ok: true; knowledge: Knowledge; examples: number } | { ok: false; error: EmuResponse }> {
  const resolved = resolveDataUri(ctx, uri);
  if (!resolved.ok)
    return { ok: false, error: userError(400, `${field}: ${resolved.message}`, 'NotFoundError') };
  const bytes = await ctx.blobs.read(resolved.container, resolved.path);
  if (!bytes) {
    return {
      ok: false,
      error: userError(
        400,
        `${field}: the file '${resolved.path}' does not exist in container '${resolved.container}' of the workspace's storage (from '${uri}').`,
        'NotFoundError',
      ),
    };
  }
  const parsed = Knowledge.fromJsonl(bytes.toString('utf8'));
  return { ok: true, knowledge: parsed.knowledge, examples: parsed.examples };
}

function get(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const job = ctx.state.jobs.get(req.params.name!);
  return job ? okJson(jobResource(ctx, job)) : notFoundError(`Job '${req.params.name}'`);
}

function list(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const jobType = req.query.get('jobType');
  const tag = req.query.get('tag');
  const propertyFilter = req.query.get('properties');
  const view = req.query.get('listViewType') ?? 'ActiveOnly';
  if (!['ActiveOnly', 'ArchivedOnly', 'All'].includes(view))
    return badArgument(
      `listViewType must be ActiveOnly, ArchivedOnly or All; got '${view}'.`,
      'listViewType',
    );
  const jobs = [...ctx.state.jobs.values()]
    .filter((j) => !jobType || j.properties.jobType === jobType)
    .filter((j) => matchesKeyValueFilter(tag, j.properties.tags as Record<string, string>))
    .filter((j) => matchesKeyValueFilter(propertyFilter, j.properties.properties as Record<string, string>))
    .filter((j) => view === 'All' || (view === 'ArchivedOnly') === (j.properties.isArchived === true))
    .sort((a, b) => b.createdAt - a.createdAt);
  const result = paginate(
    jobs.map((j) => jobResource(ctx, j)),
    req,
    ctx.urls.arm,
    ctx.settings.pageSize,
  );
  return result.ok ? okJson(result.page) : result.error;
}

function cancel(ctx: ArmContext, req: EmuRequest, call: ArmCall): EmuResponse {
  const job = ctx.state.jobs.get(req.params.name!);
  if (!job) return notFoundError(`Job '${req.params.name}'`);
  if (isTerminal(job.status)) {
    return userError(
      400,
      `Job '${job.name}' is already in terminal state '${job.status}' and cannot be canceled.`,
      'JobInTerminalState',
    );
  }
  cancelJob(ctx, job);
  const op = createOperation(
    ctx,
    'job-cancel',
    job.name,
    () => {
      if (job.status === 'Canceled') return { status: 'Succeeded', endedAt: job.endedAt };
      if (isTerminal(job.status)) return { status: 'Succeeded', endedAt: job.endedAt };
      return { status: 'InProgress' };
    },
    () => ({ status: 200 }),
  );
  return { status: 202, headers: locationHeaders(ctx, op, call.apiVersion, false) };
}
