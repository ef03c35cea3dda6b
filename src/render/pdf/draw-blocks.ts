/**
 * The standard's text, block by block: headings (kept with what follows,
 * never left alone at the foot of a page), paragraphs, lists, tables, quotes,
 * code and rules, each tagged as its structure element.
 */
import type { Block, FontKey, HeadingBlock, ListBlock, Run } from './blocks.js';
import type { BookletContext } from './context.js';
import { drawTable, tableLayout, tableLead } from './draw-table.js';
import { firstChunk, flowLines, paragraph } from './flow.js';
import { bookmark } from './navigation.js';
import { contentWidth, gap, leftEdge, pageNumber, reserve, textBottom, textTop } from './pages.js';
import { baseline, bodyStyle, headingStyle } from './style.js';
import { element, endLink, type Owner, type Tag } from './tagging.js';
import { drawText, setLines, useFont } from './typeset.js';

export interface FlowContext {
  indent: number;
  listDepth: number;
  /** Runs with the top of the first line drawn (a list item's label goes there). */
  firstLine?: (top: number) => void;
  /** Put the first paragraph's text straight into this element (a list item's LBody) instead of a P. */
  direct?: Tag;
  /** Space after paragraphs (tighter inside lists). */
  gap?: number;
}

export function drawBlocks(ctx: BookletContext, blocks: Block[], parent: Tag, context: FlowContext): void {
  blocks.forEach((block, index) => {
    const firstLine = index === 0 ? context.firstLine : undefined;
    const { indent } = context;
    switch (block.kind) {
      case 'heading':
        heading(ctx, block, parent, indent, blocks[index + 1], blocks[index + 2], firstLine);
        break;
      case 'paragraph':
        if (index === 0 && context.direct) paragraph(ctx, block.runs, context.direct, indent, firstLine, bodyStyle(ctx), context.gap, false);
        else paragraph(ctx, block.runs, element(ctx.doc, 'P', parent), indent, firstLine, bodyStyle(ctx), context.gap);
        break;
      case 'list':
        list(ctx, block, parent, indent, context.listDepth, firstLine);
        break;
      case 'table':
        drawTable(ctx, { rows: block.rows, align: block.align, headerRow: true, headerColumn: false }, parent, indent, firstLine);
        break;
      case 'quote':
        quote(ctx, block.blocks, parent, context, firstLine);
        break;
      case 'code':
        code(ctx, block.text, parent, indent, firstLine);
        break;
      case 'rule':
        rule(ctx, indent);
        break;
    }
  });
}

/** Height that must stay with a heading: the first two lines (or row, item) of what follows. */
function lead(ctx: BookletContext, block: Block | undefined, indent: number, following?: Block): number {
  if (!block) return 0;
  const body = bodyStyle(ctx);
  switch (block.kind) {
    case 'heading': {
      const style = headingStyle(ctx, block.level);
      const lines = setLines(ctx, headingRuns(block, style.font), contentWidth(ctx) - indent, style).length;
      return lines * style.leading + style.after + lead(ctx, following, indent);
    }
    case 'paragraph':
      return firstChunk(setLines(ctx, block.runs, contentWidth(ctx) - indent, body).length) * body.leading;
    case 'list': {
      const first = block.items[0]?.[0];
      return first ? lead(ctx, first, indent + ctx.s(16), block.items[0]?.[1]) : 0;
    }
    case 'table': {
      const layout = tableLayout(ctx, { rows: block.rows, align: block.align, headerRow: true, headerColumn: false }, indent);
      if (!layout) return 0;
      return ctx.s(4) + tableLead(ctx, layout, true);
    }
    case 'quote':
      return lead(ctx, block.blocks[0], indent + ctx.s(14), block.blocks[1]);
    case 'code':
      return firstChunk(block.text.trim().split('\n').length) * body.leading;
    case 'rule':
      return 0;
  }
}

function heading(
  ctx: BookletContext,
  block: HeadingBlock,
  parent: Tag,
  indent: number,
  next: Block | undefined,
  following: Block | undefined,
  firstLine?: (top: number) => void,
): void {
  const level = Math.min(6, Math.max(1, block.level));
  const style = headingStyle(ctx, level);
  const width = contentWidth(ctx) - indent;
  const lines = setLines(ctx, headingRuns(block, style.font), width, style);
  const keep = Math.min(textBottom(ctx) - textTop(ctx) - lines.length * style.leading, style.after + lead(ctx, next, indent, following));
  const mark = level === 1 ? ctx.s(7) : 0;
  gap(ctx, style.before);
  reserve(ctx, mark + lines.length * style.leading + Math.max(0, keep));
  const tag = element(ctx.doc, `H${level}`, parent);
  const top = ctx.y;
  if (mark) {
    // A short bar in the accent colour marks the main headings.
    const x = leftEdge(ctx) + indent;
    ctx.tagger.artifact(() => {
      ctx.doc
        .rect(x, top, ctx.s(level === 1 ? 34 : 22), ctx.s(level === 1 ? 3 : 2.2))
        .fill(ctx.colors.accent);
    }, 'Layout');
    ctx.y += mark;
  }
  ctx.doc.addNamedDestination(block.id, 'XYZ', 0, top, null);
  ctx.headingPages.set(block.id, pageNumber(ctx));
  bookmark(ctx, block.text, level, top);
  const owner: Owner = { tag };
  firstLine?.(ctx.y);
  flowLines(ctx, lines, owner, indent, style);
  endLink(owner);
  tag.elem.end();
  gap(ctx, style.after);
}

function list(ctx: BookletContext, block: ListBlock, parent: Tag, indent: number, depth: number, firstLine?: (top: number) => void): void {
  const list = element(ctx.doc, 'L', parent);
  list.elem.dictionary.data.A = { O: 'List', ListNumbering: block.ordered ? 'Decimal' : depth % 2 === 0 ? 'Disc' : 'Circle' };
  const body = bodyStyle(ctx);
  const labels = block.items.map((_, i) => (block.ordered ? `${block.start + i}.` : bullet(depth)));
  const labelFont: FontKey = block.ordered ? 'bold' : 'regular';
  const labelWidth = block.ordered
    ? Math.max(...labels.map((label) => ctx.measurer.width(label, labelFont, body.size))) + ctx.s(6)
    : ctx.s(14);
  let first = firstLine;
  block.items.forEach((blocks, i) => {
    if (i > 0) gap(ctx, ctx.s(block.spread ? 5 : 3));
    const item = element(ctx.doc, 'LI', list);
    const lbl = element(ctx.doc, 'Lbl', item);
    const lbody = element(ctx.doc, 'LBody', item);
    const label = labels[i]!;
    const drawLabel = (top: number) => {
      first?.(top);
      first = undefined;
      const width = ctx.measurer.width(label, labelFont, body.size);
      const x = block.ordered ? leftEdge(ctx) + indent + labelWidth - ctx.s(6) - width : leftEdge(ctx) + indent + ctx.s(2);
      ctx.tagger.content(lbl, () => {
        drawText(useFont(ctx, labelFont, body.size).fillColor(ctx.colors.primary), label, x, top + baseline(body));
      });
    };
    drawBlocks(ctx, blocks, lbody, {
      indent: indent + labelWidth,
      listDepth: depth + 1,
      firstLine: drawLabel,
      direct: lbody,
      gap: ctx.s(block.spread ? 5 : 3),
    });
    lbl.elem.end();
    lbody.elem.end();
    item.elem.end();
  });
  list.elem.end();
  gap(ctx, ctx.s(7));
}

function quote(ctx: BookletContext, blocks: Block[], parent: Tag, context: FlowContext, firstLine?: (top: number) => void): void {
  const { indent } = context;
  const tag = element(ctx.doc, 'BlockQuote', parent);
  const startPage = pageNumber(ctx);
  reserve(ctx, lead(ctx, blocks[0], indent + ctx.s(14), blocks[1]));
  const start = ctx.y;
  firstLine?.(start);
  drawBlocks(ctx, blocks, tag, { indent: indent + ctx.s(14), listDepth: context.listDepth });
  if (pageNumber(ctx) === startPage) {
    const x = leftEdge(ctx) + indent + ctx.s(3);
    ctx.tagger.artifact(() => {
      ctx.doc.rect(x, start, ctx.s(2.5), ctx.y - start).fill(ctx.colors.tint);
    }, 'Layout');
  }
  tag.elem.end();
}

function code(ctx: BookletContext, text: string, parent: Tag, indent: number, firstLine?: (top: number) => void): void {
  const runs: Run[] = [];
  text.replace(/\s+$/, '').split('\n').forEach((line, i) => {
    if (i > 0) runs.push({ text: '\n', font: 'regular' });
    // Indentation and runs of spaces in code are kept: no-break spaces survive the line breaking.
    runs.push({ text: line.replace(/\t/g, '    ').replace(/ {2,}|^ /g, (spaces) => '\u00A0'.repeat(spaces.length)) || ' ', font: 'regular' });
  });
  const tag = element(ctx.doc, 'P', parent);
  paragraph(ctx, runs, tag, indent + ctx.s(10), firstLine, { ...bodyStyle(ctx), hyphenate: false });
}

function rule(ctx: BookletContext, indent: number): void {
  gap(ctx, ctx.s(10));
  reserve(ctx, ctx.s(12));
  const y = ctx.y + ctx.s(5);
  const x = leftEdge(ctx) + indent;
  ctx.tagger.artifact(() => {
    ctx.doc.save().lineWidth(0.75).moveTo(x, y).lineTo(x + ctx.s(60), y).stroke(ctx.colors.accent).restore();
  }, 'Layout');
  ctx.y += ctx.s(12);
  gap(ctx, ctx.s(10));
}

function headingRuns(block: HeadingBlock, font: FontKey): Run[] {
  return block.runs.map((run) => ({ ...run, font: run.font === 'italic' || run.font === 'boldItalic' ? 'boldItalic' : font }));
}

function bullet(depth: number): string {
  return ['•', '–', '◦', '▪'][depth % 4]!;
}
