/**
 * The one Danish sentence splitter: facts and stale-reference cut sentences
 * here, with one abbreviation list (schemas/abbreviations.json) that LIX's
 * sentence count reads too.
 *
 * A sentence ends at "!" or "?" followed by white space, and at "." followed
 * by white space when the next character makes it an end: a capital letter,
 * an opening quote or bracket, "§", or a digit (not after a number: "den
 * 1. januar" goes on). A full stop after an abbreviation ("jf.", "f.eks.",
 * "stk.", "nr.") or after a single letter (an initial, "a.") ends nothing,
 * unless the letter is part of a paragraph number ("§ 101 a."); "osv.", "m.v."
 * and the like end a sentence only before a capital. Closing quotes and
 * brackets after the mark belong to the sentence. Two options serve the
 * readers that need them:
 *
 * - `lineBreaks` (on by default): a line break before a capital, a digit or
 *   "+" ends a sentence, as in lists and text taken from a PDF that have no
 *   full stops. LIX turns it off: a Markdown paragraph wraps its lines.
 * - `colon` (off by default): a colon before a capital ends a sentence, as
 *   LIX counts it (Björnsson).
 */
import { readSchemaFile } from '../../law/data.js';
import { isDigit, isLetter, isSpace, isUpper } from './chars.js';

export interface AbbreviationData {
  never: string[];
  beforeCapital: string[];
}

const abbreviationData = readSchemaFile<AbbreviationData>('abbreviations.json');
const never = new Set(abbreviationData.never);
const beforeCapital = new Set(abbreviationData.beforeCapital);

/** The abbreviation list (schemas/abbreviations.json). */
export const abbreviations: Readonly<AbbreviationData> = abbreviationData;

/** Whether a word (lower case, without its last full stop) is an abbreviation, and of which kind. */
export function abbreviationKind(word: string): keyof AbbreviationData | undefined {
  return never.has(word) ? 'never' : beforeCapital.has(word) ? 'beforeCapital' : undefined;
}

export interface SplitOptions {
  /** A line break before a capital, digit or "+" ends a sentence (default true). */
  lineBreaks?: boolean;
  /** A colon before a capital ends a sentence (default false). */
  colon?: boolean;
}

/** A sentence as offsets into the text: start inclusive, end exclusive. */
export type Span = [number, number];

const isCloser = (char: string | undefined) => char === ')' || char === '"' || char === '”' || char === '»';

/** Where sentences start and end in a block's text, trimmed of white space, in order. */
export function splitSentences(text: string, options: SplitOptions = {}): Span[] {
  const lineBreaks = options.lineBreaks !== false;
  const colon = options.colon === true;
  const spans: Span[] = [];
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text[from])) from++;
    while (to > from && isSpace(text[to - 1])) to--;
    if (to > from) spans.push([from, to]);
  };
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '.' || char === '!' || char === '?' || (colon && char === ':')) {
      let after = index + 1;
      while (after < text.length && isCloser(text[after])) after++;
      if (after < text.length && !isSpace(text[after])) continue;
      let next = after;
      while (next < text.length && isSpace(text[next])) next++;
      if (next >= text.length) break;
      const ends = char === '.' ? periodEndsSentence(text, index, text[next]!) : char === ':' ? isUpper(text[next]) : true;
      if (ends) {
        push(start, after);
        start = next;
      }
      index = next - 1;
    } else if (char === '\n' && lineBreaks) {
      let next = index + 1;
      while (next < text.length && isSpace(text[next])) next++;
      if (next < text.length && (isUpper(text[next]) || isDigit(text[next]) || text[next] === '+')) {
        push(start, index);
        start = next;
      }
      index = next - 1;
    }
  }
  push(start, text.length);
  return spans;
}

/** Whether the full stop at `index`, followed by white space and then `next`, ends a sentence. */
function periodEndsSentence(text: string, index: number, next: string): boolean {
  // The word before the period, letters and inner periods ("bl.a", "f.eks"), at most 12 characters back.
  let from = index;
  while (from > 0 && index - from < 12 && (isLetter(text[from - 1]) || text[from - 1] === '.')) from--;
  const word = text.slice(from, index).replace(/^\.+/u, '').toLowerCase();
  const abbreviation = abbreviationKind(word);
  if (abbreviation === 'never') return false;
  if (abbreviation === 'beforeCapital') return isUpper(next);
  // A single letter is an initial or an enumeration ("a."), unless it ends a paragraph number ("§ 101 a.").
  if (word.length === 1 && !isDigit(text[from - 1]) && !(text[from - 1] === ' ' && isDigit(text[from - 2]))) return false;
  if (isDigit(next)) return !isDigit(text[index - 1]);
  return isUpper(next) || '"“„«\'(§'.includes(next);
}
