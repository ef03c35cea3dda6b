/**
 * The cover: the kommune's logo (PNG) and name, the title (stepping down in
 * size when long), the subtitle and a panel at the foot with who approved the
 * standard, when, and when it is revised. Nothing on it flows onto a new page,
 * so every text on it is cut short with "…" when too long.
 */
import { readFileSync } from 'node:fs';
import type { Run } from './blocks.js';
import type { BookletContext } from './context.js';
import { drawLine } from './draw-line.js';
import { clampLines } from './line-layout.js';
import type { BookletMeta } from './meta.js';
import { contentWidth, leftEdge, newPage, textBottom, textTop } from './pages.js';
import type { Styled } from './style.js';
import { element } from './tagging.js';
import { setLines } from './typeset.js';

/** Most lines the kommune's name, the subtitle and each fact in the panel take. */
const COVER_NAME_LINES = 3;
/** Most lines the title takes. */
const COVER_TITLE_LINES = 8;

export function drawCover(ctx: BookletContext, meta: BookletMeta, logo: string | undefined): void {
  newPage(ctx, 'cover');
  ctx.flowKind = 'cover';
  const { doc } = ctx;
  const left = leftEdge(ctx);
  const width = contentWidth(ctx);
  const section = element(doc, 'Sect', ctx.root);
  let y = textTop(ctx);

  const png = logo && /\.png$/i.test(logo) ? readPng(logo) : undefined;
  if (png) {
    const maxWidth = ctx.s(140);
    const maxHeight = ctx.s(46);
    const scale = Math.min(maxWidth / png.width, maxHeight / png.height);
    const w = png.width * scale;
    const h = png.height * scale;
    const figure = element(doc, 'Figure', section, {
      alt: ctx.t.logo(meta.kommune),
      bbox: [left, y, left + w, y + h],
      placement: 'Block',
    });
    ctx.tagger.content(figure, () => {
      doc.image(png.data, left, y, { width: w, height: h });
    });
    figure.elem.end();
    y += h + ctx.s(14);
  }
  // SVG logos are left out: pdfkit draws no SVG, and the kommune's name stands in their place.
  if (meta.kommune) {
    const tag = element(doc, 'P', section);
    const style: Styled = { size: ctx.s(13), leading: ctx.s(17), hyphenate: false, color: ctx.colors.primary };
    for (const line of clampLines(setLines(ctx, [{ text: meta.kommuner || meta.kommune, font: 'bold' }], width, style), COVER_NAME_LINES, width, style, ctx.measurer)) {
      drawLine(ctx, line, { tag }, 0, y, style);
      y += style.leading;
    }
    tag.elem.end();
  }

  if (meta.subtitle) {
    y += ctx.s(6);
    const tag = element(doc, 'P', section);
    const style: Styled = { size: ctx.s(11), leading: ctx.s(15), hyphenate: false, color: ctx.colors.text };
    for (const line of clampLines(setLines(ctx, [{ text: meta.subtitle, font: 'regular' }], width, style), COVER_NAME_LINES, width, style, ctx.measurer)) {
      drawLine(ctx, line, { tag }, 0, y, style);
      y += style.leading;
    }
    tag.elem.end();
  }

  // The title sits a little above the middle, after a short bar in the accent colour.
  // A long title steps down in size rather than run into the panel at the foot.
  let titleStyle: Styled = { size: ctx.s(25), leading: ctx.s(29.5), hyphenate: false, color: ctx.colors.primary };
  let titleLines = setLines(ctx, [{ text: meta.title, font: 'bold' }], width, titleStyle);
  for (const size of [21, 18, 15]) {
    if (titleLines.length <= 5) break;
    titleStyle = { ...titleStyle, size: ctx.s(size), leading: ctx.s(size * 1.18), hyphenate: true };
    titleLines = setLines(ctx, [{ text: meta.title, font: 'bold' }], width, titleStyle);
  }
  titleLines = clampLines(titleLines, COVER_TITLE_LINES, width, titleStyle, ctx.measurer);
  y = Math.max(y + ctx.s(30), ctx.geo.height * 0.3);
  ctx.tagger.artifact(() => {
    doc.rect(left, y, ctx.s(44), ctx.s(4)).fill(ctx.colors.accent);
  }, 'Layout');
  y += ctx.s(18);
  if (meta.draft) {
    const tag = element(doc, 'P', section);
    const style: Styled = { size: ctx.s(11), leading: ctx.s(15), hyphenate: false, color: ctx.colors.accent };
    for (const line of setLines(ctx, [{ text: 'UDKAST – ikke godkendt', font: 'bold' }], width, style)) {
      drawLine(ctx, line, { tag }, 0, y, style);
      y += style.leading;
    }
    tag.elem.end();
    y += ctx.s(4);
  }
  const title = element(doc, 'H1', section);
  for (const line of titleLines) {
    drawLine(ctx, line, { tag: title }, 0, y, titleStyle);
    y += titleStyle.leading;
  }
  title.elem.end();
  const subtitle = coverSubtitle(ctx, meta.area);
  if (subtitle) {
    y += ctx.s(10);
    const tag = element(doc, 'P', section);
    const style: Styled = { size: ctx.s(12.5), leading: ctx.s(17), hyphenate: false, color: ctx.colors.text };
    for (const line of clampLines(setLines(ctx, [{ text: subtitle, font: 'regular' }], width, style), COVER_NAME_LINES, width, style, ctx.measurer)) {
      drawLine(ctx, line, { tag }, 0, y, style);
      y += style.leading;
    }
    tag.elem.end();
  }

  // The panel at the foot: who approved it and when, and when it is revised.
  const facts: Run[][] = [];
  if (meta.approved || meta.approvedBy) {
    facts.push([
      { text: ctx.t.approved, font: 'bold' },
      { text: ` ${meta.approvedBy ? ctx.t.approvedBy(meta.approvedBy) : ''}${meta.approvedWhen ? `${meta.approvedBy ? ' ' : ''}${keepTogether(meta.approvedWhen)}` : ''}`, font: 'regular' },
    ]);
  }
  if (meta.revision) facts.push([{ text: ctx.t.nextRevision, font: 'bold' }, { text: ` ${keepTogether(meta.revision)}`, font: 'regular' }]);
  if (facts.length > 0) {
    const style: Styled = { size: ctx.s(10.5), leading: ctx.s(14.5), hyphenate: false, color: ctx.colors.onPrimary };
    const pad = ctx.s(14);
    const laid = facts.map((runs) => clampLines(setLines(ctx, runs, width - 2 * pad, style), COVER_NAME_LINES, width - 2 * pad, style, ctx.measurer));
    const height = laid.reduce((sum, lines) => sum + lines.length * style.leading, 0) + (laid.length - 1) * ctx.s(5) + 2 * pad;
    const top = textBottom(ctx) - height;
    ctx.tagger.artifact(() => {
      doc.roundedRect(left, top, width, height, ctx.s(4)).fill(ctx.colors.primary);
    }, 'Layout');
    let lineTop = top + pad;
    laid.forEach((lines, i) => {
      const tag = element(doc, 'P', section);
      for (const line of lines) {
        drawLine(ctx, line, { tag }, pad, lineTop, style);
        lineTop += style.leading;
      }
      tag.elem.end();
      if (i < laid.length - 1) lineTop += ctx.s(5);
    });
  }
  section.elem.end();
  ctx.tagger.close();
}

function coverSubtitle(ctx: BookletContext, area: string | undefined): string | undefined {
  if (!area) return undefined;
  if (/^SEL\s*§\s*101$/i.test(area.trim())) return ctx.t.area101;
  return area;
}

/** Spaces that must not break a line, as in "21. juni 2023". */
function keepTogether(text: string): string {
  return text.replace(/ /g, '\u00A0');
}

/** Width, height and bytes of a PNG file, or undefined when it is not one. */
function readPng(path: string): { data: Buffer; width: number; height: number } | undefined {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return undefined;
  }
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature) return undefined;
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  return width > 0 && height > 0 ? { data, width, height } : undefined;
}
