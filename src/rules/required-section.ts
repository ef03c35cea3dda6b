import type { Rule } from './rule.js';
import { validateModel } from '../model/model-schema.js';
import { docsUrl } from '../meta.js';

export const requiredSection: Rule = {
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
  },
  check(context) {
    for (const problem of validateModel(context.standard, context.requirements)) {
      if (problem.kind !== 'missing') continue;
      const r = problem.requirement;
      const law = r.law[context.lang];
      const headings = r.headings.slice(0, 3).map((h) => `"${h}"`).join(context.lang === 'da' ? ' eller ' : ' or ');
      context.report({
        severity: r.severity,
        requirement: r.key,
        law,
        position: problem.position,
        message:
          context.lang === 'da'
            ? `Afsnittet om ${r.title.da.toLowerCase()} (${r.key}) mangler. Det kræves af ${law}.`
            : `The section on ${r.title.en.toLowerCase()} (${r.key}) is missing. It is required by ${law}.`,
        hint:
          context.lang === 'da'
            ? `Tilføj fx en overskrift ${headings}. ${r.help.da} Eksempel: "${r.example.da}"`
            : `Add a heading such as ${headings}. ${r.help.en} Example: "${r.example.en}"`,
      });
    }
  },
};
