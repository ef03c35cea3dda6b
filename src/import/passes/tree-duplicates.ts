/**
 * Repeated passages. An exact repeat is dropped. A near-repeat (old and new
 * wording side by side) that states the same facts is moved into a
 * CriticMarkup comment beside the kept one, so the writer decides. A
 * near-repeat that states *different* facts is a conflict: both stay, with a
 * comment that names it, so the check reports it and the writer must choose.
 * Only facts the content rules read can conflict: days, weeks, months, ages
 * and amounts. A § or stk. number, a year, a date or a list number is not one.
 * Every comment written here is returned in `added`, so the report lists it.
 */
import type { Html, Paragraph, Parent, Root, RootContent } from 'mdast';
import type { Added, Removal } from '../types.js';
import { filterProseParagraphs } from '../../model/duplicates.js';

/** Share of the shorter paragraph's words that must recur in the other one. */
export const nearDuplicateOverlap = 0.8;
/** Near-repeats are judged on passages of at least this many distinct words; shorter ones share words by chance. */
const nearDuplicateMinWords = 15;

interface Seen {
  node: Paragraph;
  key: string;
  words: Set<string>;
  facts: string;
}

export function resolveDuplicates(tree: Root, removed: Removal[], added: Added[]): void {
  const seen: Seen[] = [];
  const inserts = new Map<RootContent, Html[]>();
  filterProseParagraphs(tree, (node, text, key) => {
    const words = new Set(key.match(/[\p{L}\p{N}]+/gu) ?? []);
    const line = node.position?.start.line ?? 0;
    // A tracked change kept as CriticMarkup is not a repeat: a move is a deletion here and an insertion there,
    // and dropping either would lose the text when the move is rejected.
    if (hasTrackedChange(node)) return true;
    const exact = seen.find((s) => s.key === key);
    if (exact) {
      removed.push({ reason: 'duplicate', text, line });
      return false;
    }
    const near = words.size < nearDuplicateMinWords ? undefined : seen.find((s) => isNear(s.words, words));
    const facts = factsOf(key);
    seen.push({ node, key, words, facts });
    if (!near) return true;
    const firstLine = near.node.position?.start.line ?? 0;
    // Different numbers on both sides is a conflict; a passage without numbers states no competing fact.
    if (near.facts === facts || near.facts === '' || facts === '') {
      removed.push({ reason: 'near-duplicate', text, line });
      const comment = `{>>kvs: anden formulering af afsnittet ovenfor (kilde linje ${line}); behold den rigtige: ${text.replace(/\s+/g, ' ').replace(/<<\}/g, '<< }')}<<}`;
      addAfter(inserts, near.node, comment);
      added.push({ reason: 'near-duplicate', text: comment, line: firstLine });
      return false;
    }
    const comment = `{>>kvs: modstrid med afsnittet i kildens linje ${firstLine}: ${describe(near.facts)} mod ${describe(facts)}. Vælg én.<<}`;
    addAfter(inserts, node, comment);
    added.push({ reason: 'conflict', text: comment, line });
    return true;
  });
  insertAfter(tree, inserts);
}

function hasTrackedChange(node: Paragraph): boolean {
  return node.children.some((child) => child.type === 'html' && /^\{(?:--|\+\+|~~)/.test(child.value));
}

/** Puts the comment nodes after the paragraphs they belong to, at any depth. */
function insertAfter(parent: Parent, inserts: Map<RootContent, Html[]>): void {
  parent.children = parent.children.flatMap((child) => {
    if ('children' in child) insertAfter(child as Parent, inserts);
    return [child, ...(inserts.get(child as RootContent) ?? [])];
  }) as typeof parent.children;
}

function addAfter(inserts: Map<RootContent, Html[]>, node: RootContent, value: string): void {
  const list = inserts.get(node) ?? [];
  list.push({ type: 'html', value });
  inserts.set(node, list);
}

function isNear(a: Set<string>, b: Set<string>): boolean {
  if (a.size < nearDuplicateMinWords || Math.min(a.size, b.size) / Math.max(a.size, b.size) < 0.5) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size) >= nearDuplicateOverlap;
}

// "en" and "et" are also the articles, so only the stressed "én" counts as a number.
const numberWords: Record<string, string> = {
  én: '1', to: '2', tre: '3', fire: '4', fem: '5', seks: '6', syv: '7', otte: '8', ni: '9', ti: '10',
  elleve: '11', tolv: '12', fjorten: '14',
};

/** The units of the facts content rules read: time limits and intervals, ages, amounts. */
const unit = /^(?:(?:arbejds|hver|kalender)?dag(?:e|en|ene|es)?|døgn|timer?|uger?|ugers?|ugen|måned(?:er|ers|en|s)?|år(?:s|et)?|kr\.?|kroner|procent|%)$/u;
/** What may stand between the numbers of one fact: "1, 3, 6 og 12 måneder", "8-14 dage". */
const joiner = /^(?:,|og|eller|til|-|–)$/u;

/**
 * The numbers a passage states as facts, in order: "1, 3, 6 og 12 måneder" →
 * "1 3 6 12". A number counts when a unit of time, age or money follows it,
 * alone or after more numbers; "§ 101, stk. 2", "2019", "17. december 2019"
 * and "3) Visitation" state no such fact.
 */
export function factsOf(text: string): string {
  const tokens = text.toLowerCase().match(/\d+(?:[.,]\d+)?\.?|[\p{L}]+\.?|[,–-]/gu) ?? [];
  const facts: string[] = [];
  let run: string[] = [];
  for (const raw of tokens) {
    const token = raw.replace(/\.$/, '');
    // "17." is an ordinal: a date's day or a list number, not an amount.
    const number = /^\d+\.$/.test(raw) ? undefined : /^\d/.test(token) ? token : numberWords[token];
    if (number !== undefined) {
      run.push(number);
      continue;
    }
    if (run.length > 0 && joiner.test(token)) continue;
    if (run.length > 0 && unit.test(token)) facts.push(...run);
    run = [];
  }
  return facts.join(' ');
}

function describe(facts: string): string {
  return facts ? `"${facts.replace(/ /g, ', ')}"` : '"(ingen tal)"';
}
