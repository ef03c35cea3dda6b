/**
 * Page furniture: the running header (kommune · short title) and "Side X af
 * Y" on the contents and text pages, drawn last over the buffered pages as
 * pagination artifacts.
 */
import type { BookletContext } from './context.js';
import { cutToWidth, printable } from './line-layout.js';
import type { BookletMeta } from './meta.js';
import { contentWidth } from './pages.js';
import { drawText, useFont } from './typeset.js';

/** Running header and "Side X af Y" on the contents and text pages, as pagination artifacts. */
export function drawPageFurniture(ctx: BookletContext, meta: BookletMeta): void {
  ctx.tagger.close();
  const total = ctx.kinds.length;
  const header = `${meta.kommune ? `${meta.kommune} · ` : ''}${meta.shortTitle}`;
  const size = ctx.s(8.5);
  const headerText = fitText(printable(header, 'regular', ctx.measurer), contentWidth(ctx), (t) => ctx.measurer.width(t, 'regular', size));
  const range = ctx.doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    const kind = ctx.kinds[i];
    if (kind !== 'toc' && kind !== 'content') continue;
    ctx.doc.switchToPage(i);
    const pageNumber = i + 1;
    const right = pageNumber % 2 === 1;
    const left = right ? ctx.geo.inner : ctx.geo.outer;
    const width = contentWidth(ctx);
    const headerWidth = ctx.measurer.width(headerText, 'regular', size);
    const headerBaseline = ctx.geo.top - ctx.s(22);
    const footer = ctx.t.page(pageNumber, total);
    const footerWidth = ctx.measurer.width(footer, 'regular', size);
    const footerBaseline = ctx.geo.height - ctx.geo.bottom + ctx.s(30);
    ctx.tagger.artifact(() => {
      drawText(useFont(ctx, 'regular', size).fillColor(ctx.colors.muted), headerText, right ? left + width - headerWidth : left, headerBaseline);
      ctx.doc
        .save()
        .lineWidth(0.4)
        .moveTo(left, headerBaseline + ctx.s(6))
        .lineTo(left + width, headerBaseline + ctx.s(6))
        .stroke(ctx.colors.hairline)
        .restore();
      drawText(useFont(ctx, 'regular', size).fillColor(ctx.colors.muted), footer, right ? left + width - footerWidth : left, footerBaseline);
    }, 'Pagination');
  }
}

/** The text, shortened at a word with "…" until it fits. */
function fitText(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  const words = text.split(' ');
  while (words.length > 1) {
    words.pop();
    const candidate = `${words.join(' ').replace(/[\s,;:·–-]+$/, '')} …`;
    if (measure(candidate) <= width) return candidate;
  }
  // One word wider than the line (a kommune's name of thousands of letters): cut between characters.
  return cutToWidth(text, width, measure);
}
