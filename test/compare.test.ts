/**
 * `kvs compare`: the data table, the four formats, the CLI module (called
 * in-process), and the HTML in headless Chromium (axe-core) and the Nu HTML
 * Checker.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import type { Fact, Facts, Standard } from '../src/types.js';
import { buildStandard } from '../src/model/standard.js';
import { checkStandard } from '../src/check/check.js';
import { UsageError } from '../src/errors.js';
import {
  compareTable,
  csvField,
  notStated,
  renderCompareCsv,
  renderCompareHtml,
  renderCompareJson,
  renderCompareMarkdown,
  requirementColumn,
  type CompareTable,
} from '../src/compare/index.js';
import { runCompare } from '../src/cli/compare.js';
import { axeViolations, hasJava, launchChromium, openHtml, testContext, vnuErrors } from './helpers/browser.js';

const asOf = '2026-11-25';
const root = new URL('../', import.meta.url);
const standardsDir = new URL('standards/', root);
const bundled: Standard[] = readdirSync(standardsDir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => buildStandard(readFileSync(new URL(name, standardsDir), 'utf8'), `standards/${name}`));
const table = compareTable(bundled, { asOf });
const rowOf = (t: CompareTable, slug: string) => {
  const row = t.rows.find((r) => r.slug === slug);
  if (!row) throw new Error(`no row ${slug}`);
  return row;
};

/** A strict RFC 4180 reader (with `;`): quoted fields, doubled quotes, CRLF between records only. */
function parseCsv(text: string, separator = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`stray quote at ${i}`);
      quoted = true;
      wasQuoted = true;
    } else if (c === separator) {
      record.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break at ${i}`);
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      field += c;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

const front = (fields: string) => `---
${fields.trim()}
omraade: SEL § 101
status: vedtaget
---
`;

/** Sections chosen to hit each case of "only partly". */
const partlyText = `${front(`
kommune: Prøveby Kommune
titel: Prøvestandard
godkendt:
  dato: 2025-01-10
revision:
  interval_aar: 1
`)}
# Prøvestandard

## Lovgrundlag

Serviceloven paragraf 101 gælder her.

## Gavekort

## Målgruppe

Voksne med et problem med stoffer kan få hjælp her hos os.

<!-- kvs-krav: betaling -->

## Formål

Formålet er at hjælpe dig ud af misbruget eller til at mindske det, så du kan leve et godt liv med familie, arbejde og venner omkring dig hver dag.

<!-- kvs-krav: personale -->

## Typer af behandling

Vi tilbyder ambulant behandling og dagbehandling til borgere i hele kommunen, både om dagen og om aftenen, alene eller i grupper.

### Døgnbehandling

Døgnbehandling købes udenfor kommunen.

## Faglig uddybning

### Behandlingsgaranti

Du får tilbudt behandling inden for 14 dage.
`;

const unsafeText = `${front(`
kommune: "Ondby <img src=x onerror=alert(1)> Kommune"
titel: "Titel; \\"citat\\" | pipe <script>alert(1)</script> *fed*"
godkendt:
  dato: 2024-05-01
`)}
# <script>alert('h1')</script> Titel

## Lovgrundlag

Serviceloven § 101.
`;

describe('the table', () => {
  it('has one row per standard, sorted by kommune, and one column per requirement of the rule set in force', () => {
    expect(table.ruleSet.id).toBe('sel101-2024');
    expect(table.rows.map((r) => r.kommune)).toEqual([
      'Hjørring Kommune',
      'Holbæk Kommune',
      'Ishøj Kommune og Vallensbæk Kommune',
      'Ringsted Kommune',
    ]);
    const requirementColumns = table.columns.filter((c) => c.kind === 'requirement');
    expect(requirementColumns.map((c) => c.requirement)).toEqual(table.requirements.map((r) => r.key));
    expect(requirementColumns.find((c) => c.requirement === 'klageadgang')?.header).toBe('Sagsbehandling og klageadgang');
    for (const row of table.rows) expect(Object.keys(row.cells)).toEqual(table.columns.map((c) => c.key));
  });

  it("marks as missing exactly what the check's required-section rule reports", () => {
    for (const standard of bundled) {
      const fromCheck = checkStandard(standard, { asOf })
        .findings.filter((f) => f.ruleId === 'required-section')
        .map((f) => f.requirement)
        .sort();
      const row = table.rows.find((r) => r.path === standard.path)!;
      const missing = Object.entries(row.coverage)
        .filter(([, c]) => c.status === 'missing')
        .map(([key]) => key)
        .sort();
      expect(missing, standard.path).toEqual(fromCheck);
      expect(row.summary.missing).toBe(missing.filter((key) => table.requirements.find((r) => r.key === key)?.required).length);
    }
    for (const row of table.rows) expect(row.cells[requirementColumn('gavekort')]).toBe('mangler');
    expect(rowOf(table, 'hjoerring-stofmisbrug').coverage['klageadgang']?.status).toBe('missing');
    expect(rowOf(table, 'holbaek-stofmisbrug').coverage['betaling']?.status).toBe('missing');
    expect(rowOf(table, 'ishoej-stofmisbrug').coverage['klageadgang']?.status).toBe('covered');
    expect(rowOf(table, 'ringsted-stofmisbrug').coverage['betaling']?.status).toBe('covered');
  });

  it('counts a requirement as only partly covered by an empty section, a short marker or a short sub-section under another topic', () => {
    const t = compareTable([buildStandard(partlyText, 'proeve.md')], { asOf });
    const row = t.rows[0]!;
    const status = (key: string) => [row.coverage[key]?.status, row.coverage[key]?.reason];
    expect(status('lovgrundlag')).toEqual(['covered', undefined]); // its own section: 5 words are enough
    expect(status('gavekort')).toEqual(['partial', 'empty']);
    expect(status('betaling')).toEqual(['partial', 'short']); // a marker in a 12-word section
    expect(status('personale')).toEqual(['covered', undefined]); // a marker in a 30-word section
    expect(status('doegn_kvalitet')).toEqual(['partial', 'short']); // a 4-word sub-section under "Typer af behandling"
    expect(status('behandlingsgaranti')).toEqual(['covered', undefined]); // under a heading that is no requirement
    expect(status('klageadgang')).toEqual(['missing', undefined]);
    expect(row.coverage['doegn_kvalitet']?.sections).toEqual([
      { heading: 'Døgnbehandling', line: expect.any(Number), words: 4, matchedBy: 'heading', nested: true },
    ]);
    expect(row.cells[requirementColumn('gavekort')]).toBe('delvist');
    // The check agrees where it speaks: the empty section is an empty-section error.
    const findings = checkStandard(buildStandard(partlyText, 'proeve.md'), { asOf }).findings;
    expect(findings.some((f) => f.ruleId === 'empty-section' && f.requirement === 'gavekort')).toBe(true);
    expect(row.summary).toMatchObject({ covered: expect.any(Number), partial: 2 });
    expect(row.summary.covered + row.summary.partial + row.summary.missing).toBe(row.summary.required);
  });

  it('shows revision due from the approval date plus 2 years (or a shorter interval) or revision.dato, flagged overdue on --as-of', () => {
    const facts = (slug: string) => rowOf(table, slug).facts;
    expect(facts('holbaek-stofmisbrug').approved).toBe('2023-06-21');
    expect(facts('holbaek-stofmisbrug').revisionDue).toEqual({ date: '2025-06-21', basis: 'approval', years: 2, overdue: true });
    expect(facts('hjoerring-stofmisbrug').revisionDue).toMatchObject({ date: '2026-12-17', overdue: false });
    expect(facts('ishoej-stofmisbrug').revisionDue).toMatchObject({ date: '2020', overdue: true });
    expect(facts('ringsted-stofmisbrug').revisionDue).toMatchObject({ date: '2019-06-20', overdue: true });
    expect(rowOf(table, 'holbaek-stofmisbrug').cells['revisionOverdue']).toBe('ja');
    expect(rowOf(table, 'hjoerring-stofmisbrug').cells['revisionOverdue']).toBe('nej');

    const one = compareTable([buildStandard(partlyText, 'p.md')], { asOf }).rows[0]!;
    expect(one.facts.revisionDue).toEqual({ date: '2026-01-10', basis: 'approval', years: 1, overdue: true });
    const longInterval = partlyText.replace('interval_aar: 1', 'interval_aar: 4');
    expect(compareTable([buildStandard(longInterval, 'p.md')], { asOf }).rows[0]!.facts.revisionDue?.date).toBe('2027-01-10');
    const dated = partlyText.replace('interval_aar: 1', 'dato: 2027-03');
    expect(compareTable([buildStandard(dated, 'p.md')], { asOf }).rows[0]!.facts.revisionDue).toEqual({
      date: '2027-03',
      basis: 'revision-date',
      overdue: false,
    });
    const unapproved = compareTable([buildStandard(partlyText.replace(/godkendt:\n {2}dato: 2025-01-10\nrevision:\n {2}interval_aar: 1\n/u, ''), 'p.md')], { asOf }).rows[0]!;
    expect(unapproved.facts.revisionDue).toBeNull();
    expect([unapproved.cells['approved'], unapproved.cells['revisionDue'], unapproved.cells['revisionOverdue']]).toEqual([notStated, notStated, notStated]);
  });

  it('shows "–" for every fact the text does not state, whatever extraction finds today', () => {
    const lists = ['guaranteeDays', 'followUpMonths', 'complaintDays', 'ageGroups'] as const;
    for (const row of table.rows) {
      for (const key of lists) expect(row.cells[key] === notStated, `${row.slug} ${key}`).toBe(row.facts[key].length === 0);
      expect(row.cells['lix']).toBe(String(row.facts.lix));
      expect(row.facts.lix).toBeGreaterThan(0);
    }
  });

  it('shows stated facts, and both values where the text contradicts itself', () => {
    const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 10 } });
    const fact = <T>(value: T, line: number): Fact<T> => ({ value, position: at(line), text: `linje ${line}` });
    const base = bundled.find((s) => s.path.includes('ishoej'))!;
    const facts: Facts = {
      ...base.facts,
      guaranteeDays: [fact(14, 20), fact(14, 40)],
      followUpMonths: [fact([1, 3, 6, 12], 85), fact([3, 9], 159)],
      complaintDays: [fact(28, 200)],
      ageLimits: [fact({ min: 13 }, 24), fact({ max: 17 }, 21), fact({ min: 18, max: 24 }, 30)],
      revisionYears: [fact(1, 5)],
    };
    const t = compareTable([{ ...base, facts }], { asOf });
    const row = t.rows[0]!;
    expect(row.cells).toMatchObject({
      guaranteeDays: '14',
      followUpMonths: '1, 3, 6, 12 / 3, 9',
      complaintDays: '28',
      ageGroups: 'fra 13 år, under 18 år, 18–24 år',
      freeChoice: 'dækket',
    });
    // The front-matter's interval (2) wins over the text's.
    expect(row.facts.revisionDue?.years).toBe(2);
    expect(row.facts.followUpMonths.map((f) => f.line)).toEqual([85, 159]);
    const en = compareTable([{ ...base, facts }], { asOf, lang: 'en' }).rows[0]!;
    expect(en.cells['ageGroups']).toBe('from 13, under 18, 18–24');
    expect(en.cells['freeChoice']).toBe('covered');
    // A model from before extraction existed (no facts at all) still compares.
    const withoutFacts: Partial<Standard> = { ...base };
    delete withoutFacts.facts;
    expect(compareTable([withoutFacts as Standard], { asOf }).rows[0]!.cells['guaranteeDays']).toBe(notStated);
  });

  it('uses the rule set in force on the date, or the one the config pins', () => {
    expect(compareTable(bundled, { asOf: '2021-01-01' }).ruleSet.id).toBe('sel101-2020');
    expect(compareTable(bundled, { asOf, config: { ruleSet: 'sel101-2014' } }).ruleSet.id).toBe('sel101-2014');
    expect(() => compareTable(bundled, { asOf: '2000-01-01' })).toThrow(UsageError);
  });
});

describe('the formats', () => {
  const unsafe = buildStandard(unsafeText, 'standards/ond.md');
  const withUnsafe = compareTable([...bundled, unsafe], { asOf });

  it('CSV: BOM, ";" and CRLF, and it parses back to the same cells as the JSON', () => {
    const csv = renderCompareCsv(withUnsafe);
    expect(csv.startsWith('\uFEFFKommune;Titel;Fil;')).toBe(true);
    const records = parseCsv(csv.slice(1));
    const json = JSON.parse(renderCompareJson(withUnsafe)) as {
      columns: Array<{ key: string; header: string }>;
      rows: Array<{ cells: Record<string, string> }>;
    };
    expect(records[0]).toEqual(json.columns.map((c) => c.header));
    expect(records.slice(1)).toEqual(json.rows.map((row) => json.columns.map((c) => row.cells[c.key])));
    expect(records).toHaveLength(6);
    expect(csv).toContain('"Titel; ""citat"" | pipe <script>alert(1)</script> *fed*"');
  });

  it('CSV: a value that looks like a formula is defused', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+45 12 34')).toBe("'+45 12 34");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('–')).toBe('–');
    expect(csvField('1, 3, 6')).toBe('1, 3, 6');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('JSON: a stable shape with every requirement, typed facts and no raw <, > or &', () => {
    const text = renderCompareJson(withUnsafe);
    expect(text).not.toMatch(/[<>&]/u);
    const json = JSON.parse(text) as Record<string, unknown> & {
      rows: Array<Record<string, unknown> & { coverage: Record<string, { status: string }>; facts: Record<string, unknown>; title: string }>;
    };
    expect(Object.keys(json)).toEqual(['format', 'version', 'lang', 'asOf', 'ruleSet', 'partlyWords', 'requirements', 'columns', 'rows']);
    expect([json['format'], json['version'], json['asOf'], json['partlyWords']]).toEqual(['kvs-compare', 1, asOf, 20]);
    for (const row of json.rows) {
      expect(Object.keys(row)).toEqual(['slug', 'path', 'kommune', 'title', 'summary', 'coverage', 'facts', 'cells']);
      expect(Object.keys(row.coverage)).toEqual(table.requirements.map((r) => r.key));
      expect(Object.keys(row.facts)).toEqual([
        'guaranteeDays', 'followUpMonths', 'complaintDays', 'ageGroups', 'freeChoice', 'approved', 'revisionDue', 'lix',
      ]);
    }
    expect(json.rows.find((row) => row['slug'] === 'ond')!.title).toBe('Titel; "citat" | pipe <script>alert(1)</script> *fed*');
    // The same input gives the same bytes.
    expect(renderCompareJson(compareTable([...bundled, unsafe], { asOf }))).toBe(text);
  });

  it('Markdown: a GFM table with one column per standard and nothing unescaped', () => {
    const md = renderCompareMarkdown(withUnsafe);
    const lines = md.split('\n').filter((line) => line.startsWith('|'));
    const cellsOf = (line: string) => line.replace(/\\\|/gu, '').split('|').length;
    expect(lines[1]).toBe(`| --- | ${withUnsafe.rows.map(() => '---').join(' | ')} |`);
    for (const line of lines) expect(cellsOf(line)).toBe(cellsOf(lines[0]!));
    expect(lines).toHaveLength(withUnsafe.columns.length + 1);
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/u);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\| pipe');
    expect(md).toContain('| Gavekort | ✗ mangler | ✗ mangler | ✗ mangler | ✗ mangler | ✗ mangler |');
    // A fact the text does not state is "–".
    expect(renderCompareMarkdown(compareTable([unsafe], { asOf }))).toMatch(/^\| Behandlingsgaranti \(dage\) \| – \|$/mu);
  });

  it('HTML: escaped, self-contained, Danish, with caption, th scope, symbols with words and an SVG chart with title and desc', () => {
    const html = renderCompareHtml(withUnsafe);
    expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="da">/u);
    expect(html.match(/<script/gu)).toHaveLength(1);
    expect(html).not.toMatch(/<img|onerror=alert|<script>alert/u);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<link|@import|url\((?!#kvs-chart-hatch\))|\s(src|href)="(?!#)/u);
    expect(html).toContain('<caption id="kvs-requirements-caption">');
    expect(html).toContain('<th scope="row" data-sort-value="Sagsbehandling og klageadgang">Sagsbehandling og klageadgang');
    expect(html).toContain('<th scope="col" data-sort="number" class="kvs-kommune-col">Holbæk Kommune</th>');
    expect(html).toMatch(/<span class="kvs-symbol" aria-hidden="true">✗<\/span> mangler/u);
    expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="kvs-chart-title kvs-chart-desc"/u);
    // The chart's description states each kommune's coverage in words.
    expect(html).toMatch(/<desc id="kvs-chart-desc">Hjørring Kommune: \d+ af 16 påkrævede krav dækket \(\d+ %\)\./u);
    expect(html).toContain('--kvs-primary: #1f4e79;');
    expect(renderCompareHtml(withUnsafe, { theme: { colors: { primary: '#006633', accent: '#ffcc00', text: '#111111', background: '#ffffff' } } })).toContain(
      '--kvs-primary: #006633;',
    );
  });

  it('English with lang en', () => {
    const en = compareTable(bundled, { asOf, lang: 'en' });
    expect(en.columns.slice(0, 4).map((c) => c.header)).toEqual(['Municipality', 'Title', 'File', 'Required items covered (%)']);
    expect(rowOf(en, 'holbaek-stofmisbrug').cells[requirementColumn('betaling')]).toBe('missing');
    expect(renderCompareHtml(en)).toMatch(/<html lang="en">[\s\S]*Quality standards compared/u);
    expect(renderCompareMarkdown(en)).toContain('| Gift cards | ✗ missing |');
  });

  it('uses a project template before the bundled one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvs-compare-templates-'));
    try {
      mkdirSync(join(dir, 'compare', 'partials'), { recursive: true });
      writeFileSync(join(dir, 'compare', 'partials', 'legend.hbs'), '<p class="own-legend">{{t.legendHeading}}</p>');
      const html = renderCompareHtml(table, { templateDirs: [dir] });
      expect(html).toContain('<p class="own-legend">Sådan læses sammenligningen</p>');
      expect(html).toContain('kvs-chart-svg');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('runCompare', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-compare-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function quietly<T>(run: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    try {
      return { result: await run(), stdout, stderr };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  it('writes Markdown about standards/ to standard output by default', async () => {
    const { result, stdout } = await quietly(() => runCompare([], { asOf }));
    expect(result).toBe(0);
    expect(stdout).toBe(renderCompareMarkdown(table));
  });

  it('writes all four formats with --out (the format follows --format, else the extension)', async () => {
    for (const format of ['html', 'csv', 'json', 'md']) {
      const { result, stderr } = await quietly(() => runCompare(['standards'], { format, out: join(dir, `compare-${format}.out`), asOf }));
      expect(result).toBe(0);
      expect(stderr).toMatch(/^Skrev .*compare-.*\(4 standarder\)\.\n$/u);
    }
    expect(readFileSync(join(dir, 'compare-html.out'), 'utf8')).toBe(renderCompareHtml(table));
    expect(readFileSync(join(dir, 'compare-csv.out'), 'utf8')).toBe(renderCompareCsv(table));
    expect(readFileSync(join(dir, 'compare-json.out'), 'utf8')).toBe(renderCompareJson(table));
    expect(readFileSync(join(dir, 'compare-md.out'), 'utf8')).toBe(renderCompareMarkdown(table));
    await quietly(() => runCompare(['standards/*.md'], { out: join(dir, 'by-extension.csv'), asOf, lang: 'en' }));
    expect(readFileSync(join(dir, 'by-extension.csv'), 'utf8')).toBe(renderCompareCsv(compareTable(bundled, { asOf, lang: 'en' })));
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a bad --format, a bad --as-of and paths without files with a UsageError (kvs exits 2) before writing', async () => {
    const out = join(dir, 'never.html');
    const refused = [
      () => runCompare([], { format: 'pdf', out, asOf }),
      () => runCompare([], { format: 'html', out, asOf: '2026-13-01' }),
      () => runCompare([], { format: 'html', out, asOf: '2000-01-01' }),
      () => runCompare(['no-such-folder'], { format: 'html', out, asOf }),
      () => runCompare([dir], { format: 'html', out, asOf }),
    ];
    for (const run of refused) await expect(quietly(run)).rejects.toBeInstanceOf(UsageError);
    expect(readdirSync(dir)).not.toContain('never.html');
  });

  it('leaves out a file it cannot read, says so, and exits 1', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'god.md'), partlyText);
    writeFileSync(join(folder, 'binær.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const { result, stdout, stderr } = await quietly(() => runCompare([folder], { format: 'json', asOf }));
    expect(result).toBe(1);
    // The read stage names what the bytes are (here a zip, as a .docx is) and what to do instead.
    expect(stderr).toMatch(/binær\.md er udeladt: Filen er en zip-fil .*Brug `kvs import`/u);
    expect((JSON.parse(stdout) as { rows: unknown[] }).rows).toHaveLength(1);
  });
});

describe('in a browser: axe-core and the Nu HTML Checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvs-compare-html-'));
  const pages = [
    { name: 'compare-da', html: renderCompareHtml(table) },
    { name: 'compare-en', html: renderCompareHtml(compareTable(bundled, { asOf, lang: 'en' })) },
    {
      name: 'compare-partly-unsafe',
      html: renderCompareHtml(compareTable([buildStandard(partlyText, 'proeve.md'), buildStandard(unsafeText, 'ond.md'), ...bundled], { asOf })),
    },
  ];
  const files = pages.map(({ name, html }) => {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    return file;
  });
  let browser: Browser;
  let context: BrowserContext;
  let vnu: ReturnType<typeof vnuErrors> | undefined;

  beforeAll(async () => {
    vnu = hasJava ? vnuErrors(files) : undefined;
    vnu?.catch(() => undefined);
    browser = await launchChromium();
    context = await testContext(browser);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const { name, html } of pages) {
    it(`${name}: no axe violations, no external requests, no script alert`, async () => {
      const dialogs: string[] = [];
      const { page, requests } = await openHtml(context, html);
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      expect(await axeViolations(page)).toEqual([]);
      expect(requests).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.close();
    });
  }

  it.skipIf(!hasJava)('the Nu HTML Checker finds no errors', async () => {
    expect(await vnu).toEqual([]);
  });
  if (!hasJava) console.warn('Skipping the Nu HTML Checker: no `java` on PATH (bash scripts/setup-system.sh installs one).');

  it("sorts requirements by a kommune's coverage, missing first, and kommuner by LIX", async () => {
    const { page } = await openHtml(context, pages[0]!.html);
    await page.getByRole('button', { name: 'Holbæk Kommune' }).click();
    const holbaek = await page.$$eval('.kvs-matrix tbody tr', (trs) => trs.map((tr) => tr.cells[2]?.getAttribute('data-sort-value')));
    expect(holbaek).toEqual([...holbaek].sort());
    expect(await page.$eval('.kvs-matrix tbody tr th', (th) => th.textContent)).toMatch(/Lovgrundlag/u);
    await page.getByRole('button', { name: 'LIX' }).click();
    const lix = await page.$$eval('.kvs-facts tbody tr', (trs) => trs.map((tr) => Number(tr.querySelector('.kvs-lix')?.textContent)));
    expect(lix).toEqual([...lix].sort((a, b) => a - b));
    await page.close();
  });

  it('reads the same without script and fits a phone without sideways scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      const { page } = await openHtml(phone, pages[0]!.html);
      expect(await page.locator('.kvs-matrix tbody tr').count()).toBe(table.requirements.length);
      expect(await page.locator('.kvs-sort-hint').first().isHidden()).toBe(true);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await page.close();
    } finally {
      await phone.close();
    }
  });
});
