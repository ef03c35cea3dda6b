/**
 * Section "kinds" (issue 19): kind accuracy and citation findings on the
 * labelled corpus test/corpus/kinds/ (labels.json: kind, the kinds a § 101
 * standard also covers, check date, every stale-reference/invalid-reference
 * finding). Reads the built package (dist/). Targets: kind 100 %, every
 * labelled outdated or invalid citation found, no citation finding that is
 * not labelled.
 */
import { readFileSync } from 'node:fs';
import { checkText } from '../../dist/check/check.js';
import { buildStandard } from '../../dist/model/standard.js';
import { documentKind } from '../../dist/model/document-kind.js';

const dir = new URL('../../test/corpus/kinds/', import.meta.url);
const citationRules = new Set(['stale-reference', 'invalid-reference']);

export const title = 'Områder og lovhenvisninger (document-kind, document-scope, stale-reference, invalid-reference)';

const columns = ['file', 'kind', 'found', 'kindOk', 'labelled', 'missed', 'extra'];

/** The corpus of this section is its own (test/corpus/kinds/); the shared cases are not read. */
export function evaluate() {
  return kinds();
}

export function kinds() {
  const { files } = JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8'));
  const rows = Object.entries(files).map(([file, label]) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const lines = text.split('\n');
    const found = documentKind(buildStandard(text));
    const citations = checkText(text, file, { asOf: label.asOf ?? '2026-11-25' })
      .findings.filter((f) => citationRules.has(f.ruleId))
      .map((f) => `${f.ruleId}@${f.position.start.line}:${lines[f.position.start.line - 1].slice(f.position.start.column - 1, f.position.end.column - 1)}`);
    const expected = (label.citations ?? []).map((c) => `${c.rule}@${c.line}:${c.text}`);
    const scope = (found.scope ?? []).map((s) => s.kind);
    return {
      file,
      kind: label.kind,
      found: found.kind,
      kindOk: found.kind === label.kind && JSON.stringify(scope) === JSON.stringify(label.scope ?? []),
      labelled: expected.length,
      missed: expected.filter((c) => !citations.includes(c)).join('; ') || '—',
      extra: citations.filter((c) => !expected.includes(c)).join('; ') || '—',
    };
  });
  const summary = {
    files: rows.length,
    kindAccuracy: rows.filter((r) => r.kindOk).length / rows.length,
    citationsLabelled: rows.reduce((n, r) => n + r.labelled, 0),
    citationsMissed: rows.filter((r) => r.missed !== '—').length,
    citationsExtra: rows.filter((r) => r.extra !== '—').length,
  };
  const mistakes = rows.filter((r) => !r.kindOk || r.missed !== '—' || r.extra !== '—').map((r) => `${r.file}: ${r.found} (${r.kind}); missed ${r.missed}; extra ${r.extra}`);
  const pass = summary.kindAccuracy === 1 && summary.citationsMissed === 0 && summary.citationsExtra === 0;
  return { title, columns, rows, summary, pass, mistakes };
}
