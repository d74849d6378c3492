/** The data plane's error envelope `{error: {code, message, param, type}}` (V1SPEC AzureErrorResponse, OAI ErrorResponse). */
import { json, type EmuResponse } from '../core/http.ts';

export function dataPlaneError(
  status: number,
  code: string,
  message: string,
  param: string | null = null,
  headers?: Record<string, string>,
): EmuResponse {
  return json(
    status,
    { error: { code, message, param, type: status >= 500 ? 'server_error' : 'invalid_request_error' } },
    headers,
  );
}

/** Default bodies for injected statuses, in the data plane's envelope. */
export function dataPlaneFaultAnswer(
  status: number,
  retryAfter: number | undefined,
): { body: unknown; headers?: Record<string, string> } {
  if (status === 429) {
    const seconds = retryAfter ?? 1;
    return {
      body: {
        error: {
          code: '429',
          message: `Requests to the Fine-tuning API have exceeded the rate limit. Try again in ${seconds} seconds.`,
          param: null,
          type: 'requests',
        },
      },
      headers: { 'retry-after-ms': String(seconds * 1000) },
    };
  }
  return {
    body: {
      error: {
        code: status >= 500 ? 'InternalServerError' : String(status),
        message:
          status >= 500 ? 'The server had an error while processing your request.' : `Injected ${status}.`,
        param: null,
        type: 'server_error',
      },
    },
  };
}
