/**
 * The booklet's font files, opened once per thread. pdfkit opens a font file
 * anew for every document (reads it, parses it with fontkit) and shapes every
 * word anew for every document, while renderBooklet makes two documents per
 * booklet and a build worker renders many booklets in the same fonts.
 *
 * The first document to use a file opens it as pdfkit always does. Later
 * documents get the same fontkit object, registered under the same path (so
 * pdfkit's cache keys and font ids are what they were), and the same cache of
 * shaped words. Shaping depends only on the font and the text, and each
 * document still keeps its own subset, so the PDF's bytes do not change.
 */
import type PDFDocument from 'pdfkit';
import type { FontkitFont, LayoutCache } from 'pdfkit';

interface OpenedFont {
  font: FontkitFont;
  layouts: LayoutCache;
}

const opened = new Map<string, OpenedFont>();

/** Shaped words kept per font file before the cache starts afresh (a worker renders booklet after booklet). */
const MAX_LAYOUTS = 100_000;

/** Font selection for one document, through the fonts shared by this thread. */
export class DocumentFonts {
  private readonly registered = new Set<string>();

  constructor(private readonly doc: PDFDocument) {}

  /** Makes the font file at `path` the document's current font. */
  use(path: string): PDFDocument {
    const shared = opened.get(path);
    if (shared && !this.registered.has(path)) {
      this.doc.registerFont(path, shared.font);
      this.registered.add(path);
      if (Object.keys(shared.layouts).length > MAX_LAYOUTS) shared.layouts = Object.create(null) as LayoutCache;
    }
    this.doc.font(path);
    const embedded = this.doc._font;
    if (!shared) {
      if (embedded.font && embedded.layoutCache) opened.set(path, { font: embedded.font, layouts: embedded.layoutCache });
    } else if (embedded.layoutCache !== shared.layouts) {
      embedded.layoutCache = shared.layouts;
    }
    return this.doc;
  }
}
