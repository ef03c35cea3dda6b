import type { Localized } from '../../types.js';
import { messages } from '../index.js';

/** The other area the § 101 standard also covers, named as in schemas/document-kinds.json, and the words that show it. */
type Scope = { area: Localized; evidence: string };

export const documentScopeMessages = messages({
  alsoCovers: {
    da: ({ area, evidence }: Scope) =>
      `Standarden er en § 101-standard, der også dækker ${area.da} (den nævner ${evidence}). Det er tilladt; værktøjet tjekker kun § 101-delen mod loven.`,
    en: ({ area, evidence }) =>
      `The standard is a § 101 standard that also covers ${area.en} (it mentions ${evidence}). That is allowed; the tool checks only the § 101 part against the law.`,
  },
});
