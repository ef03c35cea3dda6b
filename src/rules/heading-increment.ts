/**
 * heading-increment: a heading goes at most one level deeper than the one
 * before it (`####` right under `##` skips `###`).
 *
 * The leaflet and the booklet nest sections by their heading level, so a
 * skipped level puts a section inside the wrong one, and a screen reader's
 * outline gets a hole (WCAG 1.3.1). Going back up any number of levels is fine.
 *
 * Law: none (a rule of the tool itself).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Behandlingstilbud
 *
 *   ### Ambulant behandling
 *
 *   Du kommer til samtaler hos os en eller flere gange om ugen.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Behandlingstilbud
 *
 *   #### Ambulant behandling
 *
 *   Du kommer til samtaler hos os en eller flere gange om ugen.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { headingIncrementMessages as messages } from '../i18n/rules/heading-increment.js';

export const headingIncrement: Rule<typeof messages> = {
  meta: {
    id: 'heading-increment',
    description: {
      da: 'En overskrift må højst gå ét niveau dybere end overskriften før den (#### lige under ## springer ### over).',
      en: 'A heading goes at most one level deeper than the heading before it (#### right under ## skips ###).',
    },
    law: { da: 'Ingen (værktøjets egen regel)', en: 'None (a rule of the tool itself)' },
    severity: 'warning',
    docs: docsUrl('heading-increment'),
    messages,
  },
  check(context) {
    let above: number | undefined;
    for (const section of context.standard.sections) {
      if (above !== undefined && section.depth > above + 1) {
        context.report({
          position: section.position,
          messageId: 'skipped',
          hintId: 'useLevel',
          data: { heading: section.heading, depth: section.depth, above },
        });
      }
      above = section.depth;
    }
  },
};
