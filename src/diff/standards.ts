/**
 * What changed between two versions of a standard, in the accepted view:
 * sections (matched by heading, then by requirement key), the facts the text
 * states (src/model/facts/) and the front-matter. Plain data for md.ts and
 * the JSON output.
 */
import type { Nodes } from 'mdast';
import type { Facts, Section, Standard } from '../types.js';
import { countWords } from '../model/sections.js';
import { distinct } from '../compare/table.js';
import { wordHunks, type WordHunk } from './words.js';

export interface SectionChange {
  change: 'changed' | 'added' | 'removed';
  heading: string;
  /** The old heading, when the section was renamed. */
  oldHeading?: string;
  depth: number;
  requirements: string[];
  words: { old: number; new: number };
  /** Word-level changes in the section's own text (not its sub-sections). */
  hunks: WordHunk[];
}

export const factKinds = [
  'guaranteeDays',
  'complaintDays',
  'followUpMonths',
  'revisionYears',
  'ageLimits',
  'phones',
  'emails',
  'urls',
  'legalReferences',
] as const satisfies ReadonlyArray<keyof Facts>;

export type FactKind = (typeof factKinds)[number];

type FactValue<K extends FactKind> = Facts[K][number]['value'];

export interface FactChange<K extends FactKind = FactKind> {
  fact: K;
  /** Distinct values, in the order the text states them. */
  old: Array<FactValue<K>>;
  new: Array<FactValue<K>>;
  removed: Array<FactValue<K>>;
  added: Array<FactValue<K>>;
}

export interface FieldChange {
  /** e.g. `godkendt.dato`, `kontakt[0].telefon`. */
  path: string;
  old?: unknown;
  new?: unknown;
}

export interface StandardDiff {
  old: string;
  new: string;
  unchanged: boolean;
  sections: SectionChange[];
  facts: FactChange[];
  frontMatter: FieldChange[];
}

export function diffStandards(before: Standard, after: Standard): StandardDiff {
  const sections = diffSections(before.sections, after.sections);
  const facts = factKinds.map((kind) => diffFact(kind, before.facts, after.facts)).filter((c): c is FactChange => c !== undefined);
  const frontMatter = diffFields(flatten(before.frontMatter?.data), flatten(after.frontMatter?.data));
  return {
    old: before.path,
    new: after.path,
    unchanged: sections.length === 0 && facts.length === 0 && frontMatter.length === 0,
    sections,
    facts,
    frontMatter,
  };
}

// ---------------------------------------------------------------------------
// Sections

interface Side {
  section: Section;
  key: string;
  words: string[];
}

function diffSections(before: Section[], after: Section[]): SectionChange[] {
  const olds = sides(before);
  const news = sides(after);
  const pairs = new Map<Side, Side>();
  // By heading first (the n-th "Frit valg" with the n-th), then a renamed section by its requirement keys.
  const unmatchedOld = new Map<string, Side[]>();
  for (const side of olds) unmatchedOld.set(side.key, [...(unmatchedOld.get(side.key) ?? []), side]);
  const looseNew: Side[] = [];
  for (const side of news) {
    const match = unmatchedOld.get(side.key)?.shift();
    if (match) pairs.set(side, match);
    else looseNew.push(side);
  }
  const remaining = new Set([...unmatchedOld.values()].flat());
  const looseOld = olds.filter((side) => remaining.has(side));
  for (const side of looseNew) {
    const keys = requirementsKey(side.section);
    if (keys === '') continue;
    const at = looseOld.findIndex((old) => requirementsKey(old.section) === keys);
    if (at !== -1) pairs.set(side, looseOld.splice(at, 1)[0]!);
  }

  const changes: SectionChange[] = [];
  for (const side of news) {
    const old = pairs.get(side);
    if (!old) {
      changes.push(change('added', side, undefined));
      continue;
    }
    const renamed = old.section.heading !== side.section.heading;
    const hunks = wordHunks(old.words, side.words);
    if (renamed || hunks.length > 0) changes.push({ ...change('changed', side, old), hunks, ...(renamed ? { oldHeading: old.section.heading } : {}) });
  }
  for (const old of looseOld) changes.push(change('removed', old, undefined));
  return changes;
}

function sides(sections: Section[]): Side[] {
  const seen = new Map<string, number>();
  return sections.map((section) => {
    const heading = normalHeading(section.heading);
    const n = seen.get(heading) ?? 0;
    seen.set(heading, n + 1);
    return { section, key: `${heading}#${n}`, words: proseOf(section.content).split(/\s+/u).filter(Boolean) };
  });
}

const inline = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** The words of a tree, with a space between blocks so two paragraphs never run into one word. */
function proseOf(node: Nodes): string {
  if (node.type === 'html' || node.type === 'yaml') return '';
  if (node.type === 'break') return ' ';
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  return node.children.map((child) => proseOf(child as Nodes)).join(inline.has(node.type) ? '' : ' ');
}

/** "3.2 Frit  valg" and "frit valg" are the same heading. */
function normalHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/^\s*\d+(?:\.\d+)*\.?\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function requirementsKey(section: Section): string {
  return [...section.requirements].sort().join(',');
}

/** `side` is the new section, or the old one when it was removed. */
function change(kind: SectionChange['change'], side: Side, old: Side | undefined): SectionChange {
  const words = (s: Side | undefined) => (s ? countWords(s.section.content) : 0);
  return {
    change: kind,
    heading: side.section.heading,
    depth: side.section.depth,
    requirements: side.section.requirements,
    words: kind === 'removed' ? { old: words(side), new: 0 } : { old: words(old), new: words(side) },
    hunks: [],
  };
}

// ---------------------------------------------------------------------------
// Facts

function diffFact<K extends FactKind>(kind: K, before: Facts, after: Facts): FactChange<K> | undefined {
  const old = distinct((before[kind] as Array<{ value: FactValue<K> }>).map((fact) => fact.value));
  const now = distinct((after[kind] as Array<{ value: FactValue<K> }>).map((fact) => fact.value));
  const oldKeys = new Set(old.map((value) => JSON.stringify(value)));
  const newKeys = new Set(now.map((value) => JSON.stringify(value)));
  const removed = old.filter((value) => !newKeys.has(JSON.stringify(value)));
  const added = now.filter((value) => !oldKeys.has(JSON.stringify(value)));
  if (removed.length === 0 && added.length === 0) return undefined;
  return { fact: kind, old, new: now, removed, added };
}

// ---------------------------------------------------------------------------
// Front-matter

/** Scalars by path; a list of scalars (lovgrundlag) is one value. */
function flatten(data: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(data)) {
    if (data.every((item) => item === null || typeof item !== 'object')) out.set(path, data);
    else data.forEach((item, index) => flatten(item, `${path}[${index}]`, out));
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) flatten(value, path ? `${path}.${key}` : key, out);
  } else if (path !== '') {
    out.set(path, data);
  }
  return out;
}

function diffFields(before: Map<string, unknown>, after: Map<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const path of distinct([...before.keys(), ...after.keys()])) {
    const old = before.get(path);
    const now = after.get(path);
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    changes.push({ path, ...(before.has(path) ? { old } : {}), ...(after.has(path) ? { new: now } : {}) });
  }
  return changes;
}
