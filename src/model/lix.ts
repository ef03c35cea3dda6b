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
 *   only when the next word starts with a capital letter. The abbreviations are
 *   the text layer's one list (schemas/abbreviations.json); the rest is LIX's
 *   own convention on whitespace tokens (a colon ends a sentence, a wrapped
 *   line does not), so it is not the facts' sentence splitter. The end of the text
 *   (or, in `lixOfStandard`, of a paragraph, list item or table cell) ends the
 *   last sentence.
 *
 * Only whitespace separates tokens, so the score does not change with line
 * breaks or runs of spaces. The score is rounded to a whole number, as LIX
 * usually is; an empty text scores 0.
 */
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import type { Lang, Standard } from '../types.js';
import { shared } from '../i18n/shared.js';
import { abbreviationKind } from './text/index.js';

export interface LixCounts {
  words: number;
  sentences: number;
  longWords: number;
}

/**
 * Counts words, sentences and long words in one block of text.
 *
 * It walks the text by hand: a `\S+` match, a `\p{L}` match array and three
 * regex replacements per word made LIX one of the check's costliest steps. The
 * regexes below say what the hand-written tests mean; the ASCII fast paths
 * give the same answers.
 */
export function lixCounts(text: string): LixCounts {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  let open = false;
  const count = (token: string, next: string | undefined) => {
    words++;
    open = true;
    if (hasMoreLetters(token, 6)) longWords++;
    if (endsSentence(token, next)) {
      sentences++;
      open = false;
    }
  };
  // One token at a time, each judged when the next is known: an array of every token of a long paragraph costs more than the text (issue 6).
  let token: string | undefined;
  let at = 0;
  while (at < text.length) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    const start = at;
    while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
    if (at === start) break;
    const next = text.slice(start, at);
    if (!hasWordChar(next)) continue;
    if (token !== undefined) count(token, next);
    token = next;
  }
  if (token !== undefined) count(token, undefined);
  if (open) sentences++;
  return { words, sentences, longWords };
}

/** Letters and digits beyond ASCII, tested one code point at a time (sticky). */
const letterAt = /\p{L}/uy;
const wordCharAt = /[\p{L}\p{N}]/uy;
const leading = /^[^\p{L}\p{N}]+/u;

/** As `/\s/` (JavaScript white space and line terminators), for one UTF-16 unit. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** As `/[\p{L}\p{N}]/u.test(token)`. */
function hasWordChar(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 128) {
      if (isAsciiLetter(code) || (code >= 48 && code <= 57)) return true;
      continue;
    }
    wordCharAt.lastIndex = i;
    if (wordCharAt.test(token)) return true;
  }
  return false;
}

/** As `(token.match(/\p{L}/gu)?.length ?? 0) > limit`: letters are counted per code point. */
function hasMoreLetters(token: string, limit: number): boolean {
  let letters = 0;
  for (let i = 0; i < token.length && letters <= limit; i++) {
    const code = token.charCodeAt(i);
    if (code < 128) {
      if (isAsciiLetter(code)) letters++;
      continue;
    }
    letterAt.lastIndex = i;
    if (letterAt.test(token)) letters++;
    // The low half of a surrogate pair is part of the code point just tested.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < token.length) {
      const low = token.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  return letters > limit;
}

/** Closing quotes, brackets and emphasis marks that may follow a sentence's last mark: as `/["'»«”“’‘)\]}›‹*_]+$/u`. */
const CLOSERS = '"\'»«”“’‘)]}›‹*_';

function endsSentence(token: string, next: string | undefined): boolean {
  let end = token.length;
  while (end > 0 && CLOSERS.includes(token[end - 1]!)) end--;
  const mark = token[end - 1];
  if (mark === '!' || mark === '?') return true;
  if (mark !== '.' && mark !== ':') return false;
  if (next === undefined) return true;
  const nextStart = next.replace(leading, '').charAt(0);
  const nextLower = nextStart !== '' && nextStart === nextStart.toLowerCase() && nextStart !== nextStart.toUpperCase();
  if (nextLower) return false;
  if (mark === ':') return true;
  const word = token.slice(0, end - 1).replace(leading, '').toLowerCase();
  const abbreviation = abbreviationKind(word);
  if (abbreviation === 'never') return false;
  if (abbreviation === 'beforeCapital') return nextStart !== '' && nextStart !== nextStart.toLowerCase();
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
  addProse(tree, total);
  return total;
}

/** Adds the counts of the paragraphs and table cells in `node` (or `node` itself) to `total`, in document order. */
function addProse(node: Nodes, total: LixCounts): void {
  if (node.type === 'paragraph' || node.type === 'tableCell') {
    addCounts(total, lixCounts(toString(node, { includeHtml: false, includeImageAlt: false })));
    return;
  }
  if ('children' in node) for (const child of node.children) addProse(child, total);
}

/** Adds `counts` to `total`: blocks end their sentences, so counts of separate blocks simply add up. */
export function addCounts(total: LixCounts, counts: LixCounts): void {
  total.words += counts.words;
  total.sentences += counts.sentences;
  total.longWords += counts.longWords;
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

export function lixBandName(score: number, lang: Lang = 'da'): string {
  return shared[lang].lixBands[lixBand(score)];
}
