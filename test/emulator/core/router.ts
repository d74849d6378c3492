import type { EmuRequest, EmuResponse, Handler } from './http.ts';

interface Route {
  method: string;
  segments: string[];
  handler: Handler;
}

/**
 * Path routing with `:param` segments and a trailing `*rest` segment. Literal segments compare
 * case-insensitively because ARM paths do (`resourcegroups` and `resourceGroups` are the same resource).
 */
export class Router {
  private readonly routes: Route[] = [];

  constructor(private readonly notFound: Handler) {}

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method: method.toUpperCase(), segments: split(pattern), handler });
    return this;
  }

  get(pattern: string, handler: Handler): this {
    return this.add('GET', pattern, handler);
  }
  put(pattern: string, handler: Handler): this {
    return this.add('PUT', pattern, handler);
  }
  post(pattern: string, handler: Handler): this {
    return this.add('POST', pattern, handler);
  }
  patch(pattern: string, handler: Handler): this {
    return this.add('PATCH', pattern, handler);
  }
  delete(pattern: string, handler: Handler): this {
    return this.add('DELETE', pattern, handler);
  }

  handle = (req: EmuRequest): Promise<EmuResponse> | EmuResponse => {
    const parts = split(req.path);
    for (const route of this.routes) {
      if (route.method !== req.method) continue;
      const params = match(route.segments, parts);
      if (params) {
        req.params = params;
        return route.handler(req);
      }
    }
    return this.notFound(req);
  };
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function match(pattern: string[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i]!;
    if (seg.startsWith('*')) {
      if (i >= parts.length) return undefined;
      params[seg.slice(1)] = parts.slice(i).map(decode).join('/');
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (seg.startsWith(':')) params[seg.slice(1)] = decode(part);
    else if (seg.toLowerCase() !== decode(part).toLowerCase()) return undefined;
  }
  return pattern.length === parts.length ? params : undefined;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
