/** required-section: a section for every topic the law requires (src/rules/required-section.ts). */
import { describe, expect, it } from 'vitest';
import { ruleTester, type ExpectedFinding } from '../helpers/rule-tester.js';
import { complete, removeSectionAt } from '../helpers/fixtures.js';
import { checkText } from '../../src/check/check.js';

const required = (text: string, asOf: string) =>
  checkText(text, 'x.md', { asOf }).findings.filter((f) => f.ruleId === 'required-section');

/** The complete example without the section whose heading is this line. */
const without = (heading: string) => removeSectionAt(complete, complete.split('\n').indexOf(heading) + 1);
/** The complete example with one heading worded otherwise. */
const renamed = (heading: string, to: string) => complete.replace(`\n${heading}\n`, `\n${to}\n`);

ruleTester.run('required-section', {
  valid: [
    { name: 'the complete example', code: complete },
    // Headings kommuner word otherwise: numbered, bold, with a qualifier, or a known variant.
    { name: 'a numbered heading ("12. Frit valg")', code: renamed('## Frit valg', '## 12. Frit valg') },
    { name: 'a bold heading', code: renamed('## Frit valg', '## **Frit valg**') },
    { name: 'a heading with a qualifier ("Frit valg af leverandør")', code: renamed('## Frit valg', '## Frit valg af leverandør') },
    { name: 'a known variant ("Sådan klager du")', code: renamed('## Information om sagsbehandling og klageadgang', '## Sådan klager du') },
    { name: 'a heading ending in a question mark', code: renamed('## Frit valg', '## Frit valg?') },
    // A heading of the kommune's own, marked with kvs-krav or named in kvs.config.json.
    {
      name: 'a heading of its own, marked with kvs-krav',
      code: renamed('## Gavekort', '## Om belønning i behandlingen\n\n<!-- kvs-krav: gavekort -->'),
    },
    {
      name: 'a heading of its own, named in kvs.config.json headings',
      code: renamed('## Information om sagsbehandling og klageadgang', '## Hvis du er utilfreds'),
      config: { headings: { klageadgang: ['Hvis du er utilfreds'] } },
    },
    // Gift vouchers are required from the 2020 rule set on.
    { name: 'no gavekort section in 2019', code: without('## Gavekort'), asOf: '2019-06-01' },
  ],
  invalid: [
    {
      name: 'the complaints section removed: its § 4 item and what to write, at the title',
      code: without('## Information om sagsbehandling og klageadgang'),
      errors: [
        {
          line: 22,
          lineMatches: /^# /,
          severity: 'error',
          requirement: 'klageadgang',
          law: 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12',
          messageIncludes: ['klageadgang', 'BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12', 'mangler'],
          hintIncludes: ['4 uger', 'Ankestyrelsen'],
        },
      ],
    },
    {
      name: 'no gavekort section in 2026',
      code: without('## Gavekort'),
      asOf: '2026-01-01',
      errors: [{ line: 22, requirement: 'gavekort', severity: 'error' }],
    },
    {
      name: 'a guidance topic is a warning',
      code: without('## Den fremtidige indsats'),
      errors: [{ line: 22, requirement: 'fremtid', severity: 'warning' }],
    },
    {
      name: 'a heading of its own without a marker is not recognised',
      code: renamed('## Information om sagsbehandling og klageadgang', '## Hvis du er utilfreds'),
      errors: [{ line: 22, requirement: 'klageadgang' }],
    },
    {
      name: 'a heading that only starts like a known one ("Klagesager") is not it',
      code: renamed('## Information om sagsbehandling og klageadgang', '## Klagesager'),
      errors: [{ line: 22, requirement: 'klageadgang' }],
    },
    {
      name: 'in English',
      code: without('## Information om sagsbehandling og klageadgang'),
      lang: 'en',
      errors: [{ line: 22, messageMatches: /^The section on case handling and right to complain \(klageadgang\) is missing/ }],
    },
    {
      name: 'a draft with two sections: every missing topic, each once',
      code: '# Kvalitetsstandard for stofmisbrugsbehandling\n\n## Målgruppe\n\nTilbuddet er til voksne.\n\n## Behandlingsgaranti\n\nDu kommer i behandling senest 14 dage efter din henvendelse.\n',
      errors: [
        'lovgrundlag', 'opgaver', 'formaal', 'organisering', 'visitation', 'frit_valg', 'behandlingsplan', 'handleplaner',
        'brugerinddragelse', 'betaling', 'klageadgang', 'personale', 'monitorering', 'gavekort',
      ]
        .map((requirement): ExpectedFinding => ({ line: 1, requirement, severity: 'error' }))
        .concat(['boern', 'doegn_kvalitet', 'fremtid'].map((requirement): ExpectedFinding => ({ line: 1, requirement, severity: 'warning' }))),
    },
  ],
});

describe('required-section through kvs check', () => {
  it('names the missing complaints section, its § 4 item and what to write', () => {
    const line = complete.split('\n').indexOf('## Information om sagsbehandling og klageadgang') + 1;
    const [finding] = required(removeSectionAt(complete, line), '2026-01-01');
    expect(finding!.message).toContain('klageadgang');
    expect(finding!.message).toContain('BEK nr. 1477 af 17/12/2019 § 4, stk. 1, nr. 12');
    expect(finding!.message).toMatch(/mangler/);
    expect(finding!.hint).toMatch(/4 uger/);
    expect(finding!.hint).toMatch(/Ankestyrelsen/);
  });

  it('gives English messages with lang en', () => {
    const line = complete.split('\n').indexOf('## Information om sagsbehandling og klageadgang') + 1;
    const result = checkText(removeSectionAt(complete, line), 'x.md', { asOf: '2026-01-01', lang: 'en' });
    expect(result.findings[0]!.message).toMatch(/^The section on case handling and right to complain \(klageadgang\) is missing/);
  });
});
