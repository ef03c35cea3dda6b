/** The registry: every rule the tool has. Which run, and how severe, is rule-set data. */
import type { Rule } from './rule.js';
import type { Finding, Lang, RuleMeta, RuleSet } from '../types.js';
import { docsUrl } from '../meta.js';
import { checkWords } from '../i18n/check.js';
import { requiredSection } from './required-section.js';
import { emptySection } from './empty-section.js';
import { frontmatterSchema } from './frontmatter-schema.js';
import { trackedChange } from './tracked-change.js';
import { duplicateParagraph } from './duplicate-paragraph.js';
import { invalidDirective } from './invalid-directive.js';
import { documentKindRule } from './document-kind.js';
import { documentScope } from './document-scope.js';
import { revisionOverdue } from './revision-overdue.js';
import { staleReference } from './stale-reference.js';
import { invalidReference } from './invalid-reference.js';
import { readability } from './readability.js';
import { guaranteeDays } from './guarantee-days.js';
import { followUpSchedule } from './follow-up-schedule.js';
import { complaintDeadline } from './complaint-deadline.js';
import { contradiction } from './contradiction.js';
import { anonymousTreatment } from './anonymous-treatment.js';
import { contactFormat } from './contact-format.js';
import { fileEncoding } from './file-encoding.js';
import { inputLimit } from './input-limit.js';
import { unusedDirective } from './unused-directive.js';
import { headingIncrement } from './heading-increment.js';
import { adoptedContact } from './adopted-contact.js';

export { findingOf, type Rule, type RuleContext, type Report } from './rule.js';

export const rules: Rule[] = [
  documentKindRule,
  documentScope,
  requiredSection,
  emptySection,
  frontmatterSchema,
  trackedChange,
  duplicateParagraph,
  guaranteeDays,
  followUpSchedule,
  complaintDeadline,
  contradiction,
  anonymousTreatment,
  contactFormat,
  revisionOverdue,
  staleReference,
  invalidReference,
  readability,
  invalidDirective,
  fileEncoding,
  headingIncrement,
  adoptedContact,
];

/** Not a rule over a model: reported when a file cannot be read or decoded at all. */
export const unreadableFile = {
  id: 'unreadable-file',
  description: {
    da: 'Filen kan ikke læses eller afkodes som tekst.',
    en: 'The file cannot be read or decoded as text.',
  },
  law: { da: 'Ingen (værktøjets egen regel)', en: 'None (a rule of the tool itself)' },
  severity: 'error' as const,
  docs: docsUrl('unreadable-file'),
};

/** Every rule's data (without its messages, whose words the findings carry), for `kvs rules` and docs/rules.md. */
export function allRuleMeta(): RuleMeta[] {
  const withoutMessages = (rule: Rule): RuleMeta => {
    const meta: RuleMeta & { messages?: unknown } = { ...rule.meta };
    delete meta.messages;
    return meta;
  };
  return [...rules.map(withoutMessages), unreadableFile, inputLimit, unusedDirective];
}

/**
 * The rules that enforce the law itself (the required sections and the facts
 * § 101 and the quality-standard order demand, and what kind of standard it
 * is). A `kvs-disable` of one of them still stops `kvs build --strict`, unless
 * kvs.config.json's `allowDisable` names it.
 */
export function isLegalRule(ruleId: string): boolean {
  // Every rule whose source is the law, not the tool's own ("Ingen (værktøjets egen regel)").
  // An info rule (document-scope) says what is allowed: switching it off weakens nothing.
  return rules.some((rule) => rule.meta.id === ruleId && !rule.meta.law.en.startsWith('None') && rule.meta.severity !== 'info');
}

/**
 * Whether the check runs a rule: it is on, or it is a legal rule of the rule
 * set that the config switched off, whose findings are then shown as not counted.
 */
export function runs(ruleId: string, config: { rules?: Record<string, string> }, ruleSet: RuleSet): boolean {
  const setting = config.rules?.[ruleId];
  const inSet = ruleSet.rules[ruleId] ?? 'off';
  if (setting === 'off') return inSet !== 'off' && isLegalRule(ruleId);
  return (setting ?? inSet) !== 'off';
}

/**
 * A counted document-kind error: the standard is another area's, and this one
 * error stands in for its § 101 findings (src/check/check.ts drops them).
 */
export function isOtherAreaError(finding: Pick<Finding, 'ruleId' | 'severity'>): boolean {
  return finding.ruleId === documentKindRule.meta.id && finding.severity === 'error';
}

/**
 * A finding that stands in for others: another area's document-kind error, and a
 * refused file's one finding (too large, not text) for all of the file's. A
 * baseline never hides these: it would take the others with them unseen.
 */
export function standsInForOthers(finding: Pick<Finding, 'ruleId' | 'severity'>): boolean {
  return finding.ruleId === inputLimit.id || finding.ruleId === unreadableFile.id || isOtherAreaError(finding);
}

/**
 * What the config changes about the law check, in words for every run's
 * output: a legal rule switched off or down to a warning, or the rule set
 * pinned. Empty when the config leaves the law as it is.
 */
export function configWeakening(config: { rules?: Record<string, string>; ruleSet?: string }, lang: Lang): string[] {
  const t = checkWords[lang];
  const changed = Object.entries(config.rules ?? {}).filter(([id, setting]) => isLegalRule(id) && setting !== 'error');
  const lines = changed.map(([id, setting]) => t.legalRuleSet(id, setting));
  if (config.ruleSet) lines.push(t.ruleSetPinned(config.ruleSet));
  return lines;
}
