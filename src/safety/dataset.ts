/**
 * Screens chat datasets with Content Safety, example by example: each line's text (every message and
 * tool-call argument) is looked up in the cache by hash, and sent only when it is new. Files are streamed
 * line by line with a bounded number of texts in flight, so memory stays flat however large the data.
 * Every example ends up screened, flagged, or reported as not screened: none is dropped or counted safe
 * without an answer.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../runtime/types.ts';
import { LINE_TOO_LONG, lineBytes, scanLines } from '../dataset/lines.ts';
import { readStream } from '../dataset/source.ts';
import type { Finding } from '../dataset/types.ts';
import { DEFAULT_MAX_LINE_BYTES } from '../dataset/validate.ts';
import { textHash, type SafetyCache, type SafetyCacheStats } from './cache.ts';
import type { AnalyzeOutcome, ContentSafetyClient } from './client.ts';
import { describeSeverities, flaggedCategories } from './severity.ts';
import { exampleText } from './text.ts';
import type { HarmCategory, Severities } from './types.ts';

export interface DatasetFile {
  /** Relative to the repository root, as findings and reports name it. */
  path: string;
  /** Where to read it; `root`/`path` when absent. */
  absolutePath?: string;
}

export interface FlaggedExample {
  file: string;
  line: number;
  severities: Severities;
  /** Categories at or above the threshold. */
  categories: HarmCategory[];
}

export interface FileScreening {
  path: string;
  /** Example lines (JSON objects with `messages`). */
  examples: number;
  /** Examples with an answer, from the service or the cache. */
  screened: number;
  /** Examples answered without a request: from the cache, or shared with an identical example. */
  cached: number;
  flagged: number;
  /** Examples with no answer after every retry (each reported as an error). */
  failed: number;
  /** Lines that are not examples (blank, not JSON, no `messages`, too long): the dataset check reports them. */
  skipped: number;
  /** Why the file could not be read, when it could not. */
  problem?: string;
}

export interface DatasetScreening {
  /** The Content Safety endpoint (origin only). */
  endpoint: string;
  threshold: number;
  files: FileScreening[];
  examples: number;
  screened: number;
  cached: number;
  flagged: number;
  failed: number;
  skipped: number;
  /** HTTP requests sent (retries included). */
  requests: number;
  throttled: number;
  /** Flagged examples in file and line order. */
  flaggedExamples: FlaggedExample[];
  /** `unsafe-content` and `unscreened` errors, at file:line, in file and line order. */
  findings: Finding[];
  cache: SafetyCacheStats & { file?: string };
  elapsedMs: number;
}

export interface ScreenDatasetWithOptions {
  files: readonly DatasetFile[];
  root: string;
  client: ContentSafetyClient;
  cache: SafetyCache;
  threshold: number;
  log?: Pick<Logger, 'info' | 'warning' | 'debug'>;
  signal?: AbortSignal;
  /** Texts waiting for an answer at once (default 64): bounds memory, not the request rate. */
  window?: number;
  maxLineBytes?: number;
  now?: () => number;
}

/** A long screening says how far it got this often. */
const PROGRESS_MS = 30_000;

/** Failures listed one per line up to this many per file and reason; more become one file-level finding. */
const FAILURES_PER_LINE = 20;

const UNSAFE_HINT =
  "Remove or rewrite the example. If it is meant to be there (e.g. it teaches the model to refuse), raise 'content-safety-threshold' knowingly.";

const UNSCREENED_HINT =
  'An example that was not screened does not count as safe: fix the cause if there is one, then run the check again.';

function lineList(lines: readonly number[], max = 10): string {
  const shown = lines.slice(0, max).join(', ');
  return lines.length > max ? `${shown} and ${lines.length - max} more` : shown;
}

class FileRun {
  readonly stats: FileScreening;
  readonly flagged: FlaggedExample[] = [];
  /** Lines that got no answer, by reason. */
  readonly failures = new Map<string, number[]>();
  cancelledAt?: number;

  constructor(readonly file: DatasetFile) {
    this.stats = { path: file.path, examples: 0, screened: 0, cached: 0, flagged: 0, failed: 0, skipped: 0 };
  }

  answered(line: number, severities: Severities, threshold: number, cached: boolean): void {
    this.stats.screened++;
    if (cached) this.stats.cached++;
    const categories = flaggedCategories(severities, threshold);
    if (categories.length === 0) return;
    this.stats.flagged++;
    this.flagged.push({ file: this.file.path, line, severities, categories });
  }

  failed(line: number, reason: string): void {
    this.stats.failed++;
    const lines = this.failures.get(reason);
    if (lines) lines.push(line);
    else this.failures.set(reason, [line]);
  }

  findings(threshold: number): Finding[] {
    const out: Finding[] = [];
    const file = this.file.path;
    for (const f of this.flagged) {
      out.push({
        severity: 'error',
        code: 'unsafe-content',
        file,
        line: f.line,
        message: `Content Safety rates this example ${describeSeverities(f.severities, f.categories)} (threshold ${threshold}).`,
        hint: UNSAFE_HINT,
      });
    }
    const hint = UNSCREENED_HINT;
    for (const [reason, lines] of this.failures) {
      lines.sort((a, b) => a - b);
      if (lines.length <= FAILURES_PER_LINE) {
        for (const line of lines) {
          out.push({
            severity: 'error',
            code: 'unscreened',
            file,
            line,
            message: `Could not be screened by Content Safety: ${reason}.`,
            hint,
          });
        }
      } else {
        out.push({
          severity: 'error',
          code: 'unscreened',
          file,
          message: `${lines.length} examples (lines ${lineList(lines)}) could not be screened by Content Safety: ${reason}.`,
          hint,
        });
      }
    }
    if (this.cancelledAt !== undefined) {
      out.push({
        severity: 'error',
        code: 'unscreened',
        file,
        line: this.cancelledAt,
        message: `Screening was cancelled here; the rest of the file was not screened.`,
        hint,
      });
    }
    if (this.stats.problem) {
      out.push({
        severity: 'error',
        code: 'unscreened',
        file,
        message: `Could not be screened: ${this.stats.problem}.`,
        hint: UNSCREENED_HINT,
      });
    }
    return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
}

/** Screens every example of `files` with `client`, answering from and filling `cache` (not saved here). */
export async function screenDatasetWith(options: ScreenDatasetWithOptions): Promise<DatasetScreening> {
  const { client, cache, threshold, log, signal } = options;
  const now = options.now ?? Date.now;
  const started = now();
  const before = client.stats();
  const window = Math.max(1, options.window ?? 64);
  const decoder = new TextDecoder();
  /** Requests in flight by text hash: an identical example waits for the same answer. */
  const inflight = new Map<string, Promise<AnalyzeOutcome>>();
  const pending = new Waiting();
  const runs: FileRun[] = [];
  let lastProgress = started;

  const submit = (run: FileRun, line: number, text: string): void => {
    const hash = textHash(text);
    const known = cache.get(hash);
    if (known) {
      run.answered(line, known, threshold, true);
      return;
    }
    let request = inflight.get(hash);
    const shared = request !== undefined;
    if (!request) {
      request = client
        .analyze(text, signal)
        .catch((e: unknown): AnalyzeOutcome => ({ ok: false, message: (e as Error).message ?? String(e) }))
        .then((outcome) => {
          if (outcome.ok) cache.set(hash, outcome.severities);
          inflight.delete(hash);
          return outcome;
        });
      inflight.set(hash, request);
    }
    const task = request.then((outcome) => {
      if (outcome.ok) run.answered(line, outcome.severities, threshold, shared);
      else run.failed(line, outcome.message);
    });
    pending.track(task);
  };

  for (const file of options.files) {
    const run = new FileRun(file);
    runs.push(run);
    if (signal?.aborted) {
      run.stats.problem = 'the screening was cancelled before this file';
      continue;
    }
    const absolute = file.absolutePath ?? path.resolve(options.root, file.path);
    try {
      const info = await stat(absolute);
      if (!info.isFile()) throw new Error('not a regular file');
    } catch (e) {
      run.stats.problem = `cannot read ${file.path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
      continue;
    }
    let lastLine = 0;
    try {
      await scanLines(
        readStream(absolute),
        { maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES },
        async (batch) => {
          for (let i = 0; i < batch.ends.length; i++) {
            const line = batch.firstLine + i;
            if (signal?.aborted) {
              run.cancelledAt = line;
              throw new CancelledError();
            }
            lastLine = line;
            if (batch.flags[i]! & LINE_TOO_LONG) {
              run.stats.skipped++;
              continue;
            }
            const raw = decoder.decode(lineBytes(batch, i));
            if (raw.trim() === '') {
              run.stats.skipped++;
              continue;
            }
            let value: unknown;
            try {
              value = JSON.parse(raw);
            } catch {
              run.stats.skipped++;
              continue;
            }
            const text = exampleText(value);
            if (text === undefined) {
              run.stats.skipped++;
              continue;
            }
            run.stats.examples++;
            submit(run, line, text);
            if (log && now() - lastProgress >= PROGRESS_MS) {
              lastProgress = now();
              const sent = client.stats();
              log.info(
                `content safety: ${file.path}: ${run.stats.examples} examples read, ${run.stats.screened} screened (${sent.requests - before.requests} requests, ${sent.throttled - before.throttled} throttled).`,
              );
            }
            await pending.below(window);
          }
        },
      );
    } catch (e) {
      if (!(e instanceof CancelledError))
        run.stats.problem = `reading stopped after line ${lastLine}: ${(e as Error).message}`;
    }
    await pending.below(1);
    const s = run.stats;
    log?.info(
      `content safety: ${s.path}: ${s.examples} examples, ${s.cached} answered without a request, ${s.flagged} flagged${s.failed ? `, ${s.failed} not screened` : ''}.`,
    );
  }
  await pending.below(1);

  const after = client.stats();
  const findings = runs.flatMap((r) => r.findings(threshold));
  const sum = (k: 'examples' | 'screened' | 'cached' | 'flagged' | 'failed' | 'skipped'): number =>
    runs.reduce((n, r) => n + r.stats[k], 0);
  return {
    endpoint: client.endpoint,
    threshold,
    files: runs.map((r) => r.stats),
    examples: sum('examples'),
    screened: sum('screened'),
    cached: sum('cached'),
    flagged: sum('flagged'),
    failed: sum('failed'),
    skipped: sum('skipped'),
    requests: after.requests - before.requests,
    throttled: after.throttled - before.throttled,
    flaggedExamples: runs.flatMap((r) => r.flagged.sort((a, b) => a.line - b.line)),
    findings,
    cache: { ...cache.stats(), ...(cache.file ? { file: cache.file } : {}) },
    elapsedMs: now() - started,
  };
}

class CancelledError extends Error {}

/**
 * Counts tasks in flight and lets the reader wait until fewer than n remain. A counter, not
 * `Promise.race` over a set: racing adds a reaction to every pending task on every call, which costs
 * O(window) per example and piles up on long-running tasks.
 */
class Waiting {
  private count = 0;
  private wakers: (() => void)[] = [];

  track(task: Promise<void>): void {
    this.count++;
    void task.finally(() => {
      this.count--;
      const wake = this.wakers;
      this.wakers = [];
      for (const w of wake) w();
    });
  }

  async below(n: number): Promise<void> {
    while (this.count >= n) await new Promise<void>((resolve) => this.wakers.push(resolve));
  }
}
