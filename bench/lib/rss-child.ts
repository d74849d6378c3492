/**
 * Runs one full validation of a file and prints its peak RSS, for the memory benchmark: workers are
 * threads of this process, so maxRSS (VmHWM) covers them all.
 */
import { validateDatasets } from '../../src/dataset/index.ts';
import { findModel } from '../../src/models/catalog.ts';

const [file, model = 'Phi-4-mini-instruct', tokens = 'true'] = process.argv.slice(2);
const started = performance.now();
const report = await validateDatasets({
  root: process.cwd(),
  model: findModel(model)!,
  training: file!,
  splitRatio: 0.1,
  splitSeed: 'bench',
  countTokens: tokens === 'true',
});
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    seconds,
    examples: report.files[0]?.stats.examples,
    tokens: report.files[0]?.stats.tokens.total,
    errors: report.errors,
    threads: report.tokenizer.threads,
  }),
);
