/**
 * LIX (Björnsson's läsbarhetsindex), computed for Danish:
 *
 *   LIX = words / sentences + 100 × long words / words
 *
 * - A word is a whitespace-separated token with at least one letter or digit
 *   (æ, ø, å and other Unicode letters count as letters; "rusmiddel-mønster" is one word).
 * - A long word has more than 6 letters; digits and punctuation are not letters,
 *   so numbers such as "2019" or "17/12/2019" are words but never long.
 * - A sentence ends at "!" or "?", and at "." or ":" unless the next word starts
 *   with a lower-case letter ("21. juni", "Du kan få: råd") or the token is a
 *   known abbreviation ("jf.", "bl.a.", "f.eks.", "ca.", "stk.", "nr." …).
 *   Abbreviations that often close a sentence ("osv.", "m.v.", "etc.") end one
 *   only when the next word starts with a capital letter. The end of the text
 *   (or, in `lixOfStandard`, of a paragraph, list item or table cell) ends the
 *   last sentence.
 *
 * Only whitespace separates tokens, so the score does not change with line
 * breaks or runs of spaces. The score is rounded to a whole number, as LIX
 * usually is; an empty text scores 0.
 */
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import type { Lang, Standard } from '../types.js';

/** Never end a sentence, whatever follows (compared lower-case, without the last "."). */
const neverEnds = new Set([
  'jf', 'jvf', 'bl.a', 'f.eks', 'fx', 'f.x', 'ca', 'stk', 'nr', 'evt', 'pga', 'p.g.a', 'dvs', 'd.v.s', 'inkl', 'ekskl',
  'ift', 'i.f.t', 'iht', 'i.h.t', 'mht', 'm.h.t', 'vedr', 'ang', 'tlf', 'kl', 'pr', 'hhv', 'bek', 'lbk', 'kap', 'pkt',
  'el', 'd', 'dr', 'sml', 'vha', 'v.h.a', 'ml', 'gl', 'mdr', 'md', 'årh', 'bl', 'nb', 'ps', 'obs', 'att', 'hr', 'fr',
]);

/** End a sentence only before a capital letter. */
const mayEnd = new Set(['osv', 'o.s.v', 'etc', 'mv', 'm.v', 'mm', 'm.m', 'mfl', 'm.fl', 'o.l', 'ol', 'o.a', 'oa']);

export interface LixCounts {
  words: number;
  sentences: number;
  longWords: number;
}

const letter = /\p{L}/gu;
const wordChar = /[\p{L}\p{N}]/u;
const leading = /^[^\p{L}\p{N}]+/u;
const closing = /["'»«”“’‘)\]}›‹*_]+$/u;

/** Counts words, sentences and long words in one block of text. */
export function lixCounts(text: string): LixCounts {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  let open = false;
  const count = (token: string, next: string | undefined) => {
    words++;
    open = true;
    if ((token.match(letter)?.length ?? 0) > 6) longWords++;
    if (endsSentence(token, next)) {
      sentences++;
      open = false;
    }
  };
  // One token at a time, each judged when the next is known: an array of every token of a long paragraph costs more than the text (issue 6).
  let token: string | undefined;
  for (const match of text.matchAll(/\S+/gu)) {
    if (!wordChar.test(match[0])) continue;
    if (token !== undefined) count(token, match[0]);
    token = match[0];
  }
  if (token !== undefined) count(token, undefined);
  if (open) sentences++;
  return { words, sentences, longWords };
}

function endsSentence(token: string, next: string | undefined): boolean {
  const bare = token.replace(closing, '');
  if (/[!?]$/u.test(bare)) return true;
  if (!/[.:]$/u.test(bare)) return false;
  if (next === undefined) return true;
  const nextStart = next.replace(leading, '').charAt(0);
  const nextLower = nextStart !== '' && nextStart === nextStart.toLowerCase() && nextStart !== nextStart.toUpperCase();
  if (nextLower) return false;
  if (bare.endsWith(':')) return true;
  const word = bare.slice(0, -1).replace(leading, '').toLowerCase();
  if (neverEnds.has(word)) return false;
  if (mayEnd.has(word)) return nextStart !== '' && nextStart !== nextStart.toLowerCase();
  return true;
}

/** LIX of counts summed over several blocks. */
export function lixOfCounts(counts: LixCounts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  return Math.round(counts.words / counts.sentences + (100 * counts.longWords) / counts.words);
}

export function lix(text: string): number {
  return lixOfCounts(lixCounts(text));
}

/**
 * LIX of a standard's accepted prose: every paragraph (also inside list items
 * and quotes) and every table cell, each ending a sentence. Headings, code,
 * HTML comments and front-matter are left out.
 */
export function lixOfStandard(standard: Standard): number {
  return lixOfCounts(lixCountsOfTree(standard.tree));
}

/** Words, sentences and long words of a tree's paragraphs and table cells, each ending a sentence. */
export function lixCountsOfTree(tree: Nodes): LixCounts {
  const total: LixCounts = { words: 0, sentences: 0, longWords: 0 };
  visit(tree, (node: Nodes) => {
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return undefined;
    const counts = lixCounts(toString(node, { includeHtml: false, includeImageAlt: false }));
    total.words += counts.words;
    total.sentences += counts.sentences;
    total.longWords += counts.longWords;
    return 'skip';
  });
  return total;
}

export type LixBand = 'very-easy' | 'easy' | 'medium' | 'difficult' | 'very-difficult';

/** The usual Danish bands: ≤24 meget let, 25–34 let, 35–44 middel, 45–54 svær, ≥55 meget svær. */
export function lixBand(score: number): LixBand {
  if (score <= 24) return 'very-easy';
  if (score <= 34) return 'easy';
  if (score <= 44) return 'medium';
  if (score <= 54) return 'difficult';
  return 'very-difficult';
}

const bandNames: Record<LixBand, Record<Lang, string>> = {
  'very-easy': { da: 'meget let', en: 'very easy' },
  easy: { da: 'let', en: 'easy' },
  medium: { da: 'middel', en: 'medium' },
  difficult: { da: 'svær', en: 'difficult' },
  'very-difficult': { da: 'meget svær', en: 'very difficult' },
};

export function lixBandName(score: number, lang: Lang = 'da'): string {
  return bandNames[lixBand(score)][lang];
}
