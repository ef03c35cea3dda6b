/**
 * What was found and switched off, for every report: a finding hidden by a
 * `kvs-disable` comment or by the baseline still counts as seen, so nobody can
 * switch the law check off without it showing (issue 15).
 */
import type { FileResult, Lang, Suppression } from '../types.js';
import { countOf } from './words.js';
import { reportWords } from '../i18n/report.js';

export interface SuppressedCounts {
  /** Rule id → findings switched off by a kvs-disable comment. */
  directive: Map<string, number>;
  /** Rule id → findings hidden by the baseline. */
  baseline: Map<string, number>;
}

export function emptySuppressedCounts(): SuppressedCounts {
  return { directive: new Map(), baseline: new Map() };
}

/** Adds one file's switched-off findings (a finding hidden both ways counts as the comment's). */
export function addSuppressed(counts: SuppressedCounts, result: FileResult): SuppressedCounts {
  for (const finding of result.suppressed ?? []) {
    const kind = finding.suppressions.some((s) => s.kind === 'directive') ? counts.directive : counts.baseline;
    kind.set(finding.ruleId, (kind.get(finding.ruleId) ?? 0) + 1);
  }
  return counts;
}

export function countSuppressed(results: readonly FileResult[]): SuppressedCounts {
  return results.reduce(addSuppressed, emptySuppressedCounts());
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);

/** "required-section 2, readability 1". */
function byRule(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, n]) => `${rule} ${n}`).join(', ');
}

/** The summary lines, one per kind that switched anything off. */
export function suppressedLines(counts: SuppressedCounts, lang: Lang): string[] {
  const lines: string[] = [];
  const directive = total(counts.directive);
  const baseline = total(counts.baseline);
  const t = reportWords[lang];
  if (directive > 0) lines.push(t.switchedOffByDirective(countOf(directive, 'finding', lang), byRule(counts.directive)));
  if (baseline > 0) lines.push(t.hiddenByBaseline(countOf(baseline, 'finding', lang), byRule(counts.baseline)));
  return lines;
}

/** Why one finding is switched off, in words: "kvs-disable i linje 3", "baseline kvs-baseline.json". */
export function suppressionText(suppression: Suppression, lang: Lang): string {
  const t = reportWords[lang];
  return suppression.kind === 'baseline' ? t.byBaseline(suppression.source) : t.byDirective(suppression.source);
}
