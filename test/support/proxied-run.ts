/**
 * Runs the bundled action as a push to main would, with every service behind the fault proxy
 * (`proxyEmulator`): the same inputs and environment as test/integration/train-support.ts's `run`, with the
 * proxy's addresses in place of the emulator's.
 */
import type { Emulator } from '../emulator/index.ts';
import { runAction, type ActionRun, type RunOptions } from './action.ts';
import type { ProxiedEmulator } from './fault-proxy.ts';

export const PUSH_PAYLOAD = {
  repository: { full_name: 'octo-org/support-bot', default_branch: 'main' },
  after: '0000000000000000000000000000000000000000',
};

export function runProxied(
  emu: Emulator,
  proxied: ProxiedEmulator,
  workspace: string,
  inputs: Record<string, string | undefined>,
  extra: Partial<RunOptions> = {},
): Promise<ActionRun> {
  return runAction({
    workspace,
    eventName: 'push',
    payload: PUSH_PAYLOAD,
    ...extra,
    inputs: {
      ...proxied.actionInputs(),
      'training-file': 'data/train.jsonl',
      'poll-interval': '0.05',
      'github-token': emu.github.tokens.actions,
      ...inputs,
    },
    env: {
      ...Object.fromEntries(Object.entries(proxied.childEnv()).filter(([k]) => !k.startsWith('INPUT_'))),
      FOUNDRY_FINETUNE_RETRY_BASE_MS: '5',
      ...extra.env,
    },
  });
}

/** How many requests of each service reached the emulator through the proxy (a duplicated PUT counts twice). */
export function forwardedCounts(proxied: ProxiedEmulator): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of proxied.proxy.log) out[e.service] = (out[e.service] ?? 0) + e.upstream.length;
  return out;
}
