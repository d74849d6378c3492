import path from 'node:path';
import { validateDatasets } from '../dataset/index.ts';
import type { Finding, ValidationReport } from '../dataset/types.ts';
import {
  renderValidationComment,
  renderValidationSummary,
  validationHeadline,
} from '../report/validation.ts';
import type { Annotation, Command, CommandContext, StepResult } from './types.ts';

/** Paths relative to the repository root, with forward slashes, as annotations and comments need. */
function relativePath(root: string, file: string): string {
  const rel = path.relative(root, path.resolve(root, file));
  return rel.split(path.sep).join('/');
}

/** Errors first, then warnings, at most `max`: the ones shown on the pull request diff. */
export function pickAnnotations(report: ValidationReport, max: number): Annotation[] {
  const all = report.files.flatMap((f) => f.findings);
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

export function validationOutputs(report: ValidationReport): Record<string, string> {
  const training = report.files.find((f) => f.role === 'training');
  return {
    valid: String(report.ok),
    errors: String(report.errors),
    warnings: String(report.warnings),
    examples: String(report.estimate.examples),
    tokens: String(training?.stats.tokens.total ?? 0),
    'estimated-cost': report.estimate.cost === undefined ? '' : report.estimate.cost.toFixed(2),
  };
}

function failure(report: ValidationReport, failOn: 'error' | 'warning' | 'never'): string | undefined {
  if (failOn === 'never') return undefined;
  if (report.errors > 0) return `The datasets have ${report.errors} error(s); see the job summary.`;
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
      summary: `### Dataset check: ${message}`,
      outputs: {
        valid: 'false',
        errors: '1',
        warnings: '0',
        examples: '0',
        tokens: '0',
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
    base: ref ? { ref, readFile: (file) => github.readFileAtRef(file, ref) } : undefined,
    log: (m) => log.info(m),
  });
  const failed = failure(report, config.validation.failOn);
  return {
    command: 'validate',
    status: failed ? 'failed' : 'succeeded',
    headline: validationHeadline(report),
    summary: renderValidationSummary(report),
    comment: renderValidationComment(report),
    outputs: validationOutputs(report),
    annotations: pickAnnotations(report, config.validation.maxAnnotations),
    detail: report,
    failure: failed,
  };
};
