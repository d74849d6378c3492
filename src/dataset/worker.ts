/** Entry of a dataset worker thread: analyzes chunks of lines for the main thread's pipeline. */
import { parentPort, workerData } from 'node:worker_threads';
import {
  analyzeIn,
  resolveOptions,
  WORKER_FLAG,
  type Session,
  type WorkerReply,
  type WorkerRequest,
} from './pipeline.ts';
import { PreviewTracker } from './chunk-analysis.ts';

/** True in a thread started by the pipeline (also when the thread runs a bundled entry file). */
export function isDatasetWorker(): boolean {
  return parentPort !== null && !!(workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG];
}

let running = false;

/**
 * Serves the pipeline's requests on this thread. Idempotent: a bundled entry calls it, and so does this
 * module when it is the thread's own entry (running from source).
 */
export function runDatasetWorker(): void {
  const port = parentPort;
  if (!port || running) return;
  running = true;
  const sessions = new Map<number, Promise<Session>>();
  const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []): void =>
    port.postMessage(message, transfer);
  port.on('message', (m: WorkerRequest) => {
    if (m.type === 'config') {
      const session = resolveOptions(m.config).then((options) => ({
        options,
        previews: new PreviewTracker(),
      }));
      session.catch(() => undefined);
      sessions.set(m.configId, session);
      return;
    }
    if (m.type === 'release') {
      sessions.delete(m.configId);
      return;
    }
    const session = sessions.get(m.configId);
    if (!session) {
      reply({ id: m.id, error: `dataset worker: unknown file ${m.configId}` });
      return;
    }
    session.then(
      (s) => {
        try {
          const results = analyzeIn(s, m);
          // The chunk's buffer goes back too, to be filled with the next chunk.
          const buffer = m.data.buffer as ArrayBuffer;
          reply({ id: m.id, results, buffer, loadMs: s.options.tokenizer?.loadMs }, [
            results.info.buffer as ArrayBuffer,
            results.nums.buffer as ArrayBuffer,
            buffer,
          ]);
        } catch (e) {
          reply({ id: m.id, error: e instanceof Error ? e.message : String(e) });
        }
      },
      (e: unknown) => reply({ id: m.id, error: e instanceof Error ? e.message : String(e) }),
    );
  });
  reply({ ready: true });
}

if (isDatasetWorker()) runDatasetWorker();
