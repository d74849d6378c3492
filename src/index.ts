import * as core from '@actions/core';

// One bundle serves the main step and the post step (`post-if: cancelled()`); the runner tells them
// apart only by the state the main step saved.
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
