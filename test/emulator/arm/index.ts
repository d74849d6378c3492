import type { Handler } from '../core/http.ts';
import type { TokenRegistry } from '../identity/tokens.ts';
import type { ArmContext } from './context.ts';
import { dataRoutes } from './data.ts';
import { endpointRoutes } from './endpoints.ts';
import { armHandler } from './front-door.ts';
import { jobRoutes } from './jobs.ts';
import { marketplaceRoutes } from './marketplace.ts';
import { modelRoutes } from './models.ts';
import { operationRoutes } from './operations.ts';
import { subscriptionRoutes } from './subscription.ts';
import { workspaceRoutes } from './workspace.ts';

/** Azure Resource Manager for one Azure Machine Learning workspace (hub project), plus subscription reads. */
export function createArmHandler(ctx: ArmContext, tokens: TokenRegistry): Handler {
  return armHandler(ctx, tokens, [
    ...workspaceRoutes(ctx),
    ...dataRoutes(ctx),
    ...jobRoutes(ctx),
    ...modelRoutes(ctx),
    ...endpointRoutes(ctx),
    ...marketplaceRoutes(ctx),
    ...operationRoutes(ctx),
    ...subscriptionRoutes(ctx),
  ]);
}
