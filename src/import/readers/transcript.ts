/**
 * An online PDF viewer's transcript puts a whole page on one line, so a
 * heading runs into its text: "Indledning Dette er kommunens standard …".
 * Such a line is split where a known heading (the topic headings of
 * schemas/requirements.json and the common ones in schemas/furniture.json,
 * `headings`) stands at the start of the page or after a sentence, with a
 * new sentence in capitals after it; "3. Målgruppe" keeps its number. Every
 * split is reported. A page that is only headings in a row, with no sentence
 * (the document's contents page), leaves the body as a table of contents.
 */
import type { Line } from '../lines.js';
import type { Removal, Split } from '../types.js';
import { requirementCatalogue } from '../../law/catalogue.js';
import { readSchemaFile } from '../../law/data.js';

/** A page run into one line is long; a paragraph of a page is shorter, and is not searched for headings. */
const minPageLine = 250;
/** So many headings in a row, and no sentence, make a contents page. */
const minContentsEntries = 4;

let pattern: RegExp | undefined;

/** The known headings as one pattern, longest first, each with an optional number before it. */
function headingPattern(): RegExp {
  if (pattern) return pattern;
  const common = readSchemaFile<{ headings: { common: string[] } }>('furniture.json').headings.common;
  const all = [...new Set([...requirementCatalogue().flatMap((r) => r.headings), ...common])]
    .filter((h) => /^\p{Lu}/u.test(h))
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // A heading is followed by a capital that starts its text, or ends the line.
  pattern = new RegExp(`(?<=^|\\s)((?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+)?(?:${all.join('|')}))(?=\\s+\\p{Lu}\\p{Ll}|\\s*$)`, 'gu');
  return pattern;
}

/** Where headings open the line: at its start or after a sentence. */
function headingsIn(text: string): Array<{ at: number; heading: string }> {
  const found: Array<{ at: number; heading: string }> = [];
  for (const match of text.matchAll(headingPattern())) {
    const before = text.slice(0, match.index);
    if (before.trim() !== '' && !/[.!?]\s+$/u.test(before)) continue;
    found.push({ at: match.index, heading: match[1]! });
  }
  return found;
}

/** Known headings anywhere in the line, each before a capital or the end: the entries of a contents page. */
function entries(text: string): string[] {
  return [...text.matchAll(headingPattern())].map((m) => m[1]!.replace(/^[\d.\s]+/, ''));
}

export function splitTranscriptPages(lines: Line[], removed: Removal[], splits: Split[]): Line[] {
  const long = (line: Line) => line.text.trim().length >= minPageLine;
  const opening = lines.map((line) => (long(line) ? headingsIn(line.text).map((h) => h.heading.replace(/^[\d.\s]+/, '').toLowerCase()) : []));
  const out: Line[] = [];
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (!long(line)) {
      out.push(line);
      return;
    }
    // A contents page: its entries open later pages' sections.
    const later = new Set(opening.slice(index + 1).flat());
    const listed = entries(text);
    if (listed.length >= minContentsEntries && !/[.!?]\s+\p{Lu}/u.test(text) && listed.some((entry) => later.has(entry.toLowerCase()))) {
      removed.push({ reason: 'table-of-contents', text, line: line.line });
      return;
    }
    const found = headingsIn(text);
    if (found.length === 0) {
      out.push(line);
      return;
    }
    const at = (value: string): Line => ({ text: value, line: line.line });
    if (found[0]!.at > 0) out.push(at(text.slice(0, found[0]!.at).trim()), at(''));
    found.forEach((heading, index) => {
      const end = found[index + 1]?.at ?? text.length;
      splits.push({ line: line.line, heading: heading.heading });
      out.push(at(''), at(heading.heading), at(''), at(text.slice(heading.at + heading.heading.length, end).trim()), at(''));
    });
  });
  return out;
}
