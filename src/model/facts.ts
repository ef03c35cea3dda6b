/**
 * Facts stated in the accepted text: the treatment guarantee, the complaint
 * deadline, follow-up after treatment ends, age limits, contact details, legal
 * references, the revision interval and anonymous treatment (§ 101 a).
 *
 * The words and phrases come from schemas/facts.json. Extraction is linear in
 * the size of the text: one walk over the blocks (paragraphs, headings, table
 * cells), a scanner that cuts sentences, character tests (a table for
 * Latin-1) and a sticky regular expression without nested quantifiers for
 * tokens, and every look-around bounded by a constant window. A scan that
 * cannot find anything in a sentence is skipped after a cheap test of the
 * sentence. Each fact's position is where the phrase stating it is in the
 * original file (CriticMarkup and escapes included); its text is the sentence.
 */
import { readFileSync } from 'node:fs';
import type { Fact, Facts, LegalReference, Point, Position, Standard } from '../types.js';
import { locator, type Locator } from './positions.js';

// ---------------------------------------------------------------------------
// Data

type Unit = 'day' | 'week' | 'month' | 'year';

export interface FactsData {
  abbreviations: string[];
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
  laws: Array<{ name: string; written: string[] }>;
  documentKinds: Record<string, string>;
  months: Record<string, number>;
}

// src/model/ (tests) and dist/model/ (built) are both two levels below the package root.
const data = JSON.parse(readFileSync(new URL('../../schemas/facts.json', import.meta.url), 'utf8')) as FactsData;

/** The extraction data (schemas/facts.json), for rules that look for the same cue phrases. */
export const factsData: Readonly<FactsData> = data;

const abbreviations = new Set(data.abbreviations);
const genitiveUnits = new Set(data.genitiveUnits);
const listWords = new Set(data.listWords);
const rangeWords = new Set(data.rangeWords);
const limitWords = new Set(data.guarantee.limitWords);
const periodWords = new Set(data.followUp.periodWords);
const pointWords = new Set(data.followUp.pointWords);
const phoneCueWords = new Set(data.phone.cues);
const notPhoneWords = new Set(data.phone.notPhone);
const tlds = new Set(data.tlds);
const anonymousWords = new Set(data.anonymous.words);
const anonymousPhoneWords = new Set(data.anonymous.phoneWords);
const notKommuneNames = new Set(data.anonymous.notKommuneNames);
const notTargetGroup = new Set(data.age.notTargetGroup);
const everyWords = new Set(data.revision.every);
/**
 * `table[word]` for the table's own words only, through a Map: the words come
 * cut from the text, and an object looked up by a new string costs far more.
 * Own words only, so "14 constructor" or "valueOf" in a text is no unit or number.
 */
function wordTable<T>(table: Record<string, T>): (word: string) => T | undefined {
  const own = new Map(Object.entries(table));
  return (word) => own.get(word);
}
const unitOf = wordTable(data.units);
const numberWordOf = wordTable(data.numberWords);
const lawForms = data.laws.flatMap((law) => law.written.map((written) => ({ name: law.name, written })));

/** True when the text, in any case, contains one of the (lower-case) phrases. */
export function mentionsAny(text: string, phrases: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return phrases.some((phrase) => lower.includes(phrase));
}

function firstIndexOfAny(text: string, phrases: readonly string[]): number {
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
  };
}

// ---------------------------------------------------------------------------
// Blocks: the inline text of paragraphs, headings and table cells, with the
// original offset of every character.

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

interface Block {
  text: string;
  /** Original offset of each character of `text`, and one past the end. */
  map: number[];
  section: number | undefined;
  heading: boolean;
  links: Array<{ url: string; start: number; end: number }>;
  /** Where malformed contact details start in `text`, in order. */
  problemStarts: number[];
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);
// Not footnote definitions: a footnote is printed at the end of the leaflet (or, unreferenced or referenced
// from a heading, nowhere), never under the heading it is written below, so its facts fill no section.
const CONTAINER_TYPES = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow']);

function collectBlocks(standard: Omit<Standard, 'facts'>): Block[] {
  const sectionOf = new Map<unknown, number>();
  for (const section of standard.sections) for (const node of section.content.children) sectionOf.set(node, section.index);
  const sectionAtHeading = new Map<number, number>();
  for (const section of standard.sections) {
    const offset = section.position.start.offset;
    if (offset !== undefined) sectionAtHeading.set(offset, section.index);
  }
  const blocks: Block[] = [];
  for (const top of standard.tree.children as MdNode[]) {
    const section =
      top.type === 'heading' ? sectionAtHeading.get(top.position?.start.offset ?? -1) : sectionOf.get(top);
    const stack: MdNode[] = [top];
    const ordered: MdNode[] = [];
    // Depth-first, in document order, without recursion (nesting can be deep).
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (BLOCK_TYPES.has(node.type)) ordered.push(node);
      else if (CONTAINER_TYPES.has(node.type) && node.children) {
        for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
      }
    }
    for (const node of ordered) blocks.push(flatten(node, standard.source, section));
  }
  return blocks;
}

function flatten(block: MdNode, source: string, section: number | undefined): Block {
  // The text is kept as whole pieces, joined once; `map` has one entry per UTF-16 unit.
  const pieces: string[] = [];
  const map: number[] = [];
  const links: Block['links'] = [];
  const fallback = block.position?.start.offset ?? 0;
  let last = fallback;
  const lineBreak = (offset: number) => {
    pieces.push('\n');
    map.push(offset);
    last = offset;
  };
  const align = (value: string, from: number | undefined, to: number | undefined) => {
    pieces.push(value);
    if (from === undefined || to === undefined) {
      for (let index = 0; index < value.length; index++) map.push(last);
      return;
    }
    // Walk the value and the source together; the source may hold escapes,
    // entities, list indentation or CriticMarkup that the value does not.
    let cursor = from;
    for (let index = 0; index < value.length; index++) {
      const char = value.charCodeAt(index);
      const limit = Math.min(to, cursor + 16);
      let probe = cursor;
      while (probe < limit && source.charCodeAt(probe) !== char) probe++;
      if (probe < limit) {
        map.push(probe);
        cursor = probe + 1;
      } else {
        map.push(Math.min(cursor, Math.max(from, to - 1)));
      }
    }
    last = Math.max(from, cursor - 1);
  };

  type Item = MdNode | { close: number; url: string };
  const stack: Item[] = [...(block.children ?? [])].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      links.push({ url: item.url, start: item.close, end: map.length });
      continue;
    }
    const node = item;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        align(node.value ?? '', start, end);
        break;
      case 'break':
        lineBreak(start ?? last);
        break;
      case 'html':
        if (/^<br\b/i.test(node.value ?? '')) lineBreak(start ?? last);
        break;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'delete':
        break;
      default:
        if (node.children) {
          if (node.type === 'link' && node.url !== undefined) stack.push({ close: map.length, url: node.url });
          for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
        }
    }
  }
  map.push(map.length > 0 ? map[map.length - 1]! + 1 : fallback);
  return { text: pieces.join(''), map, section, heading: block.type === 'heading', links, problemStarts: [] };
}

// ---------------------------------------------------------------------------
// Sentences

/**
 * A test of one character (UTF-16 unit) against a one-character regex. The
 * scanners ask it for nearly every character of the text, so the answers for
 * Latin-1, which Danish text is almost all made of, are looked up in a table
 * built from the regex itself; other characters are given to the regex.
 */
function characterTest(regex: RegExp): (char: string | undefined) => boolean {
  const test = codeTest(regex);
  return (char) => char !== undefined && test(char.charCodeAt(0));
}

function codeTest(regex: RegExp): (code: number) => boolean {
  const latin1 = new Uint8Array(256);
  for (let code = 0; code < 256; code++) latin1[code] = regex.test(String.fromCharCode(code)) ? 1 : 0;
  return (code) => (code < 256 ? latin1[code] === 1 : regex.test(String.fromCharCode(code)));
}

const LETTER = /[\p{L}\p{M}]/u;
const isSpace = characterTest(/\s/u);
const isLetter = characterTest(LETTER);
const isLetterCode = codeTest(LETTER);
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isUpper = (char: string | undefined) =>
  char !== undefined && isLetter(char) && char === char.toUpperCase() && char !== char.toLowerCase();

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

// ---------------------------------------------------------------------------
// Tokens

interface Token {
  kind: 'word' | 'num' | 'punct';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** White space before the token. */
  space: boolean;
}

const WORD_RUN = /[\p{L}\p{M}]+/uy;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let space = true;
  while (index < text.length) {
    const char = text[index]!;
    if (isSpace(char)) {
      index++;
      space = true;
      continue;
    }
    let end: number;
    let kind: Token['kind'];
    if (isDigit(char)) {
      end = index + 1;
      while (isDigit(text[end])) end++;
      kind = 'num';
    } else {
      end = wordEnd(text, index);
      if (end > index) {
        kind = 'word';
      } else {
        const code = text.charCodeAt(index);
        end = code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
        kind = 'punct';
      }
    }
    const slice = text.slice(index, end);
    tokens.push({ kind, text: slice, lower: slice.toLowerCase(), start: index, end, space });
    space = false;
    index = end;
  }
  return tokens;
}

/** Where the run of letters (and marks) from `index` ends, as WORD_RUN finds it; `index` when there is none. */
function wordEnd(text: string, index: number): number {
  let end = index;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair is one character to the regex: leave such (rare) words to it.
      WORD_RUN.lastIndex = index;
      return WORD_RUN.test(text) ? WORD_RUN.lastIndex : index;
    }
    if (!isLetterCode(code)) break;
  }
  return end;
}

/** The value of a number written in digits or in Danish words ("fjorten", "én"). */
export function numberValue(word: string): number | undefined {
  if (/^[0-9]{1,6}$/u.test(word)) return Number(word);
  return numberWordOf(word.toLowerCase());
}

const numberOf = (token: Token | undefined) => (token && token.kind !== 'punct' ? numberValue(token.text) : undefined);

interface Quantity {
  nums: number[];
  range: boolean;
  unit: Unit;
  /** Token index of the first number and of the unit. */
  first: number;
  unitIndex: number;
}

/** "14 dage", "fire uger", "1, 3, 6 og 12 måneder", "én og seks mdr.", "1-2 år", "14-dages". */
function quantities(tokens: Token[]): Quantity[] {
  const found: Quantity[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const unit = token.kind === 'word' ? unitOf(token.lower) : undefined;
    if (!unit) continue;
    const before = tokens[index - 1];
    // "14-dages behandlingsgaranti"
    if (before?.text === '-' && !token.space && !before.space) {
      const value = numberOf(tokens[index - 2]);
      if (value !== undefined) found.push({ nums: [value], range: false, unit, first: index - 2, unitIndex: index });
      continue;
    }
    const last = numberOf(before);
    if (last === undefined) continue;
    // Collected backwards, then reversed (unshift would make long lists quadratic).
    const nums = [last];
    let first = index - 1;
    let range = false;
    let cursor = index - 2;
    while (cursor >= 1) {
      const joint = tokens[cursor]!;
      if (joint.text === ',' || listWords.has(joint.lower)) {
        const value = numberOf(tokens[cursor - 1]);
        if (value === undefined) break;
        nums.push(value);
        first = cursor - 1;
        cursor -= 2;
        continue;
      }
      if (joint.text === '-' || joint.text === '–' || rangeWords.has(joint.lower)) {
        const value = numberOf(tokens[cursor - 1]);
        if (value !== undefined) {
          range = true;
          nums.push(value);
          first = cursor - 1;
        }
      }
      break;
    }
    const lead = tokens[first - 1];
    if (lead && (lead.text === '-' || lead.text === '–') && !lead.space) range = true;
    found.push({ nums: nums.reverse(), range, unit, first, unitIndex: index });
  }
  return found;
}

/** The nearest word before token `index`, skipping punctuation. */
function wordBefore(tokens: Token[], index: number, skip = 0): { token: Token; index: number } | undefined {
  let seen = 0;
  for (let cursor = index - 1; cursor >= 0 && index - cursor <= 8; cursor--) {
    const token = tokens[cursor]!;
    if (token.kind === 'punct') continue;
    if (seen === skip) return { token, index: cursor };
    seen++;
  }
  return undefined;
}

function wordAfter(tokens: Token[], index: number): Token | undefined {
  for (let cursor = index + 1; cursor < tokens.length && cursor - index <= 3; cursor++) {
    const token = tokens[cursor]!;
    if (token.kind !== 'punct') return token;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Sentences with their place

interface Sentence {
  block: Block;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  raw: string;
  lower: string;
  tokens: Token[];
  /** Where the sentence refers to § 101 a (anonymous treatment), if it does. */
  anonymousReference?: [number, number];
  /** The sentence with white space collapsed, once computed. */
  collapsed?: string;
}

/** A sentence of the accepted text, for rules that read what a section says. */
export interface FactSentence {
  text: string;
  position: Position;
  /** Index of the section the sentence is in, if any. */
  section?: number;
  heading: boolean;
}

interface Context {
  standard: Omit<Standard, 'facts'>;
  where: Locator;
  blocks: Block[];
  sentences: Sentence[];
  facts: Facts;
  problems: Array<Fact<ContactProblem>>;
  /** Sections that describe the treatment plan (follow-up context). */
  planSections: Set<number>;
  lawSections: Set<number>;
}

function analyse(standard: Omit<Standard, 'facts'>): Context {
  const blocks = collectBlocks(standard);
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const [start, end] of splitSentences(block.text)) {
      const raw = block.text.slice(start, end);
      sentences.push({ block, start, end, raw, lower: raw.toLowerCase(), tokens: tokenize(raw) });
    }
  }
  const keyed = (key: string) =>
    new Set(standard.sections.filter((section) => section.requirements.includes(key)).map((section) => section.index));
  return {
    standard,
    where: locator(standard.source),
    blocks,
    sentences,
    facts: emptyFacts(),
    problems: [],
    planSections: keyed('behandlingsplan'),
    lawSections: keyed('lovgrundlag'),
  };
}

function positionIn(context: Context, block: Block, from: number, to: number): Position {
  const start = block.map[from] ?? block.map[block.map.length - 1] ?? 0;
  const endChar = block.map[Math.max(from, to - 1)] ?? start;
  const startPoint = context.where.toPoint(start);
  const endPoint = context.where.toPoint(Math.max(start, endChar + 1));
  return { start: startPoint, end: endPoint };
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

function fact<T>(context: Context, sentence: Sentence, value: T, from: number, to: number): Fact<T> {
  return {
    value,
    position: positionIn(context, sentence.block, sentence.start + from, sentence.start + to),
    text: (sentence.collapsed ??= collapse(sentence.raw)),
  };
}

// ---------------------------------------------------------------------------
// Extraction

export function extractFacts(standard: Omit<Standard, 'facts'>): Facts {
  return run(standard).facts;
}

/**
 * The model extracts the facts, and contact-format asks for the problems found
 * on the same pass: keep the last pass of each tree and reuse it while the
 * standard is the same (same tree, text and sections), instead of a second pass.
 */
const passes = new WeakMap<object, Context>();

function samePass(standard: Omit<Standard, 'facts'>): Context | undefined {
  const context = passes.get(standard.tree);
  const earlier = context?.standard;
  const same =
    earlier !== undefined &&
    earlier.source === standard.source &&
    earlier.sections === standard.sections &&
    earlier.frontMatter === standard.frontMatter &&
    earlier.title === standard.title;
  return same ? context : undefined;
}

function run(standard: Omit<Standard, 'facts'>): Context {
  const done = samePass(standard);
  if (done) return done;
  const context = analyse(standard);
  const contactsByBlock = new Map<Block, { phone: boolean; web: boolean }>();
  for (const sentence of context.sentences) {
    const found = contacts(context, sentence);
    const seen = contactsByBlock.get(sentence.block) ?? { phone: false, web: false };
    contactsByBlock.set(sentence.block, { phone: seen.phone || found.phone, web: seen.web || found.web });
    const tokens = sentence.tokens;
    const amounts = quantities(tokens);
    deadlines(context, sentence, amounts);
    followUp(context, sentence, amounts);
    ages(context, sentence, amounts);
    revision(context, sentence);
    legalReferences(context, sentence);
  }
  for (const block of context.blocks) linkContacts(context, block);
  anonymous(context, contactsByBlock);
  const byPlace = (a: Fact<unknown>, b: Fact<unknown>) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0);
  for (const list of Object.values(context.facts) as Array<Array<Fact<unknown>>>) list.sort(byPlace);
  passes.set(standard.tree, context);
  return context;
}

/** Treatment guarantee and complaint deadline: "senest 14 dage efter … henvendt", "inden 4 uger" after a decision. */
function deadlines(context: Context, sentence: Sentence, amounts: Quantity[]): void {
  // Most sentences state no quantity: then the cue phrases need not be looked for.
  if (amounts.length === 0) return;
  const { tokens, lower } = sentence;
  const complaintSentence = data.complaint.sentenceCues.some((cue) => lower.includes(cue));
  const complaintNamed = complaintSentence && data.complaint.deadlineCues.some((cue) => lower.includes(cue));
  const decision = complaintSentence && data.complaint.afterCues.some((cue) => cue !== 'klage' && lower.includes(cue));
  const guaranteeNamed = data.guarantee.sentenceCues.some((cue) => lower.includes(cue));
  for (const amount of amounts) {
    if (amount.range || amount.nums.length !== 1 || amount.unit === 'year') continue;
    const count = amount.nums[0]!;
    if (!(count > 0)) continue;
    const unitToken = tokens[amount.unitIndex]!;
    const genitive = genitiveUnits.has(unitToken.lower);
    if (genitive) {
      const next = wordAfter(tokens, amount.unitIndex);
      if (!next || !data.guarantee.genitiveNext.some((word) => next.lower.startsWith(word))) continue;
    }
    const before = [0, 1, 2].map((skip) => wordBefore(tokens, amount.first, skip)?.token.lower);
    const limited = genitive || before.some((word) => word !== undefined && limitWords.has(word));
    const after = lower.slice(unitToken.end, unitToken.end + 80);
    const contactAt = firstIndexOfAny(after, data.guarantee.contactCues);
    const complaintAt = firstIndexOfAny(after, data.complaint.afterCues);
    const reconsidering = data.complaint.reconsiderationCues.some((cue) => after.includes(cue));
    const days = amount.unit === 'week' ? count * 7 : amount.unit === 'month' ? count * 30 : count;
    const from = tokens[amount.first]!.start;
    const to = unitToken.end;
    // "… efter, at du har henvendt dig": the guarantee, even in a sentence about complaints.
    const fromContact = limited && contactAt >= 0 && (!complaintSentence || complaintAt < 0 || contactAt < complaintAt);
    if (fromContact) {
      context.facts.guaranteeDays.push(fact(context, sentence, days, from, to));
    } else if (amount.unit === 'month') {
      // Months are a guarantee only when tied to the contact ("inden for 1 måned efter din henvendelse").
      continue;
    } else if (complaintSentence && (decision || complaintNamed) && (limited || complaintNamed) && !reconsidering) {
      context.facts.complaintDays.push(fact(context, sentence, days, from, to));
    } else if (limited && guaranteeNamed && !complaintSentence) {
      context.facts.guaranteeDays.push(fact(context, sentence, days, from, to));
    }
  }
}

/** True when a sentence is about following up after treatment ends. */
export function isFollowUpAfterEnd(text: string, inPlanSection = false): boolean {
  const lower = text.toLowerCase();
  const cue = inPlanSection || data.followUp.cues.some((phrase) => lower.includes(phrase));
  return cue && data.followUp.endCues.some((phrase) => lower.includes(phrase));
}

/** Follow-up points after treatment ends: "efter hhv. 1, 3, 6 og 12 måneder", "én og seks mdr. efter udskrivelsen". */
function followUp(context: Context, sentence: Sentence, amounts: Quantity[]): void {
  if (amounts.length === 0) return;
  const inPlan = sentence.block.section !== undefined && context.planSections.has(sentence.block.section);
  if (!isFollowUpAfterEnd(sentence.lower, inPlan)) return;
  const { tokens } = sentence;
  const months: number[] = [];
  let from = -1;
  let to = -1;
  for (const amount of amounts) {
    if (amount.range || (amount.unit !== 'month' && amount.unit !== 'year')) continue;
    if (genitiveUnits.has(tokens[amount.unitIndex]!.lower)) continue;
    const before = wordBefore(tokens, amount.first)?.token.lower;
    const after = wordAfter(tokens, amount.unitIndex)?.lower;
    if (before !== undefined && periodWords.has(before)) continue;
    if (!((before !== undefined && pointWords.has(before)) || after === 'efter' || after === 'fra')) continue;
    for (const value of amount.nums) months.push(amount.unit === 'year' ? value * 12 : value);
    if (from < 0) from = tokens[amount.first]!.start;
    to = tokens[amount.unitIndex]!.end;
  }
  if (months.length === 0) return;
  const schedule = [...new Set(months)].sort((a, b) => a - b);
  context.facts.followUpMonths.push(fact(context, sentence, schedule, from, to));
}

/** Age limits: "fra 13 år", "over 18 år", "under 25 år", "mellem 13 og 25 år", "18 år og derover". */
function ages(context: Context, sentence: Sentence, amounts: Quantity[]): void {
  const { tokens, lower } = sentence;
  const { lowest, highest } = data.age;
  const plausible = (value: number) => value >= lowest && value <= highest;
  for (const amount of amounts) {
    if (amount.unit !== 'year' || genitiveUnits.has(tokens[amount.unitIndex]!.lower)) continue;
    const unitToken = tokens[amount.unitIndex]!;
    const keyword = wordBefore(tokens, amount.first);
    const word = keyword?.token.lower;
    const previous = keyword ? [0, 1].map((skip) => wordBefore(tokens, keyword.index, skip)?.token.lower ?? '') : ['', ''];
    const twoWords = `${previous[0]} ${word ?? ''}`;
    const threeWords = `${previous[1]} ${twoWords}`;
    // Whose age? Not children living at home ("børn under 18 år").
    const owner = keyword ? [0, 1, 2].map((skip) => wordBefore(tokens, keyword.index, skip)?.token.lower) : [];
    if (owner.some((w) => w !== undefined && notTargetGroup.has(w))) continue;
    if (owner[0] === 'i' && word !== 'alderen') continue;
    const start = keyword && keyword.index >= amount.first - 3 ? keyword.token.start : tokens[amount.first]!.start;
    let value: { min?: number; max?: number } | undefined;
    if (amount.nums.length === 2) {
      const [low, high] = amount.nums as [number, number];
      const joined = amount.range || (word !== undefined && data.age.range.includes(word));
      if (joined && plausible(low) && plausible(high) && low < high && !data.age.notRangeBefore.includes(word ?? '')) {
        value = { min: low, max: high };
      }
    } else if (amount.nums.length === 1 && !amount.range) {
      const count = amount.nums[0]!;
      if (!plausible(count)) continue;
      const rest = lower.slice(unitToken.end, unitToken.end + 20).trimStart();
      if (data.age.maxInclusive.includes(twoWords) || data.age.maxInclusive.includes(threeWords) || word === 'højst') value = { max: count };
      else if (word !== undefined && data.age.min.includes(word)) value = { min: count };
      else if (word !== undefined && data.age.max.includes(word)) value = { max: count - 1 };
      else if (data.age.minAfter.some((phrase) => rest.startsWith(phrase))) value = { min: count };
      else if (data.age.maxAfter.some((phrase) => rest.startsWith(phrase))) value = { max: count };
    }
    if (value) context.facts.ageLimits.push(fact(context, sentence, value, start, unitToken.end));
  }
}

/** Revision interval: "revideres hvert andet år", "hvert 2. år", "revideres årligt". */
function revision(context: Context, sentence: Sentence): void {
  const { tokens, lower } = sentence;
  const strong = data.revision.cues.some((cue) => lower.includes(cue));
  const weak =
    data.revision.weakCues.some((cue) => lower.includes(cue)) && data.revision.weakNeeds.some((cue) => lower.includes(cue));
  if (!strong && !weak) return;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (data.revision.yearly.includes(token.lower)) {
      context.facts.revisionYears.push(fact(context, sentence, 1, token.start, token.end));
      continue;
    }
    if (!everyWords.has(token.lower)) continue;
    let cursor = index + 1;
    let years: number | undefined;
    const next = tokens[cursor];
    if (next?.lower === 'år') years = 1;
    else if (next && data.ordinalWords[next.lower] !== undefined) {
      years = data.ordinalWords[next.lower];
      cursor++;
    } else if (next?.kind === 'num') {
      years = numberValue(next.text);
      cursor++;
      if (tokens[cursor]?.text === '.') cursor++;
    } else continue;
    if (tokens[cursor]?.lower !== 'år' || years === undefined) continue;
    context.facts.revisionYears.push(fact(context, sentence, years, token.start, tokens[cursor]!.end));
  }
}

// ---------------------------------------------------------------------------
// Legal references

interface LawFound {
  name: string;
  end: number;
}

function isWordBoundary(text: string, index: number): boolean {
  return !isLetter(text[index]);
}

/** The law named nearest the end of `text` (lower case), word-bounded. */
function lastLawIn(text: string, skipOrders = false): LawFound | undefined {
  let best: LawFound | undefined;
  for (const form of lawForms) {
    if (skipOrders && form.name === 'bekendtgørelse') continue;
    let at = text.lastIndexOf(form.written);
    while (at >= 0 && !(isWordBoundary(text, at - 1) && isWordBoundary(text, at + form.written.length))) {
      at = at === 0 ? -1 : text.lastIndexOf(form.written, at - 1);
    }
    if (at < 0) continue;
    const end = at + form.written.length;
    if (!best || end > best.end) best = { name: form.name, end };
  }
  return best;
}

function lawAtStart(text: string): string | undefined {
  let best: { name: string; length: number } | undefined;
  for (const form of lawForms) {
    if (text.startsWith(form.written) && isWordBoundary(text, form.written.length)) {
      if (!best || form.written.length > best.length) best = { name: form.name, length: form.written.length };
    }
  }
  return best?.name;
}

const GAP = /^[\s*_„"“”'’,()]*$/u;
const ORDER_GAP = /^\s*nr\.?\s*\d{1,5}(?:\s+af\s+\d{1,2}[./-]\d{1,2}[./-]\d{2,4})?\s*,?\s*$/u;
const AFTER_LAW = /^\s*,?\s*(?:i|efter|jf\.?)\s+/u;

function resolveLaw(lower: string, start: number, end: number, previous: string | undefined): string {
  const windowStart = Math.max(0, start - 60);
  const window = lower.slice(windowStart, start);
  const near = lastLawIn(window);
  if (near) {
    const gap = window.slice(near.end);
    if (GAP.test(gap) || (near.name === 'bekendtgørelse' && ORDER_GAP.test(gap))) return near.name;
  }
  const after = lower.slice(end, end + 80);
  const lead = AFTER_LAW.exec(after);
  if (lead) {
    const named = lawAtStart(after.slice(lead[0].length));
    if (named) return named;
  }
  const earlier = lastLawIn(window, true);
  if (earlier) return earlier.name;
  return previous ?? 'ukendt';
}

function legalReferences(context: Context, sentence: Sentence): void {
  const { tokens, lower } = sentence;
  const used = new Set<number>();
  let previous: string | undefined;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.text !== '§') continue;
    let cursor = index;
    while (tokens[cursor]?.text === '§') cursor++;
    const refs: Array<{ reference: Omit<LegalReference, 'law'>; start: number; end: number }> = [];
    let nextStart = tokens[index]!.start;
    while (cursor < tokens.length) {
      const parsed = paragraphAt(tokens, cursor, used);
      if (!parsed) break;
      refs.push({ reference: parsed.reference, start: nextStart, end: parsed.end });
      cursor = parsed.next;
      const joint = tokens[cursor];
      if (joint && (joint.text === ',' || joint.text === '-' || joint.text === '–' || joint.lower === 'og' || joint.lower === 'eller')) {
        let next = cursor + 1;
        while (tokens[next]?.text === '§') next++;
        if (tokens[next]?.kind === 'num') {
          nextStart = tokens[cursor + 1]!.start;
          cursor = next;
          continue;
        }
      }
      break;
    }
    if (refs.length === 0) {
      index = Math.max(index, cursor - 1);
      continue;
    }
    const law = resolveLaw(lower, tokens[index]!.start, refs[refs.length - 1]!.end, previous);
    previous = law;
    for (const ref of refs) {
      context.facts.legalReferences.push(fact(context, sentence, { law, ...ref.reference }, ref.start, ref.end));
      if (ref.reference.paragraph === '101 a' && (law === 'serviceloven' || law === 'ukendt')) sentence.anonymousReference ??= [ref.start, ref.end];
    }
    index = cursor - 1;
  }
  orderNumbers(context, sentence, used);
}

function paragraphAt(
  tokens: Token[],
  index: number,
  used: Set<number>,
): { reference: Omit<LegalReference, 'law'>; next: number; end: number } | undefined {
  const number = tokens[index];
  if (number?.kind !== 'num' || number.text.length > 4) return undefined;
  let paragraph = number.text;
  let next = index + 1;
  const letter = tokens[next];
  if (letter?.kind === 'word' && /^[a-h]$/u.test(letter.text)) {
    paragraph += ` ${letter.text}`;
    next++;
  }
  const reference: Omit<LegalReference, 'law'> = { paragraph };
  let end = tokens[next - 1]!.end;
  const part = (word: string): number | undefined => {
    let cursor = next;
    if (tokens[cursor]?.text === ',') cursor++;
    if (tokens[cursor]?.lower !== word) return undefined;
    const wordIndex = cursor;
    cursor++;
    if (tokens[cursor]?.text === '.') cursor++;
    const value = tokens[cursor];
    if (value?.kind !== 'num' || value.text.length > 3) return undefined;
    used.add(wordIndex);
    next = cursor + 1;
    end = value.end;
    return Number(value.text);
  };
  const stk = part('stk');
  if (stk !== undefined) reference.stk = stk;
  const nr = part('nr');
  if (nr !== undefined) reference.nr = nr;
  return { reference, next, end };
}

/** "BEK nr. 1477 af 17/12/2019", "Bekendtgørelse nr. 972 (08/08/2017)", "lov nr. 1421 af 17/12/2019". */
function orderNumbers(context: Context, sentence: Sentence, used: Set<number>): void {
  const { tokens } = sentence;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.lower !== 'nr' || used.has(index)) continue;
    let cursor = index + 1;
    if (tokens[cursor]?.text === '.') cursor++;
    const number = tokens[cursor];
    if (number?.kind !== 'num') continue;
    let kind: { law: string; start: number } | undefined;
    for (let back = index - 1; back >= 0 && index - back <= 10; back--) {
      const law = data.documentKinds[tokens[back]!.lower];
      if (law) {
        kind = { law, start: tokens[back]!.start };
        break;
      }
    }
    if (!kind) continue;
    const reference: LegalReference = { law: kind.law, number: number.text };
    let end = number.end;
    let next = cursor + 1;
    const opener = tokens[next];
    if (opener?.lower === 'af' || opener?.text === '(') {
      const date = dateAt(sentence, next + 1);
      if (date) {
        reference.date = date.text;
        end = date.end;
        next = date.next;
        if (opener.text === '(' && tokens[next]?.text === ')') end = tokens[next]!.end;
      }
    }
    context.facts.legalReferences.push(fact(context, sentence, reference, kind.start, end));
    index = next - 1;
  }
}

function dateAt(sentence: Sentence, index: number): { text: string; end: number; next: number } | undefined {
  const { tokens, raw } = sentence;
  const [a, b, c, d, e] = [0, 1, 2, 3, 4].map((offset) => tokens[index + offset]);
  if (a?.kind !== 'num' || a.text.length > 2) return undefined;
  // 17/12/2019, 17.12.2019, 17-12-2019
  if (b && c?.kind === 'num' && d && e?.kind === 'num' && ['/', '.', '-'].includes(b.text) && d.text === b.text && e.text.length === 4) {
    return { text: raw.slice(a.start, e.end), end: e.end, next: index + 5 };
  }
  // 17. december 2019
  if (b?.text === '.' && c?.kind === 'word' && data.months[c.lower] !== undefined && d?.kind === 'num' && d.text.length === 4) {
    return { text: raw.slice(a.start, d.end), end: d.end, next: index + 4 };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Contacts: phones, e-mail addresses, URLs

export type ContactKind = 'phone' | 'email' | 'url';

/** What is wrong with a contact detail as written. */
export type ContactFault =
  | 'digits' // a phone number without 8 digits
  | 'leading-zero' // a phone number starting with 0
  | 'scheme' // "http//", "htps://"
  | 'host' // empty or malformed host name
  | 'tld' // no top-level domain ("www.tilbudsportalen")
  | 'local'; // nothing or something malformed before "@"

export interface ContactProblem {
  kind: ContactKind;
  fault: ContactFault;
  /** As written. */
  written: string;
  /** Where it was found. */
  where: 'text' | 'link' | 'front-matter';
  /** For phone numbers: how many digits (without +45). */
  digits?: number;
}

/** Why a phone number is not a Danish phone number (8 digits, +45 optional), or undefined. */
export function phoneFault(written: string): ContactFault | undefined {
  const text = written.trim();
  if (!/^[+0-9][0-9 \u00a0-]*$/u.test(text)) return 'digits';
  let digits = text.replace(/[^0-9]/gu, '');
  if (text.startsWith('+45')) digits = digits.slice(2);
  else if (text.startsWith('+')) return 'digits';
  else if (digits.length === 12 && digits.startsWith('0045')) digits = digits.slice(4);
  if (digits.length !== 8) return 'digits';
  if (digits.startsWith('0')) return 'leading-zero';
  return undefined;
}

const HOST_LABEL = /^[a-z0-9æøåäöü](?:[a-z0-9æøåäöü-]{0,62})$/u;

function hostFault(host: string): ContactFault | undefined {
  const lower = host.toLowerCase();
  if (lower === '') return 'host';
  const labels = lower.split('.');
  if (labels.some((label) => label === '' || !HOST_LABEL.test(label) || label.endsWith('-'))) return 'host';
  const tld = labels[labels.length - 1]!;
  if (labels.length < 2 || (labels[0] === 'www' && labels.length < 3)) return 'tld';
  if (!/^(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})$/u.test(tld)) return 'tld';
  return undefined;
}

/** Why an e-mail address is malformed, or undefined. */
export function emailFault(written: string): ContactFault | undefined {
  const text = written.trim();
  const at = text.indexOf('@');
  if (at < 0 || text.indexOf('@', at + 1) >= 0) return 'local';
  const local = text.slice(0, at);
  if (local === '' || local.startsWith('.') || local.endsWith('.') || local.includes('..') || !/^[\p{L}0-9._%+-]+$/u.test(local)) {
    return 'local';
  }
  return hostFault(text.slice(at + 1));
}

/** Why a web address is malformed, or undefined. Accepts "https://…", "http://…" and "www.…". */
export function urlFault(written: string): ContactFault | undefined {
  const text = written.trim();
  const lower = text.toLowerCase();
  if (lower.startsWith('mailto:')) return emailFault(text.slice(7));
  let rest = text;
  if (lower.startsWith('http') || lower.startsWith('htp') || /^[a-z]{2,6}:\/?\/?/u.test(lower) && !lower.startsWith('www.')) {
    const scheme = /^https?:\/\//u.exec(lower);
    if (!scheme) return 'scheme';
    rest = text.slice(scheme[0].length);
  }
  const cut = rest.search(/[/?#]/u);
  let host = cut < 0 ? rest : rest.slice(0, cut);
  host = host.replace(/:[0-9]{1,5}$/u, '');
  return hostFault(host);
}

const URL_CHAR_STOP = new Set(['<', '>', '"', "'", '(', ')', '[', ']', '{', '}', '«', '»', '“', '”', '|']);
const TRAILING = /[.,;:!?'"»”)\]]+$/u;
const isHostChar = characterTest(/[\p{L}0-9.-]/u);
const isLocalChar = characterTest(/[\p{L}0-9._%+-]/u);

/** Phones, e-mail addresses and URLs in one sentence; reports whether any phone or web address was found. */
function contacts(context: Context, sentence: Sentence): { phone: boolean; web: boolean } {
  const { raw, lower } = sentence;
  // Characters inside an address found already; made only when one is (most sentences have none).
  let taken: Uint8Array | undefined;
  const mark = (from: number, to: number) => (taken ??= new Uint8Array(raw.length)).fill(1, from, to);
  let phone = false;
  let web = false;
  const problem = (value: ContactProblem, from: number, to: number) => {
    context.problems.push(fact(context, sentence, value, from, to));
    sentence.block.problemStarts.push(sentence.start + from);
  };

  // E-mail addresses, around each "@".
  for (let at = raw.indexOf('@'); at >= 0; at = raw.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && isLocalChar(raw[from - 1])) from--;
    let to = at + 1;
    while (to < raw.length && isHostChar(raw[to])) to++;
    while (to > at + 1 && (raw[to - 1] === '.' || raw[to - 1] === '-')) to--;
    const written = raw.slice(from, to);
    const cued = data.email.cues.some((cue) => lower.slice(Math.max(0, from - 20), from).includes(cue));
    if (from === at && !cued) continue;
    mark(from, to);
    const fault = emailFault(written);
    if (fault) problem({ kind: 'email', fault, written, where: 'text' }, from, Math.max(to, at + 1));
    else context.facts.emails.push(fact(context, sentence, written, from, to));
  }

  // Each scan below is skipped when a cheap test of the whole sentence shows
  // it cannot find anything: most sentences hold no address and no number.

  // URLs that start with a scheme or "www.".
  const urlEnd = lower.includes('ht') || lower.includes('www.') ? raw.length : 0;
  for (let index = 0; index < urlEnd; index++) {
    // Every start below begins with "h" or "w".
    if (taken?.[index] || (lower[index] !== 'h' && lower[index] !== 'w')) continue;
    const startsUrl =
      (lower.startsWith('http', index) || lower.startsWith('htp', index) || lower.startsWith('www.', index)) &&
      !isLetter(raw[index - 1]) &&
      !isDigit(raw[index - 1]) &&
      raw[index - 1] !== '.' &&
      raw[index - 1] !== '/';
    if (!startsUrl) continue;
    let end = index;
    while (end < raw.length && !isSpace(raw[end]) && !URL_CHAR_STOP.has(raw[end]!)) end++;
    const trimmed = raw.slice(index, end).replace(TRAILING, '');
    const to = index + trimmed.length;
    const isScheme = lower.startsWith('www.', index) || /^(?:https?|htps?|htp):?\/?\/?/u.test(trimmed.toLowerCase());
    if (!isScheme || !/[./]/u.test(trimmed.slice(3))) {
      index = end;
      continue;
    }
    mark(index, to);
    const fault = urlFault(trimmed);
    if (fault) problem({ kind: 'url', fault, written: trimmed, where: 'text' }, index, to);
    else {
      web = true;
      context.facts.urls.push(fact(context, sentence, trimmed, index, to));
    }
    index = end;
  }

  // Bare domains such as "borger.dk".
  const domainEnd = hasDotBeforeHostChar(raw) ? raw.length : 0;
  for (let index = 0; index < domainEnd; index++) {
    if (taken?.[index] || !isHostChar(raw[index]) || (index > 0 && (isHostChar(raw[index - 1]) || '@/:'.includes(raw[index - 1]!)))) {
      continue;
    }
    let end = index;
    let dotted = false;
    while (end < raw.length && !taken?.[end] && isHostChar(raw[end])) {
      if (raw[end] === '.') dotted = true;
      end++;
    }
    // A domain has a dot: most runs are plain words, not worth cutting into labels.
    if (!dotted) {
      index = end - 1;
      continue;
    }
    let to = end;
    while (to > index && (raw[to - 1] === '.' || raw[to - 1] === '-')) to--;
    const host = raw.slice(index, to);
    const labels = host.toLowerCase().split('.');
    const tld = host.slice(host.lastIndexOf('.') + 1);
    const plausible = labels.length >= 2 && tlds.has(tld) && tld === tld.toLowerCase() && isLetter(host[0]);
    if (plausible && !isLetter(raw[end]) && hostFault(host) === undefined) {
      mark(index, to);
      web = true;
      context.facts.urls.push(fact(context, sentence, host, index, to));
    }
    index = end - 1;
  }

  // Phone numbers: groups of digits separated by single spaces, "+45" optional.
  const phoneEnd = DIGIT_OR_PLUS.test(raw) ? raw.length : 0;
  for (let index = 0; index < phoneEnd; index++) {
    const char = raw[index]!;
    const plus = char === '+' && raw.startsWith('45', index + 1);
    if (taken?.[index] || (!isDigit(char) && !plus)) continue;
    const before = raw[index - 1];
    const glued =
      isDigit(before) ||
      isLetter(before) ||
      ((before === '.' || before === ',' || before === '/' || before === '-') && !isLetter(raw[index - 2]));
    let cursor = plus ? index + 3 : index;
    if (plus && (raw[cursor] === ' ' || raw[cursor] === '\u00a0')) cursor++;
    let digits = 0;
    let groups = 0;
    const groupLengths: number[] = [];
    while (cursor < raw.length) {
      let run = 0;
      while (isDigit(raw[cursor]) && !taken?.[cursor]) {
        cursor++;
        run++;
      }
      if (run === 0) break;
      digits += run;
      groups++;
      if (groupLengths.length < 8) groupLengths.push(run);
      if ((raw[cursor] === ' ' || raw[cursor] === '\u00a0') && isDigit(raw[cursor + 1]) && !taken?.[cursor + 1]) cursor++;
      else break;
    }
    const end = cursor;
    const next = raw[end];
    const continues = isLetter(next) || ((next === '-' || next === '–' || next === ',' || next === '.' || next === '/') && isDigit(raw[end + 1]));
    if (glued || continues || digits === 0) {
      index = Math.max(index, end - 1);
      continue;
    }
    const written = raw.slice(index, end);
    const fault = phoneFault(written);
    if (!fault) {
      const yearPair =
        groups === 2 && groupLengths[0] === 4 && groupLengths[1] === 4 && /^(?:19|20)\d\d[ \u00a0](?:19|20)\d\d$/u.test(written);
      if (!yearPair && !phoneContext(lower, index).excluded) {
        phone = true;
        const plain = written.replace(/[^0-9]/gu, '').slice(-8);
        context.facts.phones.push(fact(context, sentence, plain.replace(/(\d\d)(?=\d)/gu, '$1 '), index, end));
      }
    } else if ((digits >= 5 || plus) && digits <= 12 && (plus || phoneContext(lower, index).cued)) {
      problem({ kind: 'phone', fault, written, where: 'text', digits }, index, end);
    }
    index = end - 1;
  }
  return { phone, web };
}

const DIGIT_OR_PLUS = /[0-9+]/u;

/** A domain's last dot has a letter or digit after it: true when some dot in the text has. */
function hasDotBeforeHostChar(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const next = text[dot + 1];
    if (next !== '.' && isHostChar(next)) return true;
  }
  return false;
}

/**
 * Whether the words just before a number (in `lower`) call it a phone number,
 * or, uncued, say it is some other number ("CVR", "sagsnr."). Asked only when
 * it decides something: most numbers are no phone number by their digits.
 */
function phoneContext(lower: string, index: number): { cued: boolean; excluded: boolean } {
  const words = lower.slice(Math.max(0, index - data.phone.window), index).match(/[\p{L}]+/gu) ?? [];
  const cued = words.some((word) => phoneCueWords.has(word));
  return { cued, excluded: !cued && words.slice(-2).some((word) => notPhoneWords.has(word)) };
}

/** Link targets that the visible text does not show ("[klagevejledning](https://…)"). */
function linkContacts(context: Context, block: Block): void {
  if (block.links.length === 0) return;
  block.problemStarts.sort((a, b) => a - b);
  for (const link of block.links) {
    const url = link.url.trim();
    const lower = url.toLowerCase();
    const isMail = lower.startsWith('mailto:');
    if (!isMail && !/^(?:https?|htps?|htp):/u.test(lower) && !lower.startsWith('www.')) continue;
    const visible = block.text.slice(link.start, link.end).toLowerCase();
    const target = isMail ? lower.slice(7) : lower.replace(/^[a-z]+:\/*/u, '').replace(/\/$/u, '');
    const shown = target !== '' && visible.includes(target.replace(/^www\./u, ''));
    const sentence: Sentence = {
      block,
      start: link.start,
      end: Math.max(link.start + 1, link.end),
      raw: block.text.slice(link.start, link.end),
      lower: visible,
      tokens: [],
    };
    const fault = isMail ? emailFault(url.slice(7)) : urlFault(url);
    const length = Math.max(1, link.end - link.start);
    if (fault) {
      // The visible text was checked already when it shows the same address.
      if (!shown || !visibleProblem(block, link)) {
        context.problems.push(fact(context, sentence, { kind: isMail ? 'email' : 'url', fault, written: url, where: 'link' }, 0, length));
      }
    } else if (!shown) {
      if (isMail) context.facts.emails.push(fact(context, sentence, url.slice(7), 0, length));
      else context.facts.urls.push(fact(context, sentence, url, 0, length));
    }
  }
}

function visibleProblem(block: Block, link: { start: number; end: number }): boolean {
  // Binary search for the first problem at or after the link's start.
  const starts = block.problemStarts;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < link.start) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && starts[low]! < Math.max(link.end, link.start + 1);
}

// ---------------------------------------------------------------------------
// Anonymous treatment (§ 101 a)

/** The kommune's own names (front-matter `kommune` and `samarbejdskommuner`), lower case, without "Kommune". */
export function ownKommuneNames(standard: Pick<Standard, 'frontMatter' | 'title'>): string[] {
  const yaml = standard.frontMatter?.data ?? {};
  const names: string[] = [];
  const add = (value: unknown) => {
    if (typeof value !== 'string') return;
    const name = value.trim().replace(/\s+kommune$/iu, '').toLowerCase();
    if (name !== '') names.push(name);
  };
  add(yaml.kommune);
  if (Array.isArray(yaml.samarbejdskommuner)) yaml.samarbejdskommuner.forEach(add);
  if (names.length === 0) {
    const match = /([\p{Lu}][\p{L}-]+)\s+[Kk]ommune/u.exec(standard.title.text);
    if (match?.[1]) add(match[1]);
  }
  return names;
}

function anonymous(context: Context, contactsByBlock: Map<Block, { phone: boolean; web: boolean }>): void {
  const { standard } = context;
  const offers: Array<{ sentence: Sentence; span: [number, number] }> = [];
  for (const sentence of context.sentences) {
    const section = sentence.block.section;
    // § 101 a in the legal basis is not an offer.
    if (section !== undefined && context.lawSections.has(section)) continue;
    const span = anonymousOffer(sentence) ?? sentence.anonymousReference;
    if (span) offers.push({ sentence, span });
  }
  if (offers.length === 0) return;
  const own = new Set(ownKommuneNames(standard));
  if (own.size === 0) {
    const named = mostNamedKommune(context.blocks);
    if (named) own.add(named);
  }
  const blocksBySection = new Map<number, Block[]>();
  for (const block of context.blocks) {
    if (block.section === undefined) continue;
    const list = blocksBySection.get(block.section) ?? [];
    list.push(block);
    blocksBySection.set(block.section, list);
  }
  type Scope = { phone: boolean; web: boolean; outsideKommune: boolean };
  const scopes = new Map<number, Scope>();
  const blockScopes = new Map<Block, Scope>();
  // A block is read once, though it counts for its section and every section above.
  const blockFindings = new Map<Block, Scope>();
  const findingsOf = (block: Block): Scope => {
    let known = blockFindings.get(block);
    if (known) return known;
    const found = contactsByBlock.get(block);
    const lower = block.text.toLowerCase();
    // The block's words are needed only when one of the phrases occurs in it at all.
    let tokens: Token[] | undefined;
    const wordsIfAny = (phrases: readonly string[]) =>
      phrases.some((phrase) => lower.includes(phrase)) ? (tokens ??= tokenize(lower)).filter((token) => token.kind === 'word') : [];
    known = {
      phone: found?.phone === true || wordsIfAny(data.anonymous.phoneWords).some((word) => anonymousPhoneWords.has(word.lower)),
      web:
        found?.web === true ||
        wordsIfAny(data.anonymous.webWordPrefixes).some((word) => data.anonymous.webWordPrefixes.some((prefix) => word.lower.startsWith(prefix))),
      outsideKommune:
        data.anonymous.outsideCues.some((cue) => lower.includes(cue)) || (lower.includes('kommune') && namesOtherKommune(block.text, own)),
    };
    blockFindings.set(block, known);
    return known;
  };
  const scopeOfBlocks = (blocks: Block[]) => {
    let phone = false;
    let web = false;
    let outsideKommune = false;
    for (const block of blocks) {
      const found = findingsOf(block);
      phone ||= found.phone;
      web ||= found.web;
      outsideKommune ||= found.outsideKommune;
    }
    return { phone, web, outsideKommune };
  };
  const scopeOf = (section: number) => {
    const known = scopes.get(section);
    if (known) return known;
    const indices: number[] = [];
    const stack = [section];
    while (stack.length > 0) {
      const index = stack.pop()!;
      indices.push(index);
      stack.push(...(standard.sections[index]?.children ?? []));
    }
    const scope = scopeOfBlocks(indices.flatMap((index) => blocksBySection.get(index) ?? []));
    scopes.set(section, scope);
    return scope;
  };

  for (const { sentence, span } of offers) {
    const section = sentence.block.section;
    let scope = section === undefined ? blockScopes.get(sentence.block) : scopeOf(section);
    if (!scope) {
      scope = scopeOfBlocks([sentence.block]);
      blockScopes.set(sentence.block, scope);
    }
    context.facts.anonymous.push(fact(context, sentence, { ...scope }, span[0], span[1]));
  }
}

/** "anonym behandling", "anonym, ambulant stofmisbrugsbehandling", "behandlingen kan foregå anonymt" — not "anonym rådgivning". */
function anonymousOffer(sentence: Sentence): [number, number] | undefined {
  const { tokens } = sentence;
  const { treatment, counselling, window } = data.anonymous;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!anonymousWords.has(token.lower)) continue;
    let seen = 0;
    for (let cursor = index + 1; cursor < tokens.length && seen < window; cursor++) {
      const next = tokens[cursor]!;
      if (next.kind === 'punct') {
        if (next.text === '.' || next.text === ':' || next.text === '(' || next.text === ')') break;
        continue;
      }
      seen++;
      if (counselling.some((word) => next.lower.includes(word))) break;
      if (next.lower.includes(treatment)) return [token.start, next.end];
    }
    for (let back = 1; back <= 3; back++) {
      const previous = wordBefore(tokens, index, back - 1);
      if (!previous) break;
      if (counselling.some((word) => previous.token.lower.includes(word))) break;
      if (previous.token.lower.includes(treatment)) return [previous.token.start, token.end];
    }
  }
  return undefined;
}

/** The kommuner a text names as "X Kommune", lower case ("frederikshavn", "lyngby-taarbæk"). */
function kommuneNamesIn(text: string): string[] {
  const tokens = tokenize(text);
  const names: string[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.lower.startsWith('kommune') || token.lower.startsWith('kommunen')) continue;
    let first = index - 1;
    // "Lyngby-Taarbæk Kommune"
    while (first >= 2 && tokens[first - 1]!.text === '-' && !tokens[first - 1]!.space && tokens[first - 2]!.kind === 'word') first -= 2;
    const head = tokens[first]!;
    if (head.kind !== 'word' || !isUpper(head.text[0])) continue;
    const name = tokens
      .slice(first, index)
      .map((t) => t.text)
      .join('')
      .toLowerCase();
    if (!notKommuneNames.has(name)) names.push(name);
  }
  return names;
}

/** True when the text names "X Kommune" for an X that is not the kommune's own. */
function namesOtherKommune(text: string, own: Set<string>): boolean {
  // "Hjørrings Kommune" is the genitive of the own name.
  return kommuneNamesIn(text).some((name) => !own.has(name) && !(name.endsWith('s') && own.has(name.slice(0, -1))));
}

/** Without a front-matter kommune: the kommune the text names most often. */
function mostNamedKommune(blocks: Block[]): string | undefined {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const name of kommuneNamesIn(block.text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

// ---------------------------------------------------------------------------
// For rules

/** Every sentence of the accepted text with its place and section. */
export function factSentences(standard: Omit<Standard, 'facts'>): FactSentence[] {
  const context = samePass(standard) ?? analyse(standard);
  return context.sentences.map((sentence) => ({
    text: collapse(sentence.raw),
    position: positionIn(context, sentence.block, sentence.start, sentence.end),
    ...(sentence.block.section !== undefined ? { section: sentence.block.section } : {}),
    heading: sentence.block.heading,
  }));
}

/** Malformed phone numbers, e-mail addresses and URLs, in the text, in link targets and in front-matter `kontakt`. */
export function contactProblems(standard: Omit<Standard, 'facts'>): Array<Fact<ContactProblem>> {
  const context = run(standard);
  const problems = [...context.problems, ...frontMatterProblems(context)];
  // One finding per address and line: a link whose text and target are both malformed.
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const key = `${problem.position.start.line}|${problem.value.kind}|${normaliseAddress(problem.value.written)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
}

function normaliseAddress(written: string): string {
  return written
    .toLowerCase()
    .replace(/^(?:mailto:|[a-z]+:\/*)/u, '')
    .replace(/^www\./u, '')
    .replace(/\/$/u, '');
}

function frontMatterProblems(context: Context): Array<Fact<ContactProblem>> {
  const frontMatter = context.standard.frontMatter;
  const entries = frontMatter?.data?.kontakt;
  if (!frontMatter || !Array.isArray(entries)) return [];
  const source = context.standard.source;
  const from = frontMatter.position.start.offset ?? 0;
  const to = frontMatter.position.end.offset ?? source.length;
  const problems: Array<Fact<ContactProblem>> = [];
  let searchFrom = from;
  const place = (written: string): { position: Position; text: string } => {
    const at = source.indexOf(written, searchFrom);
    if (at >= 0 && at < to) {
      searchFrom = at + written.length;
      const start: Point = context.where.toPoint(at);
      const lineEnd = source.indexOf('\n', at);
      const lineStart = source.lastIndexOf('\n', at) + 1;
      return {
        position: { start, end: context.where.toPoint(at + written.length) },
        text: source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd).trim(),
      };
    }
    return { position: frontMatter.position, text: written };
  };
  for (const entry of entries) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    const check = (key: string, kind: ContactKind, validate: (text: string) => ContactFault | undefined) => {
      const value = record[key];
      if (typeof value !== 'string' && typeof value !== 'number') return;
      const written = String(value);
      const fault = validate(written);
      if (!fault) return;
      const digits = kind === 'phone' ? written.replace(/[^0-9]/gu, '').length - (written.trim().startsWith('+45') ? 2 : 0) : undefined;
      const { position, text } = place(written);
      problems.push({
        value: { kind, fault, written, where: 'front-matter', ...(digits !== undefined ? { digits } : {}) },
        position,
        text,
      });
    };
    check('telefon', 'phone', phoneFault);
    check('email', 'email', emailFault);
    check('web', 'url', urlFault);
  }
  return problems;
}
