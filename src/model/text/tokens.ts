/**
 * Word tokens: runs of letters (and combining marks), runs of ASCII digits,
 * and every other character that is not white space as a token of its own,
 * each with its offsets in the text, its lower case, and whether white space
 * comes before it. "rusmiddel-mønster" is three tokens; a reader that wants
 * the compound asks compounds.ts.
 */
import { isDigit, isLetterCode, isSpace } from './chars.js';

export interface Token {
  kind: 'word' | 'num' | 'punct';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** White space before the token. */
  space: boolean;
}

const WORD_RUN = /[\p{L}\p{M}]+/uy;

/** The tokens of a text in order: runs of letters (with marks), runs of digits, and single other characters. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let space = true;
  while (index < text.length) {
    const char = text[index]!;
    if (isSpace(char)) {
      index++;
      space = true;
      continue;
    }
    let end: number;
    let kind: Token['kind'];
    if (isDigit(char)) {
      end = index + 1;
      while (isDigit(text[end])) end++;
      kind = 'num';
    } else {
      end = wordEnd(text, index);
      if (end > index) {
        kind = 'word';
      } else {
        const code = text.charCodeAt(index);
        end = code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
        kind = 'punct';
      }
    }
    const slice = text.slice(index, end);
    tokens.push({ kind, text: slice, lower: slice.toLowerCase(), start: index, end, space });
    space = false;
    index = end;
  }
  return tokens;
}

/** Where the run of letters (and marks) from `index` ends, as WORD_RUN finds it; `index` when there is none. */
function wordEnd(text: string, index: number): number {
  let end = index;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair is one character to the regex: leave such (rare) words to it.
      WORD_RUN.lastIndex = index;
      return WORD_RUN.test(text) ? WORD_RUN.lastIndex : index;
    }
    if (!isLetterCode(code)) break;
  }
  return end;
}
