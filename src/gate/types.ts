import type { MetricName } from '../evaluation/metrics.ts';

/** What gates read, and the `metrics` output: values per side, deltas with their 95% interval. */
export interface MetricsView {
  candidate: Partial<Record<MetricName, number>>;
  /** Absent when no baseline was evaluated. */
  baseline?: Partial<Record<MetricName, number>>;
  delta?: Partial<Record<MetricName, { value: number; ci_low: number; ci_high: number }>>;
}

export type Scope = 'candidate' | 'baseline' | 'delta';
export type DeltaField = 'value' | 'ci_low' | 'ci_high';

/** A metric named in a gate: `f1` (= `candidate.f1`), `baseline.f1`, `delta.f1`, `delta.f1.ci_low`. */
export interface Reference {
  scope: Scope;
  metric: MetricName;
  /** Only for `delta`; `value` when not written. */
  field?: DeltaField;
  /** As written in the expression. */
  text: string;
}

export type ComparisonOp = '>=' | '<=' | '>' | '<' | '==' | '!=';
export type ArithmeticOp = '+' | '-' | '*' | '/';

export type Expr =
  | { type: 'number'; value: number }
  | { type: 'ref'; ref: Reference }
  | { type: 'negate'; operand: Expr }
  | { type: 'arithmetic'; op: ArithmeticOp; left: Expr; right: Expr }
  | { type: 'compare'; op: ComparisonOp; left: Expr; right: Expr }
  | { type: 'logic'; op: 'and' | 'or'; left: Expr; right: Expr };

export interface Gate {
  /** The expression as configured (trimmed). */
  expression: string;
  expr: Expr;
  /** Every metric it reads, in order of appearance, without repeats. */
  references: Reference[];
}

export type GateStatus = 'passed' | 'failed' | 'not-applicable';

export interface GateVerdict {
  expression: string;
  status: GateStatus;
  /** The values the gate read, for the report ("f1 = 0.712"); undefined when not measured. */
  values: { ref: string; value: number | undefined }[];
  /** Why it failed or did not apply, in words. */
  reason?: string;
}
