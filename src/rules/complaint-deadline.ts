/**
 * complaint-deadline: the complaints section gives 4 weeks and the way a complaint goes.
 *
 * A person has 4 weeks from receiving a decision to complain. The kommune first
 * reconsiders the decision and, if it upholds it, sends the complaint on to
 * Ankestyrelsen. A stated deadline other than 4 weeks is an error at the words;
 * a complaints section that does not tell about the reconsideration and
 * Ankestyrelsen is a warning at its heading.
 *
 * Law: retssikkerhedsloven §§ 66-67 and BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12 (information on complaints).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Klageadgang
 *
 *   Du kan klage inden fire uger efter, at du har modtaget afgørelsen. Klagen sendes til kommunen, som vurderer sagen igen. Får du ikke medhold, sender kommunen klagen videre til Ankestyrelsen.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Klageadgang
 *
 *   Du kan klage senest 14 dage efter, at du har modtaget afgørelsen. Kommunen genvurderer afgørelsen og sender klagen til Ankestyrelsen.
 */
import { toString } from 'mdast-util-to-string';
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { complaintDeadlineMessages as messages } from '../i18n/rules/complaint-deadline.js';
import { factsData, mentionsAny } from '../model/facts/index.js';
import { phraseOf } from './utils/wording.js';
import { requirementScopes } from './utils/scopes.js';

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
    if (scopes.every((scope) => standard.sections[scope.top]!.words === 0)) return; // empty-section reports it
    const text = scopes
      .flatMap((scope) => scope.all)
      .map((index) => {
        const section = standard.sections[index]!;
        return `${section.heading}\n${toString(section.content, { includeHtml: false })}`;
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
