/**
 * The accepted prose of a standard as text blocks (paragraphs, headings,
 * table cells, front-matter lines), each character mapped back to its offset
 * in the file, and the sentences of a block. Read by the rules that point at
 * words inside the prose (stale-reference and the law citations).
 */
import type { Nodes, Parent, Root } from 'mdast';
import type { Standard } from '../types.js';
import { locator } from './positions.js';
import { splitSentences } from './text/index.js';


/** A run of text (a paragraph, heading, table cell or front-matter line) and, per character, its offset in the source. */
export interface TextBlock {
  text: string;
  /**
   * A typed array, made on first call: most blocks hold no stale reference, so
   * most are never mapped. (A number[] of one entry per character made the
   * rule's time grow faster than the text: V8 moves large arrays to a costlier heap.)
   */
  offsets(): Int32Array;
}

/** How far ahead in the source a character of a text node is looked for (indentation, escapes, markers). */
const LOOKAHEAD = 64;

/** A piece of a block's text: a text node's value, or a line break, with its place in the source. */
interface Piece {
  value: string;
  start: number | undefined;
  end: number | undefined;
}

/** The accepted prose of a standard, block by block, each character mapped back to the file. */
export function textBlocks(standard: Standard): TextBlock[] {
  const blocks: TextBlock[] = [];
  const source = standard.source;
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const pieces: Piece[] = [];
      collectPieces(node, pieces);
      const text = pieces.map((piece) => piece.value).join('');
      if (text.trim() !== '') blocks.push({ text, offsets: once(() => mapPieces(pieces, source, text.length)) });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(standard.tree as Root);
  const frontMatter = standard.frontMatter;
  if (frontMatter) {
    const at = locator(source);
    const start = frontMatter.position.start.offset ?? at.toOffset(frontMatter.position.start);
    const end = frontMatter.position.end.offset ?? at.toOffset(frontMatter.position.end);
    for (const match of source.slice(start, end).matchAll(/[^\r\n]+/g)) {
      const from = start + match.index;
      const text = match[0];
      blocks.push({ text, offsets: once(() => Int32Array.from(text, (_, i) => from + i)) });
    }
  }
  return blocks;
}

/** The text of a block's inline content, in order: text and code as written, a hard break as a line break; images and HTML left out. */
function collectPieces(node: Nodes, pieces: Piece[]): void {
  for (const leaf of (node as Parent).children as Nodes[]) {
    if (leaf.type === 'image' || leaf.type === 'imageReference' || leaf.type === 'html') continue;
    if (leaf.type === 'break') pieces.push({ value: '\n', start: leaf.position?.start.offset, end: undefined });
    else if (leaf.type === 'text' || leaf.type === 'inlineCode') {
      pieces.push({ value: leaf.value, start: leaf.position?.start.offset, end: leaf.position?.end.offset });
    } else if ('children' in leaf) collectPieces(leaf, pieces);
  }
}

function mapPieces(pieces: Piece[], source: string, length: number): Int32Array {
  const offsets = new Int32Array(length);
  let at = 0;
  for (const piece of pieces) {
    align(piece, source, offsets, at);
    at += piece.value.length;
  }
  return offsets;
}

/** `make`, called at most once. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * Maps each character of a piece to the source, from index `at` of `out`:
 * equal characters are paired in order, source characters the value lacks
 * (indentation, `\` escapes, `>` markers) are skipped, within a bounded
 * look-ahead. A piece without a place takes the place before it.
 */
function align(piece: Piece, source: string, out: Int32Array, at: number): void {
  const { value, start, end } = piece;
  if (start === undefined || end === undefined) {
    out.fill(start ?? (at > 0 ? out[at - 1]! : 0), at, at + value.length);
    return;
  }
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const limit = Math.min(end, j + LOOKAHEAD);
    let k = j;
    while (k < limit && source[k] !== value[i]) k++;
    if (k < limit) {
      out[at + i] = k;
      j = k + 1;
    } else {
      out[at + i] = Math.min(j, Math.max(start, end - 1));
    }
  }
}

/**
 * Start offsets of the sentences of a block, by the model's one sentence
 * splitter. A Markdown paragraph wraps its lines: a line break ends nothing.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const spans = splitSentences(text, { lineBreaks: false });
  for (let index = 1; index < spans.length; index++) starts.push(spans[index]![0]);
  return starts;
}

/** Index of the sentence that contains `offset` (binary search). */
export function sentenceAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
