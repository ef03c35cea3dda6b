/**
 * What one pass over the booklet shares between the modules that lay it out:
 * the pdfkit document and its fonts, the page being filled, and what the pass
 * collects on the way (heading pages, the outline, link actions). booklet.ts
 * makes one per pass and hands it down explicitly.
 */
import type PDFDocument from 'pdfkit';
import type { BookletWords } from '../../i18n/booklet.js';
import type { PDFOutline, PDFReference } from 'pdfkit';
import type { FontKey, Run } from './blocks.js';
import type { DocumentFonts } from './fonts.js';
import type { Line, Measurer } from './line-layout.js';
import type { Geometry, Palette } from './style.js';
import type { Tag, Tagger } from './tagging.js';

export type PageKind = 'cover' | 'toc' | 'content' | 'blank' | 'back';

/**
 * Lines already set, by runs and then by width and type size. renderBooklet
 * hands the same one to both passes: they, and the look-ahead that keeps a
 * heading with what follows, set the same runs (the blocks' own) at the same
 * widths again and again. Lines are never changed once set.
 */
export type LineCache = WeakMap<Run[], Map<string, Line[]>>;

export interface BookletContext {
  readonly doc: PDFDocument;
  /** The booklet's fixed words, in its language (meta.ts). */
  readonly t: BookletWords;
  readonly tagger: Tagger;
  readonly geo: Geometry;
  readonly colors: Palette;
  /** Points at the A5 sizes, scaled to the page. */
  readonly s: (points: number) => number;
  /** Font file by key; fonts are switched by path. */
  readonly fonts: Record<FontKey, string>;
  readonly fontSelection: DocumentFonts;
  readonly measurer: Measurer;
  readonly laid: LineCache;
  /** The Document element. */
  readonly root: Tag;
  /** The kind of every page so far: its length is the current page's number. */
  readonly kinds: PageKind[];
  /** The kind of the pages a flow runs onto. */
  flowKind: PageKind;
  /** Top of what comes next on the current page. */
  y: number;
  /** Space owed before what comes next; dropped at the top of a page. */
  pendingGap: number;
  /** Page number of each heading drawn. */
  readonly headingPages: Map<string, number>;
  /** The open bookmarks, one per level, deepest last. */
  readonly outline: { level: number; item: PDFOutline }[];
  /** Shared link actions by URL (see navigation.ts). */
  readonly uriActions: Map<string, PDFReference>;
  /**
   * The Span of a word broken at a line end, by the element its lines belong
   * to, until the line that finishes the word is drawn (draw-line.ts). Keyed
   * by element: a table row draws all of one cell's lines before the next cell's.
   */
  readonly brokenWords: Map<Tag, Tag>;
}
