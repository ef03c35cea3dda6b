import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { visit, SKIP } from 'unist-util-visit';
import type { Nodes } from 'mdast';
import { buildStandard } from '../src/model/standard.js';
import { defaultTheme, type RenderInput, type Theme } from '../src/render/types.js';
import { imposeBooklet, renderBooklet, type BookletOptions } from '../src/render/pdf/index.js';
import { hyphenateWord } from '../src/render/pdf/hyphenate.js';
import { titleHeadings } from '../src/render/title-headings.js';
import type { Standard } from '../src/types.js';
import {
  bodyLines,
  firstPage,
  markedOperators,
  pageContents,
  flatten,
  pagesOf,
  pdfinfo,
  pdffonts,
  pdfObjects,
  pdfPages,
  pdfString,
  structureTree,
  type StructNode,
} from './helpers/pdf.js';

const standardsDir = new URL('../standards/', import.meta.url);
const standardFiles = readdirSync(standardsDir).filter((name) => name.endsWith('.md')).sort();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kvs-pdf-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function input(standard: Standard, slug: string, extra: Partial<RenderInput> = {}): RenderInput {
  return { standard, slug, check: { filePath: standard.path, findings: [] }, lang: 'da', theme: defaultTheme, templateDirs: [], ...extra };
}

async function render(name: string, markdown: string, options: BookletOptions = {}, extra: Partial<RenderInput> = {}) {
  const standard = buildStandard(markdown, `${name}.md`);
  const pdf = await renderBooklet(input(standard, name, extra), options);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return { standard, pdf, file };
}

/** Letters and digits only: spacing, punctuation and line-end hyphens do not count, æ, ø and å do. */
const letters = (text: string) => text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');

/** Text of an mdast node as it reads: no HTML, breaks as spaces. */
function text(node: Nodes): string {
  if (node.type === 'html' || node.type === 'yaml') return '';
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(text).join('');
  return '';
}

interface Expected {
  kind: 'heading' | 'paragraph' | 'tableCell';
  text: string;
}

/**
 * Headings, paragraphs (also those in list items) and table cells of the accepted view, in order;
 * not the headings the cover's title stands for (the title and its repeats, as in the leaflet).
 */
function expectedBlocks(standard: Standard): Expected[] {
  const blocks: Expected[] = [];
  const data = standard.frontMatter?.data ?? {};
  const title = typeof data.titel === 'string' ? data.titel : standard.title.text;
  const kommuner = [data.kommune, ...(Array.isArray(data.samarbejdskommuner) ? data.samarbejdskommuner : [])].filter((k): k is string => typeof k === 'string');
  const hidden = new Set([...titleHeadings(standard, title, kommuner).hidden].map((index) => standard.sections[index]!.position.start.line));
  visit(standard.tree, (node) => {
    if (node.type === 'heading' && hidden.has(node.position!.start.line)) return SKIP;
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      const value = text(node).replace(/\s+/g, ' ').trim();
      if (letters(value)) blocks.push({ kind: node.type, text: value });
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}

/** Lines of the pages that carry the standard's own text: not the cover, contents or back cover. */
function textPages(file: string): string[][] {
  const pages = bodyLines(pdfPages(file));
  const back = pages.findIndex((lines) => lines.includes('Om kvalitetsstandarden'));
  return pages.slice(1, back === -1 ? undefined : back).filter((lines) => !lines.includes('Indhold'));
}

/** Every word the reader can meet in the standard, also as pieces at "-" and "/" and joined over "- ". */
function expectedWords(blocks: Expected[]): Set<string> {
  const words = new Set<string>();
  blocks.forEach((block, b) => {
    const tokens = block.text.split(/\s+/);
    // A block that ends in "-" (an imported line-end hyphen) runs on into the next one in pdftotext.
    const following = blocks[b + 1]?.text.split(/\s+/)[0];
    if (following) tokens.push(following);
    tokens.forEach((token, i) => {
      const parts = token.split(/(?<=[-/–.@?&=_:])/);
      for (let a = 0; a < parts.length; a++) {
        for (let b = a + 1; b <= parts.length; b++) words.add(letters(parts.slice(a, b).join('')));
      }
      const next = tokens[i + 1];
      // pdftotext joins a line that ends in "-" with the next one: "døgn-" + "eller".
      if (/-$/.test(token) && next) words.add(letters(token + next));
    });
  });
  return words;
}

function tagged(file: string): StructNode[] {
  return structureTree(pdfObjects(file));
}

describe.each(standardFiles)('booklet of standards/%s', (name) => {
  const slug = name.replace(/\.md$/, '');
  let standard: Standard;
  let pdf: Uint8Array;
  let file: string;
  let blocks: Expected[];

  beforeAll(async () => {
    ({ standard, pdf, file } = await render(slug, readFileSync(new URL(name, standardsDir), 'utf8')));
    blocks = expectedBlocks(standard);
  });

  it('is a tagged A5 booklet titled from the front-matter, with a multiple of four pages', () => {
    const info = pdfinfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toBe('419.53 x 595.28 pts');
    expect(info.Title).toBe(standard.frontMatter?.data?.titel);
    expect(info.Author).toContain(String(standard.frontMatter?.data?.kommune));
    expect(info.Subject).toMatch(/stofmisbrug/);
    expect(info.Keywords).toMatch(/kvalitetsstandard/);
    expect(Number(info.Pages) % 4).toBe(0);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(8);
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(raw).toContain('/DisplayDocTitle true');
  });

  it('embeds every font (Source Sans 3 with æ, ø, å and §), and no standard-14 font', () => {
    const fonts = pdffonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+SourceSans3-/);
    }
  });

  it('holds every heading and paragraph of the accepted view in reading order, æ, ø and å intact', () => {
    const stream = letters(textPages(file).flat().join('\n'));
    let cursor = 0;
    const missing: string[] = [];
    for (const block of blocks) {
      const wanted = letters(block.text);
      const at = stream.indexOf(wanted, block.kind === 'tableCell' ? 0 : cursor);
      if (at === -1) missing.push(block.text);
      else if (block.kind !== 'tableCell') cursor = at + wanted.length;
    }
    expect(missing).toEqual([]);
    const count = (s: string, c: string) => s.split(c).length - 1;
    const source = letters(blocks.map((b) => b.text).join(''));
    for (const char of ['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']) expect(count(stream, char)).toBeGreaterThanOrEqual(count(source, char));
  });

  it('keeps hyphenated words whole in the extracted text', () => {
    const words = expectedWords(blocks);
    const broken = textPages(file)
      .flat()
      .flatMap((line) => line.split(/\s+/))
      .map(letters)
      .filter((word) => /\p{L}{3}/u.test(word) && !words.has(word));
    expect(broken).toEqual([]);
  });

  it('tags headings, paragraphs, lists, tables, links and the contents, in that structure', () => {
    const types = new Set(flatten(tagged(file)).map((node) => node.type));
    for (const type of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Link', 'TOC', 'TOCI']) {
      expect(types, type).toContain(type);
    }
    // Every web and mail link of the text is clickable and tagged as a Link.
    const urls = new Set<string>();
    visit(standard.tree, 'link', (node) => {
      if (/^(https?|mailto):/i.test(node.url)) urls.add(node.url);
    });
    const objects = pdfObjects(file);
    const taggedUrls = new Set(
      flatten(structureTree(objects))
        .filter((node) => node.type === 'Link')
        .flatMap((node) => node.annotations)
        .map((annotation) => pdfString((objects.get(annotation['/A']) as Record<string, never> | undefined)?.['/URI'])),
    );
    for (const url of urls) expect(taggedUrls, url).toContain(url);
  });

  it('gives every link annotation a description and a place in the structure tree', () => {
    const objects = pdfObjects(file);
    let links = 0;
    for (const ref of pagesOf(objects)) {
      const page = objects.get(ref) as Record<string, never>;
      expect(page['/Tabs']).toBe('/S');
      for (const annotation of (objects.get(page['/Annots']) as string[] | undefined) ?? []) {
        const dict = objects.get(annotation) as Record<string, never>;
        if (dict['/Subtype'] !== '/Link') continue;
        links++;
        expect(typeof dict['/StructParent']).toBe('number');
        expect(pdfString(dict['/Contents'])).not.toBe('');
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  it('marks everything on the pages as tagged content or an artifact, line-end hyphens as artifacts', () => {
    const objects = pdfObjects(file);
    let hyphens = 0;
    pageContents(file, objects).forEach((content, i) => {
      const marked = markedOperators(content);
      expect(marked.unmarked, `page ${i + 1}`).toEqual([]);
      hyphens += marked.layoutArtifactText;
    });
    // The words broken at line ends (pdftotext -raw shows their hyphens) have their hyphen outside the text.
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(raw.split('\n').filter((line) => /\p{Ll}-$/u.test(line)).length).toBeGreaterThan(0);
    expect(hyphens).toBeGreaterThan(0);
    expect(objects.root['/Lang']).toBe('u:da-DK');
    expect((objects.get(objects.root['/MarkInfo']) as Record<string, unknown>)['/Marked']).toBe(true);
  });

  it('has a bookmark for every heading', () => {
    const objects = pdfObjects(file);
    const titles: string[] = [];
    const walk = (ref: unknown) => {
      for (let item = objects.get(ref as string) as Record<string, never> | undefined; item; item = objects.get(item['/Next']) as Record<string, never> | undefined) {
        titles.push(pdfString(item['/Title']));
        if (item['/First']) walk(item['/First']);
      }
    };
    walk((objects.get(objects.root['/Outlines']) as Record<string, never>)['/First']);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(titles).toEqual(expect.arrayContaining(headings));
    expect(titles).toContain('Indhold');
  });

  it('never leaves a heading at the foot of a page', () => {
    const lonely: string[] = [];
    for (const parent of flatten(tagged(file))) {
      parent.children.forEach((child, i) => {
        const next = parent.children[i + 1];
        if (/^H\d$/.test(child.type) && next && firstPage(next) !== firstPage(child)) lonely.push(`${child.type} on page ${firstPage(child)}`);
      });
    }
    expect(lonely).toEqual([]);
  });

  it('is the same, byte for byte, when rendered again', async () => {
    const again = await renderBooklet(input(buildStandard(readFileSync(new URL(name, standardsDir), 'utf8'), `${slug}.md`), slug));
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
  });

  it('imposes two pages per A4 landscape sheet side for saddle-stitching', async () => {
    const printFile = join(dir, `${slug}-print.pdf`);
    writeFileSync(printFile, await imposeBooklet(pdf));
    const info = pdfinfo(printFile);
    expect(Number(info.Pages)).toBe(Number(pdfinfo(file).Pages) / 2);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28 pts/);
    // Sheet 1 front: the back cover beside the cover; its back: page 2 (the contents) beside page N−1.
    const sheets = pdfPages(printFile);
    expect(sheets[0]).toContain('Udgivet af');
    expect(sheets[0]).toContain(String(standard.frontMatter?.data?.kommune));
    expect(sheets[1]).toContain('Indhold');
    expect(Buffer.from(await imposeBooklet(pdf)).equals(readFileSync(printFile))).toBe(true);
  });
});

describe('booklet layout', () => {
  const frontMatter = (titel: string) =>
    `---\nkommune: Testby Kommune\ntitel: ${titel}\nomraade: SEL § 101\ngodkendt:\n  af: Byrådet\n  dato: 2024-02-29\nrevision:\n  interval_aar: 2\nstatus: vedtaget\n---\n\n`;

  it('repeats the header row of a table that runs over several pages', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `| Rådgivning nummer ${i + 1} | ${['Mandag', 'Tirsdag', 'Onsdag'][i % 3]} | kl. 8.30–15.00 |`);
    const markdown = `${frontMatter('Åbningstider')}# Åbningstider\n\n## Tider og steder\n\n| Tilbud | Ugedag | Tidsrum |\n|---|---|---:|\n${rows.join('\n')}\n`;
    const { file } = await render('long-table', markdown);
    const pages = bodyLines(pdfPages(file));
    const withRows = pages.filter((lines) => lines.some((line) => /Rådgivning nummer \d+/.test(line)));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const lines of withRows) {
      for (const header of ['Tilbud', 'Ugedag', 'Tidsrum']) expect(lines, header).toContain(header);
    }
    const stream = letters(pages.flat().join('\n'));
    for (let i = 1; i <= 80; i++) expect(stream).toContain(letters(`Rådgivning nummer ${i}`));
    const table = flatten(tagged(file)).find((n) => n.type === 'Table')!;
    // The header row is tagged once; its repetitions are pagination artifacts.
    expect(table.children.filter((n) => n.type === 'TR')).toHaveLength(81);
    const headers = flatten([table]).filter((n) => n.type === 'TH');
    expect(headers).toHaveLength(3);
    expect((headers[0]!.attributes['/A'] as Record<string, string>)['/Scope']).toBe('/Column');
  });

  it('splits a table row that is taller than a page', async () => {
    const long = Array.from({ length: 90 }, (_, i) => `Sætning nummer ${i + 1} om behandlingen.`).join(' ');
    const markdown = `${frontMatter('Lang celle')}# Lang celle\n\n| Emne | Beskrivelse |\n|---|---|\n| Forløb | ${long} |\n| Næste | Kort tekst. |\n`;
    const { file } = await render('tall-row', markdown);
    const pages = bodyLines(pdfPages(file)).filter((lines) => lines.some((line) => line.includes('Sætning nummer')));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const lines of pages) expect(lines.join(' ')).toContain('Emne Beskrivelse');
    // The header row repeated on the next page stands between the two halves of the cell.
    const stream = letters(pages.flat().join('\n')).replaceAll(letters('Emne Beskrivelse'), '');
    for (let i = 1; i <= 90; i++) expect(stream).toContain(letters(`Sætning nummer ${i} om behandlingen.`));
    expect(stream).toContain(letters('Kort tekst.'));
  });

  it('draws nested lists with bullets and numbers, tagged as lists within list bodies', async () => {
    const markdown = `${frontMatter('Lister')}# Lister\n\nTilbuddet består af:\n\n1. Første punkt om rådgivning\n   - Underpunkt om samtaler\n   - Underpunkt om grupper\n     1. Dybt punkt ét om døgnbehandling\n     2. Dybt punkt to om dagbehandling\n2. Andet punkt om opfølgning\n\nTekst efter listen.\n`;
    const { file } = await render('nested-lists', markdown);
    const lines = bodyLines(pdfPages(file)).flat();
    const order = ['Første punkt om rådgivning', 'Underpunkt om samtaler', 'Underpunkt om grupper', 'Dybt punkt ét om døgnbehandling', 'Dybt punkt to om dagbehandling', 'Andet punkt om opfølgning', 'Tekst efter listen.'];
    const stream = letters(lines.join('\n'));
    let cursor = 0;
    for (const item of order) {
      const at = stream.indexOf(letters(item), cursor);
      expect(at, item).toBeGreaterThanOrEqual(cursor);
      cursor = at;
    }
    const labels = lines.join(' ');
    for (const label of ['1.', '2.', '–']) expect(labels).toContain(label);
    // L > LI > LBody > L > LI > LBody > L
    const depth = (node: StructNode): number =>
      Math.max(0, ...node.children.map((child) => depth(child) + (child.type === 'L' ? 1 : 0)));
    const top = flatten(tagged(file)).find((n) => n.type === 'L')!;
    expect(depth(top) + 1).toBe(3);
    const lbls = flatten([top]).filter((n) => n.type === 'Lbl');
    expect(lbls).toHaveLength(6);
    expect((top.attributes['/A'] as Record<string, string>)['/ListNumbering']).toBe('/Decimal');
  });

  it('keeps headings with what follows, however the paragraphs fall', async () => {
    const sections = Array.from({ length: 36 }, (_, i) => {
      const sentences = Array.from({ length: 1 + ((i * 7) % 9) }, (_, j) => `Dette er sætning ${j + 1} i afsnit ${i + 1} om behandlingsgarantien.`);
      return `## Afsnit nummer ${i + 1}\n\n${sentences.join(' ')}\n${i % 4 === 0 ? `\n### Underafsnit ${i + 1}\n\n- Punkt et\n- Punkt to\n` : ''}`;
    });
    const { file } = await render('headings', `${frontMatter('Overskrifter')}# Overskrifter\n\n${sections.join('\n')}`);
    for (const parent of flatten(tagged(file))) {
      parent.children.forEach((child, i) => {
        const next = parent.children[i + 1];
        if (/^H\d$/.test(child.type) && next) expect(firstPage(next), `${child.type} on page ${firstPage(child)}`).toBe(firstPage(child));
      });
    }
  });

  it('sets quotes, code, rules, emphasis and links in headings, and a standard without front-matter', async () => {
    const markdown = `# Alt *på* én side\n\n## Se [Ankestyrelsen](https://ast.dk/)\n\n> Et citat med **fed** og *kursiv* tekst.\n\n---\n\n\`\`\`\nkode linje 1\n    kode linje 2\n\`\`\`\n\nEn [farlig](javascript:alert(1)) og en <b>html</b> sætning.\n\n#### Dybt niveau\n\nSidste afsnit.\n`;
    const { standard, file } = await render('kinds', markdown);
    const info = pdfinfo(file);
    expect(info.Title).toBe('Alt på én side');
    expect(Number(info.Pages) % 4).toBe(0);
    const stream = letters(bodyLines(pdfPages(file)).flat().join('\n'));
    for (const block of expectedBlocks(standard)) expect(stream).toContain(letters(block.text));
    for (const line of ['kode linje 1', 'kode linje 2']) expect(stream).toContain(letters(line));
    const nodes = flatten(tagged(file));
    const types = nodes.map((n) => n.type);
    expect(types).toContain('BlockQuote');
    // The title heading gives way to the cover's H1 (as in the leaflet); "#### Dybt niveau" after an H2
    // is tagged H3: heading levels never skip one.
    expect(types.filter((t) => /^H\d$/.test(t))).toEqual(['H1', 'H1', 'H2', 'H3']);
    const objects = pdfObjects(file);
    const uris = nodes.filter((n) => n.type === 'Link').flatMap((n) => n.annotations).map((a) => pdfString((objects.get(a['/A']) as Record<string, never> | undefined)?.['/URI']));
    expect(uris).toContain('https://ast.dk/');
    expect(uris.some((uri) => uri.startsWith('javascript:'))).toBe(false);
  });

  it('writes titles with & and < safely into the info dictionary and the XMP metadata', async () => {
    const markdown = '---\nkommune: Lolland & Falster\ntitel: Kvalitet & omsorg <stof>\nomraade: SEL § 101\nstatus: udkast\n---\n\n# Titel\n\nTekst.\n';
    const { pdf, file } = await render('xmp', markdown);
    expect(pdfinfo(file).Title).toBe('Kvalitet & omsorg <stof>');
    expect(pdfinfo(file).Author).toBe('Lolland & Falster');
    const raw = Buffer.from(pdf).toString('latin1');
    const xmp = raw.slice(raw.indexOf('<?xpacket begin'), raw.indexOf('<?xpacket end'));
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Kvalitet &amp; omsorg &lt;stof&gt;</rdf:li>');
    expect(xmp).not.toContain('<stof>');
  });

  it('prints A4 on request, and dates the file from SOURCE_DATE_EPOCH or else the approval', async () => {
    const markdown = `${frontMatter('Datoer')}# Datoer\n\nEn kort tekst.\n`;
    const a4 = await render('a4', markdown, { pageSize: 'A4' }, { sourceDateEpoch: 1_700_000_000 });
    expect(pdfinfo(a4.file)['Page size']).toBe('595.28 x 841.89 pts (A4)');
    expect(pdfinfo(a4.file).CreationDate).toBe('2023-11-14T22:13:20Z');
    expect(pdfinfo(a4.file).ModDate).toBe('2023-11-14T22:13:20Z');
    const a5 = await render('a5', markdown);
    expect(pdfinfo(a5.file).CreationDate).toBe('2024-02-29T00:00:00Z');
    // The cover and the back cover say when it was approved and when it is to be revised, in Danish.
    const all = pdfPages(a5.file).join('\n');
    expect(all).toContain('29. februar 2024');
    expect(all).toContain('28. februar 2026');
  });

  it('puts a PNG logo on the cover as a figure with alternative text', async () => {
    const logo = join(dir, 'logo.png');
    writeFileSync(logo, png(64, 24, [31, 78, 121]));
    const theme: Theme = { ...defaultTheme, logo };
    const { file } = await render('logo', `${frontMatter('Logo')}# Logo\n\nTekst.\n`, {}, { theme });
    const figure = flatten(tagged(file)).find((n) => n.type === 'Figure');
    expect(pdfString(figure?.attributes['/Alt'])).toBe('Testby Kommune logo');
    expect(figure?.page).toBe(1);
  });

  it('lists the contacts from the front-matter on the back cover with tel: and mailto: links', async () => {
    const { file } = await render('complete', readFileSync(new URL('fixtures/complete.md', import.meta.url), 'utf8'));
    const objects = pdfObjects(file);
    const uris = flatten(structureTree(objects))
      .filter((n) => n.type === 'Link')
      .flatMap((n) => n.annotations)
      .map((a) => pdfString((objects.get(a['/A']) as Record<string, never>)['/URI']));
    expect(uris).toEqual(expect.arrayContaining(['tel:12345678', 'mailto:rusmiddelcenter@eksempelby.dk', 'https://www.eksempelby.dk/rusmidler']));
    const last = bodyLines(pdfPages(file)).at(-1)!.join('\n');
    expect(last).toContain('Rusmiddelcenter Eksempelby');
    expect(last).toContain('Udgivet af Eksempelby Kommune');
  });
});

describe('Danish hyphenation', () => {
  const hyphens = (word: string) => hyphenateWord(word).replaceAll('\u00AD', '|');

  it('breaks long words at syllables and prefers compound joints', () => {
    expect(hyphens('stofmisbrugsbehandling')).toBe('stof|mis|brugs|be|hand|ling');
    expect(hyphens('socialrådgiverfunktion')).not.toMatch(/rå\|d/);
    expect(hyphens('helhedsorienteret')).not.toMatch(/\|o\|/);
  });

  it('leaves short words, acronyms, numbers and addresses alone', () => {
    for (const word of ['kommune', 'Holbæk', 'SMDB', '§101a', '4300', 'rusmiddelcenter@holbaek.dk', 'https://stpk.dk/']) {
      expect(hyphenateWord(word)).toBe(word);
    }
  });
});

/** A small solid-colour RGB PNG. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.from([0, ...Array.from({ length: width }, () => rgb).flat()])));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
