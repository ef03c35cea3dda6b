/**
 * A fact shown on more than one page comes from one computation: the
 * overview, the comparison, the leaflet and the booklet agree on every
 * bundled standard's approval and revision due date, and on whether the
 * revision is overdue. In-process views only (no browser, no PDF written).
 */
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../src/render/types.js';
import { leafletView, overviewView } from '../src/render/html/index.js';
import { compareTable } from '../src/compare/index.js';
import { bookletMeta } from '../src/render/pdf/meta.js';
import { formatDate, isOverdue, parsePartialDate } from '../src/model/dates.js';
import { bundledStandards, overviewEntry } from './helpers/bundled.js';

const asOf = '2026-01-01';
const bundled = bundledStandards();

const overview = overviewView(
  bundled.map((entry) => overviewEntry(entry, asOf)),
  { lang: 'da', theme: defaultTheme, templateDirs: [], generated: asOf },
);
const compare = compareTable(bundled.map((b) => b.standard), { asOf });

describe.each(bundled)('$slug', ({ slug, standard }) => {
  const input = { standard, slug, check: { filePath: standard.path, findings: [] }, lang: 'da' as const, theme: defaultTheme, templateDirs: [] };

  it('has the same revision due date, overdue or not, on the overview, the comparison, the leaflet and the booklet', () => {
    const row = overview.rows.find((r) => r.slug === slug)!;
    const compared = compare.rows.find((r) => r.slug === slug)!.facts;
    const due = compared.revisionDue;
    expect(due, 'the comparison knows a revision date for every bundled standard').not.toBeNull();
    const date = parsePartialDate(due!.date)!;
    expect(row.revision.sort).toBe(due!.date);
    expect(row.revision.overdue).toBe(due!.overdue);
    expect(row.revision.overdue).toBe(isOverdue(date, asOf));
    expect(leafletView(input).footer.revision).toBe(formatDate(date, 'da'));
    expect(bookletMeta(input).revision).toBe(formatDate(date, 'da'));
  });

  it('has the same approval date on all four', () => {
    const row = overview.rows.find((r) => r.slug === slug)!;
    const approved = compare.rows.find((r) => r.slug === slug)!.facts.approved;
    expect(row.approved.sort).toBe(approved ?? '');
    if (approved) {
      const text = formatDate(parsePartialDate(approved)!, 'da');
      expect(row.approved.text).toBe(text);
      expect(bookletMeta(input).approved).toBe(text);
      expect(leafletView(input).footer.approved).toContain(text);
    }
  });
});
