/**
 * `kvs fix`: each mechanical fix, the findings gone after `fix --write`, the
 * rest of the text unchanged, a backup kept, and a dry run writes nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkText } from '../src/check/check.js';
import { fixStandardText } from '../src/fix/index.js';
import { isoDate, pairedPhone } from '../src/fix/frontmatter.js';
import { runFix } from '../src/cli/fix.js';
import { complete } from './helpers/fixtures.js';
import { record } from './helpers/ledger.js';

const asOf = '2026-06-01';
const fix = (text: string) => fixStandardText(text, 'x.md', { asOf, lang: 'da' });
const ruleIds = (text: string) => checkText(text, 'x.md', { asOf }).findings.map((f) => f.ruleId);

const broken = complete
  .replace('dato: 2026-03-18', 'dato: 18.3.2026')
  .replace('telefon: 12 34 56 78', 'telefon: 12345678')
  .replace(/## Gavekort[\s\S]*?(?=\n## )/u, '')
  .replace(/## Brugerbetaling[\s\S]*?(?=\n## )/u, '')
  .replace('Vi arbejder ud fra respekt', 'Oplysninger behandles efter persondataloven, og vi arbejder ud fra respekt')
  .replace('Ankestyrelsen.', 'Ankestyrelsen. Ring på 72335550.');

describe('the fixes', () => {
  it('writes dates day first as ISO dates, and only real days', () => {
    expect(isoDate('1.3.2024')).toBe('2024-03-01');
    expect(isoDate('01-03-2024')).toBe('2024-03-01');
    expect(isoDate('1/3/2024')).toBe('2024-03-01');
    expect(isoDate('1. marts 2024')).toBe('2024-03-01');
    expect(isoDate('31.2.2024')).toBeUndefined();
    expect(isoDate('2024-03-01')).toBeUndefined();
    expect(fix(complete.replace('dato: 2026-03-18', 'dato: "18.3.2026"')).text).toBe(complete.replace('dato: 2026-03-18', 'dato: "2026-03-18"'));
  });

  it('fixes the front-matter of a file with other line endings (CRLF, lone CR) and keeps them', () => {
    for (const ending of ['\r\n', '\r']) {
      const text = broken.replace(/\n/gu, ending);
      const fixed = fix(text).text;
      expect(fixed).toContain(`dato: 2026-03-18${ending}`);
      expect(fixed).toContain(`telefon: 12 34 56 78${ending}`);
      expect(fixed.replace(/\r\n?/gu, '\n')).toBe(fix(broken).text);
    }
  });

  it('writes phone numbers as 8 digits in pairs, in the front-matter and in the text', () => {
    expect(pairedPhone('12345678')).toBe('12 34 56 78');
    expect(pairedPhone('+4512345678')).toBe('+45 12 34 56 78');
    expect(pairedPhone('1234 5678')).toBe('12 34 56 78');
    expect(pairedPhone('02345678')).toBeUndefined();
    expect(pairedPhone('1234567')).toBeUndefined();
    expect(fix(complete.replace('telefon: 12 34 56 78', 'telefon: 12345678')).text).toBe(complete);
    const text = complete.replace('Ankestyrelsen.', 'Ankestyrelsen. Ring på 72335550.');
    expect(fix(text).text).toBe(complete.replace('Ankestyrelsen.', 'Ankestyrelsen. Ring på 72 33 55 50.'));
  });

  it('replaces a stale reference only where the replacement is unambiguous', () => {
    const stale = complete.replace('Vi arbejder ud fra respekt', 'Oplysninger behandles efter persondataloven, og vi arbejder ud fra respekt');
    expect(fix(stale).text).toBe(
      complete.replace('Vi arbejder ud fra respekt', 'Oplysninger behandles efter databeskyttelsesforordningen og databeskyttelsesloven, og vi arbejder ud fra respekt'),
    );
    const guarantee = complete.replace('## Behandlingsgaranti\n\n', '## Behandlingsgaranti\n\nBehandlingsgarantien følger af serviceloven § 101, stk. 2. ');
    expect(fix(guarantee).text).toContain('serviceloven § 101, stk. 4.');
    // Two possible replacements (Ankestyrelsen or Familieretshuset), or advice with a caveat: left to the writer.
    const choice = complete.replace('Vi arbejder ud fra respekt', 'Statsforvaltningen fører tilsyn. Vi arbejder ud fra respekt');
    expect(fix(choice).applied).toEqual([]);
    const caveat = complete.replace('Vi arbejder ud fra respekt', 'Servicestyrelsen anbefaler, at vi arbejder ud fra respekt');
    expect(fix(caveat).applied).toEqual([]);
    // A genitive the replacement lacks: left to the writer.
    const genitive = complete.replace('Vi arbejder ud fra respekt', 'Efter persondatalovens regler arbejder vi ud fra respekt');
    expect(fix(genitive).applied).toEqual([]);
  });

  it('adds empty stubs for missing required sections, and no text', () => {
    const missing = complete.replace(/## Gavekort[\s\S]*?(?=\n## )/u, '');
    const result = fix(missing);
    expect(result.text.startsWith(missing)).toBe(true);
    const added = result.text.slice(missing.length);
    expect(added.replace(/<!--[^>]*-->/gu, '').replace(/^#+ .*$/gmu, '').trim()).toBe('');
    expect(ruleIds(result.text)).not.toContain('required-section');
    expect(ruleIds(result.text)).toContain('empty-section');
  });

  it('spells a misspelt known heading right instead of adding a second, empty section (issue 18)', () => {
    const misspelt = complete.replace('\n## Behandlingsgaranti\n', '\n## Behandlings garanti\n').replace('\n## Frit valg\n', '\n## Fri valg\n');
    const result = fix(misspelt);
    expect(result.text).toBe(complete);
    expect(result.applied.map((e) => e.note.da)).toEqual([
      'overskriften "Behandlings garanti" rettet til "Behandlingsgaranti"',
      'overskriften "Fri valg" rettet til "Frit valg"',
    ]);
  });

  it('adds no stub for a topic a paragraph under another heading probably covers', () => {
    const moved = complete.replace('\n## Brugerbetaling\n', '\n');
    expect(ruleIds(moved)).toContain('required-section');
    expect(fix(moved).text).toBe(moved);
  });

  it('leaves a clean standard as it is', () => {
    expect(fix(complete)).toEqual({ text: complete, applied: [] });
  });
});

describe('kvs fix (command)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kvs-fix-'));
  const file = path.join(dir, 'standards', 'a.md');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (write: boolean) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      return await runFix([], { write, asOf });
    } finally {
      process.chdir(cwd);
    }
  };

  it('shows a diff and writes nothing without --write; with --write the findings are gone and the rest unchanged', async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, broken);
    writeFileSync(path.join(dir, 'kvs.config.json'), '{}');
    const before = ruleIds(broken);
    expect(before).toEqual(expect.arrayContaining(['frontmatter-schema', 'required-section', 'stale-reference']));

    expect(await run(false)).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(broken);
    expect(readdirSync(dir).sort()).toEqual(['kvs.config.json', 'standards']);

    expect(await run(true)).toBe(0);
    const after = readFileSync(file, 'utf8');
    for (const id of ['frontmatter-schema', 'required-section', 'stale-reference']) expect(ruleIds(after)).not.toContain(id);
    // Every line of the old text that no fix touched is still there, in order.
    const touched = /dato:|telefon:|persondataloven|72335550/u;
    const kept = broken.split('\n').filter((line) => !touched.test(line));
    const afterLines = after.split('\n');
    let at = 0;
    for (const line of kept) {
      at = afterLines.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
      at++;
    }
    // Backups are kept under the file's own path in the project (.kvs/backup/<folder>/).
    const backupDir = path.join(dir, '.kvs', 'backup');
    const backups = readdirSync(backupDir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(backupDir, name)).isFile());
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(backupDir, backups[0]!), 'utf8')).toBe(broken);
    // A second run has nothing left to fix.
    expect(fix(after).applied).toEqual([]);
    record({
      area: 'No data lost',
      what: 'kvs fix --write: dates, phones, a stale reference and missing sections in one standard',
      cases: 1,
      result: 'the findings gone; every untouched line kept in order; the old file in .kvs/backup/; a dry run wrote nothing',
    });
  });
});
