/**
 * The booklet (pjece) as a tagged PDF: cover, contents, the accepted text of
 * the standard, blank pages up to a multiple of four, and a back cover with
 * the facts and contacts. Everything is laid out line by line, so that
 * structure (H1–H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Link, TOC/TOCI) follows
 * reading order, decoration is marked as artifacts, and headings are never
 * left alone at the foot of a page.
 *
 * One call is one pass; renderBooklet runs it twice: the first pass only lays
 * out (nothing is drawn) to find the page of every heading and the number of
 * pages, the second draws the final booklet with the contents' page numbers
 * and the padding in place.
 *
 * This module makes the document and the pass's context and puts the parts in
 * order: cover.ts, contents.ts, draw-blocks.ts, back-cover.ts, furniture.ts.
 */
import PDFDocument from 'pdfkit';
import { bookletWords, type BookletWords } from '../../i18n/booklet.js';
import type { RenderInput } from '../types.js';
import { drawBackCover } from './back-cover.js';
import type { Block } from './blocks.js';
import { drawContents } from './contents.js';
import type { BookletContext, LineCache } from './context.js';
import { drawCover } from './cover.js';
import { drawBlocks } from './draw-blocks.js';
import { DocumentFonts } from './fonts.js';
import type { WordCacheOptions } from './word-cache.js';
import { drawPageFurniture } from './furniture.js';
import type { BookletMeta } from './meta.js';
import { newPage } from './pages.js';
import { fontFiles, geometry, palette, scaler, type PageSize } from './style.js';
import { Tagger } from './tagging.js';
import { documentMeasurer } from './typeset.js';

export type { LineCache } from './context.js';

export interface PassPlan {
  /** Page number (1-based) of each heading, for the contents; absent in the first pass. */
  headingPages?: Map<string, number>;
  /** Blank pages before the back cover. */
  padding: number;
  /** Where shaped words are kept between runs (shape-cache.ts); none without. */
  wordCache?: WordCacheOptions;
}

export interface PassResult {
  pdf?: Uint8Array;
  headingPages: Map<string, number>;
  /** Pages before the back cover (cover, contents, text, padding). */
  bodyPages: number;
  backPages: number;
}

export async function renderPass(
  input: RenderInput,
  meta: BookletMeta,
  blocks: Block[],
  size: PageSize,
  plan: PassPlan,
  laid: LineCache = new WeakMap(),
): Promise<PassResult> {
  const chunks: Uint8Array[] = [];
  const ctx = passContext(input, meta, size, plan, laid, chunks);
  drawCover(ctx, meta, input.theme.logo);
  drawContents(ctx, blocks, plan.headingPages);
  ctx.flowKind = 'content';
  newPage(ctx, 'content');
  drawBlocks(ctx, blocks, ctx.root, { indent: 0, listDepth: 0 });
  ctx.tagger.close();
  for (let i = 0; i < plan.padding; i++) newPage(ctx, 'blank');
  const bodyPages = ctx.kinds.length;
  drawBackCover(ctx, meta);
  ctx.tagger.close();
  const backPages = ctx.kinds.length - bodyPages;
  const result: PassResult = { headingPages: ctx.headingPages, bodyPages, backPages };
  if (!plan.headingPages) return result;
  drawPageFurniture(ctx, meta);
  ctx.root.elem.end();
  const { doc } = ctx;
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.end();
  await done;
  result.pdf = concat(chunks);
  return result;
}

/** A new document with its info and fonts, and the context the pass lays it out with; its bytes go to `chunks`. */
function passContext(input: RenderInput, meta: BookletMeta, size: PageSize, plan: PassPlan, laid: LineCache, chunks: Uint8Array[]): BookletContext {
  const geo = geometry(size);
  const colors = palette(input.theme);
  const t = bookletWords[meta.lang];
  // Fonts are switched by path; each file is parsed once per thread (fonts.ts).
  const fonts = fontFiles(input.theme);
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    lang: t.pdfLang,
    displayTitle: true,
    pageLayout: 'twoPageRight',
    // No font yet (so pdfkit never loads a standard-14 font); the text font comes first, just below.
    font: null,
    info: documentInfo(meta, t),
  });
  const fontSelection = new DocumentFonts(doc, plan.wordCache);
  fontSelection.use(fonts.regular);
  doc.on('data', (chunk) => chunks.push(chunk));
  const tagger = new Tagger(doc, plan.headingPages !== undefined);
  const measurer = documentMeasurer(fontSelection, fonts);
  const documentElement = doc.struct('Document');
  doc.addStructure(documentElement);
  return {
    doc,
    t,
    tagger,
    geo,
    colors,
    s: scaler(geo),
    fonts,
    fontSelection,
    measurer,
    laid,
    root: { elem: documentElement, type: 'Document' },
    kinds: [],
    flowKind: 'content',
    y: 0,
    pendingGap: 0,
    headingPages: new Map(),
    outline: [],
    uriActions: new Map(),
    brokenWords: new Map(),
  };
}

function documentInfo(meta: BookletMeta, t: BookletWords) {
  const author = meta.kommuner || meta.kommune;
  return {
    Title: new XmpSafeString(meta.title),
    ...(author ? { Author: new XmpSafeString(author) } : {}),
    Subject: new XmpSafeString(t.subject(meta.area, meta.kommune)),
    Keywords: new XmpSafeString([...t.keywords, ...meta.kommuner.split(t.and)].filter(Boolean).join(', ')),
    Creator: new XmpSafeString('kvalitetsstandard (kvs)'),
    Producer: new XmpSafeString('PDFKit'),
    CreationDate: meta.date,
    ModDate: meta.date,
  };
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
