import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { buildConfig } from './config/build.ts';
import { resolveWorkspacePath } from './config/paths.ts';
import { settingByInput } from './config/settings.ts';
import type { CommandName, Config } from './config/types.ts';
import { planCommands } from './commands/plan.ts';
import { loadCommand } from './commands/registry.ts';
import type { Clock, Logger } from './runtime/types.ts';
import type { CommandContext, RunState, StepResult } from './commands/types.ts';
import { eventFacts, type EventFacts } from './github/event.ts';
import { createGitHubPort } from './github/octokit.ts';
import type { GitHubPort } from './github/port.ts';
import {
  allAnnotations,
  mergeOutputs,
  renderComment,
  renderSummary,
  type RunFacts,
} from './report/run-report.ts';
import { renderFailure } from './report/steps.ts';
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

/** Reads a file of the workspace; `buildConfig` has checked the path (inside, outside .git/, no symlink out). */
function readRepoFile(root: string) {
  return (relative: string): string | undefined => {
    const file = path.resolve(root, resolveWorkspacePath(root, relative, 'config-file'));
    if (!existsSync(file) || !statSync(file).isFile()) return undefined;
    return readFileSync(file, 'utf8');
  };
}

async function text(source: AsyncIterable<Uint8Array> | undefined): Promise<string | undefined> {
  if (!source) return undefined;
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * On a pull request, the config file as the base commit has it: where credentials are sent is decided by
 * the base branch, not by the pull request (see `CREDENTIAL_DESTINATION_KEYS`).
 */
async function baseConfig(
  event: EventFacts,
  github: GitHubPort,
  root: string,
  log: Logger,
): Promise<{ ref?: string; text: string | undefined } | undefined> {
  const pr = event.pullRequest;
  // pull_request, pull_request_target, pull_request_review...: the head is the pull request author's.
  if (!pr) return /^pull_request/.test(event.eventName) ? { text: undefined } : undefined;
  const input = core.getInput('config-file').trim() || settingByInput('config-file').default!;
  let file: string;
  try {
    file = resolveWorkspacePath(root, input, "input 'config-file'");
  } catch {
    return { ref: pr.baseSha, text: undefined }; // buildConfig reports the path itself
  }
  try {
    return { ref: pr.baseSha, text: await text(await github.readFileAtRef(file, pr.baseSha)) };
  } catch (e) {
    log.warning(
      `Could not read ${file} at the base commit ${pr.baseSha.slice(0, 7)} (${(e as Error).message}): on this pull request, where credentials are sent comes from the inputs and the defaults only.`,
    );
    return { ref: pr.baseSha, text: undefined };
  }
}

/** Turns an unexpected throw into a failed step, so everything before it is still reported. */
function crashedStep(command: CommandName, error: unknown): StepResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    command,
    status: 'failed',
    headline: message.split('\n')[0] ?? message,
    summary: renderFailure(`\`${command}\` failed`, message),
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

  const github =
    deps.github ??
    createGitHubPort({ token: core.getInput('github-token').trim() || undefined, event, root, log });
  let config: Config;
  try {
    config = buildConfig({
      getInput: (name) => core.getInput(name),
      readFile: readRepoFile(root),
      root,
      repository: event.repository,
      runnerEnvironment: process.env.RUNNER_ENVIRONMENT,
      pullRequestBase: await baseConfig(event, github, root, log),
    });
  } catch (e) {
    const message = (e as Error).message;
    await publish(
      [],
      { event, modelId: '-', planReason: 'configuration', configError: message },
      undefined,
      log,
      github,
    );
    core.setFailed(message);
    return;
  }
  for (const notice of config.notices) log.warning(notice);

  const plan = planCommands(config, event);
  log.info(`foundry-finetune: ${plan.commands.join(' -> ')} (${plan.reason}).`);
  const abort = new AbortController();
  const onSignal = (): void => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  core.saveState('cancel-on-abort', String(config.training.cancelOnAbort));

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
