/**
 * Front-matter in canonical form: keys in the order of
 * schemas/frontmatter.schema.json (nested groups too: `godkendt`, `revision`,
 * each `kontakt`), unknown keys after the known ones in their own order.
 * Values are untouched: the YAML Document keeps comments, quotes and flow
 * style, and the result must read back as the same data, else the block is
 * left as written. A block whose keys are in order already is left byte for
 * byte: printing it again would move comments (yaml indents a comment that
 * follows a list to the list's level, so `kvs new`'s commented-out keys would
 * stop being keys when the writer removes the `#`).
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { frontMatterSchema } from '../model/frontmatter.js';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

const schema = frontMatterSchema() as SchemaNode;

export type FrontMatterResult = { ok: true; yaml: string } | { ok: false; reason: 'invalid' | 'not-same' };

/** The YAML between the fences (without them), re-ordered; `ok: false` leaves it as it was. */
export function formatFrontMatter(yaml: string): FrontMatterResult {
  const doc = read(yaml);
  if (!doc || !isMap(doc.contents)) return { ok: false, reason: 'invalid' };
  const before = data(doc);
  if (before === undefined) return { ok: false, reason: 'invalid' };
  if (!reorder(doc.contents, schema)) return { ok: true, yaml };
  const formatted = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
  const again = read(formatted);
  if (!again || !isDeepStrictEqual(data(again), before)) return { ok: false, reason: 'not-same' };
  return { ok: true, yaml: formatted };
}

function read(yaml: string): Document | undefined {
  const doc = parseDocument(yaml, { uniqueKeys: true, logLevel: 'silent' });
  // A block with errors or warnings is the writer's to fix; `kvs check` says how.
  return doc.errors.length > 0 || doc.warnings.length > 0 ? undefined : doc;
}

function data(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch {
    return undefined;
  }
}

/** Sorts the keys in place; true when any key moved. */
function reorder(node: unknown, shape: SchemaNode | undefined): boolean {
  if (!shape) return false;
  if (isSeq(node)) return node.items.map((item) => reorder(item, shape.items)).includes(true);
  if (!isMap(node) || !shape.properties) return false;
  const order = Object.keys(shape.properties);
  const rank = (key: unknown) => {
    const at = isScalar(key) ? order.indexOf(String(key.value)) : -1;
    return at === -1 ? order.length : at;
  };
  const before = [...node.items];
  // Array.prototype.sort is stable: unknown keys keep their order.
  node.items.sort((a, b) => rank(a.key) - rank(b.key));
  let moved = node.items.some((pair, index) => pair !== before[index]);
  for (const pair of node.items) {
    if (isScalar(pair.key) && reorder(pair.value, shape.properties[String(pair.key.value)])) moved = true;
  }
  return moved;
}
