/**
 * JSON with a stable shape (`format: "kvs-compare"`, `version: 1`): the
 * table as data. Keys always come in the same order, every requirement of the
 * rule set is present in `coverage`, absent facts are `[]` or `null`, and
 * `rows[].cells` holds exactly the CSV's cells, keyed by `columns[].key`.
 * `<`, `>` and `&` are written as \u escapes, so the text is safe to inline in
 * an HTML page; U+2028/2029 are escaped for old JavaScript parsers.
 */
import type { CompareTable } from './table.js';
import { asciiSafeJson } from '../report/terminal-text.js';

export const compareJsonVersion = 1;

export function compareJson(table: CompareTable): object {
  return {
    format: 'kvs-compare',
    version: compareJsonVersion,
    lang: table.lang,
    asOf: table.asOf,
    ruleSet: { id: table.ruleSet.id, title: table.ruleSet.title, inForce: table.ruleSet.inForce },
    partlyWords: table.partlyWords,
    requirements: table.requirements.map((r) => ({ key: r.key, title: r.title, law: r.law, severity: r.severity, required: r.required })),
    columns: table.columns.map((c) => ({ key: c.key, header: c.header, kind: c.kind, ...(c.requirement ? { requirement: c.requirement } : {}) })),
    rows: table.rows.map((row) => ({
      slug: row.slug,
      path: row.path,
      kommune: row.kommune,
      title: row.title,
      summary: {
        required: row.summary.required,
        covered: row.summary.covered,
        partial: row.summary.partial,
        missing: row.summary.missing,
        percent: row.summary.percent,
      },
      coverage: Object.fromEntries(
        table.requirements.map((r) => {
          const c = row.coverage[r.key];
          return [
            r.key,
            {
              status: c?.status ?? 'missing',
              reason: c?.reason ?? null,
              words: c?.words ?? 0,
              sections: (c?.sections ?? []).map((s) => ({ heading: s.heading, line: s.line, words: s.words, matchedBy: s.matchedBy, nested: s.nested })),
            },
          ];
        }),
      ),
      facts: {
        guaranteeDays: row.facts.guaranteeDays.map((f) => ({ value: f.value, line: f.line, text: f.text })),
        followUpMonths: row.facts.followUpMonths.map((f) => ({ value: [...f.value], line: f.line, text: f.text })),
        complaintDays: row.facts.complaintDays.map((f) => ({ value: f.value, line: f.line, text: f.text })),
        ageGroups: row.facts.ageGroups.map((f) => ({ value: { min: f.value.min ?? null, max: f.value.max ?? null }, line: f.line, text: f.text })),
        freeChoice: row.facts.freeChoice,
        approved: row.facts.approved,
        revisionDue: row.facts.revisionDue && {
          date: row.facts.revisionDue.date,
          basis: row.facts.revisionDue.basis,
          years: row.facts.revisionDue.years ?? null,
          overdue: row.facts.revisionDue.overdue,
        },
        lix: row.facts.lix,
      },
      cells: Object.fromEntries(table.columns.map((c) => [c.key, row.cells[c.key] ?? ''])),
    })),
  };
}

export function renderCompareJson(table: CompareTable): string {
  const text = asciiSafeJson(JSON.stringify(compareJson(table), null, 2)).replace(
    /[<>&\u2028\u2029]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${text}\n`;
}
