import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { importDocument } from '../src/import/index.js';
import { buildStandard } from '../src/model/standard.js';
import { checkText } from '../src/check/check.js';
import { acceptedView, blockText, missing, normalizeWords } from './helpers/faithful.js';
import { fixturesUrl } from './helpers/fixtures.js';

const seedNames = [
  '000_72d6fac0d5523831.txt',
  '001_cbf15360cc0314fb.txt',
  '002_c3a2f45c2698122a.txt',
  '003_592cd1358dec852c.txt',
  '004_8ac0ee625ea3c07d.txt',
];
const seedBytes = (name: string) => readFileSync(new URL(`seeds/${name}`, fixturesUrl));
const seedImports = new Map<string, ReturnType<typeof importDocument>>();
/** A seed imported once for the whole file: importDocument depends on the bytes alone, and the tests only read the result. */
function importedSeed(name: string): ReturnType<typeof importDocument> {
  let result = seedImports.get(name);
  if (!result) seedImports.set(name, (result = importDocument(seedBytes(name), name)));
  return result;
}

/** The accepted body of an imported standard: no front-matter, no review comments. */
function body(markdown: string): string {
  const tree = buildStandard(markdown).tree;
  const content: Root = { type: 'root', children: tree.children.filter((n) => n.type !== 'yaml' && n.type !== 'html') };
  return blockText(content);
}

describe.each(seedNames)('importing seed %s', (name) => {
  const source = seedBytes(name).toString('utf8');
  const result = importedSeed(name);
  const output = body(result.markdown);
  const report = result.removed.map((r) => r.text).join('\n\n');

  it('loses nothing silently: every sentence of the accepted source is in the output or the report', () => {
    const accepted = acceptedView(source);
    expect(missing(accepted.text, `${output}\n\n${report}`)).toEqual([]);
    // And every tracked deletion is in the report.
    expect(accepted.deletions.flatMap((text) => missing(text, report))).toEqual([]);
  });

  it('adds nothing: every output sentence comes from the source', () => {
    expect(missing(output, acceptedView(source).text)).toEqual([]);
  });

  it('gives a standard kvs check can read, with sections mapped to requirement keys', () => {
    const standard = buildStandard(result.markdown, name);
    const keys = new Set(standard.sections.flatMap((s) => s.requirements));
    expect(keys.size).toBeGreaterThanOrEqual(6);
    // Fields the document does not state are missing, and the check asks for them; nothing else may be wrong.
    const findings = checkText(result.markdown, name, { asOf: '2026-01-01' }).findings;
    expect(findings.filter((f) => f.ruleId === 'frontmatter-schema' && !/mangler/.test(f.message))).toEqual([]);
  });

  it('reports every removal with a reason and a real source line', () => {
    const lines = source.split(/\r\n|\r|\n/).length;
    for (const removal of result.removed) {
      expect(removal.text.trim()).not.toBe('');
      expect(removal.line).toBeGreaterThanOrEqual(1);
      expect(removal.line).toBeLessThanOrEqual(lines);
    }
  });

  it('is idempotent: importing its own output returns it unchanged', () => {
    const again = importDocument(Buffer.from(result.markdown), 'x.md');
    expect(again.unchanged).toBe(true);
    expect(again.markdown).toBe(result.markdown);
  });
});

describe('the seeds’ quirks', () => {

  it('keeps no tracked change or comment of the Ringsted file in the body', () => {
    const result = importedSeed('003_592cd1358dec852c.txt');
    const text = body(result.markdown);
    const accepted = acceptedView(readFileSync(new URL('seeds/003_592cd1358dec852c.txt', fixturesUrl), 'utf8')).text;
    for (const removal of result.removed.filter((r) => r.reason === 'tracked-deletion' || r.reason === 'comment')) {
      // Some deleted sentences were re-typed in the new wording; only text that is gone from the accepted source must be gone.
      const removedWords = normalizeWords(removal.text);
      if (removedWords.split(' ').length >= 4 && !normalizeWords(accepted).includes(removedWords)) {
        expect(normalizeWords(text)).not.toContain(removedWords);
      }
    }
    expect(text).not.toContain('Kommentar [LH');
    expect(text).not.toContain('I sjældne tilfælde kan du tilbydes døgnbehandling');
    expect(result.removed.filter((r) => r.reason === 'comment').map((r) => r.text)).toEqual([
      'Kommentar [LH1]: præcisering',
      'Kommentar [LH2]: Er udført',
    ]);
  });

  it('keeps both Ishøj follow-up schedules and flags the conflict', () => {
    const { markdown } = importedSeed('000_72d6fac0d5523831.txt');
    expect(markdown).toMatch(/1, 3, 6 og 12 måneder/);
    expect(markdown).toMatch(/3 og 9 måneder/);
    expect(markdown).toMatch(/\{>>kvs: modstrid[^<]*"1, 3, 6, 12" mod "3, 9"/);
  });

  it('keeps each Ishøj repetition once', () => {
    const text = body(importedSeed('000_72d6fac0d5523831.txt').markdown);
    const sentence = 'Ishøj Kommune arbejder ud fra princippet om mindste indgriben';
    expect(text.split(sentence).length - 1).toBe(1);
  });

  it('removes the Holbæk table of contents and running headers', () => {
    const result = importedSeed('002_c3a2f45c2698122a.txt');
    expect(result.markdown).not.toMatch(/\.{4,}/);
    expect(result.markdown).not.toMatch(/^#+\s*Indhold\s*$/m);
    expect(result.markdown.match(/SOCIAL INDSATS OG UDVIKLING/g)).toHaveLength(1);
    expect(result.removed.filter((r) => r.reason === 'table-of-contents').length).toBeGreaterThan(20);
  });

  it('rejoins PDF hyphenation without breaking enumerations', () => {
    const text = body(importedSeed('004_8ac0ee625ea3c07d.txt').markdown);
    expect(text).toContain('tilbud');
    expect(text).not.toMatch(/til- bud/);
    expect(text).toContain('mål- og aldersgrupper');
  });

  it('fills front-matter only from what the documents state', () => {
    expect(importedSeed('002_c3a2f45c2698122a.txt').frontMatter).toMatchObject({
      kommune: 'Holbæk Kommune',
      godkendt: { af: 'Kommunalbestyrelsen', dato: '2023-06-21' },
      status: 'vedtaget',
    });
    expect(importedSeed('003_592cd1358dec852c.txt').frontMatter).toMatchObject({
      kommune: 'Ringsted Kommune',
      godkendt: { af: 'Byrådet', dato: '2017-06-20' },
    });
    expect(importedSeed('001_cbf15360cc0314fb.txt').frontMatter).toMatchObject({
      kommune: 'Hjørring Kommune',
      godkendt: { dato: '2024-12-17' },
    });
    const ishoej = importedSeed('000_72d6fac0d5523831.txt').frontMatter;
    expect(ishoej).toMatchObject({ kommune: 'Ishøj Kommune', samarbejdskommuner: ['Vallensbæk Kommune'], godkendt: { dato: '2018' } });
    // Nothing the documents do not say: no contacts, no revision date.
    for (const name of seedNames) expect(importedSeed(name).frontMatter).not.toHaveProperty('kontakt');
  });
});

// Found on a real kommune's copy of the law: the title "Lov om Social Service" again inside a sentence of the text.
describe('the title\'s words inside a sentence', () => {
  it('stay in the sentence; only a cover line that repeats the title is split', () => {
    const text = 'Lov om Social Service\n\nI medfør af § 101, stk. 3, i lov om social service, jf. lovbekendtgørelse nr. 1 af 2. marts 2020, fastsættes:\n\n§ 1. Kommunen sørger for tilbud.\n';
    const result = importDocument(Buffer.from(text), 'lov.txt', { kommune: 'Greve Kommune' });
    expect(result.markdown).toContain('I medfør af § 101, stk. 3, i lov om social service, jf. lovbekendtgørelse nr. 1 af 2. marts 2020, fastsættes:');
    expect(result.removed).toEqual([]);
  });
});

describe('bad input', () => {
  it('refuses an empty file, a binary file and a .docx that is not a zip, with a clear message', () => {
    expect(() => importDocument(new Uint8Array(), 'tom.txt')).toThrow(/tom|empty/i);
    expect(() => importDocument(Uint8Array.from([0, 1, 2, 0, 3]), 'x.txt')).toThrow(/binær|binary/i);
    expect(() => importDocument(Buffer.from('ikke en zip'), 'x.docx')).toThrow(/docx|Word/i);
  });
});

describe('importing arbitrary documents (property)', () => {
  const word = fc.constantFrom('borger', 'behandling', 'kommune', 'tilbud', 'dage', 'klage', 'frit', 'valg', 'Ishøj', 'æble', 'øre', 'ål', '14', '2024');
  const sentence = fc.array(word, { minLength: 3, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
  const block = fc.oneof(
    sentence,
    fc.constantFrom('Behandlingsgaranti', 'Frit valg', 'Klagemuligheder', 'Målgruppe'),
    fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.map((x) => `• ${x}`).join('\n')),
    sentence.map((s) => `<del>${s}</del> ${s}`),
    sentence.map((s) => `${s.slice(0, -1)} til-\nbud.`),
    fc.constantFrom('Side 2 af 9', '12'),
  );
  const documents = fc.array(block, { minLength: 1, maxLength: 25 }).map((blocks) => blocks.join('\n\n'));

  it('never throws, and every word of the accepted input is in the output or the report', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom('x.txt', 'x.md'), (text, name) => {
        const result = importDocument(Buffer.from(text), name);
        const output = normalizeWords(`${body(result.markdown)} ${result.removed.map((r) => r.text).join(' ')}`).split(' ');
        const words = new Set(output);
        for (const w of normalizeWords(acceptedView(text).text).split(' ').filter(Boolean)) expect(words).toContain(w);
        expect(() => buildStandard(result.markdown)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
