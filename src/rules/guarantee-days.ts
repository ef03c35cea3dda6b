/**
 * guarantee-days: the treatment guarantee is 14 days.
 *
 * Under serviceloven § 101 treatment must start at the latest 14 days after the
 * person asked the kommune for it. A standard that promises 21 days, or "tre
 * uger", gives the citizen less than the law does: every guarantee the text
 * states (in figures or words, in days or weeks, as the facts pass reads them)
 * longer than 14 days is an error at the words themselves. 14 days is a
 * maximum, so a shorter promise ("senest 10 dage") is better than the law: an
 * info, never counted. The law is named as on the check date: stk. 2 before
 * 2020, stk. 4 from then.
 *
 * Law: serviceloven § 101, stk. 4 (before 2020: stk. 2).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Behandlingsgaranti
 *
 *   Du kommer i behandling senest 14 dage efter, at du har henvendt dig til kommunen.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Behandlingsgaranti
 *
 *   Du kommer i behandling senest tre uger efter, at du har henvendt dig til kommunen.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { phraseOf } from './utils/wording.js';
import { guaranteeDaysLaw, guaranteeDaysMessages as messages } from '../i18n/rules/guarantee-days.js';

export const guaranteeDays: Rule<typeof messages> = {
  meta: {
    id: 'guarantee-days',
    description: {
      da: 'Behandlingsgarantien er 14 dage: behandlingen skal begynde senest 14 dage efter, at borgeren har henvendt sig til kommunen. En kortere frist er bedre end loven (info, tælles ikke).',
      en: 'The treatment guarantee is 14 days: treatment must start at the latest 14 days after the person contacted the kommune. A shorter one is better than the law (info, not counted).',
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
      const data = { phrase: phraseOf(standard, fact), days: fact.value };
      if (fact.value < 14) {
        context.report({ severity: 'info', position: fact.position, requirement: 'behandlingsgaranti', law, messageId: 'betterThanLaw', data });
        continue;
      }
      context.report({ position: fact.position, requirement: 'behandlingsgaranti', law, messageId: 'notFourteen', hintId: 'writeFourteen', data });
    }
  },
};
