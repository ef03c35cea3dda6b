/**
 * The importer's outputs for the seeds are golden files: a change in the
 * importer that changes them fails here until the golden files are updated
 * on purpose (`UPDATE_GOLDEN=1 npx vitest run test/import-golden.test.ts`)
 * and read by eye. standards/ started as a copy of them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { importDocument } from '../src/import/index.js';
import { groupSameStandards } from '../src/import/same.js';
import { standardFileName } from '../src/import/slug.js';
import { fixturesUrl } from './helpers/fixtures.js';

const goldenUrl = new URL('golden/', import.meta.url);
const seedDir = new URL('seeds/', fixturesUrl);
const seeds = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort();
const standards = groupSameStandards(
  seeds.map((name) => ({ source: name, result: importDocument(readFileSync(new URL(name, seedDir)), name) })),
);

describe('golden import of the seeds', () => {
  it('makes one standard per kommune: the two Ishøj extractions become one', () => {
    expect(standards.map((s) => standardFileName(s.result.frontMatter.kommune!)).sort()).toEqual([
      'hjoerring-stofmisbrug.md',
      'holbaek-stofmisbrug.md',
      'ishoej-stofmisbrug.md',
      'ringsted-stofmisbrug.md',
    ]);
    const ishoej = standards.find((s) => s.result.frontMatter.kommune === 'Ishøj Kommune')!;
    expect([ishoej.source, ...ishoej.alternates].sort()).toEqual(['000_72d6fac0d5523831.txt', '004_8ac0ee625ea3c07d.txt']);
    // The Word table keeps more structure than the PDF text, so it wins.
    expect(ishoej.source).toBe('000_72d6fac0d5523831.txt');
  });

  for (const standard of standards) {
    const file = standardFileName(standard.result.frontMatter.kommune!);
    it(`${file} matches its golden file`, () => {
      const golden = new URL(file, goldenUrl);
      if (process.env['UPDATE_GOLDEN']) writeFileSync(golden, standard.result.markdown);
      expect(existsSync(golden), `missing ${file}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(standard.result.markdown).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
