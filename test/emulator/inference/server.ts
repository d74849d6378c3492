import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { header, json, type EmuRequest, type EmuResponse, type Handler } from '../core/http.ts';
import { Router } from '../core/router.ts';
import { answer, estimateTokens, promptTokens } from './answer.ts';
import { filterResult, findWords } from './content-filter.ts';
import { type ChatMessage, contentText } from './knowledge.ts';
import type { InferenceEndpoint, InferenceRegistry } from './registry.ts';

const ROLES = new Set(['system', 'user', 'assistant', 'tool', 'developer']);

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
    return { body: rateLimitBody(seconds), headers: { 'retry-after-ms': String(seconds * 1000) } };
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

function authorize(endpoint: InferenceEndpoint, req: EmuRequest): boolean {
  const apiKey = header(req, 'api-key');
  const auth = header(req, 'authorization');
  const bearerKey = auth && /^bearer\s+/i.test(auth) ? auth.replace(/^bearer\s+/i, '').trim() : undefined;
  const valid = [endpoint.keys.primaryKey, endpoint.keys.secondaryKey];
  return (
    (apiKey !== undefined && valid.includes(apiKey)) || (bearerKey !== undefined && valid.includes(bearerKey))
  );
}

function lookup(registry: InferenceRegistry, req: EmuRequest): InferenceEndpoint | EmuResponse {
  const endpoint = registry.get(req.params.name!);
  if (!endpoint || endpoint.state() !== 'ready') return inferenceError(404, '404', 'Resource not found');
  if (!authorize(endpoint, req)) {
    return inferenceError(
      401,
      '401',
      'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    );
  }
  return endpoint;
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

function parseMessages(body: unknown): ChatMessage[] | string {
  const messages = (body as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages) || messages.length === 0) return "'messages' must be a non-empty array.";
  const out: ChatMessage[] = [];
  for (const [i, m] of messages.entries()) {
    const role = (m as { role?: unknown } | null)?.role;
    if (typeof role !== 'string' || !ROLES.has(role))
      return `'messages[${i}].role' must be one of ${[...ROLES].join(', ')}.`;
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
  const messages = parseMessages(req.body);
  if (typeof messages === 'string')
    return json(400, { error: { code: 'BadRequest', message: messages, status: 400 } });
  const body = req.body as { max_tokens?: unknown; stream?: unknown };
  const maxTokens = body.max_tokens;
  if (
    maxTokens !== undefined &&
    maxTokens !== null &&
    (!Number.isInteger(maxTokens) || (maxTokens as number) < 1)
  ) {
    return json(400, {
      error: { code: 'BadRequest', message: "'max_tokens' must be a positive integer.", status: 400 },
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
            content_filter_result: filterResult(hits, registry.defaults.blockSeverity),
          },
        },
      });
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
