import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Faults } from './faults.ts';
import type { RequestLog, RequestLogEntry, ServiceName } from './request-log.ts';

export interface EmuRequest {
  service: ServiceName;
  method: string;
  url: URL;
  /** Raw path (still percent-encoded), without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  /** JSON or form body, parsed; raw text otherwise; undefined when empty. */
  body: unknown;
  /** Set when the body claimed to be JSON but was not. */
  jsonError?: string;
  params: Record<string, string>;
  /** The request's log entry (already redacted). */
  log: RequestLogEntry;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialized as JSON unless `raw` is given. */
  body?: unknown;
  raw?: Buffer | string;
  /** Server-sent events, written one by one (inference streaming). */
  events?: string[];
}

export type Handler = (req: EmuRequest) => Promise<EmuResponse> | EmuResponse;

export interface FaultAnswer {
  body: unknown;
  headers?: Record<string, string>;
}

export interface ServiceServerOptions {
  service: ServiceName;
  tls?: { key: Buffer; cert: Buffer };
  port?: number;
  log: RequestLog;
  faults: Faults;
  handler: Handler;
  /** The body (and headers) this service sends for an injected status, e.g. ARM's TooManyRequests error. */
  faultAnswer: (status: number, retryAfter: number | undefined) => FaultAnswer;
  /** Runs before each request is handled (state machines catch up with the clock). */
  beforeEach?: () => void;
}

export interface RunningServer {
  service: ServiceName;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts one emulated service on 127.0.0.1 (random port by default) with logging and fault injection. */
export async function startServiceServer(options: ServiceServerOptions): Promise<RunningServer> {
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    serve(options, req, res).catch((error: unknown) => {
      // An emulator bug must be loud in the test output, not a silent hang.
      console.error(`[emulator:${options.service}] ${req.method} ${req.url} crashed:`, error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'EmulatorBug', message: String(error) } }));
      } else {
        res.destroy();
      }
    });
  };
  const server: Server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : createHttpServer(listener);
  // Clients reuse keep-alive sockets; a short idle timeout keeps stop() from waiting on them.
  server.keepAliveTimeout = 2000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    service: options.service,
    url,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serve(
  options: ServiceServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const startedAt = Date.now();
  const rawBody = await readBody(req);
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = (req.method ?? 'GET').toUpperCase();
  const parsed = parseBody(rawBody, req.headers['content-type']);
  const entry = options.log.start({
    time: new Date(startedAt).toISOString(),
    service: options.service,
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body: parsed.body,
  });

  const fault = options.faults.take({ service: options.service, method, path: url.pathname });
  if (fault) {
    entry.fault = fault.label;
    const response = fault.response;
    if (response === 'reset') {
      req.socket.destroy();
      return;
    }
    if ('delayMs' in response) {
      await sleep(response.delayMs);
    } else {
      const answer = options.faultAnswer(response.status, response.retryAfter);
      const headers: Record<string, string> = { ...answer.headers, ...response.headers };
      if (response.retryAfter !== undefined) headers['retry-after'] = String(response.retryAfter);
      const body = response.body ?? answer.body;
      send(res, { status: response.status, headers, body });
      options.log.finish(entry, response.status, headers, body, startedAt);
      return;
    }
  }

  options.beforeEach?.();
  const request: EmuRequest = {
    service: options.service,
    method,
    url,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    rawBody,
    body: parsed.body,
    jsonError: parsed.jsonError,
    params: {},
    log: entry,
  };
  const response = await options.handler(request);
  send(res, response);
  options.log.finish(
    entry,
    response.status,
    response.headers ?? {},
    response.raw !== undefined ? '<raw>' : response.body,
    startedAt,
  );
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown; jsonError?: string } {
  if (raw.length === 0) return { body: undefined };
  const text = raw.toString('utf8');
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded'))
    return { body: Object.fromEntries(new URLSearchParams(text)) };
  if (type.includes('json') || /^\s*[[{]/.test(text)) {
    try {
      return { body: JSON.parse(text) as unknown };
    } catch (error) {
      return { body: text, jsonError: (error as Error).message };
    }
  }
  return { body: text };
}

function send(res: ServerResponse, response: EmuResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  if (response.events) {
    headers['content-type'] = 'text/event-stream';
    res.writeHead(response.status, headers);
    for (const event of response.events) res.write(`data: ${event}\n\n`);
    res.end();
    return;
  }
  let payload: Buffer | undefined;
  if (response.raw !== undefined) {
    payload = Buffer.isBuffer(response.raw) ? response.raw : Buffer.from(response.raw);
  } else if (response.body !== undefined && response.status !== 204) {
    payload = Buffer.from(JSON.stringify(response.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  headers['content-length'] = String(payload?.length ?? 0);
  res.writeHead(response.status, headers);
  res.end(payload);
}

export function json(status: number, body: unknown, headers?: Record<string, string>): EmuResponse {
  return { status, body, headers };
}

/** The bearer credential of a request, from `Authorization: Bearer x` (or `token x`, GitHub's scheme). */
export function bearer(req: EmuRequest): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^(?:bearer|token)\s+(.+)$/i.exec(header.trim());
  return match?.[1]?.trim();
}

export function header(req: EmuRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
