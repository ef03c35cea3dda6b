/**
 * The extraction data (schemas/facts.json) and the word sets made from it once.
 */
import type { Facts } from '../../types.js';
import { readSchemaFile } from '../../law/data.js';
import { citationLaw } from '../../law/citations.js';

export type Unit = 'day' | 'week' | 'month' | 'year';

export interface FactsData {
  numberWords: Record<string, number>;
  ordinalWords: Record<string, number>;
  units: Record<string, Unit>;
  genitiveUnits: string[];
  listWords: string[];
  rangeWords: string[];
  guarantee: { limitWords: string[]; contactCues: string[]; sentenceCues: string[]; genitiveNext: string[] };
  complaint: { sentenceCues: string[]; deadlineCues: string[]; afterCues: string[]; reconsiderationCues: string[] };
  followUp: { cues: string[]; endCues: string[]; periodWords: string[]; pointWords: string[] };
  reconsideration: string[];
  appealBody: string[];
  age: {
    min: string[];
    max: string[];
    maxInclusive: string[];
    range: string[];
    minAfter: string[];
    maxAfter: string[];
    notTargetGroup: string[];
    notRangeBefore: string[];
    lowest: number;
    highest: number;
  };
  revision: { cues: string[]; weakCues: string[]; weakNeeds: string[]; every: string[]; yearly: string[] };
  phone: { cues: string[]; notPhone: string[]; window: number };
  email: { cues: string[] };
  tlds: string[];
  anonymous: {
    words: string[];
    treatment: string;
    counselling: string[];
    window: number;
    phoneWords: string[];
    webWordPrefixes: string[];
    outsideCues: string[];
    notKommuneNames: string[];
  };
  /** The words for an executive order, read like a law's name (the laws' names are in schemas/law/citations.json). */
  orderNames: string[];
  documentKinds: Record<string, string>;
  months: Record<string, number>;
}


// Read through src/law/: a module here sits three levels below the package root, the bundle two.
export const data = readSchemaFile<FactsData>('facts.json');

/** The extraction data (schemas/facts.json), for rules that look for the same cue phrases. */
export const factsData: Readonly<FactsData> = data;

export const genitiveUnits = new Set(data.genitiveUnits);
export const listWords = new Set(data.listWords);
export const rangeWords = new Set(data.rangeWords);
export const limitWords = new Set(data.guarantee.limitWords);
export const periodWords = new Set(data.followUp.periodWords);
export const pointWords = new Set(data.followUp.pointWords);
export const phoneCueWords = new Set(data.phone.cues);
export const notPhoneWords = new Set(data.phone.notPhone);
export const tlds = new Set(data.tlds);
export const anonymousWords = new Set(data.anonymous.words);
export const anonymousPhoneWords = new Set(data.anonymous.phoneWords);
export const notKommuneNames = new Set(data.anonymous.notKommuneNames);
export const notTargetGroup = new Set(data.age.notTargetGroup);
export const everyWords = new Set(data.revision.every);
/**
 * `table[word]` for the table's own words only, through a Map: the words come
 * cut from the text, and an object looked up by a new string costs far more.
 * Own words only, so "14 constructor" or "valueOf" in a text is no unit or number.
 */
function wordTable<T>(table: Record<string, T>): (word: string) => T | undefined {
  const own = new Map(Object.entries(table));
  return (word) => own.get(word);
}
export const unitOf = wordTable(data.units);
export const numberWordOf = wordTable(data.numberWords);
/** Every written name of a law, one list with the citation reader's (schemas/law/citations.json), and the order words. */
export const lawForms = [
  ...Object.entries(citationLaw().laws).flatMap(([name, law]) => law.written.map((written) => ({ name, written }))),
  ...data.orderNames.map((written) => ({ name: 'bekendtgørelse', written })),
];

/** True when the text, in any case, contains one of the (lower-case) phrases. */
export function mentionsAny(text: string, phrases: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return phrases.some((phrase) => lower.includes(phrase));
}

export function firstIndexOfAny(text: string, phrases: readonly string[]): number {
  let best = -1;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

export function emptyFacts(): Facts {
  return {
    guaranteeDays: [],
    complaintDays: [],
    followUpMonths: [],
    ageLimits: [],
    phones: [],
    emails: [],
    urls: [],
    legalReferences: [],
    revisionYears: [],
    anonymous: [],
    contactProblems: [],
  };
}
