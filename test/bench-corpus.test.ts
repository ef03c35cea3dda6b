/**
 * The benchmark's corpus generator (bench/corpus.js): deterministic from its
 * seed, N files, and the configured shares of files with a missing required
 * section, tracked changes and a repeated paragraph — checked with the real
 * check and model, so the benchmark measures the work it claims to.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, ensureCorpus, generateCorpus, readBases } from '../bench/corpus.js';
import { checkStandard, checkText } from '../src/check/check.js';
import type { FileResult } from '../src/types.js';
import { buildStandard } from '../src/model/standard.js';

const asOf = '2026-01-01';
const n = 20;

function missingKeys(result: FileResult): string[] {
  const found = result.findings.filter((f) => f.ruleId === 'required-section');
  return [...new Set(found.map((f) => f.requirement ?? ''))].sort();
}

describe('bench corpus', () => {
  const corpus = generateCorpus({ n, seed: 1 });

  it('is the same bytes for the same seed and different for another', () => {
    expect(generateCorpus({ n, seed: 1 })).toEqual(corpus);
    const other = generateCorpus({ n, seed: 2 });
    const same = other.filter((s, i) => s.text === corpus[i]!.text).length;
    expect(same).toBe(0);
  });

  it('makes N files with distinct names and kommuner, each starting with its front-matter', () => {
    expect(corpus).toHaveLength(n);
    expect(new Set(corpus.map((s) => s.file)).size).toBe(n);
    expect(new Set(corpus.map((s) => s.kommune)).size).toBe(n);
    for (const s of corpus) {
      expect(s.text.startsWith('---\n')).toBe(true);
      expect(s.text).toContain(`kommune: ${s.kommune}`);
    }
  });

  it('gives each trait to exactly the configured share of files', () => {
    const count = (c: typeof corpus) => ({
      errors: c.filter((s) => s.traits.error).length,
      changes: c.filter((s) => s.traits.change).length,
      duplicates: c.filter((s) => s.traits.duplicate).length,
    });
    expect(count(corpus)).toEqual({ errors: 2, changes: 2, duplicates: 2 });
    const shares = { errors: 0.25, changes: 0.5, duplicates: 0.05 };
    expect(count(generateCorpus({ n, seed: 3, shares }))).toEqual({ errors: 5, changes: 10, duplicates: 1 });
  });

  it('"with errors" files miss a required section their base has, and the traits are what check and model see', () => {
    // One corpus with every trait at 50 %, each file modelled and checked once: the slow part of this test.
    const shares = { errors: 0.5, changes: 0.5, duplicates: 0.5 };
    const files = generateCorpus({ n, seed: 5, shares });
    const baseMissing = new Map(readBases().map((b) => [b.name, missingKeys(checkText(b.text, b.name, { asOf }))]));
    for (const s of files) {
      const standard = buildStandard(s.text, s.file);
      const expected = [...new Set([...baseMissing.get(s.base)!, ...s.removed])].sort();
      expect(missingKeys(checkStandard(standard, { asOf })), s.file).toEqual(expected);
      if (s.traits.error) {
        expect(s.removed.some((key) => !baseMissing.get(s.base)!.includes(key)), s.file).toBe(true);
      } else {
        expect(s.removed).toEqual([]);
      }
      const kinds = new Set(standard.review.map((m) => m.kind));
      expect(kinds.has('deletion') && kinds.has('insertion'), s.file).toBe(s.traits.change);
      expect(standard.duplicates.length > 0, s.file).toBe(s.traits.duplicate);
    }
    expect(files.filter((s) => s.traits.error)).toHaveLength(10);
  });

  describe('on disk', () => {
    const seed = 4242;
    afterAll(() => rmSync(corpusDir(n, seed), { recursive: true, force: true }));

    it('writes N files and the peers config once, and reuses them', () => {
      const first = ensureCorpus({ n, seed });
      expect(first.generated).toBe(true);
      expect(readdirSync(first.standards).sort()).toEqual(generateCorpus({ n, seed }).map((s) => s.file).sort());
      expect(existsSync(join(first.dir, '.remarkrc.json'))).toBe(true);
      expect(ensureCorpus({ n, seed }).generated).toBe(false);
      rmSync(join(first.standards, first.files[3]!));
      expect(ensureCorpus({ n, seed }).generated).toBe(true);
    });
  });
});
