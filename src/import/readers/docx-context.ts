/** The reader's state while it walks a document, and the parts read up front (notes, comments, an export's front-matter). */
import type { Document, Element } from '@xmldom/xmldom';
import type { BlockContent } from 'mdast';
import type { Position } from 'unist';
import type { Removal } from '../types.js';
import { fromParts, frontMatterPart, property } from '../../export/docx/contract.js';
import type { CommentInfo, Comments } from './docx-changes.js';
import type { Package, Relationship } from './docx-package.js';
import { at } from './docx-positions.js';
import { readStyles, readNumbering, type Styles, type Numbering } from './docx-styles.js';
import { wChildren, wAttr, plainText } from './docx-xml.js';

export interface Context {
  readonly styles: Styles;
  readonly numbering: Numbering;
  /** The relationships of the part being read: the document's, or while a note is read its part's. */
  rels: Map<string, Relationship>;
  readonly noteRels: { footnote: Map<string, Relationship>; endnote: Map<string, Relationship> };
  /** Footnote and endnote bodies by our identifier ("1", "endnote-1"). */
  readonly notes: Map<string, Element>;
  readonly noteRefs: Array<{ identifier: string; line: number }>;
  readonly removed: Removal[];
  /** Comment id → paragraph where it is anchored. */
  readonly commentLines: Map<string, number>;
  /** Where the text of each level of the list just read starts; undefined after anything but a list item or its continuation. */
  listIndents: number[] | undefined;
  /** numId → the last number shown at each level, so an interrupted list goes on counting. */
  readonly listCounters: Map<string, number[]>;
  /** Paragraphs seen so far: the current paragraph's line. */
  paragraphs: number;
  /** Set while reading a footnote: its text belongs to the line of its reference. */
  fixedLine: number | undefined;
  /** Open Word fields (they may span runs and paragraphs). */
  fields: FieldFrame[];
  nextFieldId: number;
  /** Text box content found inside the current paragraph, placed after it. */
  pending: BlockContent[];
  /** Reads a container's blocks (docx-blocks.ts), for text boxes met inside a run: passed in, so inline reading does not import block reading. */
  readonly readBlocks: (container: Element, ctx: Context) => BlockContent[];
  /** Keep tracked changes and comments as CriticMarkup. */
  readonly keepChanges: boolean;
  /** Every comment, by id, in the order of comments.xml; which of them the text already holds. */
  readonly comments: Comments;
  /** Set when the file is an export of `kvs export --docx`. */
  readonly kvsExport: KvsExport | undefined;
}

interface KvsExport {
  /** The front-matter YAML as it was written; undefined when the standard had none or its parts are damaged. */
  frontMatter: string | undefined;
}

interface FieldFrame {
  id: number;
  /** The field code (w:instrText), collected until the result starts. */
  instruction: string;
  inResult: boolean;
  href: string | undefined;
}

export function createContext(pkg: Package, keepChanges: boolean, readBlocks: Context['readBlocks']): Context {
  const properties = pkg.customProperties();
  const exported = properties.has(property.version);
  const author = properties.get(property.author);
  const date = properties.get(property.date);
  return {
    keepChanges,
    comments: {
      byId: readComments(pkg),
      emitted: new Set(),
      ...(exported && author !== undefined && date !== undefined ? { exportStamp: { author, date } } : {}),
    },
    kvsExport: exported ? { frontMatter: exportedFrontMatter(properties) } : undefined,
    styles: readStyles(pkg.related('styles')),
    numbering: readNumbering(pkg.related('numbering')),
    rels: pkg.rels,
    noteRels: { footnote: pkg.relatedRels('footnotes'), endnote: pkg.relatedRels('endnotes') },
    notes: readNotes(pkg),
    noteRefs: [],
    removed: [],
    commentLines: new Map(),
    listCounters: new Map(),
    listIndents: undefined,
    paragraphs: 0,
    fixedLine: undefined,
    fields: [],
    nextFieldId: 1,
    pending: [],
    readBlocks,
  };
}

/** The YAML from the numbered front-matter properties; undefined when there are none or they do not join. */
function exportedFrontMatter(properties: Map<string, string>): string | undefined {
  const parts: string[] = [];
  for (const [name, value] of properties) {
    const index = frontMatterPart(name);
    if (index !== undefined) parts[index - 1] = value;
  }
  if (parts.length === 0 || Array.from(parts).some((part) => part === undefined)) return undefined;
  return fromParts(parts);
}

export function currentLine(ctx: Context): number {
  return ctx.fixedLine ?? Math.max(ctx.paragraphs, 1);
}

/** Reads nested content (a text box, a footnote) without disturbing the surrounding field and text-box state. */
export function isolated<T>(ctx: Context, read: () => T): T {
  const { fields, pending } = ctx;
  ctx.fields = [];
  ctx.pending = [];
  try {
    return read();
  } finally {
    ctx.fields = fields;
    ctx.pending = pending;
  }
}

export function linesSince(ctx: Context, before: number): Position {
  if (ctx.fixedLine !== undefined) return at(ctx.fixedLine);
  return at(before + 1, Math.max(ctx.paragraphs, before + 1));
}

function readNotes(pkg: Package): Map<string, Element> {
  const notes = new Map<string, Element>();
  const add = (doc: Document | undefined, name: string, prefix: string): void => {
    for (const note of wChildren(doc?.documentElement, name)) {
      const type = wAttr(note, 'type');
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
      const id = wAttr(note, 'id');
      if (id !== undefined) notes.set(`${prefix}${id}`, note);
    }
  };
  add(pkg.related('footnotes'), 'footnote', '');
  add(pkg.related('endnotes'), 'endnote', 'endnote-');
  return notes;
}

/** Comments by id, in the order of comments.xml: author, date and text (kept text only). */
function readComments(pkg: Package): Map<string, CommentInfo> {
  const comments = new Map<string, CommentInfo>();
  for (const comment of wChildren(pkg.related('comments')?.documentElement, 'comment')) {
    const id = wAttr(comment, 'id');
    if (id === undefined || comments.has(id)) continue;
    comments.set(id, { author: wAttr(comment, 'author')?.trim() ?? '', date: wAttr(comment, 'date') ?? '', text: plainText(comment) });
  }
  return comments;
}
