/**
 * A Word table flattened to text: one row a line, `label<TAB>cell`, the cell
 * as inline HTML. A row broken across pages continues on lines without a
 * label (`<TAB>cell`) or without a tab at all; those are joined to the cell.
 * Each row becomes a heading (the label) and the cell's content as Markdown.
 */
import type { Line } from '../lines.js';
import { htmlToMarkdown } from '../cells.js';
import { escapeLine } from './plain.js';

const row = /^([^\t]{0,300})\t(.*)$/;
const markdownBlockStart = /^\s*(?:#{1,6}\s|\*\*[^*]|\*[^*\s]|❖|- )/;

export function isRowLine(text: string): boolean {
  return row.test(text) && /<\/?(?:p|ul|ol|li|b|u|i|del|ins|br)\b/i.test(text);
}

interface Row {
  label: string;
  cell: string[];
  line: number;
}

/**
 * Rewrites the row lines of `lines` (and the lines that continue them) into
 * Markdown; other lines pass through. `stopAtMarkdown` ends a row's
 * continuation at a line that starts Markdown structure (used when rows sit
 * inside a Markdown document).
 */
export function rowsToMarkdown(lines: Line[], options: { stopAtMarkdown: boolean; depth: number }): Line[] {
  // In a whole-table document every tab line is a row; inside Markdown only lines with cell HTML are.
  const startsRow = (text: string) => (options.stopAtMarkdown ? isRowLine(text) : row.test(text));
  const out: Line[] = [];
  let current: Row | undefined;
  let first = true;
  const flush = () => {
    if (!current) return;
    out.push(...renderRow(current, options.depth, first));
    first = false;
    current = undefined;
  };
  for (const line of lines) {
    const match = row.exec(line.text);
    if (match && (startsRow(line.text) || current)) {
      const label = stripTags(match[1]!);
      if (label === '' && current) {
        current.cell.push(match[2]!);
        continue;
      }
      flush();
      current = { label, cell: [match[2]!], line: line.line };
      continue;
    }
    if (current && !(options.stopAtMarkdown && markdownBlockStart.test(line.text))) {
      // Text that fell out of the cell at a page break: one paragraph per line.
      const text = line.text.trim();
      if (text !== '') current.cell.push(text.startsWith('<') ? text : `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
      continue;
    }
    flush();
    out.push(line);
  }
  flush();
  return out;
}

function renderRow(r: Row, depth: number, first: boolean): Line[] {
  const at = (text: string): Line => ({ text, line: r.line });
  const out: Line[] = [];
  const cell = htmlToMarkdown(r.cell.join(' '));
  if (r.label) {
    // The first row of a standard's table is its title; it has an empty cell.
    const level = first && cell === '' ? 1 : depth;
    out.push(at(`${'#'.repeat(level)} ${escapeLine(r.label)}`), at(''));
  }
  for (const text of cell.split('\n')) out.push(at(text));
  out.push(at(''));
  return out;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]{0,300}>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}
