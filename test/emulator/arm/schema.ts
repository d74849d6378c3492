/**
 * A small interpreter of the Swagger 2.0 subset Azure's REST specs use for bodies: `$ref` (across spec
 * documents, by relative path as the specs write it), `allOf` (inheritance: properties and `required`
 * merge), `required`, `type`, `enum`, `pattern`, `minLength`/`maxLength`, `minimum`/`maximum`, `items`,
 * `additionalProperties` (a map's value schema, or `false`: unknown properties are errors), `x-nullable`,
 * `readOnly`, and polymorphism by `discriminator` + `x-ms-discriminator-value`. Formats are not checked.
 *
 * The definitions come from the transcriptions in `test/fixtures/arm-schemas/` (each names its spec file
 * and commit). The emulator's ARM front door validates every request body with it, and tests validate
 * what the action sends and what the emulator answers with it. Pure.
 */
import path from 'node:path';

export interface SpecDocument {
  _source: { repo: string; path: string; commit: string };
  apiVersion?: string;
  definitions: Record<string, Schema>;
}

export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  discriminator?: string;
  'x-ms-discriminator-value'?: string;
  'x-nullable'?: boolean;
  readOnly?: boolean;
  _stub?: string;
  [key: string]: unknown;
}

export interface Violation {
  /** Where, in the body: `properties.fineTuningDetails.hyperParameters.epochs`; '' is the root. */
  path: string;
  message: string;
}

/**
 * `request`: what a client sends (read-only properties are errors: Swagger 2.0 says they MUST NOT be
 * sent). `response`: what a service answers (every non-nullable read-only property of the service's own
 * definitions must be there).
 */
export type Direction = 'request' | 'response';

interface Located {
  doc: SpecDocument;
  name?: string;
  schema: Schema;
}

interface Merged {
  properties: Map<string, { doc: SpecDocument; schema: Schema }>;
  required: Set<string>;
  closed: boolean;
  additional?: { doc: SpecDocument; schema: Schema };
  discriminator?: { property: string; base: Located };
}

export class SchemaSet {
  private readonly docs = new Map<string, SpecDocument>();

  constructor(documents: Iterable<SpecDocument>) {
    for (const doc of documents) this.docs.set(doc._source.path, doc);
  }

  document(specPath: string): SpecDocument | undefined {
    return this.docs.get(specPath);
  }

  /** Whether `specPath` defines `name`. */
  has(specPath: string, name: string): boolean {
    return this.docs.get(specPath)?.definitions[name] !== undefined;
  }

  /** Whether definition `name` of `specPath` (with what it inherits) has property `property`. */
  definesProperty(specPath: string, name: string, property: string): boolean {
    const doc = this.docs.get(specPath);
    const schema = doc?.definitions[name];
    return (
      doc !== undefined && schema !== undefined && this.merge({ doc, name, schema }).properties.has(property)
    );
  }

  /** Validates `value` against definition `name` of the spec document `specPath`. */
  validate(specPath: string, name: string, value: unknown, direction: Direction): Violation[] {
    const doc = this.docs.get(specPath);
    if (!doc) throw new Error(`no spec document ${specPath}`);
    const schema = doc.definitions[name];
    if (!schema) throw new Error(`${specPath} does not define ${name}`);
    const out: Violation[] = [];
    this.check({ doc, name, schema }, value, '', direction, out);
    return out;
  }

  private resolve(from: SpecDocument, ref: string): Located {
    const [file, pointer = ''] = ref.split('#');
    const doc = file
      ? this.docs.get(path.posix.normalize(path.posix.join(path.posix.dirname(from._source.path), file)))
      : from;
    const name = /^\/definitions\/(.+)$/.exec(pointer)?.[1];
    const schema = name ? doc?.definitions[name] : undefined;
    if (!doc || !name || !schema) throw new Error(`unresolved $ref '${ref}' in ${from._source.path}`);
    return { doc, name, schema };
  }

  /** A property's schema with its `$ref` followed; the property's own flags (nullable, readOnly) kept. */
  private target(at: Located): Located {
    return at.schema.$ref ? this.resolve(at.doc, at.schema.$ref) : at;
  }

  private merge(at: Located, seen = new Set<Schema>()): Merged {
    const merged: Merged = { properties: new Map(), required: new Set(), closed: false };
    const visit = (node: Located): void => {
      if (seen.has(node.schema)) return;
      seen.add(node.schema);
      for (const parent of node.schema.allOf ?? []) visit(this.target({ doc: node.doc, schema: parent }));
      if (node.schema.discriminator && !merged.discriminator) {
        merged.discriminator = { property: node.schema.discriminator, base: node };
      }
      for (const [key, schema] of Object.entries(node.schema.properties ?? {}))
        merged.properties.set(key, { doc: node.doc, schema });
      for (const key of node.schema.required ?? []) merged.required.add(key);
      if (node.schema.additionalProperties === false) merged.closed = true;
      else if (typeof node.schema.additionalProperties === 'object')
        merged.additional = { doc: node.doc, schema: node.schema.additionalProperties };
    };
    visit(at);
    return merged;
  }

  /** Definitions of `base`'s document that inherit from it (directly or not), by discriminator value. */
  private subtypes(base: Located): Map<string, Located> {
    const out = new Map<string, Located>();
    const inherits = (doc: SpecDocument, schema: Schema, depth = 0): boolean =>
      depth < 10 &&
      (schema.allOf ?? []).some((p) => {
        if (!p.$ref) return false;
        const parent = this.resolve(doc, p.$ref);
        return parent.schema === base.schema || inherits(parent.doc, parent.schema, depth + 1);
      });
    for (const [name, schema] of Object.entries(base.doc.definitions)) {
      if (schema === base.schema || !inherits(base.doc, schema)) continue;
      out.set(schema['x-ms-discriminator-value'] ?? name, { doc: base.doc, name, schema });
    }
    return out;
  }

  private check(at: Located, value: unknown, where: string, direction: Direction, out: Violation[]): void {
    const flags = at.schema;
    const node = this.target(at);
    const schema = node.schema;
    const label = where || '(body)';
    if (value === null) {
      if (!(flags['x-nullable'] === true || schema['x-nullable'] === true))
        out.push({ path: where, message: `${label} must not be null` });
      return;
    }
    const type = schema.type ?? (schema.properties || schema.allOf ? 'object' : undefined);
    if (schema.enum) {
      if (!schema.enum.includes(value)) {
        out.push({
          path: where,
          message: `${label}: '${String(value)}' is not one of ${schema.enum.map((v) => `'${String(v)}'`).join(', ')}${caseHint(value, schema.enum)}`,
        });
      }
      return;
    }
    switch (type) {
      case 'object':
        return this.checkObject(node, value, where, direction, out);
      case 'array':
        if (!Array.isArray(value)) {
          out.push({ path: where, message: `${label} must be an array; got ${kind(value)}` });
          return;
        }
        if (schema.items)
          value.forEach((item, i) =>
            this.check({ doc: node.doc, schema: schema.items! }, item, `${where}[${i}]`, direction, out),
          );
        return;
      case 'string':
        if (typeof value !== 'string') {
          out.push({ path: where, message: `${label} must be a string; got ${kind(value)} ${short(value)}` });
          return;
        }
        if (schema.minLength !== undefined && value.length < schema.minLength)
          out.push({ path: where, message: `${label} must be at least ${schema.minLength} characters` });
        if (schema.maxLength !== undefined && value.length > schema.maxLength)
          out.push({ path: where, message: `${label} must be at most ${schema.maxLength} characters` });
        if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value))
          out.push({
            path: where,
            message: `${label}: '${value}' does not match the pattern ${schema.pattern}`,
          });
        return;
      case 'integer':
      case 'number':
        if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value))) {
          out.push({
            path: where,
            message: `${label} must be ${type === 'integer' ? 'an integer' : 'a number'}; got ${kind(value)} ${short(value)}`,
          });
          return;
        }
        if (schema.minimum !== undefined && value < schema.minimum)
          out.push({ path: where, message: `${label} must be at least ${schema.minimum}` });
        if (schema.maximum !== undefined && value > schema.maximum)
          out.push({ path: where, message: `${label} must be at most ${schema.maximum}` });
        return;
      case 'boolean':
        if (typeof value !== 'boolean')
          out.push({
            path: where,
            message: `${label} must be a boolean; got ${kind(value)} ${short(value)}`,
          });
        return;
      default:
        return;
    }
  }

  private checkObject(
    node: Located,
    value: unknown,
    where: string,
    direction: Direction,
    out: Violation[],
  ): void {
    const label = where || '(body)';
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      out.push({ path: where, message: `${label} must be an object; got ${kind(value)}` });
      return;
    }
    const record = value as Record<string, unknown>;
    let merged = this.merge(node);
    let current = node;
    // Polymorphism: the discriminator's value picks the definition to validate against.
    if (merged.discriminator) {
      const { property, base } = merged.discriminator;
      const given = record[property];
      const own = current.schema['x-ms-discriminator-value'] ?? current.name;
      if (given === undefined || given === null) {
        out.push({ path: join(where, property), message: `${join(where, property)} is required` });
        return;
      }
      if (given !== own) {
        const candidates = this.subtypes(base);
        const chosen = candidates.get(String(given));
        if (!chosen || (current !== base && !this.subtypes(current).has(String(given)))) {
          const values = [...candidates.keys()];
          out.push({
            path: join(where, property),
            message: `${join(where, property)}: '${String(given)}' is not one of ${values.map((v) => `'${v}'`).join(', ')}${caseHint(given, values)}`,
          });
          return;
        }
        current = chosen;
        merged = this.merge(chosen);
      }
    }
    for (const key of merged.required) {
      if (record[key] === undefined)
        out.push({ path: join(where, key), message: `${join(where, key)} is required` });
    }
    const ownService = !current.doc._source.path.includes('/common-types/');
    for (const [key, prop] of merged.properties) {
      const v = record[key];
      const readOnly =
        prop.schema.readOnly === true ||
        (prop.schema.$ref ? this.target(prop).schema.readOnly === true : false);
      const nullable = prop.schema['x-nullable'] === true;
      if (v === undefined) {
        if (
          direction === 'response' &&
          readOnly &&
          !nullable &&
          ownService &&
          !prop.doc._source.path.includes('/common-types/')
        )
          out.push({
            path: join(where, key),
            message: `${join(where, key)} is missing: the spec lists it as read-only, so the service returns it`,
          });
        continue;
      }
      if (direction === 'request' && readOnly) {
        out.push({
          path: join(where, key),
          message: `${join(where, key)} is read-only: a request must not send it`,
        });
        continue;
      }
      this.check(prop, v, join(where, key), direction, out);
    }
    for (const [key, v] of Object.entries(record)) {
      if (merged.properties.has(key)) continue;
      if (merged.additional) {
        this.check(merged.additional, v, join(where, key), direction, out);
      } else if (merged.closed) {
        const known = [...merged.properties.keys()];
        const hint = known.find((k) => k.toLowerCase() === key.toLowerCase());
        out.push({
          path: join(where, key),
          message: hint
            ? `${join(where, key)} is not a property of ${current.name ?? 'this object'}; did you mean '${hint}'? (property names are case-sensitive)`
            : `${join(where, key)} is not a property of ${current.name ?? 'this object'} (it has: ${known.join(', ') || 'none'})`,
        });
      }
    }
  }
}

function join(where: string, key: string): string {
  return where ? `${where}.${key}` : key;
}

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function caseHint(value: unknown, allowed: readonly unknown[]): string {
  if (typeof value !== 'string') return '';
  const match = allowed.find((a) => typeof a === 'string' && a.toLowerCase() === value.toLowerCase());
  return match ? ` (did you mean '${String(match)}'? values are case-sensitive)` : '';
}
