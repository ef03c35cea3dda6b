import type { Finding, Lang, Localized, Position, Requirement, RuleMeta, RuleSet, Severity, Standard } from '../types.js';
import type { Encoding } from '../model/read.js';
import { say, type Message } from '../i18n/index.js';

/** A rule's messages by id, Danish and English side by side (src/i18n/rules/). */
export type RuleMessages = Record<string, Message>;

type Id<M> = keyof M & string;

/** The data a message needs: `unknown` for a plain text. */
type DataOf<M, K> = [K] extends [never] ? unknown : K extends keyof M ? (M[K] extends { da: (data: infer D) => string } ? D : unknown) : unknown;

/** `data` is required when a message needs it, and absent when none does. */
type WithData<D> = unknown extends D ? { data?: undefined } : { data: D };

/** Any rule's messages: what the runner sees, not knowing which rule's data goes with which id. */
type AnyMessages<M> = string extends keyof M ? true : false;

/** Another place the finding points at, in the rule's words. */
export type RelatedReport<M> =
  AnyMessages<M> extends true
    ? { messageId: string; position: Position; data?: unknown; detail?: boolean }
    : { [K in Id<M>]: { messageId: K; position: Position; detail?: boolean } & WithData<DataOf<M, K>> }[Id<M>];

/**
 * What a rule may say: a message id and its data (and a hint id, which takes
 * the same data), never words. The runner puts the message in the chosen
 * language and fills in the rule id, severity and docs link.
 */
export type Report<M = RuleMessages, K extends Id<M> = Id<M>, H extends Id<M> = Id<M>> = {
  messageId: K;
  hintId?: H;
  position: Position;
  severity?: Severity;
  /** Requirement key (e.g. `klageadgang`) when the finding is about one. */
  requirement?: string;
  /** The paragraph of law the finding comes from. */
  law?: Localized;
  related?: Array<RelatedReport<M>>;
} & (AnyMessages<M> extends true ? { data?: unknown } : WithData<DataOf<M, K> & DataOf<M, H>>);

export interface RuleContext<M = RuleMessages> {
  standard: Standard;
  ruleSet: RuleSet;
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
  report<K extends Id<M>, H extends Id<M> = never>(report: Report<M, K, H>): void;
}

/**
 * A rule in the style of an ESLint rule module: data about it (with its
 * messages), and a function. Plain `Rule` is any rule, whatever its messages:
 * the registry and the runner, which take the message ids as data.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule's messages are a different type; the runner treats them alike
export interface Rule<M extends RuleMessages = any> {
  meta: RuleMeta & { messages: M };
  check(context: RuleContext<M>): void;
}

/** A rule's report as a finding, in one language: what the runner (and a test running one rule) hands on. */
export function findingOf(rule: Rule, report: Report, lang: Lang, severity: Severity): Finding {
  const { messages } = rule.meta;
  const text = (id: string, data: unknown) => {
    const message = messages[id];
    if (!message) throw new Error(`The rule ${rule.meta.id} reports the unknown message "${id}".`);
    return say(message, lang, data);
  };
  return {
    ruleId: rule.meta.id,
    severity,
    message: text(report.messageId, report.data),
    position: report.position,
    ...(report.requirement !== undefined ? { requirement: report.requirement } : {}),
    ...(report.law !== undefined ? { law: report.law[lang] } : {}),
    ...(report.hintId !== undefined ? { hint: text(report.hintId, report.data) } : {}),
    ...(report.related
      ? {
          related: report.related.map((place) => ({
            message: text(place.messageId, place.data),
            position: place.position,
            ...(place.detail ? { detail: true } : {}),
          })),
        }
      : {}),
    url: rule.meta.docs,
  };
}
