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
