/** empty-section: a heading with no text (src/rules/empty-section.ts). */
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { complete, doc } from '../helpers/fixtures.js';
import { checkText } from '../../src/check/check.js';

const emptyFritValg = complete.replace(/## Frit valg\n\n[^\n]+\n/, '## Frit valg\n\n');
const fritValgLine = emptyFritValg.split('\n').indexOf('## Frit valg') + 1;

ruleTester.run('empty-section', {
  valid: [
    { name: 'the complete example', code: complete },
    doc('## Frit valg\n\nDu kan vælge et andet offentligt eller privat behandlingstilbud af samme type.'),
    // A heading whose text is all in its sub-sections is not empty.
    doc('## Organisering\n\n### Ambulant behandling\n\nVi tilbyder samtaler i dagtimerne.'),
    // A list or a table is text too.
    doc('## Egenbetaling\n\n- Ambulant behandling er gratis.\n- Døgnbehandling: du betaler for kost og logi.'),
    doc('## Egenbetaling\n\n| Tilbud | Pris |\n| --- | --- |\n| Ambulant | Gratis |'),
    // The title alone is not a leftover heading.
    '# Kvalitetsstandard for social behandling af stofmisbrug\n',
  ],
  invalid: [
    {
      name: 'an empty required section, at its heading',
      code: emptyFritValg,
      errors: [{ line: fritValgLine, lineText: '## Frit valg', severity: 'error', requirement: 'frit_valg', messageIncludes: ['"Frit valg"', 'er tomt', 'kræver, at emnet beskrives'] }],
    },
    {
      name: 'an empty required section followed by another',
      code: doc('## Frit valg\n\n## Egenbetaling\n\nBehandlingen er gratis.'),
      errors: [{ line: 3, severity: 'error', requirement: 'frit_valg', hintIncludes: 'Eksempel:' }],
    },
    {
      name: 'an empty topic that guidance recommends (not the order): a warning, as when it is missing',
      code: doc('## Fremtid\n\n## Børn\n\n## Egenbetaling\n\nBehandlingen er gratis.'),
      errors: [
        { line: 3, severity: 'warning', requirement: 'fremtid' },
        { line: 5, severity: 'warning', requirement: 'boern' },
      ],
    },
    {
      name: 'a heading with nothing under it that no law asks for: a warning',
      code: doc('## Praktiske oplysninger\n\n## Egenbetaling\n\nBehandlingen er gratis.'),
      errors: [{ line: 3, severity: 'warning', message: 'Afsnittet "Praktiske oplysninger" er tomt. Skriv teksten, eller fjern overskriften.' }],
    },
    {
      name: 'a template left at the end of the file',
      code: doc('## Egenbetaling\n\nBehandlingen er gratis.\n\n## Klageadgang'),
      errors: [{ line: 7, severity: 'error', requirement: 'klageadgang' }],
    },
    {
      name: 'a heading with only an HTML comment under it is empty',
      code: doc('## Frit valg\n\n<!-- TODO: skriv om frit valg -->\n\n## Egenbetaling\n\nBehandlingen er gratis.'),
      errors: [{ line: 3, requirement: 'frit_valg' }],
    },
    {
      name: 'in English',
      code: doc('## Praktiske oplysninger\n\n## Egenbetaling\n\nBehandlingen er gratis.'),
      lang: 'en',
      errors: [{ line: 3, message: 'The section "Praktiske oplysninger" is empty. Write the text or remove the heading.' }],
    },
  ],
});

describe('empty-section through kvs check', () => {
  it('reports an empty required section at its heading, and nothing else', () => {
    const findings = checkText(emptyFritValg, 'x.md', { asOf: '2026-01-01' }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'empty-section', requirement: 'frit_valg', severity: 'error' });
    expect(emptyFritValg.split('\n')[findings[0]!.position.start.line - 1]).toBe('## Frit valg');
  });
});
