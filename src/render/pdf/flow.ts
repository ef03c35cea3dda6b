/**
 * Text flowed down the page and onto the next: lines split across pages with
 * at least two on each side of a break and no hyphenated word across the
 * turn, and the paragraph, the simplest block flowed that way.
 */
import type { Run } from './blocks.js';
import type { BookletContext } from './context.js';
import { drawLine } from './draw-line.js';
import { layoutRuns, type Line } from './line-layout.js';
import { atTop, contentWidth, EPSILON, gap, newPage, reserve, textBottom } from './pages.js';
import { bodyStyle, type Styled } from './style.js';
import { endLink, type Owner, type Tag } from './tagging.js';
import { setLines } from './typeset.js';

/** Lines that must open a block on a page: all of a block of up to three lines, else two. */
export function firstChunk(lines: number): number {
  return lines <= 3 ? lines : 2;
}

/**
 * Lines of one block, split across pages with at least two lines on each
 * side of a break and no hyphenated word across the turn (`relayout` sets
 * the lines again with that line ending at a space). `onFirstLine` runs
 * before the first line is drawn (list labels).
 */
export function flowLines(
  ctx: BookletContext,
  initial: Line[],
  owner: Owner,
  indent: number,
  style: Styled,
  onFirstLine?: (top: number) => void,
  relayout?: (noHyphenAfter: ReadonlySet<number>) => Line[],
): void {
  let lines = initial;
  const noHyphenAfter = new Set<number>();
  let index = 0;
  while (index < lines.length) {
    const room = Math.floor((textBottom(ctx) - ctx.y + EPSILON) / style.leading);
    const remaining = lines.length - index;
    let take = Math.min(room, remaining);
    if (take < remaining) {
      if (remaining - take < 2) take = remaining - 2;
      if (take < 2) take = 0;
      const last = index + take - 1;
      if (take > 0 && lines[last]?.hyphen && relayout && !noHyphenAfter.has(last)) {
        noHyphenAfter.add(last);
        lines = relayout(noHyphenAfter);
        continue;
      }
    }
    if (take <= 0) {
      if (!atTop(ctx)) {
        newPage(ctx, ctx.flowKind);
        continue;
      }
      take = Math.max(1, Math.min(room, remaining));
    }
    for (let i = 0; i < take; i++) {
      const line = lines[index + i]!;
      if (index + i === 0) onFirstLine?.(ctx.y);
      drawLine(ctx, line, owner, indent, ctx.y, style);
      ctx.y += style.leading;
    }
    index += take;
    if (index < lines.length) newPage(ctx, ctx.flowKind);
  }
}

/** `runs` flowed into `tag` (ended after unless `end` is false), then a gap of `after`. */
export function paragraph(
  ctx: BookletContext,
  runs: Run[],
  tag: Tag,
  indent: number,
  firstLine?: (top: number) => void,
  style: Styled = bodyStyle(ctx),
  after = ctx.s(7),
  end = true,
): void {
  const width = contentWidth(ctx) - indent;
  const lines = setLines(ctx, runs, width, style);
  const owner: Owner = { tag };
  reserve(ctx, firstChunk(lines.length) * style.leading);
  flowLines(ctx, lines, owner, indent, style, firstLine, (noHyphenAfter) => layoutRuns(runs, width, style, ctx.measurer, noHyphenAfter));
  endLink(owner);
  if (end) tag.elem.end();
  gap(ctx, after);
}
