/** Helpers for tests of the Foundry projects service and of the project adapter against it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TokenCredential } from '@azure/identity';
import type { Clock, Logger } from '../../../src/runtime/types.ts';
import type { Emulator } from '../index.ts';

/**
 * A parsed JSON answer read field by field in assertions; a wrong path fails the assertion, which is the
 * point, so the type does not have to prove it first.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;

export const FIXTURES = fileURLToPath(new URL('../../fixtures/foundry-projects/', import.meta.url));

export function fixture<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${path}`, 'utf8')) as T;
}

/** The emulator's virtual clock as the adapter's Clock: sleeping moves virtual time, no real waiting. */
export function virtualClock(emu: Emulator): Clock & { slept: number[] } {
  const slept: number[] = [];
  return {
    slept,
    now: () => emu.clock.now(),
    sleep: async (ms, signal) => {
      if (signal?.aborted) return;
      slept.push(ms);
      emu.clock.advance(Math.max(0, ms));
    },
  };
}

/** The emulator's static token: every emulated service accepts it (no audience). */
export function staticCredential(emu: Emulator): TokenCredential {
  return { getToken: async () => ({ token: emu.token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
}

export function recordingLog(): Logger & { lines: string[]; secrets: string[] } {
  const lines: string[] = [];
  const secrets: string[] = [];
  return {
    lines,
    secrets,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
    secret: (s) => secrets.push(s),
  };
}

/** DPO lines in the published shape (D-DPO): input.messages, preferred_output, non_preferred_output. */
export function dpoJsonl(n: number): string {
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      input: { messages: [{ role: 'user', content: `Is order d-${i} refundable after 20 days?` }] },
      preferred_output: [
        { role: 'assistant', content: `Order d-${i} can be refunded within 30 days with its receipt.` },
      ],
      non_preferred_output: [{ role: 'assistant', content: 'No.' }],
    }),
  ).join('\n');
}

/**
 * Every field of a published example is in our value with the same JSON type (null in the example matches
 * anything; arrays are compared by their first element). Returns the paths that differ.
 */
export function shapeDiff(example: unknown, actual: unknown, path = '$'): string[] {
  if (example === null) return [];
  if (Array.isArray(example)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array`];
    if (example.length === 0 || actual.length === 0) return [];
    return shapeDiff(example[0], actual[0], `${path}[0]`);
  }
  if (typeof example === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual))
      return [`${path}: expected an object`];
    return Object.entries(example as Record<string, unknown>).flatMap(([k, v]) =>
      k in (actual as Record<string, unknown>)
        ? shapeDiff(v, (actual as Record<string, unknown>)[k], `${path}.${k}`)
        : [`${path}.${k}: missing`],
    );
  }
  return typeof example === typeof actual
    ? []
    : [`${path}: expected ${typeof example}, got ${typeof actual}`];
}
