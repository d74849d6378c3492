import path from 'node:path';
import { validateDatasets } from '../dataset/index.ts';
import type { Finding, ValidationReport } from '../dataset/types.ts';
import {
  renderValidationComment,
  renderValidationSummary,
  validationHeadline,
} from '../report/validation.ts';
import { renderFailure, renderNote } from '../report/steps.ts';
import type { DatasetScreening } from '../safety/index.ts';
import type { Command, CommandContext, StepResult } from './types.ts';
import type { Annotation } from '../runtime/types.ts';

/** Paths relative to the repository root, with forward slashes, as annotations and comments need. */
function relativePath(root: string, file: string): string {
  const rel = path.relative(root, path.resolve(root, file));
  return rel.split(path.sep).join('/');
}

/** Errors first, then warnings, at most `max`: the ones shown on the pull request diff. */
export function pickAnnotations(
  report: ValidationReport,
  max: number,
  extra: readonly Finding[] = [],
): Annotation[] {
  const all = [...report.files.flatMap((f) => f.findings), ...extra];
  const ordered = [
    ...all.filter((f) => f.severity === 'error'),
    ...all.filter((f) => f.severity === 'warning'),
  ];
  return ordered.slice(0, max).map((f: Finding) => ({
    level: f.severity === 'error' ? 'error' : 'warning',
    title: `Dataset ${f.severity}: ${f.code}`,
    message: f.hint ? `${f.message}\n${f.hint}` : f.message,
    file: f.file,
    line: f.line,
  }));
}

/** Examples and tokens both of the training split (after it), as the comment and summaries count them. */
export function validationOutputs(report: ValidationReport, safetyErrors = 0): Record<string, string> {
  return {
    valid: String(report.ok && safetyErrors === 0),
    errors: String(report.errors + safetyErrors),
    warnings: String(report.warnings),
    examples: String(report.estimate.examples),
    tokens: String(report.estimate.tokens),
    'billed-tokens': String(report.estimate.billedTokens),
    'estimated-cost': report.estimate.cost === undefined ? '' : report.estimate.cost.toFixed(2),
  };
}

function failure(
  report: ValidationReport,
  failOn: 'error' | 'warning' | 'never',
  safetyErrors: number,
): string | undefined {
  if (failOn === 'never') return undefined;
  if (safetyErrors > 0 && report.errors === 0) {
    return `Content safety: ${safetyErrors} example(s) at or above the severity threshold, or not screened; see the job summary.`;
  }
  if (report.errors + safetyErrors > 0) {
    return `The datasets have ${report.errors + safetyErrors} error(s); see the job summary.`;
  }
  if (failOn === 'warning' && report.warnings > 0)
    return `The datasets have ${report.warnings} warning(s) and fail-on is 'warning'; see the job summary.`;
  return undefined;
}

export const validateCommand: Command = async (ctx: CommandContext): Promise<StepResult> => {
  const { config, event, github, log } = ctx;
  const { data, root } = config;
  if (!data.training) {
    const message =
      "No training data to validate: set the 'training-file' input (or `data.training` in the config file) to your chat JSONL file.";
    return {
      command: 'validate',
      status: 'failed',
      headline: 'No training file configured.',
      summary: renderFailure('Dataset check: no training data', message),
      outputs: {
        valid: 'false',
        errors: '1',
        warnings: '0',
        examples: '0',
        tokens: '0',
        'billed-tokens': '0',
        'estimated-cost': '',
      },
      annotations: [],
      failure: message,
    };
  }
  const ref = data.baseRef ?? event.pullRequest?.baseSha;
  const report = await validateDatasets({
    root,
    model: config.model,
    training: relativePath(root, data.training),
    validation: data.validation ? relativePath(root, data.validation) : undefined,
    golden: data.golden ? relativePath(root, data.golden) : undefined,
    splitRatio: data.splitRatio,
    splitSeed: data.splitSeed,
    epochs: config.training.epochs,
    pricePer1kTokens: config.training.pricePer1kTokens,
    method: config.training.method,
    goldenLeakageShare: config.validation.goldenLeakageShare,
    base: ref
      ? {
          ref,
          // A base file that cannot be read leaves that file without a diff; the reason is a warning.
          readFile: (file) =>
            github.readFileAtRef(file, ref).catch((e: unknown) => {
              log.warning(`No diff for ${file}: ${e instanceof Error ? e.message : String(e)}`);
              throw e;
            }),
        }
      : undefined,
    log: (m) => log.info(m),
  });
  const safety = await screenContent(ctx, report);
  const safetyFindings = safety?.findings ?? [];
  const failed = failure(report, config.validation.failOn, safetyFindings.length);
  const safetySection = safety ? `\n\n${safety.section}` : '';
  return {
    command: 'validate',
    status: failed ? 'failed' : 'succeeded',
    headline: validationHeadline(report) + (safety?.headline ? ` ${safety.headline}` : ''),
    summary: renderValidationSummary(report) + safetySection,
    comment: renderValidationComment(report) + safetySection,
    shrink: (rows) => ({
      summary: renderValidationSummary(report, { rows }) + safetySection,
      comment: renderValidationComment(report, { rows }) + safetySection,
    }),
    outputs: validationOutputs(report, safetyFindings.length),
    annotations: pickAnnotations(report, config.validation.maxAnnotations, safetyFindings),
    detail: safety?.screening ? { ...report, contentSafety: safety.screening } : report,
    failure: failed,
  };
};

interface ContentScreening {
  /** Errors to count and annotate: unsafe or unscreened examples, or the screening that failed. */
  findings: Finding[];
  screening?: DatasetScreening;
  headline?: string;
  section: string;
}

/**
 * Every example through Azure AI Content Safety, when an endpoint is configured. Loaded on demand: a
 * check without it never loads the client. A screening that cannot run is reported, and an example that
 * could not be screened is an error: nothing passes unscreened.
 */
async function screenContent(
  ctx: CommandContext,
  report: ValidationReport,
): Promise<ContentScreening | undefined> {
  const { config, log } = ctx;
  if (!config.contentSafety.endpoint) return undefined;
  const safety = await import('../safety/index.ts');
  const decision = safety.screeningDecision(config.contentSafety, ctx.event);
  if (!decision.run) {
    log.info(`content safety: not screening (${decision.reason}).`);
    return {
      findings: [],
      section: renderNote('Content safety', `The data was not screened: ${decision.reason}.`),
    };
  }
  try {
    const credential =
      decision.auth === 'azure-credential'
        ? (await import('../foundry/credential.ts')).createCredential(config, log)
        : undefined;
    const screening = await safety.screenDataset({
      files: report.files.map((f) => ({ path: f.path })),
      root: config.root,
      config: config.contentSafety,
      credential,
      log,
      signal: ctx.signal,
    });
    return {
      findings: screening.findings,
      screening,
      headline: safety.safetyHeadline(screening),
      section: safety.renderSafetySection(screening),
    };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const finding: Finding = {
      severity: 'error',
      code: 'unscreened',
      message: `The data could not be screened for content safety: ${message}`,
      hint: "Check 'content-safety-endpoint' and 'content-safety-key' (or the identity's role on the Content Safety resource).",
      file: report.files[0]?.path ?? '',
    };
    return {
      findings: [finding],
      headline: 'Content safety: not screened.',
      section: renderNote('Content safety', `❌ ${finding.message}`),
    };
  }
}
