/**
 * Markdown (GFM) for reading in a terminal, an issue or a wiki: the table
 * transposed, one column per standard and one row per column of the data
 * table (title, file, coverage, each requirement, each fact). With a handful
 * of kommuner that is a narrow table you can read; one row per standard
 * would be 30 columns wide. CSV and JSON keep one row per standard.
 *
 * Coverage cells carry a symbol and the word (✓ dækket, ◐ delvist,
 * ✗ mangler). All text from the standards is escaped: Markdown and HTML
 * punctuation gets a backslash, line breaks become spaces, so neither a `|`
 * nor a `<script>` in a title can break or inject into the table.
 */
import type { CompareColumn, CompareTable, CoverageStatus } from './table.js';
import { notStated, requirementColumn, statusSymbols } from './table.js';
import { compareWords } from '../i18n/compare.js';
import { plainLine } from '../report/terminal-text.js';

/** Escapes text for a GFM table cell (or any inline Markdown). */
export function escapeMarkdown(text: string): string {
  // plainLine first: a table printed to a terminal or CI log must carry no ESC and start no line of its own.
  return plainLine(text)
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&$!]/gu, (c) => `\\${c}`);
}

export function renderCompareMarkdown(table: CompareTable): string {
  const t = compareWords[table.lang];
  const statusByText = new Map(Object.entries(t.status).map(([status, text]) => [text, status as CoverageStatus]));
  const withSymbol = (column: CompareColumn, text: string) => {
    const status = column.kind === 'requirement' || column.key === 'freeChoice' ? statusByText.get(text) : undefined;
    return status ? `${statusSymbols[status]} ${text}` : text;
  };
  const recommended = new Set(table.requirements.filter((r) => !r.required).map((r) => requirementColumn(r.key)));
  const [first, ...rest] = table.columns;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `# ${escapeMarkdown(t.heading)}`,
    '',
    escapeMarkdown(
      `${t.asOf} ${table.asOf} · ${t.ruleSet} ${table.ruleSet.id}, ${t.inForce} ${table.ruleSet.inForce}: ${table.ruleSet.title} · ${table.rows.length} ${t.standardsCount}`,
    ),
    '',
    row([escapeMarkdown(first?.header ?? t.kommune), ...table.rows.map((r) => escapeMarkdown(r.cells[first?.key ?? 'kommune'] ?? ''))]),
    row(['---', ...table.rows.map(() => '---')]),
    ...rest.map((column) =>
      row([
        escapeMarkdown(recommended.has(column.key) ? `${column.header} (${t.recommended})` : column.header),
        ...table.rows.map((r) => escapeMarkdown(withSymbol(column, r.cells[column.key] ?? ''))),
      ]),
    ),
    '',
    ...[
      `${statusSymbols.covered} ${t.status.covered}: ${t.legendCovered}`,
      `${statusSymbols.partial} ${t.status.partial}: ${t.legendPartial(table.partlyWords)}`,
      `${statusSymbols.missing} ${t.status.missing}: ${t.legendMissing}`,
      `${notStated} ${t.notStated}: ${t.legendNotStated}`,
    ].map((item) => `- ${escapeMarkdown(item)}`),
    '',
    escapeMarkdown(`${t.legendRequired} ${t.legendRevision}`),
    '',
  ];
  return lines.join('\n');
}
