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
  formatDays,
  hostingAfter,
  HOURS_PER_MONTH,
  planRetention,
  strayEndpoints,
  type HostingReport,
  type RetentionPlan,
} from '../lifecycle/retention.ts';
import { ICON, cell, formatMoney, table } from '../report/markdown.ts';
import { renderModelTable } from '../report/models.ts';
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
      summary: `### ${ICON.failed} Cleanup failed\n\n${message}`,
      outputs: {},
      annotations: [],
      failure: message,
    };
  }
};

/** What happened to one version; `undefined` in the map means kept. */
type Outcome =
  | { kind: 'deleted'; endpoints: string[] }
  | { kind: 'would-delete'; endpoints: string[] }
  | { kind: 'failed'; message: string };

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
  });
  const strays = strayEndpoints(endpoints, entries, event.repository, TAGS.repository);
  const dryRun = config.cleanup.dryRun;

  const outcomes = new Map<string, Outcome>();
  const deletedEndpoints = new Set<string>();
  if (dryRun) {
    for (const entry of plan.remove) {
      outcomes.set(entry.version, { kind: 'would-delete', endpoints: endpointsOf(plan, entry) });
      log.info(`dry-run: would delete ${name}:${entry.version}${withEndpoints(endpointsOf(plan, entry))}.`);
    }
  } else if (plan.remove.length > 0) {
    await deleteEndpoints(foundry, plan, deletedEndpoints, outcomes, log);
    await deleteVersions(foundry, name, plan, deletedEndpoints, outcomes, log);
  }

  const hosting = hostingAfter(
    entries,
    dryRun ? new Set(plan.endpoints.map((e) => e.endpoint)) : deletedEndpoints,
    strays,
    config.cleanup.endpointHourlyCost,
  );
  const failures = [...outcomes.entries()].flatMap(([version, o]) =>
    o.kind === 'failed' ? [`${name}:${version}: ${o.message}`] : [],
  );
  const deleted = [...outcomes.values()].filter((o) => o.kind === 'deleted').length;
  const headline = cleanupHeadline({
    dryRun,
    plan,
    deleted,
    deletedEndpoints: dryRun ? plan.endpoints.length : deletedEndpoints.size,
    failures: failures.length,
    hosting,
    production: entries.filter(isProduction),
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

function endpointsOf(plan: RetentionPlan, entry: ModelEntry): string[] {
  return plan.endpoints.filter((d) => d.version === entry.version).map((d) => d.endpoint);
}

function withEndpoints(names: readonly string[]): string {
  return names.length > 0 ? ` after its endpoint${names.length > 1 ? 's' : ''} ${names.join(', ')}` : '';
}

/** Every endpoint of a removed version, a few at a time, each followed until it is gone. */
async function deleteEndpoints(
  foundry: Foundry,
  plan: RetentionPlan,
  deleted: Set<string>,
  outcomes: Map<string, Outcome>,
  log: Logger,
): Promise<void> {
  const queue = [...new Set(plan.endpoints.map((e) => e.endpoint))];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const endpoint = next;
      try {
        log.info(`Deleting endpoint ${endpoint}.`);
        await foundry.deleteEndpoint(endpoint);
        deleted.add(endpoint);
        log.info(`Endpoint ${endpoint} is deleted.`);
      } catch (e) {
        const message = `endpoint ${endpoint} could not be deleted (${errorMessage(e)}), so the model version was kept`;
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

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function costText(amount: number): string {
  return formatMoney(amount);
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
  if (f.plan.remove.length === 0) {
    text = `Nothing to delete (${kept}).`;
  } else if (f.dryRun) {
    text = `Dry run: would delete ${plural(f.plan.remove.length, 'model version')} and ${plural(f.deletedEndpoints, 'endpoint')}; nothing was changed.`;
  } else {
    text = `Deleted ${plural(f.deleted, 'model version')} and ${plural(f.deletedEndpoints, 'endpoint')}; ${kept}.`;
    if (f.failures > 0) text += ` ${plural(f.failures, 'version')} could not be deleted.`;
  }
  const idle = f.hosting.idle.length;
  if (idle > 0) {
    text += ` ${plural(idle, 'idle endpoint')} still deployed`;
    text +=
      f.hosting.idleHourlyCost !== undefined ? ` (≈ ${costText(f.hosting.idleHourlyCost)} an hour).` : '.';
  }
  return text;
}

interface CleanupReport {
  ctxNow: number;
  dryRun: boolean;
  entries: readonly ModelEntry[];
  plan: RetentionPlan;
  outcomes: ReadonlyMap<string, Outcome>;
  hosting: HostingReport;
  keep: number;
  maxAgeDays?: number;
  hourlyCost?: number;
  headline: string;
}

function outcomeCell(r: CleanupReport, entry: ModelEntry): string {
  const decision = r.plan.decisions.find((d) => d.entry === entry);
  const reason = cell(decision?.reason ?? '');
  const outcome = r.outcomes.get(entry.version);
  if (!outcome) return `kept: ${reason}`;
  switch (outcome.kind) {
    case 'deleted':
      return `**deleted**: ${reason}${outcome.endpoints.length ? ` (endpoint deleted first)` : ''}`;
    case 'would-delete':
      return `would delete: ${reason}${outcome.endpoints.length ? ` (endpoint first)` : ''}`;
    case 'failed':
      return `${ICON.failed} not deleted: ${cell(outcome.message)}`;
  }
}

export function renderCleanupSummary(r: CleanupReport): string {
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
  const production = r.entries.filter(isProduction);
  if (production.length > 1) {
    parts.push(
      '',
      `${ICON.warning} ${production.length} versions are tagged \`stage=production\` (a promotion did not finish); all are kept. Re-run \`gate\`, or retag the older ones \`stage=archived\`.`,
    );
  }
  parts.push(
    '',
    '#### Fine-tuned models',
    '',
    renderModelTable(r.entries, {
      now: r.ctxNow,
      extra: { header: r.dryRun ? 'Cleanup (dry run)' : 'Cleanup', cell: (e) => outcomeCell(r, e) },
      maxRows: Math.max(30, r.plan.remove.length + r.keep + production.length),
    }),
  );
  parts.push('', '#### Endpoints still deployed', '', renderHosting(r.hosting, r.hourlyCost, r.dryRun));
  return parts.join('\n');
}

function renderHosting(h: HostingReport, hourlyCost: number | undefined, dryRun: boolean): string {
  const after = dryRun ? 'after this cleanup would run' : 'after this cleanup';
  if (h.idle.length === 0 && h.production.length === 0) return `None ${after}.`;
  const rows = [...h.production, ...h.idle].map((e) => [
    `\`${cell(e.name)}\``,
    e.model ? `\`${cell(e.model)}\`` : '',
    e.production ? 'production' : e.stray ? 'idle (outside `model-name`: left alone)' : 'idle',
    cell(e.state),
  ]);
  const parts = [table(['Endpoint', 'Model', 'Role', 'State'], rows)];
  if (h.idle.length === 0) {
    parts.push('', `No idle endpoint ${after}: only production is deployed.`);
  } else if (h.idleHourlyCost !== undefined && hourlyCost !== undefined) {
    parts.push(
      '',
      `${ICON.warning} ${plural(h.idle.length, 'idle endpoint')} ${h.idle.length === 1 ? 'serves' : 'serve'} no production model but ${h.idle.length === 1 ? 'is' : 'are'} billed by the hour even without traffic: ≈ **${costText(h.idleHourlyCost)} an hour** (≈ ${costText(h.idleMonthlyCost!)} a month at ${HOURS_PER_MONTH} h), at \`endpoint-hourly-cost: ${hourlyCost}\`. Lower \`keep\` or set \`max-age\` to delete them with their versions.`,
    );
  } else {
    parts.push(
      '',
      `${ICON.warning} ${plural(h.idle.length, 'idle endpoint')} ${h.idle.length === 1 ? 'serves' : 'serve'} no production model but ${h.idle.length === 1 ? 'is' : 'are'} billed by the hour even without traffic. Set \`endpoint-hourly-cost\` to your hourly hosting price for a fine-tuned model (Azure's pricing page for your model and region) to see what they cost.`,
    );
  }
  return parts.join('\n');
}
