/**
 * The booklet (pjece) as a tagged PDF: cover, contents, the accepted text of
 * the standard, blank pages up to a multiple of four, and a back cover with
 * the facts and contacts. Everything is laid out here, line by line, so that
 * structure (H1–H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Link, TOC/TOCI) follows
 * reading order, decoration is marked as artifacts, and headings are never
 * left alone at the foot of a page.
 *
 * One call is one pass; renderBooklet runs it twice: the first pass only lays
 * out (nothing is drawn) to find the page of every heading and the number of
 * pages, the second draws the final booklet with the contents' page numbers
 * and the padding in place.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { PDFOutline, PDFReference, PDFStructureElement } from 'pdfkit';
import type { RenderInput } from '../types.js';
import type { Block, FontKey, HeadingBlock, ListBlock, Run, TableBlock } from './blocks.js';
import { clampLines, cutToWidth, layoutRuns, measureRuns, printable, type Line, type Measurer, type TextStyle } from './text.js';
import type { BookletMeta } from './meta.js';
import { emailLink, phoneLink, webLink, type Link } from '../html/facts.js';
import { DocumentFonts, fontCacheKey } from './fonts.js';
import { fontFiles, geometry, palette, type Geometry, type PageSize, type Palette } from './style.js';

export interface PassPlan {
  /** Page number (1-based) of each heading, for the contents; absent in the first pass. */
  headingPages?: Map<string, number>;
  /** Blank pages before the back cover. */
  padding: number;
}

export interface PassResult {
  pdf?: Uint8Array;
  headingPages: Map<string, number>;
  /** Pages before the back cover (cover, contents, text, padding). */
  bodyPages: number;
  backPages: number;
}

type PageKind = 'cover' | 'toc' | 'content' | 'blank' | 'back';

interface Tag {
  elem: PDFStructureElement;
  type: string;
}

interface Owner {
  tag: Tag;
  link?: { url: string; tag: Tag };
}

interface Styled extends TextStyle {
  color: string;
}

interface FlowContext {
  indent: number;
  listDepth: number;
  /** Runs with the top of the first line drawn (a list item's label goes there). */
  firstLine?: (top: number) => void;
  /** Put the first paragraph's text straight into this element (a list item's LBody) instead of a P. */
  direct?: Tag;
  /** Space after paragraphs (tighter inside lists). */
  gap?: number;
}

interface TableLayout {
  columns: number;
  style: Styled;
  padX: number;
  padY: number;
  width: number;
  widths: number[];
  offsets: number[];
  /** Lines of each cell, by row and column. */
  cells: Line[][][];
  rowHeight(lines: Line[][]): number;
  relayout(row: number, column: number, noHyphenAfter: ReadonlySet<number>): Line[];
}

interface TableSpec {
  rows: Run[][][];
  align: TableBlock['align'];
  /** The first row holds column headers (repeated on every page the table runs onto). */
  headerRow: boolean;
  /** The first column holds row headers. */
  headerColumn: boolean;
}

const EPSILON = 0.01;
/**
 * Widths (at 1000 units per em) and glyph coverage by font file (fontCacheKey), then by text:
 * shared by both passes and every booklet set in the same font file. Keyed in two steps so
 * that a look-up never builds a string of path and text.
 */
const sharedWidths = new Map<string, Map<string, number>>();
const sharedGlyphs = new Map<string, Map<string, boolean>>();
/** Entries kept per font file before a cache starts afresh (a worker renders booklet after booklet). */
const MAX_SHARED = 500_000;
/**
 * Most lines the kommune's name (and the subtitle, each fact in the panel),
 * the title on the cover and one entry in the contents take; the rest is left out with "…". None of them flows onto a new
 * page, so an overlong one would run off it.
 */
const COVER_NAME_LINES = 3;
/** URLs longer than this share one link action (see Booklet.link). */
const SHARED_ACTION_LENGTH = 500;
/** Longest URL quoted in a link's description for screen readers. */
const DESCRIBED_URL_LENGTH = 200;
const COVER_TITLE_LINES = 8;
const CONTENTS_LINES = 4;

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

/**
 * Keeps marked content and structure in step: one open marked-content sequence at a time.
 * Every drawing goes through here, so a pass that only measures (the first) skips them all:
 * nothing drawn changes where anything goes.
 */
class Tagger {
  private open: Tag | undefined;

  constructor(
    private readonly doc: PDFDocument,
    private readonly drawing: boolean,
  ) {}

  content(tag: Tag, draw: () => void): void {
    if (!this.drawing) return;
    if (this.open !== tag) {
      this.close();
      tag.elem.add(this.doc.markStructureContent(tag.type));
      this.open = tag;
    }
    draw();
  }

  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    if (!this.drawing) return;
    this.close();
    this.doc.markContent('Artifact', type ? { type } : undefined);
    draw();
    this.doc.endMarkedContent();
  }

  close(): void {
    if (this.open) {
      this.doc.endMarkedContent();
      this.open = undefined;
    }
  }
}

/**
 * Lines already set, by runs and then by width and type size. renderBooklet
 * hands the same one to both passes: they, and the look-ahead that keeps a
 * heading with what follows, set the same runs (the blocks' own) at the same
 * widths again and again. Lines are never changed once set.
 */
export type LineCache = WeakMap<Run[], Map<string, Line[]>>;

export function renderPass(
  input: RenderInput,
  meta: BookletMeta,
  blocks: Block[],
  size: PageSize,
  plan: PassPlan,
  laid: LineCache = new WeakMap(),
): Promise<PassResult> {
  return new Booklet(input, meta, blocks, size, plan, laid).render();
}

class Booklet {
  private readonly doc: PDFDocument;
  private readonly tagger: Tagger;
  private readonly geo: Geometry;
  private readonly colors: Palette;
  private readonly measurer: Measurer;
  private readonly root: Tag;
  private readonly kinds: PageKind[] = [];
  private readonly headingPages = new Map<string, number>();
  private readonly outline: { level: number; item: PDFOutline }[] = [];
  private readonly uriActions = new Map<string, PDFReference>();
  private readonly chunks: Uint8Array[] = [];
  private readonly fonts: Record<FontKey, string>;
  private readonly fontSelection: DocumentFonts;
  private flowKind: PageKind = 'content';
  private y = 0;
  private pendingGap = 0;

  constructor(
    private readonly input: RenderInput,
    private readonly meta: BookletMeta,
    private readonly blocks: Block[],
    size: PageSize,
    private readonly plan: PassPlan,
    private readonly laid: LineCache,
  ) {
    this.geo = geometry(size);
    this.colors = palette(input.theme);
    // Fonts are switched by path; each file is parsed once per thread (fonts.ts).
    this.fonts = fontFiles(input.theme);
    const author = meta.kommuner || meta.kommune;
    const info = {
      Title: new XmpSafeString(meta.title),
      ...(author ? { Author: new XmpSafeString(author) } : {}),
      Subject: new XmpSafeString(
        `Kvalitetsstandard for social behandling af stofmisbrug${meta.area ? ` (${meta.area})` : ''}${meta.kommune ? `, ${meta.kommune}` : ''}`,
      ),
      Keywords: new XmpSafeString(
        ['kvalitetsstandard', 'stofmisbrug', 'social behandling', 'serviceloven § 101', ...meta.kommuner.split(' og ')].filter(Boolean).join(', '),
      ),
      Creator: new XmpSafeString('kvalitetsstandard (kvs)'),
      Producer: new XmpSafeString('PDFKit'),
      CreationDate: meta.date,
      ModDate: meta.date,
    };
    this.doc = new PDFDocument({
      size,
      margin: 0,
      autoFirstPage: false,
      bufferPages: true,
      tagged: true,
      pdfVersion: '1.7',
      subset: 'PDF/UA',
      lang: 'da-DK',
      displayTitle: true,
      pageLayout: 'twoPageRight',
      // No font yet (so pdfkit never loads a standard-14 font); the text font comes first, just below.
      font: null,
      info,
    });
    this.fontSelection = new DocumentFonts(this.doc);
    this.fontSelection.use(this.fonts.regular);
    this.doc.on('data', (chunk) => this.chunks.push(chunk));
    this.tagger = new Tagger(this.doc, plan.headingPages !== undefined);
    this.measurer = this.makeMeasurer();
    const documentElement = this.doc.struct('Document');
    this.doc.addStructure(documentElement);
    this.root = { elem: documentElement, type: 'Document' };
  }

  async render(): Promise<PassResult> {
    this.cover();
    this.contents();
    this.flowKind = 'content';
    this.newPage('content');
    this.renderBlocks(this.blocks, this.root, { indent: 0, listDepth: 0 });
    this.tagger.close();
    for (let i = 0; i < this.plan.padding; i++) this.newPage('blank');
    const bodyPages = this.kinds.length;
    this.back();
    this.tagger.close();
    const backPages = this.kinds.length - bodyPages;
    const result: PassResult = { headingPages: this.headingPages, bodyPages, backPages };
    if (!this.plan.headingPages) return result;
    this.pageFurniture();
    this.root.elem.end();
    const done = new Promise<void>((resolve, reject) => {
      this.doc.on('end', () => resolve());
      this.doc.on('error', reject);
    });
    this.doc.end();
    await done;
    result.pdf = concat(this.chunks);
    return result;
  }

  // ---------------------------------------------------------------------------
  // Pages and space

  private get pageNumber(): number {
    return this.kinds.length;
  }

  private get top(): number {
    return this.geo.top;
  }

  private get bottom(): number {
    return this.geo.height - this.geo.bottom;
  }

  private get contentWidth(): number {
    return this.geo.width - this.geo.inner - this.geo.outer;
  }

  /** Left edge of the text on the current page: odd pages are right-hand pages, the spine on their left. */
  private get left(): number {
    return this.pageNumber % 2 === 1 ? this.geo.inner : this.geo.outer;
  }

  private newPage(kind: PageKind): void {
    this.tagger.close();
    this.doc.addPage({ size: this.geo.size, margin: 0 });
    this.kinds.push(kind);
    this.y = this.top;
    this.pendingGap = 0;
  }

  private gap(amount: number): void {
    this.pendingGap = Math.max(this.pendingGap, amount);
  }

  private get atTop(): boolean {
    return this.y <= this.top + EPSILON;
  }

  /** Room for `need` points below the pending gap, or a new page. */
  private reserve(need: number): void {
    if (!this.atTop) {
      if (this.y + this.pendingGap + need > this.bottom + EPSILON) this.newPage(this.flowKind);
      else this.y += this.pendingGap;
    }
    this.pendingGap = 0;
  }

  // ---------------------------------------------------------------------------
  // Type

  private s(points: number): number {
    return points * this.geo.scale;
  }

  private get body(): Styled {
    return { size: this.s(11), leading: this.s(15.6), hyphenate: true, color: this.colors.text };
  }

  private headingStyle(level: number): Styled & { before: number; after: number; font: FontKey } {
    const s = (n: number) => this.s(n);
    switch (level) {
      case 1:
        return { size: s(20), leading: s(24), hyphenate: false, color: this.colors.primary, before: s(26), after: s(10), font: 'bold' };
      case 2:
        return { size: s(14.5), leading: s(18.5), hyphenate: false, color: this.colors.primary, before: s(20), after: s(6), font: 'bold' };
      case 3:
        return { size: s(12), leading: s(16), hyphenate: false, color: this.colors.text, before: s(14), after: s(4), font: 'bold' };
      default:
        return { size: s(11), leading: s(15.6), hyphenate: false, color: this.colors.text, before: s(12), after: s(3), font: 'boldItalic' };
    }
  }

  private baseline(style: TextStyle): number {
    return (style.leading - style.size) / 2 + style.size * 0.8;
  }

  private font(key: FontKey, size: number): PDFDocument {
    return this.fontSelection.use(this.fonts[key]).fontSize(size);
  }

  private makeMeasurer(): Measurer {
    const widths = perFont(this.fonts, sharedWidths);
    const glyphs = perFont(this.fonts, sharedGlyphs);
    return {
      width: (text, font, size) => {
        const cache = widths[font];
        let width = cache.get(text);
        if (width === undefined) {
          width = this.font(font, 1000).widthOfString(text);
          if (cache.size > MAX_SHARED) cache.clear();
          cache.set(text, width);
        }
        return (width * size) / 1000;
      },
      hasGlyph: (char, font) => {
        const cache = glyphs[font];
        let has = cache.get(char);
        if (has === undefined) {
          const fontkit = this.fontSelection.use(this.fonts[font])._font.font;
          const codePoint = char.codePointAt(0) ?? 0;
          has = codePoint < 0x20 ? false : fontkit ? fontkit.hasGlyphForCodePoint(codePoint) : true;
          cache.set(char, has);
        }
        return has;
      },
    };
  }

  private lines(runs: Run[], width: number, style: TextStyle): Line[] {
    let byMeasure = this.laid.get(runs);
    if (!byMeasure) {
      byMeasure = new Map();
      this.laid.set(runs, byMeasure);
    }
    // layoutRuns reads only the size and hyphenation of the style.
    const key = `${width} ${style.size} ${style.hyphenate}`;
    let lines = byMeasure.get(key);
    if (!lines) {
      lines = layoutRuns(runs, width, style, this.measurer);
      byMeasure.set(key, lines);
    }
    return lines;
  }

  // ---------------------------------------------------------------------------
  // Structure

  private element(type: string, parent: Tag, options?: Parameters<PDFDocument['struct']>[1]): Tag {
    const elem = this.doc.struct(type, options);
    parent.elem.add(elem);
    return { elem, type };
  }

  private endLink(owner: Owner): void {
    if (owner.link) {
      owner.link.tag.elem.end();
      delete owner.link;
    }
  }

  /** Draws one line; `top` is the top of its line box, `indent` is from the left text edge. */
  private drawLine(line: Line, owner: Owner, indent: number, top: number, style: Styled, offset = 0): void {
    const doc = this.doc;
    const baseline = top + this.baseline(style);
    const x0 = this.left + indent + offset;
    for (const fragment of line.fragments) {
      let tag = owner.tag;
      if (fragment.link) {
        if (owner.link?.url !== fragment.link) {
          this.endLink(owner);
          owner.link = { url: fragment.link, tag: this.element('Link', owner.tag) };
        }
        tag = owner.link!.tag;
      } else if (owner.link && fragment.text.trim()) {
        this.endLink(owner);
      }
      const x = x0 + fragment.x;
      const color = fragment.link ? this.colors.primary : style.color;
      const visible = fragment.text.replace(/\s+$/, '');
      const visibleWidth = this.measurer.width(visible, fragment.font, style.size);
      this.tagger.content(tag, () => {
        this.font(fragment.font, style.size).fillColor(color).text(drawn(fragment.text), x, baseline, { lineBreak: false, baseline: 'alphabetic' });
        if (fragment.link && visible) {
          doc
            .save()
            .lineWidth(Math.max(0.5, style.size / 18))
            .moveTo(x, baseline + style.size * 0.14)
            .lineTo(x + visibleWidth, baseline + style.size * 0.14)
            .stroke(color)
            .restore();
        }
      });
      if (fragment.link && visible && owner.link) {
        this.link(x, top, visibleWidth, style.leading, fragment.link, owner.link.tag.elem);
      }
    }
    if (line.hyphen) {
      const { font, link, x } = line.hyphen;
      // The hyphen of a word broken at the line end is layout, not text: screen readers skip it.
      this.tagger.artifact(() => {
        this.font(font, style.size)
          .fillColor(link ? this.colors.primary : style.color)
          .text('-', x0 + x, baseline, { lineBreak: false, baseline: 'alphabetic' });
      }, 'Layout');
    }
  }

  /**
   * A link annotation. A long URL broken over many lines gets one action that
   * all its annotations point to: with a copy in each, a link of n characters
   * made the PDF grow with n² (60 MB for 30,000). Short ones keep their own,
   * so booklets stay byte for byte as before.
   */
  private link(x: number, top: number, width: number, height: number, url: string, structParent: PDFStructureElement): void {
    const options = { structParent, Contents: new String(linkDescription(url)) };
    if (url.length <= SHARED_ACTION_LENGTH) {
      this.doc.link(x, top, width, height, url, options);
      return;
    }
    let action = this.uriActions.get(url);
    if (!action) {
      action = this.doc.ref({ S: 'URI', URI: new String(url) });
      action.end();
      this.uriActions.set(url, action);
    }
    this.doc.annotate(x, top, width, height, { ...options, Subtype: 'Link', A: action });
  }

  /**
   * Lines of one block, split across pages with at least two lines on each
   * side of a break and no hyphenated word across the turn (`relayout` sets
   * the lines again with that line ending at a space). `onFirstLine` runs
   * before the first line is drawn (list labels).
   */
  private flowLines(
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
      const room = Math.floor((this.bottom - this.y + EPSILON) / style.leading);
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
        if (!this.atTop) {
          this.newPage(this.flowKind);
          continue;
        }
        take = Math.max(1, Math.min(room, remaining));
      }
      for (let i = 0; i < take; i++) {
        const line = lines[index + i]!;
        if (index + i === 0) onFirstLine?.(this.y);
        this.drawLine(line, owner, indent, this.y, style);
        this.y += style.leading;
      }
      index += take;
      if (index < lines.length) this.newPage(this.flowKind);
    }
  }

  // ---------------------------------------------------------------------------
  // Blocks

  private renderBlocks(blocks: Block[], parent: Tag, context: FlowContext): void {
    blocks.forEach((block, index) => {
      const firstLine = index === 0 ? context.firstLine : undefined;
      const { indent } = context;
      switch (block.kind) {
        case 'heading':
          this.heading(block, parent, indent, blocks[index + 1], blocks[index + 2], firstLine);
          break;
        case 'paragraph':
          if (index === 0 && context.direct) this.paragraph(block.runs, context.direct, indent, firstLine, this.body, context.gap, false);
          else this.paragraph(block.runs, this.element('P', parent), indent, firstLine, this.body, context.gap);
          break;
        case 'list':
          this.list(block, parent, indent, context.listDepth, firstLine);
          break;
        case 'table':
          this.table({ rows: block.rows, align: block.align, headerRow: true, headerColumn: false }, parent, indent, firstLine);
          break;
        case 'quote':
          this.quote(block.blocks, parent, context, firstLine);
          break;
        case 'code':
          this.code(block.text, parent, indent, firstLine);
          break;
        case 'rule':
          this.rule(indent);
          break;
      }
    });
  }

  private paragraph(runs: Run[], tag: Tag, indent: number, firstLine?: (top: number) => void, style: Styled = this.body, after = this.s(7), end = true): void {
    const width = this.contentWidth - indent;
    const lines = this.lines(runs, width, style);
    const owner: Owner = { tag };
    this.reserve(firstChunk(lines.length) * style.leading);
    this.flowLines(lines, owner, indent, style, firstLine, (noHyphenAfter) => layoutRuns(runs, width, style, this.measurer, noHyphenAfter));
    this.endLink(owner);
    if (end) tag.elem.end();
    this.gap(after);
  }

  /** Height that must stay with a heading: the first two lines (or row, item) of what follows. */
  private lead(block: Block | undefined, indent: number, following?: Block): number {
    if (!block) return 0;
    const body = this.body;
    switch (block.kind) {
      case 'heading': {
        const style = this.headingStyle(block.level);
        const lines = this.lines(headingRuns(block, style.font), this.contentWidth - indent, style).length;
        return lines * style.leading + style.after + this.lead(following, indent);
      }
      case 'paragraph':
        return firstChunk(this.lines(block.runs, this.contentWidth - indent, body).length) * body.leading;
      case 'list': {
        const first = block.items[0]?.[0];
        return first ? this.lead(first, indent + this.s(16), block.items[0]?.[1]) : 0;
      }
      case 'table': {
        const layout = this.tableLayout({ rows: block.rows, align: block.align, headerRow: true, headerColumn: false }, indent);
        if (!layout) return 0;
        return this.s(4) + this.tableLead(layout, true);
      }
      case 'quote':
        return this.lead(block.blocks[0], indent + this.s(14), block.blocks[1]);
      case 'code':
        return firstChunk(block.text.trim().split('\n').length) * body.leading;
      case 'rule':
        return 0;
    }
  }

  private heading(block: HeadingBlock, parent: Tag, indent: number, next: Block | undefined, following: Block | undefined, firstLine?: (top: number) => void): void {
    const level = Math.min(6, Math.max(1, block.level));
    const style = this.headingStyle(level);
    const width = this.contentWidth - indent;
    const lines = this.lines(headingRuns(block, style.font), width, style);
    const keep = Math.min(this.bottom - this.top - lines.length * style.leading, style.after + this.lead(next, indent, following));
    const mark = level === 1 ? this.s(7) : 0;
    this.gap(style.before);
    this.reserve(mark + lines.length * style.leading + Math.max(0, keep));
    const tag = this.element(`H${level}`, parent);
    const top = this.y;
    if (mark) {
      // A short bar in the accent colour marks the main headings.
      const x = this.left + indent;
      this.tagger.artifact(() => {
        this.doc
          .rect(x, top, this.s(level === 1 ? 34 : 22), this.s(level === 1 ? 3 : 2.2))
          .fill(this.colors.accent);
      }, 'Layout');
      this.y += mark;
    }
    this.doc.addNamedDestination(block.id, 'XYZ', 0, top, null);
    this.headingPages.set(block.id, this.pageNumber);
    this.bookmark(block.text, level, top);
    const owner: Owner = { tag };
    firstLine?.(this.y);
    this.flowLines(lines, owner, indent, style);
    this.endLink(owner);
    tag.elem.end();
    this.gap(style.after);
  }

  private bookmark(title: string, level: number, top: number): void {
    while (this.outline.length > 0 && this.outline[this.outline.length - 1]!.level >= level) this.outline.pop();
    const parent = this.outline[this.outline.length - 1]?.item ?? this.doc.outline;
    const item = parent.addItem(title, { top: Math.max(0, top - this.s(12)), left: this.geo.width, expanded: level <= 1 });
    this.outline.push({ level, item });
  }

  private list(block: ListBlock, parent: Tag, indent: number, depth: number, firstLine?: (top: number) => void): void {
    const list = this.element('L', parent);
    list.elem.dictionary.data.A = { O: 'List', ListNumbering: block.ordered ? 'Decimal' : depth % 2 === 0 ? 'Disc' : 'Circle' };
    const body = this.body;
    const labels = block.items.map((_, i) => (block.ordered ? `${block.start + i}.` : bullet(depth)));
    const labelFont: FontKey = block.ordered ? 'bold' : 'regular';
    const labelWidth = block.ordered
      ? Math.max(...labels.map((label) => this.measurer.width(label, labelFont, body.size))) + this.s(6)
      : this.s(14);
    let first = firstLine;
    block.items.forEach((blocks, i) => {
      if (i > 0) this.gap(this.s(block.spread ? 5 : 3));
      const item = this.element('LI', list);
      const lbl = this.element('Lbl', item);
      const lbody = this.element('LBody', item);
      const label = labels[i]!;
      const drawLabel = (top: number) => {
        first?.(top);
        first = undefined;
        const width = this.measurer.width(label, labelFont, body.size);
        const x = block.ordered ? this.left + indent + labelWidth - this.s(6) - width : this.left + indent + this.s(2);
        this.tagger.content(lbl, () => {
          this.font(labelFont, body.size)
            .fillColor(this.colors.primary)
            .text(label, x, top + this.baseline(body), { lineBreak: false, baseline: 'alphabetic' });
        });
      };
      this.renderBlocks(blocks, lbody, {
        indent: indent + labelWidth,
        listDepth: depth + 1,
        firstLine: drawLabel,
        direct: lbody,
        gap: this.s(block.spread ? 5 : 3),
      });
      lbl.elem.end();
      lbody.elem.end();
      item.elem.end();
    });
    list.elem.end();
    this.gap(this.s(7));
  }

  private quote(blocks: Block[], parent: Tag, context: FlowContext, firstLine?: (top: number) => void): void {
    const { indent } = context;
    const tag = this.element('BlockQuote', parent);
    const startPage = this.pageNumber;
    this.reserve(this.lead(blocks[0], indent + this.s(14), blocks[1]));
    const start = this.y;
    firstLine?.(start);
    this.renderBlocks(blocks, tag, { indent: indent + this.s(14), listDepth: context.listDepth });
    if (this.pageNumber === startPage) {
      const x = this.left + indent + this.s(3);
      this.tagger.artifact(() => {
        this.doc.rect(x, start, this.s(2.5), this.y - start).fill(this.colors.tint);
      }, 'Layout');
    }
    tag.elem.end();
  }

  private code(text: string, parent: Tag, indent: number, firstLine?: (top: number) => void): void {
    const runs: Run[] = [];
    text.replace(/\s+$/, '').split('\n').forEach((line, i) => {
      if (i > 0) runs.push({ text: '\n', font: 'regular' });
      // Indentation and runs of spaces in code are kept: no-break spaces survive the line breaking.
      runs.push({ text: line.replace(/\t/g, '    ').replace(/ {2,}|^ /g, (spaces) => '\u00A0'.repeat(spaces.length)) || ' ', font: 'regular' });
    });
    const tag = this.element('P', parent);
    this.paragraph(runs, tag, indent + this.s(10), firstLine, { ...this.body, hyphenate: false });
  }

  private rule(indent: number): void {
    this.gap(this.s(10));
    this.reserve(this.s(12));
    const y = this.y + this.s(5);
    const x = this.left + indent;
    this.tagger.artifact(() => {
      this.doc.save().lineWidth(0.75).moveTo(x, y).lineTo(x + this.s(60), y).stroke(this.colors.accent).restore();
    }, 'Layout');
    this.y += this.s(12);
    this.gap(this.s(10));
  }

  // ---------------------------------------------------------------------------
  // Tables

  /** Column widths and the lines of every cell; header cells are set in bold. */
  private tableLayout(spec: TableSpec, indent: number): TableLayout | undefined {
    const columns = Math.max(0, ...spec.rows.map((row) => row.length));
    if (columns === 0 || spec.rows.length === 0) return undefined;
    const style: Styled = { size: this.s(9.8), leading: this.s(13.4), hyphenate: true, color: this.colors.text };
    const padX = this.s(5);
    const padY = this.s(4);
    const width = this.contentWidth - indent;
    const isHeader = (row: number, column: number) => (spec.headerRow && row === 0) || (spec.headerColumn && column === 0);
    const runsOf = (row: number, column: number): Run[] => {
      const runs = spec.rows[row]?.[column] ?? [];
      return isHeader(row, column) ? runs.map((run) => ({ ...run, font: boldOf(run.font) })) : runs;
    };
    // Headers are set whole (in bold, no hyphenation): they are read again and again.
    const styleOf = (row: number, column: number): Styled => (isHeader(row, column) ? { ...style, hyphenate: false } : style);
    const rowHeader = (_row: number, column: number) => spec.headerColumn && column === 0;
    const widths = this.columnWidths(spec.rows.length, columns, runsOf, styleOf, rowHeader, width, padX);
    const offsets = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w, 0));
    const cells = spec.rows.map((_, r) =>
      Array.from({ length: columns }, (_unused, c) => this.lines(runsOf(r, c), widths[c]! - 2 * padX, styleOf(r, c))),
    );
    const rowHeight = (lines: Line[][]) => Math.max(1, ...lines.map((l) => l.length)) * style.leading + 2 * padY;
    const relayout = (r: number, c: number, noHyphenAfter: ReadonlySet<number>) =>
      layoutRuns(runsOf(r, c), widths[c]! - 2 * padX, styleOf(r, c), this.measurer, noHyphenAfter);
    return { columns, style, padX, padY, width, widths, offsets, cells, rowHeight, relayout };
  }

  /** The header row and the first row, or its first two lines when the row is split anyway (taller than a page). */
  private tableLead(layout: TableLayout, headerRow: boolean): number {
    const header = headerRow ? layout.rowHeight(layout.cells[0]!) : 0;
    const first = layout.cells[headerRow ? 1 : 0];
    if (!first) return header;
    const height = layout.rowHeight(first);
    const splits = height > this.bottom - this.top - header;
    return header + (splits ? layout.rowHeight(first.map((lines) => lines.slice(0, 2))) : height);
  }

  private table(spec: TableSpec, parent: Tag, indent: number, firstLine?: (top: number) => void): void {
    const layout = this.tableLayout(spec, indent);
    if (!layout) return;
    const { columns, style, padX, padY, widths, offsets, cells, rowHeight } = layout;
    const tableWidth = layout.width;
    const headerHeight = spec.headerRow ? rowHeight(cells[0]!) : 0;
    const table = this.element('Table', parent);

    const drawRow = (lines: Line[][], tags: Tag[] | undefined, header: boolean) => {
      const top = this.y;
      const height = rowHeight(lines);
      const x = this.left + indent;
      this.tagger.artifact(() => {
        if (header) this.doc.rect(x, top, tableWidth, height).fill(this.colors.tint);
        else if (spec.headerColumn) this.doc.rect(x, top, widths[0]!, height).fill(this.colors.tint);
        this.doc
          .save()
          .lineWidth(header ? 1 : 0.5)
          .moveTo(x, top + height)
          .lineTo(x + tableWidth, top + height)
          .stroke(header ? this.colors.primary : this.colors.hairline)
          .restore();
      }, 'Layout');
      lines.forEach((cellLines, c) => {
        const owner: Owner | undefined = tags ? { tag: tags[c]! } : undefined;
        const align = spec.align[c];
        const inner = widths[c]! - 2 * padX;
        cellLines.forEach((line, i) => {
          const offset = align === 'right' ? inner - line.width : align === 'center' ? (inner - line.width) / 2 : 0;
          const lineTop = top + padY + i * style.leading;
          // Header rows repeated on a new page are pagination artifacts: read once, printed on every page.
          if (owner) this.drawLine(line, owner, indent + offsets[c]! + padX + offset, lineTop, style);
          else this.tagger.artifact(() => this.drawPlain(line, indent + offsets[c]! + padX + offset, lineTop, style), 'Pagination');
        });
        if (owner) this.endLink(owner);
      });
      this.y = top + height;
    };

    this.gap(this.s(4));
    this.reserve(this.tableLead(layout, spec.headerRow));
    firstLine?.(this.y);

    for (let r = 0; r < spec.rows.length; r++) {
      const header = spec.headerRow && r === 0;
      const tr = this.element('TR', table);
      const tags = Array.from({ length: columns }, (_, c) => {
        if (header) return this.element('TH', tr, { scope: 'Column' });
        return spec.headerColumn && c === 0 ? this.element('TH', tr, { scope: 'Row' }) : this.element('TD', tr);
      });
      let full = cells[r]!;
      const consumed = new Array<number>(columns).fill(0);
      const noHyphenAfter = Array.from({ length: columns }, () => new Set<number>());
      for (;;) {
        const remaining = full.map((lines, c) => lines.slice(consumed[c]));
        const height = rowHeight(remaining);
        if (this.y + height <= this.bottom + EPSILON) {
          drawRow(remaining, tags, header);
          break;
        }
        const room = Math.floor((this.bottom - this.y - 2 * padY + EPSILON) / style.leading);
        const fresh = this.y <= this.top + headerHeight + EPSILON;
        if (!header && (room >= 2 || (fresh && room >= 1)) && height > this.bottom - this.top - headerHeight) {
          // A row taller than a page is split between lines and goes on below the repeated header;
          // a cell is set again where a word would be hyphenated across the turn.
          let again = false;
          full = full.map((lines, c) => {
            const last = consumed[c]! + room - 1;
            if (!lines[last]?.hyphen || noHyphenAfter[c]!.has(last)) return lines;
            noHyphenAfter[c]!.add(last);
            again = true;
            return layout.relayout(r, c, noHyphenAfter[c]!);
          });
          if (again) continue;
          drawRow(remaining.map((lines) => lines.slice(0, room)), tags, false);
          full.forEach((lines, c) => (consumed[c] = Math.min(lines.length, consumed[c]! + room)));
        }
        this.newPage(this.flowKind);
        if (!header && spec.headerRow) drawRow(cells[0]!, undefined, true);
      }
      for (const tag of tags) tag.elem.end();
      tr.elem.end();
    }
    table.elem.end();
    this.gap(this.s(9));
  }

  /** Column widths: every column at least its longest word, the rest shared by natural width. */
  private columnWidths(
    rows: number,
    columns: number,
    cellRuns: (r: number, c: number) => Run[],
    cellStyle: (r: number, c: number) => TextStyle,
    rowHeader: (r: number, c: number) => boolean,
    total: number,
    padX: number,
  ): number[] {
    const minimum = new Array<number>(columns).fill(0);
    const natural = new Array<number>(columns).fill(0);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const measured = measureRuns(cellRuns(r, c), cellStyle(r, c), this.measurer);
        // A short row header ("Næste revision") keeps to one line.
        const keepWhole = rowHeader(r, c) && measured.natural + 2 * padX <= total * 0.35;
        minimum[c] = Math.max(minimum[c]!, (keepWhole ? measured.natural : measured.minimum) + 2 * padX);
        natural[c] = Math.max(natural[c]!, measured.natural + 2 * padX);
      }
    }
    const floor = Math.min(total / columns, this.s(36));
    const min = minimum.map((m) => Math.min(Math.max(m, floor), total * 0.45));
    const nat = natural.map((n, c) => Math.max(n, min[c]!));
    const sumNat = nat.reduce((a, b) => a + b, 0);
    if (sumNat <= total) return nat.map((n) => (n / sumNat) * total);
    const sumMin = min.reduce((a, b) => a + b, 0);
    if (sumMin >= total) return min.map((m) => (m / sumMin) * total);
    const spare = total - sumMin;
    const want = nat.map((n, c) => n - min[c]!);
    const sumWant = want.reduce((a, b) => a + b, 0) || 1;
    return min.map((m, c) => m + (want[c]! / sumWant) * spare);
  }

  /** A line drawn without structure (inside an artifact): repeated table headers. */
  private drawPlain(line: Line, indent: number, top: number, style: Styled): void {
    const baseline = top + this.baseline(style);
    for (const fragment of line.fragments) {
      this.font(fragment.font, style.size)
        .fillColor(style.color)
        .text(drawn(fragment.text), this.left + indent + fragment.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    }
    if (line.hyphen) {
      this.font(line.hyphen.font, style.size).text('-', this.left + indent + line.hyphen.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    }
  }

  // ---------------------------------------------------------------------------
  // Cover, contents, back cover

  private cover(): void {
    this.newPage('cover');
    this.flowKind = 'cover';
    const doc = this.doc;
    const { meta } = this;
    const left = this.left;
    const width = this.contentWidth;
    const section = this.element('Sect', this.root);
    let y = this.top;

    const logo = this.input.theme.logo;
    const png = logo && /\.png$/i.test(logo) ? readPng(logo) : undefined;
    if (png) {
      const maxWidth = this.s(140);
      const maxHeight = this.s(46);
      const scale = Math.min(maxWidth / png.width, maxHeight / png.height);
      const w = png.width * scale;
      const h = png.height * scale;
      const figure = this.element('Figure', section, {
        alt: `${meta.kommune || 'Kommunens'} logo`,
        bbox: [left, y, left + w, y + h],
        placement: 'Block',
      });
      this.tagger.content(figure, () => {
        doc.image(png.data, left, y, { width: w, height: h });
      });
      figure.elem.end();
      y += h + this.s(14);
    }
    // SVG logos are left out: pdfkit draws no SVG, and the kommune's name stands in their place.
    if (meta.kommune) {
      const tag = this.element('P', section);
      const style: Styled = { size: this.s(13), leading: this.s(17), hyphenate: false, color: this.colors.primary };
      for (const line of clampLines(this.lines([{ text: meta.kommuner || meta.kommune, font: 'bold' }], width, style), COVER_NAME_LINES, width, style, this.measurer)) {
        this.drawLine(line, { tag }, 0, y, style);
        y += style.leading;
      }
      tag.elem.end();
    }

    // The title sits a little above the middle, after a short bar in the accent colour.
    // A long title steps down in size rather than run into the panel at the foot.
    let titleStyle: Styled = { size: this.s(25), leading: this.s(29.5), hyphenate: false, color: this.colors.primary };
    let titleLines = this.lines([{ text: meta.title, font: 'bold' }], width, titleStyle);
    for (const size of [21, 18, 15]) {
      if (titleLines.length <= 5) break;
      titleStyle = { ...titleStyle, size: this.s(size), leading: this.s(size * 1.18), hyphenate: true };
      titleLines = this.lines([{ text: meta.title, font: 'bold' }], width, titleStyle);
    }
    titleLines = clampLines(titleLines, COVER_TITLE_LINES, width, titleStyle, this.measurer);
    y = Math.max(y + this.s(30), this.geo.height * 0.3);
    this.tagger.artifact(() => {
      doc.rect(left, y, this.s(44), this.s(4)).fill(this.colors.accent);
    }, 'Layout');
    y += this.s(18);
    if (meta.draft) {
      const tag = this.element('P', section);
      const style: Styled = { size: this.s(11), leading: this.s(15), hyphenate: false, color: this.colors.accent };
      for (const line of this.lines([{ text: 'UDKAST – ikke godkendt', font: 'bold' }], width, style)) {
        this.drawLine(line, { tag }, 0, y, style);
        y += style.leading;
      }
      tag.elem.end();
      y += this.s(4);
    }
    const title = this.element('H1', section);
    for (const line of titleLines) {
      this.drawLine(line, { tag: title }, 0, y, titleStyle);
      y += titleStyle.leading;
    }
    title.elem.end();
    const subtitle = coverSubtitle(meta.area);
    if (subtitle) {
      y += this.s(10);
      const tag = this.element('P', section);
      const style: Styled = { size: this.s(12.5), leading: this.s(17), hyphenate: false, color: this.colors.text };
      for (const line of clampLines(this.lines([{ text: subtitle, font: 'regular' }], width, style), COVER_NAME_LINES, width, style, this.measurer)) {
        this.drawLine(line, { tag }, 0, y, style);
        y += style.leading;
      }
      tag.elem.end();
    }

    // The panel at the foot: who approved it and when, and when it is revised.
    const facts: Run[][] = [];
    if (meta.approved || meta.approvedBy) {
      facts.push([
        { text: 'Godkendt', font: 'bold' },
        { text: ` ${meta.approvedBy ? `af ${meta.approvedBy}` : ''}${meta.approved ? `${meta.approvedBy ? ' ' : ''}${keepTogether(approvalPhrase(meta.approved))}` : ''}`, font: 'regular' },
      ]);
    }
    if (meta.revision) facts.push([{ text: 'Næste revision', font: 'bold' }, { text: ` ${keepTogether(meta.revision)}`, font: 'regular' }]);
    if (facts.length > 0) {
      const style: Styled = { size: this.s(10.5), leading: this.s(14.5), hyphenate: false, color: this.colors.onPrimary };
      const pad = this.s(14);
      const laid = facts.map((runs) => clampLines(this.lines(runs, width - 2 * pad, style), COVER_NAME_LINES, width - 2 * pad, style, this.measurer));
      const height = laid.reduce((sum, lines) => sum + lines.length * style.leading, 0) + (laid.length - 1) * this.s(5) + 2 * pad;
      const top = this.bottom - height;
      this.tagger.artifact(() => {
        doc.roundedRect(left, top, width, height, this.s(4)).fill(this.colors.primary);
      }, 'Layout');
      let lineTop = top + pad;
      laid.forEach((lines, i) => {
        const tag = this.element('P', section);
        for (const line of lines) {
          this.drawLine(line, { tag }, pad, lineTop, style);
          lineTop += style.leading;
        }
        tag.elem.end();
        if (i < laid.length - 1) lineTop += this.s(5);
      });
    }
    section.elem.end();
    this.tagger.close();
  }

  private contents(): void {
    const entries = this.blocks.filter((block): block is HeadingBlock => block.kind === 'heading' && block.level <= 2);
    if (entries.length === 0) return;
    this.flowKind = 'toc';
    this.newPage('toc');
    const titleStyle = this.headingStyle(1);
    const titleTag = this.element('H1', this.root);
    const top = this.y;
    this.tagger.artifact(() => {
      this.doc.rect(this.left, top, this.s(34), this.s(3)).fill(this.colors.accent);
    }, 'Layout');
    this.y += this.s(7);
    this.doc.addNamedDestination('indhold', 'XYZ', 0, top, null);
    this.bookmark('Indhold', 1, top);
    for (const line of this.lines([{ text: 'Indhold', font: 'bold' }], this.contentWidth, titleStyle)) {
      this.drawLine(line, { tag: titleTag }, 0, this.y, titleStyle);
      this.y += titleStyle.leading;
    }
    titleTag.elem.end();
    this.gap(this.s(12));
    const toc = this.element('TOC', this.root);

    const numberWidth = this.s(30);
    const hasTop = entries.some((e) => e.level === 1);
    const entryStyle = (entry: HeadingBlock, compact: boolean) => {
      const sub = entry.level > 1 && hasTop;
      const size = this.s(sub ? 10.5 : 11);
      const leading = this.s(compact ? (sub ? 13.4 : 14.4) : sub ? 14.5 : 15.5);
      const gap = this.s(compact ? (sub ? 1.5 : 5) : sub ? 3 : 7);
      return { sub, indent: sub ? this.s(12) : 0, font: (sub ? 'regular' : 'bold') as FontKey, gap, style: { size, leading, hyphenate: false, color: this.colors.text } };
    };
    // Spacing is tightened when that saves a page of contents.
    const pagesFor = (compact: boolean) => {
      let y = this.y + this.s(12);
      let pages = 1;
      for (const entry of entries) {
        const { indent, font, gap, style } = entryStyle(entry, compact);
        const height = Math.min(CONTENTS_LINES, this.lines([{ text: entry.text, font }], this.contentWidth - indent - numberWidth, style).length) * style.leading;
        if (y + gap + height > this.bottom) {
          pages++;
          y = this.top + height;
        } else y += gap + height;
      }
      return pages;
    };
    const compact = pagesFor(true) < pagesFor(false);
    for (const entry of entries) {
      const { indent, font, gap, style } = entryStyle(entry, compact);
      const entryWidth = this.contentWidth - indent - numberWidth;
      const lines = clampLines(this.lines([{ text: entry.text, font }], entryWidth, style), CONTENTS_LINES, entryWidth, style, this.measurer);
      const height = lines.length * style.leading;
      this.gap(gap);
      this.reserve(height);
      const item = this.element('TOCI', toc);
      const link = this.element('Link', item);
      const entryTop = this.y;
      for (const line of lines) {
        this.drawLine(line, { tag: link }, indent, this.y, style);
        this.y += style.leading;
      }
      const page = this.plan.headingPages?.get(entry.id);
      const number = page !== undefined ? String(page) : '00';
      const numberStyle = { ...style, color: this.colors.primary };
      const width = this.measurer.width(number, 'bold', style.size);
      this.tagger.content(link, () => {
        this.font('bold', style.size)
          .fillColor(numberStyle.color)
          .text(number, this.left + this.contentWidth - width, this.y - style.leading + this.baseline(style), {
            lineBreak: false,
            baseline: 'alphabetic',
          });
      });
      this.doc.goTo(this.left + indent, entryTop, this.contentWidth - indent, height, entry.id, {
        structParent: link.elem,
        Contents: new String(`${entry.text}, side ${number}`),
      });
      link.elem.end();
      item.elem.end();
    }
    toc.elem.end();
    this.tagger.close();
  }

  private back(): void {
    this.flowKind = 'back';
    this.newPage('back');
    const { meta } = this;
    const section = this.element('Sect', this.root);
    const facts: [string, string][] = [];
    if (meta.kommuner) facts.push(['Kommune', meta.kommuner]);
    if (meta.area) facts.push(['Område', meta.area]);
    if (meta.legalBasis.length > 0) facts.push(['Lovgrundlag', meta.legalBasis.join('\n')]);
    if (meta.approvedBy) facts.push(['Godkendt af', meta.approvedBy]);
    if (meta.approved) facts.push(['Godkendt', meta.approved]);
    if (meta.revision) facts.push(['Næste revision', meta.revision]);
    if (meta.draft) facts.push(['Status', 'Udkast – ikke godkendt']);

    if (facts.length > 0) {
      this.sideHeading('Om kvalitetsstandarden', section);
      const rows = facts.map(([label, value]) => [[{ text: label, font: 'bold' as FontKey }], textRuns(value)]);
      this.table({ rows, align: [], headerRow: false, headerColumn: true }, section, 0);
    }

    if (meta.contacts.length > 0) {
      this.sideHeading('Kontakt', section);
      const list = this.element('L', section);
      list.elem.dictionary.data.A = { O: 'List', ListNumbering: 'None' };
      for (const contact of meta.contacts) {
        const runs: Run[] = [{ text: contact.navn, font: 'bold' }];
        if (contact.adresse) runs.push({ text: '\n', font: 'regular' }, { text: contact.adresse, font: 'regular' });
        // The same checks as the leaflet: only tel:, mailto: and http(s) links; anything else is shown as text.
        const links: Array<[string, string | undefined, Link | undefined]> = [
          ['Telefon ', contact.telefon, phoneLink(contact.telefon)],
          ['E-mail ', contact.email, emailLink(contact.email)],
          ['Web ', contact.web, webLink(contact.web)],
        ];
        for (const [label, value, link] of links) {
          if (!value) continue;
          runs.push({ text: '\n', font: 'regular' }, { text: label, font: 'regular' });
          runs.push(link ? { text: link.text, font: 'regular', link: link.href } : { text: value, font: 'regular' });
        }
        const item = this.element('LI', list);
        const lbody = this.element('LBody', item);
        this.paragraph(runs, lbody, 0);
        item.elem.end();
      }
      list.elem.end();
    }

    // "Udgivet af" at the foot of the back cover.
    if (meta.kommune) {
      const style: Styled = { size: this.s(10.5), leading: this.s(14.5), hyphenate: false, color: this.colors.primary };
      const runs: Run[] = [{ text: 'Udgivet af ', font: 'regular' }, { text: meta.kommuner || meta.kommune, font: 'bold' }];
      const lines = this.lines(runs, this.contentWidth, style);
      const height = lines.length * style.leading + this.s(14);
      if (this.y + this.s(20) + height > this.bottom) this.newPage('back');
      const top = this.bottom - height;
      const x = this.left;
      this.tagger.artifact(() => {
        this.doc.rect(x, top, this.s(34), this.s(3)).fill(this.colors.accent);
      }, 'Layout');
      const tag = this.element('P', section);
      let y = top + this.s(14);
      for (const line of lines) {
        this.drawLine(line, { tag }, 0, y, style);
        y += style.leading;
      }
      tag.elem.end();
    }
    section.elem.end();
  }

  private sideHeading(text: string, parent: Tag): void {
    const style = this.headingStyle(2);
    this.gap(style.before);
    this.reserve(this.s(5) + style.leading + style.after + this.s(40));
    const top = this.y;
    this.tagger.artifact(() => {
      this.doc.rect(this.left, top, this.s(22), this.s(2.2)).fill(this.colors.accent);
    }, 'Layout');
    this.y += this.s(5);
    const tag = this.element('H2', parent);
    this.bookmark(text, 1, top);
    for (const line of this.lines([{ text, font: 'bold' }], this.contentWidth, style)) {
      this.drawLine(line, { tag }, 0, this.y, style);
      this.y += style.leading;
    }
    tag.elem.end();
    this.gap(style.after);
  }

  /** Running header and "Side X af Y" on the contents and text pages, as pagination artifacts. */
  private pageFurniture(): void {
    this.tagger.close();
    const total = this.kinds.length;
    const header = `${this.meta.kommune ? `${this.meta.kommune} · ` : ''}${this.meta.shortTitle}`;
    const size = this.s(8.5);
    const headerText = fitText(printable(header, 'regular', this.measurer), this.contentWidth, (t) => this.measurer.width(t, 'regular', size));
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      const kind = this.kinds[i];
      if (kind !== 'toc' && kind !== 'content') continue;
      this.doc.switchToPage(i);
      const pageNumber = i + 1;
      const right = pageNumber % 2 === 1;
      const left = right ? this.geo.inner : this.geo.outer;
      const width = this.contentWidth;
      const headerWidth = this.measurer.width(headerText, 'regular', size);
      const headerBaseline = this.geo.top - this.s(22);
      const footer = `Side ${pageNumber} af ${total}`;
      const footerWidth = this.measurer.width(footer, 'regular', size);
      const footerBaseline = this.geo.height - this.geo.bottom + this.s(30);
      this.tagger.artifact(() => {
        this.font('regular', size)
          .fillColor(this.colors.muted)
          .text(headerText, right ? left + width - headerWidth : left, headerBaseline, { lineBreak: false, baseline: 'alphabetic' });
        this.doc
          .save()
          .lineWidth(0.4)
          .moveTo(left, headerBaseline + this.s(6))
          .lineTo(left + width, headerBaseline + this.s(6))
          .stroke(this.colors.hairline)
          .restore();
        this.font('regular', size)
          .fillColor(this.colors.muted)
          .text(footer, right ? left + width - footerWidth : left, footerBaseline, { lineBreak: false, baseline: 'alphabetic' });
      }, 'Pagination');
    }
  }
}

/** Document info strings that also read safely inside pdfkit's XMP packet. */
class XmpSafeString extends String {
  override toString(): string {
    return this.valueOf().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Text as drawn: a no-break space only keeps words together in the layout and
 * is set as a plain space, so every space in the PDF extracts as U+0020.
 */
function drawn(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

/** Lines that must open a block on a page: all of a block of up to three lines, else two. */
function firstChunk(lines: number): number {
  return lines <= 3 ? lines : 2;
}

function headingRuns(block: HeadingBlock, font: FontKey): Run[] {
  return block.runs.map((run) => ({ ...run, font: run.font === 'italic' || run.font === 'boldItalic' ? 'boldItalic' : font }));
}

function boldOf(font: FontKey): FontKey {
  return font === 'italic' || font === 'boldItalic' ? 'boldItalic' : 'bold';
}

function bullet(depth: number): string {
  return ['•', '–', '◦', '▪'][depth % 4]!;
}

function textRuns(text: string): Run[] {
  const runs: Run[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) runs.push({ text: '\n', font: 'regular' });
    runs.push({ text: line, font: 'regular' });
  });
  return runs;
}

function linkDescription(url: string): string {
  if (/^mailto:/i.test(url)) return `Send e-mail til ${shortened(url.slice(7))}`;
  if (/^tel:/i.test(url)) return `Ring til ${shortened(url.slice(4))}`;
  return `Link til ${shortened(url.replace(/^https?:\/\//i, '').replace(/\/$/, ''))}`;
}

/** A description quotes no more of an address than anyone would listen to. */
function shortened(text: string): string {
  if (text.length <= DESCRIBED_URL_LENGTH) return text;
  // Never half a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(DESCRIBED_URL_LENGTH - 1)) ? DESCRIBED_URL_LENGTH - 1 : DESCRIBED_URL_LENGTH;
  return `${text.slice(0, end)}…`;
}

function coverSubtitle(area: string | undefined): string | undefined {
  if (!area) return undefined;
  if (/^SEL\s*§\s*101$/i.test(area.trim())) return 'Social behandling af stofmisbrug efter serviceloven § 101';
  return area;
}

/** Spaces that must not break a line, as in "21. juni 2023". */
function keepTogether(text: string): string {
  return text.replace(/ /g, '\u00A0');
}

function approvalPhrase(date: string): string {
  return /^\d+\./.test(date) ? `den ${date}` : `i ${date}`;
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
