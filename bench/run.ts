/** `npm run bench`: every benchmark, one after the other (each prints ratios against its baseline). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { runValidateBench } = await import('./validate.ts');
await runValidateBench();
const evaluate = path.join(here, 'evaluate.ts');
if (existsSync(evaluate)) {
  console.log('\n== evaluate ==');
  const module = (await import(evaluate)) as { runEvaluateBench?: () => Promise<void> };
  await module.runEvaluateBench?.();
}
