import { toString } from 'mdast-util-to-string';
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { complaintDeadlineMessages as messages } from '../i18n/rules/complaint-deadline.js';
import { factsData, mentionsAny } from '../model/facts.js';
import { phraseOf } from './guarantee-days.js';
import { requirementScopes } from './follow-up-schedule.js';

export const complaintDeadline: Rule<typeof messages> = {
  meta: {
    id: 'complaint-deadline',
    description: {
      da: 'Klagefristen er 4 uger fra modtagelsen af afgørelsen; kommunen genvurderer afgørelsen og sender derefter klagen til Ankestyrelsen.',
      en: 'The complaint deadline is 4 weeks from receiving the decision; the kommune reconsiders the decision and then sends the complaint to Ankestyrelsen.',
    },
    law: {
      da: 'Retssikkerhedsloven §§ 66-67 og BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12 (information om klageadgang)',
      en: 'Act on legal protection and administration in social matters §§ 66-67 and executive order no. 1477 of 17/12/2019 § 4(1)(no. 12) (information on complaints)',
    },
    severity: 'error',
    docs: docsUrl('complaint-deadline'),
    appliesTo: 'sel101',
    messages,
  },
  check(context) {
    const { standard } = context;
    const law = complaintDeadline.meta.law;

    for (const fact of standard.facts.complaintDays) {
      if (fact.value === 28) continue;
      context.report({
        position: fact.position,
        requirement: 'klageadgang',
        law,
        messageId: 'notFourWeeks',
        hintId: 'writeFourWeeks',
        data: { phrase: phraseOf(standard, fact), days: fact.value },
      });
    }

    const scopes = requirementScopes(standard, 'klageadgang');
    if (scopes.length === 0) return; // required-section reports the missing section
    const text = scopes
      .flatMap((scope) => scope.all)
      .map((index) => {
        const section = standard.sections[index]!;
        return `${section.heading}\n${toString(section.content)}`;
      })
      .join('\n');
    const reconsiders = mentionsAny(text, factsData.reconsideration);
    const appeals = mentionsAny(text, factsData.appealBody);
    if (reconsiders && appeals) return;
    const section = standard.sections[scopes[0]!.top]!;
    context.report({
      severity: 'warning',
      position: section.position,
      requirement: 'klageadgang',
      law,
      messageId: 'noReconsideration',
      hintId: 'writeReconsideration',
      data: { heading: section.heading, reconsiders, appeals },
    });
  },
};
