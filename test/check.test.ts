import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { checkText } from '../src/check/check.js';
import { buildStandard } from '../src/model/standard.js';
import { ruleSets, ruleSetFor } from '../src/law/rulesets.js';
import { rulesMarkdown } from '../src/docs/rules-doc.js';
import { ruleExamples } from '../src/docs/rule-examples.js';
import { allRuleMeta } from '../src/rules/index.js';
import remarkKvs from '../src/remark-plugin.js';
import { UsageError } from '../src/errors.js';
import { complete, removeSectionAt, seeds } from './helpers/fixtures.js';

const required = (text: string, asOf: string) =>
  checkText(text, 'x.md', { asOf }).findings.filter((f) => f.ruleId === 'required-section');

describe('the complete example standard', () => {
  it('checks clean under every rule set', () => {
    for (const set of ruleSets()) expect(checkText(complete, 'x.md', { asOf: set.inForce }).findings).toEqual([]);
  });

  it('gives exactly one required-section finding, at a real line, when any one required section is removed (property)', () => {
    const standard = buildStandard(complete);
    const dates = ruleSets().map((set) => set.inForce);
    const keys = [...new Set(standard.sections.flatMap((s) => s.requirements))];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(...dates), fc.integer({ min: 0, max: 3000 }), (key, date, later) => {
        const asOf = new Date(Date.parse(date) + later * 86_400_000).toISOString().slice(0, 10);
        const set = ruleSetFor(asOf);
        const section = standard.sections.find((s) => s.requirements.includes(key))!;
        const text = removeSectionAt(complete, section.position.start.line);
        const findings = required(text, asOf);
        const isRequired = set.requirements.some((r) => r.key === key);
        expect(findings.map((f) => f.requirement)).toEqual(isRequired ? [key] : []);
        if (isRequired) {
          const line = findings[0]!.position.start.line;
          expect(text.split('\n')[line - 1]).toMatch(/^# /); // at the document's title
          expect(findings[0]!.law).toBe(set.requirements.find((r) => r.key === key)!.law.da);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('rule sets by date', () => {
  const withoutGavekort = removeSectionAt(complete, complete.split('\n').indexOf('## Gavekort') + 1);

  it('does not ask for gavekort before 2020, and does after', () => {
    expect(required(withoutGavekort, '2019-06-01')).toEqual([]);
    expect(required(withoutGavekort, '2026-01-01').map((f) => f.requirement)).toEqual(['gavekort']);
  });

  it('refuses a date before the earliest rule set, naming the earliest date', () => {
    expect(() => checkText(complete, 'x.md', { asOf: '2010-01-01' })).toThrow(UsageError);
    expect(() => checkText(complete, 'x.md', { asOf: '2010-01-01' })).toThrow(/2014-09-08/);
  });

  it('are valid data: every file matches its schema, every key is in the catalogue', () => {
    const ajv = new Ajv({ allErrors: true });
    const schema = (name: string) => JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8'));
    const validateSet = ajv.compile(schema('ruleset.schema.json'));
    for (const set of ['sel101-2014', 'sel101-2020', 'sel101-2024']) {
      expect(validateSet(schema(`rulesets/${set}.json`)), JSON.stringify(validateSet.errors)).toBe(true);
    }
    const validateCatalogue = ajv.compile(schema('requirements.schema.json'));
    expect(validateCatalogue(schema('requirements.json')), JSON.stringify(validateCatalogue.errors)).toBe(true);
    const keys = ruleSetFor('2026-01-01').requirements.map((r) => r.key);
    expect(keys).toHaveLength(19);
    // The 15 items of § 4 and lovgrundlag are errors; the guidance items are warnings.
    const warnings = ruleSetFor('2026-01-01').requirements.filter((r) => r.severity === 'warning').map((r) => r.key);
    expect(warnings.sort()).toEqual(['boern', 'doegn_kvalitet', 'fremtid']);
  });

  it('says so in the help text where the legal source is unverified', () => {
    const boern = ruleSetFor('2026-01-01').requirements.find((r) => r.key === 'boern')!;
    expect(boern.help.da).toMatch(/ikke bekræftet/);
    expect(boern.help.en).toMatch(/unverified/);
  });
});

describe('the unified plugin', () => {
  it('reports the same findings as kvs check', async () => {
    for (const seed of seeds()) {
      const expected = checkText(seed.text, seed.name, { asOf: '2026-01-01', config: {} }).findings;
      const vfile = new VFile({ value: seed.text, path: seed.name });
      const processor = unified().use(remarkParse).use(remarkKvs, { asOf: '2026-01-01', config: {} });
      await processor.run(processor.parse(vfile), vfile);
      expect(vfile.messages.map((m) => [m.ruleId, m.line, m.column, m.reason, m.fatal])).toEqual(
        expected.map((f) => [f.ruleId, f.position.start.line, f.position.start.column, f.message, f.severity === 'error']),
      );
    }
  });
});

describe('docs/rules.md', () => {
  const onDisk = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');

  it('is generated from the rule data and up to date (run `npm run docs`)', () => {
    expect(onDisk).toBe(rulesMarkdown());
  });

  it("shows every rule's failing and passing header example, in both languages", () => {
    const rules = allRuleMeta().filter((meta) => ruleExamples(meta.id).length > 0);
    expect(rules.length).toBeGreaterThanOrEqual(19);
    for (const meta of rules) {
      for (const example of ruleExamples(meta.id)) {
        expect(onDisk.split(`\n${example.code}`).length - 1, `${meta.id} ${example.name}`).toBe(2);
      }
    }
  });
});
