/** Paragraphs: their properties, their role (heading, list item, continuation, body text) and their pieces cleaned of deletions and field errors. */
import type { Element } from '@xmldom/xmldom';
import type { BlockContent, Heading, Paragraph } from 'mdast';
import { looseItemLooseListStyle, looseItemStyle, looseListStyle } from '../../export/docx/contract.js';
import { markChanges } from './docx-changes.js';
import { at } from './docx-positions.js';
import type { Format, Piece } from './pieces.js';
import { currentLine, type Context } from './docx-context.js';
import { toPhrasing, groupBy } from './docx-phrasing.js';
import { walkInline } from './docx-runs.js';
import { inherited, kvsStyle, leftIndent, levelIndents, depthFromOutline, styleHeadingDepth, listLevel, type Styles } from './docx-styles.js';
import { wAttr, wChild, wVal, wInt } from './docx-xml.js';

interface ParagraphProps {
  styleId: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  outline: number | undefined;
  indent: number | undefined;
  hanging: boolean;
  /** The paragraph mark is deleted (or moved away): the paragraph runs on into the next. */
  markDeleted: boolean;
}

export interface RawParagraph {
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
    indent: leftIndent(pPr),
    hanging: wAttr(wChild(pPr, 'ind'), 'hanging') !== undefined,
    markDeleted: Boolean(wChild(markRPr, 'del') ?? wChild(markRPr, 'moveFrom')),
  };
}

export function readParagraph(p: Element, ctx: Context): RawParagraph {
  if (ctx.fixedLine === undefined) ctx.paragraphs += 1;
  const line = currentLine(ctx);
  const pieces: Piece[] = [];
  walkInline(p, { deleted: false, inserted: false, href: undefined }, ctx, pieces);
  return { pieces, props: readParagraphProps(wChild(p, 'pPr')), start: line, end: line };
}

/** Deleting a paragraph mark joins the text to the next paragraph, whose mark (and so its style) survives. */
export function joinParagraphs(first: RawParagraph, second: RawParagraph): RawParagraph {
  return { pieces: [...first.pieces, ...second.pieces], props: second.props, start: first.start, end: second.end };
}

type Role =
  | { kind: 'heading'; depth: Heading['depth'] }
  | { kind: 'item'; numId: string; abstractId: string | undefined; continues: string | undefined; level: number; ordered: boolean; number: number; loose: boolean; looseItem: boolean }
  | { kind: 'continue'; level: number }
  | { kind: 'quote' }
  | { kind: 'paragraph' };

/**
 * The role by style and numbering, then by indentation: a paragraph indented
 * as far as the text of the list item before it is a further paragraph of
 * that item; any other paragraph indented at least a quarter inch, its first
 * line not hanging, is a block quote (as pandoc reads it).
 */
function paragraphRole(props: ParagraphProps, ctx: Context): Role {
  const role = styledRole(props, ctx);
  if (role.kind === 'item') {
    ctx.listIndents = levelIndents(ctx.numbering, role.numId);
    return role;
  }
  if (role.kind === 'continue') return role;
  const indents = ctx.listIndents;
  ctx.listIndents = undefined;
  if (role.kind !== 'paragraph') return role;
  const styleId = props.styleId ?? ctx.styles.defaultParagraph;
  const indent = props.indent ?? inherited(ctx.styles, styleId, (s) => s.indent);
  const hanging = props.indent !== undefined ? props.hanging : (inherited(ctx.styles, styleId, (s) => (s.indent !== undefined ? s.hanging : undefined)) ?? false);
  if (indent === undefined || hanging) return role;
  if (indents && indent >= indents[0]!) {
    ctx.listIndents = indents;
    return { kind: 'continue', level: indents.findLastIndex((at) => at <= indent) };
  }
  return indent >= 360 ? { kind: 'quote' } : role;
}

function styledRole(props: ParagraphProps, ctx: Context): Role {
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
  if (styleId !== undefined && props.numId === undefined && isQuoteStyle(ctx.styles, styleId)) return { kind: 'quote' };

  // Numbering set on the paragraph wins over its style's ("List Bullet", "Opstilling med punkttegn").
  const numId = props.numId ?? inherited(ctx.styles, styleId, (s) => s.numId);
  if (numId === undefined || numId === '0') return { kind: 'paragraph' };
  const level = Math.min(Math.max(props.ilvl ?? inherited(ctx.styles, styleId, (s) => s.ilvl) ?? 0, 0), 8);
  const definition = listLevel(ctx.numbering, numId, level);
  if (!definition) return { kind: 'paragraph' };
  const ours = kvsStyle(ctx.styles, styleId);
  const loose = ours === looseListStyle || ours === looseItemLooseListStyle;
  const looseItem = ours === looseItemStyle || ours === looseItemLooseListStyle;
  const abstractId = ctx.numbering.instances.get(numId)?.abstractId;
  return { kind: 'item', numId, abstractId, continues: definition.continues, level, ordered: definition.ordered, number: countItem(ctx, numId, level, definition.start), loose, looseItem };
}

const QUOTE_NAME = /^(?:quote|quotations|intense\s*quote|citat|strakt\s*citat)$/i;

/** Word's "Quote" and "Intense Quote" ("Citat", "Strakt citat"), by name or by what the style is based on. */
function isQuoteStyle(styles: Styles, styleId: string): boolean {
  if (!styles.byId.has(styleId)) return QUOTE_NAME.test(styleId);
  return inherited(styles, styleId, (style) => (QUOTE_NAME.test(style.name.trim()) ? true : undefined)) === true;
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

export interface Item {
  node: BlockContent;
  list?: Extract<Role, { kind: 'item' }>;
  /** A further paragraph of the last list item at this level. */
  continues?: number;
  /** A paragraph of a block quote (Word's Quote and Intense Quote styles). */
  quote?: boolean;
}

/** Removals first (or, keeping changes, CriticMarkup), then phrasing; an empty paragraph gives nothing. */
export function finishParagraph(raw: RawParagraph, ctx: Context): Item | undefined {
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
  if (role.kind === 'quote') return { node, quote: true };
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
