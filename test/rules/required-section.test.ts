/** required-section: a section for every topic the law requires (src/rules/required-section.ts). */
import { describe, expect, it } from 'vitest';
import { ruleTester, type ExpectedFinding } from '../helpers/rule-tester.js';
import { complete, removeSectionAt } from '../helpers/fixtures.js';
import { checkText } from '../../src/check/check.js';

const required = (text: string, asOf: string) =>
  checkText(text, 'x.md', { asOf }).findings.filter((f) => f.ruleId === 'required-section');

/** The complete example without the section whose heading is this line. */
const without = (heading: string) => removeSectionAt(complete, complete.split('\n').indexOf(heading) + 1);
/** The complete example without a section, with a sentence put into its introduction. */
const introSays = (heading: string, sentence: string) =>
  without(heading).replace('Denne kvalitetsstandard beskriver den hjælp', `${sentence} Denne kvalitetsstandard beskriver den hjælp`);
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
    // Issue 18: headings of the kommune's own, recognised by meaning when the text backs them.
    { name: 'a question heading ("Kan jeg få tilbuddet?")', code: renamed('## Målgruppe', '## Kan jeg få tilbuddet?') },
    { name: 'the law in the heading, with a colon', code: renamed('## Lovgrundlag', '## Lovgrundlaget for indsatsen – servicelovens § 101:') },
    { name: '"Hvad er målet med behandlingen"', code: renamed('## Formål', '## Hvad er målet med behandlingen') },
    {
      name: 'a description of the document and then the treatment\'s aim under "Formål"',
      code: complete.replace('Målet er, at du kommer ud', 'Denne kvalitetsstandard beskriver kommunens tilbud om behandling. Målet er, at du kommer ud'),
    },
    { name: 'a heading on complaints in the writer\'s words ("Hvis du er utilfreds")', code: renamed('## Information om sagsbehandling og klageadgang', '## Hvis du er utilfreds') },
    { name: 'a heading that starts with a topic\'s stem ("Klagesager")', code: renamed('## Information om sagsbehandling og klageadgang', '## Klagesager') },
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
    // Issue 18: a heading of the kommune's own that says nothing of the topic is no section about it; the text under it makes it a warning, not an error.
    {
      name: 'a heading of its own that names no topic, over the complaints text: probably covered, a warning at the text',
      code: renamed('## Information om sagsbehandling og klageadgang', '## Andre forhold'),
      errors: [
        {
          line: 80,
          severity: 'warning',
          requirement: 'klageadgang',
          messageIncludes: ['"Andre forhold"', 'ser ud til at handle om sagsbehandling og klageadgang', '"klage"'],
          hintIncludes: ['<!-- kvs-krav: klageadgang -->'],
        },
      ],
    },
    {
      name: 'in English: probably covered',
      code: renamed('## Information om sagsbehandling og klageadgang', '## Andre forhold'),
      lang: 'en',
      errors: [{ line: 80, severity: 'warning', messageMatches: /^The section "Andre forhold" seems to be about case handling and right to complain/ }],
    },
    {
      name: 'a misspelt known heading: "Mente du …?" at its own line, not a missing topic at the title',
      code: renamed('## Frit valg', '## Fri valg'),
      errors: [{ line: 58, lineText: '## Fri valg', severity: 'warning', requirement: 'frit_valg', message: 'Mente du "Frit valg"?', hintIncludes: 'kvs fix' }],
    },
    {
      name: 'a compound written in two words ("Behandlings garanti") is a misspelling',
      code: renamed('## Behandlingsgaranti', '## Behandlings garanti'),
      errors: [{ line: 54, severity: 'warning', requirement: 'behandlingsgaranti', message: 'Mente du "Behandlingsgaranti"?' }],
    },
    {
      name: "the document's own purpose under \"Formål\" does not cover the treatment's purpose",
      code: complete.replace(
        'Målet er, at du kommer ud af dit misbrug eller mindsker det. Vi arbejder ud fra respekt for dine egne ønsker og mål.',
        'Formålet med denne kvalitetsstandard er at informere borgere og samarbejdspartnere om kommunens tilbud.',
      ),
      errors: [{ line: 22, severity: 'error', requirement: 'formaal' }],
    },
    {
      name: 'a description of the document under "Formål" ("Denne kvalitetsstandard beskriver …", its parts) does not cover the treatment\'s purpose',
      code: complete.replace(
        'Målet er, at du kommer ud af dit misbrug eller mindsker det. Vi arbejder ud fra respekt for dine egne ønsker og mål.',
        'Denne kvalitetsstandard beskriver kommunens tilbud om social behandling for stofmisbrug. Standarden er delt i tre dele.',
      ),
      errors: [{ line: 22, severity: 'error', requirement: 'formaal' }],
    },
    {
      name: 'a link or a passing mention covers nothing',
      code: without('## Frit valg').replace('## Gavekort', 'Læs mere om frit valg på kommunens hjemmeside.\n\n## Gavekort'),
      errors: [{ line: 22, severity: 'error', requirement: 'frit_valg' }],
    },
    {
      name: 'a reading guide naming every topic covers nothing',
      code: introSays('## Frit valg', 'I denne standard kan du læse om målgruppe, frit valg af behandlingssted, behandlingsgaranti og klageadgang.'),
      errors: [{ line: 22, severity: 'error', requirement: 'frit_valg' }],
    },
    {
      name: 'the target group in an introduction\'s words ("retter sig mod borgere fra det fyldte 18. år"): probably covered: a warning at the text, no error',
      code: introSays('## Målgruppe', 'Indsatsen retter sig mod borgere fra det fyldte 18. år, som har et stofmisbrug.'),
      errors: [{ line: 24, severity: 'warning', requirement: 'maalgruppe', messageIncludes: ['"retter sig mod"'] }],
    },
    {
      name: 'the legal basis in a cover line ("vedtaget … i henhold til bekendtgørelse nr. 1477 …"): probably covered: a warning at the text, no error',
      code: introSays('## Lovgrundlag', 'Standarden er vedtaget af udvalget i henhold til bekendtgørelse nr. 1477 af 17. december 2019.'),
      errors: [{ line: 24, severity: 'warning', requirement: 'lovgrundlag', messageIncludes: ['"i henhold til"'] }],
    },
    // A trial on real standards: a contents list numbered "1. … 2. …" run into PDF text, and the document describing itself.
    {
      name: 'a contents list numbered "1. … 2. …" run into the text covers nothing',
      code: introSays(
        '## Brugerbetaling',
        'Standarden gennemgår disse punkter: 1. Målgruppen for tilbuddet 2. Regler for betaling for kost og logi 3. Personalets kvalifikationer.',
      ),
      errors: [{ line: 22, severity: 'error', requirement: 'betaling' }],
    },
    {
      name: 'a sentence on what the standard tells you covers nothing',
      code: introSays('## Målgruppe', 'I standarden får du information om, hvem der kan få hjælp, når man henvender sig til os med et stofmisbrug.'),
      errors: [{ line: 22, severity: 'error', requirement: 'maalgruppe' }],
    },
    {
      name: 'a section marked as many topics with few words: a warning at the section',
      code: without('## Gavekort').replace('## Den fremtidige indsats', '## Øvrigt\n\n<!-- kvs-krav: gavekort, fremtid -->\n\nSe også kommunens hjemmeside.'),
      asOf: '2026-01-01',
      errors: [{ line: 94, severity: 'warning', messageIncludes: ['"Øvrigt"', 'markeret som 2 emner', 'men har kun 18 ord'] }],
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
