/**
 * The dates a standard states as its own: when it was approved ("godkendt i
 * Byrådet den 3. februar 2016", "vedtaget i 2012") or last updated
 * ("Opdateret: 12. marts 2021", "Senest revideret 03.02.2016"), in the
 * forms the front-matter accepts: YYYY-MM-DD, YYYY-MM or YYYY. A date that
 * belongs to something else — "bekendtgørelse nr. 1477 af 17/12/2019" —
 * has no approval or update word before it and is never read.
 */

import { departmentPattern } from './cover.js';

const monthNames: Record<string, string> = {
  januar: '01', februar: '02', marts: '03', april: '04', maj: '05', juni: '06',
  juli: '07', august: '08', september: '09', oktober: '10', november: '11', december: '12',
  jan: '01', feb: '02', mar: '03', apr: '04', jun: '06', jul: '07', aug: '08', sep: '09', sept: '09', okt: '10', nov: '11', dec: '12',
};
const month = `(${Object.keys(monthNames).join('|')})\\.?`;

/** Date forms, most precise first; each gives back [year, month?, day?]. */
const forms: Array<{ pattern: RegExp; parts: (m: RegExpExecArray) => [string, string?, string?] }> = [
  { pattern: new RegExp(`^(\\d{1,2})\\.?\\s*${month}\\s+(\\d{4})`, 'iu'), parts: (m) => [m[3]!, monthNames[m[2]!.toLowerCase()], m[1]] },
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})\b/u, parts: (m) => [m[1]!, m[2], m[3]] },
  { pattern: /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})\b/u, parts: (m) => [m[3]!, m[2], m[1]] },
  { pattern: /^(\d{1,2})\/(\d{1,2})\s+(\d{4})\b/u, parts: (m) => [m[3]!, m[2], m[1]] },
  { pattern: new RegExp(`^${month}\\s+(\\d{4})`, 'iu'), parts: (m) => [m[2]!, monthNames[m[1]!.toLowerCase()]] },
  { pattern: /^(\d{4})\b(?![.,]\d)/u, parts: (m) => [m[1]!] },
];

/** A date written at the start of `text`, normalised, with how many characters it took. */
export function readDate(text: string): { dato: string; length: number } | undefined {
  for (const form of forms) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    const [year, mm, dd] = form.parts(match);
    const y = Number(year);
    if (y < 1990 || y > 2100) continue;
    if (mm !== undefined && (Number(mm) < 1 || Number(mm) > 12)) continue;
    if (dd !== undefined && (Number(dd) < 1 || Number(dd) > 31)) continue;
    const dato = [year, mm?.padStart(2, '0'), dd?.padStart(2, '0')].filter((p) => p !== undefined).join('-');
    return { dato, length: match[0].length };
  }
  return undefined;
}

export interface StatedDate {
  /** Approved, last updated, when the next revision is due, or only dated on the cover under a department's name. */
  kind: 'approved' | 'updated' | 'next-revision' | 'dated';
  dato: string;
  /** The words between the verb and the date: "i Byrådet den", "af Kommunalbestyrelsen d.". */
  between: string;
}

const approvedWord = /(?<![\p{L}])(?:godkendt|vedtaget|tiltrådt|politisk\s+behandlet|besluttet|godkendelsesdato|vedtagelsesdato|(?:politisk\s+)?godkendelse)(?![\p{L}])/giu;
const nextRevisionWord = /(?<![\p{L}])(?:næste\s+revision|revideres\s+(?:senest|igen|næste\s+gang)|revisionsdato|skal\s+revideres(?:\s+senest)?)(?![\p{L}])/giu;
const updatedWord = /(?<![\p{L}])(?:(?:(?:sidst|senest)\s+)?(?:opdateret|revideret|ajourført|redigeret|publiceret)|(?:sidst|senest)\s+ændret)(?![\p{L}])/giu;
/**
 * What may stand between the verb and its date: a body, "den", "d.", "på mødet"; no number, no law.
 * A month's name may open the date ("marts 2014"); any other word before a year is still between ("Byråd 2014").
 */
const between = new RegExp(`^[\\s:,-]*((?:[\\p{L}.,'’-]+\\s+){0,10}?)(?:den\\s+|d\\.\\s*|pr\\.\\s*|i\\s+)?(?=\\d|${month}\\s+\\d{4})`, 'iu');
/** A political body right before a date ("Social- og Sundhedsudvalget, den 30. januar 2017" on a cover): its approval. */
const bodyWord = /(?<![\p{L}])[\p{L}-]*(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelsen?|regionsråd(?:et)?)(?![\p{L}])/giu;
// Only "den"/"d." and a whole date: "Socialudvalget 2018-2022" is a term of office, not an approval.
const bodyBetween = /^[\s,:-]*()(?:den\s+|d\.\s*)(?=\d)/iu;
/** A department's name, a few more names and a whole date: "Social- og Sundhedsforvaltningen Familie-Handicap 25. september 2009". */
const departmentBetween = /^[\s,:-]*((?:\p{Lu}[\p{L}-]*\s+|-\s+){0,4}?)(?:den\s+|d\.\s*)?(?=\d)/u;
/** A cover or a signature that names the kommune or its town before a date: "Albertslund Kommune Februar 2009", "Roskilde, september 2014". */
const placeWord = /(?<![\p{L}\p{N}-])\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?(?:s?\s+(?:Regionskommune|Kommune)|,)(?![\p{L}])/gu;
const placeBetween = new RegExp(`^[\\s,.]*()(?:den\\s+)?(?=(?:\\d{1,2}\\.\\s*)?${month}\\s+\\d{4}\\s*(?:\\n|$))`, 'iu');
const notOwn = /(?<![\p{L}])(?:lov|loven|lovens|bekendtgørelse|bekendtgørelsen|bek|vejledning|nr|cirkulære|folketinget)(?![\p{L}])/iu;

/** Every approval and update date the text states, in order. */
export function statedDates(text: string): StatedDate[] {
  const found: Array<StatedDate & { at: number }> = [];
  const cues = [
    ['approved', approvedWord, between],
    ['updated', updatedWord, between],
    ['next-revision', nextRevisionWord, between],
    ['approved', bodyWord, bodyBetween],
    ['dated', departmentPattern(), departmentBetween],
    ['dated', placeWord, placeBetween],
  ] as const;
  for (const [kind, word, gap] of cues) {
    for (const match of text.matchAll(word)) {
      // "Loven blev vedtaget i 2019": the sentence is about a law, not the standard.
      const sentence = text.slice(Math.max(0, match.index - 80), match.index).split(/[.!?]\s+|\n/).at(-1) ?? '';
      if (notOwn.test(sentence)) continue;
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 160);
      const lead = gap.exec(after);
      if (!lead) continue;
      if (notOwn.test(lead[1]!) || /[.!?]\s+\p{Lu}/u.test(lead[1]!)) continue;
      const date = readDate(after.slice(lead[0].length));
      // A body or a department needs a whole date; a place's line ends with its month and year.
      if (!date || (gap !== between && gap !== placeBetween && date.dato.length !== 10)) continue;
      found.push({ kind, dato: date.dato, between: lead[1]!.trim(), at: match.index });
    }
  }
  // "Godkendt af Byrådet den 3. februar 2016" is found by both cues: once is enough.
  const unique = found.filter((date, index) => !found.some((other, o) => o < index && other.kind === date.kind && other.dato === date.dato));
  return unique.sort((a, b) => a.at - b.at).map(({ at: _at, ...date }) => date);
}
