/** Blocks: paragraphs grouped into lists, and tables. */
import type { Blockquote, BlockContent, List, ListItem, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import type { Element } from '@xmldom/xmldom';
import { toString } from 'mdast-util-to-string';
import { frontMatterAlias, frontMatterStyle, frontMatterTag } from '../../export/docx/contract.js';
import { kvsStyle } from './docx-styles.js';
import { linesSince, type Context } from './docx-context.js';
import { readParagraph, joinParagraphs, finishParagraph, type RawParagraph, type Item } from './docx-paragraphs.js';
import { append } from './docx-phrasing.js';
import { clonePosition } from './docx-positions.js';
import { descendants, elements, isW, isAlternateContent, oneAlternative, wAttr, wChild, wVal, wInt } from './docx-xml.js';

/** Body, table cell, text box or note content → mdast blocks. */
export function convertBlocks(container: Element, ctx: Context): BlockContent[] {
  const items: Item[] = [];
  const push = (item: Item | undefined): void => {
    if (item) items.push(item);
  };
  let carry: RawParagraph | undefined;
  // The table that shows an export's front-matter is left out when the front-matter itself comes back.
  const frontMatterBack = ctx.kvsExport?.frontMatter !== undefined;
  const skip = (sdt: Element) => frontMatterBack && isFrontMatterControl(sdt);
  for (const el of blockElements(container, skip)) {
    if (frontMatterBack && showsFrontMatter(el, ctx)) continue;
    if (isW(el, 'p')) {
      let raw = readParagraph(el, ctx);
      if (carry) raw = joinParagraphs(carry, raw);
      carry = raw.props.markDeleted ? raw : undefined;
      if (!carry) push(finishParagraph(raw, ctx));
      items.push(...ctx.pending.splice(0).map((node) => ({ node })));
    } else if (isW(el, 'tbl')) {
      // A paragraph cannot run on into a table; it stays a paragraph of its own.
      if (carry) push(finishParagraph(carry, ctx));
      carry = undefined;
      items.push(...convertTable(el, ctx).map((node) => ({ node })));
    }
  }
  if (carry) push(finishParagraph(carry, ctx));
  return groupLists(items);
}

/** Word keeps the control's tag; LibreOffice may keep only its title (w:alias). */
function isFrontMatterControl(sdt: Element): boolean {
  const sdtPr = wChild(sdt, 'sdtPr');
  return wVal(sdtPr, 'tag') === frontMatterTag || wVal(sdtPr, 'alias') === frontMatterAlias;
}

/**
 * The front-matter caption or table with the control gone (LibreOffice's
 * .odt has no content controls): every paragraph of it in the front-matter style.
 */
function showsFrontMatter(el: Element, ctx: Context): boolean {
  const paragraphs = isW(el, 'p') ? [el] : isW(el, 'tbl') ? descendants(el, (node) => isW(node, 'p')) : [];
  return paragraphs.length > 0 && paragraphs.every((p) => kvsStyle(ctx.styles, wVal(wChild(p, 'pPr'), 'pStyle')) === frontMatterStyle);
}

/** Block children, looking through content controls, custom XML and alternate content. */
function blockElements(container: Element, skip?: (sdt: Element) => boolean): Element[] {
  return elements(container).flatMap((el): Element[] => {
    if (isW(el, 'sdt')) return skip?.(el) ? [] : blockElements(wChild(el, 'sdtContent') ?? el, skip);
    if (isW(el, 'customXml') || isW(el, 'sdtContent')) return blockElements(el, skip);
    if (isAlternateContent(el)) {
      const chosen = oneAlternative(el);
      return chosen ? blockElements(chosen, skip) : [];
    }
    return [el];
  });
}

/**
 * The same Word list: the same numbering instance, or one that goes on
 * counting the same abstract list (LibreOffice gives a list's first item an
 * instance of its own that restarts it, and the others one that continues).
 */
function sameWordList(open: { numId: string; abstractId: string | undefined }, info: { numId: string; continues: string | undefined }): boolean {
  return open.numId === info.numId || (info.continues !== undefined && info.continues === open.abstractId);
}

/** Consecutive list paragraphs become one list; a deeper level nests in the item before it. */
function groupLists(items: Item[]): BlockContent[] {
  const out: BlockContent[] = [];
  let stack: Array<{ list: List; level: number; numId: string; abstractId: string | undefined }> = [];
  let quote: Blockquote | undefined;
  for (const { node, list: info, continues, quote: quoted } of items) {
    if (quoted) {
      // Consecutive quote paragraphs are one block quote; a quote ends the lists before it.
      stack = [];
      if (!quote) out.push((quote = { type: 'blockquote', children: [] }));
      quote.children.push(node);
      continue;
    }
    quote = undefined;
    const frame = continues === undefined ? -1 : stack.findLastIndex((open) => open.level <= continues);
    const continued = stack[frame]?.list.children.at(-1);
    if (continued) {
      // Deeper lists end here: what follows at their level starts a new list.
      stack.length = frame + 1;
      continued.children.push(node);
      continue;
    }
    if (!info) {
      stack = [];
      out.push(node);
      continue;
    }
    while (stack.length > 0 && stack.at(-1)!.level > info.level) stack.pop();
    const top = stack.at(-1);
    // Same level but another kind of list (or, at the top, another Word list): a new list.
    if (top && top.level === info.level && (top.list.ordered !== info.ordered || (stack.length === 1 && !sameWordList(top, info)))) {
      stack.pop();
    }
    let current = stack.at(-1);
    if (!current || current.level < info.level) {
      const list: List = { type: 'list', ordered: info.ordered, spread: false, children: [] };
      if (info.ordered) list.start = info.number;
      const parentItem = current?.list.children.at(-1);
      if (parentItem) parentItem.children.push(list);
      else out.push(list);
      current = { list, level: info.level, numId: info.numId, abstractId: info.abstractId };
      stack.push(current);
    }
    const item: ListItem = { type: 'listItem', spread: info.looseItem, children: [node] };
    current.list.children.push(item);
    // An export's loose list (blank lines between its items) and loose item (blank lines inside it) stay loose.
    if (info.loose) current.list.spread = true;
  }
  return out;
}

interface CellContent {
  blocks: BlockContent[];
  span: number;
  position: Position;
  /** A vertically merged cell that continues the one above (w:vMerge without "restart"). */
  continued?: boolean;
}

/**
 * A GFM table, first row as header: GFM needs one, and a table's first row
 * names its columns far more often than not. Unless that row is marked as a
 * header row (w:tblHeader) the choice is noted in the report. A cell spanning
 * columns stands in the first of them and the others stay empty, so the
 * columns stay straight and no text is repeated (a repeat would read as a
 * duplicate); each is noted in the report too. A cell merged with the one
 * above repeats its text, so every row reads whole. A table of one cell is a
 * frame around text, so its content is returned as it is.
 */
function convertTable(tbl: Element, ctx: Context): BlockContent[] {
  ctx.tableDepth++;
  const rows = blockElements(tbl)
    .filter((el) => isW(el, 'tr'))
    .map((tr) => ({ cells: convertRow(tr, ctx), header: wChild(wChild(tr, 'trPr'), 'tblHeader') !== undefined }))
    .filter((row): row is { cells: CellContent[]; header: boolean } => row.cells !== undefined);
  ctx.tableDepth--;
  const cells = rows.flatMap((row) => row.cells);
  if (!cells.some((cell) => cell.blocks.length > 0)) return [];
  if (rows.length === 1 && cells.length === 1) return cells[0]!.blocks;
  const width = Math.max(...rows.map((row) => row.cells.reduce((sum, cell) => sum + cell.span, 0)));
  const above: PhrasingContent[][] = [];
  const children = rows.map(({ cells: row }): TableRow => {
    const tableCells: TableCell[] = [];
    for (const cell of row) {
      const column = tableCells.length;
      const own = escapeCellPipes(flattenBlocks(cell.blocks));
      const content = cell.continued && own.length === 0 ? structuredClone(above[column] ?? []) : own;
      above[column] = content;
      tableCells.push({ type: 'tableCell', children: content, position: cell.position });
      for (let extra = 1; extra < cell.span; extra++) tableCells.push(emptyCell(cell.position));
    }
    const lastPosition = row.at(-1)!.position;
    while (tableCells.length < width) tableCells.push(emptyCell(lastPosition));
    return { type: 'tableRow', children: tableCells };
  });
  if (ctx.tableDepth === 0) noteTableChoices(rows, children, ctx);
  const table: Table = { type: 'table', align: children[0]!.children.map(() => null), children };
  return [table];
}

/** The report's notes on a table: its first row made the header, and every cell spanning columns. */
function noteTableChoices(rows: Array<{ cells: CellContent[]; header: boolean }>, children: TableRow[], ctx: Context): void {
  const rowText = (row: TableRow) => row.children.map((cell) => toString(cell)).join(' | ');
  if (!rows[0]!.header) ctx.reportNotes.push({ kind: 'table-header', line: rows[0]!.cells[0]!.position.start.line, text: rowText(children[0]!) });
  for (const cell of rows.flatMap((row) => row.cells)) {
    if (cell.span > 1) ctx.reportNotes.push({ kind: 'table-span', line: cell.position.start.line, text: toString({ type: 'root', children: cell.blocks }), columns: cell.span });
  }
}

/** A row's cells, with room for w:gridBefore/w:gridAfter; a deleted row records what text it still had. */
function convertRow(tr: Element, ctx: Context): CellContent[] | undefined {
  const trPr = wChild(tr, 'trPr');
  const first = ctx.paragraphs;
  const cells = blockElements(tr)
    .filter((el) => isW(el, 'tc'))
    .map((tc): CellContent => {
      const before = ctx.paragraphs;
      const blocks = convertBlocks(tc, ctx);
      const tcPr = wChild(tc, 'tcPr');
      const vMerge = wChild(tcPr, 'vMerge');
      const continued = vMerge !== undefined && (wAttr(vMerge, 'val') ?? 'continue') === 'continue';
      return { blocks, span: Math.max(wInt(tcPr, 'gridSpan') ?? 1, 1), position: linesSince(ctx, before), ...(continued ? { continued } : {}) };
    });
  if (cells.length === 0) return undefined;
  // Keeping changes, a deleted row stays: Word marks its text as deleted too, which becomes CriticMarkup.
  if (!ctx.keepChanges && (wChild(trPr, 'del') ?? wChild(trPr, 'moveFrom'))) {
    const text = cells.map((cell) => toString({ type: 'root', children: cell.blocks })).filter(Boolean).join(' ');
    if (text.trim()) ctx.removed.push({ reason: 'tracked-deletion', text, line: linesSince(ctx, first).start.line });
    return undefined;
  }
  const padBefore = wInt(trPr, 'gridBefore') ?? 0;
  const padAfter = wInt(trPr, 'gridAfter') ?? 0;
  const pad = (n: number, position: Position): CellContent[] =>
    Array.from({ length: Math.max(n, 0) }, () => ({ blocks: [], span: 1, position }));
  return [...pad(padBefore, cells[0]!.position), ...cells, ...pad(padAfter, cells.at(-1)!.position)];
}

/** Raw Markdown in a cell (a kept comment, say) must not end the cell: GFM reads every unescaped | as a border. */
function escapeCellPipes(nodes: PhrasingContent[]): PhrasingContent[] {
  for (const node of nodes) {
    if (node.type === 'html') node.value = node.value.replace(/(?<!\\)\|/g, '\\|');
    else if ('children' in node) escapeCellPipes(node.children as PhrasingContent[]);
  }
  return nodes;
}

function emptyCell(position: Position): TableCell {
  return { type: 'tableCell', children: [], position: clonePosition(position) };
}

/** Cell content as one line of phrasing: paragraphs joined by breaks, nested tables as "a; b" rows. */
function flattenBlocks(blocks: ReadonlyArray<BlockContent | RootContent>): PhrasingContent[] {
  const lines: PhrasingContent[][] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') lines.push(block.children);
    else if (block.type === 'list') {
      // A list in a cell (GFM cells hold one line) keeps its markers: "• item" or "1. item", a line each.
      block.children.forEach((item, index) => {
        const at = item.children[0]?.position;
        const marker = block.ordered ? `${(block.start ?? 1) + index}. ` : '• ';
        lines.push([{ type: 'text', value: marker, ...(at ? { position: clonePosition(at) } : {}) }, ...flattenBlocks(item.children)]);
      });
    }
    else if (block.type === 'table') for (const row of block.children) lines.push(joinPhrasing(row.children.map((cell) => cell.children), () => ({ type: 'text', value: '; ' })));
  }
  return joinPhrasing(lines, () => ({ type: 'break' }));
}

function joinPhrasing(lines: PhrasingContent[][], separator: () => PhrasingContent): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const line of lines.filter((l) => l.length > 0)) {
    if (out.length > 0) {
      const node = separator();
      const previous = out.at(-1)?.position;
      if (previous) node.position = clonePosition(previous);
      append(out, [node]);
    }
    append(out, line);
  }
  return out;
}
