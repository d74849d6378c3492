/** Shared set-up of the train, deploy and preflight integration tests: the emulator, a repository, inputs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/index.ts';
import { makeRepo, PROJECT_ROOT, runAction, type ActionRun, type RunOptions } from '../support/action.ts';

export const REPOSITORY = 'octo-org/support-bot';
export const SHA = '0000000000000000000000000000000000000000';
export const TRAINING = readFileSync(path.join(PROJECT_ROOT, 'examples/data/train.jsonl'), 'utf8');

export const PUSH_PAYLOAD = { repository: { full_name: REPOSITORY, default_branch: 'main' }, after: SHA };

export async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ lroRetryAfterSeconds: 0, ...options });
}

export function repo(files: Record<string, string> = { 'data/train.jsonl': TRAINING }) {
  return makeRepo(files);
}

/** Runs the bundled action against the emulator as a push to main would. */
export function run(
  emu: Emulator,
  workspace: string,
  inputs: Record<string, string | undefined>,
  extra: Partial<RunOptions> = {},
): Promise<ActionRun> {
  return runAction({
    workspace,
    eventName: 'push',
    payload: PUSH_PAYLOAD,
    ...extra,
    inputs: {
      ...emu.actionInputs(),
      'training-file': 'data/train.jsonl',
      'poll-interval': '0.05',
      'github-token': emu.github.tokens.actions,
      ...inputs,
    },
    env: {
      // Inputs go through `inputs` only: childEnv's INPUT_* copies would override the test's own.
      ...Object.fromEntries(Object.entries(emu.childEnv()).filter(([k]) => !k.startsWith('INPUT_'))),
      // Retries back off from 5 ms instead of 1 s (see src/foundry/README.md).
      FOUNDRY_FINETUNE_RETRY_BASE_MS: '5',
      ...extra.env,
    },
  });
}

/** Everything a run wrote, for failure messages. */
export function explain(r: ActionRun): string {
  return `exit ${r.code}\n--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-3000)}\n--- summary\n${r.summary.slice(0, 4000)}`;
}
