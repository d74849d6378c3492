/**
 * The whole evaluation: every golden example through the candidate (and the baseline, side by side),
 * each answer scored, optionally rated by a judge, then aggregated with paired-bootstrap intervals on
 * the deltas. Nothing is dropped: a failed example is counted, listed and left out of the scores; a
 * filtered one is counted and scores 0.
 */
import type { Logger } from '../runtime/types.ts';
import type { GoldenExample } from '../dataset/types.ts';
import type { MetricsView } from '../gate/types.ts';
import { pairedBootstrap, type DeltaInterval } from './bootstrap.ts';
import type { ChatClient, ChatClientStats, ChatOutcome } from './chat-client.ts';
import { JUDGE_MAX_TOKENS, judgeMessages, parseRating } from './judge.ts';
import {
  aggregateAll,
  aggregateMetric,
  includedIndices,
  METRIC_NAMES,
  scoreAnswer,
  type MetricName,
  type Prices,
  type ScoredAnswer,
} from './metrics.ts';

export type Side = 'candidate' | 'baseline';

export interface ExampleResult {
  id: string;
  /** 1-based line in the golden file. */
  line: number;
  /** The last user message: what a reviewer reads as "the question". */
  prompt: string;
  expected: string[];
  candidate: ScoredAnswer;
  baseline?: ScoredAnswer;
}

export interface SideSummary {
  endpoint: string;
  metrics: Partial<Record<MetricName, number>>;
  answered: number;
  contentFiltered: number;
  failed: number;
  promptTokens: number;
  completionTokens: number;
  /** Answers whose judge rating is missing (the judge failed or replied without a rating). */
  judgeFailures: number;
  client: ChatClientStats;
}

export interface EvaluationResult {
  /** Examples in golden-file order. */
  examples: ExampleResult[];
  candidate: SideSummary;
  baseline?: SideSummary;
  /** candidate − baseline per metric, with the paired-bootstrap interval; empty without a baseline. */
  deltas: Partial<Record<MetricName, DeltaInterval>>;
  bootstrap: { samples: number; seed: number; confidence: number };
  prices: Prices;
  judged: boolean;
  durationMs: number;
}

export interface EvaluateOptions {
  examples: readonly GoldenExample[];
  candidate: ChatClient;
  baseline?: ChatClient;
  judge?: ChatClient;
  prices?: Prices;
  bootstrapSamples: number;
  seed: number;
  log?: Pick<Logger, 'info' | 'warning' | 'debug'>;
  signal?: AbortSignal;
  /** Time source for the duration and progress lines (default Date.now). */
  now?: () => number;
}

/** Thrown when an endpoint refuses every request (bad key, wrong URL): the evaluation cannot go on. */
export class EvaluationError extends Error {
  override name = 'EvaluationError';
}

const CONFIDENCE = 0.95;

function lastUserMessage(example: GoldenExample): string {
  for (let i = example.messages.length - 1; i >= 0; i--) {
    const m = example.messages[i]!;
    if (m.role === 'user') return m.content ?? '';
  }
  return example.messages.at(-1)?.content ?? '';
}

function toScored(outcome: ChatOutcome, expected: readonly string[]): ScoredAnswer {
  if (outcome.ok) {
    const { scores, bleuStats } = scoreAnswer(outcome.text, expected);
    return {
      outcome: 'answered',
      text: outcome.text,
      attempts: outcome.attempts,
      latencyMs: outcome.latencyMs,
      promptTokens: outcome.promptTokens,
      completionTokens: outcome.completionTokens,
      scores,
      bleuStats,
    };
  }
  if (outcome.kind === 'content_filter') {
    // The user gets no answer: score it as an empty one.
    const { scores, bleuStats } = scoreAnswer('', expected);
    return {
      outcome: 'content_filter',
      message: outcome.message,
      attempts: outcome.attempts,
      scores,
      bleuStats,
    };
  }
  return { outcome: 'failed', message: outcome.message, attempts: outcome.attempts };
}

function summarize(
  endpoint: string,
  answers: readonly ScoredAnswer[],
  prices: Prices,
  client: ChatClientStats,
  judged: boolean,
): SideSummary {
  let promptTokens = 0;
  let completionTokens = 0;
  for (const a of answers) {
    promptTokens += a.promptTokens ?? 0;
    completionTokens += a.completionTokens ?? 0;
  }
  return {
    endpoint,
    metrics: aggregateAll(answers, prices),
    answered: answers.filter((a) => a.outcome === 'answered').length,
    contentFiltered: answers.filter((a) => a.outcome === 'content_filter').length,
    failed: answers.filter((a) => a.outcome === 'failed').length,
    promptTokens,
    completionTokens,
    judgeFailures: judged
      ? answers.filter((a) => a.outcome !== 'failed' && a.similarity === undefined).length
      : 0,
    client,
  };
}

/** Deltas for every metric both sides measured, each with its paired-bootstrap interval. */
export function computeDeltas(
  candidate: readonly ScoredAnswer[],
  baseline: readonly ScoredAnswer[],
  prices: Prices,
  samples: number,
  seed: number,
): Partial<Record<MetricName, DeltaInterval>> {
  const out: Partial<Record<MetricName, DeltaInterval>> = {};
  for (const name of METRIC_NAMES) {
    const inBaseline = new Set(includedIndices(name, baseline));
    const pairs = includedIndices(name, candidate).filter((i) => inBaseline.has(i));
    const delta = pairedBootstrap({
      pairs,
      candidate: (idx) => aggregateMetric(name, candidate, prices, idx),
      baseline: (idx) => aggregateMetric(name, baseline, prices, idx),
      samples,
      seed,
      label: name,
      confidence: CONFIDENCE,
    });
    if (delta && Number.isFinite(delta.value)) out[name] = delta;
  }
  return out;
}

export async function evaluateGoldenSet(options: EvaluateOptions): Promise<EvaluationResult> {
  const { examples, candidate, baseline, judge, log } = options;
  const prices = options.prices ?? {};
  const now = options.now ?? Date.now;
  const started = now();
  const abort = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, abort.signal]) : abort.signal;
  let fatal: string | undefined;

  const total = examples.length * (baseline ? 2 : 1);
  let done = 0;
  let nextReport = 0.1;
  const progress = (): void => {
    done++;
    if (done / total >= nextReport || done === total) {
      log?.info(`evaluation: ${done}/${total} answers (${Math.round((100 * done) / total)}%).`);
      while (nextReport <= done / total) nextReport += 0.1;
    }
  };

  const rate = async (example: GoldenExample, prompt: string, answer: ScoredAnswer): Promise<void> => {
    if (!judge || answer.outcome === 'failed') return;
    if (answer.outcome === 'content_filter') {
      answer.similarity = 1;
      return;
    }
    const outcome = await judge.complete(judgeMessages(prompt, example.expected, answer.text ?? ''), {
      maxTokens: JUDGE_MAX_TOKENS,
      signal,
      key: `judge:${example.id}:${answer.text ?? ''}`,
    });
    if (!outcome.ok) {
      answer.judgeError = outcome.message;
      return;
    }
    const rating = parseRating(outcome.text);
    if (rating === undefined)
      answer.judgeError = `the judge replied without a 1-5 rating: '${outcome.text.slice(0, 40)}'`;
    else answer.similarity = rating;
  };

  const ask = async (
    client: ChatClient,
    side: Side,
    example: GoldenExample,
    prompt: string,
  ): Promise<ScoredAnswer> => {
    const outcome = await client.complete(example.messages, { signal, key: `${side}:${example.id}` });
    if (!outcome.ok && outcome.fatal && !fatal) {
      fatal = `The ${side} endpoint ${client.endpoint} answered ${outcome.message}`;
      abort.abort();
    }
    progress();
    const answer = toScored(outcome, example.expected);
    await rate(example, prompt, answer);
    return answer;
  };

  log?.info(
    `evaluation: ${examples.length} golden examples against the candidate${baseline ? ' and the baseline' : ''}${judge ? ', rated by the judge' : ''}.`,
  );
  const results = await Promise.all(
    examples.map(async (example): Promise<ExampleResult> => {
      const prompt = lastUserMessage(example);
      const [c, b] = await Promise.all([
        ask(candidate, 'candidate', example, prompt),
        baseline ? ask(baseline, 'baseline', example, prompt) : Promise.resolve(undefined),
      ]);
      return {
        id: example.id,
        line: example.line,
        prompt,
        expected: [...example.expected],
        candidate: c,
        ...(b ? { baseline: b } : {}),
      };
    }),
  );
  if (fatal) throw new EvaluationError(fatal);
  if (options.signal?.aborted) throw new EvaluationError('The evaluation was cancelled.');

  const candidateAnswers = results.map((r) => r.candidate);
  const baselineAnswers = baseline ? results.map((r) => r.baseline!) : undefined;
  const result: EvaluationResult = {
    examples: results,
    candidate: summarize(candidate.endpoint, candidateAnswers, prices, candidate.stats(), !!judge),
    ...(baseline && baselineAnswers
      ? { baseline: summarize(baseline.endpoint, baselineAnswers, prices, baseline.stats(), !!judge) }
      : {}),
    deltas: baselineAnswers
      ? computeDeltas(candidateAnswers, baselineAnswers, prices, options.bootstrapSamples, options.seed)
      : {},
    bootstrap: { samples: options.bootstrapSamples, seed: options.seed, confidence: CONFIDENCE },
    prices,
    judged: !!judge,
    durationMs: now() - started,
  };
  for (const side of ['candidate', 'baseline'] as const) {
    const s = result[side];
    if (s && s.failed > 0)
      log?.warning(`evaluation: ${s.failed} ${side} example(s) got no answer after every retry.`);
  }
  return result;
}

/** The `metrics` output and what gates read: values per side, and deltas with their interval. */
export function metricsView(
  result: EvaluationResult,
  extra: {
    candidate?: Partial<Record<MetricName, number>>;
    baseline?: Partial<Record<MetricName, number>>;
  } = {},
): MetricsView {
  const view: MetricsView = { candidate: { ...result.candidate.metrics, ...extra.candidate } };
  if (result.baseline) {
    view.baseline = { ...result.baseline.metrics, ...extra.baseline };
    view.delta = {};
    for (const [name, d] of Object.entries(result.deltas) as [MetricName, DeltaInterval][]) {
      view.delta[name] = { value: d.value, ci_low: d.ciLow, ci_high: d.ciHigh };
    }
  }
  return view;
}
