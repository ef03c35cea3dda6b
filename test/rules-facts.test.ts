/**
 * The rule modules together: the fact rules' meta and the complete example,
 * and the shape of src/rules/ itself (every rule has a test file and header
 * examples). Each rule's own cases are in test/rules/<rule>.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { Rule } from '../src/rules/rule.js';
import { guaranteeDays } from '../src/rules/guarantee-days.js';
import { followUpSchedule } from '../src/rules/follow-up-schedule.js';
import { complaintDeadline } from '../src/rules/complaint-deadline.js';
import { contradiction } from '../src/rules/contradiction.js';
import { anonymousTreatment } from '../src/rules/anonymous-treatment.js';
import { contactFormat } from '../src/rules/contact-format.js';
import { allRuleMeta } from '../src/rules/index.js';
import { parseRuleExamples } from '../src/docs/rule-examples.js';
import { findingsOf } from './helpers/rule-tester.js';
import { complete } from './helpers/fixtures.js';

const factRules = [guaranteeDays, followUpSchedule, complaintDeadline, contradiction, anonymousTreatment, contactFormat];
const asOf = '2026-11-25';

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
    for (const rule of factRules) expect(findingsOf(rule.meta.id, { code: complete, asOf }), rule.meta.id).toEqual([]);
  });
});

describe('src/rules/', () => {
  const folder = new URL('../src/rules/', import.meta.url);
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
  const ruleFiles = files.filter((name) => !['index.ts', 'rule.ts', 'types.ts'].includes(name));

  it('holds only rule files, named by rule id, beside index.ts, rule.ts and utils/', () => {
    const ids = allRuleMeta().map((meta) => meta.id);
    for (const name of ruleFiles) expect(ids, name).toContain(name.replace(/\.ts$/u, ''));
    expect(readdirSync(folder).filter((name) => !name.endsWith('.ts'))).toEqual(['utils']);
  });

  it('every rule file opens with what it checks, the law, and one failing and one passing example', () => {
    for (const name of ruleFiles) {
      const source = readFileSync(new URL(name, folder), 'utf8');
      expect(source.startsWith(`/**\n * ${name.replace(/\.ts$/u, '')}: `), name).toBe(true);
      expect(source.slice(0, source.indexOf('*/')), name).toMatch(/\n \* Law: /u);
      const examples = parseRuleExamples(source);
      expect(examples.map((example) => example.name).sort(), name).toEqual(['not-ok.md', 'ok.md']);
    }
  });

  it('every rule the tool reports has test/rules/<id>.test.ts, which runs the rule tester on it', () => {
    for (const { id } of allRuleMeta()) {
      const file = new URL(`../test/rules/${id}.test.ts`, import.meta.url);
      expect(existsSync(file), id).toBe(true);
      expect(readFileSync(file, 'utf8'), id).toContain(`ruleTester.run('${id}', {`);
    }
  });
});

describe('header examples (src/docs/rule-examples.ts)', () => {
  const example = (...lines: string[]) => `/**\n * x: y.\n *\n${lines.map((line) => ` *${line ? ` ${line}` : ''}`).join('\n')}\n */\nexport {};\n`;

  it('reads the JSON line, the settings and the indented document', () => {
    const [passing, failing] = parseRuleExamples(
      example('@example', '  {"name": "ok.md"}', '', '  # Titel', '', '    indrykket kode', '', '@example', '  {"name": "not-ok.md", "asOf": "2020-01-01", "config": {"lang": "en"}}', '', '  - punkt'),
    );
    expect(passing).toEqual({ name: 'ok.md', passes: true, code: '# Titel\n\n  indrykket kode\n', asOf: '2026-11-25' });
    expect(failing).toEqual({ name: 'not-ok.md', passes: false, code: '- punkt\n', asOf: '2020-01-01', config: { lang: 'en' } });
  });

  it('stops an example at the next tag, and finds none without a header comment', () => {
    expect(parseRuleExamples(example('@example', '  {"name": "ok.md"}', '', '  Tekst.', '@see docs/rules.md'))[0]!.code).toBe('Tekst.\n');
    expect(parseRuleExamples('export const x = 1;\n/** @example */\n')).toEqual([]);
  });

  it('refuses an example it cannot read, saying why', () => {
    expect(() => parseRuleExamples(example('@example', '  {"name": "good.md"}', '', '  x'))).toThrow(/"ok.md" or "not-ok.md"/);
    expect(() => parseRuleExamples(example('@example', '  name: ok.md', '', '  x'))).toThrow(/must be JSON/);
    expect(() => parseRuleExamples(example('@example', '  {"name": "ok.md", "date": "2020"}', '', '  x'))).toThrow(/unknown setting date/);
    expect(() => parseRuleExamples(example('@example', '  {"name": "ok.md"}', '', 'x'))).toThrow(/indented two spaces/);
    expect(() => parseRuleExamples(example('@example', '  {"name": "ok.md"}', '  x'))).toThrow(/blank line/);
  });
});
