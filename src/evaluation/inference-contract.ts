/**
 * What the published contracts of the chat endpoints say about headers and error bodies (pure). Two
 * services answer the chat client:
 * - the Azure AI Model Inference API (serverless and managed endpoints, `*.models.ai.azure.com`,
 *   `*.inference.ml.azure.com`): Azure/azure-rest-api-specs
 *   `specification/ai/data-plane/ModelInference/preview/2024-05-01-preview/openapi.json` and its reference
 *   pages (MicrosoftDocs/azure-ai-docs `articles/ai-foundry/model-inference/reference/`);
 * - Azure OpenAI and the other Cognitive Services hosts (`*.openai.azure.com`, a Foundry resource's
 *   `*.services.ai.azure.com`, `*.cognitiveservices.azure.com`): `specification/cognitiveservices/
 *   data-plane/AzureOpenAI/inference/stable/2024-10-21/inference.json`.
 */

/**
 * `extra-parameters: drop`: the Model Inference API's default (`error`) refuses a parameter the model does
 * not take with a 422, and its reference names `seed` as the typical one; `drop` is documented for a
 * payload sent to models that may not support all of it. Hosts that do not know the header ignore it.
 */
export const EXTRA_PARAMETERS = 'drop';

/**
 * How the key travels. Serverless endpoints accept `api-key` and `Authorization: Bearer <key>` (sending
 * both is what their samples do). Cognitive Services hosts take either an `api-key` or an Entra token as
 * Bearer, never both: their spec lists the two as alternative security schemes, and the service answers
 * 400 when both come. A key is not an Entra token, so there it goes as `api-key` only.
 */
export type KeyStyle = 'api-key' | 'api-key-and-bearer';

const ONE_KEY_HOSTS = [
  /\.openai\.azure\.com$/,
  /\.services\.ai\.azure\.com$/,
  /\.cognitiveservices\.azure\.com$/,
];

export function keyStyle(url: string): KeyStyle {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'api-key-and-bearer';
  }
  return ONE_KEY_HOSTS.some((re) => re.test(host)) ? 'api-key' : 'api-key-and-bearer';
}

export function keyHeaders(style: KeyStyle, key: string): Record<string, string> {
  return style === 'api-key' ? { 'api-key': key } : { 'api-key': key, authorization: `Bearer ${key}` };
}

/** The parameter a 422 names (`detail.loc` without its leading `body`), with the value sent. */
export interface UnsupportedParameter {
  parameter: string;
  value?: unknown;
}

export interface ErrorBody {
  /** `code` and `innererror.code`, in that order, when they are strings. */
  codes: string[];
  message?: string;
  unsupported?: UnsupportedParameter;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `detail` of an UnprocessableContentError: the reference gives one object `{loc, value}` (its example
 * `{loc, input}`); validation errors of the same service come as a list of them. The first entry with a
 * location names the parameter.
 */
function unsupportedFrom(detail: unknown): UnsupportedParameter | undefined {
  for (const d of Array.isArray(detail) ? detail : [detail]) {
    if (!isObject(d) || !Array.isArray(d.loc)) continue;
    const loc = (d.loc as unknown[])
      .filter((x) => typeof x === 'string' || typeof x === 'number')
      .map(String);
    const path = loc[0] === 'body' ? loc.slice(1) : loc;
    if (path.length === 0) continue;
    const value = 'input' in d ? d.input : d.value;
    return { parameter: path.join('.'), ...(value !== undefined ? { value } : {}) };
  }
  return undefined;
}

/**
 * An error body in any of the documented shapes:
 * - nested, `{error: {code, message, innererror: {code}}}` (Azure.Core's ErrorResponse, Azure OpenAI);
 * - flat, the Model Inference reference's ContentFilterError `{code, error, message, param, status}` and
 *   UnprocessableContentError `{code, detail, error, message, status}`, where `error` is a string (the
 *   status text), so `body.error` is read as the error object only when it is one.
 */
export function readErrorBody(text: string): ErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { codes: [] };
  }
  if (!isObject(body)) return { codes: [] };
  const error = isObject(body.error) ? body.error : body;
  const inner = isObject(error.innererror) ? error.innererror : undefined;
  const codes = [error.code, inner?.code].filter((c): c is string => typeof c === 'string');
  const message =
    typeof error.message === 'string'
      ? error.message
      : typeof body.error === 'string'
        ? body.error
        : undefined;
  const unsupported = unsupportedFrom(error.detail ?? body.detail);
  return { codes, ...(message !== undefined ? { message } : {}), ...(unsupported ? { unsupported } : {}) };
}

/** `content_filter` (the code of both shapes) or `ResponsibleAIPolicyViolation` (an inner code under a generic one). */
export function isContentFilter(body: ErrorBody): boolean {
  return body.codes.some((c) => c === 'content_filter' || c === 'ResponsibleAIPolicyViolation');
}

/** A 422 that names the parameter the model refuses; undefined for any other answer. */
export function unsupportedParameter(status: number, body: ErrorBody): UnsupportedParameter | undefined {
  if (status !== 422) return undefined;
  return body.unsupported;
}
