/**
 * `cleanup`: applies the retention policy (`keep`, `max-age`) to this repository's fine-tuned model
 * versions. Endpoints go first, each followed until Azure says it is gone, and a version is deleted only
 * once every endpoint that deployed it is gone (Azure refuses otherwise, and a model left half-deleted is
 * still billed). Production and its endpoint are never touched. `dry-run` sends no mutating request.
 */
import { errorMessage } from '../foundry/errors.ts';
import { modelAssetId } from '../foundry/endpoint-name.ts';
import { TAGS } from '../foundry/identity.ts';
import { connectFoundry, type Foundry } from '../foundry/index.ts';
import { buildInventory, isProduction, type ModelEntry } from '../lifecycle/inventory.ts';
import { repositoryVersions } from '../lifecycle/registry.ts';
import {
  hostingAfter,
  planRetention,
  strayEndpoints,
  type HostingReport,
  type RetentionPlan,
} from '../lifecycle/retention.ts';
import { renderCleanupSummary } from '../report/cleanup.ts';
import { formatMoney, plural } from '../report/markdown.ts';
import type { ModelAction } from '../report/models.ts';
import { renderFailure } from '../report/steps.ts';
import type { Command, CommandContext, StepResult } from './types.ts';
import type { Logger } from '../runtime/types.ts';

/** Endpoint deletions in flight at once: each takes minutes in Azure, and ARM throttles bursts. */
export const ENDPOINT_DELETE_CONCURRENCY = 4;

export const cleanupCommand: Command = async (ctx) => {
  try {
    const foundry = connectFoundry(ctx.config, ctx.log, ctx.signal, { clock: ctx.clock });
    return await cleanup(ctx, foundry);
  } catch (e) {
    const message = errorMessage(e);
    return {
      command: 'cleanup',
      status: 'failed',
      headline: message.split('\n')[0] ?? message,
      summary: renderFailure('Cleanup failed', message),
      outputs: {},
      annotations: [],
      failure: message,
    };
  }
};

/** What happened to one removed version; `undefined` in the map means kept. */
type Outcome =
  | { kind: 'deleted'; endpoints: string[] }
  | { kind: 'would-delete'; endpoints: string[] }
  | { kind: 'failed'; message: string };

/** Endpoints of one kept version that cleanup deleted because they were idle, and what failed. */
interface IdleOutcome {
  deleted: string[];
  failure?: string;
}

async function cleanup(ctx: CommandContext, foundry: Foundry): Promise<StepResult> {
  const { config, event, log } = ctx;
  const name = config.training.modelName;
  const [versions, endpoints, ws] = await Promise.all([
    repositoryVersions(foundry, config, event.repository),
    foundry.listEndpoints(),
    foundry.workspace(),
  ]);
  const entries = buildInventory(name, versions, endpoints, (v) => modelAssetId(ws, name, v));
  const now = ctx.clock.now();
  const plan = planRetention(entries, {
    keep: config.cleanup.keep,
    maxAgeDays: config.cleanup.maxAgeDays,
    now,
    idleEndpoints: config.cleanup.idleEndpoints,
  });
  const strays = strayEndpoints(endpoints, entries, event.repository, TAGS.repository);
  const dryRun = config.cleanup.dryRun;

  const outcomes = new Map<string, Outcome>();
  const idle = new Map<string, IdleOutcome>();
  const deletedEndpoints = new Set<string>();
  if (dryRun) {
    for (const entry of plan.remove) {
      outcomes.set(entry.version, { kind: 'would-delete', endpoints: endpointsOf(plan, entry) });
      log.info(`dry-run: would delete ${name}:${entry.version}${withEndpoints(endpointsOf(plan, entry))}.`);
    }
    for (const d of plan.endpoints.filter((x) => x.idle)) {
      idleOf(idle, d.version).deleted.push(d.endpoint);
      log.info(`dry-run: would delete the idle endpoint ${d.endpoint} of ${name}:${d.version}.`);
    }
  } else if (plan.endpoints.length > 0 || plan.remove.length > 0) {
    await deleteEndpoints(foundry, plan, deletedEndpoints, outcomes, idle, log);
    await deleteVersions(foundry, name, plan, deletedEndpoints, outcomes, log);
  }

  const hosting = hostingAfter(
    entries,
    dryRun ? new Set(plan.endpoints.map((e) => e.endpoint)) : deletedEndpoints,
    strays,
    config.cleanup.endpointHourlyCost,
  );
  const failures = [
    ...[...outcomes.entries()].flatMap(([version, o]) =>
      o.kind === 'failed' ? [`${name}:${version}: ${o.message}`] : [],
    ),
    ...[...idle.entries()].flatMap(([version, o]) => (o.failure ? [`${name}:${version}: ${o.failure}`] : [])),
  ];
  const deleted = [...outcomes.values()].filter((o) => o.kind === 'deleted').length;
  const production = entries.filter(isProduction);
  const headline = cleanupHeadline({
    dryRun,
    plan,
    deleted,
    deletedEndpoints: dryRun ? new Set(plan.endpoints.map((e) => e.endpoint)).size : deletedEndpoints.size,
    failures: failures.length,
    hosting,
    production,
  });
  const actions: Record<string, ModelAction> = {};
  for (const d of plan.decisions) {
    const v = d.entry.version;
    const o = outcomes.get(v);
    if (!o) {
      const i = idle.get(v);
      actions[v] = { kind: 'kept', reason: d.reason, endpoints: i?.deleted, endpointFailure: i?.failure };
    } else if (o.kind === 'failed') actions[v] = o;
    else actions[v] = { ...o, reason: d.reason };
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

function idleOf(map: Map<string, IdleOutcome>, version: string): IdleOutcome {
  let o = map.get(version);
  if (!o) map.set(version, (o = { deleted: [] }));
  return o;
}

function endpointsOf(plan: RetentionPlan, entry: ModelEntry): string[] {
  return plan.endpoints.filter((d) => d.version === entry.version && !d.idle).map((d) => d.endpoint);
}

function withEndpoints(names: readonly string[]): string {
  return names.length > 0 ? ` after its endpoint${names.length > 1 ? 's' : ''} ${names.join(', ')}` : '';
}

/** Every endpoint on the plan, a few at a time, each followed until it is gone. */
async function deleteEndpoints(
  foundry: Foundry,
  plan: RetentionPlan,
  deleted: Set<string>,
  outcomes: Map<string, Outcome>,
  idle: Map<string, IdleOutcome>,
  log: Logger,
): Promise<void> {
  const queue = [...new Set(plan.endpoints.map((e) => e.endpoint))];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const endpoint = next;
      const uses = plan.endpoints.filter((x) => x.endpoint === endpoint);
      try {
        log.info(`Deleting endpoint ${endpoint}.`);
        await foundry.deleteEndpoint(endpoint);
        deleted.add(endpoint);
        for (const d of uses.filter((x) => x.idle)) idleOf(idle, d.version).deleted.push(endpoint);
        log.info(`Endpoint ${endpoint} is deleted.`);
      } catch (e) {
        for (const d of uses) {
          if (d.idle) {
            const message = `its idle endpoint ${endpoint} could not be deleted (${errorMessage(e)})`;
            log.warning(`${d.version}: ${message}`);
            idleOf(idle, d.version).failure = message;
          } else {
            const message = `endpoint ${endpoint} could not be deleted (${errorMessage(e)}), so the model version was kept`;
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
async function deleteVersions(
  foundry: Foundry,
  name: string,
  plan: RetentionPlan,
  deletedEndpoints: ReadonlySet<string>,
  outcomes: Map<string, Outcome>,
  log: Logger,
): Promise<void> {
  for (const entry of plan.remove) {
    const endpoints = endpointsOf(plan, entry);
    if (endpoints.some((e) => !deletedEndpoints.has(e))) continue; // its failure is recorded already
    try {
      await foundry.deleteModelVersion(name, entry.version);
      outcomes.set(entry.version, { kind: 'deleted', endpoints });
      log.info(`Deleted ${name}:${entry.version}${withEndpoints(endpoints)}.`);
    } catch (e) {
      const message = `the model version could not be deleted: ${errorMessage(e)}`;
      log.warning(`${name}:${entry.version}: ${message}`);
      outcomes.set(entry.version, { kind: 'failed', message });
    }
  }
}

function cleanupHeadline(f: {
  dryRun: boolean;
  plan: RetentionPlan;
  deleted: number;
  deletedEndpoints: number;
  failures: number;
  hosting: HostingReport;
  production: ModelEntry[];
}): string {
  const kept = f.production.length
    ? `production ${f.production.map((p) => `v${p.version}`).join(', ')} kept`
    : 'no production version';
  let text: string;
  if (f.plan.remove.length === 0 && f.plan.endpoints.length === 0) {
    text = `Nothing to delete (${kept}).`;
  } else if (f.dryRun) {
    text = `Dry run: would delete ${plural(f.plan.remove.length, 'model version')} and ${plural(f.deletedEndpoints, 'endpoint')}; nothing was changed.`;
  } else {
    const idleOnly = f.plan.endpoints.filter((e) => e.idle).length;
    const what = [
      f.deleted > 0 ? plural(f.deleted, 'model version') : '',
      f.deletedEndpoints > 0
        ? `${plural(f.deletedEndpoints, 'endpoint')}${idleOnly > 0 && f.deleted === 0 ? ' of models not in production (the versions stay registered)' : ''}`
        : '',
    ].filter(Boolean);
    text = `Deleted ${what.join(' and ') || 'nothing'}; ${kept}.`;
    if (f.failures > 0) text += ` ${plural(f.failures, 'deletion')} failed.`;
  }
  const saved = f.hosting.savedHourlyCost;
  if (f.hosting.deleted.length > 0 && saved !== undefined) {
    text += ` ${f.dryRun ? 'That would save' : 'Saves'} ≈ ${formatMoney(saved)} an hour.`;
  }
  const idle = f.hosting.idle.length;
  if (idle > 0) {
    text += ` ${plural(idle, 'idle endpoint')} still deployed`;
    text +=
      f.hosting.idleHourlyCost !== undefined ? ` (≈ ${formatMoney(f.hosting.idleHourlyCost)} an hour).` : '.';
  }
  return text;
}
