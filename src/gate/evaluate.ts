/**
 * Gates against measured metrics (pure). A value that is missing makes the part of the expression that
 * reads it unknown, and unknown follows Kleene's logic: `false and unknown` is false, `true or unknown`
 * is true, anything else that touches it stays unknown. An unknown gate is:
 * - not applicable when what is missing is the baseline (none was evaluated: the first model has
 *   nothing to be compared with, and should not be blocked for it);
 * - failed when a candidate metric was not measured (a gate that cannot be checked does not pass).
 */
import type { Expr, Gate, GateVerdict, MetricsView, Reference } from './types.ts';

interface Unknown {
  unknown: true;
  /** The baseline is missing altogether (rather than one metric). */
  noBaseline: boolean;
  reasons: string[];
}

type Value = number | boolean | Unknown;

const isUnknown = (v: Value): v is Unknown => typeof v === 'object';

function merge(a: Unknown, b: Unknown): Unknown {
  return {
    unknown: true,
    noBaseline: a.noBaseline || b.noBaseline,
    reasons: [...new Set([...a.reasons, ...b.reasons])],
  };
}

function unmeasured(ref: Reference): string {
  const m = ref.metric;
  if (m === 'similarity') return `'${ref.text}' was not measured: no judge endpoint is configured`;
  if (m === 'cost') return `'${ref.text}' was not measured: no token prices are configured`;
  if (m === 'unsafe_rate') return `'${ref.text}' was not measured: the content-safety check did not run`;
  return `'${ref.text}' was not measured (no answers to measure it on)`;
}

/** The number a reference stands for, or why there is none. */
export function lookup(ref: Reference, view: MetricsView): number | Unknown {
  if (ref.scope !== 'candidate' && !view.baseline) {
    return { unknown: true, noBaseline: true, reasons: ['no baseline was evaluated'] };
  }
  let value: number | undefined;
  if (ref.scope === 'candidate') value = view.candidate[ref.metric];
  else if (ref.scope === 'baseline') value = view.baseline?.[ref.metric];
  else {
    const d = view.delta?.[ref.metric];
    value = d === undefined ? undefined : d[ref.field ?? 'value'];
  }
  return value === undefined || !Number.isFinite(value)
    ? { unknown: true, noBaseline: false, reasons: [unmeasured(ref)] }
    : value;
}

/** When either operand is unknown, the unknown the pair stands for (both reasons kept); else undefined. */
function unknownOf(l: Value, r: Value): Unknown | undefined {
  if (isUnknown(l)) return isUnknown(r) ? merge(l, r) : l;
  return isUnknown(r) ? r : undefined;
}

function evaluate(expr: Expr, view: MetricsView): Value {
  switch (expr.type) {
    case 'number':
      return expr.value;
    case 'ref':
      return lookup(expr.ref, view);
    case 'negate': {
      const v = evaluate(expr.operand, view);
      return isUnknown(v) ? v : -(v as number);
    }
    case 'arithmetic': {
      const l = evaluate(expr.left, view);
      const r = evaluate(expr.right, view);
      const unknown = unknownOf(l, r);
      if (unknown) return unknown;
      const a = l as number;
      const b = r as number;
      const out = expr.op === '+' ? a + b : expr.op === '-' ? a - b : expr.op === '*' ? a * b : a / b;
      if (!Number.isFinite(out))
        return { unknown: true, noBaseline: false, reasons: ['the expression divides by zero'] };
      return out;
    }
    case 'compare': {
      const l = evaluate(expr.left, view);
      const r = evaluate(expr.right, view);
      const unknown = unknownOf(l, r);
      if (unknown) return unknown;
      const a = l as number;
      const b = r as number;
      switch (expr.op) {
        case '>=':
          return a >= b;
        case '<=':
          return a <= b;
        case '>':
          return a > b;
        case '<':
          return a < b;
        case '==':
          return a === b;
        case '!=':
          return a !== b;
      }
      break;
    }
    case 'logic': {
      const l = evaluate(expr.left, view);
      const r = evaluate(expr.right, view);
      const decisive = expr.op === 'and' ? false : true;
      if (l === decisive || r === decisive) return decisive;
      const unknown = unknownOf(l, r);
      if (unknown) return unknown;
      return !decisive;
    }
  }
  throw new Error('unreachable');
}

function describeMiss(view: MetricsView, gate: Gate): string {
  // Name the candidate metrics a failing comparison read, e.g. "f1 = 0.512", so the reason reads alone.
  const parts = gate.references.map((r) => {
    const v = lookup(r, view);
    return isUnknown(v) ? `${r.text} not measured` : `${r.text} = ${formatGateValue(v)}`;
  });
  return parts.join(', ');
}

/** Three significant digits below 100, whole numbers above: enough to see why a threshold was missed. */
export function formatGateValue(v: number): string {
  return Math.abs(v) >= 100 ? String(Math.round(v)) : String(Number(v.toPrecision(3)));
}

export function evaluateGate(gate: Gate, view: MetricsView): GateVerdict {
  const values = gate.references.map((r) => {
    const v = lookup(r, view);
    return { ref: r.text, value: isUnknown(v) ? undefined : v };
  });
  const result = evaluate(gate.expr, view);
  if (result === true) return { expression: gate.expression, status: 'passed', values };
  if (result === false) {
    return {
      expression: gate.expression,
      status: 'failed',
      values,
      reason: `not met: ${describeMiss(view, gate)}`,
    };
  }
  const unknown = result as Unknown;
  if (unknown.noBaseline && unknown.reasons.length === 1) {
    return {
      expression: gate.expression,
      status: 'not-applicable',
      values,
      reason: 'no baseline was evaluated (no model in production, or baseline `none`)',
    };
  }
  return {
    expression: gate.expression,
    status: 'failed',
    values,
    reason:
      unknown.reasons.filter((r) => r !== 'no baseline was evaluated').join('; ') ||
      unknown.reasons.join('; '),
  };
}

/** Every gate's verdict, in order. */
export function evaluateGates(gates: readonly Gate[], view: MetricsView): GateVerdict[] {
  return gates.map((g) => evaluateGate(g, view));
}

/** True when no gate failed (not-applicable gates do not block). */
export function allGatesPassed(verdicts: readonly GateVerdict[]): boolean {
  return verdicts.every((v) => v.status !== 'failed');
}
