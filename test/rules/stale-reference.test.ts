/**
 * stale-reference: legal references and agency names that are out of date on
 * the check date (src/rules/stale-reference.ts, data in schemas/stale-references.json).
 * The bundled standards' findings as of 2026-11-25 were checked against the texts by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/types.js';
import { findingsOf, lineAt, pointedAt, ruleTester, type ExpectedFinding } from '../helpers/rule-tester.js';
import { bundled, complete, seeds } from '../helpers/fixtures.js';
import { buildStandard } from '../../src/model/standard.js';
import { compileStaleReferences, findStaleReferences, matchesEmpty, staleReferences } from '../../src/rules/stale-reference.js';

/** A stale reference: its severity and the words it points at; every message says what to write instead. */
const stale = (line: number, severity: Severity, text: string, more: Partial<ExpectedFinding> = {}): ExpectedFinding => ({
  line,
  severity,
  text,
  messageIncludes: 'Skriv',
  ...more,
});
/** A one-sentence case: one finding at line 1. */
const sentence = (code: string, severity: Severity, text: string) => ({ name: code, code, errors: [{ line: 1, severity, text }] });

const positions = [
  '---',
  'kommune: Eksempelby',
  'lovgrundlag:',
  '  - Serviceloven § 101, stk. 2',
  '---',
  '',
  '# Kvalitetsstandard',
  '',
  '## Klage til Det Sociale Nævn',
  '',
  '- Første punkt om noget.',
  '  Andet led nævner **Servicestyrelsen** midt i linjen.',
  '',
  '> Citat med [Persondataloven](https://example.org) i et link.',
  '',
  'En \\*stjerne\\* og så *Statsforvaltningen*.',
  '',
].join('\n');
/** Where a word is on its line, 1-based. */
const columnOf = (line: number, word: string) => lineAt(positions, line).indexOf(word) + 1;

ruleTester.run('stale-reference', {
  valid: [
    { name: 'Ringsted', code: bundled('ringsted') },
    { name: 'the complete example', code: complete },
    // The guarantee paragraph before 2020 was stk. 2.
    { name: 'stk. 2 on 2019-12-31', code: 'Behandlingsgarantien følger af servicelovens § 101, stk. 2, og gælder 14 dage.\n', asOf: '2019-12-31' },
    'Anonym behandling gives efter § 101 a, stk. 2, og kræver ikke visitation.',
    'Behandlingsgarantien står i serviceloven § 101, stk. 4.',
    'Opfølgning efter bekendtgørelsens § 4, stk. 2 sker sammen med behandlingsgarantien.',
    'Du kan frit vælge efter § 101, stk. 5.',
    'Efter § 4, stk. 2 følger vi op, og behandlingsgarantien er 14 dage.',
    // Under-18s before barnets lov, and children of people in treatment.
    { name: 'under 18 år on 2023-12-31', code: 'Behandlingsgarantien omfatter desuden tilbud om behandling til unge under 18 år.', asOf: '2023-12-31' },
    'Har du børn under 18 år, taler vi med dig om, hvordan de har det, og hvilken støtte familien kan få.',
    'Har du hjemmeboende børn under 18 år, samarbejder vi med Børn og Familie om behandlingen.',
    'Unge under 18 år får tilbud om behandling efter barnets lov § 33.',
    // The law in force, quoted and cited: nothing.
    '§ 101. Kommunalbestyrelsen skal tilbyde social behandling.\n\nStk. 4. Tilbud efter stk. 1 skal iværksættes senest 14 dage efter henvendelsen til kommunen.',
    'Standarden følger BEK nr. 1477 af 17/12/2019.',
    { name: 'the quoted old Stk. 2 before 2020', code: '§ 101. Kommunalbestyrelsen skal tilbyde behandling.\n\nStk. 2. Tilbud skal iværksættes senest 14 dage efter henvendelsen.', asOf: '2019-06-01' },
    'Behandlingsgarantien gælder ikke for unge under 18 år.',
    'Dagbehandling er et intenst behandlingsforløb for voksne over 18 år.',
    'Efterbehandling varer fra ½-1 år, og behandlingen kan vare fra 1-2 år.',
    'Borgere under 25 år tilbydes behandling i Ungeliv.',
    // The living boards, agencies and laws.
    'Klagen sendes til Ankestyrelsen.',
    'Vi følger Socialstyrelsens og Sundhedsstyrelsens anbefalinger.',
    'Styrelsen for Patientsikkerhed fører tilsyn med behandlingsstedet.',
    'Klager over tvang behandles af Det Psykiatriske Patientklagenævn.',
    'Data behandles efter databeskyttelsesforordningen og databeskyttelsesloven.',
    'Klage over sundhedsfaglig behandling sendes til Styrelsen for Patientklager.',
    // Before the change the old name was right.
    { name: 'persondataloven on 2018-05-24', code: 'Oplysningerne behandles efter persondataloven.', asOf: '2018-05-24' },
  ],
  invalid: [
    {
      name: 'Hjørring',
      code: bundled('hjoerring'),
      errors: [stale(292, 'warning', 'Persondataloven', { messageIncludes: ['Skriv', 'databeskyttelsesforordningen'] })],
    },
    {
      name: 'Holbæk',
      code: bundled('holbaek'),
      errors: [
        stale(86, 'warning', '§101 stk. 4', { messageIncludes: ['Skriv', '§ 101, stk. 5'] }),
        stale(149, 'warning', 'mellem 13 og 25 år'),
        stale(153, 'warning', 'under 18 år'),
        stale(155, 'warning', 'under 18 år'),
        stale(157, 'warning', 'i alderen 13 til 25 år'),
        stale(229, 'warning', 'mellem 13 og 25 år'),
        stale(281, 'error', 'Patientklagenævnet'),
        stale(281, 'error', 'Patientklagenævnet', { messageIncludes: ['Skriv', 'Styrelsen for Patientklager'] }),
      ],
    },
    {
      name: 'Ishøj',
      code: bundled('ishoej'),
      errors: [
        stale(23, 'error', 'under 18 år', { messageIncludes: ['Skriv', 'barnets lov §§ 33-34'], lawIncludes: 'Barnets lov', hintIncludes: 'ikke efterprøvet' }),
        stale(27, 'warning', 'fra 13 år'),
        stale(61, 'warning', 'under 18 år'),
        stale(85, 'warning', 'fra 13 år'),
        stale(89, 'warning', 'fra 13 år'),
        stale(201, 'warning', 'Styrelsen for Patientsikkerhed'),
      ],
    },
    // The treatment guarantee moved from stk. 2 to stk. 4 on 1 January 2020.
    {
      name: 'stk. 2 on 2020-01-01',
      code: 'Behandlingsgarantien følger af servicelovens § 101, stk. 2, og gælder 14 dage.\n',
      asOf: '2020-01-01',
      errors: [{ line: 1, column: 46, severity: 'error', text: '§ 101, stk. 2', messageIncludes: 'Skriv "serviceloven § 101, stk. 4"' }],
    },
    sentence('Behandling sættes i gang senest 14 dage efter henvendelsen, jf. SEL §101 stk.2.', 'error', '§101 stk.2'),
    sentence('Behandlingen iværksættes efter § 101 stykke 2.', 'error', '§ 101 stykke 2'),
    sentence('Behandlingsgarantien (stk. 2) betyder, at du skal i behandling inden 14 dage.', 'error', 'stk. 2'),
    sentence('Kommunen skal efter serviceloven § 101, stk. 2 tilbyde behandling.', 'warning', '§ 101, stk. 2'),
    sentence('Jf. § 101 stk. 3 kan du frit vælge et andet behandlingstilbud.', 'warning', '§ 101 stk. 3'),
    // Under-18s are treated under barnets lov from 2024.
    {
      name: 'under 18 år on 2024-01-01',
      code: 'Behandlingsgarantien omfatter desuden tilbud om behandling til unge under 18 år.',
      asOf: '2024-01-01',
      errors: [{ line: 1, severity: 'error', text: 'under 18 år' }],
    },
    sentence('Ishøj Kommune tilbyder ambulant social behandling til borgere fra 13 år.', 'warning', 'fra 13 år'),
    sentence('Målgruppen er unge mellem fjorten og 25 år.', 'warning', 'mellem fjorten og 25 år'),
    sentence('Ungebehandlingen er for 15-25-årige med et forbrug af hash.', 'warning', '15-25-årige'),
    sentence('Vi tilbyder behandling til unge i alderen 16 til 24 år.', 'warning', 'i alderen 16 til 24 år'),
    sentence('Tilbuddet er også åbent for 17-årige.', 'warning', '17-årige'),
    // One finding per sentence, even with two age cues; the guarantee's error wins.
    { name: 'two age cues in one sentence', code: 'Vi tilbyder behandling til unge fra 13 år og til unge under 18 år.', errors: [{ line: 1 }] },
    { name: 'two age cues in a guarantee sentence', code: 'Behandlingsgarantien gælder også unge fra 13 år og unge under 18 år.', errors: [{ line: 1, severity: 'error' }] },
    // Abolished boards, agencies and laws.
    sentence('Du kan klage til Det Sociale Nævn inden 4 uger.', 'error', 'Det Sociale Nævn'),
    sentence('Klagen sendes til de sociale nævn.', 'error', 'de sociale nævn'),
    sentence('Sagen behandles af Den Sociale Ankestyrelse.', 'warning', 'Den Sociale Ankestyrelse'),
    sentence('Vi følger Servicestyrelsens anbefalinger.', 'warning', 'Servicestyrelsens'),
    sentence('Klage over lægen sendes til Patientklagenævnet.', 'error', 'Patientklagenævnet'),
    sentence('Du kan også klage til Patientombuddet.', 'error', 'Patientombuddet'),
    sentence('Klager over den sundhedsfaglige behandling rettes til Styrelsen for Patientsikkerhed.', 'warning', 'Styrelsen for Patientsikkerhed'),
    sentence('Tilsynet føres af Statsforvaltningen.', 'warning', 'Statsforvaltningen'),
    sentence('Oplysningerne behandles efter persondataloven.', 'warning', 'persondataloven'),
    sentence('Data behandles efter lov om behandling af personoplysninger.', 'warning', 'lov om behandling af personoplysninger'),
    sentence('Standarden følger bekendtgørelse nr. 622 af 15/06/2006.', 'warning', 'bekendtgørelse nr. 622 af 15/06/2006'),
    {
      name: 'the words themselves, in lists, emphasis, links, headings, block quotes and the front-matter',
      code: positions,
      errors: [
        { line: 4, column: columnOf(4, '§ 101, stk. 2'), text: '§ 101, stk. 2' },
        { line: 9, column: columnOf(9, 'Det Sociale Nævn'), text: 'Det Sociale Nævn' },
        { line: 12, column: columnOf(12, 'Servicestyrelsen'), text: 'Servicestyrelsen' },
        { line: 14, column: columnOf(14, 'Persondataloven'), text: 'Persondataloven' },
        { line: 16, column: columnOf(16, 'Statsforvaltningen'), text: 'Statsforvaltningen' },
      ],
    },
    // Citations read by the citation reader (src/model/citations/): a quoted pre-2020 § 101 and old orders in any date form.
    {
      name: 'a quoted pre-2020 "Stk. 2." line under "§ 101." about the guarantee, at the line',
      code: 'Lovens ordlyd:\n\n§ 101. Kommunalbestyrelsen skal tilbyde behandling af stofmisbrugere.\n\nStk. 2. Tilbud efter stk. 1 skal iværksættes senest 14 dage efter henvendelsen til kommunen.\n',
      errors: [{ line: 5, severity: 'error', text: 'Stk. 2.', messageIncludes: ['før 1. januar 2020', '§ 101, stk. 4'] }],
    },
    sentence('Standarden bygger på bekendtgørelse nr. 622 af 15. juni 2006.', 'warning', 'bekendtgørelse nr. 622 af 15. juni 2006'),
    sentence('Se BEK nr. 622 af 15.06.2006 om kvalitetsstandarder.', 'warning', 'BEK nr. 622 af 15.06.2006'),
    {
      name: 'in English',
      code: 'Du kan klage til Det Sociale Nævn inden 4 uger.',
      lang: 'en',
      errors: [{ line: 1, text: 'Det Sociale Nævn', messageIncludes: 'Ankestyrelsen' }],
    },
  ],
});

describe('stale-reference', () => {
  it('finds the same in the raw seeds; a tracked deletion ("~~Servicestyrelsen~~") does not count', () => {
    const bySeed = new Map(seeds().map((seed) => [seed.name.slice(0, 3), seed.text]));
    for (const id of ['000', '004']) {
      const findings = findingsOf('stale-reference', bySeed.get(id)!);
      expect(findings.filter((f) => f.severity === 'error').length, id).toBe(1);
      expect(findings.find((f) => f.severity === 'error')!.message).toContain('behandlingsgarantien');
    }
    expect(findingsOf('stale-reference', bySeed.get('001')!).map((f) => pointedAt(bySeed.get('001')!, f))).toEqual(['Persondataloven']);
    const ringsted = findingsOf('stale-reference', bySeed.get('003')!);
    expect(ringsted.filter((f) => /Servicestyrelsen/.test(f.message))).toEqual([]);
  });

  it('knows when a name went out of use, also before the earliest rule set (findStaleReferences, as src/fix/ uses it)', () => {
    expect(findStaleReferences(buildStandard('Du kan klage til Det Sociale Nævn.'), '2013-06-30')).toEqual([]);
    expect(findStaleReferences(buildStandard('Du kan klage til Det Sociale Nævn.'), '2013-07-01')).toHaveLength(1);
  });

  it('has well-formed data: patterns compile, never match empty text, and bad entries are refused', () => {
    const list = staleReferences();
    expect(list.length).toBeGreaterThanOrEqual(10);
    for (const entry of list) {
      expect(entry.regex.flags).toBe('giu');
      expect(entry.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.message.da).toContain('{');
      // staleReferences() leaves this question to this test.
      expect(matchesEmpty(entry.regex)).toBe(false);
    }
    const good = { id: 'x', pattern: 'abc', validUntil: '2020-01-01', severity: 'warning', message: { da: 'a', en: 'a' }, instead: { da: 'b', en: 'b' }, law: { da: 'c', en: 'c' } };
    expect(() => compileStaleReferences({ references: [good] })).not.toThrow();
    expect(() => compileStaleReferences({ references: [{ ...good, pattern: '(' }] })).toThrow(/entry x: pattern/);
    expect(() => compileStaleReferences({ references: [{ ...good, pattern: 'a*' }] })).toThrow(/empty/);
    expect(() => compileStaleReferences({ references: [{ ...good, validUntil: '2020' }] })).toThrow(/validUntil/);
    expect(() => compileStaleReferences({ references: [good, good] })).toThrow(/twice/);
    expect(() => compileStaleReferences({ references: [{ ...good, law: { da: 'c' } }] })).toThrow(/law/);
  });
});
