/**
 * The import corpus (test/corpus/import/): standards written for this test,
 * in our own words, in the layouts kommuner publish — web page text with its
 * furniture, online PDF viewer transcripts, PDF text with field errors and
 * page numbers in the middle of a line, text with single line breaks, cover
 * pages, regionskommune and two-part names. Each case has a label file with
 * what a reader sees: title, kommune, dates, and the furniture that must go.
 * (`check` in the label files is for the recognition tests.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import type { Root } from 'mdast';
import { importDocument } from '../src/import/index.js';
import { buildStandard } from '../src/model/standard.js';
import { blockText, missing, normalizeWords } from './helpers/faithful.js';
import { furnitureOf } from '../src/import/passes/furniture.js';

const corpusUrl = new URL('corpus/import/', import.meta.url);

interface Labels {
  layout: string;
  title: string;
  kommune: string;
  godkendt: { dato: string; af?: string } | null;
  /** When stated: the next revision. */
  revision?: { dato?: string; interval_aar?: number };
  furniture: string[];
  /** How many {>>kvs: comments the importer must write (0 when left out). */
  comments?: number;
  /** When given: the area the front-matter names. */
  omraade?: string;
  /** When given: every heading line of the output, in order (levels included). */
  headings?: string[];
  /** When given: the headings reported as split off the text they ran into. */
  split?: string[];
  /** When given: removals the report must list, by reason (text that also stays in the body, like a contents entry repeating a heading). */
  removed?: Array<{ reason: string; text: string }>;
  /** When given: sentences that must stand whole in the body — nothing cut out of them into the report. */
  kept?: string[];
}

const cases = readdirSync(corpusUrl)
  .filter((name) => /\.(?:txt|html|md)$/.test(name))
  .sort();

/** The body as a reader sees it: no front-matter, no comments. */
function body(markdown: string): string {
  const tree = buildStandard(markdown).tree;
  const content: Root = { type: 'root', children: tree.children.filter((n) => n.type !== 'yaml' && n.type !== 'html') };
  return blockText(content);
}

/** The source without what was cut out of its lines (page numbers, field errors), which the report lists. */
function withoutInlineCuts(source: string, removed: Array<{ reason: string; text: string; line: number }>): string {
  const lines = source.split(/\r?\n/);
  for (const r of removed) {
    if (r.reason !== 'page-number' && r.reason !== 'field-error' && r.reason !== 'catalogue-number') continue;
    const at = r.line - 1;
    // A transcript's page number opens its line: "3 Målgruppe …"; so does a catalogue number: "15 Kvalitetsstandard …".
    // The page's printed number may end it too, once the opening one is gone: "… Social Service 1".
    const opening = new RegExp(`^\\s*${r.text}(?=\\s|$)`);
    if (/^\d+$/.test(r.text)) lines[at] = opening.test(lines[at]!) ? lines[at]!.replace(opening, '') : lines[at]!.replace(new RegExp(`\\s+${r.text}\\s*$`), '');
    else lines[at] = lines[at]!.split(r.text).join(' ');
  }
  // A transcript's first page opens with the cover and the title again ("Eksempelby Kommune Kvalitetsstandard for … Godkendelse …"),
  // which the report lists as a cover line and a duplicate: they leave the line's start, one after the other.
  const opening = removed.filter((r) => r.reason === 'front-matter' || r.reason === 'duplicate');
  for (let at = 0; at < lines.length; at++) {
    for (let cut = true; cut; ) {
      const line = lines[at]!.trimStart();
      const piece = opening.find((r) => r.line - 1 === at && r.text.length > 0 && line.startsWith(r.text) && /^\s/.test(line.slice(r.text.length)));
      cut = piece !== undefined;
      if (piece) lines[at] = line.slice(piece.text.length);
    }
  }
  return lines.join('\n\n');
}

const contains = (haystack: string, needle: string) => ` ${normalizeWords(haystack)} `.includes(` ${normalizeWords(needle)} `);

it('has at least 20 cases, each with a label file', () => {
  expect(cases.length).toBeGreaterThanOrEqual(20);
  for (const name of cases) expect(readdirSync(corpusUrl)).toContain(name.replace(/\.(?:txt|html|md)$/, '.labels.json'));
});

describe.each(cases)('importing corpus case %s', (name) => {
  const source = readFileSync(new URL(name, corpusUrl), 'utf8');
  const labels = JSON.parse(readFileSync(new URL(name.replace(/\.(?:txt|html|md)$/, '.labels.json'), corpusUrl), 'utf8')) as Labels;
  const result = importDocument(Buffer.from(source), name);
  const output = body(result.markdown);
  const report = result.removed.map((r) => r.text).join('\n\n');

  it('loses nothing: every source sentence is in the output or the report', () => {
    // Each line counts on its own: furniture and cover lines stand without a full stop above the text.
    expect(missing(withoutInlineCuts(source, result.removed), `${output}\n\n${report}`)).toEqual([]);
  });

  it('leaves no page furniture in the body, and reports it', () => {
    for (const furniture of labels.furniture) {
      expect(contains(output, furniture), `"${furniture}" left in the body`).toBe(false);
      expect(contains(report, furniture), `"${furniture}" not in the report`).toBe(true);
    }
  });

  it('reads title, kommune and date right', () => {
    expect(result.frontMatter.titel).toBe(labels.title);
    expect(result.frontMatter.kommune).toBe(labels.kommune);
    if (labels.revision) expect(result.frontMatter.revision).toEqual(labels.revision);
    if (labels.godkendt === null) expect(result.frontMatter.godkendt).toBeUndefined();
    else expect(result.frontMatter.godkendt).toEqual(labels.godkendt.af ? labels.godkendt : { dato: labels.godkendt.dato, ...(result.frontMatter.godkendt?.af ? { af: result.frontMatter.godkendt.af } : {}) });
  });

  it.runIf(labels.omraade !== undefined)('names the area the text names, with or without "§"', () => {
    expect(result.frontMatter.omraade).toBe(labels.omraade);
  });

  it.runIf(labels.headings !== undefined)('gives every heading its level, and reports the headings it split off', () => {
    expect(result.markdown.split('\n').filter((line) => /^#{1,6} /.test(line))).toEqual(labels.headings);
    expect(result.split.map((s) => s.heading)).toEqual(labels.split ?? []);
  });

  it.runIf(labels.kept !== undefined)('keeps these sentences whole in the body', () => {
    for (const sentence of labels.kept!) expect(contains(output, sentence), `"${sentence}" not whole in the body`).toBe(true);
  });

  it.runIf(labels.removed !== undefined)('reports what it removed, with the reason', () => {
    for (const removal of labels.removed!) expect(result.removed.map((r) => ({ reason: r.reason, text: r.text }))).toContainEqual(removal);
  });

  it('keeps the title once, as the only first-level heading', () => {
    const headings = result.markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
    expect(headings.filter((h) => h.replace(/^#+ /, '').replace(/\\/g, '') === labels.title)).toHaveLength(1);
    expect(headings.filter((h) => h.startsWith('# '))).toHaveLength(1);
  });

  it('lists every {>>kvs: comment it wrote under added', () => {
    const written = result.markdown.match(/\{>>kvs:[\s\S]*?<<\}/g) ?? [];
    expect(written.sort()).toEqual(result.added.map((a) => a.text).sort());
    expect(written).toHaveLength(labels.comments ?? 0);
  });
});

describe('importing text with random furniture (property)', () => {
  const sentenceWords = fc.constantFrom('borgeren', 'behandling', 'tilbydes', 'rådgiver', 'samtale', 'stoffer', 'hjælp', 'familie', 'aftale', 'plan');
  const sentence = fc.array(sentenceWords, { minLength: 4, maxLength: 12 }).map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
  const furniture = fc.constantFrom(
    'Gå til indhold Forside Borger Sundhed',
    'Fold alle ud',
    'Tilbage',
    'Del',
    'Udskriv',
    'Størrelse: px',
    'Transkript',
    'Vi bruger cookies på siden.',
    'Side 2 af 7',
  );
  const block = fc.oneof(
    sentence,
    furniture,
    fc.constantFrom('Målgruppe', 'Behandlingsgaranti', 'Frit valg'),
    fc.tuple(sentence, sentence).map(([a, b]) => `${a.slice(0, -1)} Side 3 af 9 ${b}`),
    fc.tuple(sentence, sentence).map(([a, b]) => `${a} Fejl! Referencekilde ikke fundet. ${b}`),
  );
  const separator = fc.constantFrom('\n', '\n\n');
  const documents = fc.tuple(fc.array(block, { minLength: 1, maxLength: 20 }), separator).map(([blocks, sep]) => blocks.join(sep));

  it('never loses a sentence and never keeps furniture: each is in the body or the report', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const result = importDocument(Buffer.from(text), 'side.txt');
        const output = body(result.markdown);
        const report = result.removed.map((r) => r.text).join('\n\n');
        expect(missing(withoutInlineCuts(text, result.removed), `${output}\n\n${report}`)).toEqual([]);
        for (const phrase of ['Fold alle ud', 'Størrelse: px', 'Referencekilde ikke fundet', 'Side 3 af 9', 'Vi bruger cookies']) {
          expect(contains(output, phrase)).toBe(false);
        }
        expect(result.markdown.match(/\{>>kvs:/g)?.length ?? 0).toBe(result.added.length);
      }),
      { numRuns: 120 },
    );
  });
});

describe('the furniture patterns (schemas/furniture.json)', () => {
  // Shapes seen on kommuners' pages and in online viewers, written out here in our own words.
  it.each([
    ['Skip til hoved indholdet', 'navigation'],
    ['Gå til hovedindhold', 'navigation'],
    ['Hjem Borger Hjælp og støtte Kvalitetsstandarder Stofmisbrug', 'navigation'],
    ['Forside > Voksne > Stof og alkohol > Kvalitetsstandarder', 'navigation'],
    ['Læs mere', 'navigation'],
    ['Du er her: Forside / Borger / Sundhed', 'navigation'],
    ['[Gå til indhold](#main)', 'navigation'],
    ['[Forside](/) > [Borger](/borger) > [Sundhed](/borger/sundhed)', 'navigation'],
    ['![Eksempelby Kommune logo](/logo.svg)', 'logo'],
    ['Fold alle ud / Fold alle sammen', 'page-control'],
    ['Del | Print | Læs op', 'page-control'],
    ['Acceptér og luk', 'cookie-notice'],
    ['Sådan bruger siden cookies', 'cookie-notice'],
    ['Eksempelby Kommunes logo', 'logo'],
    ['Begynne med side:', 'pdf-viewer'],
    ['Start display at page:', 'pdf-viewer'],
    ['• Ingen resultater fundet', 'pdf-viewer'],
    ['Download "Kvalitetsstandard 2020"', 'pdf-viewer'],
  ])('%s is %s', (line, reason) => {
    expect(furnitureOf(line)?.reason).toBe(reason);
  });

  it('stays fast on lines made to make a pattern backtrack', () => {
    const lines = ['a    >    '.repeat(60), 'Del | '.repeat(100), `Gå til indhold ${'a '.repeat(280)}.`, `${'x '.repeat(290)}cookie.`];
    const started = performance.now();
    for (const line of lines) furnitureOf(line);
    importDocument(Buffer.from(lines.join('\n')), 'a.txt');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([
    'Du kan få hjælp til at komme tilbage på arbejdsmarkedet.',
    'Tilbage til et liv uden stoffer',
    'Hjem og familie',
    'Borgere over 18 år kan få behandling.',
    'Del dine erfaringer med din behandler',
    'Information om sagsbehandling og klageadgang',
    'Behandlingsgaranti',
    'Vi følger op efter 1 og 6 måneder.',
  ])('%s is no furniture', (line) => {
    expect(furnitureOf(line)).toBeUndefined();
  });
});

describe('cover lines', () => {
  it('moves a line that only states the approval to the front-matter, and keeps one that says more', () => {
    const only = importDocument(Buffer.from('Kvalitetsstandard for stofmisbrug i Eksempelby Kommune\n\nGodkendt i Byrådet den 20. juni 2017\n\nMålgruppe\n\nBorgere over 18 år med et forbrug af stoffer.\n'), 'a.txt');
    expect(only.markdown).not.toMatch(/^Godkendt i Byrådet/m);
    expect(only.removed).toContainEqual({ reason: 'front-matter', text: 'Godkendt i Byrådet den 20. juni 2017', line: 3 });
    const more = importDocument(Buffer.from('Kvalitetsstandard for stofmisbrug i Eksempelby Kommune\n\nGodkendt i Byrådet den 20. juni 2017. Standarden revideres hvert andet år.\n\nMålgruppe\n\nBorgere over 18 år med et forbrug af stoffer.\n'), 'a.txt');
    expect(more.markdown).toMatch(/^Godkendt i Byrådet den 20\. juni 2017\. Standarden revideres hvert andet år\.$/m);
    expect(more.frontMatter).toMatchObject({ godkendt: { af: 'Byrådet', dato: '2017-06-20' }, revision: { interval_aar: 2 } });
  });

  it('reads a publication date when nothing else is stated, and cuts out any Word field error', () => {
    const page = importDocument(Buffer.from('Kvalitetsstandard for stofmisbrug i Eksempelby Kommune\n\nPubliceret 4. april 2022\n\nMålgruppe\n\nBorgere over 18 år, se afsnit Fejl! Der er ikke angivet noget filnavn. og næste side.\n'), 'a.txt');
    expect(page.frontMatter.godkendt).toEqual({ dato: '2022-04-04' });
    expect(page.markdown).not.toMatch(/Fejl!/);
    expect(page.removed).toContainEqual({ reason: 'field-error', text: 'Fejl! Der er ikke angivet noget filnavn.', line: 7 });
  });

  it('never takes the date of a law the standard cites', () => {
    const law = importDocument(Buffer.from('Kvalitetsstandard for stofmisbrug i Eksempelby Kommune\n\nStandarden følger bekendtgørelse nr. 1477 af 17/12/2019. Loven er vedtaget den 3. maj 2019.\n'), 'a.txt');
    expect(law.frontMatter.godkendt).toBeUndefined();
  });
});
