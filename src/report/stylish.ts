/** The human-readable default, laid out like ESLint's "stylish" formatter. */
import type { FileResult, Finding } from '../types.js';
import type { ReportOptions } from './options.js';
import { countSuppressed, emptySuppressedCounts, suppressedLines, type SuppressedCounts } from './suppressed.js';
import { displayPath } from './paths.js';
import { plainLine, plainLines } from './terminal-text.js';
import { countFindings, countOf, severityWord } from './words.js';
import { reportWords } from '../i18n/report.js';

// Plain SGR codes rather than util.styleText: newer Node versions make styleText
// check the stream itself, but the caller has already decided (TTY, --color, NO_COLOR).
const sgr = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
} as const;
type Style = keyof typeof sgr;
type Paint = (text: string, ...styles: Style[]) => string;

function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) =>
    styles.reduce((out, style) => `\u001b[${sgr[style][0]}m${out}\u001b[${sgr[style][1]}m`, text);
}

/** Table cells must stay on one line or the columns fall apart (and a line break could forge a CI command). */
const oneLine = plainLine;

function fileBlock(result: FileResult, options: ReportOptions, paint: Paint): string[] {
  const rows = result.findings.map((finding) => ({
    finding,
    line: String(finding.position.start.line),
    column: String(finding.position.start.column),
    severity: severityWord(finding.severity, options.lang),
    message: oneLine(finding.message),
  }));
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(...rows.map((row) => pick(row).length));
  const lineWidth = width((r) => r.line);
  const columnWidth = width((r) => r.column);
  const severityWidth = width((r) => r.severity);
  const messageWidth = width((r) => r.message);
  // Hints and related places go under the message column.
  const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);

  const lines = [paint(plainLine(displayPath(result.filePath, options.cwd)), 'underline')];
  for (const row of rows) {
    const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const severityColor = row.finding.severity === 'error' ? 'red' : row.finding.severity === 'warning' ? 'yellow' : 'dim';
    lines.push(
      `  ${paint(position, 'dim')}  ${paint(row.severity.padEnd(severityWidth), severityColor)}  ` +
        `${row.message.padEnd(messageWidth)}  ${paint(plainLine(row.finding.ruleId), 'dim')}`,
    );
    lines.push(...details(row.finding, indent, paint));
  }
  return lines;
}

function details(finding: Finding, indent: string, paint: Paint): string[] {
  const hint = finding.hint ? plainLines(finding.hint).split('\n').map((line) => indent + line) : [];
  const related = (finding.related ?? []).map((place) => {
    const { line, column } = place.position.start;
    return `${indent}${paint(`↳ ${line}:${column}`, 'dim')} ${oneLine(place.message)}`;
  });
  return [...hint, ...related];
}

export function formatStylish(results: readonly FileResult[], options: ReportOptions): string {
  return results.map((result) => formatStylishFile(result, options)).join('') + formatStylishSummary(results, options);
}

/** One file's part of formatStylish (empty without findings), so `kvs check` can print it as soon as the file is done. */
export function formatStylishFile(result: FileResult, options: ReportOptions): string {
  if (result.findings.length === 0) return '';
  return [...fileBlock(result, options, painter(options.color)), ''].map((line) => `${line}\n`).join('');
}

/** The last line of formatStylish: the counts, or that there were no problems. */
export function formatStylishSummary(results: readonly FileResult[], options: ReportOptions): string {
  const counts = { files: results.length, ...countFindings(results.flatMap((result) => result.findings)), suppressed: countSuppressed(results) };
  return formatStylishCounts(counts, options);
}

/** The summary line from counts alone, for a caller that has printed the files and let their findings go. */
export function formatStylishCounts(
  counts: { files: number; errors: number; warnings: number; suppressed?: SuppressedCounts },
  options: ReportOptions,
): string {
  const { lang } = options;
  const paint = painter(options.color);
  const lines: string[] = [];
  const { errors, warnings } = counts;
  if (errors + warnings === 0) {
    lines.push(paint(`✔ ${reportWords[lang].noProblems(countOf(counts.files, 'file', lang))}`, 'green', 'bold'));
  } else {
    const summary =
      `✖ ${countOf(errors + warnings, 'problem', lang)} ` +
      `(${countOf(errors, 'error', lang)}, ${countOf(warnings, 'warning', lang)})`;
    lines.push(paint(summary, errors > 0 ? 'red' : 'yellow', 'bold'));
  }
  // Switched-off findings are never silent: "✔ no problems" says what it does not count.
  for (const line of suppressedLines(counts.suppressed ?? emptySuppressedCounts(), lang)) lines.push(paint(`⚠ ${line}`, 'yellow'));
  return `${lines.join('\n')}\n`;
}
