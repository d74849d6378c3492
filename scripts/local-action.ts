/**
 * `npm run local-action [-- ENV_FILE]`: the action's source (`src/index.ts`) on your machine, as the
 * runner would start it, with the inputs and environment of `.env` (see `.env.example`). It prints the
 * log and annotations as they come, then the outputs and the job summary, and exits with the step's
 * code: non-zero when the step failed.
 *
 * What a machine lacks: there is no GitHub OIDC token service, so leave `tenant-id`/`client-id` unset
 * and `az login` first (the action falls back to DefaultAzureCredential); there is no pull request to
 * comment on unless you point `GITHUB_API_URL` at one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `KEY=value` lines; `#` comments and blank lines skipped; optional quotes removed. */
export function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line
      .slice(0, eq)
      .trim()
      .replace(/^export\s+/, '');
    let value = line.slice(eq + 1).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    env[key] = value;
  }
  return env;
}

/** The runner's file commands (`name<<delimiter` ... `delimiter`) as a map. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

async function main(): Promise<number> {
  const envFile = path.resolve(process.argv[2] ?? '.env');
  if (!existsSync(envFile)) {
    console.error(`${envFile} does not exist: copy .env.example to .env and set the inputs you want.`);
    return 2;
  }
  const temp = mkdtempSync(path.join(os.tmpdir(), 'ff-local-action-'));
  try {
    const files = {
      event: path.join(temp, 'event.json'),
      output: path.join(temp, 'output'),
      state: path.join(temp, 'state'),
      summary: path.join(temp, 'summary.md'),
    };
    for (const f of Object.values(files)) writeFileSync(f, f === files.event ? '{}' : '');
    const fromFile = parseEnvFile(readFileSync(envFile, 'utf8'));
    mkdirSync(path.join(ROOT, '.tmp', 'local-action'), { recursive: true });
    const env: Record<string, string> = {
      ...Object.fromEntries(
        Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
      ),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ROOT,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      // Kept after the run (git ignores .tmp/): the `report` output points at report.json there.
      RUNNER_TEMP: path.join(ROOT, '.tmp', 'local-action'),
      ...fromFile,
    };
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/index.ts')], {
        cwd: env.GITHUB_WORKSPACE,
        env,
        stdio: 'inherit',
      });
      child.on('close', (c) => resolve(c ?? 1));
    });
    const outputs = parseFileCommands(readFileSync(files.output, 'utf8'));
    console.log('\n── Outputs');
    for (const [k, v] of Object.entries(outputs))
      console.log(`${k}=${v.length > 200 ? `${v.slice(0, 200)}…` : v}`);
    console.log('\n── Job summary (Markdown, as GitHub would render it)\n');
    console.log(readFileSync(files.summary, 'utf8').trim() || '(empty)');
    console.log(`\n── The step ${code === 0 ? 'succeeded' : `failed (exit ${code})`}.`);
    return code;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
