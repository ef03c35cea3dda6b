/** document-scope: a § 101 standard that also covers alcohol treatment (src/rules/document-scope.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { bundled, bundledNames, complete, fixture } from '../helpers/fixtures.js';

const combined = [
  '# Kvalitetsstandard for behandling af alkohol- og stofmisbrug',
  '',
  '## Lovgrundlag',
  '',
  'Serviceloven § 101 og sundhedsloven § 141.',
  '',
  '## Målgruppe',
  '',
  'Tilbuddet er til dig over 18 år, der har et problem med alkohol, hash, kokain eller andre stoffer.',
].join('\n');

ruleTester.run('document-scope', {
  valid: [
    ...bundledNames.map((name) => ({ name, code: bundled(name) })),
    { name: 'the complete example', code: complete },
    // Servicelovens § 141 is the handleplan every § 101 standard mentions, not alcohol treatment.
    '# Kvalitetsstandard for social behandling af stofmisbrug (serviceloven § 101)\n\n## Handleplan\n\nVi tilbyder en handleplan efter servicelovens § 141.\n',
    // Sundhedsloven § 142 (medical treatment of drug abuse) is part of a § 101 standard.
    '# Kvalitetsstandard for stofmisbrugsbehandling\n\nMedicinsk behandling af stofmisbrug sker efter sundhedsloven § 142. Social behandling sker efter serviceloven § 101.\n',
    // Another area's standard is document-kind's, never document-scope's.
    { name: 'an alcohol-only standard', code: '# Kvalitetsstandard for alkoholbehandling efter sundhedslovens § 141\n\nTilbuddet er til dig, der har et problem med alkohol og vil drikke mindre. Du kan få Antabus.\n' },
    { name: 'a § 107 standard', code: fixture('sel107-botilbud.md') },
  ],
  invalid: [
    {
      name: 'drugs and alcohol in one standard: an info at the title, with the evidence',
      code: combined,
      errors: [{ line: 1, severity: 'info', messageIncludes: ['også dækker alkoholbehandling (sundhedsloven § 141)', '"sundhedsloven § 141"'] }],
    },
    {
      name: 'alcohol named in the title only',
      code: '# Kvalitetsstandard for stof- og alkoholbehandling\n\nTilbuddet er til dig, der har et problem med alkohol, hash eller kokain (serviceloven § 101).\n',
      errors: [{ line: 1, severity: 'info' }],
    },
    { name: 'says it in English', code: combined, lang: 'en', errors: [{ line: 1, severity: 'info', messageIncludes: 'also covers alcohol treatment' }] },
  ],
});
