/** Positions: a node's line is the number of the Word paragraph it came from. */
import type { Nodes } from 'mdast';
import type { Position } from 'unist';

export function at(start: number, end: number = start): Position {
  return { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
}

export function clonePosition(position: Position): Position {
  return at(position.start.line, position.end.line);
}

export function spanOf(nodes: Nodes[]): Position | undefined {
  const first = nodes.find((node) => node.position)?.position;
  const last = nodes.findLast((node) => node.position)?.position;
  return first && last ? at(first.start.line, last.end.line) : undefined;
}

/** Containers (lists, rows, the root) span their children. */
export function fillPositions(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (const child of children) fillPositions(child);
  if (!node.position) {
    const span = spanOf(children);
    if (span) node.position = span;
  }
}
