/**
 * follow-up-schedule: the standard promises follow-up 1 and 6 months after treatment.
 *
 * Since 2014 the kommune must follow up on the treatment plan at the latest 1
 * month and again 6 months after treatment has ended, and the standard must
 * say so. A stated schedule without either month is an error at the schedule;
 * a treatment-plan section that says nothing about follow-up after the end of
 * treatment is a warning at its heading.
 *
 * Law: serviceloven § 101, stk. 8 and BEK nr. 1477 af 17/12/2019 § 4, stk. 2 (follow-up on the treatment plan).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Opfølgning på behandlingsplanen
 *
 *   Når behandlingen er slut, kontakter vi dig senest efter en måned og igen efter seks måneder.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Opfølgning på behandlingsplanen
 *
 *   Vi følger op 3 og 9 måneder efter, at behandlingen er afsluttet.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { followUpScheduleMessages as messages } from '../i18n/rules/follow-up-schedule.js';
import { factSentences, isFollowUpAfterEnd } from '../model/facts/index.js';
import { requirementScopes } from './utils/scopes.js';

export const followUpSchedule: Rule<typeof messages> = {
  meta: {
    id: 'follow-up-schedule',
    description: {
      da: 'Kommunen skal følge op senest 1 måned og igen 6 måneder efter, at behandlingen er slut, og standarden skal sige det.',
      en: 'The kommune must follow up at the latest 1 month and again 6 months after treatment ends, and the standard must say so.',
    },
    law: {
      da: 'Serviceloven § 101, stk. 8 og BEK nr. 1477 af 17/12/2019 § 4, stk. 2 (opfølgning på behandlingsplanen; krav siden 2014)',
      en: 'Social Services Act § 101(8) and executive order no. 1477 of 17/12/2019 § 4(2) (follow-up on the treatment plan; required since 2014)',
    },
    severity: 'error',
    docs: docsUrl('follow-up-schedule'),
    appliesTo: 'sel101',
    messages,
  },
  check(context) {
    const { standard } = context;
    const law = followUpSchedule.meta.law;
    const schedules = standard.facts.followUpMonths;

    if (schedules.length > 0) {
      const stated = [...new Set(schedules.flatMap((fact) => fact.value))].sort((a, b) => a - b);
      const missing = [1, 6].filter((month) => !stated.includes(month));
      if (missing.length === 0) return;
      const first = schedules[0]!;
      context.report({
        position: first.position,
        requirement: 'behandlingsplan',
        law,
        messageId: 'missingMonths',
        hintId: 'writeFollowUp',
        data: { stated, missing },
      });
      return;
    }

    const scopes = requirementScopes(standard, 'behandlingsplan');
    if (scopes.length === 0) return; // required-section reports the missing section
    if (scopes.every((scope) => standard.sections[scope.top]!.words === 0)) return; // empty-section reports it
    const inScope = new Set(scopes.flatMap((scope) => scope.all));
    const said = factSentences(standard).some(
      (sentence) => sentence.section !== undefined && inScope.has(sentence.section) && isFollowUpAfterEnd(sentence.text),
    );
    if (said) return;
    const section = standard.sections[scopes[0]!.top]!;
    context.report({
      severity: 'warning',
      position: section.position,
      requirement: 'behandlingsplan',
      law,
      messageId: 'notSaid',
      hintId: 'writeFollowUp',
      data: { heading: section.heading },
    });
  },
};
