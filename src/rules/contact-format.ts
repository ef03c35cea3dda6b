/**
 * contact-format: phone numbers, e-mail and web addresses can be used as written.
 *
 * A citizen copies the number or the address from the standard. A phone number
 * of 7 digits, an e-mail address without a domain ending, or
 * "www.tilbudsportalen" without ".dk" leads nowhere. Each malformed one, in the
 * text or under `kontakt` in the front-matter, is a warning at its place.
 *
 * Law: BEK nr. 1477 af 17/12/2019 § 4 (clear information to the citizen); otherwise a rule of the tool itself.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Kontakt
 *
 *   Ring til rusmiddelcentret på tlf. 72 33 55 50, eller skriv til rusmiddelcenter@eksempelby.dk.
 *
 * @example
 *   {"name": "not-ok.md"}
 *
 *   # Kvalitetsstandard for social behandling af stofmisbrug
 *
 *   ## Kontakt
 *
 *   Ring til rusmiddelcentret på tlf. 72 33 555, eller skriv til rusmiddelcenter@eksempelby.
 */
import type { Rule } from './rule.js';
import { docsUrl } from '../meta.js';
import { contactFormatMessages as messages } from '../i18n/rules/contact-format.js';

export const contactFormat: Rule<typeof messages> = {
  meta: {
    id: 'contact-format',
    description: {
      da: 'Telefonnumre, e-mailadresser og webadresser skal være skrevet, så borgeren kan bruge dem: 8 cifre, et gyldigt domæne med endelse som .dk.',
      en: 'Phone numbers, e-mail addresses and web addresses must be usable: 8 digits, a valid domain with an ending such as .dk.',
    },
    law: {
      da: 'BEK nr. 1477 af 17/12/2019 § 4 (klar information til borgeren); i øvrigt værktøjets egen regel',
      en: 'Executive order no. 1477 of 17/12/2019 § 4 (clear information to the citizen); otherwise a rule of the tool itself',
    },
    severity: 'warning',
    docs: docsUrl('contact-format'),
    messages,
  },
  check(context) {
    for (const { value: contact, position } of context.standard.facts.contactProblems) {
      const data = { contact };
      if (contact.kind === 'phone' && contact.fault === 'leading-zero') {
        context.report({ position, messageId: 'phoneLeadingZero', hintId: 'correctNumber', data });
      } else if (contact.kind === 'phone') {
        context.report({ position, messageId: 'phoneDigits', hintId: 'eightDigits', data });
      } else if (contact.kind === 'email') {
        context.report({ position, messageId: 'email', hintId: 'wholeAddress', data });
      } else {
        context.report({ position, messageId: 'url', hintId: 'fullAddress', data });
      }
    }
  },
};
