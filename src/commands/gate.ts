/**
 * `gate`: judge the evaluated metrics against the configured gates; promote the candidate when every gate
 * passes (tag it `stage=production`, archive the version it replaces), mark it rejected when one fails.
 * Production is never touched by a failed gate.
 */
import { errorMessage } from '../foundry/errors.ts';
import { TAGS } from '../foundry/identity.ts';
import { connectFoundry, type Foundry } from '../foundry/index.ts';
import { allGatesPassed, evaluateGates, parseGates } from '../gate/index.ts';
import {
  findProduction,
  hasWorkspace,
  metricTags,
  PROMOTION_TAGS,
  STAGES,
  type ModelRef,
} from '../lifecycle/registry.ts';
import { gateFailureMessage, renderGateNote, renderGateSummary } from '../report/evaluation.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

interface Promotion {
  promoted: boolean;
  /** What happened to the registry, in one sentence for the summary. */
  note: string;
}

async function promote(
  ctx: CommandContext,
  foundry: Foundry,
  candidate: ModelRef,
  tags: Record<string, string>,
): Promise<Promotion> {
  const { config, event } = ctx;
  const previous = await findProduction(foundry, config, event.repository);
  if (previous?.id === candidate.id) {
    await foundry.setModelTags(candidate.name, candidate.version, tags);
    return { promoted: false, note: `${candidate.name} v${candidate.version} is already in production.` };
  }
  // The new version is tagged first, so there is never a moment without a production model.
  await foundry.setModelTags(candidate.name, candidate.version, {
    ...tags,
    [TAGS.stage]: STAGES.production,
    [PROMOTION_TAGS.promotedAt]: new Date(ctx.clock.now()).toISOString(),
    ...(event.runUrl ? { [PROMOTION_TAGS.promotedBy]: event.runUrl } : {}),
    ...(previous ? { [PROMOTION_TAGS.previousProduction]: previous.version } : {}),
  });
  if (previous)
    await foundry.setModelTags(previous.name, previous.version, { [TAGS.stage]: STAGES.archived });
  return {
    promoted: true,
    note: previous
      ? `Promoted ${candidate.name} v${candidate.version} to production; v${previous.version} was archived (tag \`${PROMOTION_TAGS.previousProduction}=${previous.version}\` records it).`
      : `Promoted ${candidate.name} v${candidate.version} to production, the first production model of this repository.`,
  };
}

export const gateCommand: Command = async (ctx): Promise<StepResult> => {
  const { config, state, log } = ctx;
  const base = { command: 'gate' as const, annotations: [] };
  if (!state.metrics) {
    const message = 'No metrics to judge: the evaluation did not run or did not finish.';
    return {
      ...base,
      status: 'failed',
      headline: message,
      summary: renderGateNote('failed', message),
      outputs: { passed: 'false', promoted: 'false' },
      failure: message,
    };
  }
  if (config.gate.expressions.length === 0) {
    const message =
      'No gates are configured, so nothing was promoted: a model reaches production only past an explicit quality bar. Add `gates` (e.g. `f1 >= baseline.f1`).';
    return {
      ...base,
      status: 'skipped',
      headline: 'No gates configured; nothing promoted.',
      summary: renderGateNote('skipped', message),
      outputs: { passed: 'false', promoted: 'false' },
    };
  }

  const verdicts = evaluateGates(parseGates(config.gate.expressions), state.metrics);
  const passed = allGatesPassed(verdicts);
  state.passed = passed;
  const candidate = state.evaluatedModel ?? state.model;

  let promotion: Promotion | undefined;
  let registryError = '';
  if (candidate && hasWorkspace(config)) {
    try {
      const foundry = connectFoundry(config, log, ctx.signal, { clock: ctx.clock });
      const tags = metricTags(state.metrics);
      if (passed && config.gate.promote) {
        promotion = await promote(ctx, foundry, candidate, tags);
      } else if (passed) {
        await foundry.setModelTags(candidate.name, candidate.version, tags);
        promotion = { promoted: false, note: '`promote: false`: the candidate passed but was not promoted.' };
      } else {
        await foundry.setModelTags(candidate.name, candidate.version, {
          ...tags,
          [TAGS.stage]: STAGES.rejected,
        });
        promotion = {
          promoted: false,
          note: `${candidate.name} v${candidate.version} was tagged \`stage=${STAGES.rejected}\`; production is unchanged.`,
        };
      }
    } catch (e) {
      registryError = `Could not update the model registry: ${errorMessage(e)}`;
    }
  } else if (!candidate) {
    promotion = {
      promoted: false,
      note: 'The evaluated endpoint is not a registered model of this repository, so there is nothing to promote.',
    };
  }

  const promoted = promotion?.promoted ?? false;
  const gateMessage = gateFailureMessage(verdicts);
  const enforced = !passed && config.gate.failOnGate;
  const failure = registryError || (enforced ? gateMessage : undefined);
  const summary = renderGateSummary(verdicts, passed, promotion?.note, registryError);
  const count = verdicts.filter((v) => v.status === 'passed').length;
  const notApplicable = verdicts.filter((v) => v.status === 'not-applicable').length;
  const tally = `${count} of ${verdicts.length} gates passed${notApplicable ? `, ${notApplicable} not applicable (no baseline)` : ''}`;
  const headline = registryError
    ? registryError
    : passed
      ? `${tally}${promoted ? '; promoted to production' : ''}.`
      : `${gateMessage ?? 'Gates failed.'}${config.gate.failOnGate ? '' : ' (not enforced: `fail-on-gate: false`)'}`;
  return {
    ...base,
    status: failure ? 'failed' : 'succeeded',
    headline,
    summary,
    outputs: { passed: String(passed), promoted: String(promoted) },
    failure,
    detail: { verdicts, passed, promoted },
  };
};
