/**
 * Gate expressions -> syntax trees, checked before any request is made. Grammar (see README.md):
 *
 *   gate       := or
 *   or         := and ( ("or" | "||") and )*
 *   and        := comparison ( ("and" | "&&") comparison )*
 *   comparison := sum ( (">=" | "<=" | ">" | "<" | "==" | "!=") sum )?
 *   sum        := product ( ("+" | "-") product )*
 *   product    := unary ( ("*" | "/") unary )*
 *   unary      := "-" unary | primary
 *   primary    := number | reference | "(" or ")"
 *   reference  := metric | ("candidate" | "baseline") "." metric
 *               | "delta" "." metric ( "." ("ci_low" | "ci_high" | "value") )?
 *
 * A gate must be true or false (a comparison, or comparisons joined by and/or); comparisons do not chain.
 * Metric and scope names match case-insensitively and are reported in their canonical spelling.
 */
import { ConfigError } from '../config/parse.ts';
import { METRIC_NAMES, type MetricName } from '../evaluation/metrics.ts';
import type { ComparisonOp, DeltaField, Expr, Gate, Reference, Scope } from './types.ts';

type Token =
  | { kind: 'number'; value: number; at: number; text: string }
  | { kind: 'name'; text: string; at: number }
  | { kind: 'op'; text: string; at: number }
  | { kind: 'end'; at: number; text: string };

const OPERATORS = ['>=', '<=', '==', '!=', '&&', '||', '>', '<', '+', '-', '*', '/', '(', ')'];

class GateSyntaxError extends Error {}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
    if (num) {
      tokens.push({ kind: 'number', value: Number(num[0]), at: i, text: num[0] });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(source.slice(i));
    if (name) {
      tokens.push({ kind: 'name', text: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', text: op, at: i });
      i += op.length;
      continue;
    }
    if (ch === '=') throw new GateSyntaxError(`'=' at column ${i + 1}: compare with '==' (or '>=', '<=')`);
    throw new GateSyntaxError(`unexpected '${ch}' at column ${i + 1}`);
  }
  tokens.push({ kind: 'end', at: source.length, text: 'the end' });
  return tokens;
}

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function suggest(name: string, options: readonly string[]): string {
  const lower = name.toLowerCase();
  const best = options.map((o) => ({ o, d: distance(lower, o.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean '${best.o}'?` : '';
}

function metricNamed(name: string, text: string): MetricName {
  const hit = METRIC_NAMES.find((m) => m.toLowerCase() === name.toLowerCase());
  if (hit) return hit;
  throw new GateSyntaxError(
    `unknown metric '${name}' in '${text}'.${suggest(name, METRIC_NAMES)} Known metrics: ${METRIC_NAMES.join(', ')}`,
  );
}

const SCOPES: readonly Scope[] = ['candidate', 'baseline', 'delta'];
const FIELDS: readonly DeltaField[] = ['value', 'ci_low', 'ci_high'];

function reference(text: string): Reference {
  const parts = text.split('.');
  const first = parts[0]!.toLowerCase();
  if (parts.length === 1) return { scope: 'candidate', metric: metricNamed(parts[0]!, text), text };
  const scope = SCOPES.find((s) => s === first);
  if (!scope) {
    // `f1.ci_low` and the like: a metric where a scope was expected.
    const asMetric = METRIC_NAMES.find((m) => m.toLowerCase() === first);
    const hint = asMetric
      ? ` Intervals belong to deltas: 'delta.${parts.slice(0).join('.')}'.`
      : suggest(parts[0]!, SCOPES);
    throw new GateSyntaxError(`'${text}' does not start with candidate, baseline or delta.${hint}`);
  }
  const metric = metricNamed(parts[1]!, text);
  if (parts.length === 2)
    return { scope, metric, ...(scope === 'delta' ? { field: 'value' as const } : {}), text };
  const field = FIELDS.find((f) => f === parts[2]!.toLowerCase());
  if (scope !== 'delta' || parts.length > 3 || !field) {
    throw new GateSyntaxError(
      scope === 'delta'
        ? `'${text}': a delta has .ci_low, .ci_high or .value.${suggest(parts[2]!, FIELDS)}`
        : `'${text}': only deltas have fields (e.g. 'delta.${metric}.ci_low')`,
    );
  }
  return { scope, metric, field, text };
}

type Typed = { expr: Expr; type: 'number' | 'boolean' };

class Parser {
  private pos = 0;
  readonly references: Reference[] = [];

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private next(): Token {
    return this.tokens[this.pos++]!;
  }

  private describe(t: Token): string {
    return t.kind === 'end' ? 'the end' : `'${t.text}' at column ${t.at + 1}`;
  }

  private isWord(t: Token, ...words: string[]): boolean {
    return (
      (t.kind === 'name' && words.includes(t.text.toLowerCase())) ||
      (t.kind === 'op' && words.includes(t.text))
    );
  }

  parseGate(): Expr {
    const result = this.or();
    const t = this.peek();
    if (t.kind !== 'end') {
      const hint = ['>=', '<=', '>', '<', '==', '!='].includes(t.text)
        ? ' (comparisons do not chain: join them with and)'
        : '';
      throw new GateSyntaxError(`unexpected ${this.describe(t)}${hint}`);
    }
    if (result.type !== 'boolean')
      throw new GateSyntaxError('a gate must compare, e.g. `f1 >= 0.6`; this is a number, not a test');
    return result.expr;
  }

  private boolean(side: Typed, op: string): Expr {
    if (side.type !== 'boolean') throw new GateSyntaxError(`'${op}' joins comparisons, not numbers`);
    return side.expr;
  }

  private or(): Typed {
    let left = this.and();
    while (this.isWord(this.peek(), 'or', '||')) {
      this.next();
      const right = this.and();
      left = {
        type: 'boolean',
        expr: { type: 'logic', op: 'or', left: this.boolean(left, 'or'), right: this.boolean(right, 'or') },
      };
    }
    return left;
  }

  private and(): Typed {
    let left = this.comparison();
    while (this.isWord(this.peek(), 'and', '&&')) {
      this.next();
      const right = this.comparison();
      left = {
        type: 'boolean',
        expr: {
          type: 'logic',
          op: 'and',
          left: this.boolean(left, 'and'),
          right: this.boolean(right, 'and'),
        },
      };
    }
    return left;
  }

  private comparison(): Typed {
    const left = this.sum();
    const t = this.peek();
    if (t.kind === 'op' && ['>=', '<=', '>', '<', '==', '!='].includes(t.text)) {
      this.next();
      const right = this.sum();
      if (left.type !== 'number' || right.type !== 'number')
        throw new GateSyntaxError(`'${t.text}' at column ${t.at + 1} compares numbers, not comparisons`);
      return {
        type: 'boolean',
        expr: { type: 'compare', op: t.text as ComparisonOp, left: left.expr, right: right.expr },
      };
    }
    return left;
  }

  private number(side: Typed, op: Token): Expr {
    if (side.type !== 'number')
      throw new GateSyntaxError(`'${op.text}' at column ${op.at + 1} needs numbers on both sides`);
    return side.expr;
  }

  private sum(): Typed {
    let left = this.product();
    for (let t = this.peek(); t.kind === 'op' && (t.text === '+' || t.text === '-'); t = this.peek()) {
      this.next();
      const right = this.product();
      left = {
        type: 'number',
        expr: { type: 'arithmetic', op: t.text, left: this.number(left, t), right: this.number(right, t) },
      };
    }
    return left;
  }

  private product(): Typed {
    let left = this.unary();
    for (let t = this.peek(); t.kind === 'op' && (t.text === '*' || t.text === '/'); t = this.peek()) {
      this.next();
      const right = this.unary();
      left = {
        type: 'number',
        expr: { type: 'arithmetic', op: t.text, left: this.number(left, t), right: this.number(right, t) },
      };
    }
    return left;
  }

  private unary(): Typed {
    const t = this.peek();
    if (t.kind === 'op' && t.text === '-') {
      this.next();
      const operand = this.unary();
      return { type: 'number', expr: { type: 'negate', operand: this.number(operand, t) } };
    }
    return this.primary();
  }

  private primary(): Typed {
    const t = this.next();
    if (t.kind === 'number') return { type: 'number', expr: { type: 'number', value: t.value } };
    if (t.kind === 'name') {
      if (['and', 'or', 'not'].includes(t.text.toLowerCase()))
        throw new GateSyntaxError(`expected a metric or a number before ${this.describe(t)}`);
      const ref = reference(t.text);
      if (!this.references.some((r) => r.text === ref.text)) this.references.push(ref);
      return { type: 'number', expr: { type: 'ref', ref } };
    }
    if (t.kind === 'op' && t.text === '(') {
      const inner = this.or();
      const close = this.next();
      if (close.kind !== 'op' || close.text !== ')')
        throw new GateSyntaxError(
          `expected ')' to close the '(' at column ${t.at + 1}, found ${this.describe(close)}`,
        );
      return inner;
    }
    throw new GateSyntaxError(`expected a metric, a number or '(' but found ${this.describe(t)}`);
  }
}

/** One gate expression -> its tree; throws a GateSyntaxError (message without the location). */
function parseOne(expression: string): Gate {
  const parser = new Parser(tokenize(expression));
  const expr = parser.parseGate();
  return { expression, expr, references: parser.references };
}

/**
 * Parses every gate, or throws a ConfigError naming the gate (`where`, its position) and what is wrong,
 * so a typo stops the run before any endpoint is called.
 */
export function parseGates(expressions: readonly string[], where = "input 'gates'"): Gate[] {
  const gates: Gate[] = [];
  expressions.forEach((raw, i) => {
    const expression = raw.trim();
    if (expression === '') return;
    try {
      gates.push(parseOne(expression));
    } catch (e) {
      if (!(e instanceof GateSyntaxError)) throw e;
      const position = expressions.length > 1 ? ` item ${i + 1}` : '';
      throw new ConfigError(`${where}${position} \`${expression}\`: ${e.message}.`.replace(/\.\.$/, '.'));
    }
  });
  return gates;
}

/** Whether any gate reads the baseline (directly or through a delta). */
export function gatesNeedBaseline(gates: readonly Gate[]): boolean {
  return gates.some((g) => g.references.some((r) => r.scope !== 'candidate'));
}

/** Metrics measured only when something is configured; the lead checks these before any request. */
const NEEDS: Partial<Record<MetricName, { what: 'judge' | 'prices' | 'contentSafety'; fix: string }>> = {
  similarity: { what: 'judge', fix: "set 'judge-endpoint-url' (and its key)" },
  cost: { what: 'prices', fix: "set 'price-per-1k-input-tokens' and/or 'price-per-1k-output-tokens'" },
  unsafe_rate: { what: 'contentSafety', fix: "set 'content-safety-endpoint'" },
};

/** Throws a ConfigError when a gate names a metric nothing configured will measure. */
export function assertGatesMeasurable(
  gates: readonly Gate[],
  available: { judge: boolean; prices: boolean; contentSafety: boolean },
  where = "input 'gates'",
): void {
  for (const gate of gates) {
    for (const ref of gate.references) {
      const need = NEEDS[ref.metric];
      if (need && !available[need.what]) {
        throw new ConfigError(
          `${where} \`${gate.expression}\` reads '${ref.metric}', which nothing measures: ${need.fix}.`,
        );
      }
    }
  }
}
