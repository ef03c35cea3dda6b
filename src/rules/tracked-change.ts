/**
 * tracked-change: an adopted standard has no review marks left.
 *
 * A standard is revised with tracked changes and comments (CriticMarkup:
 * {++ ++}, {-- --}, {~~ ~> ~~}, {>> <<}, {== ==}, or Word's, on import). Once it
 * is adopted (any status but udkast), every mark left is an error at its place:
 * the published text must be the one the council adopted, and a reader should
 * not see a reviewer's note. A draft is where review happens, so drafts are
 * skipped. The check itself already reads the accepted text.
 *
 * Law: BEK nr. 1477 af 17/12/2019 § 3 (the adopted standard is published).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   status: udkast
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Behandlingsgaranti
 *
 *   Du kommer i behandling senest {~~21~>14~~} dage efter din henvendelse.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   ---
 *   status: vedtaget
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Behandlingsgaranti
 *
 *   Du kommer i behandling senest {~~21~>14~~} dage efter din henvendelse.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { trackedChangeMessages as messages } from '../i18n/rules/tracked-change.js';

export const trackedChange: Rule<typeof messages> = {
  meta: {
    id: 'tracked-change',
    description: {
      da: 'En vedtaget standard må ikke indeholde ændringsmarkeringer eller kommentarer fra gennemsyn.',
      en: 'An adopted standard must not contain tracked changes or review comments.',
    },
    law: {
      da: 'BEK nr. 1477 af 17/12/2019 § 3 (den vedtagne standard offentliggøres)',
      en: 'Executive order no. 1477 of 17/12/2019 § 3 (the adopted standard is published)',
    },
    severity: 'error',
    docs: docsUrl('tracked-change'),
    messages,
  },
  check(context) {
    // A draft is where review happens; only an adopted text must be clean.
    if (context.standard.frontMatter?.data?.['status'] === 'udkast') return;
    for (const mark of context.standard.review) {
      const removed = mark.removed.trim().slice(0, 60);
      context.report({
        position: mark.position,
        messageId: 'adopted',
        hintId: 'acceptedText',
        data: { kind: mark.kind, removed },
      });
    }
  },
};
