export { parseGates, gatesNeedBaseline, assertGatesMeasurable } from './parse.ts';
export { evaluateGates, evaluateGate, allGatesPassed, formatGateValue } from './evaluate.ts';
export type {
  Gate,
  GateVerdict,
  GateStatus,
  MetricsView,
  Reference,
  Scope,
  DeltaField,
  Expr,
} from './types.ts';
