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

/**
 * What an endpoint holds to of the Azure AI Model Inference contract (Azure/azure-rest-api-specs
 * `specification/ai/data-plane/ModelInference/preview/2024-05-01-preview/openapi.json`, and the reference
 * pages in MicrosoftDocs/azure-ai-docs `articles/ai-foundry/model-inference/reference/`).
 */
export interface InferenceContract {
  /**
   * As strict as the spec (default): parameters outside ChatCompletionsOptions are a 422 unless
   * `extra-parameters` is `drop` or `pass-through`, an unknown `extra-parameters` value is a 400, roles are
   * the ChatRole enum (no `developer`), `max_tokens` is an int32 of at least 0. Off: anything goes.
   */
  strict: boolean;
  /**
   * Parameters of the API this model does not take: a 422 `parameter_not_supported` unless the request says
   * `extra-parameters: drop` (the reference's example of this is `seed`, the default here).
   */
  unsupportedParameters: string[];
  /** Parameters the model refuses whatever the header says (a value it cannot take): always a 422. */
  rejectedParameters: string[];
  /**
   * How a content-filter block is answered: `nested` is Azure OpenAI's `{error: {code: "content_filter",
   * innererror: {code: "ResponsibleAIPolicyViolation", ...}}}`; `flat` is the Model Inference reference's
   * ContentFilterError `{code, error, message, param, status}`.
   */
  contentFilterShape: 'nested' | 'flat';
  /**
   * `serverless` takes the key as `api-key` or `Authorization: Bearer` (both at once too);
   * `azure-openai` takes `api-key` only and answers 400 when both headers come, as Azure OpenAI does.
   */
  auth: 'serverless' | 'azure-openai';
}

export const DEFAULT_CONTRACT: InferenceContract = {
  strict: true,
  unsupportedParameters: ['seed'],
  rejectedParameters: [],
  contentFilterShape: 'nested',
  auth: 'serverless',
};

export interface InferenceDefaults extends RateLimits, InferenceContract {
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
  /** Per-endpoint contract, over the registry defaults (read at each request, so tests may change them). */
  contract: Partial<InferenceContract>;
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
  contract?: Partial<InferenceContract>;
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
      contract: options.contract ?? {},
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

  contractOf(endpoint: InferenceEndpoint): InferenceContract {
    const d = this.defaults;
    const own = Object.fromEntries(Object.entries(endpoint.contract).filter(([, v]) => v !== undefined));
    return {
      strict: d.strict,
      unsupportedParameters: d.unsupportedParameters,
      rejectedParameters: d.rejectedParameters,
      contentFilterShape: d.contentFilterShape,
      auth: d.auth,
      ...own,
    };
  }

  limitsOf(endpoint: InferenceEndpoint): RateLimits & { latencyMs: number } {
    return {
      requestsPerMinute: endpoint.overrides.requestsPerMinute ?? this.defaults.requestsPerMinute,
      tokensPerMinute: endpoint.overrides.tokensPerMinute ?? this.defaults.tokensPerMinute,
      latencyMs: endpoint.overrides.latencyMs ?? this.defaults.latencyMs,
    };
  }
}
