/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure):
 * each file is a test case that fails when it has errors.
 */
import type { FileResult } from '../types.js';
import type { ReportOptions } from './options.js';
import { displayPath } from './paths.js';
import { showControls } from './terminal-text.js';
import { countFindings, countOf, severityWord } from './words.js';
import { suppressionText } from './suppressed.js';
import { reportWords } from '../i18n/report.js';

// Characters outside XML 1.0's Char production make the whole report unreadable
// to a parser, so they are dropped rather than escaped (they cannot be escaped).
const illegalXmlChars = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be normalised to LF by the parser.
  '\r': '&#13;',
};

// CI systems show the report to people, so the controls and bidi characters
// that XML allows (DEL, C1, U+202E…) are made visible as in the terminal.
// A `##[error]` anywhere in a line is a CI command (GitHub's legacy form, Azure's `##vso[`):
// its bracket as a character reference is the same text to a parser.
export function escapeXml(text: string): string {
  return showControls(text.replace(illegalXmlChars, ''))
    .replace(/[&<>"'\r]/g, (c) => entities[c] ?? c)
    .replace(/##(vso|teamcity)?\[/giu, '##$1&#91;');
}

/** Attribute values: newlines and tabs too, which parsers otherwise turn into spaces. */
function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
}

function testCase(result: FileResult, options: ReportOptions): string {
  const { lang } = options;
  const name = displayPath(result.filePath, options.cwd);
  const open = `    <testcase${attributes({ classname: 'kvs', name })}`;
  // What was not counted is listed too, so a passing test case cannot hide a finding unseen.
  const switchedOff = (result.suppressed ?? []).map((f) => {
    const { line, column } = f.position.start;
    const why = f.suppressions.map((s) => suppressionText(s, lang)).join(', ');
    return escapeAttribute(`${line}:${column} ${reportWords[lang].notCountedShort} (${why}): ${f.message} (${f.ruleId})`);
  });
  const note = switchedOff.length > 0 ? `\n      <system-err>${switchedOff.join('\n')}</system-err>` : '';
  if (result.findings.length === 0) return note ? `${open}>${note}\n    </testcase>` : `${open}/>`;

  // One line per finding: a line break inside a message is written as &#10; (the same text to
  // an XML parser), so a message cannot start a line of the file, e.g. a forged `::error` in a CI log.
  const body = result.findings
    .map((f) => {
      const { line, column } = f.position.start;
      return escapeAttribute(`${line}:${column} ${severityWord(f.severity, lang)} ${f.message} (${f.ruleId})`);
    })
    .join('\n');
  const { errors, warnings } = countFindings(result.findings);
  const inner =
    errors > 0
      ? `<failure${attributes({
          message: `${countOf(errors, 'error', lang)}, ${countOf(warnings, 'warning', lang)}`,
          type: 'error',
        })}>${body}</failure>`
      : `<system-out>${body}</system-out>`;
  return `${open}>\n      ${inner}${note}\n    </testcase>`;
}

export function formatJunit(results: readonly FileResult[], options: ReportOptions): string {
  const failures = results.filter((r) => r.findings.some((f) => f.severity === 'error')).length;
  const counts = { tests: results.length, failures, errors: 0 };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'kvs', ...counts })}>`,
    `  <testsuite${attributes({ name: 'kvs', ...counts, skipped: 0 })}>`,
    ...results.map((result) => testCase(result, options)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
