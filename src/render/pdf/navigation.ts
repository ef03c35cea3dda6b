/**
 * What a reader jumps with: bookmarks (the PDF's outline) and link
 * annotations, each described for screen readers.
 */
import type { PDFStructureElement } from 'pdfkit';
import type { BookletContext } from './context.js';

/** URLs longer than this share one link action (see linkAnnotation). */
const SHARED_ACTION_LENGTH = 500;
/** Longest URL quoted in a link's description for screen readers. */
const DESCRIBED_URL_LENGTH = 200;

/**
 * A bookmark at `level`, under the last one above that level. A `leaf` takes
 * no bookmarks under it: the contents' "Indhold" is a sibling of the text's
 * first section, not its parent.
 */
export function bookmark(ctx: BookletContext, title: string, level: number, top: number, leaf = false): void {
  const { outline } = ctx;
  while (outline.length > 0 && outline[outline.length - 1]!.level >= level) outline.pop();
  const parent = outline[outline.length - 1]?.item ?? ctx.doc.outline;
  const item = parent.addItem(title, { top: Math.max(0, top - ctx.s(12)), left: ctx.geo.width, expanded: level <= 1 });
  if (!leaf) outline.push({ level, item });
}

/**
 * A link annotation. A long URL broken over many lines gets one action that
 * all its annotations point to: with a copy in each, a link of n characters
 * made the PDF grow with n² (60 MB for 30,000). Short ones keep their own,
 * so booklets stay byte for byte as before.
 */
export function linkAnnotation(
  ctx: BookletContext,
  x: number,
  top: number,
  width: number,
  height: number,
  url: string,
  structParent: PDFStructureElement,
): void {
  const options = { structParent, Contents: new String(linkDescription(ctx, url)) };
  if (url.length <= SHARED_ACTION_LENGTH) {
    ctx.doc.link(x, top, width, height, url, options);
    return;
  }
  let action = ctx.uriActions.get(url);
  if (!action) {
    action = ctx.doc.ref({ S: 'URI', URI: new String(url) });
    action.end();
    ctx.uriActions.set(url, action);
  }
  ctx.doc.annotate(x, top, width, height, { ...options, Subtype: 'Link', A: action });
}

function linkDescription(ctx: BookletContext, url: string): string {
  if (/^mailto:/i.test(url)) return ctx.t.mailLink(shortened(url.slice(7)));
  if (/^tel:/i.test(url)) return ctx.t.phoneLink(shortened(url.slice(4)));
  return ctx.t.webLink(shortened(url.replace(/^https?:\/\//i, '').replace(/\/$/, '')));
}

/** A description quotes no more of an address than anyone would listen to. */
function shortened(text: string): string {
  if (text.length <= DESCRIBED_URL_LENGTH) return text;
  // Never half a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(DESCRIBED_URL_LENGTH - 1)) ? DESCRIBED_URL_LENGTH - 1 : DESCRIBED_URL_LENGTH;
  return `${text.slice(0, end)}…`;
}
