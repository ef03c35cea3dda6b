/** Runs one rule module on a text, as the checker would, and returns what it reports. */
import type { Finding, Lang } from '../../src/types.js';
import { findingOf, type Report, type Rule } from '../../src/rules/rule.js';
import { buildStandard } from '../../src/model/standard.js';
import { ruleSetFor } from '../../src/law/rulesets.js';
import { rules } from '../../src/rules/index.js';

export function runRule(rule: Rule, text: string, options: { asOf?: string; lang?: Lang } = {}): Finding[] {
  const asOf = options.asOf ?? '2026-11-25';
  const ruleSet = ruleSetFor(asOf);
  const findings: Finding[] = [];
  rule.check({
    standard: buildStandard(text, 'x.md'),
    ruleSet,
    asOf,
    requirements: ruleSet.requirements,
    knownRules: rules.map((r) => r.meta.id),
    report: (found: Report) => findings.push(findingOf(rule, found, options.lang ?? 'da', found.severity ?? rule.meta.severity)),
  });
  return findings;
}
