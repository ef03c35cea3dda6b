/**
 * input-limit: the file is within the limits of what the tool reads.
 *
 * Not a rule over a model: the read stage refuses a file beyond an input
 * limit (src/model/limits.ts) before it is parsed, and the refusal is
 * reported under this id, at the place where the limit is first exceeded.
 * The Markdown parser's time can grow much faster than the text on some
 * inputs; a clear refusal in a moment is better than a check that hangs, and
 * the limits leave real standards several times the room they use.
 *
 * Law: none (a rule of the tool itself).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   > Kan I sende mig den nye kvalitetsstandard?
 *
 *   Ja, her er den.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   En e-mailtråd er sat ind med alle sine citattegn, 51 lag:
 *
 *   >>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> Kan I sende mig den nye kvalitetsstandard?
 */
import type { RuleMeta } from '../types.js';
import { docsUrl } from '../meta.js';

export const inputLimit: RuleMeta = {
  id: 'input-limit',
  description: {
    da: 'Filen overskrider en af værktøjets grænser (størrelse, linjelængde, formateringstegn i ét afsnit eller indlejring af lister og citater) og bliver ikke læst. Grænserne står i docs/format.md.',
    en: "The file exceeds one of the tool's limits (size, line length, markup characters in one paragraph or nesting of lists and quotes) and is not read. The limits are listed in docs/format.md.",
  },
  law: { da: 'Ingen (værktøjets egen regel)', en: 'None (a rule of the tool itself)' },
  severity: 'error',
  docs: docsUrl('input-limit'),
};
