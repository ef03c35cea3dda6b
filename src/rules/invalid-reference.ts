/**
 * invalid-reference: a law citation of a stk. the paragraph does not have.
 *
 * The citation reader (src/model/citations/) reads every "§ 101, stk. N",
 * also in a quoted law text, and schemas/law/citations.json says which stk.
 * of § 101 exist on the check date. A stk. beyond the last one is an error at
 * the citation. Where no source we could read confirms the last stk. (§ 101
 * as amended from 2020 has at least stk. 1-9), nothing is reported.
 *
 * Law: Serviceloven § 101 as in force on the check date (sources in schemas/law/citations.json).
 *
 * @example
 *   {"name": "ok.md", "asOf": "2019-06-01"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   Du kan frit vælge et andet behandlingstilbud, jf. serviceloven § 101, stk. 4.
 *
 * @example
 *   {"name": "not-ok.md", "asOf": "2019-06-01"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   Kommunen kan tilbyde lægelig behandling efter serviceloven § 101, stk. 8.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { locator } from '../model/positions.js';
import { invalidReferenceMessages as messages } from '../i18n/rules/invalid-reference.js';
import { citationProblems } from './utils/citation-problems.js';

export const invalidReference: Rule<typeof messages> = {
  meta: {
    id: 'invalid-reference',
    description: {
      da: 'En henvisning til et stykke, som paragraffen ikke har på tjekdatoen (fx § 101, stk. 8 før 2020, da § 101 havde stk. 1-6). Kun hvor det sidste stykke er bekræftet i en kilde.',
      en: 'A reference to a stk. the paragraph does not have on the check date (e.g. § 101, stk. 8 before 2020, when § 101 had stk. 1-6). Only where the last stk. is confirmed by a source.',
    },
    law: {
      da: 'Serviceloven § 101 som gældende på tjekdatoen (kilder i schemas/law/citations.json)',
      en: 'Social Services Act § 101 as in force on the check date (sources in schemas/law/citations.json)',
    },
    severity: 'error',
    docs: docsUrl('invalid-reference'),
    dependsOnDate: true,
    messages,
  },
  check(context) {
    const { standard, asOf } = context;
    const at = locator(standard.source);
    for (const problem of citationProblems(standard, asOf)) {
      if (problem.kind !== 'invalid') continue;
      const { citation } = problem;
      context.report({
        position: { start: at.toPoint(citation.start), end: at.toPoint(citation.end) },
        law: problem.law,
        messageId: 'beyondLast',
        data: { found: citation.text, paragraph: citation.paragraph ?? '', lastStk: problem.lastStk ?? 0 },
      });
    }
  },
};
