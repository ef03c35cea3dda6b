import type { Rule } from './rule.js';
import type { Fact, Standard } from '../types.js';
import { docsUrl } from '../meta.js';
import { guaranteeDaysLaw, guaranteeDaysMessages as messages } from '../i18n/rules/guarantee-days.js';

/** The words that state a fact, as written in the file ("21 dage", "fire uger"). */
export function phraseOf(standard: Pick<Standard, 'source'>, fact: Fact<unknown>): string {
  const start = fact.position.start.offset;
  const end = fact.position.end.offset;
  const phrase = start !== undefined && end !== undefined ? standard.source.slice(start, end) : '';
  return phrase.replace(/\s+/gu, ' ').trim() || fact.text;
}

export const guaranteeDays: Rule<typeof messages> = {
  meta: {
    id: 'guarantee-days',
    description: {
      da: 'Behandlingsgarantien er 14 dage: behandlingen skal begynde senest 14 dage efter, at borgeren har henvendt sig til kommunen.',
      en: 'The treatment guarantee is 14 days: treatment must start at the latest 14 days after the person contacted the kommune.',
    },
    law: {
      da: 'Serviceloven § 101, stk. 4 (før 2020: stk. 2)',
      en: 'Social Services Act § 101(4) (before 2020: § 101(2))',
    },
    severity: 'error',
    docs: docsUrl('guarantee-days'),
    dependsOnDate: true,
    appliesTo: 'sel101',
    messages,
  },
  check(context) {
    const { standard } = context;
    const law = guaranteeDaysLaw(context.asOf < '2020-01-01' ? 2 : 4);
    for (const fact of standard.facts.guaranteeDays) {
      if (fact.value === 14) continue;
      context.report({
        position: fact.position,
        requirement: 'behandlingsgaranti',
        law,
        messageId: 'notFourteen',
        hintId: 'writeFourteen',
        data: { phrase: phraseOf(standard, fact), days: fact.value },
      });
    }
  },
};
