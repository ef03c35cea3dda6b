/**
 * The printed booklet (pjece) of one standard: an accessible, tagged PDF in
 * A5 (or A4), and an imposed copy for saddle-stitch printing on A4 sheets.
 * Same input, same bytes: dates come from SOURCE_DATE_EPOCH or the standard.
 */
import type { PDFPage } from 'pdf-lib';
import type { RenderInput } from '../types.js';
import { toBlocks } from './blocks.js';
import { renderPass, type LineCache } from './booklet.js';
import { bookletMeta } from './meta.js';
import { titleHeadings } from '../title-headings.js';
import { readFacts } from '../html/facts.js';
import { WordFile, type WordCacheOptions } from './word-cache.js';
import { keepBreakPointsIn } from './hyphenate.js';

export interface BookletOptions {
  pageSize?: 'A5' | 'A4';
  /** Where shaped words and hyphenation points are kept between runs (word-cache.ts); call saveWordCaches() when done. */
  wordCache?: WordCacheOptions;
}

export type { WordCacheOptions } from './word-cache.js';

/** Writes what this thread worked out (shaped words, hyphenation) to the disk cache: at the end of a build. */
export function saveWordCaches(): void {
  WordFile.saveAll();
}

export async function renderBooklet(input: RenderInput, options: BookletOptions = {}): Promise<Uint8Array> {
  const size = options.pageSize ?? 'A5';
  keepBreakPointsIn(options.wordCache);
  const meta = bookletMeta(input);
  const title = titleHeadings(input.standard, meta.title, readFacts(input.standard).kommuner);
  if (title.subtitle) meta.subtitle = title.subtitle;
  const hiddenHeadings = new Set(
    [...title.hidden].flatMap((index) => {
      const start = input.standard.sections[index]?.position.start;
      return start ? [`${start.line}:${start.column}`] : [];
    }),
  );
  // The cover's title is the booklet's first H1, so the text's headings start below it;
  // the headings the title stands for are left out, as in the leaflet.
  const blocks = toBlocks(input.standard.tree, { startLevel: 1, hiddenHeadings });
  // Both passes set the same text at the same widths: lines set in the first are reused.
  const laid: LineCache = new WeakMap();
  const wordCache = options.wordCache ? { wordCache: options.wordCache } : {};
  // First pass: where every heading lands and how many pages there are.
  const first = await renderPass(input, meta, blocks, size, { padding: 0, ...wordCache }, laid);
  const pages = first.bodyPages + first.backPages;
  const padding = (4 - (pages % 4)) % 4;
  const second = await renderPass(input, meta, blocks, size, { headingPages: first.headingPages, padding, ...wordCache }, laid);
  for (const [id, page] of first.headingPages) {
    if (second.headingPages.get(id) !== page) throw new Error(`The booklet's layout changed between passes at heading ${id}.`);
  }
  if (!second.pdf) throw new Error('The booklet was not written.');
  return second.pdf;
}

/**
 * The booklet's pages two by two on A4 landscape sheets, in the order a
 * saddle-stitched booklet is printed (duplex, flip on the short edge): sheet
 * side 1 holds pages N and 1, side 2 holds 2 and N−1, and so on. A page count
 * that is not a multiple of four is filled with blank pages at the end.
 * pdf-lib is loaded only here: most builds ask for no imposed copy, and
 * loading it costs about as much CPU as laying out a booklet's text.
 */
export async function imposeBooklet(pdf: Uint8Array): Promise<Uint8Array> {
  const { PDFDocument: LibDocument, PageSizes } = await import('pdf-lib');
  const source = await LibDocument.load(pdf, { updateMetadata: false });
  const out = await LibDocument.create({ updateMetadata: false });
  const pages = source.getPages();
  const count = Math.max(4, Math.ceil(pages.length / 4) * 4);
  const embedded = await out.embedPages(pages);
  const [sheetWidth, sheetHeight] = [PageSizes.A4[1], PageSizes.A4[0]];
  const half = sheetWidth / 2;
  const place = (page: PDFPage, index: number, side: 0 | 1) => {
    const content = embedded[index - 1];
    if (!content) return;
    const scale = Math.min(half / content.width, sheetHeight / content.height);
    const width = content.width * scale;
    const height = content.height * scale;
    // Each page sits against the fold, centred vertically.
    const x = side === 0 ? half - width : half;
    page.drawPage(content, { x, y: (sheetHeight - height) / 2, width, height });
  };
  for (let sheet = 0; sheet < count / 4; sheet++) {
    const front = out.addPage([sheetWidth, sheetHeight]);
    place(front, count - 2 * sheet, 0);
    place(front, 2 * sheet + 1, 1);
    const back = out.addPage([sheetWidth, sheetHeight]);
    place(back, 2 * sheet + 2, 0);
    place(back, count - 2 * sheet - 1, 1);
  }
  const title = source.getTitle();
  if (title) out.setTitle(`${title} (til tryk)`);
  const author = source.getAuthor();
  if (author) out.setAuthor(author);
  const created = source.getCreationDate();
  if (created) {
    out.setCreationDate(created);
    out.setModificationDate(source.getModificationDate() ?? created);
  }
  out.setProducer('pdf-lib');
  out.setCreator('kvalitetsstandard (kvs)');
  out.setLanguage('da-DK');
  return out.save({ useObjectStreams: false });
}
