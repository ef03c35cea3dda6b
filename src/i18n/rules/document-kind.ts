import type { Localized } from '../../types.js';
import { messages } from '../index.js';

/** The area the document looks like and § 101's, named as in schemas/document-kinds.json, and the cue words found. */
type Kind = { area: Localized; sel101: Localized; evidence: string };

export const documentKindMessages = messages({
  otherArea: {
    da: ({ area, sel101, evidence }: Kind) =>
      `Dokumentet ligner en kvalitetsstandard for ${area.da}, ikke for ${sel101.da}. Det nævner ${evidence}. Værktøjet har endnu intet regelsæt for det område, så standarden er ikke tjekket mod loven, og manglende afsnit bliver ikke meldt.`,
    en: ({ area, sel101, evidence }) =>
      `The document looks like a quality standard for ${area.en}, not for ${sel101.en}. It mentions ${evidence}. The tool has no rule set for that area yet, so the standard has not been checked against the law, and missing sections are not reported.`,
  },
  sayItIsSel101: {
    da: 'Er det en § 101-standard om stofmisbrug, så sig det i titlen, fx "Kvalitetsstandard for social behandling af stofmisbrug (serviceloven § 101)", og skriv `omraade: SEL § 101` i front-matter.',
    en: 'If it is a § 101 standard on drug abuse, say so in the title, e.g. "Kvalitetsstandard for social behandling af stofmisbrug (serviceloven § 101)", and write `omraade: SEL § 101` in the front-matter.',
  },
});
