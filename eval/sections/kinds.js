/**
 * The eval section for issue 19: kind accuracy and citation findings on the
 * labelled corpus test/corpus/kinds/ (labels.json). Reads the built package
 * (dist/, `npm run build` first). Returns one row per file and whether the
 * targets hold: kind 100 %, every labelled outdated or invalid citation found,
 * no citation finding that is not labelled.
 *
 *   import { kinds } from './eval/sections/kinds.js';
 *   const { rows, summary, pass } = kinds();
 */
import { readFileSync } from 'node:fs';
import { checkText } from '../../dist/check/check.js';
import { buildStandard } from '../../dist/model/standard.js';
import { documentKind } from '../../dist/model/document-kind.js';

const dir = new URL('../../test/corpus/kinds/', import.meta.url);
const citationRules = new Set(['stale-reference', 'invalid-reference']);

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
      missed: expected.filter((c) => !citations.includes(c)),
      extra: citations.filter((c) => !expected.includes(c)),
    };
  });
  const summary = {
    files: rows.length,
    kindAccuracy: rows.filter((r) => r.kindOk).length / rows.length,
    citationsLabelled: rows.reduce((n, r) => n + r.labelled, 0),
    citationsMissed: rows.reduce((n, r) => n + r.missed.length, 0),
    citationsExtra: rows.reduce((n, r) => n + r.extra.length, 0),
  };
  const pass = summary.kindAccuracy === 1 && summary.citationsMissed === 0 && summary.citationsExtra === 0;
  return { title: 'Kinds and law citations (test/corpus/kinds/)', rows, summary, pass };
}
