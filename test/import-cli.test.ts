/**
 * `kvs import` as a policy writer and a CI job use it: files in, a standard
 * out, nothing overwritten by accident, nothing written for bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument } from '../src/import/index.js';
import { buildStandard } from '../src/model/standard.js';
import { checkText } from '../src/check/check.js';
import { del, docx, imageRel, ins, p, paragraphStyle, picture, pStyle, r } from './helpers/docx.js';
import { fixturesUrl } from './helpers/fixtures.js';

const kvsBin = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const seed = (name: string) => fileURLToPath(new URL(`seeds/${name}`, fixturesUrl));
const dirs: string[] = [];

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
});
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-import-'));
  dirs.push(dir);
  return dir;
}

function kvs(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [kvsBin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A Word standard with a tracked deletion and insertion, a move and a reviewer comment. */
function wordStandard(): Uint8Array {
  const h = (text: string, level = 2) => p(r(text), pStyle(`Overskrift${level}`));
  const moved = 'Du kan også ringe til os, hvis du har spørgsmål.';
  return docx({
    styles: paragraphStyle('Overskrift1', 'heading 1') + paragraphStyle('Overskrift2', 'heading 2'),
    comments: `<w:comment w:id="0" w:author="Lone Hansen" w:initials="LH">${p(r('Er fristen rigtig?'))}</w:comment>`,
    document:
      h('Kvalitetsstandard for stofmisbrugsbehandling i Eksempelby Kommune', 1) +
      p(r('Godkendt af Kommunalbestyrelsen den 3. marts 2025.')) +
      h('Behandlingsgaranti') +
      p(r('Du kommer i behandling senest ') + del('21 dage') + ins('14 dage') + r(' efter din henvendelse.') + `<w:moveFrom w:id="5" w:author="A">${r(' ' + moved)}</w:moveFrom>`) +
      h('Klagemuligheder') +
      p('<w:commentRangeStart w:id="0"/>' + r('Du kan klage inden 4 uger efter afgørelsen.') + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>') +
      h('Frit valg') +
      p(r('Du kan vælge et andet godkendt behandlingstilbud af samme slags.')) +
      p(`<w:moveTo w:id="6" w:author="A">${r(moved)}</w:moveTo>`),
  });
}

describe('importing a Word file', () => {
  const result = importDocument(wordStandard(), 'standard.docx');

  it('accepts tracked changes, resolves the move and drops the comment', () => {
    expect(result.markdown).toContain('senest 14 dage efter din henvendelse.');
    expect(result.markdown).not.toContain('21 dage');
    expect(result.markdown).not.toContain('Er fristen rigtig');
    expect(result.markdown.split('Du kan også ringe til os').length - 1).toBe(1);
    expect(result.removed.map((x) => [x.reason, x.text])).toEqual(
      expect.arrayContaining([
        ['tracked-deletion', '21 dage'],
        ['comment', 'Lone Hansen: Er fristen rigtig?'],
        ['tracked-deletion', 'Du kan også ringe til os, hvis du har spørgsmål.'],
      ]),
    );
  });

  it('gives a standard kvs check reads, with its sections mapped to the right keys', () => {
    const standard = buildStandard(result.markdown);
    const keys = Object.fromEntries(standard.sections.map((s) => [s.heading, s.requirements]));
    expect(keys).toMatchObject({ Behandlingsgaranti: ['behandlingsgaranti'], Klagemuligheder: ['klageadgang'], 'Frit valg': ['frit_valg'] });
    expect(result.frontMatter).toMatchObject({ kommune: 'Eksempelby Kommune', godkendt: { af: 'Kommunalbestyrelsen', dato: '2025-03-03' } });
    const missingKeys = checkText(result.markdown, 'x.md', { asOf: '2026-01-01' })
      .findings.filter((f) => f.ruleId === 'required-section')
      .map((f) => f.requirement);
    expect(missingKeys).toContain('gavekort');
    expect(missingKeys).not.toContain('klageadgang');
  });
});

describe('kvs import', () => {
  it('writes standards/<kommune>-stofmisbrug.md and a report of every removal', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'ringsted.txt'), readFileSync(seed('003_592cd1358dec852c.txt')));
    const run = kvs(dir, 'import', 'ringsted.txt', '--report', 'rapport.json');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/ringsted\.txt → standards\/ringsted-stofmisbrug\.md .*sletninger.*kommentarer/);
    const report = JSON.parse(readFileSync(join(dir, 'rapport.json'), 'utf8'));
    expect(report).toMatchObject({ source: 'ringsted.txt', output: 'standards/ringsted-stofmisbrug.md' });
    expect(report.removed.some((x: { reason: string; text: string; line: number }) => x.reason === 'comment' && x.line === 21)).toBe(true);
    const check = kvs(dir, 'check', '--format', 'json');
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout)[0].filePath).toContain('ringsted-stofmisbrug.md');
  });

  it('lists every kvs comment it writes in the report under added, and says so in the summary', () => {
    const dir = workspace();
    const run = kvs(dir, 'import', seed('000_72d6fac0d5523831.txt'), '--report', 'rapport.json');
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'rapport.json'), 'utf8')) as { added: Array<{ reason: string; text: string; line: number }> };
    const written = readFileSync(join(dir, 'standards', 'ishoej-stofmisbrug.md'), 'utf8').match(/\{>>kvs:[\s\S]*?<<\}/g) ?? [];
    expect(written.length).toBeGreaterThan(0);
    expect(report.added.map((a) => a.text).sort()).toEqual([...written].sort());
    expect(report.added.some((a) => a.reason === 'conflict')).toBe(true);
    expect(run.stderr).toMatch(new RegExp(`Tilføjet ${written.length} kvs-kommentar`));
  });

  it('reports the page furniture it removes from a web page, by kind', () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'side.txt'),
      'Gå til indhold Forside Borger Sundhed\nKvalitetsstandard for stofmisbrug i Eksempelby Kommune\n\nFold alle ud\n\nMålgruppe\n\nBorgere over 18 år med et forbrug af stoffer kan få hjælp.\n\nDel\nUdskriv\n',
    );
    const run = kvs(dir, 'import', 'side.txt', '--report', 'rapport.json');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/fjernet 1 navigation.*3 knapper/);
    const report = JSON.parse(readFileSync(join(dir, 'rapport.json'), 'utf8')) as { removed: Array<{ reason: string; text: string; line: number }> };
    expect(report.removed).toEqual(
      expect.arrayContaining([
        { reason: 'navigation', text: 'Gå til indhold Forside Borger Sundhed', line: 1 },
        { reason: 'page-control', text: 'Fold alle ud', line: 4 },
        { reason: 'page-control', text: 'Udskriv', line: 11 },
      ]),
    );
  });

  it('makes one standard of the two Ishøj extractions', () => {
    const dir = workspace();
    const run = kvs(dir, 'import', seed('000_72d6fac0d5523831.txt'), seed('004_8ac0ee625ea3c07d.txt'), '--out', 'ud');
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'ud'))).toEqual(['ishoej-stofmisbrug.md']);
    expect(run.stderr).toMatch(/samme standard/);
  });

  it('names a standard for another area by its area, so it never takes the § 101 standard\'s name', () => {
    const dir = workspace();
    // The § 107 fixture as a web page's text: its Markdown without the front-matter and the # signs.
    const text = readFileSync(new URL('sel107-botilbud.md', fixturesUrl), 'utf8').replace(/^---[\s\S]*?\n---\n/, '').replace(/^#+ /gm, '');
    writeFileSync(join(dir, 'botilbud.txt'), text);
    const run = kvs(dir, 'import', 'botilbud.txt', seed('000_72d6fac0d5523831.txt'), '--kommune', 'Eksempelby Kommune', '--out', 'ud');
    expect(run.stderr).not.toMatch(/findes allerede/);
    expect(readdirSync(join(dir, 'ud')).sort()).toEqual(['eksempelby-midlertidigt-botilbud.md', 'eksempelby-stofmisbrug.md']);
  });

  it('refuses to overwrite without --force, and keeps a backup with it', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'standards'));
    writeFileSync(join(dir, 'standards', 'hjoerring-stofmisbrug.md'), 'min egen tekst\n');
    const refused = kvs(dir, 'import', seed('001_cbf15360cc0314fb.txt'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/findes allerede.*--force/);
    expect(readFileSync(join(dir, 'standards', 'hjoerring-stofmisbrug.md'), 'utf8')).toBe('min egen tekst\n');
    const forced = kvs(dir, 'import', seed('001_cbf15360cc0314fb.txt'), '--force');
    expect(forced.status).toBe(0);
    // Backups are kept under the file's own path in the project.
    const backups = readdirSync(join(dir, '.kvs', 'backup', 'standards'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, '.kvs', 'backup', 'standards', backups[0]!), 'utf8')).toBe('min egen tekst\n');
    expect(readFileSync(join(dir, 'standards', 'hjoerring-stofmisbrug.md'), 'utf8')).toMatch(/^---\nkommune: Hjørring Kommune/);
  });

  it('writes to standard output with -o -', () => {
    const run = kvs(workspace(), 'import', seed('002_c3a2f45c2698122a.txt'), '-o', '-');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^---\nkommune: Holbæk Kommune/);
  });

  it('refuses bad input with a clear message and writes nothing', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'tom.txt'), '');
    writeFileSync(join(dir, 'binær.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00]));
    writeFileSync(join(dir, 'falsk.docx'), 'ikke en zip-fil');
    // One run for the three (an importer starts slowly): each is refused on its own line.
    const files = ['tom.txt', 'binær.txt', 'falsk.docx'];
    const run = kvs(dir, 'import', ...files);
    expect(run.status).toBe(1);
    for (const file of files) expect(run.stderr, file).toMatch(new RegExp(`^${file}: .+Intet skrevet\\.`, 'm'));
    expect(run.stderr.trim().split('\n')).toHaveLength(files.length);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'standards'))).toBe(false);
  });

  it('converts Windows-1252 text and says so', () => {
    const dir = workspace();
    const text = readFileSync(seed('001_cbf15360cc0314fb.txt'), 'utf8');
    writeFileSync(join(dir, 'ansi.txt'), latin1(text));
    const run = kvs(dir, 'import', 'ansi.txt', '-o', '-');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Hjørring Kommune');
    expect(run.stderr).toMatch(/Konverteret fra windows-1252/);
  });

  it('writes a Word file\'s pictures beside the standard under a free name, links them, and never outside the project', () => {
    const dir = workspace();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 9]);
    writeFileSync(
      join(dir, 'billede.docx'),
      docx({
        rels: imageRel('rId9', 'media/image1.png'),
        document: p(r('Kvalitetsstandard for botilbud i Eksempelby Kommune')) + p(picture('rId9', 'Kort over botilbuddet')) + p(r('Du kan klage.')),
        files: { 'word/media/image1.png': png },
      }),
    );
    // A folder of that name is there already: it is left as it was, the pictures take the next free name.
    mkdirSync(join(dir, 'ud.billeder'));
    writeFileSync(join(dir, 'ud.billeder', '1.png'), 'mit eget billede');
    const run = kvs(dir, 'import', 'billede.docx', '-o', 'ud.md', '--report', 'rapport.json');
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'ud.billeder', '1.png'), 'utf8')).toBe('mit eget billede');
    expect([...readFileSync(join(dir, 'ud.billeder-2', '1.png'))]).toEqual([...png]);
    expect(readFileSync(join(dir, 'ud.md'), 'utf8')).toContain('\n![Kort over botilbuddet](ud.billeder-2/1.png)\n');
    expect(run.stderr).toContain('1 billede skrevet til ud.billeder-2/');
    const report = JSON.parse(readFileSync(join(dir, 'rapport.json'), 'utf8'));
    expect(report.images).toEqual([{ file: join('ud.billeder-2', '1.png'), alt: 'Kort over botilbuddet', source: 'image1.png', line: 2 }]);
    expect(report.removed.filter((removal: { reason: string }) => removal.reason === 'image')).toEqual([]);

    // The project is the working folder: a standard written outside it gets no picture folder; the report names the picture.
    const outside = workspace();
    const away = kvs(dir, 'import', 'billede.docx', '-o', join(outside, 'ud.md'));
    expect(away.stderr).toMatch(/uden for projektmappen/);
    expect(readdirSync(outside)).toEqual(['ud.md']);
    expect(readFileSync(join(outside, 'ud.md'), 'utf8')).not.toContain('![');
    expect(away.stderr).toMatch(/billeder, der ikke er skrevet ved siden af standarden, står i rapporten/);
  });

  it('names a usage error with exit 2', () => {
    expect(kvs(workspace(), 'import').status).toBe(2);
    expect(kvs(workspace(), 'import', seed('001_cbf15360cc0314fb.txt'), '--from', 'pdf').status).toBe(2);
  });
});

/** The bytes a Windows program saving "ANSI" would write (all seed characters are in Latin-1). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}
