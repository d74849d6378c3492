/**
 * `evaluate`: the golden set through the candidate endpoint and, side by side, through the baseline
 * (production, a given endpoint, or nothing), scored and compared with paired-bootstrap intervals.
 * Leaves the metrics in the run state for `gate`.
 */
import path from 'node:path';
import { loadGoldenSet } from '../dataset/index.ts';
import type { Finding } from '../dataset/types.ts';
import {
  createChatClient,
  evaluateGoldenSet,
  EvaluationError,
  metricsView,
  unansweredBeyond,
  type ChatClient,
  type EvaluationResult,
} from '../evaluation/index.ts';
import { errorMessage } from '../foundry/errors.ts';
import { connectFoundry, versionOf, type Foundry } from '../foundry/index.ts';
import {
  endpointFor,
  findProduction,
  hasWorkspace,
  repositoryVersions,
  type ModelRef,
} from '../lifecycle/registry.ts';
import {
  evaluationHeadline,
  renderBaselineNote,
  renderEvaluation,
  renderEvaluationFailure,
  renderEvaluationSkipped,
  renderUnanswered,
  unansweredHeadline,
  type EvaluationReportOptions,
} from '../report/evaluation.ts';
import { renderNote } from '../report/steps.ts';
import type { Command, CommandContext, StepResult } from './types.ts';
import type { Annotation } from '../runtime/types.ts';

interface Target {
  url: string;
  key: string;
  label: string;
  /** The registered model behind the endpoint, when known. */
  model?: ModelRef;
}

type Resolved = { target?: Target; note?: string };

function result(
  status: StepResult['status'],
  headline: string,
  summary: string,
  extra: Partial<StepResult> = {},
): StepResult {
  return {
    command: 'evaluate',
    status,
    headline,
    summary,
    outputs: {},
    annotations: [],
    ...(status === 'failed' ? { failure: headline } : {}),
    ...extra,
  };
}

function failed(message: string, hint = ''): StepResult {
  return result('failed', message, renderEvaluationFailure(message, hint || undefined));
}

function annotationsOf(findings: readonly Finding[], limit: number): Annotation[] {
  return findings
    .filter((f) => f.severity === 'error')
    .slice(0, limit)
    .map((f) => ({
      level: 'error' as const,
      title: `Golden set: ${f.code}`,
      message: f.hint ? `${f.message} ${f.hint}` : f.message,
      file: f.file,
      line: f.line,
    }));
}

/** The candidate: an endpoint given as input, the one `deploy` just made, or the newest deployed version. */
async function resolveCandidate(ctx: CommandContext, foundry: () => Foundry): Promise<Resolved> {
  const { config, state, event } = ctx;
  if (config.evaluation.endpointUrl) {
    if (!config.evaluation.endpointKey) {
      const fork = event.pullRequest?.fromFork;
      return {
        note: fork
          ? 'No `endpoint-key`: secrets are not given to workflows on pull requests from forks, so the candidate endpoint cannot be evaluated here.'
          : 'Input `endpoint-key` is empty: pass the endpoint key from a secret (`endpoint-key: ${{ secrets.FINETUNE_ENDPOINT_KEY }}`).',
      };
    }
    return {
      target: { url: config.evaluation.endpointUrl, key: config.evaluation.endpointKey, label: 'candidate' },
    };
  }
  if (state.endpoint) {
    return {
      target: {
        url: state.endpoint.url,
        key: state.endpoint.key,
        label: state.model ? `${state.model.name} v${state.model.version}` : state.endpoint.name,
        model: state.model,
      },
    };
  }
  if (!hasWorkspace(config)) {
    return { note: 'Nothing to evaluate: set `endpoint-url` (and `endpoint-key`), or run `deploy` first.' };
  }
  const f = foundry();
  for (const version of await repositoryVersions(f, config, event.repository)) {
    const v = versionOf(version);
    const id = await f.modelId(config.training.modelName, v);
    const endpoint = await endpointFor(f, id);
    const url = endpoint?.properties.inferenceEndpoint?.uri;
    if (!endpoint || !url) continue;
    const model = { name: config.training.modelName, version: v, id, tags: version.properties.tags ?? {} };
    state.model ??= model;
    const key = (await f.endpointKeys(endpoint.name)).primaryKey;
    return { target: { url, key, label: `${model.name} v${v}`, model } };
  }
  return {
    note: `No deployed version of '${config.training.modelName}' was found: run \`deploy\` first, or set \`endpoint-url\`.`,
  };
}

/** The baseline, by `baseline`: a given endpoint, the production model's endpoint, or none. */
async function resolveBaseline(
  ctx: CommandContext,
  foundry: () => Foundry,
  candidate: Target,
): Promise<Resolved> {
  const { config, event } = ctx;
  const mode = config.evaluation.baseline;
  if (mode === 'none') return { note: 'No baseline (`baseline: none`).' };
  if (config.evaluation.baselineEndpointUrl && (mode === 'endpoint' || mode === 'auto')) {
    if (!config.evaluation.baselineEndpointKey) {
      return { note: 'Input `baseline-endpoint-key` is empty, so the baseline endpoint was not evaluated.' };
    }
    return {
      target: {
        url: config.evaluation.baselineEndpointUrl,
        key: config.evaluation.baselineEndpointKey,
        label: 'baseline',
      },
    };
  }
  if (!hasWorkspace(config)) {
    return { note: 'No baseline: no workspace is configured to find the model in production.' };
  }
  const f = foundry();
  const production = await findProduction(f, config, event.repository);
  if (!production)
    return {
      note: 'No model is in production yet, so there is no baseline: this candidate would be the first.',
    };
  if (candidate.model && production.id === candidate.model.id) {
    return {
      note: `The candidate is the model in production (v${production.version}); there is nothing to compare it with.`,
    };
  }
  const endpoint = await endpointFor(f, production.id);
  const url = endpoint?.properties.inferenceEndpoint?.uri;
  if (!endpoint || !url) {
    return {
      note: `The model in production (v${production.version}) has no endpoint, so it was not evaluated.`,
    };
  }
  const key = (await f.endpointKeys(endpoint.name)).primaryKey;
  return { target: { url, key, label: `production (v${production.version})`, model: production } };
}

function client(
  ctx: CommandContext,
  target: Target,
  maxTokens = ctx.config.evaluation.maxTokens,
): ChatClient {
  const e = ctx.config.evaluation;
  ctx.log.secret(target.key);
  return createChatClient({
    url: target.url,
    key: target.key,
    requestsPerMinute: e.requestsPerMinute,
    tokensPerMinute: e.tokensPerMinute,
    concurrency: e.concurrency,
    timeoutMs: e.requestTimeoutSeconds * 1000,
    maxRetries: e.maxRetries,
    maxTokens,
    seed: e.seed,
    clock: ctx.clock,
    signal: ctx.signal,
    log: ctx.log,
  });
}

interface AnswerSafety {
  /** `unsafe_rate` for the metrics view; absent when it could not be measured. */
  rate?: number;
  section: string;
}

/**
 * The candidate's answers through Content Safety, as `unsafe_rate`. Loaded only when a Content Safety
 * endpoint is configured; a screening that cannot finish leaves the rate unmeasured (a gate on it then
 * fails as "not measured"), it never passes on partial data.
 */
async function screenCandidateAnswers(
  ctx: CommandContext,
  evaluation: EvaluationResult,
  lineOf: (id: string) => number | undefined,
): Promise<AnswerSafety | undefined> {
  const { config, log } = ctx;
  const safety = await import('../safety/index.ts');
  const decision = safety.screeningDecision(config.contentSafety, ctx.event);
  if (!decision.run) {
    return config.contentSafety.endpoint
      ? { section: renderNote('Answer safety', `Answers were not screened: ${decision.reason}.`) }
      : undefined;
  }
  try {
    const credential =
      decision.auth === 'azure-credential'
        ? (await import('../foundry/credential.ts')).createCredential(config, log)
        : undefined;
    const client = safety.contentSafetyClient(config.contentSafety, { credential, log, signal: ctx.signal });
    const cache = await safety.SafetyCache.open(path.resolve(config.root, config.contentSafety.cache));
    const verdicts = await safety.screenAnswers(safety.answersToScreen(evaluation.examples), {
      client,
      threshold: config.contentSafety.threshold,
      cache,
      signal: ctx.signal,
    });
    await cache.save();
    const rate = safety.unsafeRate(verdicts.values());
    return {
      rate: rate.rate,
      section: safety.renderAnswerSafetySection({
        verdicts,
        rate,
        threshold: config.contentSafety.threshold,
        lineOf,
        goldenFile: config.data.golden,
        contentFiltered: evaluation.candidate.contentFiltered,
      }),
    };
  } catch (e) {
    return {
      section: renderNote('Answer safety', `❌ Answers could not be screened: ${errorMessage(e)}`),
    };
  }
}

export const evaluateCommand: Command = async (ctx) => {
  const { config, log, state } = ctx;
  if (!config.data.golden) {
    return failed(
      'No golden set to evaluate with.',
      "Set the input 'golden-file' (config file: `data.golden`) to a JSONL file of `{messages, expected}` lines.",
    );
  }
  const golden = await loadGoldenSet(config.data.golden, config.model, config.root);
  const errors = golden.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 || golden.examples.length === 0) {
    const first = errors[0];
    const where = first
      ? `${first.file}${first.line ? `:${first.line}` : ''}: ${first.message}`
      : 'it has no examples';
    return {
      ...failed(
        `The golden set ${config.data.golden} is not valid (${errors.length} error${errors.length === 1 ? '' : 's'}; first: ${where}).`,
        'Fix the golden set first: the `validate` command lists every problem with its line.',
      ),
      annotations: annotationsOf(errors, config.validation.maxAnnotations),
    };
  }

  let connection: Foundry | undefined;
  const foundry = (): Foundry =>
    (connection ??= connectFoundry(config, log, ctx.signal, { clock: ctx.clock }));
  let candidate: Resolved;
  let baseline: Resolved;
  try {
    candidate = await resolveCandidate(ctx, foundry);
    if (!candidate.target) {
      const skipped = Boolean(config.evaluation.endpointUrl && ctx.event.pullRequest?.fromFork);
      const note = candidate.note ?? 'Nothing to evaluate.';
      return skipped ? result('skipped', note, renderEvaluationSkipped(note)) : failed(note);
    }
    baseline = await resolveBaseline(ctx, foundry, candidate.target);
    if (!baseline.target && config.evaluation.baseline === 'production') {
      return failed(`\`baseline: production\` but ${baseline.note ?? 'no production endpoint was found'}`);
    }
  } catch (e) {
    return failed(`Could not find the endpoints to evaluate: ${errorMessage(e)}`);
  }

  const e = config.evaluation;
  const judge = e.judgeEndpointUrl
    ? client(ctx, { url: e.judgeEndpointUrl, key: e.judgeEndpointKey ?? '', label: 'judge' }, 5)
    : undefined;
  log.info(
    `Evaluating ${golden.examples.length} golden examples on ${candidate.target.label}` +
      (baseline.target ? ` and ${baseline.target.label}` : '') +
      '.',
  );
  let evaluation;
  try {
    evaluation = await evaluateGoldenSet({
      examples: golden.examples,
      candidate: client(ctx, candidate.target),
      baseline: baseline.target ? client(ctx, baseline.target) : undefined,
      judge,
      prices: { inputPer1k: e.pricePer1kInputTokens, outputPer1k: e.pricePer1kOutputTokens },
      bootstrapSamples: e.bootstrapSamples,
      seed: e.seed,
      log,
      signal: ctx.signal,
      now: () => ctx.clock.now(),
    });
  } catch (err) {
    const message = err instanceof EvaluationError ? err.message : errorMessage(err);
    return failed(`Evaluation stopped: ${message}`);
  }

  const baselineLabel = baseline.target?.label ?? 'baseline';
  const reportOptions: EvaluationReportOptions = {
    candidateLabel: candidate.target.label,
    baselineLabel,
    goldenFile: config.data.golden,
    concurrency: e.concurrency,
  };
  const report = renderEvaluation(evaluation, undefined, reportOptions);
  const incomplete = unansweredBeyond(evaluation, e.maxUnansweredShare);
  if (incomplete.length > 0) {
    // The scores are shown, but they describe only what got through: no metrics for `gate`, no outputs.
    const headline = unansweredHeadline(incomplete, e.maxUnansweredShare, {
      candidate: candidate.target.label,
      baseline: baselineLabel,
    });
    return {
      ...result('failed', headline, renderUnanswered(headline, report.summary), {
        comment: renderUnanswered(headline, report.comment),
      }),
      annotations: [{ level: 'error', title: 'Evaluation incomplete', message: headline }],
      detail: {
        unanswered: incomplete.map(({ side, failed, total }) => ({ side, failed, total })),
        examples: evaluation.examples.length,
      },
    };
  }

  const lines = new Map(golden.examples.map((x) => [x.id, x.line]));
  const safety = await screenCandidateAnswers(ctx, evaluation, (id) => lines.get(id));
  const view = metricsView(
    evaluation,
    safety?.rate === undefined ? {} : { candidate: { unsafe_rate: safety.rate } },
  );
  state.metrics = view;
  state.evaluatedModel = candidate.target.model;
  const note =
    (baseline.target ? '' : `\n\n${renderBaselineNote(baseline.note ?? '')}`) +
    (safety ? `\n\n${safety.section}` : '');
  // Fewer rows per list when the report must shrink to GitHub's size limits.
  const shrink = (rows: number): { summary: string; comment: string } => {
    const r = renderEvaluation(evaluation, undefined, {
      ...reportOptions,
      regressions: { summary: Math.min(10, rows), comment: Math.min(3, rows) },
      problems: { summary: rows, comment: Math.min(20, rows) },
    });
    return { summary: r.summary + note, comment: r.comment + note };
  };
  const failedExamples = evaluation.candidate.failed;
  return {
    command: 'evaluate',
    status: 'succeeded',
    headline: evaluationHeadline(evaluation, baseline.target ? 'production' : 'baseline'),
    summary: report.summary + note,
    comment: report.comment + note,
    shrink,
    outputs: { metrics: JSON.stringify(view) },
    annotations:
      failedExamples > 0
        ? [
            {
              level: 'warning',
              title: 'Evaluation incomplete',
              message: `${failedExamples} golden example${failedExamples === 1 ? '' : 's'} got no answer after every retry; they are listed in the job summary and left out of the scores.`,
            },
          ]
        : [],
    detail: { metrics: view, baseline: baseline.target?.label ?? null, examples: evaluation.examples.length },
  };
};
