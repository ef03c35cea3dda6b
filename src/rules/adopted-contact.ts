/**
 * adopted-contact: an adopted standard (`status: vedtaget`) names at least one
 * contact under `kontakt` in its front-matter.
 *
 * The leaflet's and the booklet's contact card is made from `kontakt`; an
 * adopted standard without it is published with no place for citizens to
 * turn. A draft may still lack it (`kvs new` writes it commented out).
 *
 * Law: none (a rule of the tool itself; the order asks for a clear description to the citizens, BEK nr. 1477 § 4).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   status: vedtaget
 *   kontakt:
 *     - navn: Rusmiddelcenteret
 *       telefon: "12 34 56 78"
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   ---
 *   kommune: Testby
 *   status: vedtaget
 *   ---
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { adoptedContactMessages as messages } from '../i18n/rules/adopted-contact.js';

export const adoptedContact: Rule<typeof messages> = {
  meta: {
    id: 'adopted-contact',
    description: {
      da: 'En vedtaget standard skal have mindst én kontakt under kontakt i front-matter (folderens og pjecens kontaktkort).',
      en: 'An adopted standard has at least one contact under kontakt in its front-matter (the leaflet’s and the booklet’s contact card).',
    },
    law: { da: 'Ingen (værktøjets egen regel)', en: 'None (a rule of the tool itself)' },
    severity: 'warning',
    docs: docsUrl('adopted-contact'),
    messages,
  },
  check(context) {
    const frontMatter = context.standard.frontMatter;
    const data = frontMatter?.data;
    if (!frontMatter || !data || data['status'] !== 'vedtaget') return;
    const contacts = data['kontakt'];
    if (Array.isArray(contacts) ? contacts.length > 0 : contacts !== undefined && contacts !== null) return;
    context.report({ position: frontMatter.position, messageId: 'missing', hintId: 'addContact' });
  },
};
