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
import type { Fact, Lang, Position } from '../types.js';
import { docsUrl } from '../meta.js';
import { formatDays, formatMonths, phraseOf, quoteWithValue } from './utils/wording.js';

interface Topic<T> {
  requirement: string;
  facts: Array<Fact<T>>;
  /** True when two stated values cannot both be true. */
  conflicts(a: T, b: T): boolean;
  show(value: T, lang: Lang): string;
  name: Record<Lang, string>;
}

const subset = (a: number[], b: number[]) => a.every((value) => b.includes(value));

export const contradiction: Rule = {
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
  },
  check(context) {
    const { standard, lang } = context;
    const days: Pick<Topic<number>, 'conflicts' | 'show'> = {
      conflicts: (a, b) => a !== b,
      show: (value, l) => formatDays(value, l),
    };
    const topics: Array<Topic<number> | Topic<number[]>> = [
      {
        requirement: 'behandlingsgaranti',
        facts: standard.facts.guaranteeDays,
        ...days,
        name: { da: 'behandlingsgarantien', en: 'the treatment guarantee' },
      },
      {
        requirement: 'behandlingsplan',
        facts: standard.facts.followUpMonths,
        // "1 and 6 months" and "6 months" can both be true; "1, 3, 6, 12" and "3, 9" cannot.
        conflicts: (a: number[], b: number[]) => !subset(a, b) && !subset(b, a),
        show: (value: number[], l: Lang) => formatMonths(value, l),
        name: { da: 'opfølgningen efter endt behandling', en: 'follow-up after treatment ends' },
      },
      {
        requirement: 'klageadgang',
        facts: standard.facts.complaintDays,
        ...days,
        name: { da: 'klagefristen', en: 'the complaint deadline' },
      },
    ];

    for (const topic of topics) {
      const reported: unknown[] = [];
      const facts = topic.facts as Array<Fact<unknown>>;
      const conflicts = topic.conflicts as (a: unknown, b: unknown) => boolean;
      const show = topic.show as (value: unknown, l: Lang) => string;
      // Every later statement is compared with the first one; a statement that agrees with it is not a contradiction.
      const first = facts[0];
      for (const second of facts.slice(1)) {
        if (!first || !conflicts(first.value, second.value)) continue;
        // Once per different value: a third copy of the same contradiction adds nothing.
        if (reported.some((value) => !conflicts(value, second.value))) continue;
        reported.push(second.value);
        const line = first.position.start.line;
        const says = (fact: Fact<unknown>, l: Lang) => quoteWithValue(phraseOf(standard, fact), show(fact.value, l));
        context.report({
          position: second.position,
          requirement: topic.requirement,
          law: contradiction.meta.law[lang],
          message:
            lang === 'da'
              ? `Standarden siger to forskellige ting om ${topic.name.da}: her står ${says(second, 'da')}, men linje ${line} siger ${says(first, 'da')}.`
              : `The standard states ${topic.name.en} twice with different values: this says ${says(second, 'en')}, but line ${line} says ${says(first, 'en')}.`,
          hint:
            lang === 'da'
              ? 'Vælg den rigtige og slet eller ret den anden, så standarden kun siger én ting.'
              : 'Choose the right one and delete or correct the other, so the standard says one thing.',
          related: [
            {
              message:
                lang === 'da'
                  ? `Linje ${line} siger ${says(first, 'da')}`
                  : `Line ${line} says ${says(first, 'en')}`,
              position: first.position as Position,
            },
          ],
        });
      }
    }
  },
};
