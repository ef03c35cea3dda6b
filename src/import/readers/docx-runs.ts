/** Inline content: runs, fields, hyperlinks, note and comment references and text boxes to pieces. */
import type { Element } from '@xmldom/xmldom';
import { markdownStyle, shownStyle, softBreakStyle } from '../../export/docx/contract.js';
import { maxNesting, nestingError } from '../nesting.js';
import { importMessages } from '../../i18n/import.js';
import type { Format, Piece } from './pieces.js';
import { currentLine, isolated, type Context } from './docx-context.js';
import { inherited, kvsStyle, type Styles } from './docx-styles.js';
import { W_NAMESPACES, R_NAMESPACES, descendants, elements, isW, isAlternateContent, oneAlternative, wChild, attrIn, wAttr, wVal, onOff, normalizeText, plainText } from './docx-xml.js';

interface InlineState {
  deleted: boolean;
  inserted: boolean;
  href: string | undefined;
}

export function walkInline(parent: Element, state: InlineState, ctx: Context, out: Piece[]): void {
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
  const style = kvsStyle(ctx.styles, wVal(rPr, 'rStyle'));
  // What an HTML block shows is shown in Word only; the HTML itself comes back from its hidden run.
  if (style === shownStyle) return;
  const markdown = style === markdownStyle;
  const text = (el: Element, deleted = state.deleted): void => {
    const value = el.textContent ?? '';
    if (markdown) emit('raw', value, deleted);
    else if (style === softBreakStyle && value === ' ') emit('raw', '\n', deleted);
    else emit('text', normalizeText(value), deleted);
  };
  const highlight = ctx.keepChanges && !markdown && highlighted(rPr);
  const emit = (kind: Piece['kind'], text: string, deleted = state.deleted): void => {
    if (inFieldCode(ctx)) return; // text between a field's begin and separate is code, not content
    const format: Format = { bold, italic, href: state.href ?? fieldHref(ctx) };
    out.push({ kind, text, format, deleted, inserted: state.inserted, highlight, field: ctx.fields.at(-1)?.id, line: currentLine(ctx) });
  };
  for (const el of elements(run)) {
    if (isAlternateContent(el)) {
      readTextBoxes(el, ctx);
      const chosen = oneAlternative(el);
      if (chosen && !state.deleted) reportImages(chosen, ctx);
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
        if (!state.deleted) reportImages(el, ctx);
        break;
      default:
        // rPr, softHyphen (dropped on purpose), lastRenderedPageBreak, footnoteRef, sym …
        break;
    }
  }
}

/** A text highlight colour, or a run shading, which is how LibreOffice saves a highlight by default. */
function highlighted(rPr: Element | undefined): boolean {
  if ((wVal(rPr, 'highlight') ?? 'none') !== 'none') return true;
  const fill = wAttr(wChild(rPr, 'shd'), 'fill')?.toLowerCase();
  return fill !== undefined && !['auto', 'ffffff', 'none'].includes(fill);
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

/**
 * A picture cannot come along into the Markdown (its file stays in the .docx),
 * so each one is listed in the report, by its alt text and file name, where it stood.
 */
function reportImages(el: Element, ctx: Context): void {
  const pictures = descendants(el, (node) => node.localName === 'blip' || node.localName === 'imagedata');
  if (pictures.length === 0) return;
  const described = descendants(el, (node) => node.localName === 'docPr' || node.localName === 'shape')
    .map((node) => node.getAttribute('descr') || node.getAttribute('alt') || node.getAttribute('title') || '')
    .find((alt) => alt.trim() !== '');
  for (const picture of pictures) {
    const rel = ctx.rels.get(attrIn(picture, R_NAMESPACES, 'embed') ?? attrIn(picture, R_NAMESPACES, 'id') ?? '');
    const file = rel?.target.split('/').at(-1) ?? '';
    const text = [described?.trim(), file && `(${file})`].filter(Boolean).join(' ');
    ctx.removed.push({ reason: 'image', text: text || '?', line: currentLine(ctx) });
  }
}

/** Text boxes (in drawings or VML) hold paragraphs of their own; they follow the paragraph they sit in. */
function readTextBoxes(el: Element, ctx: Context): void {
  for (const box of findTextBoxes(el)) {
    const blocks = isolated(ctx, () => ctx.readBlocks(box, ctx));
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

