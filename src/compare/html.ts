/**
 * The comparison as one self-contained HTML page (templates/compare/): the
 * coverage chart, the requirements table and the key-facts table, in the
 * project's theme colours, with a small inline script that makes column
 * headings sort buttons. No CDN, no external file, no triple-stashed value:
 * every text from a standard goes through Handlebars' escaping.
 *
 * The requirements table is transposed: requirements are rows (their long
 * Danish titles read as row headers) and kommuner are columns (short names,
 * a handful side by side), so one kommune's column reads top to bottom as
 * its profile. Sorting it by a kommune's column puts that kommune's gaps
 * first; sorting by "Dækket i" shows what most neighbours lack. The facts
 * table keeps one row per kommune, so it can be sorted by LIX, revision or
 * coverage.
 */
import type { Lang } from '../types.js';
import { defaultTheme, type Theme } from '../render/types.js';
import { palette, type Palette } from '../render/html/theme.js';
import { renderTemplate } from '../render/html/templates.js';
import { formatDate, parsePartialDate } from '../model/dates.js';
import { lixBand, lixBandName } from '../model/lix.js';
import { compareWords, type CompareWords } from '../i18n/compare.js';
import { chartView, type ChartView } from './chart.js';
import { factCells, notStated, statusSymbols, type CompareTable, type CoverageStatus } from './table.js';

export interface CompareHtmlOptions {
  theme?: Theme;
  /** Folders searched for templates before the bundled templates/ (project overrides). */
  templateDirs?: string[];
}

const statusOrder: Record<CoverageStatus, number> = { missing: 0, partial: 1, covered: 2 };

export interface StatusCell {
  status: CoverageStatus;
  symbol: string;
  text: string;
  note: string;
  sort: number;
}

export interface FactCell {
  text: string;
  /** True when the standard does not state it: the cell shows "–" and says "ikke angivet" to screen readers. */
  none: boolean;
  sort: string | number;
}

export interface CompareHtmlView {
  lang: Lang;
  t: CompareWords;
  colors: Palette;
  notStated: string;
  asOf: { iso: string; text: string };
  ruleSet: { id: string; title: string; inForce: string };
  count: number;
  chart: ChartView;
  kommuner: Array<{ name: string; slug: string }>;
  requirements: Array<{ key: string; title: string; recommended: boolean; count: string; countSort: number; cells: StatusCell[] }>;
  totals: string[];
  facts: Array<{
    slug: string;
    kommune: string;
    title: string;
    path: string;
    coverage: { text: string; sort: number };
    guaranteeDays: FactCell;
    followUpMonths: FactCell;
    complaintDays: FactCell;
    ageGroups: FactCell;
    freeChoice: StatusCell;
    approved: FactCell & { iso: string };
    revisionDue: FactCell & { iso: string; overdue: boolean };
    lix: number;
    lixBand: string;
    lixBandKey: string;
  }>;
  legend: { covered: string; partial: string; missing: string; notStated: string; symbols: Record<CoverageStatus, string> };
}

function dateText(iso: string, lang: Lang): string {
  const date = parsePartialDate(iso);
  return date ? formatDate(date, lang) : iso;
}

export function compareHtmlView(table: CompareTable, options: CompareHtmlOptions = {}): CompareHtmlView {
  const { lang } = table;
  const t = compareWords[lang];
  const statusCell = (status: CoverageStatus, note = ''): StatusCell => ({
    status,
    symbol: statusSymbols[status],
    text: t.status[status],
    note,
    sort: statusOrder[status],
  });
  const fact = (text: string, sort: string | number): FactCell =>
    text === notStated ? { text, none: true, sort: typeof sort === 'number' ? -1 : '' } : { text, none: false, sort };

  return {
    lang,
    t,
    colors: palette(options.theme ?? defaultTheme),
    notStated,
    asOf: { iso: table.asOf, text: dateText(table.asOf, lang) },
    ruleSet: { ...table.ruleSet, inForce: dateText(table.ruleSet.inForce, lang) },
    count: table.rows.length,
    chart: chartView(table),
    kommuner: table.rows.map((row) => ({ name: row.kommune, slug: row.slug })),
    requirements: table.requirements.map((r) => {
      const cells = table.rows.map((row) => {
        const coverage = row.coverage[r.key];
        const status = coverage?.status ?? 'missing';
        const note = status !== 'partial' ? '' : coverage?.reason === 'empty' ? t.partialEmpty : t.partialShort(coverage?.words ?? 0);
        return statusCell(status, note);
      });
      const covered = cells.filter((c) => c.status === 'covered').length;
      const partial = cells.filter((c) => c.status === 'partial').length;
      return {
        key: r.key,
        title: r.title,
        recommended: !r.required,
        count: t.coveredInValue(covered, cells.length),
        countSort: covered * 1000 + partial,
        cells,
      };
    }),
    totals: table.rows.map((row) => t.coverageValue(row.summary.covered, row.summary.required, row.summary.percent)),
    facts: table.rows.map((row) => {
      const cells = factCells(row.facts, t);
      const first = <T>(list: Array<{ value: T }>, key: (value: T) => number) => (list[0] ? key(list[0].value) : -1);
      const due = row.facts.revisionDue;
      return {
        slug: row.slug,
        kommune: row.kommune,
        title: row.title,
        path: row.path,
        coverage: { text: t.coverageValue(row.summary.covered, row.summary.required, row.summary.percent), sort: row.summary.percent },
        guaranteeDays: fact(cells.guaranteeDays ?? notStated, first(row.facts.guaranteeDays, (v) => v)),
        followUpMonths: fact(cells.followUpMonths ?? notStated, first(row.facts.followUpMonths, (v) => v[0] ?? -1)),
        complaintDays: fact(cells.complaintDays ?? notStated, first(row.facts.complaintDays, (v) => v)),
        ageGroups: fact(cells.ageGroups ?? notStated, first(row.facts.ageGroups, (v) => v.min ?? 0)),
        freeChoice: statusCell(row.facts.freeChoice),
        approved: {
          ...fact(row.facts.approved ? dateText(row.facts.approved, lang) : notStated, row.facts.approved ?? ''),
          iso: row.facts.approved ?? '',
        },
        revisionDue: {
          ...fact(due ? dateText(due.date, lang) : notStated, due?.date ?? ''),
          iso: due?.date ?? '',
          overdue: due?.overdue ?? false,
        },
        lix: row.facts.lix,
        lixBand: lixBandName(row.facts.lix, lang),
        lixBandKey: lixBand(row.facts.lix),
      };
    }),
    legend: {
      covered: t.legendCovered,
      partial: t.legendPartial(table.partlyWords),
      missing: t.legendMissing,
      notStated: t.legendNotStated,
      symbols: statusSymbols,
    },
  };
}

export function renderCompareHtml(table: CompareTable, options: CompareHtmlOptions = {}): string {
  return renderTemplate('compare', 'compare.hbs', compareHtmlView(table, options), options.templateDirs ?? []);
}
