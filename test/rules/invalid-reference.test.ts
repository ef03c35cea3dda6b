/** invalid-reference: a stk. the paragraph does not have on the check date (src/rules/invalid-reference.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { bundled, bundledNames, complete } from '../helpers/fixtures.js';

const before2020 = '2019-06-01';

ruleTester.run('invalid-reference', {
  valid: [
    ...bundledNames.map((name) => ({ name, code: bundled(name) })),
    { name: 'the complete example', code: complete },
    { name: 'stk. 6 was the last before 2020', code: 'Retten til at vælge kan begrænses efter § 101, stk. 6.', asOf: before2020 },
    // From 2020 the last stk. is not confirmed by a source we could read: no finding, whatever the number.
    'Kommunen har bemyndigelse efter serviceloven § 101, stk. 13.',
    // Another law's § 101, and a paragraph the data does not describe.
    { name: 'another law', code: 'Se sundhedsloven § 101, stk. 8.', asOf: before2020 },
    { name: 'another paragraph', code: 'Se serviceloven § 141, stk. 8.', asOf: before2020 },
  ],
  invalid: [
    {
      name: 'stk. 8 before 2020, at the citation',
      code: 'Kommunen kan tilbyde lægelig behandling efter serviceloven § 101, stk. 8.',
      asOf: before2020,
      errors: [{ line: 1, severity: 'error', text: '§ 101, stk. 8', messageIncludes: ['findes ikke', 'stk. 1-6'], lawIncludes: 'danskelove.dk' }],
    },
    {
      name: 'a quoted "Stk. 9." under "§ 101." before 2020',
      code: '§ 101. Kommunalbestyrelsen skal tilbyde behandling.\n\nStk. 9. Noget, loven ikke havde.\n',
      asOf: before2020,
      errors: [{ line: 3, text: 'Stk. 9.' }],
    },
    {
      name: 'says it in English',
      code: 'Se § 101 stk. 7.',
      asOf: before2020,
      lang: 'en',
      errors: [{ line: 1, text: '§ 101 stk. 7', messageIncludes: 'does not exist' }],
    },
  ],
});
