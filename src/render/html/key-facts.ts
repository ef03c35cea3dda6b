/**
 * The facts a citizen looks for first — the treatment guarantee, follow-up
 * after treatment, the complaint deadline and where a complaint goes on to —
 * as one computation from the extracted facts, read by every page that shows
 * them (the comparison, the leaflet's practical box), so they never differ.
 */
import { toString } from 'mdast-util-to-string';
import type { Fact, Standard } from '../../types.js';
import { factsData } from '../../model/facts/index.js';

export interface KeyFacts {
  guarantee: Array<Fact<number>>;
  followUp: Array<Fact<number[]>>;
  complaint: Array<Fact<number>>;
  /** The appeal body the complaint sections name ("Ankestyrelsen"), as written. */
  appealBody?: string;
}

export function keyFacts(standard: Standard): KeyFacts {
  // Facts may be missing altogether in a model built before extraction existed.
  const facts: Partial<Standard['facts']> = standard.facts ?? {};
  const result: KeyFacts = {
    guarantee: facts.guaranteeDays ?? [],
    followUp: facts.followUpMonths ?? [],
    complaint: facts.complaintDays ?? [],
  };
  const appealBody = appealBodyOf(standard);
  if (appealBody) result.appealBody = appealBody;
  return result;
}

/** The facts as the citizen reads them, one sentence per distinct value: the leaflet's box and the booklet's back cover. */
export interface KeyFactLines {
  guarantee: string[];
  followUp: string[];
  /** The deadlines, then where the complaint goes on to. */
  complaint: string[];
}

/** How a page words each fact (the leaflet in sentences, the booklet's table shorter). */
export interface KeyFactWords {
  guaranteeLine: (days: number) => string;
  followUpLine: (months: readonly number[]) => string;
  complaintLine: (days: number) => string;
  appealLine: (body: string) => string;
}

export function keyFactLines(key: KeyFacts, t: KeyFactWords): KeyFactLines {
  return {
    guarantee: distinct(key.guarantee.map((f) => f.value)).map((days) => t.guaranteeLine(days)),
    followUp: distinct(key.followUp.map((f) => f.value)).map((months) => t.followUpLine(months)),
    complaint: [...distinct(key.complaint.map((f) => f.value)).map((days) => t.complaintLine(days)), ...(key.appealBody ? [t.appealLine(key.appealBody)] : [])],
  };
}

/** Distinct values in first-seen order; arrays and objects compare by content. */
export function distinct<T>(values: T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The index of the innermost section whose text holds `line` (sections are in document order). */
export function sectionAt(standard: Pick<Standard, 'sections'>, line: number): number | undefined {
  let found: number | undefined;
  for (const section of standard.sections) {
    if (section.position.start.line > line) break;
    found = section.index;
  }
  return found;
}

/** A section covering `key` and every section nested in it. */
export function sectionsAbout(standard: Pick<Standard, 'sections'>, key: string): number[] {
  const found = new Set<number>();
  const add = (index: number) => {
    if (found.has(index)) return;
    found.add(index);
    for (const child of standard.sections[index]?.children ?? []) add(child);
  };
  for (const section of standard.sections) if (section.requirements.includes(key)) add(section.index);
  return [...found].sort((a, b) => a - b);
}

function appealBodyOf(standard: Standard): string | undefined {
  for (const index of sectionsAbout(standard, 'klageadgang')) {
    const section = standard.sections[index]!;
    const text = `${section.heading}\n${toString(section.content, { includeHtml: false })}`;
    const lower = text.toLowerCase();
    for (const name of factsData.appealBody) {
      const at = lower.indexOf(name);
      // As written, less a genitive or definite ending: "Ankestyrelsens" → "Ankestyrelsen".
      if (at >= 0) return text.slice(at, at + name.length);
    }
  }
  return undefined;
}
