/** adopted-contact: an adopted standard names a contact (src/rules/adopted-contact.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { complete, doc } from '../helpers/fixtures.js';

const contact = 'kontakt:\n  - navn: Rusmiddelcenteret\n    telefon: "12 34 56 78"\n';

ruleTester.run('adopted-contact', {
  valid: [
    { name: 'the complete example', code: complete },
    doc('## Tilbud\n\nTekst.', `---\nstatus: vedtaget\n${contact}---\n`),
    // A draft may still lack the contact (kvs new writes it commented out).
    doc('## Tilbud\n\nTekst.', '---\nstatus: udkast\n---\n'),
    // No front-matter: the front-matter rule says what is missing.
    doc('## Tilbud\n\nTekst.'),
  ],
  invalid: [
    {
      name: 'adopted, no kontakt: at the front-matter (its first line), with what to add',
      code: doc('## Tilbud\n\nTekst.', '---\nstatus: vedtaget\n---\n'),
      errors: [{ line: 2, severity: 'warning', messageIncludes: ['vedtaget', 'intet kontaktkort'], hintIncludes: 'kontakt:\n  - navn:' }],
    },
    {
      name: 'adopted, an empty list',
      code: doc('## Tilbud\n\nTekst.', '---\nstatus: vedtaget\nkontakt: []\n---\n'),
      errors: [{ line: 2 }],
    },
    {
      name: 'in English',
      code: doc('## Tilbud\n\nTekst.', '---\nstatus: vedtaget\n---\n'),
      lang: 'en',
      errors: [{ line: 2, messageIncludes: 'no contact card' }],
    },
  ],
});
