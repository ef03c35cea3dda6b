import type { Rule } from './rule.js';
import { validateModel } from '../model/model-schema.js';
import { docsUrl } from '../meta.js';
import { emptySectionMessages as messages } from '../i18n/rules/empty-section.js';

export const emptySection: Rule<typeof messages> = {
  meta: {
    id: 'empty-section',
    description: {
      da: 'Et afsnit har en overskrift, men ingen tekst.',
      en: 'A section has a heading but no text.',
    },
    law: { da: 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1', en: 'Executive order no. 1477 of 17/12/2019 § 4(1)' },
    severity: 'error',
    docs: docsUrl('empty-section'),
    appliesTo: 'sel101',
    messages,
  },
  check(context) {
    const reported = new Set<number>();
    for (const problem of validateModel(context.standard, context.requirements)) {
      if (problem.kind !== 'empty' || reported.has(problem.section)) continue;
      reported.add(problem.section);
      const r = problem.requirement;
      const section = context.standard.sections[problem.section]!;
      context.report({
        requirement: r.key,
        law: r.law,
        position: problem.position,
        messageId: 'requirementEmpty',
        hintId: 'describe',
        data: { heading: section.heading, requirement: r },
      });
    }
    // A heading with nothing under it at all is a leftover, whatever it is about.
    for (const section of context.standard.sections) {
      if (reported.has(section.index) || section.words > 0 || section.children.length > 0) continue;
      if (section.index === 0 && section.depth === 1) continue;
      context.report({
        severity: 'warning',
        position: section.position,
        messageId: 'empty',
        data: { heading: section.heading },
      });
    }
  },
};
