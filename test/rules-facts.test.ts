import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Rule } from '../src/rules/rule.js';
import type { Finding } from '../src/types.js';
import { guaranteeDays } from '../src/rules/guarantee-days.js';
import { followUpSchedule } from '../src/rules/follow-up-schedule.js';
import { complaintDeadline } from '../src/rules/complaint-deadline.js';
import { contradiction } from '../src/rules/contradiction.js';
import { anonymousTreatment } from '../src/rules/anonymous-treatment.js';
import { contactFormat } from '../src/rules/contact-format.js';
import { runRule } from './helpers/rules.js';
import { complete } from './helpers/fixtures.js';

const factRules = [guaranteeDays, followUpSchedule, complaintDeadline, contradiction, anonymousTreatment, contactFormat];

const standard = (name: string) => readFileSync(new URL(`../standards/${name}`, import.meta.url), 'utf8');
const bundled = {
  ishoej: standard('ishoej-stofmisbrug.md'),
  hjoerring: standard('hjoerring-stofmisbrug.md'),
  holbaek: standard('holbaek-stofmisbrug.md'),
  ringsted: standard('ringsted-stofmisbrug.md'),
};
const asOf = '2026-11-25';

const doc = (body: string, frontMatter = '') => `${frontMatter}# Kvalitetsstandard\n\n${body}\n`;
/** Line (1-based) of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
const brief = (findings: Finding[]) => findings.map((f) => [f.position.start.line, f.severity]);

describe('rule modules', () => {
  it('describe themselves like ESLint rules, with the law, in Danish and English', () => {
    const expected: Record<string, string> = {
      'guarantee-days': 'error',
      'follow-up-schedule': 'error',
      'complaint-deadline': 'error',
      contradiction: 'error',
      'anonymous-treatment': 'warning',
      'contact-format': 'warning',
    };
    expect(Object.fromEntries(factRules.map((rule: Rule) => [rule.meta.id, rule.meta.severity]))).toEqual(expected);
    for (const rule of factRules) {
      expect(rule.meta.docs.endsWith(`#${rule.meta.id}`)).toBe(true);
      for (const lang of ['da', 'en'] as const) {
        expect(rule.meta.description[lang].length).toBeGreaterThan(20);
        expect(rule.meta.law[lang].length).toBeGreaterThan(5);
      }
    }
  });

  it('find nothing in the complete example standard', () => {
    for (const rule of factRules) expect(runRule(rule, complete, { asOf }), rule.meta.id).toEqual([]);
  });
});

describe('guarantee-days', () => {
  it('reports a guarantee other than 14 days where it is stated, with a hint', () => {
    const text = doc('## Behandlingsgaranti\n\nDu kommer i behandling senest 21 dage efter, at du har henvendt dig til kommunen.');
    const [finding, ...rest] = runRule(guaranteeDays, text, { asOf });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'guarantee-days', severity: 'error', requirement: 'behandlingsgaranti' });
    expect(finding!.position.start).toMatchObject({ line: 5, column: 31 });
    expect(finding!.message).toContain('"21 dage"');
    expect(finding!.message).toContain('14 dage');
    expect(finding!.hint).toContain('senest 14 dage');
    expect(finding!.law).toBe('Serviceloven § 101, stk. 4');
  });

  it('names stk. 2 before 2020, reads words and weeks, and says it in English', () => {
    const text = doc('## Behandlingsgaranti\n\nBehandlingen begynder inden for tre uger fra din henvendelse.');
    const [finding] = runRule(guaranteeDays, text, { asOf: '2019-06-01' });
    expect(finding!.law).toBe('Serviceloven § 101, stk. 2');
    expect(finding!.message).toContain('"tre uger" (21 dage)');
    const [english] = runRule(guaranteeDays, text, { asOf, lang: 'en' });
    expect(english!.message).toContain('The law says 14 days');
  });

  it('accepts 14 days in any wording', () => {
    for (const body of [
      'Du kommer i behandling senest 14 dage efter din henvendelse.',
      'Behandlingen begynder inden for fjorten dage fra din henvendelse.',
      'Du kommer i behandling senest to uger efter, at du har henvendt dig.',
    ]) {
      expect(runRule(guaranteeDays, doc(body), { asOf }), body).toEqual([]);
    }
  });

  it('finds nothing in the four bundled standards: every guarantee they state is 14 days', () => {
    for (const [name, text] of Object.entries(bundled)) expect(runRule(guaranteeDays, text, { asOf }), name).toEqual([]);
  });
});

describe('follow-up-schedule', () => {
  it('reports a schedule without 1 and 6 months', () => {
    const text = doc('## Opfølgning på behandlingsplanen\n\nVi følger op 3 og 9 måneder efter, at behandlingen er afsluttet.');
    const [finding, ...rest] = runRule(followUpSchedule, text, { asOf });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', requirement: 'behandlingsplan' });
    expect(finding!.position.start.line).toBe(5);
    expect(finding!.message).toContain('3 og 9 måneder');
    expect(finding!.message).toContain('1 og 6 måneder mangler');
  });

  it('accepts 1 and 6 months, also in words and split over two sentences', () => {
    for (const body of [
      'Vi følger op én og seks måneder efter, at behandlingen er afsluttet.',
      'Vi følger op 1 måned efter, at behandlingen er afsluttet. Når behandlingen er afsluttet, følger vi igen op efter 6 måneder.',
    ]) {
      expect(runRule(followUpSchedule, doc(`## Opfølgning på behandlingsplanen\n\n${body}`), { asOf }), body).toEqual([]);
    }
  });

  it('warns when the treatment-plan section says nothing about follow-up after treatment', () => {
    const text = doc('## Opfølgning på behandlingsplanen\n\nVi holder løbende statusmøder med dig under behandlingen.');
    const findings = runRule(followUpSchedule, text, { asOf });
    expect(brief(findings)).toEqual([[3, 'warning']]);
    expect(findings[0]!.message).toContain('"Opfølgning på behandlingsplanen"');
    expect(findings[0]!.hint).toContain('1 måned og igen efter 6 måneder');
  });

  it('warns on Hjørring at "Opfølgning på indsatsen", which only mentions status meetings during treatment', () => {
    const findings = runRule(followUpSchedule, bundled.hjoerring, { asOf });
    expect(brief(findings)).toEqual([[lineOf(bundled.hjoerring, '## Opfølgning på indsatsen'), 'warning']]);
    expect(findings[0]!.position.start.line).toBe(162);
  });

  it('finds nothing in Ishøj, Holbæk and Ringsted, which all state 1 and 6 months', () => {
    for (const name of ['ishoej', 'holbaek', 'ringsted'] as const) expect(runRule(followUpSchedule, bundled[name], { asOf }), name).toEqual([]);
  });
});

describe('complaint-deadline', () => {
  it('reports a deadline other than 4 weeks', () => {
    const text = doc(
      '## Klageadgang\n\nDu kan klage senest 2 uger efter, at du har modtaget afgørelsen. Kommunen genvurderer afgørelsen og sender klagen til Ankestyrelsen.',
    );
    const findings = runRule(complaintDeadline, text, { asOf });
    expect(brief(findings)).toEqual([[5, 'error']]);
    expect(findings[0]!.message).toContain('"2 uger" (14 dage)');
    expect(findings[0]!.message).toContain('4 uger');
    expect(findings[0]).toMatchObject({ requirement: 'klageadgang' });
  });

  it('warns when the complaints section does not say that the kommune reconsiders and sends the complaint to Ankestyrelsen', () => {
    const neither = runRule(complaintDeadline, doc('## Klageadgang\n\nDu kan klage inden 4 uger efter, at du har modtaget afgørelsen.'), { asOf });
    expect(brief(neither)).toEqual([[3, 'warning']]);
    expect(neither[0]!.message).toContain('genvurderer');
    expect(neither[0]!.message).toContain('Ankestyrelsen');
    const onlyAppeal = runRule(complaintDeadline, doc('## Klageadgang\n\nKlagen sendes til Ankestyrelsen.'), { asOf });
    expect(onlyAppeal[0]!.message).toContain('genvurderer afgørelsen, før');
    const ok = doc('## Klageadgang\n\nKlagen sendes til kommunen, som vurderer sagen igen. Får du ikke medhold, sendes den til Ankestyrelsen.');
    expect(runRule(complaintDeadline, ok, { asOf })).toEqual([]);
  });

  it('warns on Ishøj at "Klagemuligheder", which neither mentions reconsideration nor Ankestyrelsen', () => {
    const findings = runRule(complaintDeadline, bundled.ishoej, { asOf });
    expect(brief(findings)).toEqual([[197, 'warning']]);
    expect(lineOf(bundled.ishoej, '## Klagemuligheder')).toBe(197);
  });

  it('finds nothing in Holbæk ("revurdere" … "Ankestyrelsen") and Ringsted ("genvurderer" … "Ankestyrelsen"), nor in Hjørring, which has no complaints section', () => {
    for (const name of ['holbaek', 'ringsted', 'hjoerring'] as const) expect(runRule(complaintDeadline, bundled[name], { asOf }), name).toEqual([]);
  });
});

describe('contradiction', () => {
  it('reports the second of two different guarantees and names the first', () => {
    const text = doc(
      '## Behandlingsgaranti\n\nDu kommer i behandling senest 14 dage efter din henvendelse.\n\n## Visitation\n\nBehandlingen begynder inden for 21 dage fra din henvendelse.',
    );
    const findings = runRule(contradiction, text, { asOf });
    expect(brief(findings)).toEqual([[9, 'error']]);
    expect(findings[0]!.message).toContain('linje 5 siger "14 dage"');
    expect(findings[0]!.message).toContain('her står "21 dage"');
    expect(findings[0]!.related).toHaveLength(1);
    expect(findings[0]!.related![0]!.position.start.line).toBe(5);
  });

  it('finds Ishøj\'s two follow-up schedules with both lines', () => {
    const findings = runRule(contradiction, bundled.ishoej, { asOf });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.position.start.line).toBe(157);
    expect(finding!.related![0]!.position.start.line).toBe(153);
    expect(finding!.message).toBe(
      'Standarden siger to forskellige ting om opfølgningen efter endt behandling: her står "3 og 9 måneder", men linje 153 siger "1, 3, 6 og 12 måneder".',
    );
    expect(bundled.ishoej.split('\n')[152]).toContain('1, 3, 6 og 12 måneder');
    expect(bundled.ishoej.split('\n')[156]).toContain('3 og 9 måneder');
  });

  it('reports different complaint deadlines, and says it in English', () => {
    const text = doc('## Klageadgang\n\nDu kan klage inden 4 uger efter, at du har modtaget afgørelsen. Klagefristen er 2 uger.');
    const [finding] = runRule(contradiction, text, { asOf, lang: 'en' });
    expect(finding!.message).toContain('but line 5 says "4 uger" (28 days)');
  });

  it('does not report a repetition or a schedule that is part of another', () => {
    for (const body of [
      'Du kommer i behandling senest 14 dage efter din henvendelse. Behandlingen begynder inden for fjorten dage fra din henvendelse.',
      'Vi følger op 1 og 6 måneder efter, at behandlingen er afsluttet. Efter endt behandling følger vi op igen efter 6 måneder.',
    ]) {
      expect(runRule(contradiction, doc(body), { asOf }), body).toEqual([]);
    }
  });

  it('finds nothing in Hjørring, Holbæk and Ringsted', () => {
    for (const name of ['hjoerring', 'holbaek', 'ringsted'] as const) expect(runRule(contradiction, bundled[name], { asOf }), name).toEqual([]);
  });
});

describe('anonymous-treatment', () => {
  const frontMatter = '---\nkommune: Eksempelby\n---\n';

  it('accepts an offer with a phone number and a provider in another kommune', () => {
    const text = doc(
      '## Anonym behandling\n\nDu kan få anonym behandling i Rusmiddelcenter Eksempelby, tlf. 12 34 56 78, eller i Naboby Kommune.',
      frontMatter,
    );
    expect(runRule(anonymousTreatment, text, { asOf })).toEqual([]);
  });

  it('warns about an offer without anonymous contact or a provider outside the kommune', () => {
    const text = doc('## Anonym behandling\n\nDu kan få anonym behandling i Eksempelby Kommune.', frontMatter);
    const findings = runRule(anonymousTreatment, text, { asOf });
    expect(brief(findings)).toEqual([[6, 'warning']]);
    expect(findings[0]!.message).toContain('telefonnummer eller en hjemmeside');
    expect(findings[0]!.message).toContain('uden for kommunen');
  });

  it('warns on Ishøj (line 107), Holbæk (line 74) and Ringsted (line 176, no provider outside the kommune), not on Hjørring', () => {
    const ishoej = runRule(anonymousTreatment, bundled.ishoej, { asOf });
    expect(brief(ishoej)).toEqual([[107, 'warning']]);
    expect(ishoej[0]!.message).toContain('telefonnummer');
    const holbaek = runRule(anonymousTreatment, bundled.holbaek, { asOf });
    expect(brief(holbaek)).toEqual([[74, 'warning']]);
    const ringsted = runRule(anonymousTreatment, bundled.ringsted, { asOf });
    expect(brief(ringsted)).toEqual([[176, 'warning']]);
    expect(ringsted[0]!.message).not.toContain('telefonnummer');
    expect(ringsted[0]!.message).toContain('uden for kommunen');
    expect(runRule(anonymousTreatment, bundled.hjoerring, { asOf })).toEqual([]);
  });
});

describe('contact-format', () => {
  it('reports malformed phone numbers, e-mail addresses and URLs in the text', () => {
    const text = doc('## Kontakt\n\nRing på tlf. 72 33 555.\n\nSkriv til rusmiddel@kommune\n\nSe www.tilbudsportalen');
    const findings = runRule(contactFormat, text, { asOf });
    expect(brief(findings)).toEqual([
      [5, 'warning'],
      [7, 'warning'],
      [9, 'warning'],
    ]);
    expect(findings[0]!.message).toBe('Telefonnummeret "72 33 555" har 7 cifre. Et dansk telefonnummer har 8 cifre.');
    expect(findings[1]!.message).toContain('rusmiddel@kommune');
    expect(findings[2]!.message).toContain('mangler en endelse som .dk');
  });

  it('reports malformed contact details in front-matter kontakt at their line', () => {
    const frontMatter = '---\nkommune: Eksempelby\nkontakt:\n  - navn: Rusmiddelcenter\n    telefon: "1234567"\n---\n';
    const findings = runRule(contactFormat, doc('Tekst.', frontMatter), { asOf });
    expect(brief(findings)).toEqual([[5, 'warning']]);
    expect(findings[0]!.message).toContain('front-matter');
  });

  it('finds only Hjørring\'s "www.tilbudsportalen" (line 190) in the bundled standards', () => {
    const findings = runRule(contactFormat, bundled.hjoerring, { asOf });
    expect(brief(findings)).toEqual([[190, 'warning']]);
    expect(findings[0]!.message).toBe('Webadressen "www.tilbudsportalen" virker ikke: domænet mangler en endelse som .dk.');
    for (const name of ['ishoej', 'holbaek', 'ringsted'] as const) expect(runRule(contactFormat, bundled[name], { asOf }), name).toEqual([]);
  });
});
