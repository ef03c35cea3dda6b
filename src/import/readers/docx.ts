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
 */
import { unzipSync } from 'fflate';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import type {
  BlockContent,
  FootnoteDefinition,
  Heading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import type { Position } from 'unist';
import { toString } from 'mdast-util-to-string';
import { LocalizedError } from '../../errors.js';
import type { ReadResult, Removal } from '../types.js';
import { frontMatterPart, frontMatterTag, fromParts, looseListStyle, markdownStyle, property, shownStyle, softBreakStyle } from '../../export/docx/contract.js';
import { markChanges, type CommentInfo, type Comments } from './docx-changes.js';
import type { Format, Piece } from './pieces.js';

export type { Format, Piece } from './pieces.js';
import { maxNesting, nestingError, refuseDeepNesting, type TreeShape } from '../nesting.js';
import { importMessages } from '../../i18n/import.js';

// ─── Errors ─────────────────────────────────────────────────────────────────

/** The file cannot be read as a Word document; the message tells the user what to do. */
export class DocxError extends LocalizedError {}

/** Uncompressed bytes we are willing to unpack: far above any real document's text. */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

// ─── Entry point ────────────────────────────────────────────────────────────

export interface ReadDocxOptions {
  /** Tracked changes and comments as CriticMarkup instead of accepted and removed. */
  keepChanges?: boolean;
}

export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): ReadResult {
  const pkg = openPackage(bytes);
  const document = pkg.xml(pkg.main);
  if (!document) throw new DocxError(importMessages.noDocument);
  const ctx = createContext(pkg, options.keepChanges === true);
  const body = wChild(document.documentElement, 'body');
  const children: RootContent[] = body ? convertBlocks(body, ctx) : [];
  children.push(...convertNotes(ctx));
  ctx.removed.push(...commentRemovals(ctx));
  const tree: Root = { type: 'root', children };
  fillPositions(tree);
  // Stable sort: reading order, and within a paragraph the order found.
  ctx.removed.sort((a, b) => a.line - b.line);
  if (!ctx.kvsExport) return { tree, removed: ctx.removed };
  const { frontMatter } = ctx.kvsExport;
  return { tree, removed: ctx.removed, exported: true, ...(frontMatter !== undefined ? { frontMatter } : {}) };
}

// ─── Package: zip, relationships, XML ───────────────────────────────────────

interface Package {
  /** Path of the main document part, normally word/document.xml. */
  main: string;
  /** Relationships of the main document: id → { type, target path or URL }. */
  rels: Map<string, Relationship>;
  xml(path: string | undefined): Document | undefined;
  /** The main document's related part of a type (`styles`, `comments`, …). */
  related(type: string): Document | undefined;
  /** The package's custom document properties (docProps/custom.xml), text values only. */
  customProperties(): Map<string, string>;
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function openPackage(bytes: Uint8Array): Package {
  const files = unpack(bytes);
  const parsed = new Map<string, Document>();
  const xml = (path: string | undefined): Document | undefined => {
    if (path === undefined) return undefined;
    const data = files[path];
    if (!data) return undefined;
    let doc = parsed.get(path);
    if (!doc) parsed.set(path, (doc = parseXml(data, path)));
    return doc;
  };
  const rootRels = readRels(xml('_rels/.rels'), '');
  const main = [...rootRels.values()].find((rel) => rel.type.endsWith('/officeDocument') && files[rel.target])?.target;
  const mainPath = main ?? 'word/document.xml';
  if (!files[mainPath]) throw new DocxError(importMessages.noDocument);
  const rels = readRels(xml(relsPathOf(mainPath)), mainPath);
  const related = (type: string): Document | undefined => {
    const rel = [...rels.values()].find((r) => !r.external && r.type.endsWith(`/${type}`));
    return xml(rel?.target) ?? xml(`word/${type}.xml`);
  };
  const customProperties = (): Map<string, string> => {
    const rel = [...rootRels.values()].find((r) => !r.external && r.type.endsWith('/custom-properties'));
    const values = new Map<string, string>();
    for (const el of elements(xml(rel?.target)?.documentElement)) {
      const name = el.localName === 'property' ? el.getAttribute('name') : null;
      if (name) values.set(name, elements(el)[0]?.textContent ?? '');
    }
    return values;
  };
  return { main: mainPath, rels, xml, related, customProperties };
}

/**
 * Unzips only the XML parts: images and embedded files are never inflated.
 * The sizes in the zip directory are what fflate allocates, so summing them
 * before inflating stops a zip bomb.
 */
function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  // D0 CF 11 E0: an OLE compound file, which is what .doc and encrypted .docx files are.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocxError(importMessages.oldFormat);
  }
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter(file) {
        if (!/\.(?:xml|rels)$/i.test(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNPACKED_BYTES) throw new DocxError(importMessages.tooLarge);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError(importMessages.notZip);
  }
}

/** word/document.xml → word/_rels/document.xml.rels */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function readRels(doc: Document | undefined, sourcePart: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (!doc) return rels;
  for (const rel of elements(doc.documentElement)) {
    if (rel.localName !== 'Relationship') continue;
    const id = rel.getAttribute('Id');
    const target = rel.getAttribute('Target');
    if (!id || !target) continue;
    const external = rel.getAttribute('TargetMode') === 'External';
    rels.set(id, {
      type: rel.getAttribute('Type') ?? '',
      target: external ? target : resolvePart(sourcePart, target),
      external,
    });
  }
  return rels;
}

/** A relationship target relative to the part that names it, as a zip path. */
function resolvePart(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of safeDecode(target).split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Warnings (e.g. about odd whitespace) are no reason to refuse a document; fatal errors still throw.
const xmlParser = new DOMParser({ onError: () => undefined });

function parseXml(data: Uint8Array, part: string): Document {
  let document: Document;
  try {
    document = xmlParser.parseFromString(decodeXml(data), 'text/xml');
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new DocxError(importMessages.damaged(part, detail));
  }
  // Every walk of this reader recurses per level; no part reaches them deeper than the limit (see nesting.ts).
  refuseDeepNesting(document.documentElement, xmlShape, importMessages.wordPart(part));
  return document;
}

const xmlShape: TreeShape<Element | null> = { children: elements, name: (el) => el?.nodeName ?? '' };

/** Parts are UTF-8 or UTF-16 (with or without a byte-order mark, which the decoder drops). */
function decodeXml(data: Uint8Array): string {
  const [a, b] = data;
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return new TextDecoder('utf-16be').decode(data);
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return new TextDecoder('utf-16le').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

// ─── XML helpers (namespace-aware, transitional and strict OOXML) ───────────

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const R_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

function elements(parent: Element | null | undefined): Element[] {
  const out: Element[] = [];
  if (!parent) return out;
  for (const node of parent.childNodes) if (node.nodeType === 1) out.push(node as Element);
  return out;
}

function isW(el: Element, name: string): boolean {
  return el.localName === name && W_NAMESPACES.has(el.namespaceURI ?? '');
}

function isAlternateContent(el: Element): boolean {
  return el.localName === 'AlternateContent' && el.namespaceURI === MC_NAMESPACE;
}

/** mc:AlternateContent holds the same content several ways; read one (the first choice, else the fallback). */
function oneAlternative(el: Element): Element | undefined {
  return elements(el)[0];
}

function wChild(parent: Element | null | undefined, name: string): Element | undefined {
  return elements(parent).find((el) => isW(el, name));
}

function wChildren(parent: Element | null | undefined, name: string): Element[] {
  return elements(parent).filter((el) => isW(el, name));
}

function attrIn(el: Element | undefined, namespaces: Set<string>, name: string): string | undefined {
  if (!el) return undefined;
  for (const attr of el.attributes) {
    if (attr.localName === name && namespaces.has(attr.namespaceURI ?? '')) return attr.value;
  }
  return undefined;
}

function wAttr(el: Element | undefined, name: string): string | undefined {
  return attrIn(el, W_NAMESPACES, name);
}

/** `<w:x w:val="…"/>` under parent → its value. */
function wVal(parent: Element | undefined, name: string): string | undefined {
  return wAttr(wChild(parent, name), 'val');
}

function wInt(parent: Element | undefined, name: string): number | undefined {
  const value = Number.parseInt(wVal(parent, name) ?? '', 10);
  return Number.isFinite(value) ? value : undefined;
}

/** OOXML on/off properties: `<w:b/>` is on, `<w:b w:val="0"/>` is off, absent is "not said". */
function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const value = wAttr(el, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

// ─── Styles: headings, list styles, character formatting ────────────────────

interface Style {
  name: string;
  basedOn: string | undefined;
  /** w:outlineLvl, 0-based; 9 means body text. */
  outline: number | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  bold: boolean | undefined;
  italic: boolean | undefined;
}

interface Styles {
  byId: Map<string, Style>;
  defaultParagraph: string | undefined;
}

function readStyles(doc: Document | undefined): Styles {
  const styles: Styles = { byId: new Map(), defaultParagraph: undefined };
  for (const el of wChildren(doc?.documentElement, 'style')) {
    const id = wAttr(el, 'styleId');
    if (!id) continue;
    const pPr = wChild(el, 'pPr');
    const numPr = wChild(pPr, 'numPr');
    const rPr = wChild(el, 'rPr');
    styles.byId.set(id, {
      name: wVal(el, 'name') ?? id,
      basedOn: wVal(el, 'basedOn'),
      outline: wInt(pPr, 'outlineLvl'),
      numId: wVal(numPr, 'numId'),
      ilvl: wInt(numPr, 'ilvl'),
      bold: onOff(wChild(rPr, 'b')),
      italic: onOff(wChild(rPr, 'i')),
    });
    const isDefault = wAttr(el, 'default');
    if (wAttr(el, 'type') === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on')) {
      styles.defaultParagraph = id;
    }
  }
  return styles;
}

/** The nearest value a style or its ancestors (w:basedOn) set; cycles end the search. */
function inherited<T>(styles: Styles, id: string | undefined, pick: (s: Style) => T | undefined): T | undefined {
  const seen = new Set<string>();
  for (let at = id; at !== undefined && !seen.has(at); at = styles.byId.get(at)?.basedOn) {
    seen.add(at);
    const style = styles.byId.get(at);
    const value = style && pick(style);
    if (value !== undefined) return value;
  }
  return undefined;
}

const HEADING_NAME = /^(?:heading|overskrift)\s*([1-9])$/i;
const TITLE_NAME = /^(?:title|titel)$/i;

/** "Heading 1", "heading 1", "Overskrift 1", style id "Overskrift1" → 1; "Title" → 1. */
function depthFromName(name: string): Heading['depth'] | undefined {
  const match = HEADING_NAME.exec(name.trim());
  if (match) return asDepth(Number(match[1]));
  return TITLE_NAME.test(name.trim()) ? 1 : undefined;
}

/** w:outlineLvl is 0-based; 9 (and anything odd) means body text. */
function depthFromOutline(outline: number): Heading['depth'] | null {
  return outline >= 0 && outline < 9 ? asDepth(outline + 1) : null;
}

/** Markdown has six heading levels; Word's deeper ones become the sixth. */
function asDepth(depth: number): Heading['depth'] {
  return Math.min(Math.max(depth, 1), 6) as Heading['depth'];
}

/**
 * A paragraph style's heading depth: its name, else its outline level, else
 * what it is based on; an explicit body-text outline level (9) ends the search.
 * Without a definition in styles.xml the style id ("Heading1", "Overskrift1") tells.
 */
function styleHeadingDepth(styles: Styles, styleId: string): Heading['depth'] | undefined {
  if (!styles.byId.has(styleId)) return depthFromName(styleId);
  const depth = inherited(
    styles,
    styleId,
    (style) => depthFromName(style.name) ?? (style.outline === undefined ? undefined : depthFromOutline(style.outline)),
  );
  return depth ?? undefined;
}

// ─── Numbering: which paragraphs are list items ─────────────────────────────

interface LevelDefinition {
  format: string;
  start: number;
}

interface NumberingInstance {
  abstractId: string | undefined;
  overrides: Map<number, { start: number | undefined; level: LevelDefinition | undefined }>;
}

interface Numbering {
  abstracts: Map<string, Map<number, LevelDefinition>>;
  instances: Map<string, NumberingInstance>;
}

function readNumbering(doc: Document | undefined): Numbering {
  const numbering: Numbering = { abstracts: new Map(), instances: new Map() };
  const root = doc?.documentElement;
  for (const abstract of wChildren(root, 'abstractNum')) {
    const id = wAttr(abstract, 'abstractNumId');
    if (id !== undefined) numbering.abstracts.set(id, readLevels(abstract));
  }
  for (const num of wChildren(root, 'num')) {
    const id = wAttr(num, 'numId');
    if (id === undefined) continue;
    const overrides: NumberingInstance['overrides'] = new Map();
    for (const override of wChildren(num, 'lvlOverride')) {
      const ilvl = Number.parseInt(wAttr(override, 'ilvl') ?? '', 10);
      if (!Number.isFinite(ilvl)) continue;
      overrides.set(ilvl, { start: wInt(override, 'startOverride'), level: readLevels(override).get(ilvl) });
    }
    numbering.instances.set(id, { abstractId: wVal(num, 'abstractNumId'), overrides });
  }
  return numbering;
}

function readLevels(parent: Element): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>();
  for (const lvl of wChildren(parent, 'lvl')) {
    const ilvl = Number.parseInt(wAttr(lvl, 'ilvl') ?? '', 10);
    if (!Number.isFinite(ilvl)) continue;
    levels.set(ilvl, { format: numberFormat(lvl), start: wInt(lvl, 'start') ?? 1 });
  }
  return levels;
}

/** w:numFmt, possibly inside mc:AlternateContent (custom formats); decimal is the OOXML default. */
function numberFormat(lvl: Element): string {
  const direct = wVal(lvl, 'numFmt');
  if (direct) return direct;
  for (const alternative of elements(lvl).filter(isAlternateContent)) {
    for (const option of elements(alternative)) {
      const format = wVal(option, 'numFmt');
      if (format && format !== 'custom') return format;
    }
  }
  return 'decimal';
}

/** A numbered level's kind and first number; undefined when it shows no number or bullet. */
function listLevel(numbering: Numbering, numId: string, ilvl: number): { ordered: boolean; start: number } | undefined {
  const instance = numbering.instances.get(numId);
  if (!instance) return undefined;
  const override = instance.overrides.get(ilvl);
  const level = override?.level ?? (instance.abstractId === undefined ? undefined : numbering.abstracts.get(instance.abstractId)?.get(ilvl));
  if (!level || level.format === 'none') return undefined;
  return { ordered: level.format !== 'bullet', start: override?.start ?? level.start };
}

// ─── Reading state ──────────────────────────────────────────────────────────

interface Context {
  readonly styles: Styles;
  readonly numbering: Numbering;
  readonly rels: Map<string, Relationship>;
  /** Footnote and endnote bodies by our identifier ("1", "endnote-1"). */
  readonly notes: Map<string, Element>;
  readonly noteRefs: Array<{ identifier: string; line: number }>;
  readonly removed: Removal[];
  /** Comment id → paragraph where it is anchored. */
  readonly commentLines: Map<string, number>;
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

function createContext(pkg: Package, keepChanges: boolean): Context {
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
    notes: readNotes(pkg),
    noteRefs: [],
    removed: [],
    commentLines: new Map(),
    listCounters: new Map(),
    paragraphs: 0,
    fixedLine: undefined,
    fields: [],
    nextFieldId: 1,
    pending: [],
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

function currentLine(ctx: Context): number {
  return ctx.fixedLine ?? Math.max(ctx.paragraphs, 1);
}

/** Reads nested content (a text box, a footnote) without disturbing the surrounding field and text-box state. */
function isolated<T>(ctx: Context, read: () => T): T {
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

// ─── Inline content: runs to pieces ─────────────────────────────────────────


interface InlineState {
  deleted: boolean;
  inserted: boolean;
  href: string | undefined;
}

function walkInline(parent: Element, state: InlineState, ctx: Context, out: Piece[]): void {
  for (const el of elements(parent)) {
    if (isAlternateContent(el)) {
      const chosen = oneAlternative(el);
      if (chosen) walkInline(chosen, state, ctx, out);
      continue;
    }
    if (!W_NAMESPACES.has(el.namespaceURI ?? '')) continue; // e.g. equations (m:oMath)
    switch (el.localName) {
      case 'r':
        readRun(el, state, ctx, out);
        break;
      case 'ins':
      case 'moveTo':
        walkInline(el, { ...state, inserted: ctx.keepChanges }, ctx, out);
        break;
      case 'del':
      case 'moveFrom':
        // Moved-from text reappears where it was moved to; here it counts as deleted.
        walkInline(el, { ...state, deleted: true }, ctx, out);
        break;
      case 'hyperlink':
        walkInline(el, { ...state, href: hyperlinkTarget(el, ctx) ?? state.href }, ctx, out);
        break;
      case 'fldSimple':
        readSimpleField(el, state, ctx, out);
        break;
      case 'sdt':
        walkInline(wChild(el, 'sdtContent') ?? el, state, ctx, out);
        break;
      case 'smartTag':
      case 'customXml':
      case 'dir':
      case 'bdo':
        walkInline(el, state, ctx, out);
        break;
      case 'commentRangeStart':
        anchorComment(el, ctx);
        commentMarker('comment-start', el, state, ctx, out);
        break;
      case 'commentRangeEnd':
        commentMarker('comment-end', el, state, ctx, out);
        break;
      default:
        // pPr, bookmarks, proofErr, move ranges: no text.
        break;
    }
  }
}

/** Where a comment's range starts or ends, kept for the CriticMarkup `{==…==}` around it. */
function commentMarker(kind: 'comment-start' | 'comment-end', el: Element, state: InlineState, ctx: Context, out: Piece[]): void {
  const id = wAttr(el, 'id');
  if (!ctx.keepChanges || id === undefined || inFieldCode(ctx)) return;
  const format: Format = { bold: false, italic: false, href: state.href ?? fieldHref(ctx) };
  out.push({ kind, text: id, format, deleted: state.deleted, inserted: state.inserted, highlight: false, field: ctx.fields.at(-1)?.id, line: currentLine(ctx) });
}

function readRun(run: Element, state: InlineState, ctx: Context, out: Piece[]): void {
  const { bold, italic } = runFormat(run, ctx.styles);
  const rPr = wChild(run, 'rPr');
  // Markdown that `kvs export` hid in the document (HTML comments, directives) comes back as it was,
  // and so do its line breaks inside paragraphs, which Word shows as spaces.
  const style = wVal(rPr, 'rStyle');
  // What an HTML block shows is shown in Word only; the HTML itself comes back from its hidden run.
  if (style === shownStyle) return;
  const markdown = style === markdownStyle;
  const text = (el: Element, deleted = state.deleted): void => {
    const value = el.textContent ?? '';
    if (markdown) emit('raw', value, deleted);
    else if (style === softBreakStyle && value === ' ') emit('raw', '\n', deleted);
    else emit('text', normalizeText(value), deleted);
  };
  const highlight = ctx.keepChanges && !markdown && (wVal(rPr, 'highlight') ?? 'none') !== 'none';
  const emit = (kind: Piece['kind'], text: string, deleted = state.deleted): void => {
    if (inFieldCode(ctx)) return; // text between a field's begin and separate is code, not content
    const format: Format = { bold, italic, href: state.href ?? fieldHref(ctx) };
    out.push({ kind, text, format, deleted, inserted: state.inserted, highlight, field: ctx.fields.at(-1)?.id, line: currentLine(ctx) });
  };
  for (const el of elements(run)) {
    if (isAlternateContent(el)) {
      readTextBoxes(el, ctx);
      continue;
    }
    if (!W_NAMESPACES.has(el.namespaceURI ?? '')) continue;
    switch (el.localName) {
      case 't':
        text(el);
        break;
      case 'delText':
        text(el, true);
        break;
      case 'tab':
      case 'ptab':
        emit('text', ' ');
        break;
      case 'br':
      case 'cr':
        // A page or column break is layout; a space keeps the words on either side apart.
        if (wAttr(el, 'type') === 'page' || wAttr(el, 'type') === 'column') emit('text', ' ');
        else if (markdown) emit('raw', '\n');
        else emit('break', '');
        break;
      case 'noBreakHyphen':
        emit('text', '-');
        break;
      case 'fldChar':
        fieldChar(wAttr(el, 'fldCharType'), ctx);
        break;
      case 'instrText': {
        const frame = ctx.fields.at(-1);
        if (frame && !frame.inResult) frame.instruction += el.textContent ?? '';
        break;
      }
      case 'footnoteReference':
      case 'endnoteReference':
        readNoteReference(el, state, ctx, emit);
        break;
      case 'commentReference':
        anchorComment(el, ctx);
        if (ctx.keepChanges && wAttr(el, 'id') !== undefined) emit('comment-ref', wAttr(el, 'id')!);
        break;
      case 'drawing':
      case 'pict':
      case 'object':
        readTextBoxes(el, ctx);
        break;
      default:
        // rPr, softHyphen (dropped on purpose), lastRenderedPageBreak, footnoteRef, sym …
        break;
    }
  }
}

/** Bold and italic from the run's own properties, else from its character style. Formatting changes (w:rPrChange) are history and ignored. */
function runFormat(run: Element, styles: Styles): { bold: boolean; italic: boolean } {
  const rPr = wChild(run, 'rPr');
  const charStyle = wVal(rPr, 'rStyle');
  return {
    bold: onOff(wChild(rPr, 'b')) ?? inherited(styles, charStyle, (s) => s.bold) ?? false,
    italic: onOff(wChild(rPr, 'i')) ?? inherited(styles, charStyle, (s) => s.italic) ?? false,
  };
}

/** No-break and narrow spaces become spaces; soft hyphens go (they are line-break hints). */
function normalizeText(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\u00ad/g, '');
}

function hyperlinkTarget(el: Element, ctx: Context): string | undefined {
  const rel = ctx.rels.get(attrIn(el, R_NAMESPACES, 'id') ?? '');
  if (!rel) return undefined; // w:anchor alone points inside the document: keep it as text
  const anchor = wAttr(el, 'anchor');
  return anchor ? `${rel.target}#${anchor}` : rel.target;
}

// Fields: `begin` code… `separate` result… `end`. Only the result is content.

function fieldChar(type: string | undefined, ctx: Context): void {
  if (type === 'begin') {
    // Fields nest in flat runs, out of the tree's sight; every run looks through the open ones, so they are capped too.
    if (ctx.fields.length >= maxNesting) {
      throw nestingError(importMessages.wordFile, { depth: maxNesting + 1, atLeast: true, element: 'w:fldChar' });
    }
    ctx.fields.push({ id: ctx.nextFieldId++, instruction: '', inResult: false, href: undefined });
  } else if (type === 'separate') {
    const frame = ctx.fields.at(-1);
    if (frame) {
      frame.inResult = true;
      frame.href = hyperlinkField(frame.instruction);
    }
  } else if (type === 'end') {
    ctx.fields.pop();
  }
}

function readSimpleField(el: Element, state: InlineState, ctx: Context, out: Piece[]): void {
  const instruction = wAttr(el, 'instr') ?? '';
  ctx.fields.push({ id: ctx.nextFieldId++, instruction, inResult: true, href: hyperlinkField(instruction) });
  walkInline(el, state, ctx, out);
  ctx.fields.pop();
}

function inFieldCode(ctx: Context): boolean {
  return ctx.fields.some((frame) => !frame.inResult);
}

function fieldHref(ctx: Context): string | undefined {
  return ctx.fields.findLast((frame) => frame.href !== undefined)?.href;
}

/** `HYPERLINK "https://…" \o "tip"` → the URL; `HYPERLINK \l "bookmark"` (inside the document) → none. */
function hyperlinkField(instruction: string): string | undefined {
  const match = /^\s*HYPERLINK\b(.*)$/is.exec(instruction);
  if (!match) return undefined;
  const args = match[1]!.replace(/\\[lot]\s+(?:"[^"]*"|\S+)/g, '').replace(/\\[a-z]/gi, '');
  const target = /"([^"]+)"|(\S+)/.exec(args);
  const url = target?.[1] ?? target?.[2];
  return url?.trim() || undefined;
}

// Notes and comments are anchored where they are referenced.

function readNoteReference(
  el: Element,
  state: InlineState,
  ctx: Context,
  emit: (kind: Piece['kind'], text: string, deleted?: boolean) => void,
): void {
  const id = wAttr(el, 'id') ?? '';
  const identifier = el.localName === 'endnoteReference' ? `endnote-${id}` : id;
  const note = ctx.notes.get(identifier);
  if (!note) return;
  if (state.deleted) {
    // A deleted reference takes its note with it.
    emit('text', plainText(note), true);
    return;
  }
  if (!ctx.noteRefs.some((ref) => ref.identifier === identifier)) {
    ctx.noteRefs.push({ identifier, line: currentLine(ctx) });
  }
  emit('note', identifier);
}

function anchorComment(el: Element, ctx: Context): void {
  const id = wAttr(el, 'id');
  if (id !== undefined && !ctx.commentLines.has(id)) ctx.commentLines.set(id, currentLine(ctx));
}

/** Text boxes (in drawings or VML) hold paragraphs of their own; they follow the paragraph they sit in. */
function readTextBoxes(el: Element, ctx: Context): void {
  for (const box of findTextBoxes(el)) {
    const blocks = isolated(ctx, () => convertBlocks(box, ctx));
    ctx.pending.push(...blocks);
  }
}

function findTextBoxes(el: Element): Element[] {
  if (isW(el, 'txbxContent')) return [el];
  if (isAlternateContent(el)) {
    const chosen = oneAlternative(el);
    return chosen ? findTextBoxes(chosen) : [];
  }
  return elements(el).flatMap(findTextBoxes);
}

/** Plain text of a comment or note: kept text only, paragraphs joined by a space. */
function plainText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (const child of elements(node)) {
      if (isW(child, 't')) parts.push(child.textContent ?? '');
      else if (isW(child, 'tab') || isW(child, 'br') || isW(child, 'cr')) parts.push(' ');
      else if (isW(child, 'noBreakHyphen')) parts.push('-');
      else if (isW(child, 'del') || isW(child, 'moveFrom') || isW(child, 'instrText')) continue;
      else {
        walk(child);
        if (isW(child, 'p')) parts.push(' ');
      }
    }
  };
  walk(el);
  return normalizeText(parts.join('')).replace(/\s+/g, ' ').trim();
}

// ─── Paragraphs ─────────────────────────────────────────────────────────────

interface ParagraphProps {
  styleId: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  outline: number | undefined;
  /** The paragraph mark is deleted (or moved away): the paragraph runs on into the next. */
  markDeleted: boolean;
}

interface RawParagraph {
  pieces: Piece[];
  props: ParagraphProps;
  start: number;
  end: number;
}

/** Paragraph properties in effect now; w:pPrChange (the old formatting) is ignored. */
function readParagraphProps(pPr: Element | undefined): ParagraphProps {
  const numPr = wChild(pPr, 'numPr');
  const markRPr = wChild(pPr, 'rPr');
  return {
    styleId: wVal(pPr, 'pStyle'),
    numId: wVal(numPr, 'numId'),
    ilvl: wInt(numPr, 'ilvl'),
    outline: wInt(pPr, 'outlineLvl'),
    markDeleted: Boolean(wChild(markRPr, 'del') ?? wChild(markRPr, 'moveFrom')),
  };
}

function readParagraph(p: Element, ctx: Context): RawParagraph {
  if (ctx.fixedLine === undefined) ctx.paragraphs += 1;
  const line = currentLine(ctx);
  const pieces: Piece[] = [];
  walkInline(p, { deleted: false, inserted: false, href: undefined }, ctx, pieces);
  return { pieces, props: readParagraphProps(wChild(p, 'pPr')), start: line, end: line };
}

/** Deleting a paragraph mark joins the text to the next paragraph, whose mark (and so its style) survives. */
function joinParagraphs(first: RawParagraph, second: RawParagraph): RawParagraph {
  return { pieces: [...first.pieces, ...second.pieces], props: second.props, start: first.start, end: second.end };
}

type Role =
  | { kind: 'heading'; depth: Heading['depth'] }
  | { kind: 'item'; numId: string; level: number; ordered: boolean; number: number; loose: boolean }
  | { kind: 'continue'; level: number }
  | { kind: 'paragraph' };

function paragraphRole(props: ParagraphProps, ctx: Context): Role {
  const styleId = props.styleId ?? ctx.styles.defaultParagraph;
  // An outline level set on the paragraph itself overrides its style's.
  const depth =
    props.outline !== undefined
      ? (depthFromOutline(props.outline) ?? undefined)
      : styleId === undefined
        ? undefined
        : styleHeadingDepth(ctx.styles, styleId);
  if (depth !== undefined) return { kind: 'heading', depth };
  const continues = styleId === undefined || props.numId !== undefined ? undefined : continuationLevel(ctx.styles, styleId);
  if (continues !== undefined) return { kind: 'continue', level: continues };

  // Numbering set on the paragraph wins over its style's ("List Bullet", "Opstilling med punkttegn").
  const numId = props.numId ?? inherited(ctx.styles, styleId, (s) => s.numId);
  if (numId === undefined || numId === '0') return { kind: 'paragraph' };
  const level = Math.min(Math.max(props.ilvl ?? inherited(ctx.styles, styleId, (s) => s.ilvl) ?? 0, 0), 8);
  const definition = listLevel(ctx.numbering, numId, level);
  if (!definition) return { kind: 'paragraph' };
  const loose = styleId === looseListStyle;
  return { kind: 'item', numId, level, ordered: definition.ordered, number: countItem(ctx, numId, level, definition.start), loose };
}

const CONTINUE_NAME = /^(?:list\s*continue|liste\s*-\s*fortsat)\s*([1-9])?$/i;

/** Word's "List Continue 2" ("Liste - fortsat 2"): a further paragraph of the item at list level 1 (0-based). */
function continuationLevel(styles: Styles, styleId: string): number | undefined {
  const match = CONTINUE_NAME.exec((styles.byId.get(styleId)?.name ?? styleId).trim());
  return match ? Number(match[1] ?? '1') - 1 : undefined;
}

/** The number Word shows for this item; deeper levels restart after it. */
function countItem(ctx: Context, numId: string, level: number, start: number): number {
  const counters = ctx.listCounters.get(numId) ?? [];
  const number = (counters[level] ?? start - 1) + 1;
  counters[level] = number;
  counters.length = level + 1;
  ctx.listCounters.set(numId, counters);
  return number;
}

interface Item {
  node: BlockContent;
  list?: Extract<Role, { kind: 'item' }>;
  /** A further paragraph of the last list item at this level. */
  continues?: number;
}

/** Removals first (or, keeping changes, CriticMarkup), then phrasing; an empty paragraph gives nothing. */
function finishParagraph(raw: RawParagraph, ctx: Context): Item | undefined {
  const pieces = ctx.keepChanges ? raw.pieces.filter((piece) => !(piece.kind === 'text' && piece.text === '')) : recordDeletions(raw.pieces, ctx);
  const merged = dropFieldErrors(mergePieces(pieces), ctx);
  const kept = ctx.keepChanges ? markChanges(merged, ctx.comments) : merged;
  if (!kept.some((piece) => piece.kind === 'note' || piece.text.trim() !== '')) return undefined;
  const role = paragraphRole(raw.props, ctx);
  const position = at(raw.start, raw.end);
  if (role.kind === 'heading') {
    // Bold in a heading is the style's look, not emphasis.
    const plain = kept.map((piece) => ({ ...piece, format: { ...piece.format, bold: false } }));
    return { node: { type: 'heading', depth: role.depth, children: toPhrasing(plain, ctx), position } };
  }
  const node: Paragraph = { type: 'paragraph', children: toPhrasing(kept, ctx), position };
  if (role.kind === 'continue') return { node, continues: role.level };
  return role.kind === 'item' ? { node, list: role } : { node };
}

/** Deleted stretches leave the text; each unbroken stretch is one Removal. */
function recordDeletions(pieces: Piece[], ctx: Context): Piece[] {
  const kept: Piece[] = [];
  let deleted: Piece[] = [];
  const flush = (): void => {
    const text = deleted.map((piece) => (piece.kind === 'text' || piece.kind === 'raw' ? piece.text : ' ')).join('');
    if (text.trim() !== '') ctx.removed.push({ reason: 'tracked-deletion', text, line: deleted[0]!.line });
    deleted = [];
  };
  for (const piece of pieces) {
    if (piece.kind === 'text' && piece.text === '') continue;
    if (piece.deleted) {
      deleted.push(piece);
    } else {
      flush();
      kept.push(piece);
    }
  }
  flush();
  return kept;
}

/** Adjacent text with the same formatting and field is one piece (Word splits runs at every edit). */
function mergePieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last && last.kind === 'text' && piece.kind === 'text' && last.field === piece.field && sameFormat(last.format, piece.format) && sameChange(last, piece)) {
      out[out.length - 1] = { ...last, text: last.text + piece.text };
    } else {
      out.push(piece);
    }
  }
  return out;
}

function sameFormat(a: Format, b: Format): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.href === b.href;
}

function sameChange(a: Piece, b: Piece): boolean {
  return a.deleted === b.deleted && a.inserted === b.inserted && a.highlight === b.highlight;
}

/** Word's messages for broken references, also when the field was turned into plain text. */
const FIELD_ERROR_TEXT =
  /(?:Fejl|Error)! ?(?:Bogmærke er ikke defineret|Referencekilden? (?:blev )?ikke fundet|Der er ingen tekst med den angivne typografi i dokumentet|Bookmark not defined|Reference source not found|No text of specified style in document)\./g;
const FIELD_ERROR_RESULT = /^\s*(?:Fejl|Error)!/;

/** A field result that is a Word error message goes as a whole; so do known messages in plain text. */
function dropFieldErrors(pieces: Piece[], ctx: Context): Piece[] {
  const kept: Piece[] = [];
  for (const group of groupBy(pieces, (piece) => piece.field)) {
    const text = group.items.map((piece) => piece.text).join('');
    if (group.key !== undefined && FIELD_ERROR_RESULT.test(text)) {
      ctx.removed.push({ reason: 'field-error', text: text.trim(), line: group.items[0]!.line });
      continue;
    }
    for (const piece of group.items) {
      if (piece.kind !== 'text') {
        kept.push(piece);
        continue;
      }
      const text = piece.text.replace(FIELD_ERROR_TEXT, (message) => {
        ctx.removed.push({ reason: 'field-error', text: message, line: piece.line });
        return '';
      });
      if (text !== '') kept.push({ ...piece, text });
    }
  }
  return kept;
}

// ─── Pieces to mdast phrasing ───────────────────────────────────────────────

/** Links outermost, then strong, then emphasis; edges trimmed, breaks not doubled. */
function toPhrasing(pieces: Piece[], ctx: Context): PhrasingContent[] {
  const { middle } = splitEdges(collapseBreaks(pieces));
  const out: PhrasingContent[] = [];
  for (const group of groupBy(middle, (piece) => piece.format.href)) {
    if (group.key === undefined) append(out, styled(group.items, 'bold'));
    else append(out, linked(group.key, group.items, ctx));
  }
  return out;
}

function linked(url: string, pieces: Piece[], ctx: Context): PhrasingContent[] {
  const { before, middle, after } = splitEdges(pieces);
  if (middle.length === 0) {
    ctx.removed.push({ reason: 'empty-link', text: url, line: pieces[0]!.line });
    return leaves([...before, ...after]);
  }
  const children = styled(middle, 'bold');
  return [...leaves(before), { type: 'link', url, children, position: spanOf(children) }, ...leaves(after)];
}

/**
 * Groups pieces by bold (then italic inside). Whitespace and breaks at the
 * edges of a bold or italic stretch move outside it, so Markdown gets
 * `**word** ` instead of `**word **`, and a blank bold stretch is plain text.
 */
function styled(pieces: Piece[], level: 'bold' | 'italic'): PhrasingContent[] {
  const inner = (items: Piece[]): PhrasingContent[] => (level === 'bold' ? styled(items, 'italic') : leaves(items));
  const out: PhrasingContent[] = [];
  for (const group of groupBy(pieces, (piece) => piece.format[level])) {
    if (!group.key) {
      append(out, inner(group.items));
      continue;
    }
    const { before, middle, after } = splitEdges(group.items);
    append(out, leaves(before));
    if (middle.length > 0) {
      const children = inner(middle);
      append(out, [{ type: level === 'bold' ? 'strong' : 'emphasis', children, position: spanOf(children) }]);
    }
    append(out, leaves(after));
  }
  return out;
}

function leaves(pieces: Piece[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const piece of pieces) {
    const position = at(piece.line);
    if (piece.kind === 'break') append(out, [{ type: 'break', position }]);
    else if (piece.kind === 'raw') append(out, [{ type: 'html', value: piece.text, position }]);
    else if (piece.kind === 'note') append(out, [{ type: 'footnoteReference', identifier: piece.text, label: piece.text, position }]);
    else append(out, [{ type: 'text', value: piece.text, position }]);
  }
  return out;
}

/** Appends nodes, joining a text node to a text node before it. */
function append(out: PhrasingContent[], nodes: PhrasingContent[]): void {
  for (const node of nodes) {
    const last = out.at(-1);
    if (last?.type === 'text' && node.type === 'text') {
      last.value += node.value;
      if (last.position && node.position) last.position.end = { ...node.position.end };
    } else {
      out.push(node);
    }
  }
}

function isBlank(piece: Piece): boolean {
  return piece.kind === 'break' || (piece.kind === 'text' && piece.text.trim() === '');
}

/** Blank pieces and whitespace at both ends, split from the content between. */
function splitEdges(pieces: Piece[]): { before: Piece[]; middle: Piece[]; after: Piece[] } {
  let start = 0;
  let end = pieces.length;
  while (start < end && isBlank(pieces[start]!)) start++;
  while (end > start && isBlank(pieces[end - 1]!)) end--;
  const before = pieces.slice(0, start);
  const middle = pieces.slice(start, end);
  const after = pieces.slice(end);
  const first = middle[0];
  if (first?.kind === 'text') {
    const lead = /^\s+/.exec(first.text)?.[0] ?? '';
    if (lead) {
      before.push({ ...first, text: lead });
      middle[0] = { ...first, text: first.text.slice(lead.length) };
    }
  }
  const last = middle.at(-1);
  if (last?.kind === 'text') {
    const trail = /\s+$/.exec(last.text)?.[0] ?? '';
    if (trail) {
      after.unshift({ ...last, text: trail });
      middle[middle.length - 1] = { ...last, text: last.text.slice(0, -trail.length) };
    }
  }
  return { before, middle, after };
}

function collapseBreaks(pieces: Piece[]): Piece[] {
  return pieces.filter((piece, index) => !(piece.kind === 'break' && pieces[index - 1]?.kind === 'break'));
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Array<{ key: K; items: T[] }> {
  const groups: Array<{ key: K; items: T[] }> = [];
  for (const item of items) {
    const k = key(item);
    const last = groups.at(-1);
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}

// ─── Blocks: paragraphs, lists, tables ──────────────────────────────────────

/** Body, table cell, text box or note content → mdast blocks. */
function convertBlocks(container: Element, ctx: Context): BlockContent[] {
  const items: Item[] = [];
  const push = (item: Item | undefined): void => {
    if (item) items.push(item);
  };
  let carry: RawParagraph | undefined;
  // The table that shows an export's front-matter is left out when the front-matter itself comes back.
  const skip = (sdt: Element) => ctx.kvsExport?.frontMatter !== undefined && wVal(wChild(sdt, 'sdtPr'), 'tag') === frontMatterTag;
  for (const el of blockElements(container, skip)) {
    if (isW(el, 'p')) {
      let raw = readParagraph(el, ctx);
      if (carry) raw = joinParagraphs(carry, raw);
      carry = raw.props.markDeleted ? raw : undefined;
      if (!carry) push(finishParagraph(raw, ctx));
      items.push(...ctx.pending.splice(0).map((node) => ({ node })));
    } else if (isW(el, 'tbl')) {
      // A paragraph cannot run on into a table; it stays a paragraph of its own.
      if (carry) push(finishParagraph(carry, ctx));
      carry = undefined;
      items.push(...convertTable(el, ctx).map((node) => ({ node })));
    }
  }
  if (carry) push(finishParagraph(carry, ctx));
  return groupLists(items);
}

/** Block children, looking through content controls, custom XML and alternate content. */
function blockElements(container: Element, skip?: (sdt: Element) => boolean): Element[] {
  return elements(container).flatMap((el): Element[] => {
    if (isW(el, 'sdt')) return skip?.(el) ? [] : blockElements(wChild(el, 'sdtContent') ?? el, skip);
    if (isW(el, 'customXml') || isW(el, 'sdtContent')) return blockElements(el, skip);
    if (isAlternateContent(el)) {
      const chosen = oneAlternative(el);
      return chosen ? blockElements(chosen, skip) : [];
    }
    return [el];
  });
}

/** Consecutive list paragraphs become one list; a deeper level nests in the item before it. */
function groupLists(items: Item[]): BlockContent[] {
  const out: BlockContent[] = [];
  let stack: Array<{ list: List; level: number; numId: string }> = [];
  for (const { node, list: info, continues } of items) {
    const frame = continues === undefined ? -1 : stack.findLastIndex((open) => open.level <= continues);
    const continued = stack[frame]?.list.children.at(-1);
    if (continued) {
      // Deeper lists end here: what follows at their level starts a new list.
      stack.length = frame + 1;
      continued.children.push(node);
      continue;
    }
    if (!info) {
      stack = [];
      out.push(node);
      continue;
    }
    while (stack.length > 0 && stack.at(-1)!.level > info.level) stack.pop();
    const top = stack.at(-1);
    // Same level but another kind of list (or, at the top, another Word list): a new list.
    if (top && top.level === info.level && (top.list.ordered !== info.ordered || (stack.length === 1 && top.numId !== info.numId))) {
      stack.pop();
    }
    let current = stack.at(-1);
    if (!current || current.level < info.level) {
      const list: List = { type: 'list', ordered: info.ordered, spread: false, children: [] };
      if (info.ordered) list.start = info.number;
      const parentItem = current?.list.children.at(-1);
      if (parentItem) parentItem.children.push(list);
      else out.push(list);
      current = { list, level: info.level, numId: info.numId };
      stack.push(current);
    }
    const item: ListItem = { type: 'listItem', spread: false, children: [node] };
    current.list.children.push(item);
    // An export's loose list (blank lines between its items) stays loose.
    if (info.loose) current.list.spread = true;
  }
  return out;
}

interface CellContent {
  blocks: BlockContent[];
  span: number;
  position: Position;
}

/**
 * A GFM table, first row as header. Merged cells keep the columns straight
 * (a cell spanning two columns is followed by an empty one). A table of one
 * cell is a frame around text, so its content is returned as it is.
 */
function convertTable(tbl: Element, ctx: Context): BlockContent[] {
  const rows = blockElements(tbl)
    .filter((el) => isW(el, 'tr'))
    .map((tr) => convertRow(tr, ctx))
    .filter((row): row is CellContent[] => row !== undefined);
  const cells = rows.flat();
  if (!cells.some((cell) => cell.blocks.length > 0)) return [];
  if (rows.length === 1 && cells.length === 1) return cells[0]!.blocks;
  const width = Math.max(...rows.map((row) => row.reduce((sum, cell) => sum + cell.span, 0)));
  const children = rows.map((row): TableRow => {
    const tableCells: TableCell[] = [];
    for (const cell of row) {
      tableCells.push({ type: 'tableCell', children: escapeCellPipes(flattenBlocks(cell.blocks)), position: cell.position });
      for (let extra = 1; extra < cell.span; extra++) tableCells.push(emptyCell(cell.position));
    }
    const lastPosition = row.at(-1)!.position;
    while (tableCells.length < width) tableCells.push(emptyCell(lastPosition));
    return { type: 'tableRow', children: tableCells };
  });
  const table: Table = { type: 'table', align: children[0]!.children.map(() => null), children };
  return [table];
}

/** A row's cells, with room for w:gridBefore/w:gridAfter; a deleted row records what text it still had. */
function convertRow(tr: Element, ctx: Context): CellContent[] | undefined {
  const trPr = wChild(tr, 'trPr');
  const first = ctx.paragraphs;
  const cells = blockElements(tr)
    .filter((el) => isW(el, 'tc'))
    .map((tc): CellContent => {
      const before = ctx.paragraphs;
      const blocks = convertBlocks(tc, ctx);
      return { blocks, span: Math.max(wInt(wChild(tc, 'tcPr'), 'gridSpan') ?? 1, 1), position: linesSince(ctx, before) };
    });
  if (cells.length === 0) return undefined;
  // Keeping changes, a deleted row stays: Word marks its text as deleted too, which becomes CriticMarkup.
  if (!ctx.keepChanges && (wChild(trPr, 'del') ?? wChild(trPr, 'moveFrom'))) {
    const text = cells.map((cell) => toString({ type: 'root', children: cell.blocks })).filter(Boolean).join(' ');
    if (text.trim()) ctx.removed.push({ reason: 'tracked-deletion', text, line: linesSince(ctx, first).start.line });
    return undefined;
  }
  const padBefore = wInt(trPr, 'gridBefore') ?? 0;
  const padAfter = wInt(trPr, 'gridAfter') ?? 0;
  const pad = (n: number, position: Position): CellContent[] =>
    Array.from({ length: Math.max(n, 0) }, () => ({ blocks: [], span: 1, position }));
  return [...pad(padBefore, cells[0]!.position), ...cells, ...pad(padAfter, cells.at(-1)!.position)];
}

/** Raw Markdown in a cell (a kept comment, say) must not end the cell: GFM reads every unescaped | as a border. */
function escapeCellPipes(nodes: PhrasingContent[]): PhrasingContent[] {
  for (const node of nodes) {
    if (node.type === 'html') node.value = node.value.replace(/(?<!\\)\|/g, '\\|');
    else if ('children' in node) escapeCellPipes(node.children as PhrasingContent[]);
  }
  return nodes;
}

function emptyCell(position: Position): TableCell {
  return { type: 'tableCell', children: [], position: clonePosition(position) };
}

/** Cell content as one line of phrasing: paragraphs joined by breaks, nested tables as "a; b" rows. */
function flattenBlocks(blocks: ReadonlyArray<BlockContent | RootContent>): PhrasingContent[] {
  const lines: PhrasingContent[][] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') lines.push(block.children);
    else if (block.type === 'list') for (const item of block.children) lines.push(flattenBlocks(item.children));
    else if (block.type === 'table') for (const row of block.children) lines.push(joinPhrasing(row.children.map((cell) => cell.children), () => ({ type: 'text', value: '; ' })));
  }
  return joinPhrasing(lines, () => ({ type: 'break' }));
}

function joinPhrasing(lines: PhrasingContent[][], separator: () => PhrasingContent): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const line of lines.filter((l) => l.length > 0)) {
    if (out.length > 0) {
      const node = separator();
      const previous = out.at(-1)?.position;
      if (previous) node.position = clonePosition(previous);
      append(out, [node]);
    }
    append(out, line);
  }
  return out;
}

// ─── Notes and comments ─────────────────────────────────────────────────────

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

/** Footnotes and endnotes as GFM footnote definitions, in the order they are referenced. */
function convertNotes(ctx: Context): FootnoteDefinition[] {
  const definitions: FootnoteDefinition[] = [];
  for (const ref of ctx.noteRefs) {
    const note = ctx.notes.get(ref.identifier);
    if (!note) continue;
    ctx.fixedLine = ref.line;
    const children = isolated(ctx, () => convertBlocks(note, ctx));
    ctx.fixedLine = undefined;
    definitions.push({ type: 'footnoteDefinition', identifier: ref.identifier, label: ref.identifier, children, position: at(ref.line) });
  }
  return definitions;
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

// ─── Positions ──────────────────────────────────────────────────────────────

function at(start: number, end: number = start): Position {
  return { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
}

function clonePosition(position: Position): Position {
  return at(position.start.line, position.end.line);
}

function linesSince(ctx: Context, before: number): Position {
  if (ctx.fixedLine !== undefined) return at(ctx.fixedLine);
  return at(before + 1, Math.max(ctx.paragraphs, before + 1));
}

function spanOf(nodes: Nodes[]): Position | undefined {
  const first = nodes.find((node) => node.position)?.position;
  const last = nodes.findLast((node) => node.position)?.position;
  return first && last ? at(first.start.line, last.end.line) : undefined;
}

/** Containers (lists, rows, the root) span their children. */
function fillPositions(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  for (const child of children) fillPositions(child);
  if (!node.position) {
    const span = spanOf(children);
    if (span) node.position = span;
  }
}
