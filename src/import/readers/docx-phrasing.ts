/** Pieces to mdast phrasing: links, strong and emphasis. */
import type { PhrasingContent } from 'mdast';
import type { Piece } from './pieces.js';
import type { Context } from './docx-context.js';
import { at, spanOf } from './docx-positions.js';

/** Links outermost, then strong, then emphasis; edges trimmed, breaks not doubled. */
export function toPhrasing(pieces: Piece[], ctx: Context): PhrasingContent[] {
  const { middle } = splitEdges(collapseBreaks(pieces));
  const out: PhrasingContent[] = [];
  for (const group of groupBy(middle, (piece) => piece.format.href)) {
    if (group.key === undefined) append(out, styled(group.items, 'bold'));
    else append(out, linked(group.key, group.items, ctx));
  }
  return out;
}

function linked(url: string, pieces: Piece[], ctx: Context): PhrasingContent[] {
  const { before, middle, after } = splitEdges(pieces);
  if (middle.length === 0) {
    ctx.removed.push({ reason: 'empty-link', text: url, line: pieces[0]!.line });
    return leaves([...before, ...after]);
  }
  const children = styled(middle, 'bold');
  return [...leaves(before), { type: 'link', url, children, position: spanOf(children) }, ...leaves(after)];
}

/**
 * Groups pieces by bold (then italic inside). Whitespace and breaks at the
 * edges of a bold or italic stretch move outside it, so Markdown gets
 * `**word** ` instead of `**word **`, and a blank bold stretch is plain text.
 */
function styled(pieces: Piece[], level: 'bold' | 'italic'): PhrasingContent[] {
  const inner = (items: Piece[]): PhrasingContent[] => (level === 'bold' ? styled(items, 'italic') : leaves(items));
  const out: PhrasingContent[] = [];
  for (const group of groupBy(pieces, (piece) => piece.format[level])) {
    if (!group.key) {
      append(out, inner(group.items));
      continue;
    }
    const { before, middle, after } = splitEdges(group.items);
    append(out, leaves(before));
    if (middle.length > 0) {
      const children = inner(middle);
      append(out, [{ type: level === 'bold' ? 'strong' : 'emphasis', children, position: spanOf(children) }]);
    }
    append(out, leaves(after));
  }
  return out;
}

function leaves(pieces: Piece[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const piece of pieces) {
    const position = at(piece.line);
    if (piece.kind === 'break') append(out, [{ type: 'break', position }]);
    else if (piece.kind === 'raw') append(out, [{ type: 'html', value: piece.text, position }]);
    else if (piece.kind === 'note') append(out, [{ type: 'footnoteReference', identifier: piece.text, label: piece.text, position }]);
    else append(out, [{ type: 'text', value: piece.text, position }]);
  }
  return out;
}

/** Appends nodes, joining a text node to a text node before it. */
export function append(out: PhrasingContent[], nodes: PhrasingContent[]): void {
  for (const node of nodes) {
    const last = out.at(-1);
    if (last?.type === 'text' && node.type === 'text') {
      last.value += node.value;
      if (last.position && node.position) last.position.end = { ...node.position.end };
    } else {
      out.push(node);
    }
  }
}

function isBlank(piece: Piece): boolean {
  return piece.kind === 'break' || (piece.kind === 'text' && piece.text.trim() === '');
}

/** Blank pieces and whitespace at both ends, split from the content between. */
function splitEdges(pieces: Piece[]): { before: Piece[]; middle: Piece[]; after: Piece[] } {
  let start = 0;
  let end = pieces.length;
  while (start < end && isBlank(pieces[start]!)) start++;
  while (end > start && isBlank(pieces[end - 1]!)) end--;
  const before = pieces.slice(0, start);
  const middle = pieces.slice(start, end);
  const after = pieces.slice(end);
  const first = middle[0];
  if (first?.kind === 'text') {
    const lead = /^\s+/.exec(first.text)?.[0] ?? '';
    if (lead) {
      before.push({ ...first, text: lead });
      middle[0] = { ...first, text: first.text.slice(lead.length) };
    }
  }
  const last = middle.at(-1);
  if (last?.kind === 'text') {
    const trail = /\s+$/.exec(last.text)?.[0] ?? '';
    if (trail) {
      after.unshift({ ...last, text: trail });
      middle[middle.length - 1] = { ...last, text: last.text.slice(0, -trail.length) };
    }
  }
  return { before, middle, after };
}

function collapseBreaks(pieces: Piece[]): Piece[] {
  return pieces.filter((piece, index) => !(piece.kind === 'break' && pieces[index - 1]?.kind === 'break'));
}

export function groupBy<T, K>(items: T[], key: (item: T) => K): Array<{ key: K; items: T[] }> {
  const groups: Array<{ key: K; items: T[] }> = [];
  for (const item of items) {
    const k = key(item);
    const last = groups.at(-1);
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}
