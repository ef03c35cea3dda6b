/**
 * stale-reference: a legal reference that was right once but is not on the
 * check date — the old paragraph number of the treatment guarantee, under-18s
 * under Serviceloven after barnets lov, agencies and laws that no longer exist.
 *
 * The references are data (schemas/stale-references.json): a pattern, an
 * optional cue the sentence must contain (`near`) or must not (`notNear`), the
 * date from which the reference is wrong, and what to write instead. The rule
 * reads the accepted prose (paragraphs, headings, table cells) and the
 * front-matter lines, and points at the words themselves.
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
import type { Nodes, Parent, Root } from 'mdast';
import type { Rule } from './rule.js';
import type { Localized, Severity, Standard } from '../types.js';
import { docsUrl } from '../meta.js';
import { staleReferenceMessages as messages } from '../i18n/rules/stale-reference.js';
import { locator } from '../model/positions.js';
import { parsePartialDate } from '../model/dates.js';
import { splitSentences } from '../model/text/index.js';

// ---------------------------------------------------------------------------
// Data.

export interface StaleReferenceData {
  id: string;
  pattern: string;
  near?: string;
  notNear?: string;
  once?: 'sentence';
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

/** Checks the data's shape and compiles its patterns; throws with the entry's id when something is wrong. */
export function compileStaleReferences(data: unknown): StaleReference[] {
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
    if (regex.test('')) throw fail('pattern matches the empty text');
    const compiled: StaleReference = { ...(entry as StaleReferenceData), regex };
    const nearRegex = compile(entry.near, 'near');
    const notNearRegex = compile(entry.notNear, 'notNear');
    if (nearRegex) compiled.nearRegex = nearRegex;
    if (notNearRegex) compiled.notNearRegex = notNearRegex;
    return compiled;
  });
}

// src/rules/ (tests) and dist/rules/ (built) are both two levels below the package root.
const dataUrl = new URL('../../schemas/stale-references.json', import.meta.url);

let cache: StaleReference[] | undefined;

/** The bundled list, compiled once. */
export function staleReferences(): StaleReference[] {
  cache ??= compileStaleReferences(JSON.parse(readFileSync(dataUrl, 'utf8')));
  return cache;
}

// ---------------------------------------------------------------------------
// Text with source offsets.

/** A run of text (a paragraph, heading, table cell or front-matter line) and, per character, its offset in the source. */
export interface TextBlock {
  text: string;
  /**
   * A typed array, made on first call: most blocks hold no stale reference, so
   * most are never mapped. (A number[] of one entry per character made the
   * rule's time grow faster than the text: V8 moves large arrays to a costlier heap.)
   */
  offsets(): Int32Array;
}

/** How far ahead in the source a character of a text node is looked for (indentation, escapes, markers). */
const LOOKAHEAD = 64;

/** A piece of a block's text: a text node's value, or a line break, with its place in the source. */
interface Piece {
  value: string;
  start: number | undefined;
  end: number | undefined;
}

/** The accepted prose of a standard, block by block, each character mapped back to the file. */
export function textBlocks(standard: Standard): TextBlock[] {
  const blocks: TextBlock[] = [];
  const source = standard.source;
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const pieces: Piece[] = [];
      collectPieces(node, pieces);
      const text = pieces.map((piece) => piece.value).join('');
      if (text.trim() !== '') blocks.push({ text, offsets: once(() => mapPieces(pieces, source, text.length)) });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(standard.tree as Root);
  const frontMatter = standard.frontMatter;
  if (frontMatter) {
    const at = locator(source);
    const start = frontMatter.position.start.offset ?? at.toOffset(frontMatter.position.start);
    const end = frontMatter.position.end.offset ?? at.toOffset(frontMatter.position.end);
    for (const match of source.slice(start, end).matchAll(/[^\r\n]+/g)) {
      const from = start + match.index;
      const text = match[0];
      blocks.push({ text, offsets: once(() => Int32Array.from(text, (_, i) => from + i)) });
    }
  }
  return blocks;
}

/** The text of a block's inline content, in order: text and code as written, a hard break as a line break; images and HTML left out. */
function collectPieces(node: Nodes, pieces: Piece[]): void {
  for (const leaf of (node as Parent).children as Nodes[]) {
    if (leaf.type === 'image' || leaf.type === 'imageReference' || leaf.type === 'html') continue;
    if (leaf.type === 'break') pieces.push({ value: '\n', start: leaf.position?.start.offset, end: undefined });
    else if (leaf.type === 'text' || leaf.type === 'inlineCode') {
      pieces.push({ value: leaf.value, start: leaf.position?.start.offset, end: leaf.position?.end.offset });
    } else if ('children' in leaf) collectPieces(leaf, pieces);
  }
}

function mapPieces(pieces: Piece[], source: string, length: number): Int32Array {
  const offsets = new Int32Array(length);
  let at = 0;
  for (const piece of pieces) {
    align(piece, source, offsets, at);
    at += piece.value.length;
  }
  return offsets;
}

/** `make`, called at most once. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * Maps each character of a piece to the source, from index `at` of `out`:
 * equal characters are paired in order, source characters the value lacks
 * (indentation, `\` escapes, `>` markers) are skipped, within a bounded
 * look-ahead. A piece without a place takes the place before it.
 */
function align(piece: Piece, source: string, out: Int32Array, at: number): void {
  const { value, start, end } = piece;
  if (start === undefined || end === undefined) {
    out.fill(start ?? (at > 0 ? out[at - 1]! : 0), at, at + value.length);
    return;
  }
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const limit = Math.min(end, j + LOOKAHEAD);
    let k = j;
    while (k < limit && source[k] !== value[i]) k++;
    if (k < limit) {
      out[at + i] = k;
      j = k + 1;
    } else {
      out[at + i] = Math.min(j, Math.max(start, end - 1));
    }
  }
}

/**
 * Start offsets of the sentences of a block, by the model's one sentence
 * splitter. A Markdown paragraph wraps its lines: a line break ends nothing.
 */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  const spans = splitSentences(text, { lineBreaks: false });
  for (let index = 1; index < spans.length; index++) starts.push(spans[index]![0]);
  return starts;
}

/** Index of the sentence that contains `offset` (binary search). */
function sentenceAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------
// Words a match needs.

/**
 * Sets of literal words (lower-cased) such that every match of a `giu`
 * pattern contains at least one word of each set; no sets when the pattern
 * promises no words. A block that lacks every word of a set cannot hold a
 * match, so the pattern is not run over it: most blocks mention no old law or
 * agency, and the patterns' `\p{L}` look-behinds make every regex pass cost
 * far more than a search for plain words.
 *
 * The reading is deliberately partial: only plain characters that fold the
 * same way under `toLowerCase` as under the regex's case-insensitive match
 * (see `foldCase`) make up a word; classes, escapes, look-arounds and anything
 * quantified with a minimum of 0 only end the word. Syntax it does not follow
 * gives no sets, so the pattern is always run.
 */
export function requiredWords(pattern: string): string[][] {
  try {
    const reader = new PatternReader(pattern);
    const needs = reader.disjunction();
    return reader.done() ? needs : [];
  } catch {
    return [];
  }
}

/** Characters whose only case-insensitive (`iu`) equals are their `toLowerCase` forms, once `foldCase` has also turned ſ into s. */
const PLAIN = /^[a-z0-9æøå§ ,'"%&@#/-]$/u;

/** The form in which a block is searched for the words of `requiredWords`. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  // ſ (long s) matches s under the regex's case folding but has no other lower-case form.
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** A recursive-descent reader of the pattern syntax `requiredWords` understands; it throws on anything else. */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at === this.source.length;
  }

  /**
   * Alternatives separated by `|`. One alternative's sets all hold; of
   * several, a match contains a word of whichever matched, so the sets become
   * one: the union of each alternative's most telling set.
   */
  disjunction(): string[][] {
    const alternatives = [this.alternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const union: string[] = [];
    for (const needs of alternatives) {
      const chosen = best(needs);
      if (!chosen) return [];
      union.push(...chosen);
    }
    return [union];
  }

  /** A sequence of terms: every needed word set of every term holds. */
  private alternative(): string[][] {
    const needs: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run !== '') needs.push([run]);
      run = '';
    };
    for (;;) {
      const char = this.source[this.at];
      if (char === undefined || char === '|' || char === ')') break;
      const atom = this.atom();
      const min = this.quantifierMinimum();
      if (atom.kind === 'char' && PLAIN.test(atom.char.toLowerCase())) {
        if (min === 1 || min === undefined) run += atom.char.toLowerCase();
        if (min !== undefined) endRun();
        continue;
      }
      endRun();
      if (atom.kind === 'group' && min !== 0) needs.push(...atom.needs);
    }
    endRun();
    return needs;
  }

  /** The minimum of a quantifier after an atom (and the quantifier read), or undefined when there is none. */
  private quantifierMinimum(): number | undefined {
    const char = this.source[this.at];
    let min: number | undefined;
    if (char === '*' || char === '?') min = 0;
    else if (char === '+') min = 1;
    else if (char === '{') {
      const braces = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!braces) throw new Error('unread quantifier');
      this.at += braces[0].length - 1;
      min = Number(braces[1]);
      // {1} is the atom itself; any other count ends the word like +.
      if (min === 1 && braces[2] === undefined) {
        this.at++;
        if (this.source[this.at] === '?') this.at++;
        return undefined;
      }
      min = Math.min(min, 1);
    }
    if (min === undefined) return undefined;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return min;
  }

  private atom(): { kind: 'char'; char: string } | { kind: 'group'; needs: string[][] } | { kind: 'other' } {
    const source = this.source;
    const char = source[this.at]!;
    if (char === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(source.slice(this.at));
      const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(source.slice(this.at));
      const open = lookaround?.[0] ?? named?.[0] ?? (source.startsWith('(?:', this.at) ? '(?:' : source.startsWith('(?', this.at) ? undefined : '(');
      if (open === undefined) throw new Error('unread group');
      this.at += open.length;
      const needs = this.disjunction();
      if (source[this.at] !== ')') throw new Error('unclosed group');
      this.at++;
      // A look-around matches no characters of its own.
      return lookaround ? { kind: 'other' } : { kind: 'group', needs };
    }
    if (char === '[') {
      this.at++;
      if (source[this.at] === '^') this.at++;
      if (source[this.at] === ']') this.at++;
      while (source[this.at] !== ']') {
        if (this.at >= source.length) throw new Error('unclosed class');
        this.at += source[this.at] === '\\' ? 2 : 1;
      }
      this.at++;
      return { kind: 'other' };
    }
    if (char === '\\') {
      const next = source[this.at + 1];
      if (next === undefined) throw new Error('lone backslash');
      if (next === 'p' || next === 'P' || next === 'k' || next === 'u' || next === 'x' || next === 'c') {
        // \p{…}, \k<…>, \u{…}, \uXXXX, \xXX, \cX: read to the end of the escape; none is a plain character here.
        const escape = /^\\(?:[pP]\{[^}]*\}|k<[^>]*>|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z])/.exec(source.slice(this.at));
        if (!escape) throw new Error('unread escape');
        this.at += escape[0].length;
        return { kind: 'other' };
      }
      this.at += 2;
      // \d, \s, \b, \1 and the like stand for more (or less) than themselves; punctuation escaped is itself.
      return /[A-Za-z0-9]/.test(next) ? { kind: 'other' } : { kind: 'char', char: next };
    }
    if (char === '^' || char === '$' || char === '.') {
      this.at++;
      return { kind: 'other' };
    }
    if ('*+?{}]'.includes(char)) throw new Error('unexpected quantifier or bracket');
    // One code point: the pattern has the u flag.
    const point = String.fromCodePoint(source.codePointAt(this.at)!);
    this.at += point.length;
    return { kind: 'char', char: point };
  }
}

/** Of several word sets that all hold, the one whose shortest word is longest, then the smallest (the rarest, roughly); undefined when there is none. */
function best(needs: string[][]): string[] | undefined {
  let chosen: string[] | undefined;
  let score = 0;
  for (const words of needs) {
    const shortest = Math.min(...words.map((word) => word.length));
    if (shortest > score || (shortest === score && words.length < chosen!.length)) {
      chosen = words;
      score = shortest;
    }
  }
  return chosen;
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

/** Every stale reference in the standard on the check date, in document order per entry. */
export function findStaleReferences(standard: Standard, asOf: string, list = staleReferences()): StaleMatch[] {
  const due = list.filter((entry) => entry.validUntil <= asOf);
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

/**
 * Finds which of a set of words occur in each of several folded texts, in
 * one regex pass over all of them: an `includes` per word and block, or a
 * regex call per block, cost more than the patterns they spare.
 */
class WordSearch {
  /** Every place where a word starts, longest word first; the shorter words there are found through `within`. */
  private readonly regex: RegExp | undefined;
  /** For each word, the words it contains (itself too). */
  private readonly within = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)].sort((a, b) => b.length - a.length);
    for (const word of list) this.within.set(word, list.filter((other) => word.includes(other)));
    const escaped = list.map((word) => word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'));
    this.regex = list.length > 0 ? new RegExp(`(?=(${escaped.join('|')}))`, 'g') : undefined;
  }

  /** Per text, the words in it (undefined for none). */
  inEach(texts: string[]): Array<Set<string> | undefined> {
    const found: Array<Set<string> | undefined> = texts.map(() => undefined);
    const regex = this.regex;
    if (!regex) return found;
    // No word holds a line break, so none runs from one text into the next.
    const joined = texts.join('\n');
    let index = 0;
    let end = texts[0]?.length ?? 0;
    regex.lastIndex = 0;
    for (let match = regex.exec(joined); match; match = regex.exec(joined)) {
      const at = match.index;
      while (at > end) end += 1 + texts[++index]!.length;
      const words = (found[index] ??= new Set<string>());
      const word = match[1]!;
      if (!words.has(word)) for (const inner of this.within.get(word)!) words.add(inner);
      // The match is empty (a look-ahead): move on by hand.
      regex.lastIndex = at + 1;
    }
    return found;
  }
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
