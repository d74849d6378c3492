/**
 * `convert`: each configured data file in another tool's format becomes chat JSONL beside it
 * (`<name>.chat.jsonl`), never written over; what a line could not be mapped to is reported.
 */
import path from 'node:path';
import { convertFile, defaultOutput, type ConvertReport } from '../dataset/convert.ts';
import { renderConvertSummary } from '../report/convert.ts';
import type { Command, CommandContext, StepResult } from './types.ts';

export const convertCommand: Command = async (ctx: CommandContext): Promise<StepResult> => {
  const { config, log } = ctx;
  const files = [config.data.training, config.data.validation, config.data.golden].filter(
    (f): f is string => f !== undefined,
  );
  if (files.length === 0) {
    const message =
      "Nothing to convert: set 'training-file' (and 'validation-file', 'golden-file') to the files to convert.";
    return {
      command: 'convert',
      status: 'failed',
      headline: 'No data file configured.',
      summary: `### Dataset conversion\n\n${message}`,
      outputs: { 'converted-files': '' },
      annotations: [],
      failure: message,
    };
  }
  const reports: ConvertReport[] = [];
  for (const file of files) {
    const input = path.relative(config.root, path.resolve(config.root, file)).split(path.sep).join('/');
    const report = await convertFile(config.root, input, defaultOutput(input));
    log.info(
      `convert: ${input} -> ${report.output}: ${report.written} written, ${report.unmappedCount} not mapped`,
    );
    reports.push(report);
  }
  const unmapped = reports.reduce((n, r) => n + r.unmappedCount, 0);
  const written = reports.reduce((n, r) => n + r.written, 0);
  return {
    command: 'convert',
    status: 'succeeded',
    headline: `Converted ${written} line(s) into ${reports.length} file(s)${unmapped > 0 ? `; ${unmapped} line(s) could not be mapped` : ''}.`,
    summary: renderConvertSummary(reports),
    outputs: { 'converted-files': reports.map((r) => r.output).join(',') },
    annotations: reports.flatMap((r) =>
      r.unmapped.slice(0, 5).map((u) => ({
        level: 'warning' as const,
        title: 'Not converted',
        message: u.reason,
        file: r.input,
        line: u.line,
      })),
    ),
    detail: { conversions: reports },
  };
};
