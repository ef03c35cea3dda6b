/**
 * Line-end hyphenation from PDFs: "til- bud" and "til-\nbud" become "tilbud".
 * A hyphen before a conjunction is an enumeration ("ambulant- og dagbehandling",
 * "Sundheds-, Ældre- og Handicapudvalget") and stays.
 */
import type { Line } from '../lines.js';

const conjunctions = new Set(['og', 'eller', 'samt', 'som', 'til', 'and', 'or', 'og/eller']);

/** Joins "ord- del" within a line. */
export function joinHyphenatedWords(text: string): string {
  return text.replace(/(\p{L})- +(\p{Ll}[\p{L}/]*)/gu, (all, before: string, word: string) =>
    conjunctions.has(word.toLowerCase()) ? all : `${before}${word}`,
  );
}

/** Blank lines a broken word may span: a page break with its empty header lines. */
const maxBlankLinesInWord = 4;

/**
 * Joins a word broken over a line end, across blank lines too (a page break
 * can fall inside a word, even inside a Word table row: "til bor-" … "<p>gere").
 * The fragment moves up to the first line; the rest of the next line stays
 * where it was, so structure and line numbers are kept.
 */
export function joinLineEndHyphenation(lines: Line[]): Line[] {
  const out = lines.map((line) => ({ ...line }));
  for (let index = 0; index < out.length; index++) {
    const current = out[index]!;
    // The hyphen may be followed by closing tags of a table cell: "gravi-</p>".
    const end = /(?<=\p{L})-\s*((?:<\/[a-z]{1,10}>\s*)*)$/u.exec(current.text);
    if (!end) continue;
    let next = index + 1;
    while (next < out.length && out[next]!.text.trim() === '' && next - index <= maxBlankLinesInWord) next++;
    const following = out[next];
    const match = following && /^(\s*(?:<[a-z]{1,10}(?:\s[^>]{0,200})?>)*)(\p{Ll}[\p{L}]*)([.,;:!?)]?)/u.exec(following.text);
    if (!following || !match || conjunctions.has(match[2]!.toLowerCase())) continue;
    const closing = end[1]!.trim();
    current.text = current.text.slice(0, end.index) + match[2]! + match[3]!;
    const rest = following.text.slice(match[0].length).replace(/^\s+/, '');
    if (match[1] === '' && !following.text.startsWith('\t')) {
      // Plain text: the rest of the sentence belongs to the same paragraph too.
      current.text += rest === '' || /^[.,;:!?)]/.test(rest) ? rest : ` ${rest}`;
      following.text = '';
    } else {
      following.text = match[1]! + rest;
    }
    current.text += closing;
  }
  return out.map((line) => ({ ...line, text: joinHyphenatedWords(line.text) }));
}
