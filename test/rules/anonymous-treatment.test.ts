/** anonymous-treatment: the § 101 a offer says how to get it (src/rules/anonymous-treatment.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { bundled, complete, doc } from '../helpers/fixtures.js';

const frontMatter = '---\nkommune: Eksempelby\n---\n';
const anonymous = (text: string) => doc(`## Anonym behandling\n\n${text}`, frontMatter);

ruleTester.run('anonymous-treatment', {
  valid: [
    anonymous('Du kan få anonym behandling i Rusmiddelcenter Eksempelby, tlf. 12 34 56 78, eller i Naboby Kommune.'),
    anonymous('Du kan få anonym behandling uden at oplyse dit navn. Se mere på www.eksempelby.dk/anonym, eller få behandling i Naboby Kommune.'),
    // No offer of anonymous treatment at all: nothing to say (required topics are other rules' business).
    doc('## Frit valg\n\nDu kan frit vælge et andet tilbud.', frontMatter),
    { name: 'the complete example', code: complete },
    { name: 'hjoerring', code: bundled('hjoerring') },
  ],
  invalid: [
    {
      name: 'an offer without anonymous contact or a provider outside the kommune',
      code: anonymous('Du kan få anonym behandling i Eksempelby Kommune.'),
      errors: [{ line: 6, severity: 'warning', messageIncludes: ['telefonnummer eller en hjemmeside', 'uden for kommunen'] }],
    },
    {
      name: 'a phone number, but no provider outside the kommune',
      code: anonymous('Du kan få anonym behandling. Ring til Rusmiddelcenter Eksempelby på tlf. 12 34 56 78.'),
      errors: [{ line: 6, severity: 'warning', messageIncludes: 'uden for kommunen', messageExcludes: 'telefonnummer' }],
    },
    {
      name: 'a provider outside the kommune, but no way to get in touch',
      code: anonymous('Du kan få anonym behandling i Eksempelby Kommune eller i Naboby Kommune.'),
      errors: [{ line: 6, severity: 'warning', messageIncludes: 'telefonnummer eller en hjemmeside', messageExcludes: 'uden for kommunen' }],
    },
    {
      name: 'says it in English',
      code: anonymous('Du kan få anonym behandling i Eksempelby Kommune.'),
      lang: 'en',
      errors: [{ line: 6, messageIncludes: 'Social Services Act § 101 a' }],
    },
    { name: 'Ishøj (line 107)', code: bundled('ishoej'), errors: [{ line: 107, severity: 'warning', messageIncludes: 'telefonnummer' }] },
    { name: 'Holbæk (line 74)', code: bundled('holbaek'), errors: [{ line: 74, severity: 'warning' }] },
    {
      name: 'Ringsted (line 176): no provider outside the kommune',
      code: bundled('ringsted'),
      errors: [{ line: 176, severity: 'warning', messageIncludes: 'uden for kommunen', messageExcludes: 'telefonnummer' }],
    },
  ],
});
