import { json, type EmuResponse } from '../core/http.ts';

export interface ArmErrorExtra {
  target?: string;
  details?: unknown[];
  innerError?: unknown;
  headers?: Record<string, string>;
}

/** ARM's error envelope `{ error: { code, message } }` (ARM RPC "error response" contract). */
export function armError(
  status: number,
  code: string,
  message: string,
  extra: ArmErrorExtra = {},
): EmuResponse {
  const error: Record<string, unknown> = { code, message };
  if (extra.target !== undefined) error.target = extra.target;
  if (extra.details !== undefined) error.details = extra.details;
  if (extra.innerError !== undefined) error.innerError = extra.innerError;
  return json(status, { error }, extra.headers);
}

/**
 * Azure Machine Learning's own errors: code `UserError` with a more specific inner code
 * (e.g. `NotFoundError`, `BadArgument`, `Immutable`), as its management front end answers.
 */
export function userError(
  status: number,
  message: string,
  innerCode?: string,
  innerInnerCode?: string,
): EmuResponse {
  const innerError = innerCode
    ? { code: innerCode, ...(innerInnerCode ? { innerError: { code: innerInnerCode } } : {}) }
    : undefined;
  return armError(status, 'UserError', message, { details: [], innerError });
}

export function badArgument(message: string, target?: string): EmuResponse {
  return armError(400, 'UserError', message, { target, details: [], innerError: { code: 'BadArgument' } });
}

export function notFoundError(what: string): EmuResponse {
  return userError(404, `${what} not found.`, 'NotFoundError');
}

/** Default bodies for injected statuses, so a fault looks like ARM throttling or an outage. */
export function armFaultAnswer(
  status: number,
  retryAfter: number | undefined,
): { body: unknown; headers?: Record<string, string> } {
  switch (status) {
    case 429:
      return {
        body: {
          error: {
            code: 'TooManyRequests',
            message: `The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00. Please retry after ${retryAfter ?? 1} seconds.`,
          },
        },
        headers: { 'x-ms-ratelimit-remaining-subscription-reads': '0' },
      };
    case 503:
      return {
        body: {
          error: {
            code: 'ServiceUnavailable',
            message: 'The service is temporarily unavailable. Please retry the request later.',
          },
        },
      };
    case 502:
      return {
        body: {
          error: {
            code: 'BadGateway',
            message: 'The gateway did not receive a response from the service in time.',
          },
        },
      };
    case 504:
      return {
        body: {
          error: {
            code: 'GatewayTimeout',
            message: 'The gateway did not receive a response within the specified time period.',
          },
        },
      };
    default:
      return status >= 500
        ? {
            body: {
              error: {
                code: 'InternalServerError',
                message:
                  'Encountered internal server error. Diagnostic information: timestamp ' +
                  new Date().toISOString(),
              },
            },
          }
        : { body: { error: { code: `Http${status}`, message: `Injected ${status}.` } } };
  }
}
