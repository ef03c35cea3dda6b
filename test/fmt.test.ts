/**
 * `kvs fmt` changes the style and never a word: for every bundled standard,
 * the clean fixture and generated standard-like Markdown, the accepted view
 * (front-matter data, headings, prose) is the same before and after, a second
 * run changes nothing, and `kvs check` finds the same things. CriticMarkup,
 * kvs comments and raw HTML survive byte for byte; what fmt cannot reproduce
 * safely is left as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMarkdown } from '../src/fmt/format.js';
import { viewOf, type AcceptedView } from '../src/accept/view.js';
import { buildStandard } from '../src/model/standard.js';
import { checkStandard } from '../src/check/check.js';
import { complete } from './helpers/fixtures.js';
import { record } from './helpers/ledger.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const goldenDir = path.join(root, 'test', 'golden');
const bundled = [
  ...readdirSync(goldenDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(goldenDir, name), 'utf8') })),
  { name: 'complete.md', text: complete },
];

const asOf = '2026-06-01';

/** What a reader and the checker see: the accepted view and the rule ids of the findings. */
function seen(text: string): { view: AcceptedView; ruleIds: string[] } {
  const standard = buildStandard(text, 'x.md');
  const ruleIds = checkStandard(standard, { asOf })
    .findings.map((finding) => finding.ruleId)
    .sort();
  return { view: viewOf(standard), ruleIds };
}

function formatted(text: string): string {
  const result = formatMarkdown(text);
  expect(result.ok, result.ok ? '' : result.reason.en).toBe(true);
  return result.text;
}

describe('kvs fmt on the bundled standards', () => {
  for (const { name, text } of bundled) {
    it(`${name}: same accepted view, same findings, idempotent`, () => {
      const once = formatted(text);
      expect(seen(once)).toEqual(seen(text));
      expect(formatMarkdown(once)).toMatchObject({ ok: true, changed: false, text: once });
    });
  }
});

describe('what fmt changes', () => {
  it('writes the canonical style: ATX headings, - bullets, * emphasis, ** strong, fenced code', () => {
    const source = [
      'Titel',
      '=====',
      '',
      '* et',
      '* to',
      '',
      'Det er _vigtigt_ og __meget__ vigtigt.',
      '',
      '    kode',
      '',
      '***',
      '',
    ].join('\n');
    expect(formatted(source)).toBe(
      ['# Titel', '', '- et', '- to', '', 'Det er *vigtigt* og **meget** vigtigt.', '', '```', 'kode', '```', '', '---', ''].join('\n'),
    );
  });

  it('orders front-matter keys as the schema does, nested ones too, unknown keys last; a comment moves with the key below it; quotes survive', () => {
    const source = [
      '---',
      'status: vedtaget # efter høring',
      'ekstra: beholdes',
      '# Godkendt på mødet i juni',
      'godkendt:',
      '  dato: 2023-06-21',
      '  af: Byrådet',
      'kommune: Testby',
      'kontakt:',
      '  - telefon: "57 62 79 30"',
      "    navn: 'Rusmiddelcenter Testby'",
      'titel: Kvalitetsstandard',
      '---',
      '',
      '# Kvalitetsstandard',
      '',
    ].join('\n');
    expect(formatted(source)).toBe(
      [
        '---',
        'kommune: Testby',
        'titel: Kvalitetsstandard',
        '# Godkendt på mødet i juni',
        'godkendt:',
        '  af: Byrådet',
        '  dato: 2023-06-21',
        'status: vedtaget # efter høring',
        'kontakt:',
        "  - navn: 'Rusmiddelcenter Testby'",
        '    telefon: "57 62 79 30"',
        'ekstra: beholdes',
        '---',
        '',
        '# Kvalitetsstandard',
        '',
      ].join('\n'),
    );
  });

  it('keeps CriticMarkup, kvs comments, raw HTML and <del>/<ins> byte for byte', () => {
    const marks = [
      '{++ny *tekst* med_understreg++}',
      '{-- [gammel] tekst~~--}',
      '{~~14~>21~~}',
      '{>> Tjek {loven} & <b>nu</b> <<}',
      '{==markeret_tekst==}',
    ];
    const source = [
      '---',
      'kommune: Testby',
      '---',
      '',
      '## Behandlingsgaranti',
      '<!-- kvs-krav: behandlingsgaranti -->',
      '',
      `Du får hjælp inden for ${marks[2]} dage. ${marks[0]} og ${marks[1]}.`,
      '',
      `* Punkt ${marks[3]}`,
      `* Punkt ${marks[4]}`,
      '',
      '<!-- kvs-disable-next-line empty-section -->',
      '## Tomt afsnit',
      '',
      '<div class="boks">',
      '  Rå *HTML* {++inde i++} blokken',
      '</div>',
      '',
      'Ord <del>slettet</del> og <ins>indsat</ins> og ~~streget~~.',
      '',
      '| Krav | Frist |',
      '|:--|--:|',
      `| Garanti | ${marks[2]} dage |`,
      '',
    ].join('\n');
    const out = formatted(source);
    for (const mark of marks) expect(out).toContain(mark);
    expect(out).toContain('<!-- kvs-disable-next-line empty-section -->\n## Tomt afsnit');
    expect(out).toContain('<div class="boks">\n  Rå *HTML* {++inde i++} blokken\n</div>');
    expect(out).toContain('Ord <del>slettet</del> og <ins>indsat</ins> og ~~streget~~.');
    expect(out).toContain('- Punkt {>> Tjek {loven} & <b>nu</b> <<}');
    // Table columns are aligned as written, marks included.
    const rows = out.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    expect(seen(out)).toEqual(seen(source));
    expect(formatted(out)).toBe(out);
  });

  it('keeps \\r\\n line endings when the file uses them', () => {
    const out = formatted('# Titel\r\n\r\n\r\n* et\r\n* to\r\n');
    expect(out).toBe('# Titel\r\n\r\n- et\r\n- to\r\n');
  });

  it('leaves a file unchanged, with the reason, when the new form would read differently', () => {
    // In the accepted view `{++*++}vigtigt*` is emphasis; formatted, the second `*` would be escaped.
    const source = 'Dette er {++*++}vigtigt*.\n\n* liste\n';
    const result = formatMarkdown(source);
    expect(result.ok).toBe(false);
    expect(result.text).toBe(source);
    expect(result.ok ? '' : result.reason.da).toMatch(/uændret/);
  });
});

// ---------------------------------------------------------------------------
// Property: generated standard-like Markdown

const words = ['Du', 'kan', 'få', 'hjælp', 'behandling', 'senest', '14', 'dage', 'kommunen', 'Ankestyrelsen', 'pårørende', 'æble', 'ø', 'år'];
const punctuation = ['*', '_', '{', '}', '~', '[', ']', '<', '>', '&', '\\', '#', '|', '`', '!', '(', ')', '.', ',', '-', '+', '='];
const critic = fc.oneof(
  fc.constant('{++indsat tekst++}'),
  fc.constant('{--slettet tekst--}'),
  fc.constant('{~~14~>21~~}'),
  fc.constant('{>>kommentar: tjek [loven]<<}'),
  fc.constant('{==markeret==}'),
  fc.constant('{++ny sætning.\n\nNyt afsnit++}'),
);
const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 1, arbitrary: fc.constantFrom(...words).map((w) => `*${w}*`) },
  { weight: 1, arbitrary: fc.constantFrom(...words).map((w) => `_${w}_`) },
  { weight: 1, arbitrary: fc.constantFrom(...words).map((w) => `**${w}**`) },
  { weight: 1, arbitrary: fc.constantFrom('<del>gammelt</del>', '<ins>nyt</ins>', '~~streg~~', '<!-- kvs-disable-line readability -->') },
  { weight: 2, arbitrary: critic },
);
const sentence = fc.array(token, { minLength: 1, maxLength: 12 }).map((tokens) => tokens.join(' '));
const heading = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom('Behandlingsgaranti', 'Frit valg', 'Klageadgang', 'Målgruppe', 'Om os'), fc.boolean())
  .map(([depth, title, setext]) => (setext && depth <= 2 ? `${title}\n${depth === 1 ? '===' : '---'}` : `${'#'.repeat(depth)} ${title}`));
const list = fc
  .tuple(fc.constantFrom('-', '*', '+', '1.'), fc.array(sentence, { minLength: 1, maxLength: 4 }))
  .map(([marker, items]) => items.map((item) => `${marker} ${item}`).join('\n'));
const table = fc
  .array(fc.tuple(fc.constantFrom(...words), sentence), { minLength: 1, maxLength: 3 })
  .map((rows) => ['| Emne | Tekst |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b.replace(/\|/g, '/').replace(/\n/g, ' ')} |`)].join('\n'));
const block = fc.oneof(
  { weight: 3, arbitrary: sentence },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: list },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: fc.constant('<!-- kvs-krav: klageadgang -->') },
  { weight: 1, arbitrary: sentence.map((s) => `<!-- kvs-disable-next-line duplicate-paragraph -->\n${s}`) },
  { weight: 1, arbitrary: sentence.map((s) => `> ${s}`) },
  { weight: 1, arbitrary: fc.constant('```\nkode {++x++} *ikke* fremhævet\n```') },
);
const frontMatterLines = [
  'kommune: Testby',
  'titel: "Kvalitetsstandard: stofmisbrug"',
  'omraade: SEL § 101',
  'status: udkast',
  'lovgrundlag:\n  - Serviceloven § 101',
  'godkendt:\n  dato: 2024-01-02\n  af: Byrådet',
  'revision:\n  interval_aar: 2',
  'kontakt:\n  - telefon: "57 62 79 30"\n    navn: Center',
  'ekstra: 1.50 # ukendt felt',
];
const frontMatter = fc
  .shuffledSubarray(frontMatterLines, { minLength: 1 })
  .map((lines) => `---\n${lines.join('\n')}\n---`);
const separator = fc.constantFrom('\n\n', '\n\n\n', '\n');
const document = fc
  .tuple(fc.option(frontMatter, { nil: undefined }), fc.array(fc.tuple(block, separator), { minLength: 1, maxLength: 10 }))
  .map(([head, blocks]) => `${head ? `${head}\n\n` : ''}${blocks.map(([b, s]) => b + s).join('')}`);

describe('kvs fmt on generated standard-like Markdown', () => {
  it('keeps the accepted view and the findings, is idempotent, and leaves what it refuses untouched', () => {
    const runs = 100;
    let refused = 0;
    fc.assert(
      fc.property(document, (source) => {
        const result = formatMarkdown(source);
        if (!result.ok) {
          refused++;
          expect(result.text).toBe(source);
          return;
        }
        expect(seen(result.text)).toEqual(seen(source));
        expect(formatMarkdown(result.text)).toMatchObject({ ok: true, changed: false, text: result.text });
      }),
      { numRuns: runs },
    );
    // Refusing everything would pass the properties; fmt must format nearly all of it.
    expect(refused).toBeLessThan(runs * 0.1);
    record({
      area: 'No data lost',
      what: 'kvs fmt over generated standard-like Markdown (Danish text with * _ { ~ [ < &, CriticMarkup, kvs comments, lists, tables, front-matter in random order)',
      cases: runs,
      result: `accepted view, headings, front-matter data and check findings unchanged; idempotent; ${refused} refused and left byte for byte`,
    });
  });
});

describe('kvs fmt on any text', () => {
  it('never throws; what it formats keeps its meaning, what it refuses stays byte for byte', () => {
    const runs = 300;
    const pieces = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('\n', '\r\n', '\r', '---\n', '{++', '++}', '{~~', '~>', '~~}', '<!--', '-->', '|', '- ', '1. ', '> ', '```', '    ', '\t', '\\', '\uE000', '\uFEFF'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')), (source) => {
        const result = formatMarkdown(source);
        if (!result.ok) {
          expect(result.text).toBe(source);
          return;
        }
        expect(viewOf(buildStandard(result.text))).toEqual(viewOf(buildStandard(source)));
        expect(formatMarkdown(result.text).text).toBe(result.text);
      }),
      { numRuns: runs },
    );
    record({
      area: 'Any input',
      what: 'kvs fmt over random text mixed with Markdown, CriticMarkup, front-matter fences, line endings and private-use characters',
      cases: runs,
      result: 'no exception; formatted text is stable, refused text unchanged byte for byte',
    });
  });
});

// ---------------------------------------------------------------------------
// The command

const bin = path.join(root, 'bin', 'kvs.js');
const temp = mkdtempSync(path.join(os.tmpdir(), 'kvs-fmt-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function kvs(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: temp, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('kvs fmt (command)', () => {
  it('--check exits 1 and names the file, writes nothing; fmt writes once with a backup; then --check exits 0', () => {
    const messy = '---\nstatus: udkast\nkommune: Testby\n---\n# Titel\n\n\n* et\n';
    const file = path.join(temp, 'standards', 'testby.md');
    const other = path.join(temp, 'standards', 'pæn.md');
    writeFiles({ [file]: messy, [other]: formatted(complete) });

    const check = kvs(['fmt', '--check']);
    expect(check.status).toBe(1);
    expect(check.stdout.trim()).toBe(path.join('standards', 'testby.md'));
    expect(readFileSync(file, 'utf8')).toBe(messy);

    const diff = kvs(['fmt', '--diff', 'standards/testby.md']);
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain('-status: udkast\n');
    expect(diff.stdout).toContain('+- et\n');

    const untouched = statSync(other).mtimeMs;
    const write = kvs(['fmt']);
    expect(write.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('---\nkommune: Testby\nstatus: udkast\n---\n\n# Titel\n\n- et\n');
    expect(statSync(other).mtimeMs).toBe(untouched);
    // Backups are kept under the file's own path in the project.
    const backups = readdirSync(path.join(temp, '.kvs', 'backup', 'standards'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(temp, '.kvs', 'backup', 'standards', backups[0]!), 'utf8')).toBe(messy);

    const again = kvs(['fmt', '--check']);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('');
  });

  it('bad usage exits 2 with a Danish message', () => {
    const run = kvs(['fmt', 'findes-ikke.md']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Ingen filer fundet/);
  });
});

function writeFiles(files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
