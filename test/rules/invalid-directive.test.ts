/** invalid-directive: a kvs comment that names something unknown (src/rules/invalid-directive.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { bundled, bundledNames, complete, doc } from '../helpers/fixtures.js';

const text = 'Du kan altid ringe til rusmiddelcentret og få en tid til en samtale.';

ruleTester.run('invalid-directive', {
  valid: [
    { name: 'the complete example', code: complete },
    ...bundledNames.map((name) => ({ name, code: bundled(name) })),
    doc(`## Hvis du er utilfreds\n\n<!-- kvs-krav: klageadgang -->\n\n${text}`),
    doc(`## Om betaling og klager\n\n<!-- kvs-krav: klageadgang, betaling -->\n\n${text}`),
    doc(`<!-- kvs-disable-next-line duplicate-paragraph -->\n${text}`),
    doc(`<!-- kvs-disable-line duplicate-paragraph, empty-section -->\n${text}`),
    doc(`<!-- kvs-disable-file readability -->\n\n${text}`),
    doc(`## Hjælp\n\n<!-- kvs-disable-section empty-section -->\n\n${text}`),
    // Comments of other tools and plain notes are not kvs comments.
    doc(`<!-- TODO: tjek telefonnummeret -->\n\n<!-- markdownlint-disable MD013 -->\n\n${text}`),
  ],
  invalid: [
    {
      name: 'a misspelt topic, with the closest known one',
      code: doc(`## Hvis du er utilfreds\n\n<!-- kvs-krav: klageadgangen -->\n\n${text}`),
      errors: [{ line: 5, severity: 'warning', message: '"klageadgangen" er ukendt. Mente du "klageadgang"?' }],
    },
    {
      name: 'a misspelt rule',
      code: doc(`<!-- kvs-disable-next-line dublicate-paragraph -->\n${text}`),
      errors: [{ line: 3, message: '"dublicate-paragraph" er ukendt. Mente du "duplicate-paragraph"?' }],
    },
    {
      name: 'a misspelt comment name',
      code: doc(`<!-- kvs-disable-nextline duplicate-paragraph -->\n${text}`),
      errors: [{ line: 3, message: '"kvs-disable-nextline" er ukendt. Mente du "kvs-disable-next-line"?' }],
    },
    {
      name: 'kvs-krav without a topic',
      code: doc(`## Hvis du er utilfreds\n\n<!-- kvs-krav: -->\n\n${text}`),
      errors: [{ line: 5, messageIncludes: 'kvs-krav skal nævne mindst ét emne' }],
    },
    {
      name: 'a disable comment without rules',
      code: doc(`<!-- kvs-disable-next-line -->\n${text}`),
      errors: [{ line: 3, messageIncludes: 'Kommentaren skal nævne de regler, den slår fra' }],
    },
    {
      name: 'one known and two unknown names: one finding per unknown name',
      code: doc(`<!-- kvs-disable-line duplicate-paragraph, readabilty, tracked-changes -->\n${text}`),
      errors: [
        { line: 3, messageIncludes: '"readabilty" er ukendt. Mente du "readability"?' },
        { line: 3, messageIncludes: '"tracked-changes" er ukendt. Mente du "tracked-change"?' },
      ],
    },
    {
      name: 'in English',
      code: doc(`<!-- kvs-disable-next-line dublicate-paragraph -->\n${text}`),
      lang: 'en',
      errors: [{ line: 3, message: '"dublicate-paragraph" is unknown. Did you mean "duplicate-paragraph"?' }],
    },
  ],
});
