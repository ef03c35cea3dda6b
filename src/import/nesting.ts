/**
 * One limit on how deeply elements may lie inside each other in a file to
 * import, checked in one place: on the tree a parser hands over, before
 * anything walks it.
 *
 * Why a limit and not iterative walks: the parsers themselves (@xmldom/xmldom
 * 0.9 for .docx parts, parse5 for HTML) build their trees without recursion
 * (measured: xmldom a million levels, parse5 100 000), but everything after them recurses once
 * or more per level — the .docx reader (tables in table cells, content
 * controls, text boxes, links, fields and tracked changes inside each other),
 * hast-util-from-parse5, hast-util-to-mdast and remark-stringify. Measured on
 * Node 20 with its default stack, `kvs import` overflowed at about 750 tables
 * nested in each other (~2 250 XML levels), 500-1 000 nested text boxes, 2 000
 * content controls and 5 000 links or tracked insertions, and at ~1 800
 * levels of HTML (hast-util-from-parse5). Making all of that iterative means
 * rewriting libraries; refusing a tree deeper than any real document is one
 * check that covers every walk, now and later.
 *
 * Real documents stay far below: Word's deepest ordinary XML (a text box in a
 * grouped drawing in a table cell) is roughly 25 levels, a nested table adds 3,
 * Word-saved HTML is under 30. 256 leaves room for ten times that and is still
 * a seventh of the depth where the first walk overflowed.
 */
import type { Localized } from '../types.js';
import { ImportError } from './errors.js';
import { importMessages } from '../i18n/import.js';

/** Elements inside each other, counting the outermost as 1. */
export const maxNesting = 256;

/** How to walk a parser's tree: its element children, and a name to show. */
export interface TreeShape<T> {
  children(node: T): Iterable<T>;
  name(node: T): string;
}

export interface NestingBreach {
  /** The deepest nesting found (with `atLeast`, where counting stopped). */
  depth: number;
  atLeast?: boolean;
  /** The element repeated most on the way down to where the limit is first passed (`w:tbl`, `ul`). */
  element: string;
}

/** The tree's nesting when it passes the limit; walked with a stack of its own, so any depth is measured. */
export function nestingBreach<T>(root: T, shape: TreeShape<T>): NestingBreach | undefined {
  const path: string[] = [];
  const stack: Array<{ node: T; depth: number }> = [{ node: root, depth: 1 }];
  let deepest = 0;
  let element: string | undefined;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    path.length = depth - 1;
    path.push(shape.name(node));
    deepest = Math.max(deepest, depth);
    if (depth > maxNesting && element === undefined) element = mostFrequent(path);
    for (const child of shape.children(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return element === undefined ? undefined : { depth: deepest, element };
}

/**
 * Throws an ImportError when the tree is nested deeper than the limit.
 * `where` names what was read, in both languages ("word/document.xml i Word-filen", "HTML-koden").
 */
export function refuseDeepNesting<T>(root: T, shape: TreeShape<T>, where: Localized): void {
  const breach = nestingBreach(root, shape);
  if (breach) throw nestingError(where, breach);
}

/** The refusal, also for nesting that is not a tree (Word's complex fields open and close in flat runs). */
export function nestingError(where: Localized, breach: NestingBreach): ImportError {
  return new ImportError(tooDeepMessage(where, breach));
}

function mostFrequent(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function tooDeepMessage(where: Localized, breach: NestingBreach): Localized {
  return importMessages.tooDeep(where, breach.depth, breach.atLeast === true, breach.element, maxNesting);
}
