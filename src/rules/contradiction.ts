/**
 * contradiction: the standard says one thing about each fact.
 *
 * Standards grow by copy and paste, and the treatment guarantee, the follow-up
 * schedule or the complaint deadline ends up stated twice with different
 * values; the reader cannot tell which holds. Each later statement that
 * conflicts with the first is an error, pointing back at the first. A schedule
 * that is part of another ("6 måneder" beside "1 og 6 måneder") and the same
 * value in other words ("14 dage", "to uger") do not conflict.
 *
 * Law: BEK nr. 1477 af 17/12/2019 § 4 (a clear description of the service level).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Behandlingsgaranti
 *
 *   Du kommer i behandling senest 14 dage efter din henvendelse.
 *
 *   ## Visitation
 *
 *   Efter samtalen begynder behandlingen inden for to uger fra din henvendelse.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Behandlingsgaranti
 *
 *   Du kommer i behandling senest 14 dage efter din henvendelse.
 *
 *   ## Visitation
 *
 *   Efter samtalen begynder behandlingen inden for tre uger fra din henvendelse.
 */
import type { Rule } from './rule.js';
import type { Fact, Position } from '../types.js';
import { docsUrl } from '../meta.js';
import { contradictionMessages as messages } from '../i18n/rules/contradiction.js';
import { phraseOf } from './utils/wording.js';

interface Topic<T> {
  requirement: 'behandlingsgaranti' | 'behandlingsplan' | 'klageadgang';
  facts: Array<Fact<T>>;
  /** True when two stated values cannot both be true. */
  conflicts(a: T, b: T): boolean;
}

const subset = (a: number[], b: number[]) => a.every((value) => b.includes(value));

export const contradiction: Rule<typeof messages> = {
  meta: {
    id: 'contradiction',
    description: {
      da: 'Standarden må ikke sige to forskellige ting om det samme: behandlingsgaranti, opfølgning efter endt behandling eller klagefrist.',
      en: 'The standard must not state two different values for the same thing: treatment guarantee, follow-up after treatment, or complaint deadline.',
    },
    law: {
      da: 'BEK nr. 1477 af 17/12/2019 § 4 (standarden skal give en klar beskrivelse af serviceniveauet)',
      en: 'Executive order no. 1477 of 17/12/2019 § 4 (the standard must describe the service level clearly)',
    },
    severity: 'error',
    docs: docsUrl('contradiction'),
    appliesTo: 'sel101',
    messages,
  },
  check(context) {
    const { standard } = context;
    const days: Pick<Topic<number>, 'conflicts'> = { conflicts: (a, b) => a !== b };
    const topics: Array<Topic<number> | Topic<number[]>> = [
      {
        requirement: 'behandlingsgaranti',
        facts: standard.facts.guaranteeDays,
        ...days,
      },
      {
        requirement: 'behandlingsplan',
        facts: standard.facts.followUpMonths,
        // "1 and 6 months" and "6 months" can both be true; "1, 3, 6, 12" and "3, 9" cannot.
        conflicts: (a: number[], b: number[]) => !subset(a, b) && !subset(b, a),
      },
      {
        requirement: 'klageadgang',
        facts: standard.facts.complaintDays,
        ...days,
      },
    ];

    for (const topic of topics) {
      const reported: unknown[] = [];
      const facts = topic.facts as Array<Fact<number | number[]>>;
      const conflicts = topic.conflicts as (a: unknown, b: unknown) => boolean;
      // Every later statement is compared with the first one; a statement that agrees with it is not a contradiction.
      const first = facts[0];
      for (const second of facts.slice(1)) {
        if (!first || !conflicts(first.value, second.value)) continue;
        // Once per different value: a third copy of the same contradiction adds nothing.
        if (reported.some((value) => !conflicts(value, second.value))) continue;
        reported.push(second.value);
        const statement = (fact: Fact<number | number[]>) => ({ phrase: phraseOf(standard, fact), value: fact.value });
        const data = { requirement: topic.requirement, first: statement(first), second: statement(second), line: first.position.start.line };
        context.report({
          position: second.position,
          requirement: topic.requirement,
          law: contradiction.meta.law,
          messageId: 'contradiction',
          hintId: 'chooseOne',
          data,
          related: [{ messageId: 'firstSays', data, position: first.position as Position }],
        });
      }
    }
  },
};
