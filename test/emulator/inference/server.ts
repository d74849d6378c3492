import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { header, json, type EmuRequest, type EmuResponse, type Handler } from '../core/http.ts';
import { Router } from '../core/router.ts';
import { answer, estimateTokens, promptTokens } from './answer.ts';
import { filterResult, findWords } from './content-filter.ts';
import { type ChatMessage, contentText } from './knowledge.ts';
import type { InferenceContract, InferenceEndpoint, InferenceRegistry } from './registry.ts';

/** ChatRole of the Model Inference spec (2024-05-01-preview): no `developer`. */
const CHAT_ROLES = ['system', 'user', 'assistant', 'tool'];
/** What a lenient endpoint also takes (OpenAI's newer role). */
const LENIENT_ROLES = [...CHAT_ROLES, 'developer'];
/** The properties of ChatCompletionsOptions (2024-05-01-preview): anything else is an extra parameter. */
const KNOWN_PARAMETERS = new Set([
  'messages',
  'frequency_penalty',
  'stream',
  'presence_penalty',
  'temperature',
  'top_p',
  'max_tokens',
  'response_format',
  'stop',
  'tools',
  'tool_choice',
  'seed',
  'model',
]);
const EXTRA_PARAMETERS_VALUES = ['error', 'drop', 'pass-through'];
/** `max_tokens` is an int32 with `minimum: 0`; null asks for the model's whole context. */
const INT32_MAX = 2 ** 31 - 1;
const BOTH_KEYS_MESSAGE = 'Either API-KEY or Authorization header must be provided but not both';

/** Serverless chat endpoints: `POST {uri}/chat/completions` (and `/v1/...`), OpenAI-style bodies. */
export function inferenceHandler(registry: InferenceRegistry): Handler {
  const router = new Router(() => inferenceError(404, '404', 'Resource not found'));
  for (const path of ['chat/completions', 'v1/chat/completions', 'models/chat/completions']) {
    router.post(`/serverless/:name/${path}`, (req) => complete(registry, req));
  }
  router.get('/serverless/:name/info', (req) => info(registry, req));
  router.get('/serverless/:name/v1/info', (req) => info(registry, req));
  return router.handle;
}

/** Default bodies for injected statuses, shaped like the endpoint's own errors. */
export function inferenceFaultAnswer(
  status: number,
  retryAfter: number | undefined,
): { body: unknown; headers?: Record<string, string> } {
  if (status === 429) {
    const seconds = retryAfter ?? 1;
    return {
      body: rateLimitBody(seconds),
      headers: { 'retry-after': String(seconds), 'retry-after-ms': String(seconds * 1000) },
    };
  }
  return {
    body: {
      error: {
        code: String(status),
        message:
          status >= 500 ? 'The server had an error while processing your request.' : `Injected ${status}.`,
      },
    },
  };
}

function inferenceError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): EmuResponse {
  return json(status, { error: { code, message } }, headers);
}

function rateLimitBody(seconds: number): unknown {
  return { error: { code: '429', message: `Rate limit is exceeded. Try again in ${seconds} seconds.` } };
}

const INVALID_KEY =
  'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.';

/**
 * Serverless: the key as `api-key` or as a bearer token, both at once too. Azure OpenAI: `api-key` or an
 * Entra token, never both (400), and a key is not an Entra token (401).
 */
function authorize(
  endpoint: InferenceEndpoint,
  auth: InferenceContract['auth'],
  req: EmuRequest,
): EmuResponse | undefined {
  const apiKey = header(req, 'api-key');
  const authorization = header(req, 'authorization');
  const bearerKey =
    authorization && /^bearer\s+/i.test(authorization)
      ? authorization.replace(/^bearer\s+/i, '').trim()
      : undefined;
  const valid = [endpoint.keys.primaryKey, endpoint.keys.secondaryKey];
  if (auth === 'azure-openai') {
    if (apiKey !== undefined && authorization !== undefined)
      return inferenceError(400, '400', BOTH_KEYS_MESSAGE);
    if (apiKey !== undefined && valid.includes(apiKey)) return undefined;
    if (bearerKey !== undefined)
      return inferenceError(
        401,
        '401',
        'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.',
      );
    return inferenceError(401, '401', INVALID_KEY);
  }
  const ok =
    (apiKey !== undefined && valid.includes(apiKey)) ||
    (bearerKey !== undefined && valid.includes(bearerKey));
  return ok ? undefined : inferenceError(401, '401', INVALID_KEY);
}

function lookup(registry: InferenceRegistry, req: EmuRequest): InferenceEndpoint | EmuResponse {
  const endpoint = registry.get(req.params.name!);
  if (!endpoint || endpoint.state() !== 'ready') return inferenceError(404, '404', 'Resource not found');
  return authorize(endpoint, registry.contractOf(endpoint).auth, req) ?? endpoint;
}

/** The reference's UnprocessableContentError for a parameter the model does not take. */
function parameterNotSupported(parameter: string, value: unknown): EmuResponse {
  return json(
    422,
    {
      status: 422,
      code: 'parameter_not_supported',
      error: 'Unprocessable Entity',
      message: 'One of the parameters contain invalid values.',
      detail: { loc: ['body', parameter], input: value },
    },
    { 'x-ms-error-code': 'parameter_not_supported' },
  );
}

/**
 * `extra-parameters` as the spec defines it: `error` (the default) refuses parameters outside the API and
 * those the model does not take, `drop` removes both, `pass-through` hands unknown ones to the model (which
 * still refuses what it does not take). Parameters the model rejects outright are refused in every mode.
 * Returns the body the model sees, or the refusal.
 */
function extraParameters(
  req: EmuRequest,
  body: Record<string, unknown>,
  contract: InferenceContract,
): { body: Record<string, unknown> } | { refused: EmuResponse } {
  const mode = header(req, 'extra-parameters');
  if (mode !== undefined && !EXTRA_PARAMETERS_VALUES.includes(mode)) {
    return {
      refused: json(400, {
        detail: `Unexpected EXTRA_PARAMETERS option ${mode}, expected options are ['error', 'drop', 'pass-through']`,
      }),
    };
  }
  const keys = Object.keys(body);
  const rejected = keys.find((k) => contract.rejectedParameters.includes(k));
  if (rejected) return { refused: parameterNotSupported(rejected, body[rejected]) };
  const unsupported = keys.filter((k) => contract.unsupportedParameters.includes(k));
  const unknown = keys.filter((k) => !KNOWN_PARAMETERS.has(k));
  if (mode === 'drop') {
    const out = { ...body };
    for (const k of [...unsupported, ...unknown]) delete out[k];
    return { body: out };
  }
  const refused = mode === 'pass-through' ? unsupported : [...unknown, ...unsupported];
  return refused[0] !== undefined
    ? { refused: parameterNotSupported(refused[0], body[refused[0]]) }
    : { body };
}

function contentFilterError(
  shape: InferenceContract['contentFilterShape'],
  hits: Parameters<typeof filterResult>[0],
  blockSeverity: number,
): EmuResponse {
  if (shape === 'flat') {
    return json(400, {
      status: 400,
      code: 'content_filter',
      error: 'Bad Request',
      message: 'The response was filtered',
      param: 'messages',
      type: null,
    });
  }
  return json(400, {
    error: {
      message:
        "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766",
      type: null,
      param: 'prompt',
      code: 'content_filter',
      status: 400,
      innererror: {
        code: 'ResponsibleAIPolicyViolation',
        content_filter_result: filterResult(hits, blockSeverity),
      },
    },
  });
}

function info(registry: InferenceRegistry, req: EmuRequest): EmuResponse {
  const endpoint = lookup(registry, req);
  if ('status' in endpoint) return endpoint;
  return json(200, {
    model_name: endpoint.brain.modelName,
    model_type: 'chat-completion',
    model_provider_name: 'Microsoft',
  });
}

function parseMessages(body: unknown, roles: readonly string[]): ChatMessage[] | string {
  const messages = (body as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages) || messages.length === 0) return "'messages' must be a non-empty array.";
  const out: ChatMessage[] = [];
  for (const [i, m] of messages.entries()) {
    const role = (m as { role?: unknown } | null)?.role;
    if (typeof role !== 'string' || !roles.includes(role))
      return `'messages[${i}].role' must be one of ${roles.join(', ')}.`;
    const content = contentText((m as { content?: unknown }).content);
    if (content === undefined) return `'messages[${i}].content' must be a string or an array of text parts.`;
    out.push({ role, content });
  }
  return out;
}

async function complete(registry: InferenceRegistry, req: EmuRequest): Promise<EmuResponse> {
  const endpoint = lookup(registry, req);
  if ('status' in endpoint) return endpoint;
  endpoint.stats.requests++;
  if (req.jsonError !== undefined)
    return json(400, {
      error: { code: 'BadRequest', message: `Invalid JSON body: ${req.jsonError}`, status: 400 },
    });
  const contract = registry.contractOf(endpoint);
  if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))
    return json(400, {
      error: { code: 'BadRequest', message: 'The body must be a JSON object.', status: 400 },
    });
  let body = req.body as Record<string, unknown>;
  // Azure OpenAI has its own parameter set and no `extra-parameters`; the checks are the Model Inference API's.
  if (contract.strict && contract.auth === 'serverless') {
    const checked = extraParameters(req, body, contract);
    if ('refused' in checked) return checked.refused;
    body = checked.body;
  }
  const messages = parseMessages(body, contract.strict ? CHAT_ROLES : LENIENT_ROLES);
  if (typeof messages === 'string')
    return json(400, { error: { code: 'BadRequest', message: messages, status: 400 } });
  const maxTokens = body.max_tokens;
  if (
    maxTokens !== undefined &&
    maxTokens !== null &&
    (!Number.isInteger(maxTokens) || (maxTokens as number) < 0 || (maxTokens as number) > INT32_MAX)
  ) {
    return json(400, {
      error: {
        code: 'BadRequest',
        message: `'max_tokens' must be an integer from 0 to ${INT32_MAX}, or null.`,
        status: 400,
      },
    });
  }

  const reply = answer(endpoint.brain, messages);
  let content = reply.content;
  let finishReason = 'stop';
  let completionTokens = estimateTokens(content);
  if (typeof maxTokens === 'number' && completionTokens > maxTokens) {
    content = content.slice(0, maxTokens * 4);
    completionTokens = maxTokens;
    finishReason = 'length';
  }
  const prompt = promptTokens(messages);

  const limits = registry.limitsOf(endpoint);
  const decision = endpoint.window.admit(limits, prompt + completionTokens);
  if (!decision.ok) {
    endpoint.stats.throttled++;
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    const left = endpoint.window.remaining(limits);
    return json(429, rateLimitBody(seconds), {
      'retry-after': String(seconds),
      'retry-after-ms': String(Math.max(1, Math.ceil(decision.retryAfterMs))),
      ...(left.requests !== undefined ? { 'x-ratelimit-remaining-requests': String(left.requests) } : {}),
      ...(left.tokens !== undefined ? { 'x-ratelimit-remaining-tokens': String(left.tokens) } : {}),
    });
  }
  if (limits.latencyMs > 0) await sleep(limits.latencyMs);

  if (endpoint.contentSafety) {
    const hits = findWords(messages.map((m) => m.content).join('\n'), registry.defaults.contentWords);
    if (hits.some((h) => h.severity >= registry.defaults.blockSeverity)) {
      endpoint.stats.filtered++;
      return contentFilterError(contract.contentFilterShape, hits, registry.defaults.blockSeverity);
    }
    const outputHits = findWords(content, registry.defaults.contentWords);
    if (outputHits.some((h) => h.severity >= registry.defaults.blockSeverity)) {
      content = '';
      finishReason = 'content_filter';
    }
  }

  endpoint.stats.answered++;
  endpoint.stats.sources[reply.source]++;
  const id = `chatcmpl-${randomBytes(12).toString('hex')}`;
  const created = Math.floor(Date.now() / 1000);
  const usage = {
    prompt_tokens: prompt,
    completion_tokens: completionTokens,
    total_tokens: prompt + completionTokens,
  };
  const left = endpoint.window.remaining(limits);
  const headers: Record<string, string> = {
    ...(left.requests !== undefined ? { 'x-ratelimit-remaining-requests': String(left.requests) } : {}),
    ...(left.tokens !== undefined ? { 'x-ratelimit-remaining-tokens': String(left.tokens) } : {}),
  };
  if (body.stream === true) {
    const chunk = (delta: unknown, finish: string | null, extra: Record<string, unknown> = {}): string =>
      JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created,
        model: endpoint.brain.modelName,
        choices: [{ index: 0, delta, finish_reason: finish }],
        ...extra,
      });
    return {
      status: 200,
      headers,
      events: [
        chunk({ role: 'assistant', content: '' }, null),
        chunk({ content }, null),
        chunk({}, finishReason, { usage }),
        '[DONE]',
      ],
    };
  }
  return json(
    200,
    {
      id,
      object: 'chat.completion',
      created,
      model: endpoint.brain.modelName,
      choices: [
        { index: 0, finish_reason: finishReason, message: { role: 'assistant', content, tool_calls: null } },
      ],
      usage,
    },
    headers,
  );
}
