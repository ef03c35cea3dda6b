import { requirementCatalogue } from '../../src/law/catalogue.js';
import { normalizeHeading } from '../../src/model/headings.js';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP, CONTINUE } from 'unist-util-visit';
import type { Nodes } from 'mdast';

/**
 * Text normalised for comparing a source with an import's output: markup,
 * case, punctuation and line-end hyphenation do not count, words do.
 */
function stripMarkup(text: string): string {
  return text
    .replace(/<(https?:\/\/[^>\s]+)>/g, ' $1 ')
    .replace(/<[^>]{0,300}>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export function normalizeWords(text: string): string {
  return stripMarkup(text)
    .replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Sentences and table cells of a text, each normalised; short fragments are left out. */
export function sentences(text: string, minWords = 3): string[] {
  return stripMarkup(splitAtHeadingLines(text).replace(/<\/?(?:p|li|ul|ol|br|div|h\d)(?:\s[^>]{0,200})?\/?>/gi, '\n\n'))
    // A word broken at a page break joins before the text is cut into sentences.
    .replace(/(\p{L})-[ \t]*(?:\r?\n[ \t]*){1,5}(?=\p{Ll})/gu, '$1')
    .split(/(?<=[.!?:])\s+|\n\s*\n|\t/)
    .map(normalizeWords)
    .filter((s) => s.split(' ').length >= minWords);
}

/** The sentences of `text` that are not found in `haystack`. */
export function missing(text: string, haystack: string, minWords = 3): string[] {
  const hay = ` ${normalizeWords(haystack)} `;
  return sentences(text, minWords).filter((s) => !hay.includes(` ${s} `));
}

/** The text of an mdast tree with a blank line between blocks, so words of two blocks never run together. */
export function blockText(tree: Nodes): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      // A line break separates words as much as a space does.
      const withBreaks = structuredClone(node);
      visit(withBreaks, 'break', (br, index, parent) => {
        if (parent && index !== undefined) parent.children[index] = { type: 'text', value: ' ', position: br.position } as never;
      });
      parts.push(toString(withBreaks, { includeHtml: false }));
      return SKIP;
    }
    return CONTINUE;
  });
  return parts.join('\n\n');
}

const deletion = /<del(?:\s[^>]{0,200})?>([\s\S]*?)<\/del>|~~([\s\S]*?)~~/g;

/** The source as a reviewer accepts it: tracked deletions out. */
export function acceptedView(source: string): { text: string; deletions: string[] } {
  const deletions = [...source.matchAll(deletion)].map((m) => m[1] ?? m[2] ?? '');
  return { text: source.replace(deletion, '\n\n'), deletions };
}

const knownHeadings = new Set(requirementCatalogue().flatMap((r) => r.headings).map(normalizeHeading));

/** A line that is a known heading is a block of its own, even without a blank line after it (PDF text). */
function splitAtHeadingLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (knownHeadings.has(normalizeHeading(line)) ? `\n${line}\n` : line))
    .join('\n');
}
