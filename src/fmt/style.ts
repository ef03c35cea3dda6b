/**
 * The canonical Markdown style of a standard (docs/format.md, "Kanonisk stil"):
 * one set of remark-stringify settings, used by `kvs fmt` and, through it, by
 * `kvs import`. Parsing is the model's own parser (src/model/parse.ts), so fmt
 * reads a file exactly as `kvs check` does.
 */
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify, { type Options } from 'remark-stringify';
import type { Join } from 'mdast-util-to-markdown';
import type { Root } from 'mdast';

/**
 * A comment written directly above a line stays directly above it: a
 * `kvs-disable-next-line` comment followed by a blank line would switch the
 * rule off for the blank line instead. An HTML comment block ends on the line
 * with `-->`, so the next block still starts on its own.
 */
const keepCommentAbove: Join = (left, right) => {
  if (left.type !== 'html' || !/^<!--[\s\S]*-->$/.test(left.value.trim())) return undefined;
  const end = left.position?.end.line;
  const start = right.position?.start.line;
  return end !== undefined && start === end + 1 ? 0 : undefined;
};

export const canonicalStyle: Options = {
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  ruleRepetition: 3,
  ruleSpaces: false,
  setext: false,
  closeAtx: false,
  incrementListMarker: true,
  resourceLink: false,
  join: [keepCommentAbove],
};

function stringifier(stringLength?: (cell: string) => number) {
  return unified()
    .use(remarkGfm, { tablePipeAlign: true, tableCellPadding: true, ...(stringLength ? { stringLength } : {}) })
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkStringify, canonicalStyle)
    .freeze();
}

const plain = stringifier();

/**
 * `stringLength` measures a table cell as it will be written, for aligning
 * the columns: a cell holding a CriticMarkup placeholder is as wide as the mark.
 */
export function stringifyCanonical(tree: Root, stringLength?: (cell: string) => number): string {
  return (stringLength ? stringifier(stringLength) : plain).stringify(tree);
}
