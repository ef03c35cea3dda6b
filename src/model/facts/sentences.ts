/**
 * Sentences: where they start and end in a block's text.
 */
import { abbreviations } from './data.js';
import { isDigit, isLetter, isSpace, isUpper } from './chars.js';

/** Where sentences start and end in a block's text, trimmed of white space. */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text[from])) from++;
    while (to > from && isSpace(text[to - 1])) to--;
    if (to > from) spans.push([from, to]);
  };
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '.' || char === '!' || char === '?') {
      let after = index + 1;
      while (after < text.length && (text[after] === ')' || text[after] === '"' || text[after] === '”' || text[after] === '»')) after++;
      if (after < text.length && !isSpace(text[after])) continue;
      let next = after;
      while (next < text.length && isSpace(text[next])) next++;
      if (next >= text.length) break;
      if (char !== '.' || periodEndsSentence(text, index, text[next]!)) {
        push(start, after);
        start = next;
      }
      index = next - 1;
    } else if (char === '\n') {
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

function periodEndsSentence(text: string, index: number, next: string): boolean {
  // The word before the period, letters and inner periods ("bl.a", "f.eks"), at most 12 characters back.
  let from = index;
  while (from > 0 && index - from < 12 && (isLetter(text[from - 1]) || text[from - 1] === '.')) from--;
  const word = text.slice(from, index).replace(/^\.+/u, '').toLowerCase();
  if (abbreviations.has(word)) return false;
  // A single letter is an initial or an enumeration ("a."), unless it ends a paragraph number ("§ 101 a.").
  if (word.length === 1 && !isDigit(text[from - 1]) && !(text[from - 1] === ' ' && isDigit(text[from - 2]))) return false;
  if (isDigit(next)) return !isDigit(text[index - 1]);
  return isUpper(next) || '"“„«\'(§'.includes(next);
}
