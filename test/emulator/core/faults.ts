import { sequence } from './random.ts';
import { matches, type ServiceName } from './request-log.ts';

/** What an injected fault does instead of (or before) the real answer. */
export type FaultResponse =
  /** Answer with this status; the body defaults to what that service sends for it (ARM error, 429 text...). */
  | { status: number; retryAfter?: number; body?: unknown; headers?: Record<string, string> }
  /** Drop the TCP connection without an answer (ECONNRESET / "socket hang up" on the client). */
  | 'reset'
  /** Answer late (real milliseconds), then normally. */
  | { delayMs: number };

export interface FaultRule {
  service?: ServiceName;
  method?: string;
  /** Substring (case-insensitive) or pattern of the request path. */
  path?: string | RegExp;
  /** How many matching requests the fault answers (default 1; Infinity for all). */
  times?: number;
  /** Let this many matching requests through before the fault starts. */
  skip?: number;
  respond: FaultResponse;
}

export type RandomFaultKind = '429' | '500' | '503' | 'reset' | 'slow';

export interface RandomFaults {
  /** Share of matching requests that fail, 0..1. */
  rate: number;
  seed: string | number;
  kinds?: RandomFaultKind[];
  service?: ServiceName;
  method?: string;
  path?: string | RegExp;
  /** Retry-After (seconds) sent with random 429/503 answers (default 1). */
  retryAfter?: number;
  /** Delay of a random 'slow' answer (default 200 ms). */
  slowMs?: number;
}

export interface JobFailureScript {
  /** Job name (exact) or pattern; any job when absent. */
  name?: string | RegExp;
  message: string;
  /** Phase in which the job fails (default Running). */
  phase?: 'Queued' | 'Running';
  times?: number;
}

export interface ProvisioningFailureScript {
  /** Endpoint name (exact) or pattern; any endpoint when absent. */
  name?: string | RegExp;
  message: string;
  times?: number;
}

interface LiveRule extends FaultRule {
  remaining: number;
  skipLeft: number;
  hits: number;
}

export interface FaultHandle {
  /** Requests this rule has answered so far. */
  readonly hits: number;
  /** Matching requests it will still answer. */
  readonly remaining: number;
  cancel(): void;
}

export interface TakenFault {
  response: FaultResponse;
  label: string;
}

/** Scripted and random faults, consulted by every server before it routes a request. */
export class Faults {
  private rules: LiveRule[] = [];
  private random: (RandomFaults & { next: () => number })[] = [];
  private jobFailures: (JobFailureScript & { remaining: number })[] = [];
  private provisioningFailures: (ProvisioningFailureScript & { remaining: number })[] = [];

  add(rule: FaultRule): FaultHandle {
    const live: LiveRule = { ...rule, remaining: rule.times ?? 1, skipLeft: rule.skip ?? 0, hits: 0 };
    this.rules.push(live);
    return {
      get hits() {
        return live.hits;
      },
      get remaining() {
        return live.remaining;
      },
      cancel: () => {
        live.remaining = 0;
      },
    };
  }

  /** Fails a seeded share of matching requests; the same seed and request order fail the same requests. */
  randomize(options: RandomFaults): void {
    this.random.push({ ...options, next: sequence(options.seed) });
  }

  failJob(script: JobFailureScript): void {
    this.jobFailures.push({ ...script, remaining: script.times ?? 1 });
  }

  failProvisioning(script: ProvisioningFailureScript): void {
    this.provisioningFailures.push({ ...script, remaining: script.times ?? 1 });
  }

  clear(): void {
    this.rules = [];
    this.random = [];
    this.jobFailures = [];
    this.provisioningFailures = [];
  }

  /** Scripted rules that still have answers left (a test can assert its script was used up). */
  pending(): FaultRule[] {
    return this.rules.filter((r) => r.remaining > 0);
  }

  take(request: { service: ServiceName; method: string; path: string }): TakenFault | undefined {
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || !matches(request, rule)) continue;
      if (rule.skipLeft > 0) {
        rule.skipLeft--;
        continue;
      }
      rule.remaining--;
      rule.hits++;
      return { response: rule.respond, label: label(rule.respond) };
    }
    for (const r of this.random) {
      if (!matches(request, r)) continue;
      const draw = r.next();
      const pick = r.next();
      if (draw >= r.rate) continue;
      const kinds = r.kinds?.length ? r.kinds : (['429', '500', '503', 'reset'] as RandomFaultKind[]);
      const kind = kinds[Math.floor(pick * kinds.length)] ?? '500';
      const response = randomResponse(kind, r);
      return { response, label: `random:${label(response)}` };
    }
    return undefined;
  }

  takeJobFailure(jobName: string): JobFailureScript | undefined {
    return takeNamed(this.jobFailures, jobName);
  }

  takeProvisioningFailure(endpointName: string): ProvisioningFailureScript | undefined {
    return takeNamed(this.provisioningFailures, endpointName);
  }
}

function takeNamed<T extends { name?: string | RegExp; remaining: number }>(
  list: T[],
  name: string,
): T | undefined {
  const hit = list.find(
    (s) =>
      s.remaining > 0 &&
      (s.name === undefined || (typeof s.name === 'string' ? s.name === name : s.name.test(name))),
  );
  if (hit) hit.remaining--;
  return hit;
}

function randomResponse(kind: RandomFaultKind, r: RandomFaults): FaultResponse {
  switch (kind) {
    case 'reset':
      return 'reset';
    case 'slow':
      return { delayMs: r.slowMs ?? 200 };
    case '429':
    case '503':
      return { status: Number(kind), retryAfter: r.retryAfter ?? 1 };
    default:
      return { status: 500 };
  }
}

function label(response: FaultResponse): string {
  if (response === 'reset') return 'reset';
  if ('delayMs' in response) return `delay:${response.delayMs}`;
  return String(response.status);
}
