/** ESLint's JSON shape, so existing ESLint tooling (dashboards, reviewdog, editors) can read it. */
import type { FileResult, Finding, Position } from '../types.js';
import { countFindings } from './words.js';
import { asciiSafeJson } from './terminal-text.js';
import { inSource } from './suppressed.js';

function range(position: Position) {
  return {
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
  };
}

function message(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    // ESLint's numbers; an info (0) is what ESLint calls off: shown, never counted.
    severity: finding.severity === 'error' ? 2 : finding.severity === 'warning' ? 1 : 0,
    message: finding.message,
    ...range(finding.position),
    requirement: finding.requirement,
    law: finding.law,
    hint: finding.hint,
    related: finding.related?.map((place) => ({ message: place.message, ...range(place.position), ...(place.detail ? { detail: true } : {}) })),
  };
}

export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => {
    const { errors, warnings } = countFindings(result.findings);
    return {
      filePath: result.filePath,
      // Which version of the law the file was checked against (a config may pin an older one).
      ...(result.ruleSet ? { ruleSet: result.ruleSet } : {}),
      messages: result.findings.map(message),
      // As ESLint: what a comment in the file ("directive") or something outside it ("external") kept out of the count; `kvsKind` says which.
      suppressedMessages: (result.suppressed ?? []).map((finding) => ({
        ...message(finding),
        suppressions: finding.suppressions.map((s) => ({
          kind: inSource(s) ? 'directive' : 'external',
          justification: s.source,
          kvsKind: s.kind,
        })),
      })),
      errorCount: errors,
      warningCount: warnings,
      // kvs has no fatal parse errors and no autofix; the fields exist for ESLint compatibility.
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  });
  return `${asciiSafeJson(JSON.stringify(files, null, 2))}\n`;
}
