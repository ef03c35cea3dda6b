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

/** A known heading's lower-case continuation: "for social behandling for stofmisbrug", at most six words. */
const extension = String.raw`\s+(?:for|af|om|på|i|til)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,5}`;
/** A continuation that ends on a little word, or holds a verb, runs into a sentence ("Visitation af døgnbehandling foretages af …"). */
const littleEnd = /\s(?:af|for|om|på|i|til|med|og|at|som|der|den|det|de|en|et|hos|ved|fra|eller)$/u;
const verb = /\s(?:er|var|sker|foregår|foretages|gives|gælder|kan|skal|vil|må|har|bliver|tilbydes|ydes|træffes|består|omfatter|betyder|sikres|indebærer|henvender|vurderes|visiteres)(?=\s|$)/u;

let pattern: RegExp | undefined;

/** The known headings as one pattern, longest first, each with an optional number before it. */
function headingPattern(): RegExp {
  if (pattern) return pattern;
  const common = readSchemaFile<{ headings: { common: string[] } }>('furniture.json').headings.common;
  const all = [...new Set([...requirementCatalogue().flatMap((r) => r.headings), ...common])]
    .filter((h) => /^\p{Lu}/u.test(h))
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // A heading ("Hvem kan få hjælp?") is followed by a capital that starts its text ("I henhold …" too), or ends the line.
  // It may be numbered ("3. Målgruppe", "Del 1 - Lovgrundlag") and go on in lower case ("Lovgrundlag for social behandling").
  pattern = new RegExp(
    `(?<=^|\\s)((?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+|Del\\s+\\d{1,2}\\s*[-–]\\s*)?(?:${all.join('|')})(${extension})?[?:]?)(?=\\s+\\p{Lu}(?:\\p{Ll}|\\s)|\\s*$)`,
    'gu',
  );
  return pattern;
}

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Where headings open the line: at its start, after a sentence, or after the title the first page repeats. */
function headingsIn(text: string, title = ''): Array<{ at: number; heading: string }> {
  const found: Array<{ at: number; heading: string }> = [];
  const key = letters(title);
  for (const match of text.matchAll(headingPattern())) {
    const before = text.slice(0, match.index);
    if (before.trim() !== '' && !/[.!?]\s+$/u.test(before) && !(key.length > 10 && letters(before).endsWith(key))) continue;
    if (match[2] !== undefined && (littleEnd.test(match[2]) || verb.test(match[2]))) continue;
    found.push({ at: match.index, heading: match[1]! });
  }
  return found;
}

/** Known headings anywhere in the line, each before a capital or the end: the entries of a contents page. */
function entries(text: string): string[] {
  return [...text.matchAll(headingPattern())].map((m) => m[1]!.replace(/^[\d.\s]+/, ''));
}

/** A contents page that says so: "Indholdsfortegnelse: 1. Indledning 3 2. Lovgrundlag …", no sentence in it. */
const contentsPage = /^(?:indholdsfortegnelse|indhold)(?![\p{L}])/iu;
const sentence = /\p{Ll}[.!?]\s+\p{Lu}\p{Ll}/u;

/** "INDLEDNING LOVGRUNDLAG MÅLGRUPPE …": headings in capitals, one after another. */
function mostlyCapitals(text: string): boolean {
  const all = text.replace(/[^\p{L}]/gu, '');
  return all.length > 0 && all.replace(/[^\p{Lu}]/gu, '').length >= all.length * 0.7;
}

export function splitTranscriptPages(lines: Line[], removed: Removal[], splits: Split[]): Line[] {
  const long = (line: Line) => line.text.trim().length >= minPageLine;
  // A viewer's page starts with the document's title, which its first page repeats before a heading.
  const title = lines.find((line) => line.text.trim() !== '')?.text.trim() ?? '';
  const opening = lines.map((line) => (long(line) ? headingsIn(line.text).map((h) => h.heading.replace(/^[\d.\s]+/, '').toLowerCase()) : []));
  const out: Line[] = [];
  lines.forEach((line, index) => {
    const text = line.text.trim();
    // A contents page that says so is removed at any length; the others need a page's length to be told.
    if (contentsPage.test(text) && text.length >= 80 && !sentence.test(text) && ((text.match(/\d+/g) ?? []).length >= 3 || entries(text).length >= minContentsEntries || mostlyCapitals(text))) {
      removed.push({ reason: 'table-of-contents', text, line: line.line });
      return;
    }
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
    // A heading heads prose: its text up to the next heading has a sentence in it (a contents fragment has none).
    const found = headingsIn(text, title).filter((heading, at, all) => /[^.!?]{25,}\.(?:\s|$)/u.test(text.slice(heading.at + heading.heading.length, all[at + 1]?.at ?? text.length)));
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
