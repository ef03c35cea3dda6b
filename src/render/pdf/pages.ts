/**
 * The page being filled: where its text area lies (page 1 is a right-hand
 * page, the spine on its left), how far down it is set, and when the next
 * thing needs a new page.
 */
import type { BookletContext, PageKind } from './context.js';

/** Slack for comparing positions that are sums of many fractions. */
export const EPSILON = 0.01;

export function pageNumber(ctx: BookletContext): number {
  return ctx.kinds.length;
}

export function textTop(ctx: BookletContext): number {
  return ctx.geo.top;
}

export function textBottom(ctx: BookletContext): number {
  return ctx.geo.height - ctx.geo.bottom;
}

export function contentWidth(ctx: BookletContext): number {
  return ctx.geo.width - ctx.geo.inner - ctx.geo.outer;
}

/** Left edge of the text on the current page: odd pages are right-hand pages, the spine on their left. */
export function leftEdge(ctx: BookletContext): number {
  return pageNumber(ctx) % 2 === 1 ? ctx.geo.inner : ctx.geo.outer;
}

export function newPage(ctx: BookletContext, kind: PageKind): void {
  ctx.tagger.close();
  ctx.doc.addPage({ size: ctx.geo.size, margin: 0 });
  ctx.kinds.push(kind);
  ctx.y = textTop(ctx);
  ctx.pendingGap = 0;
}

/** At least `amount` of space before what comes next (gaps do not add up). */
export function gap(ctx: BookletContext, amount: number): void {
  ctx.pendingGap = Math.max(ctx.pendingGap, amount);
}

export function atTop(ctx: BookletContext): boolean {
  return ctx.y <= textTop(ctx) + EPSILON;
}

/** Room for `need` points below the pending gap, or a new page. */
export function reserve(ctx: BookletContext, need: number): void {
  if (!atTop(ctx)) {
    if (ctx.y + ctx.pendingGap + need > textBottom(ctx) + EPSILON) newPage(ctx, ctx.flowKind);
    else ctx.y += ctx.pendingGap;
  }
  ctx.pendingGap = 0;
}
