/**
 * A Word .docx to mdast, read from its OOXML parts with a real zip and XML parser.
 *
 * The tree is the document as Word shows it with every change accepted:
 * insertions and moved-to text stay; deletions, moved-from text, comments and
 * Word's field error messages leave it, each as a Removal. Paragraphs (`w:p`)
 * are numbered 1, 2, … in document order, table cells and text boxes included,
 * and that number is the line of every node and Removal, so later passes can
 * say where text came from.
 *
 * Parts: word/document.xml (found through _rels/.rels), and through its
 * relationships styles.xml (headings), numbering.xml (lists), comments.xml,
 * footnotes.xml/endnotes.xml and hyperlink targets.
 *
 * With `keepChanges` the tree is the document under review instead:
 * insertions, deletions and comments stay, as CriticMarkup (docx-changes.ts).
 * A file written by `kvs export --docx` is recognised by its custom
 * properties: its front-matter comes back verbatim, the table that shows it
 * is left out, and its hidden Markdown runs come back as they were.
 *
 * Modules, from the bottom: docx-xml (DOM helpers), docx-package (zip,
 * relationships, parts), docx-styles (styles and numbering), docx-context
 * (reading state), docx-runs (inline content to pieces.ts), docx-changes
 * (CriticMarkup), docx-phrasing (pieces to mdast), docx-paragraphs,
 * docx-blocks (lists, tables); this file puts them together.
 */
import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import type { ReadResult, Removal } from '../types.js';
import { importMessages } from '../../i18n/import.js';
import { convertBlocks } from './docx-blocks.js';
import { createContext, isolated, type Context } from './docx-context.js';
import { DocxError, openPackage } from './docx-package.js';
import { at, fillPositions } from './docx-positions.js';
import { wChild } from './docx-xml.js';

export { DocxError } from './docx-package.js';

// ─── Entry point ────────────────────────────────────────────────────────────

export interface ReadDocxOptions {
  /** Tracked changes and comments as CriticMarkup instead of accepted and removed. */
  keepChanges?: boolean;
}

export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): ReadResult {
  const pkg = openPackage(bytes);
  const document = pkg.xml(pkg.main);
  if (!document) throw new DocxError(importMessages.noDocument);
  const ctx = createContext(pkg, options.keepChanges === true, convertBlocks);
  const body = wChild(document.documentElement, 'body');
  const children: RootContent[] = body ? convertBlocks(body, ctx) : [];
  children.push(...convertNotes(ctx));
  ctx.removed.push(...commentRemovals(ctx));
  const tree: Root = { type: 'root', children };
  fillPositions(tree);
  // Stable sort: reading order, and within a paragraph the order found.
  ctx.removed.sort((a, b) => a.line - b.line);
  if (!ctx.kvsExport) return { tree, removed: ctx.removed, ...(ctx.styles.byId.size > 0 ? { styled: true } : {}) };
  const { frontMatter } = ctx.kvsExport;
  return { tree, removed: ctx.removed, exported: true, ...(frontMatter !== undefined ? { frontMatter } : {}) };
}

// ─── Notes and comments ─────────────────────────────────────────────────────

/** Footnotes and endnotes as GFM footnote definitions, in the order they are referenced. */
function convertNotes(ctx: Context): FootnoteDefinition[] {
  const definitions: FootnoteDefinition[] = [];
  for (const ref of ctx.noteRefs) {
    const note = ctx.notes.get(ref.identifier);
    if (!note) continue;
    ctx.fixedLine = ref.line;
    const { rels } = ctx;
    ctx.rels = ref.identifier.startsWith('endnote-') ? ctx.noteRels.endnote : ctx.noteRels.footnote;
    const children = isolated(ctx, () => convertBlocks(note, ctx));
    ctx.rels = rels;
    ctx.fixedLine = undefined;
    definitions.push({ type: 'footnoteDefinition', identifier: ref.identifier, label: ref.identifier, children, position: at(ref.line) });
  }
  return definitions;
}

/**
 * Every comment the text does not hold, as "Author: text", at the paragraph
 * where it is anchored (1 when it is not in the body).
 */
function commentRemovals(ctx: Context): Removal[] {
  const removals: Removal[] = [];
  for (const [id, { author, text }] of ctx.comments.byId) {
    if (!text || ctx.comments.emitted.has(id)) continue;
    const line = ctx.commentLines.get(id) ?? 1;
    removals.push({ reason: 'comment', text: author ? `${author}: ${text}` : text, line });
  }
  return removals;
}
