/**
 * The fault proxy itself (test/support/fault-proxy.ts), seen by a plain client (Node's fetch): each fault
 * kind does to the client and to the upstream what it says, the same seed spoils the same requests in any
 * arrival order, addresses in answers point back at the proxy, and nothing secret is logged.
 */
import assert from 'node:assert/strict';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { tlsMaterial, trustEmulatorCertificate } from '../emulator/core/tls.ts';
import { FAULT_KINDS, spreadRates, startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';

interface Hit {
  method: string;
  path: string;
  body: string;
  host: string;
}

interface Upstream {
  url: string;
  port: number;
  hits: Hit[];
  close(): Promise<void>;
}

/** An upstream that answers with its own addresses (and one of a sibling service) in body and headers. */
async function upstream(tls = false, sibling?: () => string): Promise<Upstream> {
  const hits: Hit[] = [];
  let puts = 0;
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      hits.push({ method: req.method ?? '', path, body, host: req.headers.host ?? '' });
      const self = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
      if (path.startsWith('/echo')) {
        res.writeHead(200, { 'content-type': req.headers['content-type'] ?? 'application/octet-stream' });
        return void res.end(body);
      }
      if (req.method === 'PUT') {
        puts++;
        res.writeHead(puts === 1 ? 201 : 200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ created: puts === 1, puts }));
      }
      const answer = JSON.stringify({
        nextLink: `${self}/page?skip=2`,
        mlflow: `azureml://127.0.0.1:${port}/mlflow/v1.0/x`,
        endpoint: `127.0.0.1:${port}`,
        sibling: sibling?.(),
        padding: 'p'.repeat(400),
      });
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        location: `${self}/operations/1`,
        'azure-asyncoperation': `${self}/operations/1?api-version=2025-12-01`,
      });
      res.end(answer);
    });
  };
  const server: Server = tls ? createHttpsServer(tlsMaterial(), handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function outcome(
  url: string,
  init?: RequestInit,
): Promise<{ status?: number; headers?: Headers; text?: string; error?: string; ms: number }> {
  const started = Date.now();
  let response: Response | undefined;
  try {
    response = await fetch(url, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, ms: Date.now() - started };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    return {
      status: response?.status,
      error: `${err.message} (${err.cause?.code ?? err.cause?.message ?? ''})`,
      ms: Date.now() - started,
    };
  }
}

describe('fault proxy: each fault kind as a plain client sees it', () => {
  let up: Upstream;
  let proxy: FaultProxy;
  before(async () => {
    up = await upstream();
    proxy = await startFaultProxy({ upstreams: { svc: up.url }, delayScale: 0.01 });
  });
  after(async () => {
    await proxy.stop();
    await up.close();
  });

  const hitsDuring = async (fn: () => Promise<void>): Promise<number> => {
    const before = up.hits.length;
    await fn();
    return up.hits.length - before;
  };

  it('passes a request through untouched when no fault is drawn', async () => {
    let r!: Awaited<ReturnType<typeof outcome>>;
    const hits = await hitsDuring(async () => void (r = await outcome(`${proxy.url('svc')}/a`)));
    assert.equal(r.status, 200);
    assert.equal(hits, 1);
    assert.equal(JSON.parse(r.text!).padding.length, 400);
  });

  it('reset-before: the connection resets and the upstream never sees the request', async () => {
    proxy.script({ kind: 'reset-before' });
    let r!: Awaited<ReturnType<typeof outcome>>;
    const hits = await hitsDuring(async () => void (r = await outcome(`${proxy.url('svc')}/b`)));
    assert.equal(r.status, undefined);
    assert.match(r.error!, /ECONNRESET|other side closed|socket/i);
    assert.equal(hits, 0);
  });

  it('reset-after: the upstream acted, the client gets a reset instead of its answer', async () => {
    proxy.script({ kind: 'reset-after' });
    let r!: Awaited<ReturnType<typeof outcome>>;
    const hits = await hitsDuring(async () => void (r = await outcome(`${proxy.url('svc')}/c`)));
    assert.equal(r.status, undefined);
    assert.match(r.error!, /ECONNRESET|other side closed|socket/i);
    assert.equal(hits, 1);
  });

  it('truncate: status and headers arrive, then the body stops short of its Content-Length', async () => {
    proxy.script({ kind: 'truncate', fraction: 0.5 });
    let r!: Awaited<ReturnType<typeof outcome>>;
    const hits = await hitsDuring(async () => void (r = await outcome(`${proxy.url('svc')}/d`)));
    assert.equal(r.status, 200, 'the headers came');
    assert.match(r.error!, /terminated/);
    assert.equal(hits, 1);
    const entry = proxy.log.at(-1)!;
    assert.equal(entry.outcome, 'truncated');
    assert.match(entry.detail!, /^200, (\d+) of (\d+) bytes$/);
    const [, sent, total] = /(\d+) of (\d+)/.exec(entry.detail!)!.map(Number);
    assert.equal(sent, Math.floor(total! * 0.5));
  });

  it('429 with Retry-After (seconds) and with retry-after-ms, without reaching the upstream', async () => {
    proxy.script({ kind: '429-retry-after', retryAfterMs: 2000 });
    proxy.script({ kind: '429-retry-after-ms', retryAfterMs: 1500 });
    let a!: Awaited<ReturnType<typeof outcome>>;
    let b!: Awaited<ReturnType<typeof outcome>>;
    const hits = await hitsDuring(async () => {
      a = await outcome(`${proxy.url('svc')}/e`);
      b = await outcome(`${proxy.url('svc')}/f`);
    });
    assert.equal(a.status, 429);
    assert.equal(a.headers!.get('retry-after'), '2');
    assert.equal(a.headers!.get('retry-after-ms'), null);
    assert.equal(b.status, 429);
    assert.equal(b.headers!.get('retry-after-ms'), '1500');
    assert.equal(b.headers!.get('retry-after'), null);
    assert.equal(JSON.parse(a.text!).error.code, 'TooManyRequests');
    assert.equal(hits, 0);
  });

  it('5xx: 500, 502, 503 and 504, as scripted and as drawn', async () => {
    for (const status of [500, 502, 503, 504]) {
      proxy.script({ kind: '5xx', status });
      const r = await outcome(`${proxy.url('svc')}/g${status}`);
      assert.equal(r.status, status);
    }
    // Drawn: over a few seeds every one of the four statuses comes up.
    const drawn = new Set<number>();
    for (let seed = 0; seed < 6; seed++) {
      const p = await startFaultProxy({ upstreams: { svc: up.url }, seed, rates: { '5xx': 1 } });
      try {
        for (let i = 0; i < 6; i++) drawn.add((await outcome(`${p.url('svc')}/h${i}`)).status!);
      } finally {
        await p.stop();
      }
    }
    assert.deepEqual([...drawn].sort(), [500, 502, 503, 504]);
  });

  it('delay: the real answer, late by 10-20 s x delayScale', async () => {
    const p = await startFaultProxy({ upstreams: { svc: up.url }, rates: { delay: 1 }, delayScale: 0.02 });
    try {
      const r = await outcome(`${p.url('svc')}/i`);
      assert.equal(r.status, 200);
      const ms = Number(/delay (\d+) ms/.exec(p.log[0]!.detail!)![1]);
      assert.ok(ms >= 200 && ms <= 400, `drawn delay ${ms} ms is 10-20 s x 0.02`);
      assert.ok(r.ms >= ms - 5, `the client waited ${r.ms} ms`);
    } finally {
      await p.stop();
    }
  });

  it('duplicate-put: a PUT reaches the upstream twice and the client gets the second answer; a GET is never duplicated', async () => {
    const p = await startFaultProxy({ upstreams: { svc: up.url }, rates: { 'duplicate-put': 1 } });
    try {
      const before = up.hits.filter((h) => h.method === 'PUT').length;
      const r = await outcome(`${p.url('svc')}/things/1`, {
        method: 'PUT',
        body: '{"a":1}',
        headers: { 'content-type': 'application/json' },
      });
      const puts = up.hits.filter((h) => h.method === 'PUT').slice(before);
      assert.equal(puts.length, 2);
      assert.deepEqual(
        puts.map((h) => h.body),
        ['{"a":1}', '{"a":1}'],
      );
      assert.equal(r.status, 200, 'the second answer (the first was 201)');
      assert.deepEqual(p.log[0]!.upstream, [201, 200]);
      const g = await outcome(`${p.url('svc')}/j`);
      assert.equal(g.status, 200);
      assert.equal(p.log[1]!.fault, undefined);
    } finally {
      await p.stop();
    }
  });
});

describe('fault proxy: seeded', () => {
  let up: Upstream;
  before(async () => {
    up = await upstream();
  });
  after(() => up.close());

  /** Which fault each of `n` distinct requests got, sent in the given order, `parallel` at a time. */
  async function assignment(seed: number, order: number[], parallel: number): Promise<Map<string, string>> {
    const p = await startFaultProxy({
      upstreams: { svc: up.url },
      seed,
      rates: spreadRates(0.6, ['reset-before', '429-retry-after', '5xx', 'truncate']),
    });
    try {
      for (let i = 0; i < order.length; i += parallel) {
        await Promise.all(order.slice(i, i + parallel).map((k) => outcome(`${p.url('svc')}/item/${k}`)));
      }
      return new Map(p.log.map((e) => [e.path, e.fault ?? '-']));
    } finally {
      await p.stop();
    }
  }

  it('spoils the same requests for the same seed, whatever order they arrive in', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => i);
    const a = await assignment(7, ids, 1);
    const b = await assignment(7, [...ids].reverse(), 8);
    assert.deepEqual([...b.entries()].sort(), [...a.entries()].sort());
    const faulted = [...a.values()].filter((f) => f !== '-').length;
    assert.ok(faulted > 10 && faulted < 36, `${faulted} of 40 at 60%`);
    const c = await assignment(8, ids, 1);
    assert.notDeepEqual([...c.entries()].sort(), [...a.entries()].sort(), 'another seed, other faults');
  });

  it('draws anew when the same request comes again (a retry is not doomed), and can cap a streak', async () => {
    const p = await startFaultProxy({ upstreams: { svc: up.url }, seed: 3, rates: { '5xx': 0.5 } });
    const capped = await startFaultProxy({
      upstreams: { svc: up.url },
      seed: 3,
      rates: { '5xx': 0.9 },
      maxConsecutive: 2,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await outcome(`${p.url('svc')}/same`)).status!);
      assert.ok(statuses.includes(200) && statuses.some((s) => s >= 500), statuses.join(','));
      assert.deepEqual(
        p.log.map((e) => e.occurrence),
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
      let run = 0;
      for (let i = 0; i < 30; i++) {
        const s = (await outcome(`${capped.url('svc')}/same`)).status!;
        run = s >= 500 ? run + 1 : 0;
        assert.ok(run <= 2, 'never three faults in a row');
      }
    } finally {
      await p.stop();
      await capped.stop();
    }
  });

  it('keeps each rate near its share over many requests, and logs which request got which fault', async () => {
    const p = await startFaultProxy({
      upstreams: { svc: up.url },
      seed: 11,
      rates: spreadRates(0.2),
      delayScale: 0.001,
      retryAfterMs: [0, 0],
    });
    try {
      for (let i = 0; i < 400; i += 20) {
        await Promise.all(
          Array.from({ length: 20 }, (_, j) =>
            outcome(
              `${p.url('svc')}/r/${i + j}`,
              (i + j) % 2
                ? { method: 'PUT', body: String(i + j), headers: { 'content-type': 'text/plain' } }
                : {},
            ),
          ),
        );
      }
      const faulted = p.faults().length;
      // Binomial(400, ~0.19): 76 +- 8; a wide band still catches a wrong sum of rates.
      assert.ok(faulted >= 50 && faulted <= 105, `${faulted} of 400 faulted at 20%`);
      assert.deepEqual(Object.keys(p.tally()).sort(), [...FAULT_KINDS].sort(), 'every kind came up');
      assert.ok(p.faults({ kind: 'duplicate-put' }).every((e) => e.method === 'PUT'));
      const line = p.report().split('\n')[0]!;
      assert.match(line, /^\d+ svc (GET|PUT) \/r\/\d+ -> [a-z0-9-]+/);
    } finally {
      await p.stop();
    }
  });

  it('refuses rates that add up past 1 or name an unknown kind', async () => {
    await assert.rejects(
      startFaultProxy({ upstreams: { svc: up.url }, rates: { '5xx': 0.7, delay: 0.5 } }),
      /add up to 1.2/,
    );
    await assert.rejects(
      startFaultProxy({ upstreams: { svc: up.url }, rates: { slow: 0.1 } as Record<string, number> }),
      /unknown fault kind 'slow'/,
    );
  });
});

describe('fault proxy: addresses, TLS and the log', () => {
  let plain: Upstream;
  let secure: Upstream;
  let other: Upstream;
  let proxy: FaultProxy;
  before(async () => {
    trustEmulatorCertificate();
    secure = await upstream(true, () => `${plain.url}/from-a-sibling`);
    plain = await upstream(false);
    other = await upstream(false);
    proxy = await startFaultProxy({
      upstreams: { arm: secure.url, blob: plain.url, forced: other.url },
      tls: ['forced'],
    });
  });
  after(async () => {
    await proxy.stop();
    await plain.close();
    await other.close();
    await secure.close();
  });

  it('speaks TLS (the test certificate) to the client when the upstream does, and forwards over TLS', async () => {
    assert.match(proxy.url('arm'), /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.match(proxy.url('blob'), /^http:\/\//);
    const r = await outcome(`${proxy.url('arm')}/workspace`);
    assert.equal(r.status, 200);
    assert.equal(secure.hits.at(-1)!.host, `127.0.0.1:${secure.port}`, 'Host is the upstream');
  });

  it('points every address in an answer back at the proxy: body, nextLink, Location, Azure-AsyncOperation, bare host:port', async () => {
    const r = await outcome(`${proxy.url('arm')}/workspace`);
    const body = JSON.parse(r.text!);
    const armPort = new URL(proxy.url('arm')).port;
    assert.equal(body.nextLink, `${proxy.url('arm')}/page?skip=2`);
    assert.equal(body.mlflow, `azureml://127.0.0.1:${armPort}/mlflow/v1.0/x`);
    assert.equal(body.endpoint, `127.0.0.1:${armPort}`);
    assert.equal(body.sibling, `${proxy.url('blob')}/from-a-sibling`, "another fronted service's address");
    assert.equal(r.headers!.get('location'), `${proxy.url('arm')}/operations/1`);
    assert.equal(
      r.headers!.get('azure-asyncoperation'),
      `${proxy.url('arm')}/operations/1?api-version=2025-12-01`,
    );
    assert.ok(!r.text!.includes(String(secure.port)), 'no upstream port left');
  });

  it('rewrites proxy addresses in a text request back to the upstream, and leaves binary bodies byte for byte', async () => {
    const text = JSON.stringify({ uri: `${proxy.url('blob')}/devstoreaccount1/c/b` });
    const r = await outcome(`${proxy.url('blob')}/echo`, {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(plain.hits.at(-1)!.body, JSON.stringify({ uri: `${plain.url}/devstoreaccount1/c/b` }));
    assert.equal(r.text, text, 'and the echo is the proxy address again');
    const binary = `raw ${proxy.url('blob')} bytes`;
    await outcome(`${proxy.url('blob')}/echo`, {
      method: 'PUT',
      body: binary,
      headers: { 'content-type': 'application/octet-stream' },
    });
    assert.equal(plain.hits.at(-1)!.body, binary);
  });

  it('speaks TLS in front of an http upstream when asked, and the scheme in rewritten URLs follows', async () => {
    assert.match(proxy.url('forced'), /^https:\/\//);
    const r = await outcome(`${proxy.url('forced')}/x`);
    assert.equal(r.status, 200);
    assert.equal(JSON.parse(r.text!).nextLink, `${proxy.url('forced')}/page?skip=2`);
  });

  it('a reset before forwarding works over TLS too', async () => {
    proxy.script({ service: 'arm', kind: 'reset-before' });
    const r = await outcome(`${proxy.url('arm')}/tls-reset`);
    assert.equal(r.status, undefined);
    assert.match(r.error!, /ECONNRESET|other side closed|socket|TLS/i);
  });

  it('logs method, path and fault, never a secret query value, header or body', async () => {
    proxy.script({ service: 'blob', kind: '5xx', status: 503 });
    await outcome(`${proxy.url('blob')}/c/b?sig=SuperSecretSignature&api-version=1&code=oauthcode`, {
      headers: { authorization: 'Bearer SecretToken' },
    });
    const entry = proxy.log.at(-1)!;
    assert.equal(entry.fault, '5xx');
    assert.equal(entry.outcome, 503);
    assert.match(entry.path, /sig=%5BREDACTED%5D/);
    const all = JSON.stringify(proxy.log);
    for (const secret of ['SuperSecretSignature', 'oauthcode', 'SecretToken'])
      assert.ok(!all.includes(secret), secret);
  });

  it('stops at once, even with an answer held back by a delay', async () => {
    const p = await startFaultProxy({ upstreams: { svc: plain.url }, rates: { delay: 1 } });
    const pending = outcome(`${p.url('svc')}/slow`);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await p.stop();
    const r = await pending;
    assert.ok(Date.now() - started < 2000, 'stop did not wait for the 10-20 s delay');
    assert.equal(r.status, undefined);
  });
});
