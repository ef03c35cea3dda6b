/** complaint-deadline: 4 weeks, reconsideration, Ankestyrelsen (src/rules/complaint-deadline.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { bundled, complete, doc } from '../helpers/fixtures.js';

const complaints = (text: string, heading = 'Klageadgang') => doc(`## ${heading}\n\n${text}`);
const route = 'Klagen sendes til kommunen, som vurderer sagen igen. Får du ikke medhold, sendes den til Ankestyrelsen.';

ruleTester.run('complaint-deadline', {
  valid: [
    complaints(route),
    complaints(`Du kan klage inden 4 uger efter, at du har modtaget afgørelsen. ${route}`),
    complaints(`Du kan klage inden fire uger efter, at du har modtaget afgørelsen. ${route}`),
    complaints(`Klagefristen er 28 dage fra den dag, du har modtaget afgørelsen. ${route}`),
    // Headings kommuner use for the topic.
    complaints(`Du kan klage inden 4 uger. Kommunen genvurderer afgørelsen og sender klagen til Ankestyrelsen.`, 'Sådan klager du'),
    complaints(`Du kan klage inden 4 uger. ${route}`, 'Information om sagsbehandling og klageadgang'),
    // The route told in a sub-section counts.
    doc(`## Klageadgang\n\nDu kan klage inden 4 uger.\n\n### Hvad sker der med klagen?\n\n${route}`),
    // No complaints section: required-section says so.
    doc('## Frit valg\n\nDu kan frit vælge et andet tilbud.'),
    { name: 'the complete example', code: complete },
    // Holbæk ("revurdere" … "Ankestyrelsen"), Ringsted ("genvurderer" … "Ankestyrelsen"), Hjørring (no complaints section).
    ...(['holbaek', 'ringsted', 'hjoerring'] as const).map((name) => ({ name, code: bundled(name) })),
  ],
  invalid: [
    {
      name: 'a deadline other than 4 weeks',
      code: complaints('Du kan klage senest 2 uger efter, at du har modtaget afgørelsen. Kommunen genvurderer afgørelsen og sender klagen til Ankestyrelsen.'),
      errors: [{ line: 5, severity: 'error', requirement: 'klageadgang', messageIncludes: ['"2 uger" (14 dage)', '4 uger'] }],
    },
    {
      name: 'neither reconsideration nor Ankestyrelsen',
      code: complaints('Du kan klage inden 4 uger efter, at du har modtaget afgørelsen.'),
      errors: [{ line: 3, severity: 'warning', messageIncludes: ['genvurderer', 'Ankestyrelsen'] }],
    },
    {
      name: 'the route only in an HTML comment, which no reader sees',
      code: complaints('Du kan klage inden 4 uger efter, at du har modtaget afgørelsen.\n\n<!-- Kommunen genvurderer afgørelsen og sender klagen til Ankestyrelsen. -->'),
      errors: [{ line: 3, severity: 'warning', messageIncludes: ['genvurderer', 'Ankestyrelsen'] }],
    },
    {
      name: 'Ankestyrelsen without reconsideration',
      code: complaints('Klagen sendes til Ankestyrelsen.'),
      errors: [{ line: 3, severity: 'warning', messageIncludes: 'genvurderer afgørelsen, før' }],
    },
    {
      name: 'reconsideration without Ankestyrelsen',
      code: complaints('Du kan klage inden 4 uger. Kommunen genvurderer afgørelsen.'),
      errors: [{ line: 3, severity: 'warning', messageIncludes: 'sender klagen videre til Ankestyrelsen, hvis den fastholder' }],
    },
    {
      name: 'a deadline in words',
      code: complaints(`Du kan klage inden fjorten dage efter, at du har modtaget afgørelsen. ${route}`),
      errors: [{ line: 5, severity: 'error', text: 'fjorten dage', messageIncludes: ['"fjorten dage" (14 dage)', 'Borgeren har 4 uger til at klage'] }],
    },
    {
      name: 'a longer deadline is wrong too: the law gives 4 weeks, not more',
      code: complaints(`Klagefristen er seks uger. ${route}`),
      errors: [{ line: 5, severity: 'error', text: 'seks uger', messageIncludes: '"seks uger" (42 dage)' }],
    },
    {
      name: 'Ishøj: "Klagemuligheder" neither mentions reconsideration nor Ankestyrelsen',
      code: bundled('ishoej'),
      errors: [{ line: 197, severity: 'warning', lineText: '## Klagemuligheder' }],
    },
    {
      name: 'says it in English',
      code: complaints('Klagen sendes til Ankestyrelsen.'),
      lang: 'en',
      errors: [{ line: 3, message: 'The section "Klageadgang" does not say that the kommune reconsiders the decision before the complaint goes to Ankestyrelsen.' }],
    },
  ],
});
