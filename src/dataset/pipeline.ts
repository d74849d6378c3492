/**
 * Runs the analysis of a file's chunks on worker threads, results in file order.
 *
 * With `threads` = n > 1, n workers analyze and this thread reads, hands out chunks and folds the
 * results (cheap, allocation-light work). Keeping the per-line garbage on workers, whose heaps are
 * capped, is what keeps the process small: the main thread's heap cannot be capped from inside. Chunk
 * bytes are transferred to a worker, not copied, and come back to a pool; results come back as
 * transferred typed arrays. The tokenizer's vocabulary is loaded once, here, and shared with the
 * workers as SharedArrayBuffers. With one thread, or no workers, it all runs here.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TokenizerKind } from '../models/catalog.ts';
import type { AnalyzeOptions, ModelFacts } from './analyze.ts';
import { analyzeChunk, analyzeTooLong, PreviewTracker, type ChunkResults } from './chunk-analysis.ts';
import { BufferPool, scanChunks, type ByteReader, type ChunkScanResult, type LineChunk } from './chunks.ts';
import { tokenizerFromHandle, tokenizerHandle, type TokenizerHandle } from './tokenizer/index.ts';
import type { DatasetRole } from './types.ts';

/** What a thread needs to analyze a file's lines: plain data (and shared memory), so it can be posted. */
export interface AnalyzeConfig {
  role: DatasetRole;
  model: ModelFacts;
  /** Absent: structural checks only. */
  tokenizer?: TokenizerHandle;
  promptHashes?: boolean;
  goldenQuestions?: string[];
  maxLineBytes: number;
  method?: 'sft' | 'dpo';
}

/** What the caller asks for; the tokenizer is loaded (once) when a file is opened. */
export type FileConfig = Omit<AnalyzeConfig, 'tokenizer'> & { tokenizer?: TokenizerKind };

export async function resolveOptions(config: AnalyzeConfig): Promise<AnalyzeOptions> {
  return {
    role: config.role,
    model: config.model,
    tokenizer: config.tokenizer ? await tokenizerFromHandle(config.tokenizer) : undefined,
    promptHashes: config.promptHashes,
    goldenQuestions: config.goldenQuestions ? new Set(config.goldenQuestions) : undefined,
    maxLineBytes: config.maxLineBytes,
    method: config.method,
  };
}

/** One file's analysis on one thread. */
export interface Session {
  options: AnalyzeOptions;
  previews: PreviewTracker;
}

export function analyzeIn(
  session: Session,
  chunk: Pick<LineChunk, 'data' | 'lines' | 'tooLong'>,
): ChunkResults {
  if (chunk.tooLong) {
    return analyzeTooLong(chunk.tooLong.head, chunk.tooLong.length, session.options, session.previews);
  }
  return analyzeChunk(chunk.data!, chunk.lines, session.options, session.previews);
}

/** Flag in workerData that makes a bundled entry file run the dataset worker instead of its main. */
export const WORKER_FLAG = 'foundryFinetuneDatasetWorker';

/**
 * A bundled entry (the action, the CLI) that dispatches to `runDatasetWorker` when started with
 * WORKER_FLAG stores its own file path under this key: only then can the pool start workers from the
 * bundle. A global symbol, so the entry need not import this module eagerly.
 */
export const WORKER_ENTRY_KEY = Symbol.for('foundry-finetune.dataset-worker-entry');

function bundledEntry(): string | undefined {
  const value = (globalThis as Record<symbol, unknown>)[WORKER_ENTRY_KEY];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The file a worker runs: worker.ts beside this module when running from source (tsx), else the
 * bundle's entry. In a bundle, `import.meta.url` is the bundle chunk's own URL (ncc keeps it), and no
 * worker.ts sits beside it.
 */
function workerScript(): string | undefined {
  // Built at run time so a bundler does not try to follow or copy it.
  const source = path.join(path.dirname(fileURLToPath(import.meta.url)), ['worker', 'ts'].join('.'));
  if (existsSync(source)) return source;
  const entry = bundledEntry();
  return entry && existsSync(entry) ? entry : undefined;
}

/** Bytes per chunk: per-chunk costs (a message each way) vanish, and the chunks in flight stay a few MB. */
const CHUNK_BYTES = 512 * 1024;
/** Chunks queued per worker: one to work on, one waiting, so it never idles while results travel. */
const WORKER_QUEUE = 2;
const START_TIMEOUT_MS = 30_000;

export type WorkerRequest =
  | { type: 'config'; configId: number; config: AnalyzeConfig }
  | { type: 'release'; configId: number }
  | { type: 'chunk'; id: number; configId: number; data: Uint8Array; lines: number };

export type WorkerReply =
  | { ready: true }
  | { id: number; results: ChunkResults; buffer: ArrayBuffer; loadMs?: number }
  | { id: number; error: string; buffer?: ArrayBuffer };

class WorkerLane {
  ready = false;
  failure: Error | undefined;
  inFlight = 0;
  /** Settles (never rejects) when the worker is up or has failed to start. */
  readonly started: Promise<void>;
  private readonly pending = new Map<number, { resolve(r: ChunkResults): void; reject(e: Error): void }>();
  private readonly configs = new Set<number>();
  private nextId = 0;
  private readonly worker: Worker;
  private readonly pool: BufferPool;

  constructor(
    worker: Worker,
    pool: BufferPool,
    onChange: () => void,
    onLoad: (ms: number) => void,
    onFailure: (error: Error) => void,
  ) {
    this.worker = worker;
    this.pool = pool;
    let started!: () => void;
    this.started = new Promise<void>((resolve) => (started = resolve));
    const timer = setTimeout(() => {
      fail(new Error('it did not start in time'));
      void worker.terminate();
    }, START_TIMEOUT_MS);
    timer.unref();
    const fail = (error: Error): void => {
      clearTimeout(timer);
      const first = this.failure === undefined;
      this.fail(error);
      started();
      if (first) onFailure(error);
    };
    worker.on('message', (m: WorkerReply) => {
      if ('ready' in m) {
        clearTimeout(timer);
        this.ready = true;
        started();
        onChange();
        return;
      }
      if (m.buffer) this.pool.give(m.buffer);
      if ('loadMs' in m && m.loadMs !== undefined) onLoad(m.loadMs);
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      this.inFlight -= 1;
      if ('error' in m) p.reject(new Error(m.error));
      else p.resolve(m.results);
      onChange();
    });
    worker.on('error', (e) => fail(e));
    worker.on('exit', (code) => fail(new Error(`dataset worker exited with code ${code}`)));
  }

  get usable(): boolean {
    return this.ready && this.failure === undefined;
  }

  get starting(): boolean {
    return !this.ready && this.failure === undefined;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const p of this.pending.values()) p.reject(new Error(`dataset worker failed: ${error.message}`));
    this.pending.clear();
  }

  run(configId: number, config: AnalyzeConfig, data: Uint8Array, lines: number): Promise<ChunkResults> {
    if (!this.configs.has(configId)) {
      this.configs.add(configId);
      this.post({ type: 'config', configId, config });
    }
    const id = this.nextId++;
    this.inFlight += 1;
    return new Promise<ChunkResults>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'chunk', id, configId, data, lines }, [data.buffer as ArrayBuffer]);
    });
  }

  release(configId: number): void {
    if (this.configs.delete(configId) && this.failure === undefined) this.post({ type: 'release', configId });
  }

  private post(message: WorkerRequest, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  terminate(): Promise<number> {
    this.failure ??= new Error('closed');
    return this.worker.terminate();
  }
}

/** One file being analyzed: its chunks go to whichever worker has room. */
export class FileAnalysis {
  private here: Promise<Session> | undefined;
  private readonly analyzer: Analyzer;
  private readonly configId: number;
  private readonly config: AnalyzeConfig;
  readonly pool: BufferPool;

  constructor(analyzer: Analyzer, configId: number, config: AnalyzeConfig, pool: BufferPool) {
    this.analyzer = analyzer;
    this.configId = configId;
    this.config = config;
    this.pool = pool;
  }

  /**
   * A worker's result (pending), or this thread's when there is no worker and for a line over the size
   * cap (a few bytes). Waits for room in a worker: that wait is the backpressure on reading.
   */
  async analyze(chunk: LineChunk): Promise<{ done: ChunkResults } | { pending: Promise<ChunkResults> }> {
    if (chunk.data) {
      for (;;) {
        const lanes = this.analyzer.lanes.filter((l) => l.usable);
        if (lanes.length === 0) {
          // Workers still starting are waited for: analyzing here meanwhile would grow this
          // thread's heap for good (~100 ms of work, ~20 MB of RSS).
          if (!this.analyzer.lanes.some((l) => l.starting)) break;
          await this.analyzer.changed();
          continue;
        }
        let lane: WorkerLane | undefined;
        for (const l of lanes)
          if (l.inFlight < WORKER_QUEUE && (!lane || l.inFlight < lane.inFlight)) lane = l;
        if (lane) return { pending: lane.run(this.configId, this.config, chunk.data, chunk.lines) };
        await this.analyzer.changed();
      }
    }
    this.here ??= resolveOptions(this.config).then((options) => ({
      options,
      previews: new PreviewTracker(),
    }));
    const here = await this.here;
    const results = analyzeIn(here, chunk);
    if (chunk.data) this.pool.give(chunk.data.buffer);
    return { done: results };
  }

  close(): void {
    for (const l of this.analyzer.lanes) l.release(this.configId);
  }
}

export class Analyzer {
  /** Milliseconds the tokenizer took to load (the slowest thread), once one was loaded. */
  tokenizerLoadMs: number | undefined;
  private nextConfig = 0;
  private waiting: (() => void)[] = [];

  readonly lanes: WorkerLane[];
  private readonly pool: BufferPool;

  private constructor(lanes: WorkerLane[], pool: BufferPool) {
    this.lanes = lanes;
    this.pool = pool;
  }

  /**
   * An analyzer on `threads` worker threads (default: one per core, at most 2), started in the
   * background. With `threads` = 1, without a worker entry in this build, or when the workers fail to
   * start, it all runs on this thread (and says so through `log`).
   */
  static create(threads?: number, log?: (message: string) => void, chunkBytes = CHUNK_BYTES): Analyzer {
    const wanted = threads ?? Math.min(2, os.availableParallelism());
    const pool = new BufferPool(chunkBytes, wanted * WORKER_QUEUE + 2);
    const lanes: WorkerLane[] = [];
    const analyzer = new Analyzer(lanes, pool);
    if (wanted > 1) {
      const script = workerScript();
      if (!script) log?.('Dataset analysis runs on 1 thread: this build has no worker entry.');
      for (let i = 0; script && i < wanted; i++) {
        const worker = new Worker(script, {
          workerData: { [WORKER_FLAG]: true },
          // A worker's garbage is per line and dies young: a small young generation keeps its memory
          // flat at no measurable cost in speed; the old generation has room for an 8 MB line parsed.
          resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 512 },
        });
        worker.unref();
        lanes.push(
          new WorkerLane(
            worker,
            pool,
            () => analyzer.notify(),
            (loadMs) => (analyzer.tokenizerLoadMs = Math.max(analyzer.tokenizerLoadMs ?? 0, loadMs)),
            (error) => {
              log?.(`A dataset worker stopped (${error.message}); the analysis continues without it.`);
              analyzer.notify();
            },
          ),
        );
      }
    }
    return analyzer;
  }

  /** Threads that analyzed lines: the workers that started, or this one alone. */
  get threads(): number {
    return Math.max(1, this.lanes.filter((l) => l.usable).length);
  }

  /** Resolves when a worker has finished a chunk, started, or failed. */
  changed(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  notify(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /** Waits until every worker has started or failed to (so `threads` is final). */
  async settle(): Promise<void> {
    await Promise.all(this.lanes.map((l) => l.started));
  }

  /**
   * Prepares a file's analysis. A tiktoken vocabulary is loaded here, once, and shared with the
   * workers; the small Llama tokenizer is loaded by each thread that needs it.
   */
  async open(config: FileConfig): Promise<FileAnalysis> {
    let handle: TokenizerHandle | undefined;
    if (config.tokenizer) {
      const shared = await tokenizerHandle(config.tokenizer);
      handle = shared.handle;
      if (shared.loadMs !== undefined)
        this.tokenizerLoadMs = Math.max(this.tokenizerLoadMs ?? 0, shared.loadMs);
    }
    return new FileAnalysis(this, this.nextConfig++, { ...config, tokenizer: handle }, this.pool);
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((l) => l.terminate()));
  }
}

/** The first and last lines of a chunk, kept while its bytes are away being analyzed. */
export type ChunkPlace = Pick<LineChunk, 'firstLine' | 'lines' | 'bom'>;

/**
 * Reads `source` in chunks, analyzes them on the analyzer's threads and hands the results to `deliver`
 * in file order, with a bounded number of chunks in flight (reading waits when the queue is full).
 */
export async function analyzeStream(
  file: FileAnalysis,
  read: ByteReader,
  maxLineBytes: number,
  deliver: (place: ChunkPlace, results: ChunkResults) => void,
): Promise<ChunkScanResult> {
  interface Entry {
    place: ChunkPlace;
    results?: ChunkResults;
    error?: unknown;
    settled: Promise<void>;
  }
  const queue: Entry[] = [];
  const deliverReady = (): void => {
    while (queue.length > 0) {
      const head = queue[0]!;
      if (head.error !== undefined) throw head.error;
      if (!head.results) return;
      queue.shift();
      deliver(head.place, head.results);
    }
  };
  const maxQueued = 2 + WORKER_QUEUE * 4;
  try {
    const scan = await scanChunks(read, { maxLineBytes, pool: file.pool }, async (chunk) => {
      const entry: Entry = {
        place: { firstLine: chunk.firstLine, lines: chunk.lines, bom: chunk.bom },
        settled: Promise.resolve(),
      };
      const outcome = await file.analyze(chunk);
      if ('pending' in outcome) {
        entry.settled = outcome.pending.then(
          (r) => void (entry.results = r),
          (e: unknown) => void (entry.error = e ?? new Error('dataset worker failed')),
        );
      } else {
        entry.results = outcome.done;
      }
      queue.push(entry);
      deliverReady();
      while (queue.length >= maxQueued) {
        await queue[0]!.settled;
        deliverReady();
      }
    });
    while (queue.length > 0) {
      await queue[0]!.settled;
      deliverReady();
    }
    return scan;
  } finally {
    file.close();
  }
}
