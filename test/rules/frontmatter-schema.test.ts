/** frontmatter-schema: the front-matter is there, in the right form (src/rules/frontmatter-schema.ts). */
import { ruleTester } from '../helpers/rule-tester.js';
import { bundled, bundledNames, complete } from '../helpers/fixtures.js';

const body = '\n# Kvalitetsstandard for social behandling af stofmisbrug\n\nTekst.\n';
const required = 'kommune: Eksempelby Kommune\ntitel: Kvalitetsstandard\nomraade: SEL § 101\n';
const withYaml = (yaml: string) => `---\n${yaml}---\n${body}`;
const adopted = (more = '') => withYaml(`${required}status: vedtaget\ngodkendt:\n  af: Byrådet\n  dato: 2026-03-18\n${more}`);

ruleTester.run('frontmatter-schema', {
  valid: [
    { name: 'the complete example', code: complete },
    ...bundledNames.map((name) => ({ name, code: bundled(name) })),
    adopted(),
    // A date may be a day, a month or a year.
    withYaml(`${required}status: vedtaget\ngodkendt:\n  dato: 2026-03\n`),
    withYaml(`${required}status: vedtaget\ngodkendt:\n  dato: "2026"\n`),
    // A draft need not be approved yet.
    withYaml(`${required}status: udkast\n`),
    adopted('revision:\n  interval_aar: 2\n  dato: 2028-03-18\n'),
    adopted('kontakt:\n  - navn: Rusmiddelcenter Eksempelby\n    telefon: 12 34 56 78\n'),
    { name: 'Windows line endings', code: adopted().replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'no front-matter at all: one error at line 1',
      code: '# Kvalitetsstandard\n\nTekst.\n',
      errors: [{ line: 1, column: 1, severity: 'error', messageIncludes: 'ingen front-matter', hintIncludes: 'kvs new' }],
    },
    {
      name: 'a Danish date and an unknown status, each at its field',
      code: withYaml(`${required}status: godkendt\ngodkendt:\n  af: Byrådet\n  dato: 18. marts 2026\n`),
      errors: [
        { line: 5, severity: 'error', messageIncludes: ['`status`', '"godkendt"'] },
        { line: 8, severity: 'error', messageIncludes: ['`godkendt.dato`', '"18. marts 2026"', 'kvs fix retter den til 2026-03-18.'] },
      ],
    },
    {
      name: 'an adopted standard without godkendt',
      code: withYaml(`${required}status: vedtaget\n`),
      errors: [{ line: 2, severity: 'error', messageIncludes: 'godkendt' }],
    },
    {
      name: 'a missing kommune',
      code: withYaml('titel: Kvalitetsstandard\nomraade: SEL § 101\nstatus: udkast\n'),
      errors: [{ line: 2, messageIncludes: 'kommune' }],
    },
    {
      name: 'an impossible day',
      code: withYaml(`${required}status: vedtaget\ngodkendt:\n  dato: 2026-02-30\n`),
      errors: [{ line: 7, messageIncludes: 'godkendt.dato' }],
    },
    {
      name: 'YAML that cannot be read',
      code: withYaml(`${required}status: [vedtaget\n`),
      errors: [{ line: 5 }],
    },
    {
      name: 'in English',
      code: '# Kvalitetsstandard\n\nTekst.\n',
      lang: 'en',
      errors: [{ line: 1, messageIncludes: 'The file has no front-matter.' }],
    },
  ],
});
