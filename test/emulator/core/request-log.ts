import type { Redactor } from './redact.ts';

export type ServiceName =
  | 'arm'
  | 'mlflow'
  | 'authority'
  | 'oidc'
  | 'inference'
  | 'contentSafety'
  | 'github'
  /** The Foundry resource's `/openai/v1` data plane (test/emulator/project). */
  | 'foundry';

/** One request as a test sees it: already redacted, so it can be printed or snapshotted safely. */
export interface RequestLogEntry {
  seq: number;
  /** Wall-clock ISO time the request arrived. */
  time: string;
  service: ServiceName;
  method: string;
  /** Path without the query string, as sent (not decoded). */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON or form body; raw text when neither; undefined when empty. */
  body?: unknown;
  /** Set once answered; undefined when the connection was dropped. */
  status?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: unknown;
  /** The injected fault that answered instead of the service, if any. */
  fault?: string;
  /**
   * ARM only: the published definitions of the route the request reached (spec family, the api-version in
   * the URL, the body's and the success answer's definition), so tests can check both against the spec.
   */
  contract?: { spec: string; apiVersion: string; body?: string; answer?: string };
  durationMs?: number;
}

export interface LogFilter {
  service?: ServiceName;
  method?: string;
  path?: string | RegExp;
}

export class RequestLog {
  private readonly list: RequestLogEntry[] = [];
  private seq = 0;

  /** `maxEntries` bounds memory in long standalone or benchmark runs; the oldest entries go first. */
  constructor(
    private readonly redactor: Redactor,
    private readonly maxEntries = 100_000,
  ) {}

  start(
    entry: Omit<RequestLogEntry, 'seq' | 'headers' | 'body'> & {
      headers: Record<string, string | string[] | undefined>;
      body?: unknown;
    },
  ): RequestLogEntry {
    const recorded: RequestLogEntry = {
      ...entry,
      seq: ++this.seq,
      path: this.redactor.text(entry.path),
      query: this.redactor.value(entry.query) as Record<string, string>,
      headers: this.redactor.headers(entry.headers),
      body: this.redactor.value(entry.body),
    };
    this.list.push(recorded);
    if (this.list.length > this.maxEntries) this.list.splice(0, this.list.length - this.maxEntries);
    return recorded;
  }

  finish(
    entry: RequestLogEntry,
    status: number,
    headers: Record<string, string>,
    body: unknown,
    startedAt: number,
  ): void {
    entry.status = status;
    entry.responseHeaders = this.redactor.headers(headers);
    entry.responseBody = this.redactor.value(body);
    entry.durationMs = Date.now() - startedAt;
  }

  /** Entries in arrival order, optionally filtered. */
  entries(filter: LogFilter = {}): RequestLogEntry[] {
    return this.list.filter((e) => matches(e, filter));
  }

  /** "METHOD path" lines: a compact way to assert the order of calls. */
  calls(filter: LogFilter = {}): string[] {
    return this.entries(filter).map((e) => `${e.method} ${e.path}`);
  }

  last(filter: LogFilter = {}): RequestLogEntry | undefined {
    return this.entries(filter).at(-1);
  }

  clear(): void {
    this.list.length = 0;
  }

  toJSON(): RequestLogEntry[] {
    return [...this.list];
  }
}

export function matches(
  entry: { service: ServiceName; method: string; path: string },
  filter: LogFilter,
): boolean {
  if (filter.service && entry.service !== filter.service) return false;
  if (filter.method && entry.method.toUpperCase() !== filter.method.toUpperCase()) return false;
  if (filter.path !== undefined) {
    if (typeof filter.path === 'string') {
      if (!entry.path.toLowerCase().includes(filter.path.toLowerCase())) return false;
    } else if (!filter.path.test(entry.path)) {
      return false;
    }
  }
  return true;
}
