/**
 * Review in Word: `kvs export --docx --changes` turns CriticMarkup into Word
 * tracked changes and comments, and `kvs import --keep-changes` turns them
 * back — so a colleague can review in Word and nothing is lost on the way.
 * Also: the package is well-formed OOXML (every part typed, every
 * relationship resolving, every revision stamped, comment ids matching),
 * and the accepted view survives an export without --changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { Node as UnistNode } from 'unist';
import { exportDocx } from '../src/export/docx/index.js';
import { runExport, type ExportCliOptions } from '../src/cli/export.js';
import { UsageError } from '../src/errors.js';
import { splitFrontMatter } from '../src/export/docx/source.js';
import { importDocument } from '../src/import/index.js';
import { readDocx } from '../src/import/readers/docx.js';
import { resolveCriticMarkup } from '../src/model/critic.js';
import { parseMarkdown } from '../src/model/parse.js';
import { del, docx, esc, ins, p, r, table } from './helpers/docx.js';
import { record } from './helpers/ledger.js';

const fixture = readFileSync(fileURLToPath(new URL('fixtures/docx-review.md', import.meta.url)), 'utf8');
const goldenDir = fileURLToPath(new URL('golden/', import.meta.url));
const golden = readdirSync(goldenDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(join(goldenDir, name), 'utf8') }));
const date = new Date('2026-05-04T08:00:00Z');

/** A Word comment as Word writes it in comments.xml. */
function comment(id: number, author: string, text: string): string {
  return `<w:comment w:id="${id}" w:author="${esc(author)}" w:date="2026-03-01T10:00:00Z">${p(r(text))}</w:comment>`;
}

async function exported(markdown: string, changes = true): Promise<Uint8Array> {
  return (await exportDocx(markdown, { changes, date })).bytes;
}

async function roundTrip(markdown: string): Promise<string> {
  return importDocument(await exported(markdown), 'review.docx', { keepChanges: true }).markdown;
}

/**
 * The CriticMarkup of a text in order, whitespace collapsed; a deletion
 * directly followed by an insertion counts as the substitution it is.
 */
function criticSpans(markdown: string): string[] {
  const body = splitFrontMatter(markdown).body;
  const marks = resolveCriticMarkup(body).marks;
  const spans: string[] = [];
  marks.forEach((mark, index) => {
    const text = body.slice(mark.start, mark.end).replace(/\s+/g, ' ');
    const previous = marks[index - 1];
    if (mark.kind === 'insertion' && previous?.kind === 'deletion' && previous.end === mark.start) {
      spans[spans.length - 1] = `{~~${spans.at(-1)!.slice(3, -3)}~>${text.slice(3, -3)}~~}`;
    } else {
      spans.push(text);
    }
  });
  return spans;
}

/** The accepted view as a tree: no positions, lists tight (Word has no blank lines between items). */
function acceptedView(markdown: string): unknown {
  const tree = parseMarkdown(resolveCriticMarkup(splitFrontMatter(markdown).body).text);
  const strip = (node: UnistNode & { children?: UnistNode[]; value?: unknown }): unknown => {
    const copy: Record<string, unknown> = { ...node };
    delete copy['position'];
    delete copy['spread'];
    if (node.type === 'text') copy['value'] = String(node.value).replace(/\s+/g, ' ');
    if (node.children) copy['children'] = node.children.map(strip);
    return copy;
  };
  return strip(tree);
}

describe('export --docx --changes, then import --keep-changes', () => {
  it('gives back the review standard exactly: every kind of CriticMarkup, in lists, tables, links and bold text', async () => {
    const back = await roundTrip(fixture);
    expect(back).toBe(fixture);
    expect(criticSpans(fixture)).toHaveLength(20);
    record({
      area: 'No data lost',
      what: 'Standard with every kind of CriticMarkup (lists, table cells, bold, links, Danish letters) → Word → Markdown',
      cases: 1,
      result: 'the file comes back byte for byte, front-matter and all',
    });
  });

  it('keeps a list\'s looseness and its items\' apart: a one-item list with a loose item, and each mix', async () => {
    const lists = [
      '- Alene\n\n  - under',
      '- Tæt\n  - under\n- næste',
      '- Tæt\n  - under\n\n- løs liste',
      '- Løst punkt\n\n  - under\n- tæt liste',
      '- Løst punkt\n\n  - under\n\n- løs liste',
    ];
    const text = `# Lister\n\n${lists.join('\n\n<!-- -->\n\n')}\n`;
    const back = importDocument(await exported(text), 'lists.docx').markdown;
    for (const list of lists) expect(back, list).toContain(list);
  });

  it('gives back each bundled standard: the same CriticMarkup, accepted view and front-matter', async () => {
    for (const { name, text } of golden) {
      const back = await roundTrip(text);
      expect(criticSpans(back), name).toEqual(criticSpans(text));
      expect(acceptedView(back), name).toEqual(acceptedView(text));
      expect(splitFrontMatter(back).yaml, name).toBe(splitFrontMatter(text).yaml);
    }
    record({
      area: 'No data lost',
      what: 'Bundled standards → Word with changes → Markdown with kept changes',
      cases: golden.length,
      result: 'same CriticMarkup spans, accepted view and front-matter',
    });
  });

  it('round-trips random paragraphs with random CriticMarkup (property)', async () => {
    const word = fc.constantFrom('behandling', 'rådgivning', 'støtte', 'ærlig', 'borgeren', 'døgn', 'åben', 'hjælp', 'plan', '14', 'dage', 'Ankestyrelsen', 'én', 'Æbleø');
    const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((list) => list.join(' '));
    const plainSpan = fc.oneof(
      words(3).map((text) => `{++${text}++}`),
      words(3).map((text) => `{--${text}--}`),
      fc.tuple(words(2), words(2)).map(([old, next]) => `{~~${old}~>${next}~~}`),
      fc.tuple(fc.constantFrom('', 'Anna Berg: '), words(4)).map(([who, text]) => `{>>${who}${text}<<}`),
      fc.tuple(words(3), fc.constantFrom('', 'Jens Ø. Lund: '), words(4)).map(([text, who, note]) => `{==${text}==}{>>${who}${note}<<}`),
      words(2).map((text) => `{==${text}==}`),
    );
    const boldSpan = fc.oneof(
      words(2).map((text) => `{++**${text}**++}`),
      words(2).map((text) => `{--**${text}**--}`),
      fc.tuple(words(2), words(2)).map(([old, next]) => `{~~**${old}**~>${next}~~}`),
    );
    const segment = fc.oneof(
      { weight: 3, arbitrary: words(4) },
      { weight: 3, arbitrary: plainSpan },
      { weight: 1, arbitrary: boldSpan },
      { weight: 1, arbitrary: fc.tuple(words(2), plainSpan, words(2)).map(([a, span, b]) => `**${a} ${span} ${b}**`) },
    );
    const paragraph = fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => `Her ${segments.join(' ')}.`);
    const standard = fc
      .array(paragraph, { minLength: 1, maxLength: 4 })
      .map((paragraphs) => `---\nkommune: Testby Kommune\n---\n\n# Kvalitetsstandard\n\n${paragraphs.join('\n\n')}\n`);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(standard, async (text) => {
        runs++;
        const back = await roundTrip(text);
        expect(criticSpans(back)).toEqual(criticSpans(text));
        expect(acceptedView(back)).toEqual(acceptedView(text));
        expect(back).toBe(text);
      }),
      { numRuns: 40 },
    );
    record({
      area: 'No data lost',
      what: 'Random paragraphs with random CriticMarkup (insert, delete, substitute, comment, highlight, inside and around bold) → Word → Markdown',
      cases: runs,
      result: 'every text came back identical',
    });
  });

  it('keeps what a colleague does in Word: a new insertion, deletion and comment come back beside the old marks', async () => {
    const files = unzipSync(await exported(fixture));
    const document = strFromU8(files['word/document.xml']!);
    const target = '<w:t xml:space="preserve">Du er med til at sætte målene for din behandling. Vi spørger';
    expect(document).toContain(target);
    const reviewed = document.replace(
      target,
      '<w:t xml:space="preserve">Du er med til at sætte </w:t></w:r>' +
        '<w:del w:id="900" w:author="Anna Berg" w:date="2026-06-01T09:00:00Z"><w:r><w:delText xml:space="preserve">målene</w:delText></w:r></w:del>' +
        '<w:ins w:id="901" w:author="Anna Berg" w:date="2026-06-01T09:00:00Z"><w:r><w:t xml:space="preserve">dine egne mål</w:t></w:r></w:ins>' +
        '<w:commentRangeStart w:id="90"/><w:r><w:t xml:space="preserve"> for din behandling</w:t></w:r><w:commentRangeEnd w:id="90"/>' +
        '<w:r><w:commentReference w:id="90"/></w:r><w:r><w:t xml:space="preserve">. Vi spørger',
    );
    const comments = strFromU8(files['word/comments.xml']!).replace(
      '</w:comments>',
      '<w:comment w:id="90" w:author="Anna Berg" w:initials="AB" w:date="2026-06-01T09:01:00Z"><w:p><w:r><w:t>Godt, men hvem skriver planen?</w:t></w:r></w:p></w:comment></w:comments>',
    );
    files['word/document.xml'] = strToU8(reviewed);
    files['word/comments.xml'] = strToU8(comments);
    const back = importDocument(zipSync(files), 'review.docx', { keepChanges: true }).markdown;
    expect(back).toContain('Du er med til at sætte {~~målene~>dine egne mål~~}{== for din behandling==}{>>Anna Berg: Godt, men hvem skriver planen?<<}. ');
    // Everything else is as it was.
    const untouched = (text: string) => text.replace(/^Du er med til at sætte .*$/m, '');
    expect(untouched(back)).toBe(untouched(fixture));
  });

  it('reads tracked changes and comments of any Word file as CriticMarkup', () => {
    const bytes = docx({
      comments:
        comment(1, 'Lone Hansen', 'Er fristen rigtig?') + comment(2, 'Lone Hansen', 'Tjek tallet') + comment(3, 'Ib', 'Ambulant | døgn?'),
      document:
        p(r('Du kommer i behandling senest ') + del('21 dage') + ins('14 dage') + r(' efter din henvendelse.')) +
        p('<w:commentRangeStart w:id="1"/>' + r('Fristen gælder alle.') + '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>') +
        p(r('Vi ringer ') + ins('altid ') + r('tilbage') + del(' hurtigst muligt') + r('.') + '<w:r><w:commentReference w:id="2"/></w:r>') +
        p(r('Gult', '<w:highlight w:val="yellow"/>') + r(' og almindeligt.')) +
        p(`<w:moveFrom w:id="7" w:author="A" w:date="2024-01-01T00:00:00Z">${r('Flyttet.')}</w:moveFrom>`) +
        table([
          [p(r('Tilbud')), p(r('Frist'))],
          [p(r('Ambulant') + '<w:r><w:commentReference w:id="3"/></w:r>'), p(del('21') + ins('14') + r(' dage'))],
        ]),
    });
    const { tree, removed } = readDocx(bytes, { keepChanges: true });
    const markdown = importDocument(bytes, 'x.docx', { keepChanges: true }).markdown;
    expect(markdown).toContain('Du kommer i behandling senest {~~21 dage~>14 dage~~} efter din henvendelse.');
    expect(markdown).toContain('{==Fristen gælder alle.==}{>>Lone Hansen: Er fristen rigtig?<<}');
    expect(markdown).toContain('Vi ringer {++altid ++}tilbage{-- hurtigst muligt--}.{>>Lone Hansen: Tjek tallet<<}');
    expect(markdown).toContain('{==Gult==} og almindeligt.');
    expect(markdown).toContain('{--Flyttet.--}');
    // In a table cell a | in a comment must not end the cell.
    expect(markdown).toMatch(/\| Ambulant\{>>Ib: Ambulant \\\| døgn\?<<\} +\| \{~~21~>14~~\} dage +\|/);
    expect(removed.filter((removal) => removal.reason === 'comment' || removal.reason === 'tracked-deletion')).toEqual([]);
    expect(tree.children.length).toBe(6);
    // Without --keep-changes the same file gives the accepted view, and the removals say what went.
    const accepted = importDocument(bytes, 'x.docx');
    expect(accepted.markdown).toContain('senest 14 dage efter');
    expect(accepted.markdown).not.toMatch(/\{(?:\+\+|--|~~|>>|==)/);
    expect(accepted.removed.map((removal) => removal.reason).sort()).toEqual(['comment', 'comment', 'comment', 'tracked-deletion', 'tracked-deletion', 'tracked-deletion', 'tracked-deletion']);
  });
});

describe('export --docx without --changes', () => {
  it('is the accepted view, and the ordinary import reads it back as the accepted view', async () => {
    const bytes = await exported(fixture, false);
    const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(document).not.toMatch(/<w:(?:ins|del|commentReference)\b/);
    const back = importDocument(bytes, 'review.docx');
    expect(back.removed).toEqual([]);
    expect(criticSpans(back.markdown)).toEqual([]);
    expect(acceptedView(back.markdown)).toEqual(acceptedView(fixture));
    expect(splitFrontMatter(back.markdown).yaml).toBe(splitFrontMatter(fixture).yaml);
  });

  it('an export with changes read by the ordinary import is the accepted view too, with deletions and comments reported', async () => {
    const back = importDocument(await exported(fixture), 'review.docx');
    expect(acceptedView(back.markdown)).toEqual(acceptedView(fixture));
    const reasons = new Set(back.removed.map((removal) => removal.reason));
    expect(reasons).toEqual(new Set(['tracked-deletion', 'comment']));
  });
});

describe('the .docx package', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

  function parse(xml: string, part: string) {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(`${part}: ${message}`)) }).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    return doc;
  }

  function all(root: { getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element> }, name: string): Element[] {
    return Array.from(root.getElementsByTagNameNS(W, name));
  }

  it('is well-formed OOXML: parts typed, relationships resolving, revisions stamped, comment ids matching', async () => {
    const files = unzipSync(await exported(fixture));
    const names = Object.keys(files);
    expect(names[0]).toBe('[Content_Types].xml');

    // Every part parses.
    const xml = Object.fromEntries(names.map((name) => [name, parse(strFromU8(files[name]!), name)]));

    // [Content_Types].xml gives every part a type, by override or by extension.
    const types = xml['[Content_Types].xml']!.documentElement!;
    const overrides = new Set(Array.from(types.getElementsByTagName('Override')).map((el) => el.getAttribute('PartName')));
    const defaults = new Set(Array.from(types.getElementsByTagName('Default')).map((el) => el.getAttribute('Extension')));
    for (const name of names.filter((n) => n !== '[Content_Types].xml')) {
      expect(overrides.has(`/${name}`) || defaults.has(name.split('.').pop()!), name).toBe(true);
    }
    for (const part of overrides) expect(names, `override ${part}`).toContain(part!.slice(1));

    // Every internal relationship points at a part that exists.
    for (const relsName of names.filter((n) => n.endsWith('.rels'))) {
      const base = relsName.replace(/_rels\/[^/]*\.rels$/, '');
      for (const rel of Array.from(xml[relsName]!.getElementsByTagName('Relationship'))) {
        if (rel.getAttribute('TargetMode') === 'External') continue;
        const target = rel.getAttribute('Target')!;
        const path = target.startsWith('/') ? target.slice(1) : `${base}${target}`;
        expect(names, `${relsName} → ${target}`).toContain(path);
      }
    }

    // Every revision has an id, an author and a date; ids are unique; deleted text is delText only.
    const document = xml['word/document.xml']!;
    const revisions = [...all(document, 'ins'), ...all(document, 'del')];
    expect(revisions).toHaveLength(17);
    for (const revision of revisions) {
      expect(revision.getAttributeNS(W, 'id')).toMatch(/^\d+$/);
      expect(revision.getAttributeNS(W, 'author')).toBe('kvs');
      expect(revision.getAttributeNS(W, 'date')).toBe('2026-05-04T08:00:00Z');
    }
    expect(new Set(revisions.map((el) => el.getAttributeNS(W, 'id'))).size).toBe(revisions.length);
    for (const deletion of all(document, 'del')) expect(all(deletion, 't')).toEqual([]);
    for (const insertion of all(document, 'ins')) expect(all(insertion, 'delText')).toEqual([]);

    // Comment ids: each comment has a range start, a range end and a reference in the text, and nothing else is referenced.
    const commentIds = all(xml['word/comments.xml']!, 'comment').map((el) => el.getAttributeNS(W, 'id'));
    expect(commentIds).toHaveLength(criticSpans(fixture).filter((span) => span.includes('{>>')).length);
    for (const marker of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) {
      expect(all(document, marker).map((el) => el.getAttributeNS(W, 'id')).sort(), marker).toEqual([...commentIds].sort());
    }
    const revisionIds = new Set(revisions.map((el) => el.getAttributeNS(W, 'id')));
    expect(commentIds.filter((id) => revisionIds.has(id))).toEqual([]);

    // Headings are Word's built-in heading styles; the front-matter sits in a locked content control.
    expect(strFromU8(files['word/styles.xml']!)).toMatch(/w:styleId="Heading1"><w:name w:val="Heading 1"\/>/);
    expect(strFromU8(files['word/document.xml']!)).toContain('<w:tag w:val="kvs-front-matter"/><w:lock w:val="sdtContentLocked"/>');
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:trackRevisions/>');
    record({
      area: 'Nothing unsafe published',
      what: 'Exported .docx checked part by part: content types, relationships, XML, revision stamps, comment ids',
      cases: names.length,
      result: 'every part typed and parsed, every relationship resolves, every revision stamped, comment ids match',
    });
  });

  it('is reproducible: the same standard, author and date give the same bytes', async () => {
    const [a, b] = [await exported(fixture), await exported(fixture)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

// ─── The commands ───────────────────────────────────────────────────────────

const kvsBin = fileURLToPath(new URL('../bin/kvs.js', import.meta.url));
const dirs: string[] = [];

describe('kvs export and kvs import --keep-changes', () => {
  beforeAll(() => {
    if (!existsSync(fileURLToPath(new URL('../dist/cli/export.js', import.meta.url)))) {
      throw new Error('dist/ is missing or old: run `npm run build` first (npm test does).');
    }
  });
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'kvs-export-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'standards'));
    writeFileSync(join(dir, 'standards', 'eksempelby.md'), fixture);
    return dir;
  }

  function kvs(cwd: string, ...args: string[]) {
    const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1777881600' };
    const run = spawnSync(process.execPath, [kvsBin, ...args], { cwd, encoding: 'utf8', env });
    return { status: run.status, stderr: run.stderr };
  }

  it('exports, refuses to overwrite without a stack trace, and imports the review back', () => {
    const dir = workspace();
    const first = kvs(dir, 'export', 'standards/eksempelby.md', '--docx', '--changes', '--author', 'Sofie Møller');
    expect(first.stderr).toMatch(/standards\/eksempelby\.docx: \d+ indsættelser, .*\d+ kommentarer, 1 markering som sporede ændringer i Word/);
    expect(first.status).toBe(0);
    const written = readFileSync(join(dir, 'standards', 'eksempelby.docx'));
    expect(strFromU8(unzipSync(written)['word/document.xml']!)).toContain('w:author="Sofie Møller" w:date="2026-05-04T08:00:00Z"');

    const again = kvs(dir, 'export', 'standards/eksempelby.md', '--docx');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('findes allerede. Brug --force');
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'standards', 'eksempelby.docx')).equals(written)).toBe(true);

    const imported = kvs(dir, 'import', 'standards/eksempelby.docx', '--keep-changes', '-o', 'standards/tilbage.md');
    expect(imported.status).toBe(0);
    expect(readFileSync(join(dir, 'standards', 'tilbage.md'), 'utf8')).toBe(fixture);
  });

  it('replaces a file only with --force, keeping the old one in .kvs/backup/', async () => {
    const dir = workspace();
    const options = { docx: true, lang: 'da' as const, cwd: dir };
    expect(await runExport('standards/eksempelby.md', { ...options, changes: true })).toBe(0);
    const old = readFileSync(join(dir, 'standards', 'eksempelby.docx'));
    expect(await runExport('standards/eksempelby.md', { ...options, force: true })).toBe(0);
    // Backups are kept under the file's own path in the project.
    const backups = readdirSync(join(dir, '.kvs', 'backup', 'standards'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, '.kvs', 'backup', 'standards', backups[0]!)).equals(old)).toBe(true);
    expect(readFileSync(join(dir, 'standards', 'eksempelby.docx')).equals(old)).toBe(false);
  });

  it('says what is wrong, in Danish, and writes nothing', async () => {
    const dir = workspace();
    const cases: Array<[string, Partial<ExportCliOptions>, RegExp]> = [
      ['standards/eksempelby.md', { docx: false }, /Vælg et format: kvs export FIL --docx/],
      ['mangler.md', {}, /mangler\.md: Filen findes ikke/],
      ['standards/eksempelby.md', { output: '../udenfor.docx' }, /uden for projektmappen/],
      ['standards/eksempelby.md', { output: 'a.pdf' }, /skal hedde \.docx/],
      ['standards/eksempelby.md', { author: ' ' }, /--author skal være et navn/],
    ];
    for (const [file, extra, message] of cases) {
      const error = await runExport(file, { docx: true, lang: 'da', cwd: dir, ...extra }).catch((thrown: unknown) => thrown);
      expect(error, file).toBeInstanceOf(UsageError);
      expect((error as UsageError).localized.da).toMatch(message);
    }
    expect(readdirSync(dir).sort()).toEqual(['standards']);
    expect(readdirSync(join(dir, 'standards'))).toEqual(['eksempelby.md']);
    record({
      area: 'Any input',
      what: 'kvs export with no format, a missing file, an output outside the project, a wrong extension, an empty author',
      cases: cases.length,
      result: 'a usage error (exit 2) with a Danish message, nothing written',
    });
  });
});
