/** tracked-change: no review marks in an adopted standard (src/rules/tracked-change.ts). */
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../helpers/rule-tester.js';
import { complete, doc } from '../helpers/fixtures.js';
import { checkText } from '../../src/check/check.js';

const adopted = '---\nstatus: vedtaget\n---\n';
const draft = '---\nstatus: udkast\n---\n';
const withMark = complete.replace('senest 14 dage', 'senest {~~21~>14~~} dage');
const markLine = withMark.split('\n').findIndex((l) => l.includes('{~~21')) + 1;

ruleTester.run('tracked-change', {
  valid: [
    { name: 'the complete example', code: complete },
    { name: 'a draft keeps its marks', code: withMark.replace('status: vedtaget', 'status: udkast') },
    doc('Du kommer i behandling senest {++hurtigst muligt og ++}14 dage efter din henvendelse. {>>Tjek med jura<<}', draft),
    // Braces and arrows that are no CriticMarkup.
    doc('Vælg {a, b} eller skriv -> og <- i teksten; 2 ~ 3 er ikke en markering.', adopted),
  ],
  invalid: [
    {
      name: 'a substitution in an adopted standard, where it is',
      code: withMark,
      errors: [{ line: markLine, column: withMark.split('\n')[markLine - 1]!.indexOf('{~~') + 1, severity: 'error', messageIncludes: ['erstatning', '("21")'] }],
    },
    {
      name: 'every kind of mark, each once',
      code: doc(
        'Du kommer i behandling {++hurtigst muligt og ++}senest 14 dage efter din henvendelse.\n\nBehandlingen er {--ikke --}gratis.\n\nVi følger op {==efter 1 og 6 måneder==}.{>>Er det rigtigt?<<}',
        adopted,
      ),
      errors: [
        { line: 6, messageIncludes: ['indsættelse', 'Godkend eller afvis ændringen'] },
        { line: 8, messageIncludes: ['sletning', '("ikke")', 'Godkend eller afvis ændringen'] },
        { line: 10, messageIncludes: ['markering', 'Fjern markeringen'] },
        // A comment is no change to accept or reject.
        { line: 10, messageIncludes: ['kommentar', 'Læs kommentaren, og slet den'] },
      ],
    },
    {
      // CriticMarkup is read before Markdown (docs/format.md), so a mark inside code is a mark too.
      name: 'a mark inside inline code',
      code: doc('Skriv `{++ny tekst++}` for at foreslå en tilføjelse.', adopted),
      errors: [{ line: 6, messageIncludes: 'indsættelse' }],
    },
    {
      name: 'no front-matter: not a draft',
      code: doc('Behandlingen er {--ikke --}gratis.'),
      errors: [{ line: 3, severity: 'error', hintIncludes: 'den godkendte tekst' }],
    },
    {
      name: 'in English',
      code: doc('Behandlingen er {--ikke --}gratis.', adopted),
      lang: 'en',
      errors: [{ line: 6, messageIncludes: 'The standard is adopted but still has a review deletion ("ikke")' }],
    },
  ],
});

describe('tracked-change through kvs check', () => {
  it('reports unresolved review markup in an adopted standard, not in a draft', () => {
    const text = complete.replace('senest 14 dage', 'senest {~~21~>14~~} dage');
    const found = checkText(text, 'x.md', { asOf: '2026-01-01' }).findings;
    expect(found.map((f) => f.ruleId)).toEqual(['tracked-change']);
    const line = text.split('\n').findIndex((l) => l.includes('{~~21'));
    expect(found[0]!.position.start).toMatchObject({ line: line + 1, column: text.split('\n')[line]!.indexOf('{~~') + 1 });
    const inDraft = checkText(text.replace('status: vedtaget', 'status: udkast'), 'x.md', { asOf: '2026-01-01' }).findings;
    expect(inDraft).toEqual([]);
  });
});
