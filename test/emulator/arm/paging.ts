import type { EmuRequest } from '../core/http.ts';
import { badArgument } from './errors.ts';
import type { EmuResponse } from '../core/http.ts';

/**
 * One page of a list and the `nextLink` to the next. The continuation token is opaque to clients (they must
 * follow nextLink as given), so it is an encoded offset here.
 */
export function paginate<T>(
  items: T[],
  req: EmuRequest,
  baseUrl: string,
  pageSize: number,
  tokenParam = '$skipToken',
): { ok: true; page: { value: T[]; nextLink?: string } } | { ok: false; error: EmuResponse } {
  let offset = 0;
  const token = req.query.get(tokenParam);
  if (token) {
    const decoded = decodeToken(token);
    if (decoded === undefined)
      return { ok: false, error: badArgument(`The continuation token '${token}' is not valid.`, tokenParam) };
    offset = decoded;
  }
  const value = items.slice(offset, offset + pageSize);
  const page: { value: T[]; nextLink?: string } = { value };
  if (offset + pageSize < items.length) {
    const next = new URLSearchParams(req.query);
    next.set(tokenParam, encodeToken(offset + pageSize));
    page.nextLink = `${baseUrl}${req.path}?${next.toString()}`;
  }
  return { ok: true, page };
}

function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeToken(token: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString()) as { o?: unknown };
    return typeof parsed.o === 'number' && parsed.o >= 0 ? parsed.o : undefined;
  } catch {
    return undefined;
  }
}

/** `tag1,tag2=value2` filters (jobs `tag`/`properties`, models `tags`/`properties`). */
export function matchesKeyValueFilter(
  filter: string | null,
  map: Record<string, string> | undefined,
): boolean {
  if (!filter) return true;
  const entries = map ?? {};
  return filter
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .every((term) => {
      const eq = term.indexOf('=');
      if (eq < 0) return Object.hasOwn(entries, term);
      return entries[term.slice(0, eq)] === term.slice(eq + 1);
    });
}
