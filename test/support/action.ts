/**
 * Runs the bundled action the way the runner does: a child process with INPUT_* variables, an event
 * payload file, and the GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files it writes to.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        hash.update(path.relative(PROJECT_ROOT, full));
        hash.update(readFileSync(full));
      }
    }
  };
  walk(path.join(PROJECT_ROOT, 'src'));
  hash.update(readFileSync(path.join(PROJECT_ROOT, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/** Bundles of earlier sources pile up while developing; drop those no test has touched for an hour. */
function pruneOldBundles(keep: string, prefix: string): void {
  const parent = path.dirname(keep);
  for (const name of readdirSync(parent)) {
    const full = path.join(parent, name);
    if (full === keep || !name.startsWith(prefix)) continue;
    if (Date.now() - statSync(full).mtimeMs > 3_600_000) rmSync(full, { recursive: true, force: true });
  }
}

const built = new Map<string, string>();

/**
 * `ncc build <source>` of the current sources, with the same command as `npm run build`, cached under
 * `.tmp/` by a hash of src/ so parallel test files build once.
 */
function bundle(source: string, prefix: string): string {
  const cached = built.get(source);
  if (cached) return cached;
  const dir = path.join(PROJECT_ROOT, '.tmp', `${prefix}${sourceHash()}`);
  const entry = path.join(dir, 'index.js');
  if (!existsSync(entry)) {
    const staging = `${dir}.${process.pid}.${Date.now()}`;
    execFileSync(
      path.join(PROJECT_ROOT, 'node_modules/.bin/ncc'),
      ['build', source, '-o', staging, '--quiet'],
      {
        cwd: PROJECT_ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    try {
      renameSync(staging, dir);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another test file won the race
    }
    pruneOldBundles(dir, prefix);
  }
  built.set(source, entry);
  return entry;
}

/**
 * The action bundle to run: `ACTION_ENTRY` when set (CI points it at `dist/index.js` after checking that
 * dist/ matches a fresh build), else one built from the current sources.
 */
export function actionEntry(): string {
  if (process.env.ACTION_ENTRY) return path.resolve(PROJECT_ROOT, process.env.ACTION_ENTRY);
  return bundle('src/index.ts', 'bundle-');
}

/** The CLI bundle: `dist/cli` beside `ACTION_ENTRY` when set, else one built from the current sources. */
export function cliEntry(): string {
  if (process.env.ACTION_ENTRY) {
    return path.join(path.dirname(path.resolve(PROJECT_ROOT, process.env.ACTION_ENTRY)), 'cli/index.js');
  }
  return bundle('src/cli.ts', 'cli-bundle-');
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Secrets the action registered with `::add-mask::`. */
  masked: string[];
  /** Every byte the action wrote anywhere a user can read: stdout, stderr, outputs, summary, files under RUNNER_TEMP. */
  everything(): string;
  runnerTemp: string;
}

export interface RunOptions {
  inputs?: Record<string, string | undefined>;
  eventName?: string;
  payload?: unknown;
  /** Repository root (GITHUB_WORKSPACE). */
  workspace: string;
  env?: Record<string, string | undefined>;
  /** State saved by the main step, for a post-step run. */
  state?: Record<string, string>;
  timeoutMs?: number;
  /** Sends SIGINT after this many ms (a cancelled workflow run). */
  cancelAfterMs?: number;
}

function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    out[name!] = value.join('\n');
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = part.indexOf('=');
      props[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
    out.push({
      level: m[1] as Annotation['level'],
      message: unescapeData(m[3]!),
      file: props.file,
      line: props.line ? Number(props.line) : undefined,
      title: props.title,
    });
  }
  return out;
}

function readTree(dir: string): string {
  if (!existsSync(dir)) return '';
  let text = '';
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) text += readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return text;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'ff-run-'));
  const runnerTemp = path.join(temp, 'runner-temp');
  mkdirSync(runnerTemp);
  const files = {
    event: path.join(temp, 'event.json'),
    output: path.join(temp, 'output'),
    state: path.join(temp, 'state'),
    summary: path.join(temp, 'summary.md'),
  };
  writeFileSync(files.event, JSON.stringify(options.payload ?? {}));
  for (const f of [files.output, files.state, files.summary]) writeFileSync(f, '');

  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      v !== undefined &&
      !k.startsWith('INPUT_') &&
      !k.startsWith('GITHUB_') &&
      !k.startsWith('STATE_') &&
      !k.startsWith('ACTIONS_')
    )
      env[k] = v;
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo-org/support-bot',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runnerTemp,
    RUNNER_ENVIRONMENT: 'self-hosted',
  });
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const child = spawn(process.execPath, [actionEntry()], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const cancel =
    options.cancelAfterMs !== undefined
      ? setTimeout(() => child.kill('SIGINT'), options.cancelAfterMs)
      : undefined;
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timeout);
  if (cancel) clearTimeout(cancel);

  const outputs = parseFileCommand(readFileSync(files.output, 'utf8'));
  const state = parseFileCommand(readFileSync(files.state, 'utf8'));
  const summary = readFileSync(files.summary, 'utf8');
  const masked = [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => unescapeData(m[1]!));
  const result: ActionRun = {
    code,
    stdout,
    stderr,
    outputs,
    state,
    summary,
    annotations: parseAnnotations(stdout),
    masked,
    runnerTemp,
    everything: () =>
      [
        stdout.replace(/^::add-mask::.*$/gm, ''),
        stderr,
        JSON.stringify(outputs),
        summary,
        readTree(runnerTemp),
      ].join('\n'),
  };
  // The temp dir holds only what the run wrote; drop it once the test process ends.
  process.once('exit', () => rmSync(temp, { recursive: true, force: true }));
  return result;
}

/** A throwaway git repository with the given files committed on `main`; returns its path. */
export function makeRepo(
  files: Record<string, string | Buffer>,
  options: {
    commits?: Record<string, string | Buffer>[];
    /** Author and commit date of every commit: the same files then give the same commit ids. */
    date?: string;
  } = {},
): {
  dir: string;
  shas: string[];
  cleanup(): void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ff-repo-'));
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
        ...(options.date ? { GIT_AUTHOR_DATE: options.date, GIT_COMMITTER_DATE: options.date } : {}),
      },
    })
      .toString()
      .trim();
  git('init', '-q', '-b', 'main');
  const shas: string[] = [];
  for (const tree of [files, ...(options.commits ?? [])]) {
    for (const [rel, content] of Object.entries(tree)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), content);
    }
    git('add', '-A');
    git('commit', '-q', '-m', `commit ${shas.length + 1}`);
    shas.push(git('rev-parse', 'HEAD'));
  }
  return { dir, shas, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function fileSize(file: string): number {
  return statSync(file).size;
}
