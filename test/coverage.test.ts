/**
 * `kvs coverage`: where each topic is covered and why, or why not. The data
 * in-process (src/check/coverage.ts); the command once as a real process on a
 * bundled standard and one of ours.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildStandard } from '../src/model/standard.js';
import { ruleSetFor } from '../src/law/rulesets.js';
import { coverageRows } from '../src/check/coverage.js';
import { complete } from './helpers/fixtures.js';
import { launchKvs, root } from './helpers/process.js';

const asOf = '2026-01-01';
const rows = (text: string) => coverageRows(buildStandard(text, 'x.md'), ruleSetFor(asOf).requirements, 'da');
const row = (text: string, key: string) => rows(text).find((r) => r.key === key)!;

const own = complete
  .replace('\n## Målgruppe\n', '\n## Kan jeg få tilbuddet?\n')
  .replace('\n## Frit valg\n', '\n## Fri valg\n')
  .replace('\n## Brugerbetaling\n', '\n')
  .replace('\n## Gavekort\n', '\n## Gavekort\n\n<!-- kvs-krav: gavekort -->\n')
  .replace(
    'Målet er, at du kommer ud af dit misbrug eller mindsker det. Vi arbejder ud fra respekt for dine egne ønsker og mål.',
    'Formålet med denne kvalitetsstandard er at informere borgere om kommunens tilbud.',
  );

describe('coverage data', () => {
  it('says covered by a known heading for every topic of the complete example', () => {
    for (const r of rows(complete)) {
      expect(r.status, r.key).toBe('covered');
      expect(r.places.some((p) => p.outcome === 'covered'), r.key).toBe(true);
    }
  });

  it('gives the evidence: heading words, a misspelling, key terms, a mark, and why a heading does not count', () => {
    expect(row(own, 'maalgruppe')).toMatchObject({ status: 'covered', places: [{ how: 'heading-words', words: ['kan jeg få'], outcome: 'covered' }] });
    expect(row(own, 'frit_valg')).toMatchObject({ status: 'probable', places: [{ how: 'misspelt', suggestion: 'Frit valg', heading: 'Fri valg' }] });
    const betaling = row(own, 'betaling');
    expect(betaling.status).toBe('probable');
    expect(betaling.places[0]).toMatchObject({ how: 'text', heading: 'Brugerinddragelse', outcome: 'probable' });
    expect(betaling.places[0]!.words).toEqual(expect.arrayContaining(['kost og logi']));
    expect(row(own, 'gavekort').places.map((p) => p.how)).toEqual(['heading', 'marker']);
    expect(row(own, 'formaal')).toMatchObject({ status: 'missing', places: [{ how: 'heading', outcome: 'rejected', words: ['formålet med denne kvalitetsstandard'] }] });
  });

  it('says empty for a known heading with nothing under it, and missing with no place for an absent topic', () => {
    const text = complete.replace(/## Gavekort\n\n[^\n]+\n/u, '## Gavekort\n\n').replace(/## Frit valg\n\n[^\n]+\n/u, '');
    expect(row(text, 'gavekort').status).toBe('empty');
    expect(row(text, 'frit_valg')).toMatchObject({ status: 'missing', places: [] });
  });
});

describe('kvs coverage (process)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-coverage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each topic with its evidence for a bundled standard and one of ours, and exits 1 for a missing topic', async () => {
    writeFileSync(path.join(dir, 'own.md'), own);
    const { done } = launchKvs(dir, ['coverage', path.join(root, 'standards/ringsted-stofmisbrug.md'), 'own.md', '--as-of', asOf]);
    const run = await done;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('  lovgrundlag (Lovgrundlag): dækket\n    linje 72 "Lovgrundlag": kendt overskrift');
    expect(run.stdout).toContain('  gavekort (Gavekort): mangler\n    ingen overskrift, markering eller tekst om emnet');
    expect(run.stdout).toContain('own.md\n');
    expect(run.stdout).toContain('  maalgruppe (Målgruppe): dækket\n    linje 34 "Kan jeg få tilbuddet?": overskriftens ord "kan jeg få"');
    expect(run.stdout).toContain('  frit_valg (Frit valg): måske dækket\n    linje 58 "Fri valg": overskriften ligner "Frit valg" — bekræft med en overskrift eller en markering');
    expect(run.stdout).toMatch(/formaal \(Formål, værdier og normer\): mangler\n {4}linje 38 "Formål": kendt overskrift — tæller ikke: teksten handler om noget andet \("formålet med denne kvalitetsstandard"\)/u);
    expect(run.stdout).toMatch(/\d+ af 19 emner dækket/u);
  });
});
