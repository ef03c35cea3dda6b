/**
 * Types for the parts of pdfkit 0.20 and hyphen 1.14 that the booklet uses.
 * Neither package ships declarations; these follow their JavaScript sources
 * (node_modules/pdfkit/js/pdfkit.js, node_modules/hyphen/hyphen.js).
 */

declare module 'pdfkit' {
  /** A PDF string object (pdfkit writes `new String(...)` as a string, a plain string as a name). */
  type PDFStringObject = object;

  interface PDFStructureContent {
    readonly refs: unknown[];
  }

  interface PDFStructureElement {
    readonly dictionary: { data: Record<string, unknown> };
    add(child: PDFStructureElement | PDFStructureContent): PDFStructureElement;
    end(): void;
  }

  interface StructureOptions {
    title?: string;
    lang?: string;
    alt?: string;
    expanded?: string;
    actual?: string;
    bbox?: [number, number, number, number];
    placement?: 'Block' | 'Inline';
    scope?: 'Row' | 'Column' | 'Both';
  }

  interface OutlineOptions {
    expanded?: boolean;
    /** Distance from the top of the page (pdfkit subtracts it from the page height). */
    top?: number;
    /** pdfkit subtracts this from the page width; pass the page width for a left edge of 0. */
    left?: number;
    zoom?: number;
    fit?: boolean;
    pageNumber?: number;
  }

  interface PDFOutline {
    addItem(title: string, options?: OutlineOptions): PDFOutline;
  }

  interface PDFPage {
    readonly width: number;
    readonly height: number;
    readonly dictionary: { data: Record<string, unknown> };
  }

  interface DocumentInfo {
    Title?: string | PDFStringObject;
    Author?: string | PDFStringObject;
    Subject?: string | PDFStringObject;
    Keywords?: string | PDFStringObject;
    Creator?: string | PDFStringObject;
    Producer?: string | PDFStringObject;
    CreationDate?: Date;
    ModDate?: Date;
  }

  interface DocumentOptions {
    size?: [number, number] | string;
    margin?: number;
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    compress?: boolean;
    tagged?: boolean;
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
    subset?: 'PDF/UA' | 'PDF/A-1' | 'PDF/A-1a' | 'PDF/A-1b' | 'PDF/A-2' | 'PDF/A-2a' | 'PDF/A-2b' | 'PDF/A-3' | 'PDF/A-3a' | 'PDF/A-3b';
    lang?: string;
    displayTitle?: boolean;
    pageLayout?: 'singlePage' | 'oneColumn' | 'twoColumnLeft' | 'twoColumnRight' | 'twoPageLeft' | 'twoPageRight';
    /**
     * The font the document starts with; a path or the data of a TTF (never a standard-14 name here).
     * `null`: none until the first `font()` (and no standard-14 font loaded either).
     */
    font?: string | Uint8Array | null;
    info?: DocumentInfo;
  }

  interface PageOptions {
    size?: [number, number] | string;
    margin?: number;
  }

  interface TextOptions {
    lineBreak?: boolean;
    baseline?: 'alphabetic' | 'top' | 'bottom' | 'middle' | number;
    features?: string[];
  }

  interface MarkContentOptions {
    type?: 'Pagination' | 'Layout' | 'Page' | 'Background';
    bbox?: [number, number, number, number];
    attached?: ('Top' | 'Bottom' | 'Left' | 'Right')[];
    lang?: string;
    alt?: string;
    actual?: string;
  }

  interface AnnotationOptions {
    structParent?: PDFStructureElement;
    Contents?: PDFStringObject;
  }

  /** An indirect object; written out when ended. */
  interface PDFReference {
    end(): void;
  }

  interface ImageOptions {
    width?: number;
    height?: number;
    fit?: [number, number];
    align?: 'left' | 'center' | 'right';
    valign?: 'top' | 'center' | 'bottom';
  }

  /** fontkit's font object behind an embedded font (internal, read only). */
  interface FontkitFont {
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Shapes text; pdfkit takes any object with this method for a parsed font. */
    layout(text: string): unknown;
    /** Internal: glyphs made so far by id, each with the characters it was first made for. */
    _glyphs?: Record<string, { codePoints: readonly number[] }>;
  }

  /** Internal: an embedded font's shaped words (fontkit glyph runs scaled to 1000 units per em), by word. */
  type LayoutCache = Record<string, unknown>;

  /** Internal: the current font of a document. */
  interface EmbeddedFont {
    /** fontkit's object for embedded fonts; absent for the standard 14. */
    readonly font?: FontkitFont;
    /** Absent when the document was made with `fontLayoutCache: false`. */
    layoutCache?: LayoutCache;
    /** Internal: 1000 / the font's units per em. */
    readonly scale?: number;
    /** Internal: shapes one word (or text with OpenType features) when layoutCache has none; absent for the standard 14. */
    layoutRun?: (text: string, features?: unknown) => unknown;
  }

  class PDFDocument {
    constructor(options?: DocumentOptions);
    readonly page: PDFPage;
    readonly outline: PDFOutline;
    info: DocumentInfo;
    x: number;
    y: number;
    /** Internal: the current font. */
    readonly _font: EmbeddedFont;

    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;

    addPage(options?: PageOptions): this;
    switchToPage(index: number): PDFPage;
    bufferedPageRange(): { start: number; count: number };
    end(): void;

    registerFont(name: string, src: string | Uint8Array | FontkitFont): this;
    font(name: string): this;
    fontSize(size: number): this;
    widthOfString(text: string): number;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    /** Internal: draws one line of text at (x, y) with options as text() leaves them; `textWidth` is the width a decoration (link, underline) would span. */
    _fragment(text: string, x: number, y: number, options: { baseline: 'alphabetic'; textWidth: number; wordCount: number }): void;

    fillColor(color: string, opacity?: number): this;
    strokeColor(color: string, opacity?: number): this;
    lineWidth(width: number): this;
    rect(x: number, y: number, width: number, height: number): this;
    roundedRect(x: number, y: number, width: number, height: number, radius: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    fill(color?: string): this;
    stroke(color?: string): this;
    save(): this;
    restore(): this;
    image(src: string | Uint8Array, x: number, y: number, options?: ImageOptions): this;

    link(x: number, y: number, width: number, height: number, url: string, options?: AnnotationOptions): this;
    /** Any annotation; `A` is its action (what doc.link makes for a URL). */
    annotate(x: number, y: number, width: number, height: number, options: AnnotationOptions & { Subtype: string; A?: PDFReference }): this;
    ref(data: Record<string, unknown>): PDFReference;
    goTo(x: number, y: number, width: number, height: number, name: string, options?: AnnotationOptions): this;
    addNamedDestination(name: string, type: 'XYZ', x: number, y: number, zoom: null): void;

    struct(type: string, options?: StructureOptions): PDFStructureElement;
    addStructure(element: PDFStructureElement): this;
    markContent(tag: string, options?: MarkContentOptions): this;
    markStructureContent(tag: string, options?: MarkContentOptions): PDFStructureContent;
    endMarkedContent(): this;
  }

  export default PDFDocument;
  export type { PDFStructureElement, PDFStructureContent, PDFOutline, PDFReference, DocumentInfo, FontkitFont, LayoutCache };
}

declare module 'hyphen/da/index.js' {
  interface HyphenOptions {
    /** Default U+00AD. */
    hyphenChar?: string;
    /** Words shorter than this are left alone; default 5. */
    minWordLength?: number;
    /** Words with their hyphenation given by hand, e.g. "kva-li-tet". */
    exceptions?: string[];
    debug?: boolean;
  }
  const hyphenDa: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
    hyphenate(text: string, options?: HyphenOptions): Promise<string>;
  };
  export default hyphenDa;
}
