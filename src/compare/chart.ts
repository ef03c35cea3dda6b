/**
 * The coverage chart as geometry: one horizontal bar per standard, in the
 * table's order, showing the share of the rule set's required requirements
 * it covers (solid), covers only partly (hatched) and misses (the empty
 * track). The template (templates/compare/partials/chart.hbs) draws it as an
 * inline SVG with <title> and <desc>; every number is also written as text
 * beside the bar and in the description, so nothing depends on colour.
 */
import type { CompareTable } from './table.js';
import { compareWords } from '../i18n/compare.js';

export interface ChartBar {
  kommune: string;
  /** Baseline of the kommune's name, above the bar. */
  labelY: number;
  barY: number;
  coveredWidth: number;
  partialX: number;
  partialWidth: number;
  /** "10 af 16 · 63 %", written after the name, or on a line of its own when the name is long. */
  value: string;
  wrap: boolean;
}

export interface ChartView {
  width: number;
  height: number;
  trackWidth: number;
  barHeight: number;
  title: string;
  desc: string;
  bars: ChartBar[];
}

// One line of text (name and numbers) and a full-width bar per standard; the
// text flows, so a long name never collides with the numbers.
const width = 480;
const trackWidth = 479;
const barHeight = 18;
const lineHeight = 20;
const gap = 8;
const round = (n: number) => Math.round(n * 10) / 10;
/** A generous estimate of text width at 16 px (no fonts are measured here); bold is wider. */
const textWidth = (text: string, bold: boolean) => [...text].length * (bold ? 10 : 9);

export function chartView(table: CompareTable): ChartView {
  const t = compareWords[table.lang];
  let top = 0;
  const bars = table.rows.map((row): ChartBar => {
    const { required, covered, partial, percent } = row.summary;
    const share = (n: number) => (required === 0 ? 0 : (trackWidth * n) / required);
    const value = t.chartValue(covered, required, percent);
    const wrap = textWidth(row.kommune, true) + 10 + textWidth(value, false) > width;
    const labelY = top + 17;
    const barY = labelY + (wrap ? lineHeight : 0) + 8;
    top = barY + barHeight + gap + 10;
    return {
      kommune: row.kommune,
      labelY,
      barY,
      coveredWidth: round(share(covered)),
      partialX: round(share(covered)),
      partialWidth: round(share(partial)),
      value,
      wrap,
    };
  });
  return {
    width,
    height: Math.max(top - gap - 10, lineHeight),
    trackWidth,
    barHeight,
    title: t.chartTitle,
    desc: table.rows
      .map((row) => t.chartLine(row.kommune, row.summary.covered, row.summary.required, row.summary.percent, row.summary.partial))
      .join(' '),
    bars,
  };
}
