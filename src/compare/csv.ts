/**
 * CSV for spreadsheets: one row per standard, the columns of the table.
 *
 * - RFC 4180 quoting and CRLF line ends, but `;` as the separator: Danish
 *   Excel (and LibreOffice in Danish) uses the comma as decimal mark and
 *   expects `;` between fields, so a double-click opens the file in columns.
 *   The separator is the same in English, so one file works everywhere here.
 * - UTF-8 with a byte-order mark, so Excel reads æ, ø and å right. (No
 *   `sep=;` line: Excel ignores the BOM when it sees one.)
 * - A field is quoted when it holds `;`, `"`, CR or LF, or starts or ends
 *   with a space; quotes inside are doubled. (The table's own cells never
 *   hold CR or LF: line breaks become spaces, see renderCompareCsv.)
 * - A field starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so
 *   a spreadsheet never runs it as a formula (CSV injection). No seed value
 *   starts so; the "not stated" dash is U+2013, not `-`.
 */
import type { CompareTable } from './table.js';
import { rowCells } from './table.js';
import { plainLine } from '../report/terminal-text.js';

export const csvSeparator = ';';
const bom = '\uFEFF';

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^ | $/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export function renderCompareCsv(table: CompareTable): string {
  const lines = [table.columns.map((c) => c.header), ...table.rows.map((row) => rowCells(table, row))];
  // The table's values are one-line texts: a line break in one (a crafted title) would only
  // let it start a line of its own in a terminal or CI log, so it becomes a space, and
  // controls are made visible. csvField still quotes whatever it is given.
  const cell = (value: string) => csvField(plainLine(value));
  return `${bom}${lines.map((cells) => cells.map(cell).join(csvSeparator)).join('\r\n')}\r\n`;
}
