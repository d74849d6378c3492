import { randomSecret } from '../core/random.ts';
import type { Redactor } from '../core/redact.ts';
import { SlidingWindow, type RateLimits } from '../core/rate-window.ts';
import type { AnswerSource, ModelBrain } from './answer.ts';

export interface ContentWord {
  word: string;
  category: 'Hate' | 'SelfHarm' | 'Sexual' | 'Violence';
  /** 0..7, as Content Safety's EightSeverityLevels. */
  severity: number;
}

export interface InferenceDefaults extends RateLimits {
  /** Real milliseconds each completion takes. */
  latencyMs: number;
  /** Words the content filter (and the Content Safety service) flags. */
  contentWords: ContentWord[];
  /** A prompt is blocked when a word of at least this severity is in it (Azure's default blocks medium, 4). */
  blockSeverity: number;
}

export interface EndpointStats {
  requests: number;
  answered: number;
  throttled: number;
  filtered: number;
  sources: Record<AnswerSource, number>;
}

export interface InferenceEndpoint {
  name: string;
  keys: { primaryKey: string; secondaryKey: string };
  brain: ModelBrain;
  contentSafety: boolean;
  /** Per-endpoint overrides of the registry defaults. */
  overrides: Partial<RateLimits & { latencyMs: number }>;
  window: SlidingWindow;
  /** Only `ready` endpoints answer; others are 404 as an unprovisioned host would be. */
  state: () => 'ready' | 'provisioning' | 'gone';
  stats: EndpointStats;
}

export interface AddEndpointOptions {
  name: string;
  brain: ModelBrain;
  contentSafety?: boolean;
  keys?: { primaryKey: string; secondaryKey: string };
  state?: () => 'ready' | 'provisioning' | 'gone';
  overrides?: Partial<RateLimits & { latencyMs: number }>;
}

/** The chat endpoints the inference server answers for, whether deployed through ARM or registered by a test. */
export class InferenceRegistry {
  private readonly endpoints = new Map<string, InferenceEndpoint>();
  baseUrl = '';

  constructor(
    readonly defaults: InferenceDefaults,
    private readonly redactor: Redactor,
  ) {}

  add(options: AddEndpointOptions): InferenceEndpoint {
    const keys = options.keys ?? { primaryKey: randomSecret(24), secondaryKey: randomSecret(24) };
    this.redactor.addSecret(keys.primaryKey);
    this.redactor.addSecret(keys.secondaryKey);
    const endpoint: InferenceEndpoint = {
      name: options.name,
      keys,
      brain: options.brain,
      contentSafety: options.contentSafety ?? true,
      overrides: options.overrides ?? {},
      window: new SlidingWindow(),
      state: options.state ?? (() => 'ready'),
      stats: {
        requests: 0,
        answered: 0,
        throttled: 0,
        filtered: 0,
        sources: { trained: 0, perturbed: 0, generic: 0 },
      },
    };
    this.endpoints.set(options.name, endpoint);
    return endpoint;
  }

  get(name: string): InferenceEndpoint | undefined {
    return this.endpoints.get(name);
  }

  remove(name: string): void {
    this.endpoints.delete(name);
  }

  all(): InferenceEndpoint[] {
    return [...this.endpoints.values()];
  }

  url(name: string): string {
    return `${this.baseUrl}/serverless/${encodeURIComponent(name)}`;
  }

  limitsOf(endpoint: InferenceEndpoint): RateLimits & { latencyMs: number } {
    return {
      requestsPerMinute: endpoint.overrides.requestsPerMinute ?? this.defaults.requestsPerMinute,
      tokensPerMinute: endpoint.overrides.tokensPerMinute ?? this.defaults.tokensPerMinute,
      latencyMs: endpoint.overrides.latencyMs ?? this.defaults.latencyMs,
    };
  }
}
