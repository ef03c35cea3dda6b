/** document-kind: is this a § 101 drug-treatment standard at all? (src/rules/document-kind.ts) */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findingsOf, ruleTester, type InvalidCase } from '../helpers/rule-tester.js';
import { bundled, bundledNames, complete, fixture, seeds } from '../helpers/fixtures.js';
import { buildStandard } from '../../src/model/standard.js';
import { compileDocumentKinds, documentKind, isOtherArea } from '../../src/rules/document-kind.js';

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
const drugsAndAlcohol = alcohol
  .replace('alkoholbehandling efter sundhedslovens § 141', 'behandling af alkohol- og stofmisbrug')
  .replace('et problem med alkohol', 'et problem med alkohol eller stoffer');

/** Another area's standard: one error at the title, naming the area and the cue words that decided it. */
function otherArea(file: string, area: RegExp): InvalidCase {
  const code = fixture(file);
  const standard = buildStandard(code);
  return {
    name: file,
    code,
    errors: [
      {
        line: standard.title.position.start.line,
        severity: 'error',
        lineMatches: /^# /,
        messageMatches: area,
        messageIncludes: ['intet regelsæt for det område', documentKind(standard).evidence],
      },
    ],
  };
}

ruleTester.run('document-kind', {
  valid: [
    ...bundledNames.map((name) => ({ name, code: bundled(name) })),
    { name: 'the complete example', code: complete },
    { name: 'drugs and alcohol together is a § 101 standard', code: drugsAndAlcohol },
    { name: 'too few cue words: unknown, not reported', code: '# Notat\n\nEt kort notat.\n' },
    // A § 101 standard may mention other areas' words: døgnbehandling in a botilbud, alcohol beside drugs.
    '# Kvalitetsstandard for social behandling af stofmisbrug\n\n## Døgnbehandling\n\nDøgnbehandling foregår på et godkendt botilbud, hvor du bor i et værelse under behandlingen for dit misbrug af hash eller kokain.\n',
    {
      // A real § 101 standard "for unge og voksne" in everyday words was taken for barnets lov § 33 on two mentions of parents.
      name: 'parents named twice in a § 101 standard for young people and adults',
      code: '# Kvalitetsstandard for rusmiddelbehandling\n\nStandarden gælder behandling af stof- og alkoholmisbrug for unge og voksne.\n\n## Hvem kan få hjælp?\n\nEr du ung, taler vi med dine forældre. Dine forældre kan også ringe til os. Målet er et stoffrit liv.\n',
    },
    {
      name: 'a thin text under omraade: SEL § 101',
      code: '---\nomraade: SEL § 101\n---\n\n# Kvalitetsstandard\n\nTilbuddet er til dig, der har brug for hjælp.\n',
    },
  ],
  invalid: [
    otherArea('sel107-botilbud.md', /midlertidigt botilbud \(serviceloven § 107\)/),
    otherArea('sel83-hjemmehjaelp.md', /hjemmehjælp, serviceloven § 83/),
    { name: 'an alcohol-only standard', code: alcohol, errors: [{ line: 1, messageIncludes: 'alkoholbehandling (sundhedsloven § 141)' }] },
    {
      name: 'a short home-help standard',
      code: '# Kvalitetsstandard for hjemmehjælp\n\nDu kan få praktisk hjælp til rengøring og tøjvask, og personlig pleje efter serviceloven § 83.\n',
      errors: [{ line: 1, severity: 'error', messageIncludes: 'hjemmehjælp' }],
    },
    ...['sel107-botilbud.md', 'sel83-hjemmehjaelp.md'].map((file) => ({
      name: `says it in English: ${file}`,
      code: fixture(file),
      lang: 'en' as const,
      errors: [{ line: buildStandard(fixture(file)).title.position.start.line, messageIncludes: 'has no rule set for that area yet' }],
    })),
  ],
});

describe('document-kind', () => {
  it('says sel101 for the bundled standards, the complete example and every seed', () => {
    for (const name of bundledNames) expect(documentKind(buildStandard(bundled(name))).kind, name).toBe('sel101');
    expect(documentKind(buildStandard(complete)).kind).toBe('sel101');
    for (const seed of seeds()) expect(documentKind(buildStandard(seed.text)).kind, seed.name).toBe('sel101');
  });

  it('tells a § 107 housing standard and a § 83 home-help standard, which are other areas', () => {
    for (const [file, kind] of [
      ['sel107-botilbud.md', 'sel107'],
      ['sel83-hjemmehjaelp.md', 'sel83'],
    ] as const) {
      const found = documentKind(buildStandard(fixture(file)));
      expect(found.kind).toBe(kind);
      expect(isOtherArea(found)).toBe(true);
    }
  });

  it('calls an alcohol-only standard sundhedsloven141, and a drugs-and-alcohol standard sel101', () => {
    expect(documentKind(buildStandard(alcohol)).kind).toBe('sundhedsloven141');
    expect(documentKind(buildStandard(drugsAndAlcohol)).kind).toBe('sel101');
  });

  it('says unknown when there are too few cue words', () => {
    const found = documentKind(buildStandard('# Notat\n\nEt kort notat om mødet i går.\n'));
    expect(found.kind).toBe('unknown');
    expect(isOtherArea(found)).toBe(false);
  });

  it("silences the § 101 rules for another area's standard: no missing sections, no wrong omraade", () => {
    const text = fixture('sel107-botilbud.md');
    // Only a counted document-kind error replaces the § 101 findings, so it stays on beside the rule under test.
    const withKind = { code: text, config: { rules: { 'document-kind': 'error' as const } } };
    expect(findingsOf('required-section', withKind)).toEqual([]);
    expect(findingsOf('empty-section', withKind)).toEqual([]);
    expect(findingsOf('document-kind', text)).toHaveLength(1);
    // Switched off, it takes nothing with it: the missing sections are counted.
    expect(findingsOf('required-section', text).length).toBeGreaterThan(5);
  });

  it("keeps other front-matter problems of another area's standard, also one on the first line where a missing omraade is placed", () => {
    const text = fixture('sel107-botilbud.md').replace(/^---\n/, '---\nekstra: 1\n').replace(/^omraade:.*\n/m, '');
    const withKind = { code: text, config: { rules: { 'document-kind': 'error' as const } } };
    const messages = findingsOf('frontmatter-schema', withKind).map((f) => f.message);
    // The unknown field is reported; the missing omraade, placed on the same line, is not.
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/`ekstra`/);
  });

  it('refuses malformed cue data', () => {
    const data = JSON.parse(readFileSync(new URL('../../schemas/document-kinds.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    expect(() => compileDocumentKinds(data)).not.toThrow();
    expect(() => compileDocumentKinds({ ...data, minimum: 'three' })).toThrow(/minimum/);
    expect(() => compileDocumentKinds({ ...data, kinds: {} })).toThrow(/sel101/);
    const byId = data['kinds'] as Record<string, object>;
    expect(() => compileDocumentKinds({ ...data, kinds: { ...byId, sel107: { ...byId['sel107'], fileName: 'Botilbud § 107' } } })).toThrow(/sel107.*fileName/);
    // Checked here rather than at every start: a cue matching nothing would be counted everywhere.
    const kinds = Object.values(data['kinds'] as Record<string, { cues: Array<{ pattern: string }> }>);
    for (const { pattern } of kinds.flatMap((kind) => kind.cues)) expect(new RegExp(pattern, 'iu').test(''), pattern).toBe(false);
  });
});
