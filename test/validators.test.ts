/**
 * The validators that `npm run build` compiles ahead (AJV standalone code in
 * dist/law/precompiled.js) judge exactly as AJV compiling the same schema at
 * run time: same verdict, same errors, for the front-matter, the config and
 * each rule set's model schema. Runs against dist/ (`npm test` builds first).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { newAjv, schemaHash, type CustomFormats, type ValidatorKind } from '../src/law/validators.js';
import { modelSchema, modelValidatorName } from '../src/model/model-schema.js';
import { readSchemaFile } from '../src/law/data.js';
import { ruleSets } from '../src/law/rulesets.js';
import { record } from './helpers/ledger.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { precompiled } = (await import(new URL('../dist/law/precompiled.js', import.meta.url).href)) as typeof import('../src/law/precompiled.js');

// Not the front-matter's real date rule (that is in src/model/frontmatter-validate.ts): any function serves to compare the two.
const formats: CustomFormats = { dato: { type: 'string', validate: (text: string) => /^\d{4}(?:-\d\d(?:-\d\d)?)?$/u.test(text) } };

/** The precompiled and the run-time validator of one schema. */
function pair(kind: ValidatorKind, name: string, schema: object, custom: CustomFormats = {}) {
  const entry = precompiled[name];
  expect(entry, `${name} is precompiled`).toBeDefined();
  expect(entry!.hash, `${name} was compiled from this schema`).toBe(schemaHash(kind, schema, custom));
  return { ahead: entry!.create({ ...fullFormats, ...custom }), now: newAjv(kind, custom).compile(schema) };
}

function agree(validators: ReturnType<typeof pair>, data: unknown): void {
  const verdict = validators.ahead(data);
  expect(validators.now(data)).toBe(verdict);
  expect(validators.ahead.errors ?? null).toEqual(validators.now.errors ?? null);
}

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2024-05-01', '2024-13-01', '2024', 'x@y.dk', 'ikke en mail', 'https://www.holbaek.dk', 'www.x', '57 62 79 30', 'vedtaget', 'udkast', ''),
  fc.integer({ min: -5, max: 30 }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('any'), { maxKeys: 3 })),
})).any;

describe('precompiled validators judge as run-time compiled ones', () => {
  it('front-matter: the standards and fixtures, and random front-matter built from the schema keys', () => {
    const schema = readSchemaFile<{ properties: Record<string, unknown> }>('frontmatter.schema.json');
    const validators = pair('frontMatter', 'frontMatter', schema, formats);
    const texts = [
      ...readdirSync(path.join(root, 'test', 'golden')).map((name) => path.join(root, 'test', 'golden', name)),
      ...readdirSync(path.join(root, 'test', 'fixtures')).filter((name) => name.endsWith('.md')).map((name) => path.join(root, 'test', 'fixtures', name)),
    ].map((file) => readFileSync(file, 'utf8'));
    const real = texts.flatMap((text) => {
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1];
      return yaml ? [parseYaml(yaml) as unknown] : [];
    });
    for (const data of real) agree(validators, data);
    const keys = Object.keys(schema.properties);
    const frontMatter = fc.dictionary(fc.constantFrom(...keys, 'ukendt'), value, { maxKeys: keys.length });
    // Start from a real one and change some fields, so deep branches are reached too.
    const edited = fc.tuple(fc.constantFrom(...real), frontMatter).map(([base, changes]) => ({ ...(base as object), ...changes }));
    fc.assert(fc.property(fc.oneof(frontMatter, edited, value), (data) => agree(validators, data)), { numRuns: 300 });
    record({ area: 'Bad YAML', what: 'Front-matter judged by the precompiled validator and by AJV at run time', cases: real.length + 300, result: 'same verdict and same errors every time' });
  });

  it('config', () => {
    const schema = readSchemaFile<object>('config.schema.json');
    const validators = pair('config', 'config', schema);
    const configs: unknown[] = [
      {},
      { rules: { readability: 'off', 'required-section': 'warning' } },
      { rules: { readability: 'sometimes' } },
      { headings: { klageadgang: ['Klage'] }, ruleSet: 'sel101-2020', ignore: ['drafts/**'], lang: 'en' },
      { headings: { 'Not A Key': ['x'] }, lang: 'fr' },
      { ruleOptions: { readability: { threshold: 50 } }, theme: { colors: { primary: '#1f4e79', accent: 'red' } } },
      { unknown: true },
      [],
      'kvs',
    ];
    for (const config of configs) agree(validators, config);
    fc.assert(fc.property(value, (data) => agree(validators, data)), { numRuns: 100 });
  });

  it("each rule set's model schema", () => {
    for (const set of ruleSets()) {
      const validators = pair('model', modelValidatorName(set.requirements), modelSchema(set.requirements));
      const keys = set.requirements.map((r) => r.key);
      const entry = fc.record({ section: fc.integer({ min: 0, max: 40 }), words: fc.integer({ min: -1, max: 50 }) });
      const coverage = fc.dictionary(fc.constantFrom(...keys), fc.array(entry, { maxLength: 3 }), { maxKeys: keys.length });
      fc.assert(fc.property(coverage, (data) => agree(validators, { coverage: data })), { numRuns: 50 });
      agree(validators, { coverage: Object.fromEntries(keys.map((key, i) => [key, [{ section: i, words: 3 }]])) });
    }
  });
});
