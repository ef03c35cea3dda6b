/**
 * What must never break over two lines on a phone: "§ 101" (a no-break space
 * after the sign), a phone number ("57 62 79 30": no-break spaces), and an
 * e-mail or web address written as text (a span the stylesheet keeps on one
 * line). Tables get each cell's column header as `data-label`, so the
 * stylesheet can set a narrow table as one block per row with its labels.
 * Runs on sanitized HTML (hast); adds only text, spans with one class and
 * data attributes.
 */
import type { Plugin } from 'unified';
import type { Element, ElementContent, Root, Text } from 'hast';
import { keepParagraphSigns } from '../keep-together.js';

/** Danish numbers in pairs or 4+4 ("57 62 79 30", "+45 70 11 22 33", "4632 7000"), and § with its number. */
const PHONE = /(?:\+45[ \u00A0])?\b\d{2}(?:[ \u00A0]\d{2}){3}\b|\b\d{4}[ \u00A0]\d{4}\b/gu;
/**
 * A whole word that is an e-mail address or a web address (with a scheme, www. or a common
 * domain), less the punctuation after it. Tested word by word and anchored: run over the
 * whole text, an unanchored pattern backtracked quadratically on a 95,000-letter word.
 */
const ADDRESS = /^(?:[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:dk|com|org|net|eu)(?:\/\S*)?)$/u;
/** Longer words are no addresses anyone types (and are not tested). */
const MAX_ADDRESS = 300;

export function keepTogether(text: string): string {
  return keepParagraphSigns(text).replace(PHONE, (number) => number.replace(/ /g, '\u00A0'));
}

export const keepTogetherPlugin: Plugin<[], Root> = () => (tree) => {
  const walk = (parent: Root | Element, inLink: boolean) => {
    const out: ElementContent[] = [];
    for (const child of parent.children as ElementContent[]) {
      if (child.type === 'element') {
        if (child.tagName === 'table') labelCells(child);
        walk(child, inLink || child.tagName === 'a');
        out.push(child);
      } else if (child.type === 'text') {
        out.push(...splitAddresses(keepTogether(child.value), inLink));
      } else out.push(child);
    }
    parent.children = out as typeof parent.children;
  };
  walk(tree, false);
};

/** Text with each address in a `kvs-nowrap` span (a link keeps its own: the stylesheet holds links whole). */
function splitAddresses(value: string, inLink: boolean): ElementContent[] {
  if (inLink) return [{ type: 'text', value }];
  const out: ElementContent[] = [];
  let pending = '';
  for (const token of value.split(/(\s+)/u)) {
    const word = token.replace(/[).,;:!?»"']+$/u, '');
    if (token.length > MAX_ADDRESS || !word || !ADDRESS.test(word)) {
      pending += token;
      continue;
    }
    if (pending) out.push({ type: 'text', value: pending });
    const text: Text = { type: 'text', value: word };
    out.push({ type: 'element', tagName: 'span', properties: { className: ['kvs-nowrap'] }, children: [text] });
    pending = token.slice(word.length);
  }
  if (pending) out.push({ type: 'text', value: pending });
  return out;
}

/** Each body cell gets its column's header text as data-label. */
function labelCells(table: Element): void {
  const rows: Element[] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child);
    }
  };
  collect(table);
  const cellsOf = (row: Element) => row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
  const header = rows.find((row) => cellsOf(row).every((cell) => cell.tagName === 'th'));
  if (!header) return;
  const labels = cellsOf(header).map((cell) => textOf(cell).replace(/\s+/gu, ' ').trim());
  for (const row of rows) {
    if (row === header) continue;
    cellsOf(row).forEach((cell, i) => {
      if (labels[i]) cell.properties.dataLabel = labels[i];
    });
  }
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
