/**
 * What was found and not counted, for every report: a finding hidden by a
 * `kvs-disable` comment, a `kvs-krav` claim, the config, the draft status or
 * the baseline still counts as seen, so nobody can switch the law check off
 * without it showing (issue 15).
 */
import type { FileResult, Lang, Suppression } from '../types.js';
import { countOf } from './words.js';
import { reportWords } from '../i18n/report.js';

type Kind = Suppression['kind'];

/** Kind → rule id → findings not counted that way. */
export type SuppressedCounts = Map<Kind, Map<string, number>>;

/** A finding not counted in several ways is counted once, under the first of these. */
const order: Kind[] = ['directive', 'marker', 'config', 'draft', 'baseline'];

export function emptySuppressedCounts(): SuppressedCounts {
  return new Map();
}

/** Adds one file's findings that are not counted. */
export function addSuppressed(counts: SuppressedCounts, result: FileResult): SuppressedCounts {
  for (const finding of result.suppressed ?? []) {
    const kind = order.find((k) => finding.suppressions.some((s) => s.kind === k)) ?? 'baseline';
    let byRule = counts.get(kind);
    if (!byRule) counts.set(kind, (byRule = new Map()));
    byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
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

/** The summary lines, one per kind that kept anything out of the count. */
export function suppressedLines(counts: SuppressedCounts, lang: Lang): string[] {
  return order
    .filter((kind) => total(counts.get(kind) ?? new Map()) > 0)
    .map((kind) => {
      const byKind = counts.get(kind)!;
      return reportWords[lang].notCounted[kind](countOf(total(byKind), 'finding', lang), byRule(byKind));
    });
}

/** Why one finding is not counted, in words: "kvs-disable i linje 3", "baseline kvs-baseline.json". */
export function suppressionText(suppression: Suppression, lang: Lang): string {
  return reportWords[lang].notCountedBy[suppression.kind](suppression.source);
}

/** ESLint's and SARIF's two kinds: written in the file itself, or kept outside it. */
export function inSource(suppression: Suppression): boolean {
  return suppression.kind === 'directive' || suppression.kind === 'marker' || suppression.kind === 'draft';
}
