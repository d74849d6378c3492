import type { EmuRequest, EmuResponse } from '../core/http.ts';
import { randomGuid } from '../core/random.ts';
import type { ArmContext } from './context.ts';
import { ML } from './context.ts';
import { armError, notFoundError } from './errors.ts';
import { okJson, type ArmRoute } from './front-door.ts';
import type { OperationKind, OperationRecord } from './state.ts';

const LOCATION_PATH = `/subscriptions/:sub/providers/${ML}/locations/:loc`;

export function createOperation(
  ctx: ArmContext,
  kind: OperationKind,
  target: string,
  status: OperationRecord['status'],
  result: OperationRecord['result'],
): OperationRecord {
  const op: OperationRecord = { id: randomGuid(), kind, target, startedAt: ctx.clock.now(), status, result };
  ctx.state.operations.set(op.id, op);
  return op;
}

function operationUrl(
  ctx: ArmContext,
  op: OperationRecord,
  kind: 'mfeOperationsStatus' | 'mfeOperationResults',
  apiVersion: string,
): string {
  return `${ctx.urls.arm}/subscriptions/${ctx.ws.subscriptionId}/providers/${ML}/locations/${ctx.ws.location}/${kind}/${op.id}?api-version=${apiVersion}`;
}

/** Headers of a long-running answer: Azure-AsyncOperation (status) and/or Location (result), plus Retry-After. */
export function locationHeaders(
  ctx: ArmContext,
  op: OperationRecord,
  apiVersion: string,
  asyncOperation = true,
  location = true,
): Record<string, string> {
  const headers: Record<string, string> = { 'retry-after': String(ctx.settings.lroRetryAfterSeconds) };
  if (asyncOperation)
    headers['azure-asyncoperation'] = operationUrl(ctx, op, 'mfeOperationsStatus', apiVersion);
  if (location) headers.location = operationUrl(ctx, op, 'mfeOperationResults', apiVersion);
  return headers;
}

export function operationRoutes(ctx: ArmContext): ArmRoute[] {
  return [
    {
      method: 'GET',
      pattern: `${LOCATION_PATH}/mfeOperationsStatus/:id`,
      api: ['serverless', 'jobs'],
      type: 'locations/mfeOperationsStatus',
      handler: (req) => status(ctx, req),
    },
    {
      method: 'GET',
      pattern: `${LOCATION_PATH}/mfeOperationResults/:id`,
      api: ['serverless', 'jobs'],
      type: 'locations/mfeOperationResults',
      handler: (req) => result(ctx, req),
    },
  ];
}

function status(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const op = ctx.state.operations.get(req.params.id!);
  if (!op) return notFoundError(`Operation '${req.params.id}'`);
  const now = op.status();
  const body: Record<string, unknown> = {
    id: `/subscriptions/${ctx.ws.subscriptionId}/providers/${ML}/locations/${ctx.ws.location}/mfeOperationsStatus/${op.id}`,
    name: op.id,
    status: now.status,
    startTime: new Date(op.startedAt).toISOString(),
  };
  if (now.endedAt !== undefined) body.endTime = new Date(now.endedAt).toISOString();
  if (now.error) body.error = now.error;
  const headers =
    now.status === 'InProgress' ? { 'retry-after': String(ctx.settings.lroRetryAfterSeconds) } : undefined;
  return okJson(body, 200, headers);
}

function result(ctx: ArmContext, req: EmuRequest): EmuResponse {
  const op = ctx.state.operations.get(req.params.id!);
  if (!op) return notFoundError(`Operation '${req.params.id}'`);
  const now = op.status();
  if (now.status === 'InProgress') {
    return {
      status: 202,
      headers: {
        location: `${ctx.urls.arm}${req.path}?${req.query.toString()}`,
        'retry-after': String(ctx.settings.lroRetryAfterSeconds),
      },
    };
  }
  if (now.status === 'Failed' || now.status === 'Canceled') {
    const error = now.error ?? { code: now.status, message: `The operation ${now.status.toLowerCase()}.` };
    return armError(400, error.code, error.message);
  }
  const final = op.result();
  return final.body === undefined ? { status: final.status } : okJson(final.body, final.status);
}
