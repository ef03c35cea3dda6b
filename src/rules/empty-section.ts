/**
 * empty-section: a section has a heading but no text.
 *
 * A heading left over from a template ("## Frit valg" and nothing under it)
 * looks like an answer in the table of contents but tells the reader nothing.
 * For a topic the law requires, an empty section is an error at its heading,
 * with what to write (a topic only recommended by guidance is a warning, as
 * required-section has it when missing); any other heading with no text and no sub-sections is a
 * warning (write the text, or remove the heading).
 *
 * Law: BEK nr. 1477 af 17/12/2019 § 4, stk. 1 (each topic is described).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Frit valg
 *
 *   Du kan vælge et andet offentligt eller privat behandlingstilbud af samme type.
 *
 *   ## Egenbetaling
 *
 *   Behandlingen er gratis.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Frit valg
 *
 *   ## Egenbetaling
 *
 *   Behandlingen er gratis.
 */
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
        // As required-section: a recommended topic (guidance, not the order) is a warning, empty as when missing.
        severity: r.severity,
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
