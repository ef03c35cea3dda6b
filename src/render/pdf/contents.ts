/**
 * The contents: "Indhold" and the headings of the first two levels, each a
 * TOCI with a link to its heading and the page it is on, the spacing
 * tightened when that saves a page.
 */
import type { Block, FontKey, HeadingBlock } from './blocks.js';
import type { BookletContext } from './context.js';
import { drawLine } from './draw-line.js';
import { clampLines } from './line-layout.js';
import { bookmark } from './navigation.js';
import { contentWidth, gap, leftEdge, newPage, reserve, textBottom, textTop } from './pages.js';
import { baseline, headingStyle } from './style.js';
import { element } from './tagging.js';
import { drawText, setLines, useFont } from './typeset.js';

/** Most lines one entry takes; the rest is left out with "…" (an entry never breaks across pages). */
const CONTENTS_LINES = 4;

/** The contents on their own page(s): the headings of the first two levels, each a link with its page number. */
export function drawContents(ctx: BookletContext, blocks: Block[], headingPages: ReadonlyMap<string, number> | undefined): void {
  const entries = blocks.filter((block): block is HeadingBlock => block.kind === 'heading' && block.level <= 2);
  if (entries.length === 0) return;
  ctx.flowKind = 'toc';
  newPage(ctx, 'toc');
  const titleStyle = headingStyle(ctx, 1);
  const titleTag = element(ctx.doc, 'H1', ctx.root);
  const top = ctx.y;
  ctx.tagger.artifact(() => {
    ctx.doc.rect(leftEdge(ctx), top, ctx.s(34), ctx.s(3)).fill(ctx.colors.accent);
  }, 'Layout');
  ctx.y += ctx.s(7);
  ctx.doc.addNamedDestination('indhold', 'XYZ', 0, top, null);
  bookmark(ctx, ctx.t.contents, 1, top, true);
  for (const line of setLines(ctx, [{ text: ctx.t.contents, font: 'bold' }], contentWidth(ctx), titleStyle)) {
    drawLine(ctx, line, { tag: titleTag }, 0, ctx.y, titleStyle);
    ctx.y += titleStyle.leading;
  }
  titleTag.elem.end();
  gap(ctx, ctx.s(12));
  const toc = element(ctx.doc, 'TOC', ctx.root);

  const numberWidth = ctx.s(30);
  const hasTop = entries.some((e) => e.level === 1);
  const entryStyle = (entry: HeadingBlock, compact: boolean) => {
    const sub = entry.level > 1 && hasTop;
    const size = ctx.s(sub ? 10.5 : 11);
    const leading = ctx.s(compact ? (sub ? 13.4 : 14.4) : sub ? 14.5 : 15.5);
    const before = ctx.s(compact ? (sub ? 1.5 : 5) : sub ? 3 : 7);
    return { sub, indent: sub ? ctx.s(12) : 0, font: (sub ? 'regular' : 'bold') as FontKey, before, style: { size, leading, hyphenate: false, color: ctx.colors.text } };
  };
  // Spacing is tightened when that saves a page of contents.
  const pagesFor = (compact: boolean) => {
    let y = ctx.y + ctx.s(12);
    let pages = 1;
    for (const entry of entries) {
      const { indent, font, before, style } = entryStyle(entry, compact);
      const height = Math.min(CONTENTS_LINES, setLines(ctx, [{ text: entry.text, font }], contentWidth(ctx) - indent - numberWidth, style).length) * style.leading;
      if (y + before + height > textBottom(ctx)) {
        pages++;
        y = textTop(ctx) + height;
      } else y += before + height;
    }
    return pages;
  };
  const compact = pagesFor(true) < pagesFor(false);
  for (const entry of entries) {
    const { indent, font, before, style } = entryStyle(entry, compact);
    const entryWidth = contentWidth(ctx) - indent - numberWidth;
    const lines = clampLines(setLines(ctx, [{ text: entry.text, font }], entryWidth, style), CONTENTS_LINES, entryWidth, style, ctx.measurer);
    const height = lines.length * style.leading;
    gap(ctx, before);
    reserve(ctx, height);
    const item = element(ctx.doc, 'TOCI', toc);
    const link = element(ctx.doc, 'Link', item);
    const entryTop = ctx.y;
    for (const line of lines) {
      drawLine(ctx, line, { tag: link }, indent, ctx.y, style);
      ctx.y += style.leading;
    }
    const page = headingPages?.get(entry.id);
    const number = page !== undefined ? String(page) : '00';
    const numberStyle = { ...style, color: ctx.colors.primary };
    const width = ctx.measurer.width(number, 'bold', style.size);
    ctx.tagger.content(link, () => {
      const x = leftEdge(ctx) + contentWidth(ctx) - width;
      drawText(useFont(ctx, 'bold', style.size).fillColor(numberStyle.color), number, x, ctx.y - style.leading + baseline(style));
    });
    ctx.doc.goTo(leftEdge(ctx) + indent, entryTop, contentWidth(ctx) - indent, height, entry.id, {
      structParent: link.elem,
      Contents: new String(`${entry.text}, side ${number}`),
    });
    link.elem.end();
    item.elem.end();
  }
  toc.elem.end();
  ctx.tagger.close();
}
