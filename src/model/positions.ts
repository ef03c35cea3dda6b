/**
 * Positions in the accepted text are moved back to the original text, so every
 * finding points at what the author sees in the file.
 */
import { location } from 'vfile-location';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { Point, Position } from '../types.js';
import type { OffsetMap } from './critic.js';

export interface Locator {
  toPoint(offset: number): Point;
  toOffset(point: { line: number; column: number }): number;
}

export function locator(source: string): Locator {
  const place = location(source);
  return {
    toPoint(offset) {
      let clamped = Math.max(0, Math.min(offset, source.length));
      // Between the \r and \n of one line ending is still the end of that line.
      if (clamped > 0 && source.charCodeAt(clamped - 1) === 13 && source.charCodeAt(clamped) === 10) clamped--;
      const point = place.toPoint(clamped);
      if (point) return { line: point.line, column: point.column, offset: clamped };
      // vfile-location gives nothing for the offset just past the end.
      const lines = source.split(/\r\n|\r|\n/);
      return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: clamped };
    },
    toOffset(point) {
      return place.toOffset(point) ?? source.length;
    },
  };
}

export function mapPosition(position: Position, map: OffsetMap, original: Locator): Position {
  const start = position.start.offset;
  const end = position.end.offset;
  if (start === undefined || end === undefined) return position;
  return { start: original.toPoint(map.toOriginal(start, 'start')), end: original.toPoint(map.toOriginal(end, 'end')) };
}

/** Rewrites every node's position in place, from accepted to original coordinates. */
export function remapTree(tree: Node, map: OffsetMap, original: Locator): void {
  visit(tree, (node) => {
    if (node.position) node.position = mapPosition(node.position as Position, map, original);
  });
}

export function spanOf(nodes: Node[], fallback: Position): Position {
  const first = nodes[0]?.position;
  const last = nodes.at(-1)?.position;
  return first && last ? { start: first.start, end: last.end } : fallback;
}
