/**
 * `npm run bench`: every benchmark, one after the other, each printing its ratio against the baseline it
 * runs beside. `npm run bench -- validate` (or `evaluate`, `cold-start`, `faults`) runs one.
 */
import { runColdStartBench } from './cold-start.ts';
import { runEvaluateBench } from './evaluate.ts';
import { runFaultsBench } from './faults.ts';
import { runValidateBench } from './validate.ts';

const benches: Record<string, () => Promise<void>> = {
  validate: runValidateBench,
  evaluate: runEvaluateBench,
  'cold-start': runColdStartBench,
  faults: async () => void (await runFaultsBench()),
};
const chosen = process.argv.slice(2).filter((a) => a in benches);
for (const name of chosen.length > 0 ? chosen : Object.keys(benches)) {
  console.log(`\n== ${name} ==`);
  await benches[name]!();
}
