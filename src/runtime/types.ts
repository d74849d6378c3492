/**
 * The base types every layer shares (commands, Azure adapters, evaluation, safety, GitHub, reports). They
 * live at the bottom of the module graph, so every import points down: nothing here imports from src/.
 */

/** Where progress goes while a command runs (the runner's log in the action, stderr in the CLI). */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** Masks a secret in everything logged from now on. */
  secret(value: string): void;
}

/** Wall time, injectable so tests and the emulator's virtual time can drive long waits. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A finding shown on the pull request diff. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  /** Path relative to the repository root. */
  file?: string;
  line?: number;
}
