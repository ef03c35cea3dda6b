/** The human-readable default, laid out like ESLint's "stylish" formatter. */
import type { FileResult, Finding } from '../types.js';
import type { ReportOptions } from './options.js';
import { countSuppressed, emptySuppressedCounts, suppressedLines, type SuppressedCounts } from './suppressed.js';
import { displayPath } from './paths.js';
import { plainLine, plainLines } from './terminal-text.js';
import { countFindings, countOf, severityWord } from './words.js';
import { reportWords } from '../i18n/report.js';
import { plainFinding } from './plain.js';

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

/** Below this many columns for the message, the rule id moves to a line of its own. */
const MIN_MESSAGE_WIDTH = 30;

function fileBlock(result: FileResult, options: ReportOptions, paint: Paint): string[] {
  const findings = options.verbose ? result.findings : result.findings.map((finding) => plainFinding(finding, options.lang));
  const rows = findings.map((finding) => ({
    finding,
    line: String(finding.position.start.line),
    column: String(finding.position.start.column),
    severity: severityWord(finding.severity, options.lang),
    message: oneLine(finding.message),
  }));
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(...rows.map((row) => length(pick(row))));
  const lineWidth = width((r) => r.line);
  const columnWidth = width((r) => r.column);
  const severityWidth = width((r) => r.severity);
  const ruleWidth = width((r) => plainLine(r.finding.ruleId));
  // Hints, related places and a wrapped message's further lines go under the message column.
  const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
  const total = options.width;
  // With a width, the message wraps so that the rule id still fits on its first line.
  let messageRoom = total === undefined ? Infinity : total - indent.length - 2 - ruleWidth;
  const ruleOwnLine = total !== undefined && messageRoom < MIN_MESSAGE_WIDTH;
  if (ruleOwnLine) messageRoom = Math.max(1, total - indent.length);
  const wrapped = rows.map((row) => wrap(row.message, messageRoom));
  const messageWidth = Math.max(...wrapped.map((lines) => length(lines[0]!)));
  const rest = total === undefined ? Infinity : Math.max(1, total - indent.length);

  const lines = wrap(plainLine(displayPath(result.filePath, options.cwd)), total ?? Infinity).map((part) => paint(part, 'underline'));
  rows.forEach((row, index) => {
    const [first, ...more] = wrapped[index]!;
    const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const severityColor = row.finding.severity === 'error' ? 'red' : row.finding.severity === 'warning' ? 'yellow' : 'dim';
    const rule = paint(plainLine(row.finding.ruleId), 'dim');
    const head = `  ${paint(position, 'dim')}  ${paint(row.severity.padEnd(severityWidth), severityColor)}  `;
    if (ruleOwnLine) lines.push(`${head}${first}`, ...more.map((part) => indent + part), indent + rule);
    else lines.push(`${head}${pad(first!, messageWidth)}  ${rule}`, ...more.map((part) => indent + part));
    lines.push(...details(row.finding, indent, rest, paint));
  });
  return lines;
}

function details(finding: Finding, indent: string, room: number, paint: Paint): string[] {
  const hint = finding.hint ? plainLines(finding.hint).split('\n').flatMap((line) => wrap(line, room)).map((line) => indent + line) : [];
  const related = (finding.related ?? []).flatMap((place) => {
    const { line, column } = place.position.start;
    const at = `↳ ${line}:${column}`;
    const [first, ...more] = wrap(`${at} ${oneLine(place.message)}`, room);
    return [`${indent}${paint(at, 'dim')}${first!.slice(at.length)}`, ...more.map((part) => `${indent}  ${part}`)];
  });
  return [...hint, ...related];
}

/** Columns a plain text takes (code points: the messages are Latin script). */
function length(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // The high half of a surrogate pair: the pair is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - length(text)));
}

/** The text in lines of at most `width` columns, broken at spaces; a longer word (a URL) is cut. */
export function wrap(text: string, width: number): string[] {
  if (length(text) <= width) return [text];
  const lines: string[] = [];
  let current = '';
  // The current line's length, kept as words are added: measuring each candidate line anew
  // made wrapping quadratic in a message's length (a third of a warm check of 1,000 files).
  let currentLength = 0;
  for (const word of text.split(' ')) {
    const wordLength = length(word);
    const candidateLength = current === '' ? wordLength : currentLength + 1 + wordLength;
    if (candidateLength <= width) {
      current = current === '' ? word : `${current} ${word}`;
      currentLength = candidateLength;
      continue;
    }
    if (current !== '') lines.push(current);
    let rest = [...word];
    while (rest.length > width) {
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    current = rest.join('');
    currentLength = rest.length;
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  // A wrapped part starts a line of its own: a `::` there would be a CI command (terminal-text.ts).
  return lines.map((line, index) => (index === 0 ? line : plainLine(line)));
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
  for (const line of suppressedLines(counts.suppressed ?? emptySuppressedCounts(), lang)) {
    lines.push(...wrap(`⚠ ${line}`, options.width ?? Infinity).map((part) => paint(part, 'yellow')));
  }
  return `${lines.join('\n')}\n`;
}
