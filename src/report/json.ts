/** ESLint's JSON shape, so existing ESLint tooling (dashboards, reviewdog, editors) can read it. */
import type { FileResult, Finding, Position } from '../types.js';
import { countFindings } from './words.js';
import { asciiSafeJson } from './terminal-text.js';

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
    severity: finding.severity === 'error' ? 2 : 1,
    message: finding.message,
    ...range(finding.position),
    requirement: finding.requirement,
    law: finding.law,
    hint: finding.hint,
    related: finding.related?.map((place) => ({ message: place.message, ...range(place.position) })),
  };
}

export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => {
    const { errors, warnings } = countFindings(result.findings);
    return {
      filePath: result.filePath,
      messages: result.findings.map(message),
      // As ESLint: what a kvs-disable comment ("directive") or the baseline ("external") switched off.
      suppressedMessages: (result.suppressed ?? []).map((finding) => ({
        ...message(finding),
        suppressions: finding.suppressions.map((s) => ({ kind: s.kind === 'directive' ? 'directive' : 'external', justification: s.source })),
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
