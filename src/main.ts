import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { buildConfig } from './config/build.ts';
import type { CommandName, Config } from './config/types.ts';
import { planCommands } from './commands/plan.ts';
import { loadCommand } from './commands/registry.ts';
import type { Clock, Logger } from './runtime/types.ts';
import type { CommandContext, RunState, StepResult } from './commands/types.ts';
import { eventFacts } from './github/event.ts';
import { createGitHubPort } from './github/octokit.ts';
import type { GitHubPort } from './github/port.ts';
import {
  allAnnotations,
  mergeOutputs,
  renderComment,
  renderSummary,
  type RunFacts,
} from './report/run-report.ts';
import { realClock } from './runtime/clock.ts';
import { redact } from './runtime/redact.ts';

/** Secrets seen during the run: masked in the log by the runner, and scrubbed from what we publish. */
const secrets: string[] = [];

export function actionLogger(): Logger {
  return {
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    debug: (m) => core.debug(m),
    secret: (value) => {
      if (!value || secrets.includes(value)) return;
      secrets.push(value);
      core.setSecret(value);
    },
  };
}

function readEventPayload(): unknown {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file || !existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

function repositoryRoot(): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

function readRepoFile(root: string) {
  return (relative: string): string | undefined => {
    const file = path.resolve(root, relative);
    if (!existsSync(file) || !statSync(file).isFile()) return undefined;
    return readFileSync(file, 'utf8');
  };
}

/** Turns an unexpected throw into a failed step, so everything before it is still reported. */
function crashedStep(command: CommandName, error: unknown): StepResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    command,
    status: 'failed',
    headline: message.split('\n')[0] ?? message,
    summary: `### \`${command}\` failed\n\n${message}`,
    outputs: {},
    annotations: [],
    failure: message,
  };
}

export interface RunDependencies {
  github?: GitHubPort;
  clock?: Clock;
  log?: Logger;
}

export async function run(deps: RunDependencies = {}): Promise<void> {
  const log = deps.log ?? actionLogger();
  const root = repositoryRoot();
  const event = eventFacts(process.env, readEventPayload());
  for (const name of [
    'github-token',
    'endpoint-key',
    'baseline-endpoint-key',
    'judge-endpoint-key',
    'content-safety-key',
  ]) {
    log.secret(core.getInput(name));
  }

  let config: Config;
  try {
    config = buildConfig({
      getInput: (name) => core.getInput(name),
      readFile: readRepoFile(root),
      root,
      repository: event.repository,
      runnerEnvironment: process.env.RUNNER_ENVIRONMENT,
    });
  } catch (e) {
    const message = (e as Error).message;
    await publish(
      [],
      { event, modelId: '-', planReason: 'configuration', configError: message },
      undefined,
      log,
      deps.github,
    );
    core.setFailed(message);
    return;
  }

  const plan = planCommands(config, event);
  log.info(`foundry-finetune: ${plan.commands.join(' -> ')} (${plan.reason}).`);
  const abort = new AbortController();
  const onSignal = (): void => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  core.saveState('cancel-on-abort', String(config.training.cancelOnAbort));

  const github = deps.github ?? createGitHubPort({ token: config.github.token, event, root, log });
  const outDir = process.env.RUNNER_TEMP
    ? path.join(process.env.RUNNER_TEMP, 'foundry-finetune')
    : path.join(root, '.foundry-finetune');
  mkdirSync(outDir, { recursive: true });
  const state: RunState = {};
  const ctx: CommandContext = {
    config,
    event,
    log,
    github,
    state,
    clock: deps.clock ?? realClock,
    signal: abort.signal,
    outDir,
  };

  const results: StepResult[] = [];
  const queue: CommandName[] = [...plan.commands];
  while (queue.length > 0) {
    const name = queue.shift()!;
    let result: StepResult;
    try {
      const command = await loadCommand(name);
      result = await core.group(`foundry-finetune ${name}`, () => command(ctx));
    } catch (e) {
      result = crashedStep(name, e);
    }
    results.push(result);
    log.info(`${name}: ${result.status} - ${result.headline}`);
    if (result.next) queue.unshift(...result.next);
    if (result.status === 'failed') break;
    // A job handed to a later run stops what depends on it; cleanup does not, and idle endpoints bill.
    if (result.stop) queue.splice(0, queue.length, ...queue.filter((c) => c === 'cleanup'));
  }
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);

  const facts: RunFacts = { event, modelId: config.model.id, planReason: plan.reason };
  await publish(results, facts, config, log, github, outDir);
  const failures = results.flatMap((r) => (r.status === 'failed' ? [r.failure ?? r.headline] : []));
  if (failures.length > 0) core.setFailed(redact(failures.join('\n'), secrets));
}

/** Writes outputs, annotations, the job summary, the report file and the sticky comment. */
async function publish(
  results: StepResult[],
  facts: RunFacts,
  config: Config | undefined,
  log: Logger,
  github?: GitHubPort,
  outDir?: string,
): Promise<void> {
  const outputs = mergeOutputs(results);
  if (outDir) {
    const reportPath = path.join(outDir, 'report.json');
    const report = {
      event: facts.event.eventName,
      sha: facts.event.sha,
      steps: results.map(({ annotations: _a, ...r }) => r),
    };
    writeFileSync(reportPath, redact(JSON.stringify(report, null, 2), secrets));
    outputs.report = reportPath;
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(value, secrets));

  for (const a of allAnnotations(results)) {
    const props = { title: a.title, file: a.file, startLine: a.line };
    const message = redact(a.message, secrets);
    if (a.level === 'error') core.error(message, props);
    else if (a.level === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }

  const summary = redact(renderSummary(results, facts), secrets);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary, true).write();

  if (!config?.github.comment || !github) return;
  const prNumber =
    facts.event.pullRequest?.number ??
    (facts.event.eventName === 'push' && facts.event.sha
      ? await github.pullRequestForCommit(facts.event.sha)
      : undefined);
  if (prNumber === undefined) return;
  try {
    const outcome = await github.upsertStickyComment(
      prNumber,
      config.github.commentTag,
      redact(renderComment(results, facts), secrets),
    );
    if (outcome.action === 'forbidden')
      core.notice(outcome.message, { title: 'Pull request comment not posted' });
    else if (outcome.action === 'skipped') log.info(outcome.message);
    else log.info(`Pull request comment ${outcome.action}: ${outcome.url}`);
  } catch (e) {
    log.warning(
      `Could not update the pull request comment: ${(e as Error).message}. The job summary has the full report.`,
    );
  }
}
