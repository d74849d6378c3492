/**
 * Post step: runs only when the workflow run was cancelled (`post-if: cancelled()` in action.yml). With
 * `cancel-on-abort: true` it cancels the job the main step submitted; otherwise it says that the job goes
 * on in Azure and how a later run picks it up. Never throws: a post step must not hide the main result.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { buildConfig } from './config/build.ts';
import { actionLogger } from './main.ts';
import { connectFoundry } from './foundry/index.ts';
import { errorMessage } from './foundry/errors.ts';
import { isTerminal } from './foundry/job-spec.ts';

export async function runPost(): Promise<void> {
  const jobName = core.getState('job-name');
  if (!jobName) {
    core.info('foundry-finetune post: no fine-tuning job was submitted in this run; nothing to cancel.');
    return;
  }
  if (core.getState('cancel-on-abort') !== 'true') {
    core.info(
      `foundry-finetune post: the run was cancelled; job ${jobName} continues in Azure (cancel-on-abort is off). ` +
        '`command: resume` or the scheduled workflow picks it up by its tags.',
    );
    return;
  }
  try {
    const root = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const log = actionLogger();
    for (const name of ['github-token', 'endpoint-key', 'baseline-endpoint-key', 'judge-endpoint-key']) {
      log.secret(core.getInput(name));
    }
    const config = buildConfig({
      getInput: (name) => core.getInput(name),
      readFile: (relative) => {
        const file = path.resolve(root, relative);
        return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
      },
      root,
      repository: process.env.GITHUB_REPOSITORY,
      runnerEnvironment: process.env.RUNNER_ENVIRONMENT,
    });
    const foundry = connectFoundry(config, log);
    const job = await foundry.getJob(jobName);
    if (!job) {
      core.info(`foundry-finetune post: job ${jobName} does not exist; nothing to cancel.`);
      return;
    }
    const status = job.properties.status ?? 'Unknown';
    if (isTerminal(status) || /^cancelrequested$/i.test(status)) {
      core.info(`foundry-finetune post: job ${jobName} is ${status}; nothing to cancel.`);
      return;
    }
    await foundry.cancelJob(jobName);
    core.info(
      `foundry-finetune post: the run was cancelled; cancellation of job ${jobName} requested (cancel-on-abort).`,
    );
  } catch (e) {
    core.warning(
      `foundry-finetune post: could not cancel job ${jobName}: ${errorMessage(e)} It may still be running: cancel it in the studio, or let \`resume\` pick it up.`,
    );
  }
}
