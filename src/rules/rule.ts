import type { Finding, Lang, Requirement, RuleMeta, RuleSet, Severity, Standard } from '../types.js';
import type { Encoding } from '../model/read.js';

/** What a rule may say: the runner fills in rule id, severity and docs link. */
export type Report = Omit<Finding, 'ruleId' | 'severity' | 'url'> & { severity?: Severity };

export interface RuleContext {
  standard: Standard;
  ruleSet: RuleSet;
  lang: Lang;
  /** The check date, YYYY-MM-DD. */
  asOf: string;
  /** Requirements of the rule set, with project-specific headings merged in. */
  requirements: Requirement[];
  /** Ids of every rule the tool has, for rules that check references to rules. */
  knownRules: string[];
  /** The rule's options from kvs.config.json (`ruleOptions`), if any. */
  options?: Record<string, unknown>;
  /** How the file's bytes were decoded, when the text came from a file. */
  encoding?: Encoding;
  report(finding: Report): void;
}

/** A rule in the style of an ESLint rule module: data about it, and a function. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
