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
 * A file changed on disk since (kvs build --watch, kvs preview) is opened anew.
 */
import { statSync } from 'node:fs';
import type PDFDocument from 'pdfkit';
import type { FontkitFont, LayoutCache } from 'pdfkit';

interface OpenedFont {
  font: FontkitFont;
  layouts: LayoutCache;
  /** Size and modification time of the file when it was opened. */
  version: string;
}

const opened = new Map<string, OpenedFont>();

/** Shaped words kept per font file before the cache starts afresh (a worker renders booklet after booklet). */
const MAX_LAYOUTS = 100_000;

/** Font selection for one document, through the fonts shared by this thread. */
export class DocumentFonts {
  /** The shared font behind each path this document has used; undefined while this document is the one opening it. */
  private readonly shared = new Map<string, OpenedFont | undefined>();

  constructor(private readonly doc: PDFDocument) {}

  /** Makes the font file at `path` the document's current font. */
  use(path: string): PDFDocument {
    if (!this.shared.has(path)) this.shared.set(path, this.register(path));
    this.doc.font(path);
    const embedded = this.doc._font;
    const shared = this.shared.get(path);
    if (shared) {
      embedded.layoutCache = shared.layouts;
    } else if (embedded.font && embedded.layoutCache) {
      const first: OpenedFont = { font: embedded.font, layouts: embedded.layoutCache, version: fileVersion(path) };
      opened.set(path, first);
      this.shared.set(path, first);
    }
    return this.doc;
  }

  /** Gives the document the thread's parsed font for `path`, if the file is still the one parsed. */
  private register(path: string): OpenedFont | undefined {
    const shared = opened.get(path);
    if (!shared) return undefined;
    if (shared.version !== fileVersion(path)) {
      opened.delete(path);
      return undefined;
    }
    forgetGlyphsWithoutText(shared.font);
    this.doc.registerFont(path, shared.font);
    if (Object.keys(shared.layouts).length > MAX_LAYOUTS) shared.layouts = Object.create(null) as LayoutCache;
    return shared;
  }
}

/**
 * fontkit keeps every glyph it makes with the characters it was first made
 * for, and writing a document's subset makes the glyphs that others are built
 * from (the apostrophe inside the double quote) with none. A later document
 * that set that glyph as text would get it from there with no characters, and
 * its ToUnicode map would leave it out: the apostrophe in "'time out'" read as
 * nothing (poppler) or "B" (pdf.js). Such glyphs are made again when needed.
 */
function forgetGlyphsWithoutText(font: FontkitFont): void {
  const glyphs = font._glyphs;
  if (!glyphs) return;
  for (const id of Object.keys(glyphs)) if (glyphs[id]!.codePoints.length === 0) delete glyphs[id];
}

function fileVersion(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats ? `${stats.size} ${stats.mtimeMs}` : '';
}

/** A key for what is measured in the font file at `path` as it is now: another file there gets another key. */
export function fontCacheKey(path: string): string {
  return `${path}\u0000${fileVersion(path)}`;
}
