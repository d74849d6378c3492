import type { SettingKind } from './settings.ts';
import type { WaitPolicy } from './types.ts';

/** A value that came from somewhere a user can find: an input, or a key at a line of the config file. */
export interface RawValue {
  value: unknown;
  /** "input 'epochs'" or "'training.epochs' in .github/finetune.yml:12" */
  where: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Parsed = string | number | boolean | string[] | Record<string, string> | WaitPolicy;

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function fail(raw: RawValue, expected: string): never {
  throw new ConfigError(`${raw.where} must be ${expected}; got ${describe(raw.value)}.`);
}

function scalarText(raw: RawValue): string {
  const v = raw.value;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return fail(raw, 'a single value');
}

function parseNumber(
  raw: RawValue,
  kind: { min?: number; max?: number; exclusiveMin?: boolean },
  integer: boolean,
): number {
  const text = scalarText(raw);
  const n = Number(text);
  const range =
    kind.min !== undefined && kind.max !== undefined
      ? ` between ${kind.min} and ${kind.max}`
      : kind.min !== undefined
        ? kind.exclusiveMin
          ? ` above ${kind.min}`
          : ` of at least ${kind.min}`
        : '';
  const expected = `${integer ? 'a whole number' : 'a number'}${range}`;
  if (text === '' || !Number.isFinite(n)) fail(raw, expected);
  if (integer && !Number.isInteger(n)) fail(raw, expected);
  if (kind.min !== undefined && (kind.exclusiveMin ? n <= kind.min : n < kind.min)) fail(raw, expected);
  if (kind.max !== undefined && n > kind.max) fail(raw, expected);
  return n;
}

function parseList(raw: RawValue): string[] {
  const v = raw.value;
  if (Array.isArray(v)) {
    return v.map((item, i) => {
      if (typeof item !== 'string' && typeof item !== 'number')
        fail({ ...raw, where: `${raw.where} item ${i + 1}` }, 'text');
      return String(item).trim();
    });
  }
  if (typeof v === 'string') {
    return v
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'));
  }
  return fail(raw, 'a list (one item per line)');
}

function parseMap(raw: RawValue): Record<string, string> {
  const v = raw.value;
  const out: Record<string, string> = {};
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
      if (typeof val === 'object' && val !== null)
        fail({ ...raw, where: `${raw.where}.${k}` }, 'a single value');
      out[k] = String(val);
    }
    return out;
  }
  if (typeof v === 'string') {
    for (const line of parseList(raw)) {
      const eq = line.indexOf('=');
      if (eq <= 0) fail(raw, "lines of 'name=value'");
      out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    return out;
  }
  return fail(raw, "a map, or lines of 'name=value'");
}

function parseWait(raw: RawValue): WaitPolicy {
  const text = scalarText(raw).toLowerCase();
  if (TRUE.has(text) && text !== '1') return { kind: 'until-done' };
  if (FALSE.has(text) && text !== '0') return { kind: 'no-wait' };
  const n = Number(text);
  if (text !== '' && Number.isFinite(n) && n >= 0)
    return n === 0 ? { kind: 'no-wait' } : { kind: 'minutes', minutes: n };
  return fail(raw, '`true`, `false`, or a number of minutes');
}

function parseDays(raw: RawValue): number {
  const text = scalarText(raw).toLowerCase();
  const m = /^(\d+(?:\.\d+)?)\s*(d|days?|h|hours?|w|weeks?)?$/.exec(text);
  if (!m) return fail(raw, "a duration such as '30d', '12h' or '2w'");
  const n = Number(m[1]);
  const unit = m[2]?.[0] ?? 'd';
  return unit === 'h' ? n / 24 : unit === 'w' ? n * 7 : n;
}

/** Turns one raw value into the setting's kind, or throws a ConfigError that names where it came from. */
export function parseSetting(kind: SettingKind, raw: RawValue): Parsed {
  switch (kind.type) {
    case 'string':
    case 'path':
    case 'secret':
      return scalarText(raw);
    case 'boolean': {
      const t = scalarText(raw).toLowerCase();
      if (TRUE.has(t)) return true;
      if (FALSE.has(t)) return false;
      return fail(raw, '`true` or `false`');
    }
    case 'number':
      return parseNumber(raw, kind, false);
    case 'integer':
      return parseNumber(raw, kind, true);
    case 'enum': {
      const t = scalarText(raw);
      const hit = kind.values.find((v) => v.toLowerCase() === t.toLowerCase());
      if (hit === undefined) fail(raw, `one of ${kind.values.map((v) => `\`${v}\``).join(', ')}`);
      return hit;
    }
    case 'list':
      return parseList(raw);
    case 'map':
      return parseMap(raw);
    case 'wait':
      return parseWait(raw);
    case 'days':
      return parseDays(raw);
  }
}
