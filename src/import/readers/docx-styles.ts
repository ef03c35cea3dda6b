/** styles.xml and numbering.xml: which paragraphs are headings and list items, and character formatting from styles. */
import type { Document, Element } from '@xmldom/xmldom';
import type { Heading } from 'mdast';
import { styleNames } from '../../export/docx/contract.js';
import { elements, isAlternateContent, wChild, wChildren, wAttr, wVal, wInt, onOff } from './docx-xml.js';

// ─── Styles: headings, list styles, character formatting ────────────────────

interface Style {
  name: string;
  /** w:ind w:left (or w:start), twentieths of a point; whether the first line hangs out of it. */
  indent: number | undefined;
  hanging: boolean;
  basedOn: string | undefined;
  /** w:outlineLvl, 0-based; 9 means body text. */
  outline: number | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  bold: boolean | undefined;
  italic: boolean | undefined;
}

export interface Styles {
  byId: Map<string, Style>;
  defaultParagraph: string | undefined;
}

export function readStyles(doc: Document | undefined): Styles {
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
      indent: leftIndent(pPr),
      hanging: wAttr(wChild(pPr, 'ind'), 'hanging') !== undefined,
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

/** w:ind's left (transitional) or start (strict) indentation, in twentieths of a point. */
export function leftIndent(pPr: Element | undefined): number | undefined {
  const ind = wChild(pPr, 'ind');
  const value = Number.parseInt(wAttr(ind, 'left') ?? wAttr(ind, 'start') ?? '', 10);
  return Number.isFinite(value) ? value : undefined;
}

/** Where each level of a list's text starts, for its continuation paragraphs. */
export function levelIndents(numbering: Numbering, numId: string): number[] {
  const instance = numbering.instances.get(numId);
  const abstract = instance?.abstractId === undefined ? undefined : numbering.abstracts.get(instance.abstractId);
  return Array.from({ length: 9 }, (_, ilvl) => instance?.overrides.get(ilvl)?.level?.indent ?? abstract?.get(ilvl)?.indent ?? 720 * (ilvl + 1));
}

/** Which of our export's styles (contract.ts) a style id is, by id or, as LibreOffice renames ids, by name. */
export function kvsStyle(styles: Styles, id: string | undefined): string | undefined {
  if (id === undefined || id in styleNames) return id;
  const name = styles.byId.get(id)?.name;
  return Object.keys(styleNames).find((ours) => styleNames[ours] === name) ?? id;
}

/** The nearest value a style or its ancestors (w:basedOn) set; cycles end the search. */
export function inherited<T>(styles: Styles, id: string | undefined, pick: (s: Style) => T | undefined): T | undefined {
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
export function depthFromOutline(outline: number): Heading['depth'] | null {
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
export function styleHeadingDepth(styles: Styles, styleId: string): Heading['depth'] | undefined {
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
  /** Where the level's text starts (w:ind w:left), in twentieths of a point. */
  indent: number | undefined;
}

interface NumberingInstance {
  abstractId: string | undefined;
  overrides: Map<number, { start: number | undefined; level: LevelDefinition | undefined }>;
}

export interface Numbering {
  abstracts: Map<string, Map<number, LevelDefinition>>;
  instances: Map<string, NumberingInstance>;
}

export function readNumbering(doc: Document | undefined): Numbering {
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
    levels.set(ilvl, { format: numberFormat(lvl), start: wInt(lvl, 'start') ?? 1, indent: leftIndent(wChild(lvl, 'pPr')) });
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

/**
 * A numbered level's kind and first number; undefined when it shows no number or bullet.
 * `continues`: the abstract list this instance goes on counting (it sets no start of its own).
 */
export function listLevel(
  numbering: Numbering,
  numId: string,
  ilvl: number,
): { ordered: boolean; start: number; continues: string | undefined } | undefined {
  const instance = numbering.instances.get(numId);
  if (!instance) return undefined;
  const override = instance.overrides.get(ilvl);
  const level = override?.level ?? (instance.abstractId === undefined ? undefined : numbering.abstracts.get(instance.abstractId)?.get(ilvl));
  if (!level || level.format === 'none') return undefined;
  const continues = override?.start === undefined ? instance.abstractId : undefined;
  return { ordered: level.format !== 'bullet', start: override?.start ?? level.start, continues };
}
