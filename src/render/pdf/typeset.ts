/**
 * Text in the document's fonts: widths and glyph coverage measured through
 * pdfkit (kept across passes and across booklets set in the same font file),
 * the current font switched by key, and lines set once per runs and measure.
 */
import type PDFDocument from 'pdfkit';
import type { FontKey, Run } from './blocks.js';
import type { BookletContext } from './context.js';
import { fontCacheKey, type DocumentFonts } from './fonts.js';
import { layoutRuns, type Line, type Measurer, type TextStyle } from './line-layout.js';

/**
 * Widths (at 1000 units per em) and glyph coverage by font file (fontCacheKey), then by text:
 * shared by both passes and every booklet set in the same font file. Keyed in two steps so
 * that a look-up never builds a string of path and text.
 */
const sharedWidths = new Map<string, Map<string, number>>();
const sharedGlyphs = new Map<string, Map<string, boolean>>();
/** Entries kept per font file before a cache starts afresh (a worker renders booklet after booklet). */
const MAX_SHARED = 500_000;

function cacheFor<T>(caches: Map<string, Map<string, T>>, file: string): Map<string, T> {
  const key = fontCacheKey(file);
  let cache = caches.get(key);
  if (!cache) {
    cache = new Map();
    caches.set(key, cache);
  }
  return cache;
}

function perFont<T>(fonts: Record<FontKey, string>, caches: Map<string, Map<string, T>>): Record<FontKey, Map<string, T>> {
  return {
    regular: cacheFor(caches, fonts.regular),
    bold: cacheFor(caches, fonts.bold),
    italic: cacheFor(caches, fonts.italic),
    boldItalic: cacheFor(caches, fonts.boldItalic),
  };
}

/** The document's font at `size`, ready to draw or measure with. */
export function useFont(ctx: Pick<BookletContext, 'fontSelection' | 'fonts'>, key: FontKey, size: number): PDFDocument {
  return ctx.fontSelection.use(ctx.fonts[key]).fontSize(size);
}

/** What doc.text gets for every text of the booklet: one line, never wrapped, from its baseline. */
const PLAIN = { lineBreak: false, baseline: 'alphabetic' } as const;
/** The same for pdfkit's own line drawing; no decoration is asked for, so the width it would span is never read. */
const FRAGMENT = { baseline: 'alphabetic', textWidth: 0, wordCount: 0 } as const;

/**
 * Draws `text` with its baseline at (x, y) in the current font and colour,
 * writing what doc.text(text, x, y, PLAIN) writes. doc.text also copies its
 * options and measures the text twice (for an underline's length and for
 * the x of a text continued after it): a tenth of a booklet's drawing, for
 * nothing here. Text with a line break goes the long way (never in a booklet).
 */
export function drawText(doc: PDFDocument, text: string, x: number, y: number): PDFDocument {
  if (text.includes('\n')) return doc.text(text, x, y, PLAIN);
  doc._fragment(text, x, y, FRAGMENT);
  return doc;
}

/** Measures in the document's own fonts (line-layout.ts knows nothing of pdfkit). */
export function documentMeasurer(fontSelection: DocumentFonts, fonts: Record<FontKey, string>): Measurer {
  const widths = perFont(fonts, sharedWidths);
  const glyphs = perFont(fonts, sharedGlyphs);
  return {
    width: (text, font, size) => {
      const cache = widths[font];
      let width = cache.get(text);
      if (width === undefined) {
        width = useFont({ fontSelection, fonts }, font, 1000).widthOfString(text);
        if (cache.size > MAX_SHARED) cache.clear();
        cache.set(text, width);
      }
      return (width * size) / 1000;
    },
    hasGlyph: (char, font) => {
      const cache = glyphs[font];
      let has = cache.get(char);
      if (has === undefined) {
        const fontkit = fontSelection.use(fonts[font])._font.font;
        const codePoint = char.codePointAt(0) ?? 0;
        has = codePoint < 0x20 ? false : fontkit ? fontkit.hasGlyphForCodePoint(codePoint) : true;
        cache.set(char, has);
      }
      return has;
    },
  };
}

/** `runs` set as lines `width` wide, taken from the pass's cache when set before. */
export function setLines(ctx: BookletContext, runs: Run[], width: number, style: TextStyle): Line[] {
  let byMeasure = ctx.laid.get(runs);
  if (!byMeasure) {
    byMeasure = new Map();
    ctx.laid.set(runs, byMeasure);
  }
  // layoutRuns reads only the size and hyphenation of the style.
  const key = `${width} ${style.size} ${style.hyphenate}`;
  let lines = byMeasure.get(key);
  if (!lines) {
    lines = layoutRuns(runs, width, style, ctx.measurer);
    byMeasure.set(key, lines);
  }
  return lines;
}
