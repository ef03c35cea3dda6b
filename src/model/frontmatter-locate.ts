/**
 * Where in the file a front-matter key or value is written: from a schema
 * path through the YAML document to its source range, and from offsets in
 * the YAML text to points in the whole Markdown file (with positions.ts, the
 * one locator of the model).
 */
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { Point, Position } from '../types.js';
import { locator } from './positions.js';

/** One step of a path into the data: a key of a mapping or an index of a list. */
export type Segment = string | number;

/** Offsets in the YAML text as positions in the whole file. */
export interface Places {
  span(start: number, end: number): Position;
  /** From `start` to the end of its line: for pointing at a whole mapping without underlining all of it. */
  lineFrom(start: number): Position;
  all(): Position;
}

/** Places for YAML text whose first character is at `origin` in the file. */
export function yamlPlaces(text: string, origin: Point): Places {
  const local = locator(text);
  const point = (offset: number): Point => {
    const { line, column, offset: at } = local.toPoint(offset);
    const shifted: Point = {
      line: origin.line + line - 1,
      // Only the YAML's first line can begin after column 1 of the file.
      column: line === 1 ? origin.column + column - 1 : column,
    };
    if (origin.offset !== undefined) shifted.offset = origin.offset + (at ?? 0);
    return shifted;
  };
  const span = (start: number, end: number): Position => ({ start: point(start), end: point(Math.max(start, end)) });
  return {
    span,
    lineFrom(start) {
      const eol = text.slice(start).search(/\r|\n/);
      return span(start, eol === -1 ? text.length : start + eol);
    },
    all: () => span(0, text.length),
  };
}

export function keyName(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

interface Located {
  /** The value node, absent when the value is empty (`godkendt:` with nothing after it). */
  node?: YamlNode;
  /** The key of the last mapping entry on the way, if the path ends in one. */
  key?: YamlNode;
  /** The first alias (`*navn`) on the way: the value is written where it points, but belongs where the alias is. */
  alias?: YamlNode;
}

function locate(doc: Document, segments: Segment[]): Located | undefined {
  let node: unknown = doc.contents;
  let key: YamlNode | undefined;
  let alias: YamlNode | undefined;
  const resolve = () => {
    if (!isAlias(node)) return;
    alias ??= node;
    node = node.resolve(doc);
  };
  for (const segment of segments) {
    resolve();
    if (isMap(node)) {
      const pair = node.items.find((p) => keyName(p.key) === String(segment));
      if (!pair) return undefined;
      key = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      key = undefined;
    } else {
      return undefined;
    }
  }
  resolve();
  return { node: isNode(node) ? node : undefined, key, ...(alias ? { alias } : {}) };
}

/** The source range of a node; none for an empty value, which has nothing to underline. */
function rangeOf(node: YamlNode | undefined): [number, number] | undefined {
  return node?.range && node.range[1] > node.range[0] ? [node.range[0], node.range[1]] : undefined;
}

export function valuePosition(doc: Document, segments: Segment[], at: Places): Position {
  const found = locate(doc, segments);
  const range = rangeOf(found?.alias) ?? rangeOf(found?.node) ?? rangeOf(found?.key);
  return range ? at.span(range[0], range[1]) : at.all();
}

/** Where to point when something is missing inside a mapping: its key, or its first line. */
export function containerPosition(doc: Document, segments: Segment[], at: Places): Position {
  const found = locate(doc, segments);
  const key = rangeOf(found?.key);
  if (key) return at.span(key[0], key[1]);
  const node = rangeOf(found?.node);
  return node ? at.lineFrom(node[0]) : at.all();
}

export function keyPosition(doc: Document, segments: Segment[], name: string, at: Places): Position {
  const found = locate(doc, segments);
  const node = found?.node;
  if (isMap(node)) {
    const pair = node.items.find((p) => keyName(p.key) === name);
    const range = isNode(pair?.key) ? rangeOf(pair.key) : undefined;
    if (range) return at.span(range[0], range[1]);
  }
  return containerPosition(doc, segments, at);
}
