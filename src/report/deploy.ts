/** The `deploy` step's section: which endpoint serves which model, and how it got there. Pure. */
import { ICON, code, facts, inline } from './markdown.ts';
import { renderFailure } from './steps.ts';

export interface DeployReport {
  endpoint: string;
  created: boolean;
  url: string;
  model: { name: string; version: string };
  /** How the model was chosen, e.g. "trained in this run". */
  how: string;
  contentSafety: string;
  /** Provisioning states in the order seen. */
  states: string[];
  /** Failed endpoints of this model removed before a new one was made. */
  removed: string[];
}

export function renderDeploySummary(r: DeployReport): string {
  const items: [string, string][] = [
    [
      'Endpoint',
      `${code(r.endpoint, 'text')} (${r.created ? 'created' : 'reused: it already served this model'})`,
    ],
    ['URL', code(r.url, 'text')],
    ['Model', `${code(r.model.name, 'text')} version ${inline(r.model.version)} (${inline(r.how)})`],
    ['Content safety', inline(r.contentSafety)],
  ];
  if (r.states.length > 0) items.push(['Provisioning', inline(r.states.join(' → '))]);
  if (r.removed.length > 0) {
    items.push([
      'Removed',
      `failed earlier endpoints of this model: ${r.removed.map((e) => code(e, 'text')).join(', ')}`,
    ]);
  }
  return [
    `### ${ICON.succeeded} Deployed to a serverless endpoint`,
    facts(items),
    '<sub>A deployed fine-tuned model is billed by the hour, even when idle; `cleanup` deletes the endpoints of models not in production.</sub>',
  ].join('\n\n');
}

/** The comment keeps what a reviewer decides on: which model answers where. */
export function renderDeployComment(r: DeployReport): string {
  return `### ${ICON.succeeded} Deployed to a serverless endpoint\n\n${code(r.model.name, 'text')} v${inline(r.model.version)} on ${code(r.endpoint, 'text')} (${r.created ? 'created' : 'reused'}).`;
}

export function renderDeployFailure(message: string, hint?: string): string {
  return renderFailure('Deployment failed', message, hint);
}
