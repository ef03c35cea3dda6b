/**
 * Normalisation of prose for matching words: Unicode NFC (a PDF or a Mac may
 * write "å" as "a" + a combining ring), PDF hyphenation undone ("behand-\nling"
 * is "behandling"; a soft hyphen is nothing), and, on request, lower case.
 * Every character of the result keeps the offset in the input it came from,
 * so a match in the normalised text points back into the source.
 */
import { isLetter, isSpace, isUpper } from './chars.js';

export interface Normalised {
  text: string;
  /** Offset in the input of each UTF-16 unit of `text`, and the input's length at the end. */
  offsets: number[];
}

export interface NormaliseOptions {
  lowerCase?: boolean;
}

/** Words after a hyphen at a line end that make it a suspended compound ("Sundheds-\nog Omsorgsudvalget"), not a word cut in two. */
const SUSPENDED = new Set(['og', 'eller', 'samt', 'som', 'til']);

const SOFT_HYPHEN = 0xad;
const MARK = /\p{M}/u;

export function normalise(text: string, options: NormaliseOptions = {}): Normalised {
  const lowerCase = options.lowerCase === true;
  // Most prose is NFC already: then no character needs its marks gathered.
  const composed = text.normalize('NFC') === text;
  const out: string[] = [];
  const offsets: number[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === SOFT_HYPHEN) {
      index++;
      continue;
    }
    if (code === 45 /* - */ && isLetter(text[index - 1])) {
      const joined = hyphenationEnd(text, index);
      if (joined > index) {
        index = joined;
        continue;
      }
    }
    let end = index + 1;
    if (code >= 0xd800 && code <= 0xdbff && end < text.length) end++;
    let piece = text.slice(index, end);
    if (!composed) {
      while (end < text.length && MARK.test(text[end]!)) end++;
      piece = text.slice(index, end).normalize('NFC');
    }
    if (lowerCase) piece = piece.toLowerCase();
    for (let unit = 0; unit < piece.length; unit++) {
      out.push(piece[unit]!);
      offsets.push(index);
    }
    index = end;
  }
  offsets.push(text.length);
  return { text: out.join(''), offsets };
}

/**
 * Where the word goes on when the hyphen at `index` cuts it at a line end
 * ("behand-\n  ling"), else `index`: the next line must go on in lower case,
 * with a word that does not make the hyphen a suspended compound.
 */
function hyphenationEnd(text: string, index: number): number {
  let cursor = index + 1;
  while (text[cursor] === ' ' || text[cursor] === '\t') cursor++;
  if (text[cursor] === '\r') cursor++;
  if (text[cursor] !== '\n') return index;
  cursor++;
  while (cursor < text.length && isSpace(text[cursor]) && text[cursor] !== '\n') cursor++;
  const next = text[cursor];
  if (!isLetter(next) || isUpper(next)) return index;
  let wordEnd = cursor;
  while (wordEnd < text.length && isLetter(text[wordEnd])) wordEnd++;
  if (SUSPENDED.has(text.slice(cursor, wordEnd).toLowerCase())) return index;
  return cursor;
}

/** The text in NFC and lower case, hyphenation undone, without offsets: for comparing words. */
export function normaliseWord(word: string): string {
  return normalise(word, { lowerCase: true }).text;
}
