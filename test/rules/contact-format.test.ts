/** contact-format: usable phone numbers, e-mail and web addresses (src/rules/contact-format.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { bundled, complete, doc } from '../helpers/fixtures.js';

const contact = (text: string) => doc(`## Kontakt\n\n${text}`);

ruleTester.run('contact-format', {
  valid: [
    contact('Ring på tlf. 72 33 55 50 eller +45 72 33 55 50, eller skriv til rusmiddelcenter@eksempelby.dk.'),
    contact('Se www.tilbudsportalen.dk eller https://www.eksempelby.dk/rusmidler.'),
    contact('Ring på telefon 72335550.'),
    { name: 'the complete example (front-matter kontakt too)', code: complete },
    ...(['ishoej', 'holbaek', 'ringsted'] as const).map((name) => ({ name, code: bundled(name) })),
  ],
  invalid: [
    {
      name: 'malformed phone number, e-mail address and URL in the text',
      code: contact('Ring på tlf. 72 33 555.\n\nSkriv til rusmiddel@kommune\n\nSe www.tilbudsportalen'),
      errors: [
        { line: 5, severity: 'warning', message: 'Telefonnummeret "72 33 555" har 7 cifre. Et dansk telefonnummer har 8 cifre.' },
        { line: 7, severity: 'warning', messageIncludes: 'rusmiddel@kommune' },
        { line: 9, severity: 'warning', messageIncludes: 'mangler en endelse som .dk' },
      ],
    },
    {
      name: 'front-matter kontakt, at its line',
      code: doc('Tekst.', '---\nkommune: Eksempelby\nkontakt:\n  - navn: Rusmiddelcenter\n    telefon: "1234567"\n---\n'),
      errors: [{ line: 5, severity: 'warning', messageIncludes: 'front-matter' }],
    },
    {
      name: 'a number that starts with 0',
      code: contact('Ring på tlf. 07 23 35 55.'),
      errors: [{ line: 5, messageIncludes: 'begynder med 0' }],
    },
    {
      name: 'says it in English',
      code: contact('Ring på tlf. 72 33 555.'),
      lang: 'en',
      errors: [{ line: 5, message: 'The phone number "72 33 555" has 7 digits. A Danish phone number has 8 digits.' }],
    },
    {
      name: 'Hjørring: only "www.tilbudsportalen" (line 190)',
      code: bundled('hjoerring'),
      errors: [{ line: 190, severity: 'warning', message: 'Webadressen "www.tilbudsportalen" virker ikke: domænet mangler en endelse som .dk.' }],
    },
  ],
});
