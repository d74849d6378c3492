import type { CommandName, Config } from '../config/types.ts';
import type { EventFacts } from '../github/event.ts';

export interface Plan {
  commands: CommandName[];
  /** Why these commands, for the log and the summary. */
  reason: string;
}

/** Which commands a run performs: the explicit `command`, or what `auto` picks from the event. Pure. */
export function planCommands(config: Config, event: EventFacts): Plan {
  if (config.command !== 'auto') {
    if (config.command === 'train' && config.training.preflightOnly) {
      return { commands: ['preflight'], reason: 'command `train` with `preflight-only: true`' };
    }
    // Gates judge metrics, and metrics do not outlive a step: `gate` evaluates first.
    if (config.command === 'gate') return { commands: ['evaluate', 'gate'], reason: 'command `gate`' };
    return { commands: [config.command], reason: `command \`${config.command}\`` };
  }
  const name = event.eventName;
  if (name === 'pull_request' || name === 'pull_request_target' || name === 'merge_group') {
    const commands: CommandName[] = ['validate'];
    if (config.evaluation.endpointUrl) {
      commands.push('evaluate');
      if (config.gate.expressions.length > 0) commands.push('gate');
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
