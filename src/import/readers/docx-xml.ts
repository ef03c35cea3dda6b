/** OOXML as DOM: namespace-aware helpers for transitional and strict OOXML, and an element's plain text. */
import type { Element } from '@xmldom/xmldom';

export const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const R_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export function elements(parent: Element | null | undefined): Element[] {
  const out: Element[] = [];
  if (!parent) return out;
  for (const node of parent.childNodes) if (node.nodeType === 1) out.push(node as Element);
  return out;
}

/** Every element below el that matches, in document order, at any depth. */
export function descendants(el: Element, match: (node: Element) => boolean): Element[] {
  return elements(el).flatMap((child) => (match(child) ? [child, ...descendants(child, match)] : descendants(child, match)));
}

export function isW(el: Element, name: string): boolean {
  return el.localName === name && W_NAMESPACES.has(el.namespaceURI ?? '');
}

export function isAlternateContent(el: Element): boolean {
  return el.localName === 'AlternateContent' && el.namespaceURI === MC_NAMESPACE;
}

/** mc:AlternateContent holds the same content several ways; read one (the first choice, else the fallback). */
export function oneAlternative(el: Element): Element | undefined {
  return elements(el)[0];
}

export function wChild(parent: Element | null | undefined, name: string): Element | undefined {
  return elements(parent).find((el) => isW(el, name));
}

export function wChildren(parent: Element | null | undefined, name: string): Element[] {
  return elements(parent).filter((el) => isW(el, name));
}

export function attrIn(el: Element | undefined, namespaces: Set<string>, name: string): string | undefined {
  if (!el) return undefined;
  for (const attr of el.attributes) {
    if (attr.localName === name && namespaces.has(attr.namespaceURI ?? '')) return attr.value;
  }
  return undefined;
}

export function wAttr(el: Element | undefined, name: string): string | undefined {
  return attrIn(el, W_NAMESPACES, name);
}

/** `<w:x w:val="…"/>` under parent → its value. */
export function wVal(parent: Element | undefined, name: string): string | undefined {
  return wAttr(wChild(parent, name), 'val');
}

export function wInt(parent: Element | undefined, name: string): number | undefined {
  const value = Number.parseInt(wVal(parent, name) ?? '', 10);
  return Number.isFinite(value) ? value : undefined;
}

/** OOXML on/off properties: `<w:b/>` is on, `<w:b w:val="0"/>` is off, absent is "not said". */
export function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const value = wAttr(el, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

/** No-break and narrow spaces become spaces; soft hyphens go (they are line-break hints). */
export function normalizeText(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\u00ad/g, '');
}

/** Plain text of a comment or note: kept text only, paragraphs joined by a space. */
export function plainText(el: Element): string {
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
