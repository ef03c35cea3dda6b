/**
 * `kvs coverage`'s data: for each requirement of the rule set, where the
 * standard covers it and why (the evidence the recognition kept: heading
 * words, key terms, marks), or why not. Plain data; the CLI prints it.
 */
import type { CoverageRow, CoverageStatus, Requirement, Standard } from '../types.js';
import { validateModel } from '../model/model-schema.js';

export type { CoveragePlace, CoverageRow, CoverageStatus } from '../types.js';

export function coverageRows(standard: Standard, requirements: Requirement[], lang: 'da' | 'en'): CoverageRow[] {
  const problems = validateModel(standard, requirements);
  const missing = new Set(problems.filter((p) => p.kind === 'missing').map((p) => p.requirement.key));
  const empty = new Set(problems.filter((p) => p.kind === 'empty').map((p) => p.requirement.key));
  return requirements.map((r) => {
    const places = standard.sections.flatMap((section) =>
      section.evidence
        .filter((e) => e.key === r.key)
        .map((e) => ({
          line: e.position.start.line,
          heading: section.heading,
          outcome: e.outcome,
          how: e.how,
          words: e.words,
          ...(e.suggestion ? { suggestion: e.suggestion } : {}),
        })),
    );
    const status: CoverageStatus = missing.has(r.key)
      ? places.some((p) => p.outcome === 'probable')
        ? 'probable'
        : 'missing'
      : empty.has(r.key)
        ? 'empty'
        : 'covered';
    return { key: r.key, title: r.title[lang], severity: r.severity, status, places };
  });
}
