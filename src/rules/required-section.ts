import type { Rule } from './rule.js';
import { validateModel } from '../model/model-schema.js';
import { docsUrl } from '../meta.js';
import { requiredSectionMessages as messages } from '../i18n/rules/required-section.js';

export const requiredSection: Rule<typeof messages> = {
  meta: {
    id: 'required-section',
    description: {
      da: 'Standarden skal have et afsnit for hvert emne, loven kræver.',
      en: 'The standard must have a section for every topic the law requires.',
    },
    law: { da: 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1', en: 'Executive order no. 1477 of 17/12/2019 § 4(1)' },
    severity: 'error',
    docs: docsUrl('required-section'),
    appliesTo: 'sel101',
    messages,
  },
  check(context) {
    for (const problem of validateModel(context.standard, context.requirements)) {
      if (problem.kind !== 'missing') continue;
      const r = problem.requirement;
      context.report({
        severity: r.severity,
        requirement: r.key,
        law: r.law,
        position: problem.position,
        messageId: 'missing',
        hintId: 'addHeading',
        data: { requirement: r },
      });
    }
  },
};
