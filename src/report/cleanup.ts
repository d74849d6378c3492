/**
 * The `cleanup` step's section: the policy, what was deleted (or would be, in a dry run), what that saves,
 * and which endpoints are still billed. The model table itself comes once per report (report/models.ts).
 */
import type { HostingReport } from '../lifecycle/retention.ts';
import { HOURS_PER_MONTH, formatDays } from '../lifecycle/retention.ts';
import { ICON, cell, code, formatMoney, inline, plural, table } from './markdown.ts';

export interface CleanupReport {
  dryRun: boolean;
  /** One sentence: what cleanup did. */
  headline: string;
  keep: number;
  maxAgeDays?: number;
  idleEndpoints: 'delete' | 'keep';
  hourlyCost?: number;
  hosting: HostingReport;
  /** Versions tagged production (more than one: a promotion did not finish). */
  productionVersions: string[];
}

function money(amount: number): string {
  return formatMoney(amount);
}

function policyText(r: CleanupReport): string {
  return [
    `keep the ${plural(r.keep, 'newest version')} besides production`,
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
function savingsText(r: CleanupReport): string {
  const h = r.hosting;
  if (h.deleted.length === 0) return '';
  const what = `${r.dryRun ? 'Deleting' : 'Deleted'} ${plural(h.deleted.length, 'serving endpoint')} (${h.deleted
    .map((e) => e.name)
    .sort()
    .map((n) => code(n, 'text'))
    .join(', ')})`;
  if (h.savedHourlyCost !== undefined && r.hourlyCost !== undefined) {
    return `${what}: ${r.dryRun ? 'would save' : 'saves'} ≈ **${money(h.savedHourlyCost)} an hour** (≈ ${money(h.savedMonthlyCost!)} a month at ${HOURS_PER_MONTH} h) at \`endpoint-hourly-cost: ${r.hourlyCost}\`. The model versions stay registered: \`deploy\` serves one again when needed.`;
  }
  return `${what}: ${plural(h.deleted.length, 'endpoint')} no longer billed by the hour. Set \`endpoint-hourly-cost\` to your hourly hosting price of a fine-tuned model (Azure's pricing page for your model and region) to see what that saves.`;
}

function hostingSection(r: CleanupReport): string {
  const h = r.hosting;
  const after = r.dryRun ? 'after this cleanup would run' : 'after this cleanup';
  if (h.idle.length === 0 && h.production.length === 0) return `None ${after}.`;
  const rows = [...h.production, ...h.idle].map((e) => [
    code(e.name),
    e.model ? code(e.model) : '',
    e.production ? 'production' : e.stray ? 'idle (outside `model-name`: left alone)' : 'idle',
    cell(e.state),
  ]);
  const parts = [table(['Endpoint', 'Model', 'Role', 'State'], rows)];
  const idle = h.idle.length;
  if (idle === 0) {
    parts.push(`No idle endpoint ${after}: only production is deployed.`);
  } else {
    const billed = `${plural(idle, 'idle endpoint')} ${idle === 1 ? 'serves' : 'serve'} no production model but ${idle === 1 ? 'is' : 'are'} billed by the hour even without traffic`;
    const fix =
      r.idleEndpoints === 'keep'
        ? 'Set `idle-endpoints: delete` to delete them (the versions stay registered).'
        : h.idle.every((e) => e.stray)
          ? 'They deploy models outside `model-name`, so cleanup leaves them alone: delete them in the studio if nobody uses them.'
          : '';
    if (h.idleHourlyCost !== undefined && r.hourlyCost !== undefined) {
      parts.push(
        `${ICON.warning} ${billed}: ≈ **${money(h.idleHourlyCost)} an hour** (≈ ${money(h.idleMonthlyCost!)} a month at ${HOURS_PER_MONTH} h), at \`endpoint-hourly-cost: ${r.hourlyCost}\`. ${fix}`.trim(),
      );
    } else {
      parts.push(
        `${ICON.warning} ${billed}. ${fix} Set \`endpoint-hourly-cost\` to your hourly hosting price of a fine-tuned model to see what they cost.`.replace(
          /\s+/g,
          ' ',
        ),
      );
    }
  }
  return parts.join('\n\n');
}

export function renderCleanupSummary(r: CleanupReport): string {
  const parts = [
    `### 🧹 Cleanup${r.dryRun ? ' (dry run: nothing was changed)' : ''}`,
    inline(r.headline),
    savingsText(r),
    `Policy: ${policyText(r)}.`,
  ];
  if (r.productionVersions.length > 1) {
    parts.push(
      `${ICON.warning} ${r.productionVersions.length} versions are tagged \`stage=production\` (a promotion did not finish); all are kept. Re-run \`gate\`, or retag the older ones \`stage=archived\`.`,
    );
  }
  parts.push('#### Endpoints still deployed', hostingSection(r));
  return parts.filter(Boolean).join('\n\n');
}
