/**
 * The `retrain` step's section: the decision, and what the current data would train against what
 * production was trained on. The model table comes once per report (report/models.ts). Pure.
 */
import type { JobIdentity } from '../foundry/identity.ts';
import { TAGS } from '../foundry/identity.ts';
import type { ModelEntry } from '../lifecycle/inventory.ts';
import {
  describeChange,
  shortHash,
  type ChangeKind,
  type RetrainDecision,
} from '../lifecycle/retrain-decision.ts';
import type { CommandName } from '../config/types.ts';
import { ICON, cell, code, inline, table } from './markdown.ts';

export interface RetrainReport {
  decision: RetrainDecision;
  identity: JobIdentity;
  hp: Record<string, string>;
  production?: ModelEntry;
  /** What runs next when the decision is to train. */
  chain: readonly CommandName[];
}

function productionHpText(decision: RetrainDecision): string {
  const change = decision.changes.find((c) => c.kind === 'hyperparameters');
  if (!change) return 'same';
  return change.details ? `differ: ${change.details.join('; ')}` : 'differ';
}

function hpText(hp: Record<string, string>): string {
  return Object.entries(hp)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

export function renderRetrainSummary(r: RetrainReport): string {
  const { decision, identity, production } = r;
  const heading = decision.train
    ? `### 🔁 Retraining${decision.reason === 'forced' ? ' (forced)' : ''}`
    : `### ${ICON.skipped} No retraining`;
  const parts = [heading, inline(decision.headline)];

  const changed = new Set(decision.changes.map((c) => c.kind));
  const mark = (kind: ChangeKind, text: string): string => (changed.has(kind) ? `**${text}**` : text);
  const rows: string[][] = [
    [
      'Dataset',
      mark('dataset', code(shortHash(identity.input.datasetHash))),
      production ? code(shortHash(production.datasetHash)) : '',
    ],
    [
      'Hyperparameters',
      mark('hyperparameters', cell(hpText(r.hp))),
      production ? cell(productionHpText(decision)) : '',
    ],
    [
      'Base model',
      mark('base model', cell(`${identity.input.modelId}:${identity.input.modelVersion}`)),
      production ? cell(production.tags[TAGS.model] ?? '(not tagged)') : '',
    ],
    [
      'Compute',
      mark('compute', cell(identity.input.compute ?? 'serverless')),
      production ? (changed.has('compute') ? 'differs' : 'same') : '',
    ],
    ['Identity', code(identity.key), production ? code(production.identity ?? '(not tagged)') : ''],
  ];
  parts.push(
    table(
      ['Trained on', 'Current data', production ? `Production (${code(production.version)})` : 'Production'],
      rows,
    ),
  );
  if (!production) parts.push('No version of this repository is tagged `stage=production` yet.');
  if (decision.changes.length > 0) {
    parts.push(`What changed: ${decision.changes.map((c) => inline(describeChange(c))).join('; ')}.`);
  }
  if (decision.notes.length > 0) parts.push(decision.notes.map((n) => `- ${inline(n)}`).join('\n'));
  if (decision.train) {
    parts.push(
      `Next: ${r.chain.map((c) => `\`${c}\``).join(' → ')}, as on a merge. A fine-tune is identified by its data and hyperparameters, so a second run at the same time follows the same job instead of submitting another.`,
    );
  }
  return parts.join('\n\n');
}
