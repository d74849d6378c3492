/**
 * The published contract the emulator's ARM routes follow: the transcribed spec documents in
 * `test/fixtures/arm-schemas/` (each names its source file and commit), which document describes which
 * api-version, and one validator over them. Requests whose body breaks the definitions of the api-version
 * in the URL get ARM's error body naming the path; tests check what the emulator answers the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SchemaSet, type Direction, type SpecDocument, type Violation } from './schema.ts';

export const SCHEMA_DIR = fileURLToPath(new URL('../../fixtures/arm-schemas/', import.meta.url));

/** Which spec family a route's bodies belong to. */
export type SpecFamily = 'mfe' | 'authorization';

let loaded: { set: SchemaSet; byVersion: Record<SpecFamily, Map<string, string>> } | undefined;

/** The spec documents, read once per process. */
export function armContract(): { set: SchemaSet; byVersion: Record<SpecFamily, Map<string, string>> } {
  if (loaded) return loaded;
  const docs = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${SCHEMA_DIR}${f}`, 'utf8')) as SpecDocument);
  const byVersion: Record<SpecFamily, Map<string, string>> = { mfe: new Map(), authorization: new Map() };
  for (const doc of docs) {
    if (!doc.apiVersion) continue;
    const family: SpecFamily = doc._source.path.includes('/Microsoft.Authorization/')
      ? 'authorization'
      : 'mfe';
    byVersion[family].set(doc.apiVersion, doc._source.path);
  }
  loaded = { set: new SchemaSet(docs), byVersion };
  return loaded;
}

/** The spec document describing `apiVersion` of a family, if one is transcribed. */
export function specFor(family: SpecFamily, apiVersion: string): string | undefined {
  return armContract().byVersion[family].get(apiVersion);
}

/** Whether the api-version's spec defines every definition the route names. */
export function versionDefines(
  family: SpecFamily,
  apiVersion: string,
  definitions: readonly string[],
): boolean {
  const spec = specFor(family, apiVersion);
  return spec !== undefined && definitions.every((d) => armContract().set.has(spec, d));
}

/**
 * `properties` keeping only the keys definition `definition` has at `apiVersion`: what an answer at an
 * older api-version carries when the service stores fields later versions added.
 */
export function definedAt(
  family: SpecFamily,
  apiVersion: string,
  definition: string,
  properties: Record<string, unknown>,
): Record<string, unknown> {
  const spec = specFor(family, apiVersion);
  if (!spec) return properties;
  return Object.fromEntries(
    Object.entries(properties).filter(([key]) => armContract().set.definesProperty(spec, definition, key)),
  );
}

export function validateBody(
  family: SpecFamily,
  apiVersion: string,
  definition: string,
  body: unknown,
  direction: Direction,
): Violation[] {
  const spec = specFor(family, apiVersion);
  if (!spec) throw new Error(`no transcribed ${family} spec for api-version ${apiVersion}`);
  return armContract().set.validate(spec, definition, body, direction);
}

/** One line per violation, for ARM's error message and for test output. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations.map((v) => v.message).join('; ');
}

export interface ExchangeProblem {
  /** `PUT /subscriptions/.../jobs/x?api-version=...` */
  request: string;
  side: 'request' | 'response';
  violation: Violation;
}

/** An empty JSON object or nothing: what a client sends to an operation that takes no body. */
function isEmptyBody(body: unknown): boolean {
  return (
    body === undefined ||
    body === '' ||
    (typeof body === 'object' && body !== null && Object.keys(body).length === 0)
  );
}

/**
 * Checks one recorded ARM exchange against the contract of the route it reached: the request body against
 * the route's body definition (or that there is none when the operation takes none), the success answer
 * against its answer definition, and a refusal by the contract itself counts as a problem too.
 */
export function exchangeProblems(entry: {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status?: number;
  responseBody?: unknown;
  contract?: { spec: string; apiVersion: string; body?: string; answer?: string };
}): ExchangeProblem[] {
  const c = entry.contract;
  if (!c) return [];
  const request = `${entry.method} ${entry.path}?api-version=${c.apiVersion}`;
  const family = c.spec as SpecFamily;
  const out: ExchangeProblem[] = [];
  if (c.body) {
    for (const violation of validateBody(family, c.apiVersion, c.body, entry.body ?? {}, 'request'))
      out.push({ request, side: 'request', violation });
  } else if (!isEmptyBody(entry.body)) {
    out.push({
      request,
      side: 'request',
      violation: { path: '', message: 'the operation takes no request body' },
    });
  }
  const status = entry.status ?? 0;
  if (
    c.answer &&
    status >= 200 &&
    status < 300 &&
    status !== 202 &&
    status !== 204 &&
    entry.responseBody !== undefined
  ) {
    for (const violation of validateBody(family, c.apiVersion, c.answer, entry.responseBody, 'response'))
      out.push({ request, side: 'response', violation });
  }
  const error = (entry.responseBody as { error?: { message?: string } } | undefined)?.error;
  if (status === 400 && error?.message?.startsWith('The request body does not match')) {
    out.push({
      request,
      side: 'request',
      violation: { path: '', message: `refused by the emulator: ${error.message}` },
    });
  }
  return out;
}
