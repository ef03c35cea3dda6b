/** The words the rule sets add to the law's data (src/law/rulesets.ts). */
import { bilingual } from './index.js';

export const lawMessages = bilingual({
  unverified: {
    da: 'Bemærk: den præcise lovhjemmel for dette punkt er ikke bekræftet.',
    en: 'Note: the exact legal source of this item is unverified.',
  },
  unknownRuleSet: {
    da: (id: string, known: string) => `Regelsættet "${id}" findes ikke. Kendte regelsæt: ${known}.`,
    en: (id, known) => `There is no rule set "${id}". Known rule sets: ${known}.`,
  },
  beforeEarliest: {
    da: (asOf: string, earliest: string) => `Datoen ${asOf} ligger før det ældste regelsæt, som gælder fra ${earliest}. Brug --as-of ${earliest} eller senere.`,
    en: (asOf, earliest) => `The date ${asOf} is before the earliest rule set, in force from ${earliest}. Use --as-of ${earliest} or later.`,
  },
});
