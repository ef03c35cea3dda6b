/**
 * A fact shown on more than one page comes from one computation: the
 * overview, the comparison, the leaflet and the booklet agree on every
 * bundled standard's approval and revision due date, on whether the
 * revision is overdue, and the comparison, the leaflet's practical box and
 * the booklet's back cover on the treatment guarantee, follow-up and
 * complaint facts. In-process views only (no browser, no PDF written).
 */
import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../src/render/types.js';
import { leafletView, overviewView } from '../src/render/html/index.js';
import { compareTable } from '../src/compare/index.js';
import { factCells } from '../src/compare/table.js';
import { compareWords } from '../src/i18n/compare.js';
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

/** The numbers a sentence states, in order: "1, 3, 6 og 12 måneder" → [1, 3, 6, 12]. */
const numbers = (text: string): number[] => [...text.matchAll(/\d+/gu)].map((m) => Number(m[0]));

describe.each(bundled)('$slug: guarantee, follow-up and complaints', ({ slug, standard }) => {
  const input = { standard, slug, check: { filePath: standard.path, findings: [] }, lang: 'da' as const, theme: defaultTheme, templateDirs: [] };
  const compared = compare.rows.find((r) => r.slug === slug)!;
  const cells = factCells(compared.facts, compareWords.da);
  const box = leafletView(input).practical.items;
  const lines = (key: string) => box.find((item) => item.key === key)?.lines.map((line) => line.text) ?? [];
  const back = bookletMeta(input).keyFacts;
  // What the comparison's cell says, as the list of values it joins with " / ".
  const values = (cell: string): number[][] => (cell === '–' ? [] : cell.split(' / ').map(numbers));

  it('states the same treatment guarantee on the comparison, the leaflet and the booklet', () => {
    expect(lines('behandlingsgaranti').map(numbers)).toEqual(values(cells.guaranteeDays!));
    expect(back.guarantee.map(numbers)).toEqual(values(cells.guaranteeDays!));
  });

  it('states the same follow-up schedule on all three', () => {
    expect(lines('opfoelgning').map(numbers)).toEqual(values(cells.followUpMonths!));
    expect(back.followUp.map(numbers)).toEqual(values(cells.followUpMonths!));
  });

  it('states the same complaint deadline (in weeks when whole weeks) and appeal body on all three', () => {
    const inDays = (texts: string[]) => texts.filter((line) => /\d/u.test(line)).map((line) => numbers(line).map((n) => (/ uger?\b/u.test(line) ? n * 7 : n)));
    expect(inDays(lines('klageadgang'))).toEqual(values(cells.complaintDays!));
    expect(inDays(back.complaint)).toEqual(values(cells.complaintDays!));
    // The appeal body is the last line on both, or on neither.
    expect(back.complaint.at(-1)?.split(' ').at(-1)).toBe(lines('klageadgang').at(-1)?.split(' ').at(-1)?.replace(/\.$/u, ''));
    // The box names Ankestyrelsen exactly when the complaint sections do.
    const named = standard.sections.some((s, i) => {
      if (!s.requirements.includes('klageadgang')) return false;
      const next = standard.sections.slice(i + 1).find((later) => later.depth <= s.depth);
      return /ankestyrelsen/iu.test(standard.source.slice(s.position.start.offset!, next?.position.start.offset));
    });
    expect(lines('klageadgang').some((line) => line.includes('Ankestyrelsen'))).toBe(named);
  });
});
