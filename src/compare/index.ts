/**
 * `kvs compare`: every standard's coverage of the law and its key facts side
 * by side, as a data table (table.ts) written by one formatter per format.
 */
import type { CompareTable } from './table.js';
import { renderCompareCsv } from './csv.js';
import { renderCompareJson } from './json.js';
import { renderCompareMarkdown } from './md.js';
import { renderCompareHtml, type CompareHtmlOptions } from './html.js';

export {
  compareTable,
  coverageOf,
  notStated,
  partlyWords,
  revisionYears,
  requirementColumn,
  rowCells,
  statusSymbols,
  type CompareColumn,
  type CompareFacts,
  type CompareOptions,
  type CompareRequirement,
  type CompareRow,
  type CompareSummary,
  type CompareTable,
  type Coverage,
  type CoverageStatus,
} from './table.js';
export { renderCompareCsv, csvField, csvSeparator } from './csv.js';
export { renderCompareJson, compareJson, compareJsonVersion } from './json.js';
export { renderCompareMarkdown, escapeMarkdown } from './md.js';
export { renderCompareHtml, compareHtmlView, type CompareHtmlOptions, type CompareHtmlView } from './html.js';
export { chartView, type ChartView } from './chart.js';

export const compareFormats = ['md', 'html', 'csv', 'json'] as const;
export type CompareFormat = (typeof compareFormats)[number];

export function isCompareFormat(value: string): value is CompareFormat {
  return (compareFormats as readonly string[]).includes(value);
}

export function renderCompare(table: CompareTable, format: CompareFormat, options: CompareHtmlOptions = {}): string {
  switch (format) {
    case 'html':
      return renderCompareHtml(table, options);
    case 'csv':
      return renderCompareCsv(table);
    case 'json':
      return renderCompareJson(table);
    case 'md':
      return renderCompareMarkdown(table);
  }
}
