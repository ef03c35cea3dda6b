/**
 * Paragraphs pasted twice (the seeds keep old and new wording side by side).
 * A repetition is reported with both places and dropped from the accepted view,
 * so it counts once in the check and is published once.
 */
import { toString } from 'mdast-util-to-string';
import type { Paragraph, Parent, Root } from 'mdast';
import type { Duplicate, Position } from '../types.js';
import { isWordCharAt } from './sections.js';

/** Short paragraphs ("Se ovenfor.") repeat legitimately; only these many words or more count. */
export const minDuplicateWords = 6;

export function normalizeParagraph(text: string): string {
  const composed = text.normalize('NFC');
  // Line-end hyphenation ("til- bud"); the \p{L} scan runs only where a hyphen meets white space.
  const joined = /-\s/.test(composed) ? composed.replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2') : composed;
  return joined.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Prose, not a contact block: an address ("Rusmiddelcenter Hjørring / Østergade 56 /
 * 9800 Hjørring / Tlf. …") rightly stands under several headings.
 */
export function isProse(text: string): boolean {
  const { tokens, numeric } = tokenCounts(text);
  if (tokens < minDuplicateWords) return false;
  return numeric / tokens < 0.25 && tokens / linesWithText(text) >= 6;
}

/**
 * Runs of letters and digits (as `/[\p{L}\p{N}]+/gu` finds them), and how many
 * of them start with an ASCII digit; counted, since every paragraph is tested.
 */
function tokenCounts(text: string): { tokens: number; numeric: number } {
  let tokens = 0;
  let numeric = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    let wordChar: boolean;
    if (code < 128) {
      wordChar = digit || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    } else {
      wordChar = isWordCharAt(text, i);
      // The low half of a surrogate pair belongs to the code point just tested.
      if (code >= 0xd800 && code <= 0xdbff) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) i++;
      }
    }
    if (wordChar && !inToken) {
      tokens++;
      if (digit) numeric++;
    }
    inToken = wordChar;
  }
  return { tokens, numeric };
}

/** Lines (split at \n) with anything but white space on them. */
function linesWithText(text: string): number {
  let lines = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (/\S/.test(text.slice(start, end))) lines++;
    start = end + 1;
  }
  return lines;
}

/**
 * Visits every prose paragraph in document order, at any depth; a paragraph
 * for which `keep` returns false is removed from its parent.
 */
export function filterProseParagraphs(tree: Root, keep: (node: Paragraph, text: string, key: string) => boolean): void {
  const walk = (parent: Parent): void => {
    parent.children = parent.children.filter((node) => {
      if (node.type !== 'paragraph') {
        if ('children' in node) walk(node as Parent);
        return true;
      }
      const text = toString(node, { includeHtml: false });
      return !isProse(text) || keep(node, text, normalizeParagraph(text));
    }) as typeof parent.children;
  };
  walk(tree);
}

export function removeDuplicateParagraphs(tree: Root): Duplicate[] {
  const seen = new Map<string, Paragraph>();
  const duplicates: Duplicate[] = [];
  filterProseParagraphs(tree, (node, text, key) => {
    const first = seen.get(key);
    if (!first) {
      seen.set(key, node);
      return true;
    }
    duplicates.push({ first: first.position as Position, second: node.position as Position, text });
    return false;
  });
  return duplicates;
}
