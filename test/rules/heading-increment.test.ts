/** heading-increment: no skipped heading level (src/rules/heading-increment.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { complete, doc } from '../helpers/fixtures.js';

ruleTester.run('heading-increment', {
  valid: [
    { name: 'the complete example', code: complete },
    doc('## Tilbud\n\nTekst.\n\n### Ambulant\n\nTekst.\n\n#### Om aftenen\n\nTekst.'),
    // Back up by any number of levels is fine.
    doc('## Tilbud\n\n### Ambulant\n\n#### Om aftenen\n\nTekst.\n\n## Klageadgang\n\nTekst.'),
    // The first heading may be at any level.
    '## Kvalitetsstandard\n\n### Tilbud\n\nTekst.\n',
  ],
  invalid: [
    {
      name: '#### right under ##, at the heading, with the level to use',
      code: doc('## Tilbud\n\n#### Ambulant behandling\n\nTekst.'),
      errors: [
        {
          line: 5,
          lineText: '#### Ambulant behandling',
          severity: 'warning',
          message:
            'Overskriften "Ambulant behandling" (####) står under en overskrift på niveau 2 (##) og springer niveau 3 over. Folderen og pjecen indrykker afsnittet forkert.',
          hintIncludes: 'Skriv ### foran overskriften',
        },
      ],
    },
    {
      name: '### right under the title, and a second skip further down',
      code: doc('### Tilbud\n\nTekst.\n\n## Klageadgang\n\n##### Frister\n\nTekst.'),
      errors: [{ line: 3, messageIncludes: 'springer niveau 2 over' }, { line: 9, messageIncludes: 'springer niveau 3 over' }],
    },
    {
      name: 'in English',
      code: doc('## Tilbud\n\n#### Ambulant behandling\n\nTekst.'),
      lang: 'en',
      errors: [{ line: 5, messageIncludes: 'skips level 3', hintIncludes: 'Write ###' }],
    },
  ],
});
