/**
 * The comparison as plain data: one row per standard, one column per
 * requirement of the rule set in force, then the facts. Every formatter
 * (csv, json, md, html) reads this table and decides nothing itself.
 *
 * Coverage of a requirement, from the model (not from the check's findings, so
 * a rule switched off in the config or by a comment does not hide a gap):
 *
 * - missing: no section covers the requirement, by heading or by a
 *   `<!-- kvs-krav: … -->` marker. This is exactly what the check's
 *   `required-section` rule reports.
 * - only partly (`partial`): sections cover it, but none of them is real
 *   coverage. A covering section is real coverage when it has words and either
 *   has at least 20 words (`partlyWords`) or is a section of its own: matched
 *   by its heading (not only by a marker) and not a sub-section of a section
 *   about another requirement. So "only partly" is an empty section (the
 *   `empty-section` rule's case), or a marker or a sub-section under another
 *   topic with fewer than 20 words.
 * - covered: otherwise. The best covering section decides: a requirement with
 *   one good section and one empty one is covered (the check still warns
 *   about the empty one).
 *
 * Words are those the check counts for the topic (`topicWords`: the section and its sub-sections on no other topic).
 */
import { basename } from 'node:path';
import type { Config } from '../config.js';
import type { Lang, Section, Severity, Standard } from '../types.js';
import { ruleSetById, ruleSetFor } from '../law/rulesets.js';
import { joinNames, readFacts, revisionDue, type Facts as FrontFacts } from '../render/html/facts.js';
import { distinct, keyFacts } from '../render/html/key-facts.js';
import { isOverdue, isoOf } from '../model/dates.js';
import { lixOfStandard } from '../model/lix.js';
import { topicWords } from '../model/sections.js';
import { compareWords, type CompareWords } from '../i18n/compare.js';

/** A covering section with fewer words than this is "only partly" when it is a marker or nested under another topic. */
export const partlyWords = 20;

/** The law's maximum time between revisions of a quality standard, in years. */
export { revisionYears } from '../render/html/facts.js';

/** What a cell shows when the standard does not state a fact. */
export const notStated = '–';

export type CoverageStatus = 'covered' | 'partial' | 'missing';

/** Shown with the word, never instead of it: ✓ dækket, ◐ delvist, ✗ mangler. */
export const statusSymbols: Record<CoverageStatus, string> = { covered: '✓', partial: '◐', missing: '✗' };

export interface CoveringSection {
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  words: number;
  matchedBy: 'heading' | 'marker';
  /** True when the section sits under a section about another requirement. */
  nested: boolean;
}

export interface Coverage {
  status: CoverageStatus;
  /** Why only partly: every covering section is empty, or only short markers/sub-sections cover it. */
  reason?: 'empty' | 'short';
  /** Words in the best covering section (0 when missing). */
  words: number;
  sections: CoveringSection[];
}

/** A fact as the text states it, with its line. */
export interface StatedFact<T> {
  value: T;
  line: number;
  text: string;
}

export interface AgeGroup {
  min?: number;
  max?: number;
}

export interface CompareFacts {
  guaranteeDays: Array<StatedFact<number>>;
  followUpMonths: Array<StatedFact<number[]>>;
  complaintDays: Array<StatedFact<number>>;
  ageGroups: Array<StatedFact<AgeGroup>>;
  /** Coverage of the `frit_valg` requirement, whether or not the rule set in force asks for it. */
  freeChoice: CoverageStatus;
  /** The front-matter's `godkendt.dato` as written: "2018", "2023-06" or "2023-06-21". */
  approved: string | null;
  revisionDue: {
    /** Same precision as the date it comes from. */
    date: string;
    /** `revision.dato` from the front-matter, or the approval date plus `years`. */
    basis: 'revision-date' | 'approval';
    years?: number;
    /** The whole period of `date` lies before the comparison's date. */
    overdue: boolean;
  } | null;
  lix: number;
}

export interface CompareSummary {
  /** Requirements of the rule set with severity error. */
  required: number;
  covered: number;
  partial: number;
  missing: number;
  /** covered / required, rounded to a whole percent. */
  percent: number;
}

export interface CompareRow {
  /** The file name without `.md`. */
  slug: string;
  path: string;
  kommune: string;
  title: string;
  /** Requirement key → coverage, for every requirement of the rule set, in its order. */
  coverage: Record<string, Coverage>;
  summary: CompareSummary;
  facts: CompareFacts;
  /** Column key → the cell's text, exactly as CSV writes it. */
  cells: Record<string, string>;
}

export type ColumnKind = 'standard' | 'summary' | 'requirement' | 'fact';

export interface CompareColumn {
  key: string;
  header: string;
  kind: ColumnKind;
  /** For requirement columns. */
  requirement?: string;
}

export interface CompareRequirement {
  key: string;
  title: string;
  law: string;
  severity: Severity;
  /** Counts towards the percentage (severity error). */
  required: boolean;
}

export interface CompareTable {
  lang: Lang;
  /** The comparison's date, YYYY-MM-DD: picks the rule set and decides "overdue". */
  asOf: string;
  ruleSet: { id: string; title: string; inForce: string };
  partlyWords: number;
  requirements: CompareRequirement[];
  columns: CompareColumn[];
  rows: CompareRow[];
}

export interface CompareOptions {
  /** YYYY-MM-DD. */
  asOf: string;
  lang?: Lang;
  /** `ruleSet` pins a rule set as in `kvs check`; extra headings must already be in the models. */
  config?: Config;
}

/** Column key of a requirement. */
export const requirementColumn = (key: string): string => `requirement:${key}`;

export function compareTable(standards: Standard[], options: CompareOptions): CompareTable {
  const lang = options.lang ?? options.config?.lang ?? 'da';
  const t = compareWords[lang];
  const ruleSet = options.config?.ruleSet ? ruleSetById(options.config.ruleSet) : ruleSetFor(options.asOf);
  const requirements: CompareRequirement[] = ruleSet.requirements.map((r) => ({
    key: r.key,
    title: r.title[lang],
    law: r.law[lang],
    severity: r.severity,
    required: r.severity === 'error',
  }));
  const columns = columnsFor(requirements, t);

  const rows = standards.map((standard): CompareRow => {
    const front = readFacts(standard);
    const slug = basename(standard.path, '.md');
    const coverage = Object.fromEntries(requirements.map((r) => [r.key, coverageOf(standard, r.key)]));
    const required = requirements.filter((r) => r.required);
    const count = (status: CoverageStatus) => required.filter((r) => coverage[r.key]?.status === status).length;
    const covered = count('covered');
    const summary: CompareSummary = {
      required: required.length,
      covered,
      partial: count('partial'),
      missing: count('missing'),
      percent: required.length === 0 ? 100 : Math.round((100 * covered) / required.length),
    };
    const facts = factsOf(standard, front, options.asOf);
    const row: CompareRow = {
      slug,
      path: standard.path,
      kommune: front.kommuner.length > 0 ? joinNames(front.kommuner, lang) : slug,
      title: front.title ?? (standard.title.text || slug),
      coverage,
      summary,
      facts,
      cells: {},
    };
    row.cells = cellsOf(row, requirements, t);
    return row;
  });
  rows.sort((a, b) => a.kommune.localeCompare(b.kommune, 'da') || a.slug.localeCompare(b.slug));

  return {
    lang,
    asOf: options.asOf,
    ruleSet: { id: ruleSet.id, title: ruleSet.title[lang], inForce: ruleSet.inForce },
    partlyWords,
    requirements,
    columns,
    rows,
  };
}

function columnsFor(requirements: CompareRequirement[], t: CompareWords): CompareColumn[] {
  const fact = (key: keyof CompareFacts | 'revisionOverdue', header: string): CompareColumn => ({ key, header, kind: 'fact' });
  return [
    { key: 'kommune', header: t.kommune, kind: 'standard' },
    { key: 'title', header: t.title, kind: 'standard' },
    { key: 'file', header: t.file, kind: 'standard' },
    { key: 'coveragePercent', header: t.coveragePercent, kind: 'summary' },
    ...requirements.map((r): CompareColumn => ({ key: requirementColumn(r.key), header: r.title, kind: 'requirement', requirement: r.key })),
    fact('guaranteeDays', t.guaranteeDays),
    fact('followUpMonths', t.followUpMonths),
    fact('complaintDays', t.complaintDays),
    fact('ageGroups', t.ageGroups),
    fact('freeChoice', t.freeChoice),
    fact('approved', t.approved),
    fact('revisionDue', t.revisionDue),
    fact('revisionOverdue', t.revisionOverdue),
    fact('lix', t.lix),
  ];
}

// ---------------------------------------------------------------------------
// Coverage

export function coverageOf(standard: Standard, key: string): Coverage {
  const sections = standard.sections
    .filter((section) => section.requirements.includes(key))
    .map(
      (section): CoveringSection => ({
        heading: section.heading,
        line: section.position.start.line,
        words: topicWords(standard.sections, section, key),
        matchedBy: section.matchedBy[key] ?? 'heading',
        nested: underAnotherTopic(standard.sections, section, key),
      }),
    );
  if (sections.length === 0) return { status: 'missing', words: 0, sections };
  const words = Math.max(...sections.map((s) => s.words));
  const real = sections.some((s) => s.words > 0 && (s.words >= partlyWords || (s.matchedBy === 'heading' && !s.nested)));
  if (real) return { status: 'covered', words, sections };
  return { status: 'partial', reason: words === 0 ? 'empty' : 'short', words, sections };
}

function underAnotherTopic(sections: Section[], section: Section, key: string): boolean {
  for (let parent = section.parent; parent !== undefined; parent = sections[parent]?.parent) {
    const ancestor = sections[parent];
    if (ancestor && ancestor.requirements.length > 0 && !ancestor.requirements.includes(key)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Facts

function stated<T>(facts: Array<{ value: T; position: { start: { line: number } }; text: string }>): Array<StatedFact<T>> {
  return facts.map((fact) => ({ value: fact.value, line: fact.position.start.line, text: fact.text }));
}

function factsOf(standard: Standard, front: FrontFacts, asOf: string): CompareFacts {
  const key = keyFacts(standard);
  const due = revisionDue(front, standard);
  const revision: CompareFacts['revisionDue'] = due ? { date: isoOf(due.date), basis: due.basis, ...(due.years !== undefined ? { years: due.years } : {}), overdue: isOverdue(due.date, asOf) } : null;
  return {
    guaranteeDays: stated(key.guarantee),
    followUpMonths: stated(key.followUp),
    complaintDays: stated(key.complaint),
    ageGroups: stated(standard.facts?.ageLimits ?? []),
    freeChoice: coverageOf(standard, 'frit_valg').status,
    approved: front.approved ? isoOf(front.approved) : null,
    revisionDue: revision,
    lix: lixOfStandard(standard),
  };
}

/** Distinct values in first-seen order; arrays and objects compare by content. */
export { distinct };

// ---------------------------------------------------------------------------
// Cells: the text of each column, as CSV, JSON `cells` and Markdown show it.

export function ageGroupText(group: AgeGroup, t: CompareWords): string {
  if (group.min !== undefined && group.max !== undefined) return t.ageRange(group.min, group.max);
  if (group.min !== undefined) return t.ageFrom(group.min);
  if (group.max !== undefined) return t.ageUnder(group.max + 1);
  return notStated;
}

/** Distinct values joined by " / " (two values mean the text contradicts itself), or "–". */
function listCell<T>(facts: Array<StatedFact<T>>, show: (value: T) => string): string {
  const values = distinct(facts.map((f) => f.value));
  return values.length === 0 ? notStated : values.map(show).join(' / ');
}

export function factCells(facts: CompareFacts, t: CompareWords): Record<string, string> {
  const ages = distinct(facts.ageGroups.map((f) => f.value));
  return {
    guaranteeDays: listCell(facts.guaranteeDays, String),
    followUpMonths: listCell(facts.followUpMonths, (months) => months.join(', ')),
    complaintDays: listCell(facts.complaintDays, String),
    ageGroups: ages.length === 0 ? notStated : ages.map((group) => ageGroupText(group, t)).join(', '),
    freeChoice: t.status[facts.freeChoice],
    approved: facts.approved ?? notStated,
    revisionDue: facts.revisionDue?.date ?? notStated,
    revisionOverdue: facts.revisionDue ? (facts.revisionDue.overdue ? t.yes : t.no) : notStated,
    lix: String(facts.lix),
  };
}

function cellsOf(row: CompareRow, requirements: CompareRequirement[], t: CompareWords): Record<string, string> {
  return {
    kommune: row.kommune,
    title: row.title,
    file: row.path,
    coveragePercent: String(row.summary.percent),
    ...Object.fromEntries(requirements.map((r) => [requirementColumn(r.key), t.status[row.coverage[r.key]?.status ?? 'missing']])),
    ...factCells(row.facts, t),
  };
}

/** The cells of a row in column order. */
export function rowCells(table: CompareTable, row: CompareRow): string[] {
  return table.columns.map((column) => row.cells[column.key] ?? '');
}
