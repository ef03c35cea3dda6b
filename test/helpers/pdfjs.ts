/**
 * Reading a PDF the way Firefox gives it to screen readers: pdf.js's text
 * content (glyphs grouped by marked content) and its structure tree, where an
 * element's /Alt or /ActualText stands in for the text of its content. Unlike
 * poppler, pdf.js rejoins nothing: a word broken over two lines reads whole
 * only when the PDF says so.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** A text run as drawn: its string and baseline position (PDF units, origin at the bottom left). */
export interface Glyphs {
  text: string;
  x: number;
  y: number;
  /** Font size (the matrix's vertical scale). */
  size: number;
}

/** One structure element as pdf.js serialises it, with the text of its own content. */
export interface JsNode {
  role: string;
  /** /Alt or /ActualText. */
  alt?: string;
  lang?: string;
  /** Child elements and marked-content ids (`p12R_mc3`) of the content directly in it, in structure order. */
  kids: Array<JsNode | string>;
  children: JsNode[];
}

export interface JsPage {
  /** 1-based. */
  number: number;
  height: number;
  /** Structure elements with content on this page, from the Document down. */
  tree: JsNode[];
  /** Text by marked-content id. */
  marked: Map<string, Glyphs[]>;
  /** Text drawn outside any marked content with an id (artifacts or untagged). */
  unmarked: Glyphs[];
  /** Tags of the marked-content sequences without an id (Artifact). */
  artifactText: Glyphs[];
}

interface RawNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

function toNode(raw: RawNode): JsNode {
  const node: JsNode = { role: raw.role ?? '', kids: [], children: [] };
  if (raw.alt !== undefined) node.alt = raw.alt;
  if (raw.lang !== undefined) node.lang = raw.lang;
  for (const child of raw.children ?? []) {
    if (child.type === 'content' && child.id) node.kids.push(child.id);
    else if (child.role) {
      const element = toNode(child);
      node.kids.push(element);
      node.children.push(element);
    }
  }
  return node;
}

/** Every page of the PDF through pdf.js. */
export interface Bookmark {
  title: string;
  items: Bookmark[];
}

export async function readWithPdfjs(data: Uint8Array): Promise<{ pages: JsPage[]; outline: Bookmark[]; title?: string; lang?: string }> {
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: JsPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      const marked = new Map<string, Glyphs[]>();
      const unmarked: Glyphs[] = [];
      const artifactText: Glyphs[] = [];
      const stack: Array<{ id: string | null; tag: string | null }> = [];
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'endMarkedContent') stack.pop();
          else stack.push({ id: item.id ?? null, tag: (item as { tag?: string | null }).tag ?? null });
          continue;
        }
        const text = item as TextItem;
        if (text.str === '') continue;
        const glyphs: Glyphs = { text: text.str, x: text.transform[4] as number, y: text.transform[5] as number, size: Math.abs(text.transform[3] as number) };
        const withId = [...stack].reverse().find((entry) => entry.id);
        if (stack.some((entry) => entry.tag === 'Artifact')) artifactText.push(glyphs);
        else if (withId?.id) marked.set(withId.id, [...(marked.get(withId.id) ?? []), glyphs]);
        else unmarked.push(glyphs);
      }
      const raw = (await page.getStructTree()) as RawNode | null;
      pages.push({ number: n, height: page.view[3]! - page.view[1]!, tree: raw ? (raw.children ?? []).map(toNode) : [], marked, unmarked, artifactText });
      page.cleanup();
    }
    const metadata = await doc.getMetadata();
    const info = metadata.info as { Title?: string; Language?: string };
    const bookmarks = (items: Array<{ title: string; items: unknown[] }> | null): Bookmark[] =>
      (items ?? []).map((item) => ({ title: item.title, items: bookmarks(item.items as Array<{ title: string; items: unknown[] }>) }));
    const outline = bookmarks((await doc.getOutline()) as Array<{ title: string; items: unknown[] }> | null);
    return { pages, outline, ...(info.Title ? { title: info.Title } : {}), ...(info.Language ? { lang: info.Language } : {}) };
  } finally {
    await doc.destroy();
  }
}

/**
 * What an assistive technology gets from the elements, in structure order:
 * an element with /ActualText (or /Alt) gives that instead of its content,
 * the rest the text of their content. Text on another baseline starts a new
 * word (a line end is a word boundary to a reader) unless a space is there.
 */
export function spokenText(nodes: JsNode[], page: JsPage): string {
  const pieces: Glyphs[] = [];
  const walk = (node: JsNode) => {
    if (node.alt !== undefined) {
      const first = firstGlyphs(node, page);
      // pdf.js lists the whole list or table an element on the page belongs to: elements drawn elsewhere have no glyphs here.
      if (!first) return;
      pieces.push({ text: node.alt, x: first?.x ?? 0, y: first?.y ?? 0, size: first?.size ?? 0 });
      return;
    }
    for (const kid of node.kids) {
      if (typeof kid === 'string') pieces.push(...(page.marked.get(kid) ?? []));
      else walk(kid);
    }
  };
  nodes.forEach(walk);
  return joinLines(pieces);
}

/** The glyph runs joined, with a space where the baseline changes and none is drawn. */
export function joinLines(pieces: Glyphs[]): string {
  let out = '';
  let y: number | undefined;
  for (const piece of pieces) {
    if (y !== undefined && Math.abs(piece.y - y) > 0.5 && !/\s$/.test(out) && !/^\s/.test(piece.text)) out += ' ';
    out += piece.text;
    y = piece.y;
  }
  return out;
}

function firstGlyphs(node: JsNode, page: JsPage): Glyphs | undefined {
  for (const kid of node.kids) {
    const found = typeof kid === 'string' ? page.marked.get(kid)?.[0] : firstGlyphs(kid, page);
    if (found) return found;
  }
  return undefined;
}

/** The glyph runs of the element's own content and its descendants'. */
export function glyphsOf(node: JsNode, page: JsPage): Glyphs[] {
  return node.kids.flatMap((kid) => (typeof kid === 'string' ? (page.marked.get(kid) ?? []) : glyphsOf(kid, page)));
}

export function flattenJs(nodes: JsNode[]): JsNode[] {
  return nodes.flatMap((node) => [node, ...flattenJs(node.children)]);
}
