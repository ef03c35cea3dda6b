/** duplicate-paragraph: the same paragraph twice (src/rules/duplicate-paragraph.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { complete, doc } from '../helpers/fixtures.js';

const paragraph = 'Du kan ringe til rusmiddelcentret eller møde op i den åbne rådgivning.';

ruleTester.run('duplicate-paragraph', {
  valid: [
    { name: 'the complete example', code: complete },
    doc(`## Visitation\n\n${paragraph}\n\n## Kontakt\n\nRing til rusmiddelcentret på tlf. 12 34 56 78.`),
    // Short paragraphs ("Se ovenfor.") and contact blocks rightly repeat.
    doc('## Frit valg\n\nSe ovenfor.\n\n## Egenbetaling\n\nSe ovenfor.'),
    doc('## Visitation\n\nRusmiddelcenter Eksempelby\nTorvet 1\n9999 Eksempelby\nTlf. 12 34 56 78\n\n## Kontakt\n\nRusmiddelcenter Eksempelby\nTorvet 1\n9999 Eksempelby\nTlf. 12 34 56 78'),
    // Almost the same is not the same.
    doc(`${paragraph}\n\nDu kan ringe til rusmiddelcentret eller møde op i den åbne rådgivning om tirsdagen.`),
    // A kvs-disable comment switches it off where the repetition is meant.
    doc(`${paragraph}\n\n<!-- kvs-disable-next-line duplicate-paragraph -->\n${paragraph}`),
  ],
  invalid: [
    {
      name: 'the second copy, pointing at the first',
      code: doc(`## Visitation\n\n${paragraph}\n\n${paragraph}`),
      errors: [{ line: 7, column: 1, severity: 'warning', message: `Afsnittet "${paragraph.slice(0, 50)}…" står allerede i linje 5. Slet den ene kopi.`, related: [5] }],
    },
    {
      name: 'the same words with other case, spacing and a word split at a line end',
      code: doc(`${paragraph}\n\n## Kontakt\n\nDu kan ringe til  rusmiddel-\ncentret eller møde op i den ÅBNE rådgivning.`),
      errors: [{ line: 7, related: [3] }],
    },
    {
      name: 'three copies: the second and the third, each pointing at the first',
      code: doc(`${paragraph}\n\n${paragraph}\n\n${paragraph}`),
      errors: [
        { line: 5, related: [3] },
        { line: 7, related: [3] },
      ],
    },
    {
      name: 'in a list item',
      code: doc(`- ${paragraph}\n- ${paragraph}`),
      errors: [{ line: 4, related: [3] }],
    },
    {
      name: 'in English',
      code: doc(`${paragraph}\n\n${paragraph}`),
      lang: 'en',
      errors: [{ line: 5, messageIncludes: 'already appears at line 3. Delete one copy.' }],
    },
  ],
});
