/**
 * GitHub Actions workflow commands: one `::error`/`::warning` line per finding,
 * which the runner turns into annotations on the pull request.
 */
import type { FileResult, Finding } from '../types.js';
import type { ReportOptions } from './options.js';
import { displayPath } from './paths.js';
import { countSuppressed, suppressedLines } from './suppressed.js';
import { showControls } from './terminal-text.js';

// Escaping as in @actions/core's command.ts; anything else would cut the
// message short or split it into a second (bogus) command. Controls and bidi
// characters are made visible first: the log and the annotation are read by
// people, and an ESC there would reach their terminal or log viewer. (A file
// name with such a character then no longer matches its file; that is rarer
// and less harmful than a forged link.)
export function escapeData(text: string): string {
  return showControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(file: string, finding: Finding): string {
  const { start, end } = finding.position;
  const props: [string, string | number][] = [['file', file], ['line', start.line]];
  // GitHub only accepts columns when the annotation stays on one line; with
  // columns across lines the annotation is dropped or misplaced.
  if (start.line === end.line) props.push(['col', start.column]);
  props.push(['endLine', end.line]);
  if (start.line === end.line) props.push(['endColumn', end.column]);
  props.push(['title', finding.ruleId]);

  const text = finding.law ? `${finding.message} (${finding.law})` : finding.message;
  const properties = props.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  // GitHub's commands are error, warning and notice: an info is a notice.
  return `::${finding.severity === 'info' ? 'notice' : finding.severity} ${properties}::${escapeData(text)}`;
}

export function formatGithub(results: readonly FileResult[], options: ReportOptions): string {
  const lines = results.flatMap((result) => {
    const file = displayPath(result.filePath, options.cwd);
    return result.findings.map((finding) => annotation(file, finding));
  });
  // One notice says what was switched off, so a pull request shows it next to the annotations.
  const switchedOff = suppressedLines(countSuppressed(results), options.lang);
  if (switchedOff.length > 0) lines.push(`::notice title=kvs::${escapeData(switchedOff.join('; '))}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
