/**
 * stale-reference: a legal reference that was right once but is not on the
 * check date — the old paragraph number of the treatment guarantee, under-18s
 * under Serviceloven after barnets lov, agencies and laws that no longer exist.
 *
 * Law citations (§ 101's stk., executive orders, a quoted law text) are read
 * by the citation reader (src/model/citations/) and checked against
 * schemas/law/citations.json (src/rules/utils/citation-problems.ts). Names
 * and phrases (agencies, laws by name, under-18s) are a list
 * (schemas/stale-references.json): a pattern, an optional cue the sentence
 * must contain (`near`) or must not (`notNear`), the date from which the
 * reference is wrong, and what to write instead. The rule reads the accepted
 * prose (paragraphs, headings, table cells) and the front-matter lines, and
 * points at the words themselves.
 *
 * Linear in the length of the text: every pattern runs at most once over each
 * block (not at all when the block lacks the plain words a match or its cue
 * needs, see `requiredWords`), the sentence cues are tested at most once per
 * sentence and entry, and a block's characters are claimed at most once per
 * entry.
 *
 * Law: each reference names its own (schemas/stale-references.json), e.g. serviceloven § 101 as amended from 1 January 2020, barnets lov §§ 33-34.
 *
 * @example
 *   {"name": "ok.md", "asOf": "2026-11-25"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Klageadgang
 *
 *   Kommunen genvurderer afgørelsen. Får du ikke medhold, sender vi klagen til Ankestyrelsen.
 *
 * @example
 *   {"name": "not-ok.md", "asOf": "2026-11-25"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Klageadgang
 *
 *   Kommunen genvurderer afgørelsen. Får du ikke medhold, sender vi klagen til Det Sociale Nævn.
 */
import { readFileSync } from 'node:fs';
import type { Rule } from './rule.js';
import type { Localized, Severity, Standard } from '../types.js';
import { docsUrl } from '../meta.js';
import { staleReferenceMessages as messages } from '../i18n/rules/stale-reference.js';
import { locator } from '../model/positions.js';
import { documentKind, isOtherArea } from '../model/document-kind.js';
import { citationProblems, type CitationProblem } from './utils/citation-problems.js';
import { sentenceAt, sentenceStarts, textBlocks, type TextBlock } from '../model/text-blocks.js';
import { best, foldCase, requiredWords, WordSearch } from '../model/required-words.js';

export { foldCase, requiredWords } from '../model/required-words.js';
export { textBlocks, type TextBlock } from '../model/text-blocks.js';
import { parsePartialDate } from '../model/dates.js';

// ---------------------------------------------------------------------------
// Data.

export interface StaleReferenceData {
  id: string;
  pattern: string;
  near?: string;
  notNear?: string;
  once?: 'sentence';
  /** Only for a § 101 standard: left out when the document is another area's (src/model/document-kind.ts). */
  appliesTo?: 'sel101';
  /** Entries of one group share `once`: one finding per sentence for the whole group. */
  group?: string;
  /** From this day (YYYY-MM-DD) on, the reference is wrong. */
  validUntil: string;
  unverified?: boolean;
  severity: Severity;
  message: Localized;
  instead: Localized;
  law: Localized;
}

export interface StaleReference extends StaleReferenceData {
  regex: RegExp;
  nearRegex?: RegExp;
  notNearRegex?: RegExp;
}

const FLAGS = 'giu';

/**
 * Checks the data's shape and compiles its patterns; throws with the entry's id when something is wrong.
 * `bundled`: the list in schemas/, whose patterns the tests show never match the empty text
 * (test/rules/stale-reference.test.ts); asking at every start ran each pattern once, 4-5 ms of a one-file check.
 */
export function compileStaleReferences(data: unknown, { bundled = false } = {}): StaleReference[] {
  const list = (data as { references?: unknown } | undefined)?.references;
  if (!Array.isArray(list)) throw new Error('stale-references.json: "references" must be a list');
  const ids = new Set<string>();
  return list.map((raw: unknown, index): StaleReference => {
    const entry = raw as Partial<StaleReferenceData>;
    const name = typeof entry.id === 'string' ? entry.id : `#${index}`;
    const fail = (why: string) => new Error(`stale-references.json, entry ${name}: ${why}`);
    if (typeof entry.id !== 'string' || entry.id === '') throw fail('id is missing');
    if (ids.has(entry.id)) throw fail('id is used twice');
    ids.add(entry.id);
    if (typeof entry.pattern !== 'string') throw fail('pattern is missing');
    if (typeof entry.validUntil !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.validUntil)) throw fail('validUntil must be YYYY-MM-DD');
    if (entry.severity !== 'error' && entry.severity !== 'warning') throw fail('severity must be error or warning');
    if (entry.once !== undefined && entry.once !== 'sentence') throw fail('once must be "sentence"');
    if (entry.group !== undefined && typeof entry.group !== 'string') throw fail('group must be a text');
    if (entry.appliesTo !== undefined && entry.appliesTo !== 'sel101') throw fail('appliesTo must be "sel101"');
    for (const key of ['message', 'instead', 'law'] as const) {
      const text = entry[key];
      if (typeof text?.da !== 'string' || typeof text.en !== 'string') throw fail(`${key} needs da and en`);
    }
    const compile = (source: string | undefined, what: string) => {
      if (source === undefined) return undefined;
      try {
        return new RegExp(source, FLAGS);
      } catch (error) {
        throw fail(`${what} is not a valid regular expression (${(error as Error).message})`);
      }
    };
    const regex = compile(entry.pattern, 'pattern')!;
    if (!bundled && matchesEmpty(regex)) throw fail('pattern matches the empty text');
    const compiled: StaleReference = { ...(entry as StaleReferenceData), regex };
    const nearRegex = compile(entry.near, 'near');
    const notNearRegex = compile(entry.notNear, 'notNear');
    if (nearRegex) compiled.nearRegex = nearRegex;
    if (notNearRegex) compiled.notNearRegex = notNearRegex;
    return compiled;
  });
}

/**
 * Whether a pattern matches the empty text. Without 'i': that does not depend on case, and a case-insensitive
 * Unicode regex compiled just to ask (V8 folds each \p{L} set) costs more.
 */
export function matchesEmpty(regex: RegExp): boolean {
  return new RegExp(regex.source, 'u').test('');
}

// src/rules/ (tests) and dist/rules/ (built) are both two levels below the package root.
const dataUrl = new URL('../../schemas/stale-references.json', import.meta.url);

let cache: StaleReference[] | undefined;

/** The bundled list, compiled once. */
export function staleReferences(): StaleReference[] {
  cache ??= compileStaleReferences(JSON.parse(readFileSync(dataUrl, 'utf8')), { bundled: true });
  return cache;
}

// ---------------------------------------------------------------------------
// Finding them.

export interface StaleMatch {
  entry: StaleReference;
  /** Offsets in the source, end exclusive. */
  start: number;
  end: number;
  found: string;
}

/**
 * Every stale reference in the standard on the check date: the names and
 * phrases of the list, in document order per entry, then the law citations
 * that the citation reader finds out of date (schemas/law/citations.json)
 * where no entry of the list has reported the same words.
 */
export function findStaleReferences(standard: Standard, asOf: string, list = staleReferences()): StaleMatch[] {
  const matches = findListed(standard, asOf, list);
  // The source's characters the list has reported: one pass, however many matches and citations.
  const claimed = new Uint8Array(standard.source.length + 1);
  for (const match of matches) claimed.fill(1, match.start, match.end);
  for (const problem of citationProblems(standard, asOf)) {
    if (problem.kind !== 'stale') continue;
    const { start, end, text } = problem.citation;
    if (claimed[start] === 1 || claimed[end - 1] === 1) continue;
    matches.push({ entry: entryOf(problem), start, end, found: text });
  }
  return matches;
}

/** The id of the entries made from citation problems (src/rules/utils/citation-problems.ts). */
const CITATION_ENTRY = 'citation';

/** A citation problem as an entry of the list, so the report and `kvs fix` read both alike. */
function entryOf(problem: CitationProblem): StaleReference {
  const { severity, message, instead, law, validUntil, unverified } = problem;
  return { id: CITATION_ENTRY, pattern: '', regex: /(?!)/giu, validUntil, severity, message, instead, law, ...(unverified ? { unverified } : {}) };
}

function findListed(standard: Standard, asOf: string, list: StaleReference[]): StaleMatch[] {
  const otherArea = list.some((entry) => entry.appliesTo) && isOtherArea(documentKind(standard));
  const due = list.filter((entry) => entry.validUntil <= asOf && !(otherArea && entry.appliesTo));
  if (due.length === 0) return [];
  const blocks = textBlocks(standard);
  const present = wordSearchOf(list).inEach(blocks.map((block) => foldCase(block.text)));
  const matches: StaleMatch[] = [];
  blocks.forEach((block, index) => {
    // An entry whose words are not in the block can find nothing there; skipping it changes no claim or report.
    const candidates = due.filter((entry) => mayMatch(wordsOf(entry), present[index]));
    if (candidates.length > 0) findInBlock(block, candidates, matches);
  });
  return matches;
}

/** The stale references of `entries` in one block, appended to `matches`. */
function findInBlock(block: TextBlock, entries: StaleReference[], matches: StaleMatch[]): void {
  const { text } = block;
  const matchesOf = patternMatches(text);
  let starts: number[] | undefined;
  const sentenceIndex = (offset: number) => sentenceAt((starts ??= sentenceStarts(text)), offset);
  const sentence = (index: number) => text.slice(starts![index] ?? 0, starts![index + 1] ?? text.length);
  const claimed = new Uint8Array(text.length);
  /** Sentences reported, per group (or entry id). */
  const reportedBy = new Map<string, Set<number>>();
  for (const entry of entries) {
    const cues = new Map<number, boolean>();
    const groupKey = entry.group ?? entry.id;
    const reported = reportedBy.get(groupKey) ?? new Set<number>();
    reportedBy.set(groupKey, reported);
    const fits = (index: number) => {
      let ok = cues.get(index);
      if (ok === undefined) {
        const words = sentence(index);
        ok = (!entry.nearRegex || test(entry.nearRegex, words)) && !(entry.notNearRegex && test(entry.notNearRegex, words));
        cues.set(index, ok);
      }
      return ok;
    };
    for (const match of matchesOf(entry.regex)) {
      const from = match.index!;
      const to = from + match[0].length;
      if (to === from) continue;
      const index = sentenceIndex(from);
      if (entry.once === 'sentence' && reported.has(index)) continue;
      if (!fits(index)) continue;
      let free = true;
      for (let i = from; i < to && free; i++) if (claimed[i]) free = false;
      if (!free) continue;
      claimed.fill(1, from, to);
      reported.add(index);
      const offsets = block.offsets();
      matches.push({
        entry,
        start: offsets[from] ?? 0,
        end: (offsets[to - 1] ?? offsets[from] ?? 0) + 1,
        found: match[0].replace(/\s+/gu, ' '),
      });
    }
  }
}

/** Every match of a regex in `text`, remembered per pattern: entries that share a pattern (with different cues) scan the text once. */
function patternMatches(text: string): (regex: RegExp) => RegExpMatchArray[] {
  const found = new Map<string, RegExpMatchArray[]>();
  return (regex) => {
    const key = `${regex.flags}/${regex.source}`;
    let list = found.get(key);
    if (!list) {
      list = allMatches(regex, text);
      found.set(key, list);
    }
    return list;
  };
}

/**
 * What `[...text.matchAll(regex)]` gives, from the regex itself: matchAll
 * makes a fresh copy of the regex per call, which in a check run cost more
 * than the matching.
 */
function allMatches(regex: RegExp, text: string): RegExpMatchArray[] {
  if (!regex.global) return [...text.matchAll(regex)]; // throws, as matchAll does
  const list: RegExpMatchArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    list.push(match);
    if (match[0] === '') regex.lastIndex = advance(text, regex.lastIndex, regex.unicode);
  }
  regex.lastIndex = 0;
  return list;
}

/** The index after the character at `index`: a whole code point under the u flag. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode) return index + 1;
  const code = text.codePointAt(index);
  return index + (code !== undefined && code > 0xffff ? 2 : 1);
}

/** The word sets an entry's pattern and its `near` cue need (see `requiredWords`). */
interface EntryWords {
  pattern: string[][];
  near: string[][];
}

const entryWords = new WeakMap<StaleReference, EntryWords>();

/** An entry's words, read once per entry. */
function wordsOf(entry: StaleReference): EntryWords {
  let words = entryWords.get(entry);
  if (!words) {
    words = { pattern: wordsNeeded(entry.regex), near: entry.nearRegex ? wordsNeeded(entry.nearRegex) : [] };
    entryWords.set(entry, words);
  }
  return words;
}

/** `requiredWords` reads the syntax of the u flag, and its words are lower-case only for the i flag (or without it, a stricter match). */
function wordsNeeded(regex: RegExp): string[][] {
  if (!regex.unicode) return [];
  const needs = requiredWords(regex.source);
  // Short words ("de", "for", "§", "2") are in nearly every block and rule out little; the most telling set is always kept.
  const telling = best(needs);
  return needs.filter((words) => words === telling || words.every((word) => word.length >= MIN_SEARCHED_LENGTH));
}

/** Word sets with a shorter word than this are not searched for (but for an entry's most telling one). */
const MIN_SEARCHED_LENGTH = 4;

/** False only when a block (with the words `present`) lacks every word of a set the pattern or its `near` cue needs. */
function mayMatch(words: EntryWords, present: Set<string> | undefined): boolean {
  const holds = (needs: string[][]) => needs.every((set) => set.some((word) => present?.has(word) === true));
  return holds(words.pattern) && holds(words.near);
}


const searches = new WeakMap<StaleReference[], WordSearch>();

/** One search for the words of every entry of a list, made once per list. */
function wordSearchOf(list: StaleReference[]): WordSearch {
  let search = searches.get(list);
  if (!search) {
    search = new WordSearch(list.flatMap((entry) => [...wordsOf(entry).pattern, ...wordsOf(entry).near].flat()));
    searches.set(list, search);
  }
  return search;
}

function test(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const result = regex.test(text);
  regex.lastIndex = 0;
  return result;
}

export const staleReference: Rule<typeof messages> = {
  meta: {
    id: 'stale-reference',
    description: {
      da: 'En lovhenvisning eller et myndighedsnavn, der var rigtigt engang, men ikke er det på tjekdatoen (fx § 101, stk. 2 om behandlingsgarantien, unge under 18 år efter serviceloven, nedlagte nævn og styrelser). Beskeden siger, hvad der skal stå i stedet.',
      en: 'A legal reference or agency name that was right once but is not on the check date (e.g. § 101, stk. 2 for the treatment guarantee, under-18s under the Social Services Act, abolished boards and agencies). The message says what to write instead.',
    },
    law: {
      da: 'Serviceloven § 101 som ændret fra 1. januar 2020; barnets lov §§ 33-34; de love der har afløst de nævnte myndigheder og love',
      en: 'Social Services Act § 101 as amended from 1 January 2020; barnets lov §§ 33-34; the acts that replaced the agencies and laws named',
    },
    severity: 'warning',
    docs: docsUrl('stale-reference'),
    dependsOnDate: true,
    messages,
  },
  check(context) {
    const { standard, asOf } = context;
    const at = locator(standard.source);
    const found = findStaleReferences(standard, asOf).sort((a, b) => a.start - b.start || a.end - b.end);
    for (const match of found) {
      const { entry } = match;
      const { message, instead, validUntil } = entry;
      context.report({
        severity: entry.severity,
        position: { start: at.toPoint(match.start), end: at.toPoint(match.end) },
        law: entry.law,
        messageId: 'stale',
        ...(entry.unverified ? { hintId: 'unverified' as const } : {}),
        data: { found: match.found, message, instead, validUntil, date: parsePartialDate(validUntil) },
      });
    }
  },
};
