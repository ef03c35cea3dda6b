/**
 * Paragraphs pasted twice (the seeds keep old and new wording side by side).
 * A repetition is reported with both places and dropped from the accepted view,
 * so it counts once in the check and is published once.
 */
import { toString } from 'mdast-util-to-string';
import type { Paragraph, Parent, Root } from 'mdast';
import type { Duplicate, Position } from '../types.js';

/** Short paragraphs ("Se ovenfor.") repeat legitimately; only these many words or more count. */
export const minDuplicateWords = 6;

export function normalizeParagraph(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2') // line-end hyphenation: "til- bud"
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Prose, not a contact block: an address ("Rusmiddelcenter Hjørring / Østergade 56 /
 * 9800 Hjørring / Tlf. …") rightly stands under several headings.
 */
export function isProse(text: string): boolean {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length < minDuplicateWords) return false;
  const numeric = tokens.filter((t) => /^\d/.test(t)).length;
  const lines = text.split('\n').filter((l) => l.trim());
  return numeric / tokens.length < 0.25 && tokens.length / lines.length >= 6;
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
