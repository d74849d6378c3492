import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import * as core from '@actions/core';

// The dataset check tokenizes on worker threads started from this same bundle (src/dataset/pipeline.ts).
(globalThis as Record<symbol, unknown>)[Symbol.for('foundry-finetune.dataset-worker-entry')] = fileURLToPath(
  import.meta.url,
);

// One bundle serves the main step and the post step (`post-if: cancelled()`); the runner tells them
// apart only by the state the main step saved.
async function runAction(): Promise<void> {
  try {
    if (core.getState('isPost') === 'true') {
      await (await import('./post.ts')).runPost();
    } else {
      core.saveState('isPost', 'true');
      await (await import('./main.ts')).run();
    }
  } catch (e) {
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}

if (isMainThread) await runAction();
else (await import('./dataset/worker.ts')).runDatasetWorker();
