/** `preflight`: what must hold before anything is created in Azure, each failure with its fix. */
import { connectFoundry } from '../foundry/index.ts';
import { errorMessage } from '../foundry/errors.ts';
import { preflightPassed } from '../foundry/preflight.ts';
import { renderPreflightSummary } from '../report/preflight.ts';
import { renderFailure } from '../report/steps.ts';
import type { Command } from './types.ts';

export const preflightCommand: Command = async (ctx) => {
  const { config } = ctx;
  try {
    const foundry = connectFoundry(config, ctx.log, ctx.signal, { clock: ctx.clock });
    const checks = await foundry.preflight({
      model: config.model,
      compute: config.training.compute,
      instanceType: config.training.instanceType,
    });
    const failed = checks.filter((c) => c.status === 'failed');
    for (const c of checks) if (c.status === 'warning') ctx.log.warning(`preflight: ${c.detail}`);
    const ok = preflightPassed(checks);
    const where = `${foundry.ref.workspace} (${foundry.ref.resourceGroup})`;
    return {
      command: 'preflight',
      status: ok ? 'succeeded' : 'failed',
      headline: ok
        ? `Ready to fine-tune ${config.model.id} in ${where}.`
        : `Preflight failed: ${failed.map((c) => c.title).join(', ')}.`,
      summary: renderPreflightSummary(where, ok, checks),
      outputs: {},
      // The failure becomes the step's error annotation; one per problem is enough.
      annotations: [],
      detail: { checks },
      ...(ok
        ? {}
        : {
            failure: failed.map((c) => `${c.title}: ${c.detail}${c.fix ? ` Fix: ${c.fix}` : ''}`).join('\n'),
          }),
    };
  } catch (e) {
    const message = errorMessage(e);
    return {
      command: 'preflight',
      status: 'failed',
      headline: message.split('\n')[0] ?? message,
      summary: renderFailure('Preflight failed', message),
      outputs: {},
      annotations: [],
      failure: message,
    };
  }
};
