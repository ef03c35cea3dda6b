/** guarantee-days: the treatment guarantee is 14 days (src/rules/guarantee-days.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { bundled, bundledNames, complete, doc } from '../helpers/fixtures.js';

const guarantee = (text: string, heading = 'Behandlingsgaranti') => doc(`## ${heading}\n\n${text}`);

ruleTester.run('guarantee-days', {
  valid: [
    // 14 days in any wording.
    doc('Du kommer i behandling senest 14 dage efter din henvendelse.'),
    doc('Behandlingen begynder inden for fjorten dage fra din henvendelse.'),
    doc('Du kommer i behandling senest to uger efter, at du har henvendt dig.'),
    guarantee('Du kommer i behandling senest 2 uger efter, at du har henvendt dig til kommunen.'),
    guarantee('Du kommer i behandling senest 14 dage efter, at du har henvendt dig.', 'Ventetid'),
    // Other numbers of days that are no guarantee.
    guarantee('Et døgnophold varer typisk 21 dage. Du kommer i behandling senest 14 dage efter din henvendelse.'),
    { name: 'the complete example', code: complete },
    ...bundledNames.map((name) => ({ name: `${name}: every guarantee it states is 14 days`, code: bundled(name) })),
  ],
  invalid: [
    {
      name: 'a guarantee other than 14 days, where it is stated, with a hint',
      code: guarantee('Du kommer i behandling senest 21 dage efter, at du har henvendt dig til kommunen.'),
      errors: [
        {
          line: 5,
          column: 31,
          severity: 'error',
          requirement: 'behandlingsgaranti',
          messageIncludes: ['"21 dage"', '14 dage'],
          hintIncludes: 'senest 14 dage',
          law: 'Serviceloven § 101, stk. 4',
        },
      ],
    },
    {
      name: 'names stk. 2 before 2020 and reads weeks in words',
      code: guarantee('Behandlingen begynder inden for tre uger fra din henvendelse.'),
      asOf: '2019-06-01',
      errors: [{ line: 5, law: 'Serviceloven § 101, stk. 2', messageIncludes: '"tre uger" (21 dage)' }],
    },
    {
      name: 'says it in English',
      code: guarantee('Behandlingen begynder inden for tre uger fra din henvendelse.'),
      lang: 'en',
      errors: [{ line: 5, messageIncludes: 'The law says 14 days' }],
    },
    {
      name: 'a number in words, under a heading kommuner use ("Ventetid")',
      code: guarantee('Du kommer i behandling senest tredive dage efter, at du har henvendt dig.', 'Ventetid'),
      errors: [{ line: 5, severity: 'error', text: 'tredive dage', messageIncludes: '"tredive dage" (30 dage)' }],
    },
    {
      name: 'a shorter guarantee is better than the law: an info, never an error',
      code: guarantee('Du kommer i behandling senest 10 dage efter, at du har henvendt dig til kommunen.'),
      errors: [{ line: 5, severity: 'info', text: '10 dage', messageIncludes: ['"10 dage"', 'bedre end loven'], law: 'Serviceloven § 101, stk. 4' }],
    },
    {
      name: 'a shorter guarantee, in English and in weeks',
      code: guarantee('Du kommer i behandling senest en uge efter, at du har henvendt dig til kommunen.'),
      lang: 'en',
      errors: [{ line: 5, severity: 'info', messageIncludes: 'better than the law' }],
    },
    {
      name: 'two wrong guarantees are two findings, each at its words',
      code: guarantee('Du kommer i behandling senest 21 dage efter din henvendelse.\n\nI særlige tilfælde begynder behandlingen senest 30 dage efter din henvendelse.'),
      errors: [
        { line: 5, text: '21 dage' },
        { line: 7, text: '30 dage' },
      ],
    },
  ],
});
