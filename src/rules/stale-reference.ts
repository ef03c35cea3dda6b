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
 * Linear in the length of the text: every pattern runs once over each block,
 * the sentence cues are tested at most once per sentence and entry, and a
 * block's characters are claimed at most once per entry.
 */
import { readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';
import type { Rule } from './rule.js';
import type { Localized, Severity, Standard } from '../types.js';
import { docsUrl } from '../meta.js';
import { locator } from '../model/positions.js';
import { formatDate, parsePartialDate } from '../render/html/dates.js';

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
  /** A typed array: a number[] of one entry per character made the rule's time grow faster than the text (V8 moves large arrays to a costlier heap). */
  offsets: Int32Array;
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
  visit(standard.tree as Root, (node: Nodes) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const pieces: Piece[] = [];
    visit(node, (leaf: Nodes) => {
      if (leaf.type === 'image' || leaf.type === 'imageReference' || leaf.type === 'html') return 'skip';
      if (leaf.type === 'break') {
        pieces.push({ value: '\n', start: leaf.position?.start.offset, end: undefined });
        return undefined;
      }
      if (leaf.type !== 'text' && leaf.type !== 'inlineCode') return undefined;
      pieces.push({ value: leaf.value, start: leaf.position?.start.offset, end: leaf.position?.end.offset });
      return undefined;
    });
    const text = pieces.map((piece) => piece.value).join('');
    if (text.trim() === '') return 'skip';
    const offsets = new Int32Array(text.length);
    let at = 0;
    for (const piece of pieces) {
      align(piece, source, offsets, at);
      at += piece.value.length;
    }
    blocks.push({ text, offsets });
    return 'skip';
  });
  const frontMatter = standard.frontMatter;
  if (frontMatter) {
    const at = locator(source);
    const start = frontMatter.position.start.offset ?? at.toOffset(frontMatter.position.start);
    const end = frontMatter.position.end.offset ?? at.toOffset(frontMatter.position.end);
    for (const match of source.slice(start, end).matchAll(/[^\r\n]+/g)) {
      const from = start + match.index;
      blocks.push({ text: match[0], offsets: Int32Array.from(match[0], (_, i) => from + i) });
    }
  }
  return blocks;
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

/** Abbreviations after which a full stop does not end a sentence ("jf. SEL § 101", "fx Ankestyrelsen"). */
const ABBREVIATIONS = new Set([
  'jf', 'jvf', 'bl.a', 'f.eks', 'fx', 'ca', 'stk', 'nr', 'evt', 'dvs', 'd.v.s', 'inkl', 'ekskl', 'iht', 'i.h.t', 'mht', 'm.h.t',
  'vedr', 'ang', 'tlf', 'kl', 'pr', 'hhv', 'bek', 'lbk', 'kap', 'pkt', 'sml', 'vha', 'ift', 'i.f.t', 'pga', 'p.g.a', 'mv', 'm.v',
]);

/**
 * Start offsets of the sentences of a block: a sentence ends at . ! or ?
 * followed by space and a capital letter, but not after an abbreviation.
 */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?]+["'»”)]*\s+(?=["'«»“(]?\p{Lu})/gu)) {
    if (text[match.index] === '.') {
      // The word before the full stop, at most 8 characters back.
      let from = match.index;
      while (from > 0 && match.index - from < 8 && /[\p{L}.]/u.test(text[from - 1] ?? '')) from--;
      if (ABBREVIATIONS.has(text.slice(from, match.index).toLowerCase())) continue;
    }
    starts.push(match.index + match[0].length);
  }
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
  const matches: StaleMatch[] = [];
  for (const block of textBlocks(standard)) {
    const { text, offsets } = block;
    const starts = sentenceStarts(text);
    const sentence = (index: number) => text.slice(starts[index] ?? 0, starts[index + 1] ?? text.length);
    const claimed = new Uint8Array(text.length);
    /** Sentences reported, per group (or entry id). */
    const reportedBy = new Map<string, Set<number>>();
    for (const entry of due) {
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
      entry.regex.lastIndex = 0;
      for (const match of text.matchAll(entry.regex)) {
        const from = match.index;
        const to = from + match[0].length;
        if (to === from) continue;
        const index = sentenceAt(starts, from);
        if (entry.once === 'sentence' && reported.has(index)) continue;
        if (!fits(index)) continue;
        let free = true;
        for (let i = from; i < to && free; i++) if (claimed[i]) free = false;
        if (!free) continue;
        claimed.fill(1, from, to);
        reported.add(index);
        matches.push({
          entry,
          start: offsets[from] ?? 0,
          end: (offsets[to - 1] ?? offsets[from] ?? 0) + 1,
          found: match[0].replace(/\s+/gu, ' '),
        });
      }
    }
  }
  return matches;
}

function test(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  const result = regex.test(text);
  regex.lastIndex = 0;
  return result;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export const staleReference: Rule = {
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
  },
  check(context) {
    const { standard, lang, asOf } = context;
    const at = locator(standard.source);
    const found = findStaleReferences(standard, asOf).sort((a, b) => a.start - b.start || a.end - b.end);
    for (const match of found) {
      const { entry } = match;
      const date = parsePartialDate(entry.validUntil);
      const values = { found: match.found, date: date ? formatDate(date, lang) : entry.validUntil };
      const report: Parameters<typeof context.report>[0] = {
        severity: entry.severity,
        position: { start: at.toPoint(match.start), end: at.toPoint(match.end) },
        message: `${fill(entry.message[lang], values)} ${fill(entry.instead[lang], values)}`,
        law: entry.law[lang],
      };
      if (entry.unverified) {
        report.hint =
          lang === 'da'
            ? `Datoen ${values.date} er ikke efterprøvet i en officiel kilde.`
            : `The date ${values.date} has not been verified in an official source.`;
      }
      context.report(report);
    }
  },
};
