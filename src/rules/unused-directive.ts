/**
 * unused-directive: every kvs-disable comment switches a finding off.
 *
 * Not a rule over a model: with `--report-unused-disable-directives` the
 * check reports each `kvs-disable` comment that switched nothing off (src/check/check.ts),
 * so comments left over from an old finding do not hide the next one unseen.
 *
 * Law: none (a rule of the tool itself).
 *
 * @example
 *   {"name": "ok.md", "reportUnusedDirectives": true}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Kontakt
 *
 *   Du kan altid ringe til rusmiddelcentret og få en tid til en samtale.
 *
 *   ## Har du brug for hjælp nu?
 *
 *   <!-- kvs-disable-next-line duplicate-paragraph -->
 *   Du kan altid ringe til rusmiddelcentret og få en tid til en samtale.
 *
 * @example
 *   {"name": "not-ok.md", "reportUnusedDirectives": true}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Kontakt
 *
 *   <!-- kvs-disable-next-line duplicate-paragraph -->
 *   Du kan altid ringe til rusmiddelcentret og få en tid til en samtale.
 */
import type { RuleMeta } from '../types.js';
import { docsUrl } from '../meta.js';

export const unusedDirective: RuleMeta = {
  id: 'unused-directive',
  description: {
    da: 'En kvs-disable-kommentar slår intet fund fra. Slet den, så den ikke skjuler et senere fund, ingen har set.',
    en: 'A kvs-disable comment switches no finding off. Delete it so that it does not hide a later finding nobody has seen.',
  },
  law: { da: 'Ingen (værktøjets egen regel)', en: 'None (a rule of the tool itself)' },
  severity: 'warning',
  docs: docsUrl('unused-directive'),
};
