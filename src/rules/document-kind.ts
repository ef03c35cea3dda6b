/**
 * document-kind: is this a § 101 drug-treatment standard at all?
 *
 * Kommuner write quality standards for many areas. Checked against the § 101
 * rule set, a standard for temporary housing (§ 107), home help (§ 83) or
 * alcohol treatment (sundhedsloven § 141) would drown in missing sections.
 * This rule reports one error at the title instead, saying which area the
 * document looks like; `documentKind` tells the runner the same, so it can
 * leave out the § 101 section findings.
 *
 * The decision is made from cue words (schemas/document-kinds.json), counted
 * in the title (weighted most), the headings, the prose and the front-matter
 * `omraade`. A standard that covers drugs and alcohol together is a § 101
 * standard. Too few cues for any area gives 'unknown', which is not reported.
 *
 * Law: Serviceloven § 101 and BEK nr. 1477 af 17/12/2019 (the tool's rule sets cover this area only).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for behandling af stofmisbrug
 *
 *   Tilbuddet er til dig, der har et problem med hash, kokain eller andre stoffer (serviceloven § 101).
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for midlertidigt botilbud (serviceloven § 107)
 *
 *   Du får et værelse i botilbuddet, og du kan gå med til beboermøder.
 */
import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import type { Rule } from './rule.js';
import type { Lang, Localized, Standard } from '../types.js';
import { docsUrl } from '../meta.js';
import { both } from '../i18n/index.js';
import { documentKindMessages as messages } from '../i18n/rules/document-kind.js';

export type DocumentKindId = 'sel101' | 'sel107' | 'sel83' | 'sundhedsloven141' | 'unknown';
type KnownKind = Exclude<DocumentKindId, 'unknown'>;

export interface DocumentKind {
  kind: DocumentKindId;
  /** The cue words that decided it, e.g. `"botilbud" ×7, "§ 107" ×3` (as written, lower-cased). */
  evidence: string;
}

interface KindsData {
  titleWeight: number;
  headingWeight: number;
  areaBonus: number;
  minimum: number;
  kinds: Record<KnownKind, { name: Localized; cues: Array<{ pattern: string; weight: number }> }>;
}

interface Cue {
  /** The pattern, sticky: it is tried only where some cue matches. */
  regex: RegExp;
  weight: number;
}

interface CompiledKinds extends Omit<KindsData, 'kinds'> {
  kinds: Array<{ id: KnownKind; name: Localized; cues: Cue[] }>;
  /** Finds every place where some cue (of any kind) matches: one pass over a text instead of one per cue. */
  anyCue: RegExp;
}

/**
 * A cue starts where no letter or digit comes before it. Tested on its own at
 * each candidate: as the head of every cue regex, a lookbehind kept V8 from
 * skipping ahead to the cues' first letters, so each cue was tried at every
 * position of the prose.
 */
const WORD_START = /(?<![\p{L}\p{N}])/iuy;

const KINDS: readonly KnownKind[] = ['sel101', 'sel107', 'sel83', 'sundhedsloven141'];

/** Checks and compiles the cue data; throws naming the kind when something is wrong. */
export function compileDocumentKinds(data: unknown): CompiledKinds {
  const raw = data as Partial<KindsData>;
  for (const key of ['titleWeight', 'headingWeight', 'areaBonus', 'minimum'] as const) {
    if (typeof raw[key] !== 'number') throw new Error(`document-kinds.json: ${key} must be a number`);
  }
  const kinds = KINDS.map((id) => {
    const kind = raw.kinds?.[id];
    if (!kind || typeof kind.name?.da !== 'string' || typeof kind.name.en !== 'string' || !Array.isArray(kind.cues)) {
      throw new Error(`document-kinds.json: kind ${id} needs a name (da, en) and cues`);
    }
    return {
      id,
      name: kind.name,
      cues: kind.cues.map((cue) => {
        if (typeof cue.pattern !== 'string' || typeof cue.weight !== 'number') {
          throw new Error(`document-kinds.json: a cue of ${id} needs pattern and weight`);
        }
        const regex = new RegExp(cue.pattern, 'iuy');
        if (regex.test('')) throw new Error(`document-kinds.json: a cue of ${id} matches the empty text`);
        return { regex, weight: cue.weight };
      }),
    };
  });
  const patterns = kinds.flatMap((kind) => kind.cues.map((cue) => cue.regex.source));
  return { ...(raw as KindsData), kinds, anyCue: anyOf(patterns) };
}

/**
 * One regex that matches wherever one of the patterns matches. Back-references
 * and named groups would mean something else in the alternation; with those,
 * every position is a candidate (slow, but the same result).
 */
function anyOf(patterns: string[]): RegExp {
  if (patterns.some((pattern) => /\\(?:[1-9]|k<)|\(\?</u.test(pattern))) return /(?:)/gu;
  return new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), 'giu');
}

// src/rules/ (tests) and dist/rules/ (built) are both two levels below the package root.
const dataUrl = new URL('../../schemas/document-kinds.json', import.meta.url);
let cache: CompiledKinds | undefined;

function kindsData(): CompiledKinds {
  cache ??= compileDocumentKinds(JSON.parse(readFileSync(dataUrl, 'utf8')));
  return cache;
}

/** The name of an area, e.g. "midlertidigt botilbud (serviceloven § 107)". */
export function documentKindName(kind: KnownKind, lang: Lang): string {
  return kindsData().kinds.find((k) => k.id === kind)?.name[lang] ?? kind;
}

interface Tally {
  score: number;
  inTitle: number;
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

function judge(standard: Standard): DocumentKind {
  const data = kindsData();
  const tallies = new Map<KnownKind, Tally>(KINDS.map((id) => [id, { score: 0, inTitle: 0, words: new Map() }]));
  const count = (text: string, weight: number, inTitle: boolean) => {
    if (text === '') return;
    const found = cueMatches(data, text);
    for (const kind of data.kinds) {
      const tally = tallies.get(kind.id)!;
      for (const cue of kind.cues) {
        for (const match of found.get(cue) ?? []) {
          const points = cue.weight * weight;
          tally.score += points;
          if (inTitle) tally.inTitle += points;
          const word = match.toLowerCase().replace(/\s+/gu, ' ');
          tally.words.set(word, (tally.words.get(word) ?? 0) + 1);
        }
      }
    }
  };

  const front = standard.frontMatter?.data;
  const titles = new Set([standard.title.text.trim(), typeof front?.titel === 'string' ? front.titel.trim() : ''].filter(Boolean));
  for (const title of titles) count(title, data.titleWeight, true);
  const titleLine = standard.title.position.start.line;
  for (const section of standard.sections) {
    if (section.position.start.line !== titleLine) count(section.heading, data.headingWeight, false);
  }
  count(prose(standard.tree), 1, false);
  if (typeof front?.omraade === 'string') {
    for (const kind of data.kinds) {
      if (kind.cues.some((cue) => cueMatches(data, front.omraade as string).has(cue))) {
        tallies.get(kind.id)!.score += data.areaBonus;
      }
    }
  }

  const drug = tallies.get('sel101')!;
  const [bestId, best] = [...tallies]
    .filter(([id]) => id !== 'sel101')
    .sort((a, b) => b[1].score - a[1].score)[0] as [KnownKind, Tally];
  const min = data.minimum;
  const verdict = (kind: DocumentKindId, tally: Tally | undefined): DocumentKind => ({
    kind,
    evidence: tally ? evidenceOf(tally) : 'no cue words',
  });

  if (drug.score >= min && drug.score >= best.score) return verdict('sel101', drug);
  // A standard for drugs and alcohol together is a § 101 standard.
  if (bestId === 'sundhedsloven141' && (drug.score >= min || drug.inTitle > 0)) return verdict('sel101', drug);
  if (best.score >= min) return verdict(bestId, best);
  return verdict('unknown', undefined);
}

/**
 * The matches of each cue in a text, at word starts, as if each cue were
 * searched on its own (`(?<![\p{L}\p{N}])(?:cue)` with the g flag): in order,
 * and a match never starting inside the cue's previous one. Only the places
 * `anyCue` finds are tried.
 */
function cueMatches(data: CompiledKinds, text: string): Map<Cue, string[]> {
  const found = new Map<Cue, string[]>();
  const free = new Map<Cue, number>();
  const { anyCue } = data;
  anyCue.lastIndex = 0;
  for (let candidate = anyCue.exec(text); candidate; candidate = anyCue.exec(text)) {
    const at = candidate.index;
    anyCue.lastIndex = afterCodePoint(text, at);
    WORD_START.lastIndex = at;
    if (!WORD_START.test(text)) continue;
    for (const kind of data.kinds) {
      for (const cue of kind.cues) {
        if ((free.get(cue) ?? 0) > at) continue;
        cue.regex.lastIndex = at;
        const match = cue.regex.exec(text);
        if (!match) continue;
        const word = match[0];
        free.set(cue, word === '' ? afterCodePoint(text, at) : at + word.length);
        const list = found.get(cue);
        if (list) list.push(word);
        else found.set(cue, [word]);
      }
    }
  }
  anyCue.lastIndex = 0;
  return found;
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
function prose(tree: Root): string {
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
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'da'))
    .slice(0, 3)
    .map(([word, times]) => `"${word}" ×${times}`)
    .join(', ');
}

/** True when the standard plainly belongs to another area: the rule reports it, and the runner then drops § 101 section findings. */
export function isOtherArea(kind: DocumentKind): kind is DocumentKind & { kind: Exclude<KnownKind, 'sel101'> } {
  return kind.kind !== 'sel101' && kind.kind !== 'unknown';
}

export const documentKindRule: Rule<typeof messages> = {
  meta: {
    id: 'document-kind',
    description: {
      da: 'Dokumentet er ikke en kvalitetsstandard for social behandling af stofmisbrug (serviceloven § 101), men fx for midlertidigt botilbud (§ 107), hjemmehjælp (§ 83) eller alkoholbehandling (sundhedsloven § 141). Værktøjet har kun regelsæt for § 101.',
      en: 'The document is not a quality standard for social drug-abuse treatment (Social Services Act § 101) but e.g. for temporary housing (§ 107), home help (§ 83) or alcohol treatment (Health Act § 141). The tool has rule sets for § 101 only.',
    },
    law: {
      da: 'Serviceloven § 101 og BEK nr. 1477 af 17/12/2019 (værktøjets regelsæt gælder kun dette område)',
      en: 'Social Services Act § 101 and executive order no. 1477 of 17/12/2019 (the tool’s rule sets cover this area only)',
    },
    severity: 'error',
    docs: docsUrl('document-kind'),
    messages,
  },
  check(context) {
    const { standard } = context;
    const found = documentKind(standard);
    if (!isOtherArea(found)) return;
    const kind = found.kind;
    context.report({
      position: standard.title.position,
      messageId: 'otherArea',
      hintId: 'sayItIsSel101',
      data: {
        area: both((lang) => documentKindName(kind, lang)),
        sel101: both((lang) => documentKindName('sel101', lang)),
        evidence: found.evidence,
      },
    });
  },
};
