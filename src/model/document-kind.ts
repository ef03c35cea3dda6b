/**
 * Which area a quality standard covers (§ 101 drug treatment, § 107 housing,
 * sundhedslovens § 141 alcohol treatment …), judged from cue words and law
 * citations in schemas/document-kinds.json; see src/rules/document-kind.ts
 * for how the judgement is made and reported.
 */
import { readFileSync } from 'node:fs';
import type { Nodes } from 'mdast';
import type { Lang, Localized, Standard } from '../types.js';
import { foldCase, requiredWords } from './required-words.js';
import { compareDanish } from './danish-order.js';

/** A kind's id in schemas/document-kinds.json ('sel101', 'sel85', 'sundhedsloven141' …), or 'unknown'. */
export type DocumentKindId = string;

export interface DocumentKind {
  kind: DocumentKindId;
  /** The cue words that decided it, e.g. `"botilbud" ×7, "§ 107" ×3` (as written, lower-cased). */
  evidence: string;
  /** Kinds the standard covers besides its own (alcohol treatment in a § 101 standard), with their evidence. */
  scope?: Array<{ kind: DocumentKindId; evidence: string }>;
}

interface CueData {
  pattern: string;
  weight: number;
  /** A citation of the kind's own law: in the title, front-matter or lovgrundlag it anchors the kind. */
  legal?: boolean;
}

interface KindsData {
  titleWeight: number;
  headingWeight: number;
  lawBasisWeight: number;
  leadWeight: number;
  leadSections: number;
  areaBonus: number;
  minimum: number;
  kinds: Record<string, { name: Localized; fileName: string; combinesWith?: string; cues: CueData[] }>;
}

interface Cue {
  pattern: string;
  /**
   * The pattern, global: searched on its own; a match counts only at a word start. Made at first use for the
   * bundled data: V8 reads each \p{L} of a case-insensitive Unicode pattern when the RegExp is made, and most
   * cues are never searched (their words are not in the standard).
   */
  search: RegExp | undefined;
  /** Letters every match starts with, lower-cased ('' when the pattern has none): a text without them is not searched. */
  lead: string;
  /** Word sets of which every match holds a word each (src/model/required-words.ts): a standard without them is not searched. */
  needs: string[][];
  weight: number;
  legal: boolean;
}

interface CompiledKinds extends Omit<KindsData, 'kinds'> {
  kinds: Array<{ id: string; name: Localized; fileName: string; combinesWith?: string; cues: Cue[] }>;
}

/**
 * A cue starts where no letter or digit comes before it. Tested on its own at
 * each match: as the head of every cue regex, a lookbehind kept V8 from
 * skipping ahead to the cues' first letters, so each cue was tried at every
 * position of the prose.
 */
const WORD_START = /(?<![\p{L}\p{N}])/iuy;

/** The kind the tool has rule sets for. */
const SEL101 = 'sel101';

/**
 * Checks and compiles the cue data; throws naming the kind when something is wrong. `bundled`: the data in
 * schemas/, whose patterns test/rules/document-kind.test.ts compiles; their RegExps are made at first use.
 */
export function compileDocumentKinds(data: unknown, { bundled = false } = {}): CompiledKinds {
  const raw = data as Partial<KindsData>;
  for (const key of ['titleWeight', 'headingWeight', 'lawBasisWeight', 'leadWeight', 'leadSections', 'areaBonus', 'minimum'] as const) {
    if (typeof raw[key] !== 'number') throw new Error(`document-kinds.json: ${key} must be a number`);
  }
  const ids = Object.keys(raw.kinds ?? {});
  if (!ids.includes(SEL101)) throw new Error(`document-kinds.json: kind ${SEL101} is missing`);
  const kinds = ids.map((id) => {
    const kind = raw.kinds![id]!;
    if (typeof kind.name?.da !== 'string' || typeof kind.name.en !== 'string' || !Array.isArray(kind.cues)) {
      throw new Error(`document-kinds.json: kind ${id} needs a name (da, en) and cues`);
    }
    if (typeof kind.fileName !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(kind.fileName)) {
      throw new Error(`document-kinds.json: kind ${id} needs a fileName of lower-case ASCII letters, digits and hyphens`);
    }
    if (kind.combinesWith !== undefined && !ids.includes(kind.combinesWith)) {
      throw new Error(`document-kinds.json: kind ${id} combines with an unknown kind`);
    }
    return {
      id,
      name: kind.name,
      fileName: kind.fileName,
      ...(kind.combinesWith ? { combinesWith: kind.combinesWith } : {}),
      cues: kind.cues.map((cue) => {
        if (typeof cue.pattern !== 'string' || typeof cue.weight !== 'number') {
          throw new Error(`document-kinds.json: a cue of ${id} needs pattern and weight`);
        }
        // Whether a cue can match the empty text is the data's test (test/rules/document-kind.test.ts): compiling
        // 70 case-insensitive Unicode regexes only to ask cost 16 ms of every one-file check.
        const search = bundled ? undefined : new RegExp(cue.pattern, 'giu');
        return { pattern: cue.pattern, search, lead: leadingLetters(cue.pattern), needs: requiredWords(cue.pattern), weight: cue.weight, legal: cue.legal === true };
      }),
    };
  });
  return { ...(raw as KindsData), kinds };
}

// src/model/ (tests) and dist/model/ (built) are both two levels below the package root.
const dataUrl = new URL('../../schemas/document-kinds.json', import.meta.url);
let cache: CompiledKinds | undefined;

function kindsData(): CompiledKinds {
  cache ??= compileDocumentKinds(JSON.parse(readFileSync(dataUrl, 'utf8')), { bundled: true });
  return cache;
}

/** The area's part of a file name, e.g. `midlertidigt-botilbud`; `unknown` gets § 101's. */
export function documentKindFileName(kind: DocumentKindId): string {
  const kinds = kindsData().kinds;
  return (kinds.find((k) => k.id === kind) ?? kinds.find((k) => k.id === SEL101)!).fileName;
}

/** The name of an area, e.g. "midlertidigt botilbud (serviceloven § 107)". */
export function documentKindName(kind: DocumentKindId, lang: Lang): string {
  return kindsData().kinds.find((k) => k.id === kind)?.name[lang] ?? kind;
}

interface Tally {
  score: number;
  inTitle: number;
  /** Points of the kind's legal cues in the title, the front-matter and the lovgrundlag. */
  anchor: number;
  /** Words as written (lower-cased) → weighted count, for the evidence. */
  words: Map<string, number>;
}

// The check asks twice per standard (the rule, and the runner to silence § 101 rules): judge once.
const judged = new WeakMap<Standard, DocumentKind>();

/** Which area the standard covers, judged from its words. */
export function documentKind(standard: Standard): DocumentKind {
  let found = judged.get(standard);
  if (!found) judged.set(standard, (found = judge(standard)));
  return found;
}

/** Headings of the section that states the legal basis. */
const LAW_BASIS = /^(?:lov(?:grundlag|givning|hjemmel|bestemmelser)|retsgrundlag|hjemmel|lovgivningen)\b/iu;

interface Counted {
  text: string;
  weight: number;
  place: 'title' | 'basis' | 'text';
  /** Text the prose pass counts too, weighted more here; its words are not told twice in the evidence. */
  again: boolean;
}

function judge(standard: Standard): DocumentKind {
  const data = kindsData();
  const tallies = new Map<string, Tally>(data.kinds.map((kind) => [kind.id, { score: 0, inTitle: 0, anchor: 0, words: new Map() }]));
  const texts: Counted[] = [];
  const count = (text: string, weight: number, place: Counted['place'], again = false) => {
    if (text !== '') texts.push({ text, weight, place, again });
  };

  const front = standard.frontMatter?.data;
  const titles = new Set([standard.title.text.trim(), typeof front?.titel === 'string' ? front.titel.trim() : ''].filter(Boolean));
  for (const title of titles) count(title, data.titleWeight, 'title');
  const basis = front?.lovgrundlag;
  for (const entry of Array.isArray(basis) ? basis : [basis]) if (typeof entry === 'string') count(entry, data.lawBasisWeight, 'basis');
  const titleLine = standard.title.position.start.line;
  let lead = 0;
  for (const section of standard.sections) {
    if (section.position.start.line === titleLine) continue;
    if (LAW_BASIS.test(section.heading.trim())) {
      count(section.heading, data.lawBasisWeight, 'basis');
      count(prose(section.content), data.lawBasisWeight - 1, 'basis', true);
    } else {
      count(section.heading, data.headingWeight, 'text');
      // The first sections say what the standard is about; the prose pass below counts them once more.
      if (lead++ < data.leadSections) count(prose(section.content), data.leadWeight - 1, 'text', true);
    }
  }
  count(prose(standard.tree), 1, 'text');
  const area = typeof front?.omraade === 'string' ? front.omraade : undefined;

  // Only the cues whose words are somewhere in the standard: each of the others would be compiled (a
  // case-insensitive Unicode regex, its \p{L} sets folded by V8) and run over every text to find nothing.
  const present = foldCase([...texts.map((counted) => counted.text), area ?? ''].join('\0'));
  const cues = new Set(data.kinds.flatMap((kind) => kind.cues).filter((cue) => cue.needs.every((words) => words.some((word) => present.includes(word)))));

  for (const { text, weight, place, again } of texts) {
    const found = cueMatches(data, text, cues);
    for (const kind of data.kinds) {
      const tally = tallies.get(kind.id)!;
      for (const cue of kind.cues) {
        for (const match of found.get(cue) ?? []) {
          const points = cue.weight * weight;
          tally.score += points;
          if (place === 'title') tally.inTitle += points;
          if (cue.legal && place !== 'text') tally.anchor += points;
          if (again) continue;
          const word = match.toLowerCase().replace(/\s+/gu, ' ');
          tally.words.set(word, (tally.words.get(word) ?? 0) + 1);
        }
      }
    }
  }
  if (area !== undefined) {
    const named = cueMatches(data, area, cues);
    for (const kind of data.kinds) {
      if (kind.cues.some((cue) => named.has(cue))) {
        const tally = tallies.get(kind.id)!;
        tally.score += data.areaBonus;
        if (kind.cues.some((cue) => cue.legal && named.has(cue))) tally.anchor += data.areaBonus;
      }
    }
  }
  return decide(data, tallies);
}

/**
 * The verdict from the tallies: the kind whose own law the title, front-matter
 * or lovgrundlag cites most (§ 101 on a tie), else the kind with most cue
 * points. A kind that combines with § 101 (alcohol) beside drug cues makes a
 * § 101 standard that also covers it.
 */
function decide(data: CompiledKinds, tallies: Map<string, Tally>): DocumentKind {
  const drug = tallies.get(SEL101)!;
  const others = [...tallies].filter(([id]) => id !== SEL101);
  const combining = new Set(data.kinds.filter((kind) => kind.combinesWith === SEL101).map((kind) => kind.id));
  const min = data.minimum;
  const verdict = (kind: DocumentKindId, tally: Tally | undefined): DocumentKind => ({
    kind,
    evidence: tally ? evidenceOf(tally) : 'no cue words',
  });
  // Alcohol beside drugs: cited as law or named in the title.
  const sel101 = (): DocumentKind => {
    const scope = others
      .filter(([id, tally]) => combining.has(id) && (tally.anchor > 0 || tally.inTitle > 0))
      .map(([id, tally]) => ({ kind: id, evidence: evidenceOf(tally) }));
    return { ...verdict(SEL101, drug), ...(scope.length > 0 ? { scope } : {}) };
  };
  const drugPresent = drug.score >= min || drug.inTitle > 0;

  const [anchoredId, anchored] = [...others].sort((a, b) => b[1].anchor - a[1].anchor || b[1].score - a[1].score)[0]!;
  if (drug.anchor > 0 || anchored.anchor > 0) {
    if (drug.anchor >= anchored.anchor) return sel101();
    if (combining.has(anchoredId) && drugPresent) return sel101();
    return verdict(anchoredId, anchored);
  }

  const [bestId, best] = [...others].sort((a, b) => b[1].score - a[1].score)[0]!;
  if (drug.score >= min && drug.score >= best.score) return sel101();
  if (combining.has(bestId) && drugPresent) return sel101();
  if (best.score >= min) return verdict(bestId, best);
  return verdict('unknown', undefined);
}

/**
 * The matches of each cue in a text, at word starts, in order, a match never
 * starting inside the cue's previous one: each cue searched on its own. One
 * alternation of every cue tried at each place cost V8 far more (it cannot
 * skip ahead to a cue's first letters).
 */
function cueMatches(data: CompiledKinds, text: string, cues: ReadonlySet<Cue>): Map<Cue, string[]> {
  const found = new Map<Cue, string[]>();
  // Case-insensitive regexes also match these signs as s, k and å; toLowerCase does not, so with one of them every cue is searched.
  const lower = FOLDS_UNLIKE_LOWER_CASE.test(text) ? undefined : text.toLowerCase();
  for (const kind of data.kinds) {
    for (const cue of kind.cues) {
      if (!cues.has(cue)) continue;
      // Searching a text with a case-insensitive Unicode regex is slow; a missing first word is not.
      if (lower !== undefined && cue.lead !== '' && !lower.includes(cue.lead)) continue;
      const search = (cue.search ??= new RegExp(cue.pattern, 'giu'));
      search.lastIndex = 0;
      for (let match = search.exec(text); match; match = search.exec(text)) {
        const at = match.index;
        const word = match[0];
        WORD_START.lastIndex = at;
        if (!WORD_START.test(text)) {
          // Inside a word: the cue may still match at a word start further on.
          search.lastIndex = afterCodePoint(text, at);
          continue;
        }
        if (word === '') search.lastIndex = afterCodePoint(text, at);
        const list = found.get(cue);
        if (list) list.push(word);
        else found.set(cue, [word]);
      }
    }
  }
  return found;
}

const FOLDS_UNLIKE_LOWER_CASE = /[\u017f\u212a\u212b\u1e9e]/u;

/**
 * The plain letters a pattern starts with (a letter a quantifier makes optional
 * left out), lower-cased; '' when it starts otherwise or has a top-level `|`.
 */
function leadingLetters(pattern: string): string {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') i++;
    else if (char === '[') while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return '';
  }
  const letters = /^[a-zæøå]+/iu.exec(pattern)?.[0] ?? '';
  const optional = /^[?*{]/u.test(pattern.slice(letters.length));
  return (optional ? letters.slice(0, -1) : letters).toLowerCase();
}

/** The index after the code point at `index` (a surrogate pair is one). */
function afterCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * The standard's prose: paragraphs and table cells, a block a line, each as
 * mdast-util-to-string gives it without HTML and image alt texts. One walk
 * that collects the text pieces, instead of a visitor and a string per node.
 */
function prose(tree: Nodes): string {
  const pieces: unknown[] = [];
  const stack: Nodes[] = [tree];
  let blocks = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      if (blocks++ > 0) pieces.push('\n');
      textOf(node, pieces);
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
    }
  }
  return pieces.join('');
}

function textOf(node: Nodes, pieces: unknown[]): void {
  if ('value' in node) {
    if (node.type !== 'html') pieces.push(node.value);
  } else if ('children' in node) {
    for (const child of node.children) textOf(child, pieces);
  }
}

function evidenceOf(tally: Tally): string {
  return [...tally.words]
    .sort((a, b) => b[1] - a[1] || compareDanish(a[0], b[0]))
    .slice(0, 3)
    .map(([word, times]) => `"${word}" ×${times}`)
    .join(', ');
}

/** True when the standard plainly belongs to another area: the rule reports it, and the runner then drops § 101 section findings. */
export function isOtherArea(kind: DocumentKind): boolean {
  return kind.kind !== SEL101 && kind.kind !== 'unknown';
}

