/**
 * duplicate-paragraph: the same paragraph stands twice.
 *
 * Merged versions and copy-paste leave a paragraph twice, often the old and the
 * new wording side by side, and the reader cannot tell which holds. Paragraphs
 * of prose (six words or more) that are the same, ignoring case, spacing and a
 * word split at a line end, are duplicates. The second copy is reported,
 * pointing back at the first; the check and the published text count it once.
 *
 * Law: BEK nr. 1477 af 17/12/2019 § 4 (a clear description of the service level).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Visitation
 *
 *   Du kan ringe til rusmiddelcentret eller møde op i den åbne rådgivning.
 *
 *   ## Kontakt
 *
 *   Ring til rusmiddelcentret på tlf. 12 34 56 78.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Visitation
 *
 *   Du kan ringe til rusmiddelcentret eller møde op i den åbne rådgivning.
 *
 *   Du kan ringe til rusmiddelcentret eller møde op i den åbne rådgivning.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { duplicateParagraphMessages as messages } from '../i18n/rules/duplicate-paragraph.js';

export const duplicateParagraph: Rule<typeof messages> = {
  meta: {
    id: 'duplicate-paragraph',
    description: {
      da: 'Samme afsnit står to gange (fx gammel og ny formulering side om side). Det tæller kun én gang.',
      en: 'The same paragraph appears twice (e.g. old and new wording side by side). It counts once.',
    },
    law: {
      da: 'BEK nr. 1477 af 17/12/2019 § 4 (standarden skal give en klar beskrivelse af serviceniveauet)',
      en: 'Executive order no. 1477 of 17/12/2019 § 4 (the standard must describe the service level clearly)',
    },
    severity: 'warning',
    docs: docsUrl('duplicate-paragraph'),
    messages,
  },
  check(context) {
    for (const duplicate of context.standard.duplicates) {
      const first = duplicate.first.start;
      const start = duplicate.text.trim().slice(0, 50);
      context.report({
        position: duplicate.second,
        messageId: 'duplicate',
        data: { start, line: first.line },
        related: [{ messageId: 'firstOccurrence', position: duplicate.first }],
      });
    }
  },
};
