/** contradiction: one value for each fact (src/rules/contradiction.ts). */
import { expect, it } from 'vitest';
import { expectFindings, ruleTester } from '../helpers/rule-tester.js';
import { bundled, complete, doc } from '../helpers/fixtures.js';

const twoGuarantees = doc(
  '## Behandlingsgaranti\n\nDu kommer i behandling senest 14 dage efter din henvendelse.\n\n## Visitation\n\nBehandlingen begynder inden for 21 dage fra din henvendelse.',
);

ruleTester.run('contradiction', {
  valid: [
    // A repetition, in other words, or a schedule that is part of another.
    doc('Du kommer i behandling senest 14 dage efter din henvendelse. Behandlingen begynder inden for fjorten dage fra din henvendelse.'),
    doc('Vi følger op 1 og 6 måneder efter, at behandlingen er afsluttet. Efter endt behandling følger vi op igen efter 6 måneder.'),
    doc('## Behandlingsgaranti\n\nDu kommer i behandling senest 14 dage efter din henvendelse.\n\n## Visitation\n\nBehandlingen begynder inden for to uger fra din henvendelse.'),
    doc('## Klageadgang\n\nDu kan klage inden 4 uger efter, at du har modtaget afgørelsen. Klagefristen er 28 dage.'),
    // A guarantee and a complaint deadline are different facts.
    doc('## Behandlingsgaranti\n\nDu kommer i behandling senest 14 dage efter din henvendelse.\n\n## Klageadgang\n\nDu kan klage inden 4 uger efter, at du har modtaget afgørelsen.'),
    { name: 'the complete example', code: complete },
    ...(['hjoerring', 'holbaek', 'ringsted'] as const).map((name) => ({ name, code: bundled(name) })),
  ],
  invalid: [
    {
      name: 'two different guarantees: the second, naming the first',
      code: twoGuarantees,
      errors: [{ line: 9, severity: 'error', requirement: 'behandlingsgaranti', messageIncludes: ['linje 5 siger "14 dage"', 'her står "21 dage"'], related: [5] }],
    },
    {
      name: 'Ishøj: two follow-up schedules, with both lines',
      code: bundled('ishoej'),
      errors: [
        {
          line: 157,
          related: [153],
          message:
            'Standarden siger to forskellige ting om opfølgningen efter endt behandling: her står "3 og 9 måneder", men linje 153 siger "1, 3, 6 og 12 måneder".',
          lineMatches: /3 og 9 måneder/,
        },
      ],
    },
    {
      name: 'different complaint deadlines, in English',
      code: doc('## Klageadgang\n\nDu kan klage inden 4 uger efter, at du har modtaget afgørelsen. Klagefristen er 2 uger.'),
      lang: 'en',
      errors: [{ line: 5, requirement: 'klageadgang', messageIncludes: 'but line 5 says "4 uger" (28 days)' }],
    },
    {
      name: 'a guarantee in words against one in figures',
      code: doc('Du kommer i behandling senest fjorten dage efter din henvendelse.\n\nBehandlingen begynder senest 30 dage efter din henvendelse.'),
      errors: [{ line: 5, messageIncludes: ['her står "30 dage"', 'linje 3 siger "fjorten dage" (14 dage)'], related: [3] }],
    },
    {
      name: 'one finding per different value: a third copy of the same contradiction adds nothing',
      code: doc(
        'Du kommer i behandling senest 14 dage efter din henvendelse.\n\nBehandlingen begynder senest 21 dage efter din henvendelse.\n\nBehandlingen begynder senest 21 dage efter henvendelsen til kommunen.\n\nBehandlingen begynder senest 30 dage efter din henvendelse.',
      ),
      errors: [{ line: 5, text: '21 dage' }, { line: 9, text: '30 dage' }],
    },
  ],
});

it("Ishøj's two schedules are at the lines the finding names", () => {
  const text = bundled('ishoej');
  expectFindings('contradiction', { code: text, errors: [{ line: 157, related: [153] }] });
  expect(text.split('\n')[152]).toContain('1, 3, 6 og 12 måneder');
  expect(text.split('\n')[156]).toContain('3 og 9 måneder');
});
