/**
 * The rules about the law around the text: revision-overdue, stale-reference,
 * document-kind and readability. Each on small texts, on the bundled standards
 * as of 2026-11-25 (findings checked against the texts by hand), and for
 * linear running time.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Finding } from '../src/types.js';
import { runRule } from './helpers/rules.js';
import { complete, fixture, seeds } from './helpers/fixtures.js';
import { buildStandard } from '../src/model/standard.js';
import { ruleSets } from '../src/law/rulesets.js';
import { lix, lixOfCounts, lixOfStandard } from '../src/model/lix.js';
import { revisionOverdue } from '../src/rules/revision-overdue.js';
import { compileStaleReferences, findStaleReferences, staleReference, staleReferences } from '../src/rules/stale-reference.js';
import { checkText } from '../src/check/check.js';
import { compileDocumentKinds, documentKind, documentKindRule, isOtherArea } from '../src/rules/document-kind.js';
import { createReadability, DEFAULT_LIX_THRESHOLD, lixCountsOf, readability, MIN_SECTION_WORDS } from '../src/rules/readability.js';

const AS_OF = '2026-11-25';
const bundled = ['hjoerring', 'holbaek', 'ishoej', 'ringsted'] as const;
const standardText = (name: (typeof bundled)[number]) =>
  readFileSync(new URL(`../standards/${name}-stofmisbrug.md`, import.meta.url), 'utf8');

/** The text a finding points at, from its start to its end (single-line findings). */
function pointedAt(text: string, finding: Finding): string {
  const { start, end } = finding.position;
  const line = text.split(/\r\n|\r|\n/)[start.line - 1] ?? '';
  return start.line === end.line ? line.slice(start.column - 1, end.column - 1) : line.slice(start.column - 1);
}

const lineOf = (text: string, line: number) => text.split(/\r\n|\r|\n/)[line - 1] ?? '';
const at = (findings: Finding[]) => findings.map((f) => `${f.position.start.line}:${f.severity}`);

const frontMatter = (yaml: string, body = '# Kvalitetsstandard for social behandling af stofmisbrug\n\nTekst.\n') =>
  `---\nkommune: Eksempelby\ntitel: Kvalitetsstandard\nomraade: SEL § 101\nstatus: vedtaget\n${yaml}---\n\n${body}`;

// ---------------------------------------------------------------------------

describe('revision-overdue', () => {
  it('finds Ishøj (2018), Ringsted (2017-06-20) and Holbæk (2023-06-21) overdue on 2026-11-25, Hjørring (2024-12-17) not', () => {
    const expected: Record<string, number[]> = { hjoerring: [], holbaek: [7], ishoej: [9], ringsted: [7] };
    for (const name of bundled) {
      const text = standardText(name);
      const findings = runRule(revisionOverdue, text, { asOf: AS_OF });
      expect(findings.map((f) => f.position.start.line), name).toEqual(expected[name]);
      for (const finding of findings) {
        expect(finding.severity).toBe('error');
        expect(lineOf(text, finding.position.start.line)).toMatch(/^\s+dato:/);
        expect(pointedAt(text, finding)).toMatch(/^"?\d{4}/);
      }
    }
    const [ishoej] = runRule(revisionOverdue, standardText('ishoej'), { asOf: AS_OF });
    expect(ishoej!.message).toContain('godkendt i 2018');
    expect(ishoej!.message).toContain('senest i 2020');
    expect(ishoej!.message).toContain('31. december 2018');
    const [holbaek] = runRule(revisionOverdue, standardText('holbaek'), { asOf: AS_OF });
    expect(holbaek!.message).toContain('den 21. juni 2023');
    expect(holbaek!.message).toContain('senest den 21. juni 2025');
  });

  it('counts a year as its last day and a month as its last day (benefit of the doubt)', () => {
    const year = frontMatter('godkendt:\n  af: Byrådet\n  dato: "2024"\n');
    expect(runRule(revisionOverdue, year, { asOf: '2026-12-31' })).toEqual([]);
    expect(at(runRule(revisionOverdue, year, { asOf: '2027-01-01' }))).toEqual(['8:error']);
    const month = frontMatter('godkendt:\n  af: Byrådet\n  dato: 2024-06\n');
    expect(runRule(revisionOverdue, month, { asOf: '2026-06-30' })).toEqual([]);
    expect(at(runRule(revisionOverdue, month, { asOf: '2026-07-01' }))).toEqual(['8:error']);
    const unquoted = frontMatter('godkendt:\n  dato: 2018\n');
    expect(at(runRule(revisionOverdue, unquoted, { asOf: AS_OF }))).toEqual(['7:error']);
  });

  it('allows exactly two years, not a day more; 29 February counts to 28 February', () => {
    const day = frontMatter('godkendt:\n  dato: 2024-11-25\n');
    expect(runRule(revisionOverdue, day, { asOf: '2026-11-25' })).toEqual([]);
    expect(at(runRule(revisionOverdue, day, { asOf: '2026-11-26' }))).toEqual(['7:error']);
    const leap = frontMatter('godkendt:\n  dato: 2024-02-29\n');
    expect(runRule(revisionOverdue, leap, { asOf: '2026-02-28' })).toEqual([]);
    expect(at(runRule(revisionOverdue, leap, { asOf: '2026-03-01' }))).toEqual(['7:error']);
  });

  it('warns when the approval date is missing, but not for a draft', () => {
    const missing = frontMatter('godkendt:\n  af: Byrådet\n');
    const findings = runRule(revisionOverdue, missing, { asOf: AS_OF });
    expect(at(findings)).toEqual(['6:warning']);
    expect(findings[0]!.message).toContain('ingen godkendelsesdato');
    expect(at(runRule(revisionOverdue, frontMatter(''), { asOf: AS_OF }))).toEqual(['2:warning']);
    // A draft is spared by the runner: the finding is kept, not counted, with the reason.
    const draft = frontMatter('godkendt:\n  af: Byrådet\n').replace('status: vedtaget', 'status: udkast');
    const checked = checkText(draft, 'x.md', { asOf: AS_OF });
    expect(checked.findings.filter((f) => f.ruleId === 'revision-overdue')).toEqual([]);
    expect(checked.suppressed?.filter((f) => f.ruleId === 'revision-overdue').map((f) => f.suppressions)).toEqual([[{ kind: 'draft', source: 'status: udkast' }]]);
    expect(runRule(revisionOverdue, '# Uden front-matter\n\nTekst.\n', { asOf: AS_OF })).toEqual([]);
  });

  it('an approval date after the check date and today is an error at godkendt.dato, so a made-up future date passes nothing', () => {
    const future = frontMatter('godkendt:\n  dato: 2099-05-01\nrevision:\n  dato: 2101-05-01\n');
    const findings = runRule(revisionOverdue, future, { asOf: AS_OF });
    expect(at(findings)).toEqual(['7:error']);
    expect(findings[0]!.message).toMatch(/1\. maj 2099, efter dags dato/);
    // A year alone is in the future only when the whole year is.
    expect(runRule(revisionOverdue, frontMatter('godkendt:\n  dato: 2026\n'), { asOf: AS_OF })).toEqual([]);
    expect(at(runRule(revisionOverdue, frontMatter('godkendt:\n  dato: 2099\n'), { asOf: AS_OF }))).toEqual(['7:error']);
    // Checked as of an earlier date (that date's law), a standard approved before today is not "in the future".
    expect(runRule(revisionOverdue, frontMatter('godkendt:\n  dato: 2025-05-01\n'), { asOf: '2019-06-01' })).toEqual([]);
  });

  it('reads revision.dato as the latest date of the next revision: future is fine, past is overdue', () => {
    const future = frontMatter('godkendt:\n  dato: 2025-05-01\nrevision:\n  dato: 2027-05-01\n');
    expect(runRule(revisionOverdue, future, { asOf: AS_OF })).toEqual([]);
    const past = frontMatter('godkendt:\n  dato: 2025-05-01\nrevision:\n  dato: 2026-05\n');
    const findings = runRule(revisionOverdue, past, { asOf: AS_OF });
    expect(at(findings)).toEqual(['9:error']);
    expect(lineOf(past, 9)).toBe('  dato: 2026-05');
    expect(findings[0]!.message).toContain('senest i maj 2026');
    // Approved again after the old revision date: the approval counts, and the date is left over.
    const leftOver = frontMatter('godkendt:\n  dato: 2026-03-18\nrevision:\n  dato: 2026-01\n');
    const leftOverFindings = runRule(revisionOverdue, leftOver, { asOf: AS_OF });
    expect(at(leftOverFindings)).toEqual(['9:warning']);
    expect(leftOverFindings[0]!.message).toContain('senest den 18. marts 2028');
    // Both overdue: one error, at the revision date.
    const both = frontMatter('godkendt:\n  dato: 2018-01-01\nrevision:\n  dato: 2020-01-01\n');
    expect(at(runRule(revisionOverdue, both, { asOf: AS_OF }))).toEqual(['9:error']);
  });

  it('warns about a plan that breaks the two-year rule: revision.dato too late, interval_aar above 2', () => {
    const late = frontMatter('godkendt:\n  dato: 2025-05-01\nrevision:\n  dato: 2028-01-01\n');
    const findings = runRule(revisionOverdue, late, { asOf: AS_OF });
    expect(at(findings)).toEqual(['9:warning']);
    expect(findings[0]!.message).toContain('skriv en dato senest den 1. maj 2027');
    const interval = frontMatter('godkendt:\n  dato: 2025-05-01\nrevision:\n  interval_aar: 4\n');
    const intervalFindings = runRule(revisionOverdue, interval, { asOf: AS_OF });
    expect(at(intervalFindings)).toEqual(['9:warning']);
    expect(pointedAt(interval, intervalFindings[0]!)).toBe('4');
    expect(runRule(revisionOverdue, interval.replace('interval_aar: 4', 'interval_aar: 2'), { asOf: AS_OF })).toEqual([]);
  });

  it('finds the date in flow style and with Windows line endings, and speaks English', () => {
    const flow = frontMatter('godkendt: { af: Byrådet, dato: 2018-03-01 }\n');
    const [finding] = runRule(revisionOverdue, flow, { asOf: AS_OF });
    expect(pointedAt(flow, finding!)).toBe('2018-03-01');
    const crlf = frontMatter('godkendt:\n  af: Byrådet\n  dato: 2019-01-01\n').replace(/\n/g, '\r\n');
    const [windows] = runRule(revisionOverdue, crlf, { asOf: AS_OF });
    expect(windows!.position.start.line).toBe(8);
    expect(pointedAt(crlf, windows!)).toBe('2019-01-01');
    const [english] = runRule(revisionOverdue, flow, { asOf: AS_OF, lang: 'en' });
    expect(english!.message).toMatch(/^The standard was approved on 1 March 2018 and should have been revised by 1 March 2020\. /);
  });
});

// ---------------------------------------------------------------------------

describe('stale-reference', () => {
  it('finds exactly these references on the bundled standards as of 2026-11-25', () => {
    const expected: Record<string, Array<[number, string, string]>> = {
      hjoerring: [[292, 'warning', 'Persondataloven']],
      holbaek: [
        [86, 'warning', '§101 stk. 4'],
        [149, 'warning', 'mellem 13 og 25 år'],
        [153, 'warning', 'under 18 år'],
        [155, 'warning', 'under 18 år'],
        [157, 'warning', 'i alderen 13 til 25 år'],
        [229, 'warning', 'mellem 13 og 25 år'],
        [281, 'error', 'Patientklagenævnet'],
        [281, 'error', 'Patientklagenævnet'],
      ],
      ishoej: [
        [23, 'error', 'under 18 år'],
        [27, 'warning', 'fra 13 år'],
        [61, 'warning', 'under 18 år'],
        [85, 'warning', 'fra 13 år'],
        [89, 'warning', 'fra 13 år'],
        [201, 'warning', 'Styrelsen for Patientsikkerhed'],
      ],
      ringsted: [],
    };
    for (const name of bundled) {
      const text = standardText(name);
      const findings = runRule(staleReference, text, { asOf: AS_OF });
      expect(findings.map((f) => [f.position.start.line, f.severity, pointedAt(text, f)]), name).toEqual(expected[name]);
      for (const finding of findings) expect(finding.message).toMatch(/Skriv/);
    }
  });

  it('says what to write instead, on the seed sentences', () => {
    const ishoej = runRule(staleReference, standardText('ishoej'), { asOf: AS_OF });
    expect(ishoej[0]!.message).toContain('barnets lov §§ 33-34');
    expect(ishoej[0]!.law).toContain('Barnets lov');
    expect(ishoej[0]!.hint).toContain('ikke efterprøvet');
    const hjoerring = runRule(staleReference, standardText('hjoerring'), { asOf: AS_OF });
    expect(hjoerring[0]!.message).toContain('databeskyttelsesforordningen');
    const holbaek = runRule(staleReference, standardText('holbaek'), { asOf: AS_OF });
    expect(holbaek[0]!.message).toContain('§ 101, stk. 5');
    expect(holbaek.at(-1)!.message).toContain('Styrelsen for Patientklager');
  });

  it('finds the same in the raw seeds; a tracked deletion ("~~Servicestyrelsen~~") does not count', () => {
    const bySeed = new Map(seeds().map((seed) => [seed.name.slice(0, 3), seed.text]));
    for (const id of ['000', '004']) {
      const findings = runRule(staleReference, bySeed.get(id)!, { asOf: AS_OF });
      expect(findings.filter((f) => f.severity === 'error').length, id).toBe(1);
      expect(findings.find((f) => f.severity === 'error')!.message).toContain('behandlingsgarantien');
    }
    expect(runRule(staleReference, bySeed.get('001')!, { asOf: AS_OF }).map((f) => pointedAt(bySeed.get('001')!, f))).toEqual([
      'Persondataloven',
    ]);
    const ringsted = runRule(staleReference, bySeed.get('003')!, { asOf: AS_OF });
    expect(ringsted.filter((f) => /Servicestyrelsen/.test(f.message))).toEqual([]);
  });

  it('knows the treatment guarantee moved from stk. 2 to stk. 4 on 1 January 2020', () => {
    const text = 'Behandlingsgarantien følger af servicelovens § 101, stk. 2, og gælder 14 dage.\n';
    expect(runRule(staleReference, text, { asOf: '2019-12-31' })).toEqual([]);
    const [finding, ...rest] = runRule(staleReference, text, { asOf: '2020-01-01' });
    expect(rest).toEqual([]);
    expect(finding!.severity).toBe('error');
    expect(pointedAt(text, finding!)).toBe('§ 101, stk. 2');
    expect(finding!.position.start.column).toBe(46);
    expect(finding!.message).toContain('Skriv "serviceloven § 101, stk. 4"');
    const variants: Array<[string, string, string]> = [
      ['Behandling sættes i gang senest 14 dage efter henvendelsen, jf. SEL §101 stk.2.', 'error', '§101 stk.2'],
      ['Behandlingen iværksættes efter § 101 stykke 2.', 'error', '§ 101 stykke 2'],
      ['Behandlingsgarantien (stk. 2) betyder, at du skal i behandling inden 14 dage.', 'error', 'stk. 2'],
      ['Kommunen skal efter serviceloven § 101, stk. 2 tilbyde behandling.', 'warning', '§ 101, stk. 2'],
      ['Jf. § 101 stk. 3 kan du frit vælge et andet behandlingstilbud.', 'warning', '§ 101 stk. 3'],
    ];
    for (const [sentence, severity, found] of variants) {
      const findings = runRule(staleReference, sentence, { asOf: AS_OF });
      expect(findings.map((f) => [f.severity, pointedAt(sentence, f)]), sentence).toEqual([[severity, found]]);
    }
    for (const clean of [
      'Anonym behandling gives efter § 101 a, stk. 2, og kræver ikke visitation.',
      'Behandlingsgarantien står i serviceloven § 101, stk. 4.',
      'Opfølgning efter bekendtgørelsens § 4, stk. 2 sker sammen med behandlingsgarantien.',
      'Du kan frit vælge efter § 101, stk. 5.',
      'Efter § 4, stk. 2 følger vi op, og behandlingsgarantien er 14 dage.',
    ]) {
      expect(runRule(staleReference, clean, { asOf: AS_OF }), clean).toEqual([]);
    }
  });

  it('knows under-18s are treated under barnets lov from 2024, and tells them from children of people in treatment', () => {
    const guarantee = 'Behandlingsgarantien omfatter desuden tilbud om behandling til unge under 18 år.';
    expect(runRule(staleReference, guarantee, { asOf: '2023-12-31' })).toEqual([]);
    expect(runRule(staleReference, guarantee, { asOf: '2024-01-01' }).map((f) => [f.severity, pointedAt(guarantee, f)])).toEqual([
      ['error', 'under 18 år'],
    ]);
    const warnings: Array<[string, string]> = [
      ['Ishøj Kommune tilbyder ambulant social behandling til borgere fra 13 år.', 'fra 13 år'],
      ['Målgruppen er unge mellem fjorten og 25 år.', 'mellem fjorten og 25 år'],
      ['Ungebehandlingen er for 15-25-årige med et forbrug af hash.', '15-25-årige'],
      ['Vi tilbyder behandling til unge i alderen 16 til 24 år.', 'i alderen 16 til 24 år'],
      ['Tilbuddet er også åbent for 17-årige.', '17-årige'],
    ];
    for (const [sentence, found] of warnings) {
      const findings = runRule(staleReference, sentence, { asOf: AS_OF });
      expect(findings.map((f) => [f.severity, pointedAt(sentence, f)]), sentence).toEqual([['warning', found]]);
    }
    // One finding per sentence, even with two age cues.
    expect(runRule(staleReference, 'Vi tilbyder behandling til unge fra 13 år og til unge under 18 år.', { asOf: AS_OF })).toHaveLength(1);
    expect(
      runRule(staleReference, 'Behandlingsgarantien gælder også unge fra 13 år og unge under 18 år.', { asOf: AS_OF }).map((f) => f.severity),
    ).toEqual(['error']);
    for (const clean of [
      'Har du børn under 18 år, taler vi med dig om, hvordan de har det, og hvilken støtte familien kan få.',
      'Har du hjemmeboende børn under 18 år, samarbejder vi med Børn og Familie om behandlingen.',
      'Unge under 18 år får tilbud om behandling efter barnets lov § 33.',
      'Behandlingsgarantien gælder ikke for unge under 18 år.',
      'Dagbehandling er et intenst behandlingsforløb for voksne over 18 år.',
      'Efterbehandling varer fra ½-1 år, og behandlingen kan vare fra 1-2 år.',
      'Borgere under 25 år tilbydes behandling i Ungeliv.',
    ]) {
      expect(runRule(staleReference, clean, { asOf: AS_OF }), clean).toEqual([]);
    }
  });

  it('knows abolished boards, agencies and laws, and leaves the living ones alone', () => {
    const stale: Array<[string, string, string]> = [
      ['Du kan klage til Det Sociale Nævn inden 4 uger.', 'error', 'Det Sociale Nævn'],
      ['Klagen sendes til de sociale nævn.', 'error', 'de sociale nævn'],
      ['Sagen behandles af Den Sociale Ankestyrelse.', 'warning', 'Den Sociale Ankestyrelse'],
      ['Vi følger Servicestyrelsens anbefalinger.', 'warning', 'Servicestyrelsens'],
      ['Klage over lægen sendes til Patientklagenævnet.', 'error', 'Patientklagenævnet'],
      ['Du kan også klage til Patientombuddet.', 'error', 'Patientombuddet'],
      ['Klager over den sundhedsfaglige behandling rettes til Styrelsen for Patientsikkerhed.', 'warning', 'Styrelsen for Patientsikkerhed'],
      ['Tilsynet føres af Statsforvaltningen.', 'warning', 'Statsforvaltningen'],
      ['Oplysningerne behandles efter persondataloven.', 'warning', 'persondataloven'],
      ['Data behandles efter lov om behandling af personoplysninger.', 'warning', 'lov om behandling af personoplysninger'],
      ['Standarden følger bekendtgørelse nr. 622 af 15/06/2006.', 'warning', 'bekendtgørelse nr. 622 af 15/06/2006'],
    ];
    for (const [sentence, severity, found] of stale) {
      const findings = runRule(staleReference, sentence, { asOf: AS_OF });
      expect(findings.map((f) => [f.severity, pointedAt(sentence, f)]), sentence).toEqual([[severity, found]]);
    }
    for (const clean of [
      'Klagen sendes til Ankestyrelsen.',
      'Vi følger Socialstyrelsens og Sundhedsstyrelsens anbefalinger.',
      'Styrelsen for Patientsikkerhed fører tilsyn med behandlingsstedet.',
      'Klager over tvang behandles af Det Psykiatriske Patientklagenævn.',
      'Data behandles efter databeskyttelsesforordningen og databeskyttelsesloven.',
      'Klage over sundhedsfaglig behandling sendes til Styrelsen for Patientklager.',
    ]) {
      expect(runRule(staleReference, clean, { asOf: AS_OF }), clean).toEqual([]);
    }
    // Before the change the old name was right.
    expect(findStaleReferences(buildStandard('Du kan klage til Det Sociale Nævn.'), '2013-06-30')).toEqual([]);
    expect(findStaleReferences(buildStandard('Du kan klage til Det Sociale Nævn.'), '2013-07-01')).toHaveLength(1);
    expect(runRule(staleReference, 'Oplysningerne behandles efter persondataloven.', { asOf: '2018-05-24' })).toEqual([]);
  });

  it('points at the words in lists, emphasis, links, headings, block quotes and the front-matter', () => {
    const text = [
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
    const findings = runRule(staleReference, text, { asOf: AS_OF });
    const expected: Array<[number, string]> = [
      [4, '§ 101, stk. 2'],
      [9, 'Det Sociale Nævn'],
      [12, 'Servicestyrelsen'],
      [14, 'Persondataloven'],
      [16, 'Statsforvaltningen'],
    ];
    expect(findings.map((f) => [f.position.start.line, f.position.start.column, pointedAt(text, f)])).toEqual(
      expected.map(([line, found]) => [line, lineOf(text, line).indexOf(found) + 1, found]),
    );
  });

  it('has well-formed data: patterns compile, never match empty text, and bad entries are refused', () => {
    const list = staleReferences();
    expect(list.length).toBeGreaterThanOrEqual(10);
    for (const entry of list) {
      expect(entry.regex.flags).toBe('giu');
      expect(entry.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.message.da).toContain('{');
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

// ---------------------------------------------------------------------------

describe('document-kind', () => {
  it('says sel101 for the bundled standards, the complete example and every seed', () => {
    for (const name of bundled) expect(documentKind(buildStandard(standardText(name))).kind, name).toBe('sel101');
    expect(documentKind(buildStandard(complete)).kind).toBe('sel101');
    for (const seed of seeds()) expect(documentKind(buildStandard(seed.text)).kind, seed.name).toBe('sel101');
    for (const name of bundled) expect(runRule(documentKindRule, standardText(name), { asOf: AS_OF }), name).toEqual([]);
  });

  it('gives one error at the title for a § 107 housing standard and a § 83 home-help standard', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['sel107-botilbud.md', 'sel107', /midlertidigt botilbud \(serviceloven § 107\)/],
      ['sel83-hjemmehjaelp.md', 'sel83', /hjemmehjælp, serviceloven § 83/],
    ];
    for (const [file, kind, area] of cases) {
      const text = fixture(file);
      const standard = buildStandard(text);
      const found = documentKind(standard);
      expect(found.kind).toBe(kind);
      expect(isOtherArea(found)).toBe(true);
      const findings = runRule(documentKindRule, text, { asOf: AS_OF });
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding!.severity).toBe('error');
      expect(finding!.position.start.line).toBe(standard.title.position.start.line);
      expect(lineOf(text, finding!.position.start.line)).toMatch(/^# /);
      expect(finding!.message).toMatch(area);
      expect(finding!.message).toContain('intet regelsæt for det område');
      expect(finding!.message).toContain(found.evidence);
      const [english] = runRule(documentKindRule, text, { asOf: AS_OF, lang: 'en' });
      expect(english!.message).toContain('has no rule set for that area yet');
    }
  });

  it('calls an alcohol-only standard sundhedsloven141, and a drugs-and-alcohol standard sel101', () => {
    const alcohol = [
      '# Kvalitetsstandard for alkoholbehandling efter sundhedslovens § 141',
      '',
      '## Målgruppe',
      '',
      'Tilbuddet er til dig, der har et problem med alkohol og ønsker at drikke mindre eller stoppe.',
      '',
      '## Behandling',
      '',
      'Du kan få samtaler, gruppeforløb og medicin som Antabus. Alkoholbehandlingen er gratis.',
    ].join('\n');
    expect(documentKind(buildStandard(alcohol)).kind).toBe('sundhedsloven141');
    expect(runRule(documentKindRule, alcohol, { asOf: AS_OF })[0]!.message).toContain('alkoholbehandling (sundhedsloven § 141)');
    const combined = alcohol
      .replace('alkoholbehandling efter sundhedslovens § 141', 'behandling af alkohol- og stofmisbrug')
      .replace('et problem med alkohol', 'et problem med alkohol eller stoffer');
    expect(documentKind(buildStandard(combined)).kind).toBe('sel101');
    expect(runRule(documentKindRule, combined, { asOf: AS_OF })).toEqual([]);
  });

  it('says unknown, and reports nothing, when there are too few cue words', () => {
    const found = documentKind(buildStandard('# Notat\n\nEt kort notat om mødet i går.\n'));
    expect(found.kind).toBe('unknown');
    expect(isOtherArea(found)).toBe(false);
    expect(runRule(documentKindRule, '# Notat\n\nEt kort notat.\n', { asOf: AS_OF })).toEqual([]);
  });

  it('refuses malformed cue data', () => {
    const data = JSON.parse(readFileSync(new URL('../schemas/document-kinds.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(() => compileDocumentKinds(data)).not.toThrow();
    expect(() => compileDocumentKinds({ ...data, minimum: 'three' })).toThrow(/minimum/);
    expect(() => compileDocumentKinds({ ...data, kinds: {} })).toThrow(/sel101/);
  });
});

// ---------------------------------------------------------------------------

describe('readability', () => {
  const hard =
    'Behandlingsindsatsen tilrettelægges helhedsorienteret og individualiseret med udgangspunkt i borgerens samlede livssituation, ressourcer og udfordringer, hvorefter koordineringen mellem de involverede samarbejdspartnere, herunder jobcenter, socialpsykiatri, distriktspsykiatri og kriminalforsorgen, varetages af den kommunale myndighedsrådgiver i overensstemmelse med gældende lovgivning og retningslinjer. Opfølgningen dokumenteres systematisk i kommunens fagsystem.';
  const easy =
    'Du kan få hjælp, hvis du tager stoffer. Du ringer til os. Vi tager en snak med dig. Vi lægger en plan sammen. Du får en fast person at tale med. Det er gratis. Du kan tage din mor eller en ven med. Vi har tavshedspligt. Du kan altid ringe igen.';

  it('warns at the heading of a section with at least 40 words above LIX 45, with the LIX and its band', () => {
    const text = `# Kvalitetsstandard\n\n## Indsats\n\n${hard}\n\n## Sådan får du hjælp\n\n${easy}\n`;
    const findings = runRule(readability, text, { asOf: AS_OF });
    const section = findings.find((f) => f.position.start.line === 3)!;
    expect(section.severity).toBe('warning');
    const score = lix(hard);
    expect(score).toBeGreaterThan(DEFAULT_LIX_THRESHOLD);
    expect(section.message).toContain(`Afsnittet "Indsats" har LIX ${score} (meget svær); grænsen er 45.`);
    expect(section.message).toContain('Del de lange sætninger op');
    expect(section.message).toContain('korte, almindelige ord');
    expect(findings.some((f) => f.position.start.line === 7)).toBe(false);
    // The whole text (hard + easy) is judged at the title.
    const whole = lixOfStandard(buildStandard(text));
    expect(findings.filter((f) => f.position.start.line === 1).map((f) => f.message.slice(0, 40))).toEqual(
      whole > 45 ? [`Standarden som helhed har LIX ${whole} (`.slice(0, 40)] : [],
    );
  });

  it('leaves short sections and easy text alone, and follows another threshold', () => {
    const short = `# Kvalitetsstandard\n\n## Adresse\n\nRusmiddelcentret, Behandlingsvej 12, Kommunalbestyrelsesby.\n\n## Hjælp\n\n${easy}\n`;
    expect(runRule(readability, short, { asOf: AS_OF })).toEqual([]);
    const text = `# Kvalitetsstandard\n\n## Indsats\n\n${hard}\n`;
    expect(runRule(readability, text, { asOf: AS_OF }).length).toBeGreaterThan(0);
    expect(runRule(createReadability(200), text, { asOf: AS_OF })).toEqual([]);
    const [english] = runRule(readability, text, { asOf: AS_OF, lang: 'en' });
    expect(english!.message).toMatch(/has a LIX of \d+ \(very difficult\); the limit is 45\./);
  });

  it('on the bundled standards: the whole text at the title, each flagged section at its heading, numbers as src/model/lix.ts', () => {
    const wholeLix: Record<string, number> = { hjoerring: 54, holbaek: 50, ishoej: 56, ringsted: 54 };
    for (const name of bundled) {
      const text = standardText(name);
      const standard = buildStandard(text);
      const findings = runRule(readability, text, { asOf: AS_OF });
      const title = findings.filter((f) => f.message.startsWith('Standarden som helhed'));
      expect(lixOfStandard(standard), name).toBe(wholeLix[name]);
      expect(lixOfCounts(lixCountsOf(standard.tree)), name).toBe(wholeLix[name]);
      expect(title).toHaveLength(1);
      expect(title[0]!.position.start.line).toBe(standard.title.position.start.line);
      expect(title[0]!.message).toContain(`LIX ${wholeLix[name]} (`);
      for (const finding of findings.filter((f) => f !== title[0])) {
        const section = standard.sections.find((s) => s.position.start.line === finding.position.start.line)!;
        expect(lineOf(text, finding.position.start.line)).toMatch(/^#{1,6} /);
        const counts = lixCountsOf(section.content);
        expect(counts.words).toBeGreaterThanOrEqual(MIN_SECTION_WORDS);
        expect(finding.message).toContain(`"${section.heading}" har LIX ${lixOfCounts(counts)} (`);
        expect(lixOfCounts(counts)).toBeGreaterThan(DEFAULT_LIX_THRESHOLD);
      }
    }
    // Two examples read by hand: Ishøj's "Målgruppe" is one 50-word sentence and a short one.
    const ishoej = runRule(readability, standardText('ishoej'), { asOf: AS_OF });
    expect(ishoej.find((f) => f.position.start.line === 25)!.message).toMatch(/^Afsnittet "Målgruppe" har LIX 63 \(meget svær\)/);
    // Hjørring's short contact sections are below 40 words and not judged.
    const hjoerring = runRule(readability, standardText('hjoerring'), { asOf: AS_OF });
    expect(hjoerring.some((f) => [196, 203, 214, 231].includes(f.position.start.line))).toBe(false);
  });
});

// ---------------------------------------------------------------------------

describe('the four rules together', () => {
  it('are silent on the complete example under every rule set', () => {
    for (const set of ruleSets()) {
      for (const rule of [revisionOverdue, staleReference, documentKindRule, readability]) {
        expect(runRule(rule, complete, { asOf: set.inForce }), `${rule.meta.id} ${set.id}`).toEqual([]);
      }
    }
  });

  it('carry their meta: ids, severities, docs links, law in both languages', () => {
    const expected: Record<string, string> = {
      'revision-overdue': 'error',
      'stale-reference': 'warning',
      'document-kind': 'error',
      readability: 'warning',
    };
    for (const rule of [revisionOverdue, staleReference, documentKindRule, readability]) {
      expect(rule.meta.severity).toBe(expected[rule.meta.id]);
      expect(rule.meta.docs).toMatch(new RegExp(`#${rule.meta.id}$`));
      expect(rule.meta.law.da.length).toBeGreaterThan(10);
      expect(rule.meta.description.en.length).toBeGreaterThan(10);
    }
  });
});

// ---------------------------------------------------------------------------

describe('running time', () => {
  /** Fastest of five runs, in ms (the least disturbed by other work on the machine). */
  /** CPU milliseconds, the least of five runs: on a busy machine wall time mostly measures the wait for a core. */
  function time(run: () => void): number {
    const times = [0, 1, 2, 3, 4].map(() => {
      const start = process.cpuUsage();
      run();
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    });
    return Math.min(...times);
  }

  /** Text built to make a careless pattern backtrack: long runs of spaces after each trigger, many matches in one sentence. */
  function nasty(n: number): string {
    const unit = [
      `§ 101${' '.repeat(40)},${' '.repeat(40)}stk`,
      `fra 13 og ${'a'.repeat(25)}`,
      `mellem 13${' '.repeat(30)}-`,
      `§ 101, stk. 2 behandlingsgaranti under 18 år fra 13 år`,
      `${' '.repeat(3)}stk. 2`,
      `det sociale${' '.repeat(30)}`,
      'stofmisbrug botilbud § 107 alkohol',
    ].join(' ');
    const paragraph = Array.from({ length: n }, () => unit).join(' ');
    const many = Array.from({ length: n }, (_, i) => `Afsnit ${i} med persondataloven og § 101, stk. 2 og unge under 18 år i behandling.`).join('\n\n');
    return `# Kvalitetsstandard\n\n${paragraph}\n\n${many}\n`;
  }

  it('grows about linearly: four times the text takes far less than sixteen times as long', () => {
    const small = buildStandard(nasty(60));
    const large = buildStandard(nasty(240));
    const run = (standard: typeof small) => () => {
      for (let i = 0; i < 5; i++) {
        findStaleReferences(standard, AS_OF);
        documentKind(standard);
      }
    };
    run(small)(); // warm up both, so neither pays for compilation
    run(large)();
    const t1 = Math.max(time(run(small)), 2);
    const t4 = time(run(large));
    expect(t4, `${t1.toFixed(1)} ms vs ${t4.toFixed(1)} ms`).toBeLessThan(t1 * 10);
  });
});
