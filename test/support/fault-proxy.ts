/**
 * A seeded fault-injecting HTTP(S) proxy, independent of the emulator's own fault routes: it sits between a
 * client (the bundled action, or a plain fetch) and each upstream service, forwards every request, and
 * spoils a chosen share of them the way real networks do:
 *
 * | kind                  | what the client sees                                                   | upstream acted? |
 * | --------------------- | ---------------------------------------------------------------------- | --------------- |
 * | `reset-before`        | the connection is reset as soon as the request arrived                 | no              |
 * | `reset-after`         | the request is forwarded and answered; the connection is reset instead | yes             |
 * | `truncate`            | the answer's headers (with the full Content-Length) and part of its body, then the socket closes | yes |
 * | `429-retry-after`     | 429 with `Retry-After` (seconds)                                       | no              |
 * | `429-retry-after-ms`  | 429 with `retry-after-ms` (Azure's milliseconds form)                  | no              |
 * | `5xx`                 | 500, 502, 503 or 504                                                   | no              |
 * | `delay`               | the real answer, 10-20 s late (x `delayScale`)                         | yes             |
 * | `duplicate-put`       | a PUT is forwarded twice; the client gets the second answer            | twice           |
 *
 * Which request gets which fault is decided by a hash of (seed, service, method, path and query, body, n-th
 * time this same request was seen): the same seed spoils the same requests whatever order concurrent
 * requests arrive in, and a retry of a request draws anew. Every request is logged (`log`): service,
 * method, path (secret query values hidden), the fault and its parameters, the upstream status(es).
 * Headers and bodies are never logged.
 *
 * Each service gets its own listener, https when its upstream is (the committed test certificate in
 * test/fixtures/tls/), else http (`tls: true` forces https). URLs in answers (bodies of JSON, XML, text and
 * forms, and every header: nextLink, Azure-AsyncOperation, Location, inference URIs, the MLflow tracking
 * URI, the blob endpoint, GitHub's Link) are rewritten from upstream to proxy addresses, and the other
 * way in requests, so a client that follows them stays behind the proxy; a token requested for the
 * proxy's ARM address is thereby issued for the upstream's, which the emulator accepts.
 *
 * `proxyEmulator(emu, options)` fronts every service of `startEmulator()` (Azurite's blob service too) and
 * gives the action inputs and child environment that point at the proxy. Always `await stop()`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  Agent as HttpAgent,
  createServer as createHttpServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { Agent as HttpsAgent, createServer as createHttpsServer, request as httpsRequest } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Emulator } from '../emulator/index.ts';

export const FAULT_KINDS = [
  'reset-before',
  'reset-after',
  'truncate',
  '429-retry-after',
  '429-retry-after-ms',
  '5xx',
  'delay',
  'duplicate-put',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Share of requests (0..1) that get each kind; the shares add up, and their sum must not pass 1. */
export type FaultRates = Partial<Record<FaultKind, number>>;

/** `total` spread evenly over `kinds`: `spreadRates(0.2)` is 2.5% of each of the eight kinds. */
export function spreadRates(total: number, kinds: readonly FaultKind[] = FAULT_KINDS): FaultRates {
  return Object.fromEntries(kinds.map((k) => [k, total / kinds.length]));
}

export interface ScriptedFault {
  service?: string;
  method?: string;
  /** Substring of the path (case-insensitive) or a RegExp on path and query. */
  path?: string | RegExp;
  kind: FaultKind;
  /** How many matching requests get it (default 1; Infinity for all). */
  times?: number;
  /** Matching requests let through first. */
  skip?: number;
  /** `5xx`: which status (default 503). */
  status?: number;
  /** `delay`: how long, in ms (default: drawn, then scaled). */
  delayMs?: number;
  /** `429-*`: the wait announced, in ms. */
  retryAfterMs?: number;
  /** `truncate`: share of the body sent (default: drawn in [0.1, 0.9]). */
  fraction?: number;
}

export interface FaultLogEntry {
  seq: number;
  service: string;
  method: string;
  /** Path and query as the upstream saw them, secret query values hidden. */
  path: string;
  /** The n-th time this same request (method, path, query, body) came, from 1. */
  occurrence: number;
  fault?: FaultKind;
  /** The fault's parameters and what the client got: "503", "delay 12345 ms", "412 of 1830 bytes". */
  detail?: string;
  /** Statuses the upstream answered (two for a duplicated PUT); empty when nothing was forwarded. */
  upstream: number[];
  /** What the client got: a status, or `reset` / `truncated`. */
  outcome: number | 'reset' | 'truncated' | 'upstream-error';
  durationMs: number;
}

export interface FaultProxyOptions {
  /** Service name -> upstream origin (`https://127.0.0.1:1234`). */
  upstreams: Record<string, string>;
  /** Services that get random faults (default: every one). Scripted faults apply to any. */
  faultServices?: readonly string[];
  seed?: number | string;
  /** Random fault shares for every service in `faultServices`. Default: none. */
  rates?: FaultRates;
  /** Shares for one service, replacing `rates` there. */
  serviceRates?: Record<string, FaultRates>;
  /** Scales the 10-20 s delays (0.01: 100-200 ms). Default 1. */
  delayScale?: number;
  /** Range of the wait a 429 announces, in ms (default [1000, 3000]). `Retry-After` carries it rounded to seconds. */
  retryAfterMs?: readonly [number, number];
  /** Listeners speak https for these services even when their upstream is http. */
  tls?: readonly string[];
  /** CA for https upstreams (default: the committed test certificate). */
  ca?: Buffer | string;
  /** Never spoil these requests (e.g. a health probe). */
  exempt?: (request: { service: string; method: string; path: string }) => boolean;
  /** At most this many faults in a row for one request (method, path, query, body); default: no limit. */
  maxConsecutive?: number;
  onEvent?: (entry: FaultLogEntry) => void;
}

export interface FaultProxy {
  /** Proxy origin per service. */
  readonly urls: Readonly<Record<string, string>>;
  url(service: string): string;
  /** Upstream addresses in a text replaced by the proxy's (what clients must be given). */
  map(text: string): string;
  /** The other way. */
  unmap(text: string): string;
  readonly log: readonly FaultLogEntry[];
  /** Entries that got a fault. */
  faults(filter?: { service?: string; kind?: FaultKind }): FaultLogEntry[];
  /** Faults per kind (and per service with `byService`). */
  tally(): Record<string, number>;
  /** "seq service METHOD path -> fault (detail)" lines, for a failure message or a bench report. */
  report(): string;
  script(fault: ScriptedFault): { readonly hits: number; cancel(): void };
  /** Scripted faults not used up yet (a test that expects its faults met checks this is empty). */
  pending(): ScriptedFault[];
  /** Changes random shares from now on (for one service, or all with `service` left out). */
  setRates(rates: FaultRates, service?: string): void;
  stop(): Promise<void>;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CERT = readFileSync(`${HERE}../fixtures/tls/cert.pem`);
const KEY = readFileSync(`${HERE}../fixtures/tls/key.pem`);

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'proxy-authorization',
  'proxy-authenticate',
  'expect',
]);

/** Query parameters whose values are secrets somewhere (SAS signatures, keys, tokens, OAuth codes). */
const SECRET_QUERY =
  /^(sig|signature|code|key|api-key|subscription-key|token|access_token|id_token|client_secret|client_assertion|password)$/i;

/** Bodies worth rewriting: text that can hold a URL. Anything else (blob content) passes byte for byte. */
function textual(contentType: string | undefined): boolean {
  return !!contentType && /json|xml|text\/|x-www-form-urlencoded|event-stream/i.test(contentType);
}

/** [0, 1) from a hash of its parts: the same parts, the same number. */
function draw(...parts: (string | number)[]): number {
  return createHash('sha256').update(parts.join('\u0000')).digest().readUInt32BE(0) / 2 ** 32;
}

function redactQuery(pathAndQuery: string): string {
  const q = pathAndQuery.indexOf('?');
  if (q < 0) return pathAndQuery;
  const params = new URLSearchParams(pathAndQuery.slice(q + 1));
  for (const name of [...params.keys()]) if (SECRET_QUERY.test(name)) params.set(name, '[REDACTED]');
  return `${pathAndQuery.slice(0, q)}?${params.toString()}`;
}

interface Listener {
  service: string;
  upstream: URL;
  origin: string;
  server: Server;
  tls: boolean;
}

interface Upstreamed {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const seed = String(options.seed ?? 1);
  const delayScale = options.delayScale ?? 1;
  const [waitLo, waitHi] = options.retryAfterMs ?? [1000, 3000];
  const faultServices = new Set(options.faultServices ?? Object.keys(options.upstreams));
  let rates: FaultRates = { ...options.rates };
  const serviceRates: Record<string, FaultRates> = { ...options.serviceRates };
  checkRates(rates);
  for (const r of Object.values(serviceRates)) checkRates(r);

  const log: FaultLogEntry[] = [];
  const seen = new Map<string, number>();
  const streak = new Map<string, number>();
  const scripted: { fault: ScriptedFault; hits: number; skipped: number; cancelled: boolean }[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const httpAgent = new HttpAgent({ keepAlive: true });
  const httpsAgent = new HttpsAgent({ keepAlive: true, ca: options.ca ?? CERT });
  let stopped = false;

  // Upstream port -> proxy address, and back; filled as listeners start.
  const toProxy = new Map<string, { scheme: string; port: string }>();
  const toUpstream = new Map<string, { scheme: string; port: string }>();
  const ADDRESS = /\b(?:(https?)(:\/\/|%3A%2F%2F))?(127\.0\.0\.1|localhost)(:|%3A)(\d{2,5})\b/gi;
  const rewrite =
    (table: Map<string, { scheme: string; port: string }>) =>
    (text: string): string =>
      text.replace(
        ADDRESS,
        (
          whole,
          scheme: string | undefined,
          sep: string | undefined,
          host: string,
          colon: string,
          port: string,
        ) => {
          const target = table.get(port);
          if (!target) return whole;
          return `${scheme ? `${target.scheme}${sep}` : ''}${host}${colon}${target.port}`;
        },
      );
  const map = rewrite(toProxy);
  const unmap = rewrite(toUpstream);

  const listeners: Listener[] = [];
  for (const [service, upstreamUrl] of Object.entries(options.upstreams)) {
    const upstream = new URL(upstreamUrl);
    const tls = upstream.protocol === 'https:' || (options.tls ?? []).includes(service);
    const handler = (req: IncomingMessage, res: ServerResponse): void => {
      handle(listener, req, res).catch((error: unknown) => {
        console.error(`[fault-proxy:${service}] ${req.method} ${req.url} crashed:`, error);
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`fault proxy bug: ${String(error)}`);
        } else res.destroy();
      });
    };
    const server = tls ? createHttpsServer({ key: KEY, cert: CERT }, handler) : createHttpServer(handler);
    server.keepAliveTimeout = 2000;
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    server.on('clientError', (_e, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = String((server.address() as AddressInfo).port);
    const listener: Listener = {
      service,
      upstream,
      origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
      server,
      tls,
    };
    listeners.push(listener);
    const upstreamPort = upstream.port || (upstream.protocol === 'https:' ? '443' : '80');
    toProxy.set(upstreamPort, { scheme: tls ? 'https' : 'http', port });
    toUpstream.set(port, { scheme: upstream.protocol.replace(':', ''), port: upstreamPort });
  }

  function ratesFor(service: string): FaultRates {
    return serviceRates[service] ?? rates;
  }

  function choose(
    l: Listener,
    method: string,
    pathAndQuery: string,
    key: string,
    occurrence: number,
  ): { kind: FaultKind; fault?: ScriptedFault } | undefined {
    for (const s of scripted) {
      const f = s.fault;
      if (s.cancelled || s.hits >= (f.times ?? 1)) continue;
      if (f.service && f.service !== l.service) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      if (f.path !== undefined) {
        const ok =
          typeof f.path === 'string'
            ? pathAndQuery.toLowerCase().includes(f.path.toLowerCase())
            : f.path.test(pathAndQuery);
        if (!ok) continue;
      }
      if (f.kind === 'duplicate-put' && method !== 'PUT') continue;
      if (s.skipped < (f.skip ?? 0)) {
        s.skipped++;
        continue;
      }
      s.hits++;
      return { kind: f.kind, fault: f };
    }
    if (!faultServices.has(l.service)) return undefined;
    if (options.exempt?.({ service: l.service, method, path: pathAndQuery })) return undefined;
    if ((streak.get(key) ?? 0) >= (options.maxConsecutive ?? Infinity)) return undefined;
    const shares = ratesFor(l.service);
    const u = draw(seed, 'fault', occurrence, key);
    let cumulative = 0;
    for (const kind of FAULT_KINDS) {
      if (kind === 'duplicate-put' && method !== 'PUT') continue;
      cumulative += shares[kind] ?? 0;
      if (u < cumulative) return { kind };
    }
    return undefined;
  }

  async function handle(l: Listener, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    let body: Buffer;
    try {
      body = await readAll(req);
    } catch {
      return; // the client went away mid-request
    }
    const pathAndQuery = unmap(req.url ?? '/');
    const key = `${l.service} ${method} ${pathAndQuery} ${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const chosen = choose(l, method, pathAndQuery, key, occurrence);
    streak.set(key, chosen ? (streak.get(key) ?? 0) + 1 : 0);
    const p = draw(seed, 'param', occurrence, key);
    const entry: FaultLogEntry = {
      seq: log.length + 1,
      service: l.service,
      method,
      path: redactQuery(pathAndQuery),
      occurrence,
      ...(chosen ? { fault: chosen.kind } : {}),
      upstream: [],
      outcome: 'reset',
      durationMs: 0,
    };
    log.push(entry);
    const done = (outcome: FaultLogEntry['outcome'], detail?: string): void => {
      entry.outcome = outcome;
      if (detail) entry.detail = detail;
      entry.durationMs = Date.now() - started;
      options.onEvent?.(entry);
    };
    const kind = chosen?.kind;
    const scriptedFault = chosen?.fault;

    if (kind === 'reset-before') {
      reset(req.socket);
      return done('reset', 'reset before forwarding');
    }
    if (kind === '429-retry-after' || kind === '429-retry-after-ms') {
      const waitMs = Math.round(scriptedFault?.retryAfterMs ?? waitLo + p * (waitHi - waitLo));
      const header: Record<string, string> =
        kind === '429-retry-after'
          ? { 'retry-after': String(Math.round(waitMs / 1000)) }
          : { 'retry-after-ms': String(waitMs) };
      const answer = faultBody(l.service, 429);
      send(res, 429, { headers: { ...answer.headers, ...header }, body: answer.body });
      return done(
        429,
        kind === '429-retry-after' ? `Retry-After ${header['retry-after']}` : `retry-after-ms ${waitMs}`,
      );
    }
    if (kind === '5xx') {
      const status = scriptedFault?.status ?? [500, 502, 503, 504][Math.floor(p * 4)]!;
      send(res, status, faultBody(l.service, status));
      return done(status, String(status));
    }

    let answer: Upstreamed;
    try {
      answer = await forward(l, method, pathAndQuery, req.headers, body);
      entry.upstream.push(answer.status);
      if (kind === 'duplicate-put') {
        answer = await forward(l, method, pathAndQuery, req.headers, body);
        entry.upstream.push(answer.status);
      }
    } catch (error) {
      if (stopped) return;
      send(res, 502, {
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(
          JSON.stringify({
            error: { code: 'BadGateway', message: `fault proxy: upstream failed (${String(error)})` },
          }),
        ),
      });
      return done('upstream-error', String(error));
    }
    const rewritten = rewriteAnswer(answer, method);

    if (kind === 'reset-after') {
      reset(req.socket);
      return done('reset', `reset after upstream answered ${answer.status}`);
    }
    if (kind === 'delay') {
      const ms = Math.round(scriptedFault?.delayMs ?? (10_000 + p * 10_000) * delayScale);
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve();
        }, ms);
        timers.add(t);
      });
      if (stopped) return;
      send(res, answer.status, rewritten);
      return done(answer.status, `delay ${ms} ms`);
    }
    if (kind === 'truncate') {
      const total = rewritten.body?.length ?? 0;
      if (total < 2 || method === 'HEAD') {
        reset(req.socket);
        return done('reset', `no body to cut (${answer.status}); reset instead`);
      }
      const fraction = scriptedFault?.fraction ?? 0.1 + 0.8 * p;
      const sent = Math.min(total - 1, Math.max(1, Math.floor(total * fraction)));
      res.writeHead(answer.status, { ...rewritten.headers, 'content-length': String(total) });
      res.flushHeaders();
      await new Promise<void>((resolve) => res.write(rewritten.body!.subarray(0, sent), () => resolve()));
      // Let the partial body reach the client before the connection ends.
      await new Promise<void>((resolve) => setTimeout(resolve, 5));
      req.socket.destroy();
      return done('truncated', `${answer.status}, ${sent} of ${total} bytes`);
    }
    send(res, answer.status, rewritten);
    done(
      answer.status,
      kind === 'duplicate-put' ? `forwarded twice: ${entry.upstream.join(', ')}` : undefined,
    );
  }

  function rewriteAnswer(
    answer: Upstreamed,
    method: string,
  ): { headers: OutgoingHttpHeaders; body?: Buffer } {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name) || name === 'content-length') continue;
      headers[name] = Array.isArray(value) ? value.map(map) : map(value);
    }
    if (method === 'HEAD' || answer.status === 204 || answer.status === 304) {
      if (answer.headers['content-length'] !== undefined)
        headers['content-length'] = answer.headers['content-length'];
      return { headers };
    }
    const body = textual(answer.headers['content-type'])
      ? Buffer.from(map(answer.body.toString('utf8')))
      : answer.body;
    return { headers, body };
  }

  function forward(
    l: Listener,
    method: string,
    pathAndQuery: string,
    incoming: IncomingHttpHeaders,
    body: Buffer,
  ): Promise<Upstreamed> {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(incoming)) {
      if (value === undefined || HOP_BY_HOP.has(name) || name === 'host' || name === 'content-length')
        continue;
      // Compression would hide URLs from the rewrite; the upstream sends plain bytes instead.
      if (name === 'accept-encoding') continue;
      headers[name] = Array.isArray(value) ? value.map(unmap) : unmap(value);
    }
    const sent = textual(incoming['content-type']) ? Buffer.from(unmap(body.toString('utf8'))) : body;
    // A request signed over its body (Storage shared key) stays intact: text is rewritten only if it changed.
    const payload = sent.equals(body) ? body : sent;
    headers.host = l.upstream.host;
    if (payload.length > 0 || !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method)) {
      headers['content-length'] = String(payload.length);
    }
    const https = l.upstream.protocol === 'https:';
    return new Promise<Upstreamed>((resolve, reject) => {
      const upstreamReq = (https ? httpsRequest : httpRequest)(
        {
          host: l.upstream.hostname,
          port: l.upstream.port,
          method,
          path: pathAndQuery,
          headers,
          agent: https ? httpsAgent : httpAgent,
        },
        (upstreamRes) => {
          readAll(upstreamRes).then(
            (data) =>
              resolve({ status: upstreamRes.statusCode ?? 502, headers: upstreamRes.headers, body: data }),
            reject,
          );
        },
      );
      upstreamReq.once('error', reject);
      upstreamReq.end(payload);
    });
  }

  return {
    urls: Object.fromEntries(listeners.map((l) => [l.service, l.origin])),
    url(service) {
      const l = listeners.find((x) => x.service === service);
      if (!l) throw new Error(`fault proxy: no service ${service}`);
      return l.origin;
    },
    map,
    unmap,
    log,
    faults: (filter = {}) =>
      log.filter(
        (e) =>
          e.fault !== undefined &&
          (filter.service === undefined || e.service === filter.service) &&
          (filter.kind === undefined || e.fault === filter.kind),
      ),
    tally() {
      const out: Record<string, number> = {};
      for (const e of log) if (e.fault) out[e.fault] = (out[e.fault] ?? 0) + 1;
      return out;
    },
    report: () =>
      log
        .filter((e) => e.fault)
        .map(
          (e) =>
            `${e.seq} ${e.service} ${e.method} ${e.path} -> ${e.fault}${e.detail ? ` (${e.detail})` : ''}`,
        )
        .join('\n'),
    script(fault) {
      const s = { fault, hits: 0, skipped: 0, cancelled: false };
      scripted.push(s);
      return {
        get hits() {
          return s.hits;
        },
        cancel: () => void (s.cancelled = true),
      };
    },
    pending: () => scripted.filter((x) => !x.cancelled && x.hits < (x.fault.times ?? 1)).map((x) => x.fault),
    setRates(next, service) {
      checkRates(next);
      if (service) serviceRates[service] = { ...next };
      else {
        rates = { ...next };
        for (const name of Object.keys(serviceRates)) delete serviceRates[name];
      }
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await Promise.all(
        listeners.map(
          (l) =>
            new Promise<void>((resolve) => {
              l.server.close(() => resolve());
              l.server.closeAllConnections();
            }),
        ),
      );
      for (const s of sockets) s.destroy();
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

function checkRates(rates: FaultRates): void {
  let sum = 0;
  for (const [kind, share] of Object.entries(rates)) {
    if (!(FAULT_KINDS as readonly string[]).includes(kind))
      throw new Error(`fault proxy: unknown fault kind '${kind}'`);
    if (share === undefined || !Number.isFinite(share) || share < 0)
      throw new Error(`fault proxy: rate of ${kind} must be >= 0`);
    sum += share;
  }
  if (sum > 1 + 1e-9) throw new Error(`fault proxy: the rates add up to ${sum}, more than 1`);
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** A TCP reset where the socket allows one (plain TCP); a TLS socket is torn down without close_notify. */
function reset(socket: Socket): void {
  const raw = (socket as Socket & { _parent?: Socket })._parent ?? socket;
  try {
    raw.resetAndDestroy();
  } catch {
    raw.destroy();
  }
  socket.destroy();
}

function send(
  res: ServerResponse,
  status: number,
  answer: { headers: OutgoingHttpHeaders; body?: Buffer },
): void {
  const headers: OutgoingHttpHeaders = { ...answer.headers };
  if (answer.body !== undefined) headers['content-length'] = String(answer.body.length);
  res.writeHead(status, headers);
  res.end(answer.body);
}

/** The body of an injected status: Storage's XML error for blob, a JSON error ARM, OpenAI and GitHub parsers read. */
function faultBody(service: string, status: number): { headers: OutgoingHttpHeaders; body: Buffer } {
  const code =
    status === 429
      ? 'TooManyRequests'
      : status === 503
        ? 'ServiceUnavailable'
        : status === 504
          ? 'GatewayTimeout'
          : status === 502
            ? 'BadGateway'
            : 'InternalServerError';
  const message = `Injected by the fault proxy (${status}).`;
  if (service === 'blob') {
    const storageCode = status === 503 || status === 429 ? 'ServerBusy' : 'InternalError';
    return {
      headers: { 'content-type': 'application/xml' },
      body: Buffer.from(
        `<?xml version="1.0" encoding="utf-8"?><Error><Code>${storageCode}</Code><Message>${message}</Message></Error>`,
      ),
    };
  }
  return {
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: Buffer.from(JSON.stringify({ error: { code, message }, message })),
  };
}

export interface ProxiedEmulator {
  proxy: FaultProxy;
  /** `emu.actionInputs()` pointing at the proxy. */
  actionInputs(): Record<string, string>;
  /** `emu.childEnv(extra)` pointing at the proxy (NODE_EXTRA_CA_CERTS still trusts the test certificate). */
  childEnv(extra?: Record<string, string>): Record<string, string>;
  /** An emulator URL (e.g. of an endpoint from `emu.inference.register`) as seen through the proxy. */
  url(upstreamUrl: string): string;
  stop(): Promise<void>;
}

/** Services `proxyEmulator` spoils by default; the sign-in services are fronted for their URLs only. */
export const DEFAULT_FAULT_SERVICES = ['arm', 'mlflow', 'blob', 'inference', 'contentSafety', 'github'];

/**
 * Fronts every service of a started emulator: ARM, MLflow, the authority, the OIDC token service,
 * inference, Content Safety, GitHub and (with Azurite) blob storage.
 */
export async function proxyEmulator(
  emu: Emulator,
  options: Omit<FaultProxyOptions, 'upstreams'> = {},
): Promise<ProxiedEmulator> {
  const upstreams: Record<string, string> = {
    arm: emu.armUrl,
    mlflow: emu.mlflowUrl,
    authority: emu.authorityHost,
    oidc: new URL(emu.oidc.requestUrl).origin,
    inference: emu.inferenceUrl,
    contentSafety: emu.contentSafetyUrl,
    github: emu.github.apiUrl,
  };
  if (emu.blob.kind === 'azurite') upstreams.blob = new URL(emu.blob.url).origin;
  const proxy = await startFaultProxy({
    faultServices: DEFAULT_FAULT_SERVICES,
    ...options,
    upstreams,
  });
  const mapAll = (values: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, proxy.map(v)]));
  return {
    proxy,
    actionInputs: () => mapAll(emu.actionInputs()),
    childEnv: (extra) => mapAll(emu.childEnv(extra)),
    url: (u) => proxy.map(u),
    stop: () => proxy.stop(),
  };
}
