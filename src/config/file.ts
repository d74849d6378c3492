import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { ConfigError, type RawValue } from './parse.ts';

/** The config file, flattened to dotted keys, each value with the line it came from. */
export type ConfigFileValues = Map<string, RawValue>;

/** Keys whose value is a whole map or list, not a section to descend into. */
const LEAF_KEYS = new Set(['gates', 'training.hyperparameters']);

export function parseConfigFile(
  text: string,
  fileName: string,
  knownKeys: ReadonlySet<string>,
): ConfigFileValues {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const { line } = lineCounter.linePos(e.pos[0]);
    throw new ConfigError(`${fileName}:${line}: not valid YAML (${e.message.split('\n')[0]}).`);
  }
  const values: ConfigFileValues = new Map();
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return values;
  if (!isMap(root))
    throw new ConfigError(`${fileName}:1: the config file must be a map of settings (key: value).`);

  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;

  const walk = (node: Node, prefix: string): void => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const keyNode = pair.key as Node;
      const name = String(isScalar(keyNode) ? keyNode.value : keyNode);
      const key = prefix ? `${prefix}.${name}` : name;
      const valueNode = pair.value as Node | null;
      const at = `${fileName}:${lineOf(keyNode)}`;
      const isSection = [...knownKeys].some((k) => k.startsWith(`${key}.`));
      if (isSection && !LEAF_KEYS.has(key)) {
        if (!valueNode || !isMap(valueNode))
          throw new ConfigError(`${at}: '${key}' must be a section (a map of settings).`);
        walk(valueNode, key);
        continue;
      }
      if (!knownKeys.has(key)) {
        const hint = closest(key, knownKeys);
        throw new ConfigError(
          `${at}: unknown setting '${key}'.${hint ? ` Did you mean '${hint}'?` : ''} See the README's config file reference.`,
        );
      }
      const value = valueNode === null || valueNode === undefined ? null : valueNode.toJSON();
      if (value === null) continue; // `key:` with nothing after it leaves the default in place
      if (isSeq(valueNode) || isMap(valueNode) || isScalar(valueNode)) {
        values.set(key, { value, where: `'${key}' in ${at}` });
      }
    }
  };
  walk(root, '');
  return values;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function closest(key: string, known: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = Math.min(editDistance(key, k), editDistance(key.split('.').pop()!, k.split('.').pop()!) + 1);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return bestDistance <= 3 ? best : undefined;
}
