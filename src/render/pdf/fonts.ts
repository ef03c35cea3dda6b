/**
 * The booklet's font files, opened once per thread. pdfkit opens a font file
 * anew for every document (reads it, parses it with fontkit) and shapes every
 * word anew for every document, while renderBooklet makes two documents per
 * booklet and a build worker renders many booklets in the same fonts.
 *
 * The first document to use a file opens it from its bytes, as pdfkit would.
 * Later documents get the same fontkit object, registered under the same path
 * (so pdfkit's cache keys and font ids are what they were), and the same cache
 * of shaped words. A word not shaped yet in this thread is taken from the
 * disk cache of shaped words (shape-cache.ts), or shaped and added to it.
 * Shaping depends only on the font and the text, and each document still
 * keeps its own subset, so the PDF's bytes do not change. A file changed on
 * disk since (kvs build --watch, kvs preview) is opened anew.
 */
import { readFileSync, statSync } from 'node:fs';
import type PDFDocument from 'pdfkit';
import type { FontkitFont, LayoutCache } from 'pdfkit';
import { sha256 } from '../../fs/hash.js';
import { FontShapes, type ShapingFont } from './shape-cache.js';
import type { WordCacheOptions } from './word-cache.js';

interface OpenedFont {
  font: FontkitFont;
  layouts: LayoutCache;
  /** Size and modification time of the file when it was opened. */
  version: string;
  shapes: FontShapes;
  /** Documents that have used it. */
  uses: number;
}

const opened = new Map<string, OpenedFont>();

/** Shaped words kept per font file before the cache starts afresh (a worker renders booklet after booklet). */
const MAX_LAYOUTS = 100_000;

/** Font selection for one document, through the fonts shared by this thread. */
export class DocumentFonts {
  /** The paths this document has used. */
  private readonly used = new Set<string>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly cache?: WordCacheOptions,
  ) {}

  /** Makes the font file at `path` the document's current font. */
  use(path: string): PDFDocument {
    if (this.used.has(path)) return this.doc.font(path);
    this.used.add(path);
    let shared = opened.get(path);
    if (shared && shared.version !== fileVersion(path)) {
      opened.delete(path);
      shared = undefined;
    }
    if (shared) {
      // Counted now and then: the count lists every word, and documents come by the hundred.
      if (++shared.uses % 64 === 0 && Object.keys(shared.layouts).length > MAX_LAYOUTS) shared.layouts = Object.create(null) as LayoutCache;
      this.doc.registerFont(path, shared.font);
      this.doc.font(path);
      this.doc._font.layoutCache = shared.layouts;
    } else {
      const version = fileVersion(path);
      // Read once: the bytes fontkit parses are the bytes the shaped words are kept under.
      const bytes = readFileSync(path);
      this.doc.registerFont(path, bytes);
      this.doc.font(path);
      const embedded = this.doc._font;
      if (!embedded.font || !embedded.layoutCache) return this.doc;
      shared = { font: embedded.font, layouts: embedded.layoutCache, version, shapes: FontShapes.of(sha256(bytes), this.cache), uses: 0 };
      opened.set(path, shared);
    }
    const embedded = this.doc._font;
    const { shapes, font } = shared;
    const shapeWord = embedded.layoutRun!.bind(embedded);
    // pdfkit shapes a word here when its cache of shaped words has none; with OpenType features (never asked for) it shapes as always.
    embedded.layoutRun = (text, features) => (features ? shapeWord(text, features) : shapes.run(font as unknown as ShapingFont, text, embedded.scale!));
    return this.doc;
  }
}

function fileVersion(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? `${stats.size} ${stats.mtimeMs}` : '';
}

/** A key for what is measured in the font file at `path` as it is now: another file there gets another key. */
export function fontCacheKey(path: string): string {
  return `${path}\u0000${fileVersion(path)}`;
}
