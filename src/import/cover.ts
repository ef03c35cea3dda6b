/**
 * The words of a standard's cover, as data (schemas/furniture.json, `cover`):
 * department and committee names, the statements that open a cover line
 * ("Vedtaget af …", "Tiltrådt af …"), the word a title starts with, and a
 * catalogue number before it. A cover that a viewer or a converter ran into
 * one line ("Furesø Kommune Kvalitetsstandard for … Tiltrådt af Byrådet")
 * is cut into its pieces here, so the title stands alone and each cover
 * piece can go to the front-matter.
 */
import { readSchemaFile } from '../law/data.js';

interface CoverData {
  department: string;
  statement: string;
  titleWord: string;
  catalogueNumber: string;
}

interface CoverPatterns {
  department: RegExp;
  statement: RegExp;
  titleWord: RegExp;
  catalogue: RegExp;
}

let loaded: CoverPatterns | undefined;

function patterns(): CoverPatterns {
  if (loaded) return loaded;
  const data = readSchemaFile<{ cover: CoverData }>('furniture.json').cover;
  loaded = {
    department: new RegExp(`(?<![\\p{L}\\p{N}-])${data.department}`, 'gu'),
    statement: new RegExp(`(?<![\\p{L}\\p{N}])${data.statement}`, 'gu'),
    titleWord: new RegExp(`(?<![\\p{L}\\p{N}])${data.titleWord}`, 'gu'),
    catalogue: new RegExp(`^(${data.catalogueNumber})\\s+(?=${data.titleWord})`, 'u'),
  };
  return loaded;
}

const at = (pattern: RegExp, text: string): RegExpExecArray | null => {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match;
};

/** Department and committee names, for reading the date a cover line puts after one. */
export function departmentPattern(): RegExp {
  return new RegExp(patterns().department.source, 'gu');
}

/** A title's word "Kvalitetsstandard" at the start of the text. */
export function startsWithTitleWord(text: string): boolean {
  return at(patterns().titleWord, text.trim())?.index === 0;
}

/** "Social- og Sundhedsforvaltningen Familie-Handicap", "Rådgivningscenter X - Misbrug": a name, a few words, maybe a date; no sentence. */
export function isDepartmentLine(text: string): boolean {
  const line = text.trim();
  // "Misbrugscentret giver især behandling for brug af:" opens a list; a cover line leads into nothing.
  if (line.endsWith(':')) return false;
  const match = at(patterns().department, line);
  if (match?.index !== 0) return false;
  const rest = line.slice(match[0].length).trim();
  return rest.split(/\s+/).filter(Boolean).length <= 7 && !/[.!?]\s+\p{Lu}|[.!?]$/u.test(rest.replace(/\d\.\s/g, ' '));
}

/** A line that opens with a cover statement: "Tiltrådt af …", "Under revision …". */
export function startsWithStatement(text: string): boolean {
  return at(patterns().statement, text.trim())?.index === 0;
}

/** The catalogue number before a title ("15 Kvalitetsstandard …"), if any. */
export function catalogueNumber(text: string): string | undefined {
  return patterns().catalogue.exec(text.trim())?.[1];
}

/** A kommune's name on a cover: "Albertslund Kommune", "Bornholms Regionskommune". */
const kommuneName = /(?<![\p{L}\p{N}-])\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?s?\s+(?:Regionskommune|Kommune)(?![\p{L}])/gu;
/** A cover's date: a month's name with or without its year ("Februar 2009", "September"), at the end of the line. */
const coverDate = /(?<![\p{L}\p{N}])(?:\d{1,2}\.\s*)?(?:Januar|Februar|Marts|April|Maj|Juni|Juli|August|September|Oktober|November|December)(?:\s+\d{4})?\.?$/gu;

/** A lower-case word a name after it belongs to: "for Rusmiddelcenter Vest" is one phrase, not a cut. */
const joins = /(?:^|\s)(?:for|i|på|ved|af|fra|til|om|hos|og|med)\s*$/u;

/**
 * A cover run into one line, cut before its title word, each department
 * name and each statement: "Furesø Kommune | Kvalitetsstandard for … |
 * Tiltrådt af … | Under revision …". Pieces keep their words in order; a
 * line with no cover in it comes back whole.
 */
export function coverPieces(text: string): string[] {
  const line = text.trim();
  // Prose is no cover: "I Roskilde Kommune arbejder vi …" keeps the kommune's name in its sentence.
  if (line.split(/\s+/).length > 30) return [line];
  const { department, statement, titleWord } = patterns();
  const cuts = new Set<number>();
  const title = at(titleWord, line);
  if (title) cuts.add(title.index);
  for (const pattern of [department, statement, kommuneName, coverDate]) {
    pattern.lastIndex = 0;
    for (const match of line.matchAll(pattern)) {
      if (match.index > 0 && !/\s$/.test(line.slice(0, match.index))) continue;
      if (joins.test(line.slice(0, match.index))) continue;
      cuts.add(match.index);
    }
  }
  const sorted = [...cuts].filter((cut) => cut > 0).sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...sorted, line.length]) {
    const piece = line.slice(from, cut).trim();
    if (piece !== '') pieces.push(piece);
    from = cut;
  }
  return pieces;
}

/**
 * A title as a line of text: a full stop a viewer put after the title word
 * ("Kvalitetsstandard. for …") and one at the end are not part of it, nor is
 * a colon at the end ("… jvf. Servicelovens 101:", a cover leading into the text).
 */
export function cleanTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const word = at(patterns().titleWord, line);
  const joined = word?.index === 0 && /^\.\s+\p{Ll}/u.test(line.slice(word[0].length)) ? `${word[0]}${line.slice(word[0].length + 1)}` : line;
  return joined.replace(/\s*[.:]$/u, '');
}
