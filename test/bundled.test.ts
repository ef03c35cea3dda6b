/**
 * What the law says about the four bundled standards on 2026-11-25, each
 * finding at the line a policy writer must change.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../src/check/check.js';

const read = (slug: string) => readFileSync(new URL(`../standards/${slug}-stofmisbrug.md`, import.meta.url), 'utf8');
const lineOf = (text: string, pattern: RegExp) => text.split('\n').findIndex((line) => pattern.test(line)) + 1;
const check = (slug: string) => {
  const text = read(slug);
  return { text, findings: checkText(text, `${slug}.md`, { asOf: '2026-11-25' }).findings };
};
const titleLine = (text: string) => lineOf(text, /^# /);

describe('the bundled standards as of 2026-11-25', () => {
  for (const slug of ['hjoerring', 'holbaek', 'ishoej', 'ringsted']) {
    it(`${slug}: gift-card guidelines missing, at the title`, () => {
      const { text, findings } = check(slug);
      const gavekort = findings.filter((f) => f.ruleId === 'required-section' && f.requirement === 'gavekort');
      expect(gavekort).toHaveLength(1);
      expect(gavekort[0]!.position.start.line).toBe(titleLine(text));
      expect(gavekort[0]!.law).toContain('§ 4, stk. 1, nr. 15');
    });
  }

  it("Ishøj: the two follow-up schedules contradict each other, both places named", () => {
    const { text, findings } = check('ishoej');
    const [finding] = findings.filter((f) => f.ruleId === 'contradiction');
    expect(finding).toBeDefined();
    const lines = [finding!.position.start.line, finding!.related![0]!.position.start.line].sort((a, b) => a - b);
    expect(lines).toEqual([lineOf(text, /1, 3, 6 og 12 måneder/), lineOf(text, /3 og 9 måneder/)]);
  });

  it('Ishøj, Ringsted and Holbæk are overdue for revision, Hjørring is not', () => {
    for (const slug of ['ishoej', 'ringsted', 'holbaek']) {
      const { text, findings } = check(slug);
      const overdue = findings.filter((f) => f.ruleId === 'revision-overdue' && f.severity === 'error');
      expect(overdue, slug).toHaveLength(1);
      expect(overdue[0]!.position.start.line, slug).toBe(lineOf(text, /^\s+dato:/));
    }
    expect(check('hjoerring').findings.filter((f) => f.ruleId === 'revision-overdue')).toEqual([]);
  });

  it('Hjørring has no complaints section; Holbæk no rules for paying board and lodging', () => {
    const hjoerring = check('hjoerring');
    expect(hjoerring.findings.filter((f) => f.requirement === 'klageadgang' && f.ruleId === 'required-section')).toHaveLength(1);
    const holbaek = check('holbaek');
    const betaling = holbaek.findings.filter((f) => f.requirement === 'betaling' && f.ruleId === 'required-section');
    expect(betaling).toHaveLength(1);
    expect(betaling[0]!.position.start.line).toBe(titleLine(holbaek.text));
  });

  it('another area’s standard gets one document-kind error, not a list of missing sections', () => {
    for (const fixture of ['sel107-botilbud.md', 'sel83-hjemmehjaelp.md']) {
      const text = readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8');
      const errors = checkText(text, fixture, { asOf: '2026-11-25' }).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.ruleId), fixture).toEqual(['document-kind']);
    }
  });
});
