/**
 * `kvs diff`: what changed between two versions of a standard, per section,
 * fact and front-matter field. The acceptance case from issue 8: the bundled
 * Ringsted standard against a copy with the guarantee changed to 21 days and
 * one phone number changed reports exactly those two facts and the sections
 * that state them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStandard } from '../src/model/standard.js';
import { diffStandards } from '../src/diff/standards.js';
import { renderDiffMarkdown } from '../src/diff/md.js';
import { parseRevisionRange } from '../src/diff/git.js';
import { complete, removeSectionAt } from './helpers/fixtures.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ringsted = readFileSync(path.join(root, 'test', 'golden', 'ringsted-stofmisbrug.md'), 'utf8');

function diff(before: string, after: string) {
  return diffStandards(buildStandard(before, 'før.md'), buildStandard(after, 'nu.md'));
}

describe('kvs diff: the Ringsted acceptance case', () => {
  const changed = ringsted.replace(/14 dage/g, '21 dage').replace('57 62 79 30', '57 62 79 31');
  const result = diff(ringsted, changed);

  it('reports exactly two facts: the guarantee 14 → 21 days and the phone number', () => {
    expect(result.facts).toEqual([
      { fact: 'guaranteeDays', old: [14], new: [21], removed: [14], added: [21] },
      { fact: 'phones', old: expect.any(Array), new: expect.any(Array), removed: ['57 62 79 30'], added: ['57 62 79 31'] },
    ]);
    expect(result.frontMatter).toEqual([]);
  });

  it('reports as changed exactly the sections that contain the changed lines, nothing added or removed', () => {
    const lines = ringsted
      .split('\n')
      .flatMap((line, index) => (line.includes('14 dage') || line.includes('57 62 79 30') ? [index + 1] : []));
    expect(lines.length).toBe(4);
    const sections = buildStandard(ringsted).sections;
    const containing = sections.filter((section) => {
      const from = section.position.start.line;
      const next = sections[section.index + 1]?.position.start.line ?? Number.MAX_SAFE_INTEGER;
      return lines.some((line) => line > from && line < next);
    });
    expect(result.sections.map((s) => [s.change, s.heading])).toEqual(containing.map((s) => ['changed', s.heading]));
    const edits = result.sections.flatMap((s) => s.hunks.map((h) => `${h.removed} → ${h.added}`));
    expect(edits.sort()).toEqual(['14 → 21', '14 → 21', '14 → 21', '30. → 31.']);
  });

  it('says it in Danish for the committee note, and in English with --lang en', () => {
    const md = renderDiffMarkdown(result, 'da');
    expect(md).toMatch(/^## Ændringer siden sidste revision\n/);
    expect(md).toContain('- **Behandlingsgaranti**: 14 dage → 21 dage');
    expect(md).toContain('- **Telefonnumre**: 57 62 79 30 → 57 62 79 31');
    expect(md).toContain('### Ændrede afsnit');
    expect(md).toContain('~~14~~ **21**');
    expect(md).not.toContain('### Nye afsnit');
    expect(md).not.toContain('### Fjernede afsnit');
    const en = renderDiffMarkdown(result, 'en');
    expect(en).toMatch(/^## Changes since the last revision\n/);
    expect(en).toContain('- **Treatment guarantee**: 14 days → 21 days');
  });
});

describe('kvs diff: other changes', () => {
  it('identical files: no changes', () => {
    const result = diff(ringsted, ringsted);
    expect(result).toMatchObject({ unchanged: true, sections: [], facts: [], frontMatter: [] });
    expect(renderDiffMarkdown(result, 'da').toLowerCase()).toContain('ingen ændringer');
  });

  it('a removed section is reported, and nothing else', () => {
    const line = complete.split('\n').indexOf('## Frit valg') + 1;
    const result = diff(complete, removeSectionAt(complete, line));
    expect(result.sections).toEqual([expect.objectContaining({ change: 'removed', heading: 'Frit valg', requirements: ['frit_valg'] })]);
    expect(result.facts).toEqual([]);
    expect(renderDiffMarkdown(result, 'da')).toContain('### Fjernede afsnit\n\n- **Frit valg** (`frit_valg`)');
  });

  it('an added section, a renamed heading (matched by its requirement key) and changed front-matter', () => {
    const after = complete
      .replace('## Brugerbetaling', '## Hvad koster det?\n\n<!-- kvs-krav: betaling -->')
      .replace('dato: 2026-03-18', 'dato: 2028-03-01')
      .replace('## Gavekort', '## Nyt tilbud\n\nVi åbner et værested.\n\n## Gavekort');
    const result = diff(complete, after);
    expect(result.frontMatter).toEqual([{ path: 'godkendt.dato', old: '2026-03-18', new: '2028-03-01' }]);
    expect(result.sections.map((s) => [s.change, s.heading, s.oldHeading])).toEqual([
      ['changed', 'Hvad koster det?', 'Brugerbetaling'],
      ['added', 'Nyt tilbud', undefined],
    ]);
    const md = renderDiffMarkdown(result, 'da');
    expect(md).toContain('- **Godkendt dato**: 2026-03-18 → 2028-03-01');
    expect(md).toContain('hed før «Brugerbetaling»');
  });

  it('reads the accepted text: a CriticMarkup change that only restates the same words is no change', () => {
    const draft = complete.replace('senest 14 dage', 'senest {~~14~>14~~} dage');
    expect(diff(complete, draft).unchanged).toBe(true);
  });

  it('parses --rev ranges and refuses what git could read as an option', () => {
    expect(parseRevisionRange('v1..v2')).toEqual(['v1', 'v2']);
    expect(parseRevisionRange('HEAD~2')).toEqual(['HEAD~2', undefined]);
    expect(parseRevisionRange('HEAD..')).toEqual(['HEAD', undefined]);
    expect(parseRevisionRange('--output=x')).toBeUndefined();
    expect(parseRevisionRange('..B')).toBeUndefined();
    expect(parseRevisionRange('a..b..c')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// The command, with git revisions

const bin = path.join(root, 'bin', 'kvs.js');
const temp = mkdtempSync(path.join(os.tmpdir(), 'kvs-diff-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('kvs diff (command)', () => {
  it('--rev A..B compares two commits of one file; exit 0; a bad range exits 2', () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: temp, stdio: 'pipe' });
    git('init', '-q');
    const file = path.join(temp, 'standard.md');
    writeFileSync(file, complete);
    git('add', 'standard.md');
    git('commit', '-q', '-m', 'first');
    writeFileSync(file, complete.replace('senest 14 dage', 'senest 10 dage'));
    git('commit', '-q', '-a', '-m', 'second');

    const run = spawnSync(process.execPath, [bin, 'diff', 'standard.md', '--rev', 'HEAD~1..HEAD', '--format', 'json'], {
      cwd: temp,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { old: string; new: string; facts: unknown[] };
    expect(json.old).toBe('standard.md@HEAD~1');
    expect(json.new).toBe('standard.md@HEAD');
    expect(json.facts).toEqual([{ fact: 'guaranteeDays', old: [14], new: [10], removed: [14], added: [10] }]);

    const bad = spawnSync(process.execPath, [bin, 'diff', 'standard.md', '--rev=--upload-pack=x'], { cwd: temp, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--rev skal være/);
  });
});
