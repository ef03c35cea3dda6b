/**
 * Tables: column widths from the cells' words, rows kept whole on a page or,
 * when taller than a page, split between lines, with the header row repeated
 * (as an artifact) on every page the table runs onto.
 */
import type { FontKey, Run, TableBlock } from './blocks.js';
import type { BookletContext } from './context.js';
import { drawLine, drawPlain } from './draw-line.js';
import { layoutRuns, measureRuns, type Line, type TextStyle } from './line-layout.js';
import { contentWidth, EPSILON, gap, leftEdge, newPage, reserve, textBottom, textTop } from './pages.js';
import type { Styled } from './style.js';
import { element, endLink, type Owner, type Tag } from './tagging.js';
import { setLines } from './typeset.js';

export interface TableSpec {
  rows: Run[][][];
  align: TableBlock['align'];
  /** The first row holds column headers (repeated on every page the table runs onto). */
  headerRow: boolean;
  /** The first column holds row headers. */
  headerColumn: boolean;
}

export interface TableLayout {
  columns: number;
  style: Styled;
  padX: number;
  padY: number;
  width: number;
  widths: number[];
  offsets: number[];
  /** Lines of each cell, by row and column. */
  cells: Line[][][];
  rowHeight(lines: Line[][]): number;
  relayout(row: number, column: number, noHyphenAfter: ReadonlySet<number>): Line[];
}

/** Column widths and the lines of every cell; header cells are set in bold. */
export function tableLayout(ctx: BookletContext, spec: TableSpec, indent: number): TableLayout | undefined {
  const columns = Math.max(0, ...spec.rows.map((row) => row.length));
  if (columns === 0 || spec.rows.length === 0) return undefined;
  const style: Styled = { size: ctx.s(9.8), leading: ctx.s(13.4), hyphenate: true, color: ctx.colors.text };
  const padX = ctx.s(5);
  const padY = ctx.s(4);
  const width = contentWidth(ctx) - indent;
  const isHeader = (row: number, column: number) => (spec.headerRow && row === 0) || (spec.headerColumn && column === 0);
  const runsOf = (row: number, column: number): Run[] => {
    const runs = spec.rows[row]?.[column] ?? [];
    return isHeader(row, column) ? runs.map((run) => ({ ...run, font: boldOf(run.font) })) : runs;
  };
  // Headers are set whole (in bold, no hyphenation): they are read again and again.
  const styleOf = (row: number, column: number): Styled => (isHeader(row, column) ? { ...style, hyphenate: false } : style);
  const rowHeader = (_row: number, column: number) => spec.headerColumn && column === 0;
  const widths = columnWidths(ctx, spec.rows.length, columns, runsOf, styleOf, rowHeader, width, padX);
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  const cells = spec.rows.map((_, r) =>
    Array.from({ length: columns }, (_unused, c) => setLines(ctx, runsOf(r, c), widths[c]! - 2 * padX, styleOf(r, c))),
  );
  const rowHeight = (lines: Line[][]) => Math.max(1, ...lines.map((l) => l.length)) * style.leading + 2 * padY;
  const relayout = (r: number, c: number, noHyphenAfter: ReadonlySet<number>) =>
    layoutRuns(runsOf(r, c), widths[c]! - 2 * padX, styleOf(r, c), ctx.measurer, noHyphenAfter);
  return { columns, style, padX, padY, width, widths, offsets, cells, rowHeight, relayout };
}

/** The header row and the first row, or its first two lines when the row is split anyway (taller than a page). */
export function tableLead(ctx: BookletContext, layout: TableLayout, headerRow: boolean): number {
  const header = headerRow ? layout.rowHeight(layout.cells[0]!) : 0;
  const first = layout.cells[headerRow ? 1 : 0];
  if (!first) return header;
  const height = layout.rowHeight(first);
  const splits = height > textBottom(ctx) - textTop(ctx) - header;
  return header + (splits ? layout.rowHeight(first.map((lines) => lines.slice(0, 2))) : height);
}

export function drawTable(ctx: BookletContext, spec: TableSpec, parent: Tag, indent: number, firstLine?: (top: number) => void): void {
  const layout = tableLayout(ctx, spec, indent);
  if (!layout) return;
  const { doc, tagger, colors } = ctx;
  const { columns, style, padX, padY, widths, offsets, cells, rowHeight } = layout;
  const tableWidth = layout.width;
  const headerHeight = spec.headerRow ? rowHeight(cells[0]!) : 0;
  const table = element(doc, 'Table', parent);

  const drawRow = (lines: Line[][], tags: Tag[] | undefined, header: boolean) => {
    const top = ctx.y;
    const height = rowHeight(lines);
    const x = leftEdge(ctx) + indent;
    tagger.artifact(() => {
      if (header) doc.rect(x, top, tableWidth, height).fill(colors.tint);
      else if (spec.headerColumn) doc.rect(x, top, widths[0]!, height).fill(colors.tint);
      doc
        .save()
        .lineWidth(header ? 1 : 0.5)
        .moveTo(x, top + height)
        .lineTo(x + tableWidth, top + height)
        .stroke(header ? colors.primary : colors.hairline)
        .restore();
    }, 'Layout');
    lines.forEach((cellLines, c) => {
      const owner: Owner | undefined = tags ? { tag: tags[c]! } : undefined;
      const align = spec.align[c];
      const inner = widths[c]! - 2 * padX;
      cellLines.forEach((line, i) => {
        const offset = align === 'right' ? inner - line.width : align === 'center' ? (inner - line.width) / 2 : 0;
        const lineTop = top + padY + i * style.leading;
        // Header rows repeated on a new page are pagination artifacts: read once, printed on every page.
        if (owner) drawLine(ctx, line, owner, indent + offsets[c]! + padX + offset, lineTop, style);
        else tagger.artifact(() => drawPlain(ctx, line, indent + offsets[c]! + padX + offset, lineTop, style), 'Pagination');
      });
      if (owner) endLink(owner);
    });
    ctx.y = top + height;
  };

  gap(ctx, ctx.s(4));
  reserve(ctx, tableLead(ctx, layout, spec.headerRow));
  firstLine?.(ctx.y);

  for (let r = 0; r < spec.rows.length; r++) {
    const header = spec.headerRow && r === 0;
    const tr = element(doc, 'TR', table);
    const tags = Array.from({ length: columns }, (_, c) => {
      if (header) return element(doc, 'TH', tr, { scope: 'Column' });
      return spec.headerColumn && c === 0 ? element(doc, 'TH', tr, { scope: 'Row' }) : element(doc, 'TD', tr);
    });
    let full = cells[r]!;
    const consumed = new Array<number>(columns).fill(0);
    const noHyphenAfter = Array.from({ length: columns }, () => new Set<number>());
    for (;;) {
      const remaining = full.map((lines, c) => lines.slice(consumed[c]));
      const height = rowHeight(remaining);
      if (ctx.y + height <= textBottom(ctx) + EPSILON) {
        drawRow(remaining, tags, header);
        break;
      }
      const room = Math.floor((textBottom(ctx) - ctx.y - 2 * padY + EPSILON) / style.leading);
      const fresh = ctx.y <= textTop(ctx) + headerHeight + EPSILON;
      if (!header && (room >= 2 || (fresh && room >= 1)) && height > textBottom(ctx) - textTop(ctx) - headerHeight) {
        // A row taller than a page is split between lines and goes on below the repeated header;
        // a cell is set again where a word would be hyphenated across the turn.
        let again = false;
        full = full.map((lines, c) => {
          const last = consumed[c]! + room - 1;
          if (!lines[last]?.hyphen || noHyphenAfter[c]!.has(last)) return lines;
          noHyphenAfter[c]!.add(last);
          again = true;
          return layout.relayout(r, c, noHyphenAfter[c]!);
        });
        if (again) continue;
        drawRow(remaining.map((lines) => lines.slice(0, room)), tags, false);
        full.forEach((lines, c) => (consumed[c] = Math.min(lines.length, consumed[c]! + room)));
      }
      newPage(ctx, ctx.flowKind);
      if (!header && spec.headerRow) drawRow(cells[0]!, undefined, true);
    }
    for (const tag of tags) tag.elem.end();
    tr.elem.end();
  }
  table.elem.end();
  gap(ctx, ctx.s(9));
}

/** Column widths: every column at least its longest word, the rest shared by natural width. */
function columnWidths(
  ctx: BookletContext,
  rows: number,
  columns: number,
  cellRuns: (r: number, c: number) => Run[],
  cellStyle: (r: number, c: number) => TextStyle,
  rowHeader: (r: number, c: number) => boolean,
  total: number,
  padX: number,
): number[] {
  const minimum = new Array<number>(columns).fill(0);
  const natural = new Array<number>(columns).fill(0);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const measured = measureRuns(cellRuns(r, c), cellStyle(r, c), ctx.measurer);
      // A short row header ("Næste revision") keeps to one line.
      const keepWhole = rowHeader(r, c) && measured.natural + 2 * padX <= total * 0.35;
      minimum[c] = Math.max(minimum[c]!, (keepWhole ? measured.natural : measured.minimum) + 2 * padX);
      natural[c] = Math.max(natural[c]!, measured.natural + 2 * padX);
    }
  }
  const floor = Math.min(total / columns, ctx.s(36));
  const min = minimum.map((m) => Math.min(Math.max(m, floor), total * 0.45));
  const nat = natural.map((n, c) => Math.max(n, min[c]!));
  const sumNat = nat.reduce((a, b) => a + b, 0);
  if (sumNat <= total) return nat.map((n) => (n / sumNat) * total);
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin >= total) return min.map((m) => (m / sumMin) * total);
  const spare = total - sumMin;
  const want = nat.map((n, c) => n - min[c]!);
  const sumWant = want.reduce((a, b) => a + b, 0) || 1;
  return min.map((m, c) => m + (want[c]! / sumWant) * spare);
}

function boldOf(font: FontKey): FontKey {
  return font === 'italic' || font === 'boldItalic' ? 'boldItalic' : 'bold';
}
