/**
 * The bundled booklets as pdf.js reads them (Firefox's reader, which gives
 * screen readers the text and structure): every word whole, in reading order,
 * the title heading once, no heading as the last line of a page, "§ 101"
 * never broken. pdf.js rejoins nothing itself (poppler does), so a word
 * broken at a line end reads whole only through its Span's /ActualText.
 * One render and one pdf.js read per booklet, shared by every test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { buildStandard } from '../src/model/standard.js';
import { defaultTheme } from '../src/render/types.js';
import { renderBooklet } from '../src/render/pdf/index.js';
import { bookletMeta } from '../src/render/pdf/meta.js';
import { bookletWords } from '../src/i18n/booklet.js';
import type { Standard } from '../src/types.js';
import { flattenJs, glyphsOf, joinLines, readWithPdfjs, spokenText, type Bookmark, type Glyphs, type JsNode, type JsPage } from './helpers/pdfjs.js';

const standardsDir = new URL('../standards/', import.meta.url);
const standardFiles = readdirSync(standardsDir).filter((name) => name.endsWith('.md')).sort();

/** Letters and digits only, lower case. */
const letters = (text: string) => text.normalize('NFC').toLocaleLowerCase('da').replace(/[^\p{L}\p{N}]+/gu, '');

const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** Every word the booklet may print: the source file's (front-matter too), the booklet's fixed words and the month names. */
function knownWords(source: string, own: string[]): Set<string> {
  const t = bookletWords.da as Record<string, unknown>;
  // A word function that wants other arguments (a list of months) is covered by `own`, the sentences it made.
  const call = (f: (...a: unknown[]) => unknown) => {
    try {
      return String(f('', 1, 1));
    } catch {
      return '';
    }
  };
  const fixed = [...Object.values(t).map((value) => (typeof value === 'function' ? call(value as (...a: unknown[]) => unknown) : JSON.stringify(value))), ...own];
  const words = new Set<string>();
  for (const token of [source, ...fixed, ...months].join(' ').split(/\s+/)) {
    // Pieces at "-", "/", "." and the like, and every run of them: "døgn-/dagbehandling", "www.ringsted.dk".
    const parts = token.split(/(?<=[-/–.@?&=_:])/);
    for (let a = 0; a < parts.length; a++) for (let b = a + 1; b <= parts.length; b++) words.add(letters(parts.slice(a, b).join('')));
  }
  return words;
}

const blockRoles = /^(H[1-6]|P|LBody|TH|TD|TOCI|Caption)$/;

interface Block {
  role: string;
  page: number;
  /** Baselines (PDF units from the bottom), top to bottom. */
  baselines: number[];
  glyphs: Glyphs[];
}

/** The blocks of text in reading order, page by page; a block running over a page turn is one block per page. */
function blocksOf(pages: JsPage[]): Block[] {
  const blocks: Block[] = [];
  for (const page of pages) {
    const walk = (node: JsNode) => {
      if (blockRoles.test(node.role)) {
        // Its own text: content, Spans and Links, not the blocks nested in it (a list inside a list item).
        const own = (n: JsNode): Glyphs[] =>
          n.kids.flatMap((kid) => (typeof kid === 'string' ? (page.marked.get(kid) ?? []) : blockRoles.test(kid.role) || kid.role === 'L' ? [] : own(kid)));
        const glyphs = own(node).filter((g) => g.text.trim() !== '');
        if (glyphs.length > 0) {
          const baselines = [...new Set(glyphs.map((g) => Math.round(g.y * 10) / 10))].sort((a, b) => b - a);
          blocks.push({ role: node.role, page: page.number, baselines, glyphs });
        }
      }
      for (const child of node.children) walk(child);
    };
    page.tree.forEach(walk);
  }
  return blocks;
}

/** What a reader gets for a glyph without a Unicode mapping: a control character (tab and line ends aside), U+FFFD or a private-use character. */
const unmappedCharacter = (code: number) => (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff);

describe.each(standardFiles)('standards/%s read by pdf.js', (name) => {
  let standard: Standard;
  let source: string;
  let pages: JsPage[];
  let outline: Bookmark[];
  let title: string;

  beforeAll(async () => {
    source = readFileSync(new URL(name, standardsDir), 'utf8');
    standard = buildStandard(source, name);
    const pdf = await renderBooklet({
      standard,
      slug: name.replace(/\.md$/, ''),
      check: { filePath: name, findings: [] },
      lang: 'da',
      theme: defaultTheme,
      templateDirs: [],
    });
    const read = await readWithPdfjs(pdf);
    pages = read.pages;
    outline = read.outline;
    title = String(standard.frontMatter?.data?.titel ?? standard.title.text);
  });

  it('reads every word whole: each word broken at a line end is a Span with the word as /ActualText', () => {
    // The booklet's own sentences: the back cover's guarantee, follow-up and complaint facts.
    const key = bookletMeta({ standard, slug: name, check: { filePath: name, findings: [] }, lang: 'da', theme: defaultTheme, templateDirs: [] }).keyFacts;
    const known = knownWords(source, [...key.guarantee, ...key.followUp, ...key.complaint]);
    const broken: string[] = [];
    let spans = 0;
    for (const page of pages) {
      for (const node of flattenJs(page.tree)) {
        if (node.role !== 'Span' || glyphsOf(node, page).length === 0) continue;
        spans++;
        // The Span's drawn parts are the word it stands for (the hyphen between them is an artifact).
        expect(glyphsOf(node, page).map((g) => g.text).join('').trim(), `${node.alt} (page ${page.number})`).toBe(node.alt?.trim());
      }
      for (const word of spokenText(page.tree, page).split(/\s+/)) {
        const bare = letters(word);
        if (/\p{L}{2}/u.test(bare) && !known.has(bare)) broken.push(`${word} ${[...word].map((c) => c.codePointAt(0)!.toString(16)).join(",")} (page ${page.number})`);
      }
    }
    expect(broken).toEqual([]);
    expect(spans).toBeGreaterThan(0);
  });

  it('reads the text in reading order, the title heading once', () => {
    const spoken = letters(pages.map((page) => spokenText(page.tree, page)).join(' '));
    let cursor = 0;
    const missing: string[] = [];
    for (const block of blocksOf(pages).filter((b) => b.page > 2 && b.role !== 'TOCI')) {
      const wanted = letters(joinLines(block.glyphs));
      const at = spoken.indexOf(wanted, cursor);
      if (at === -1) missing.push(wanted);
      else cursor = at + wanted.length;
    }
    expect(missing).toEqual([]);
    const headings = pages.flatMap((page) => flattenJs(page.tree).filter((n) => /^H\d$/.test(n.role)).map((n) => spokenText([n], page)));
    expect(headings.filter((text) => letters(text) === letters(title))).toHaveLength(1);
    const entries = pages.flatMap((page) => flattenJs(page.tree).filter((n) => n.role === 'TOCI').map((n) => spokenText([n], page).replace(/\s*\d+$/, '')));
    expect(entries.filter((text) => letters(text) === letters(title))).toEqual([]);
  });

  it('puts "Indhold" in the outline beside the sections, not above them', () => {
    const contents = outline.find((item) => item.title === 'Indhold');
    expect(contents?.items).toEqual([]);
    expect(outline.length).toBeGreaterThan(2);
    expect(outline.at(-1)?.title).toBe('Om kvalitetsstandarden');
  });

  it('keeps every heading with the first lines of what follows', () => {
    const blocks = blocksOf(pages);
    const wholeBlocks = new Set<string>();
    visit(standard.tree, (node) => {
      if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') wholeBlocks.add(letters(toString(node)));
    });
    const stranded: string[] = [];
    blocks.forEach((block, i) => {
      if (!/^H\d$/.test(block.role)) return;
      const heading = joinLines(block.glyphs);
      // The blocks up to the first that is not a heading must start on the heading's page.
      let j = i + 1;
      while (blocks[j] && /^H\d$/.test(blocks[j]!.role)) j++;
      const next = blocks[j];
      if (!next) return;
      for (let k = i + 1; k <= j; k++) if (blocks[k]!.page !== block.page) stranded.push(`${heading} (page ${block.page})`);
      // Two lines of it, or all of it when it is shorter: a whole paragraph of the source, a table row
      // (rows are kept whole), a contents entry, the cover's lines.
      const whole = wholeBlocks.has(letters(joinLines(next.glyphs))) || /^(TH|TD|TOCI)$/.test(next.role) || block.page === 1;
      if (next.page === block.page && next.baselines.length < 2 && !whole) stranded.push(`${heading} (one line after it, page ${block.page})`);
    });
    expect(stranded).toEqual([]);
    // No page's last line of text is a heading.
    for (const page of pages) {
      const onPage = blocks.filter((b) => b.page === page.number);
      const lowest = Math.min(...onPage.flatMap((b) => b.baselines));
      const last = onPage.find((b) => b.baselines.includes(lowest));
      if (last && page.number < pages.length) expect(last.role, `page ${page.number}`).not.toMatch(/^H\d$/);
    }
  });

  it('has a structure tree on every page with content: all its text is tagged content the tree reaches, or an artifact (Matterhorn 01)', () => {
    const problems: string[] = [];
    for (const page of pages) {
      if (page.unmarked.length > 0) problems.push(`page ${page.number}: text outside marked content: ${page.unmarked.map((g) => g.text).join(' ')}`);
      const reached = new Set(flattenJs(page.tree).flatMap((node) => node.kids.filter((kid): kid is string => typeof kid === 'string')));
      for (const id of page.marked.keys()) if (!reached.has(id)) problems.push(`page ${page.number}: ${id} not in the structure tree`);
      if (page.marked.size > 0 && page.tree.length === 0) problems.push(`page ${page.number}: content but no structure tree`);
    }
    expect(problems).toEqual([]);
    // Every page but blank ones has tagged text (a booklet has no page of drawings alone).
    expect(pages.filter((page) => page.marked.size === 0 && page.artifactText.length > 0).map((page) => page.number)).toEqual([]);
  });

  it('maps every glyph to Unicode: pdf.js reads no control, replacement or private-use character (Matterhorn 10)', () => {
    const unmapped = pages.flatMap((page) =>
      [...[...page.marked.values()].flat(), ...page.artifactText]
        .filter((g) => [...g.text].some((c) => unmappedCharacter(c.codePointAt(0)!)))
        .map((g) => `page ${page.number}: ${JSON.stringify(g.text)}`),
    );
    expect(unmapped).toEqual([]);
  });

  it('never breaks a line between "§" and its number', () => {
    for (const block of blocksOf(pages)) {
      block.glyphs.forEach((glyphs, i) => {
        const next = block.glyphs[i + 1];
        if (next && Math.abs(next.y - glyphs.y) > 0.5) expect(`${glyphs.text}|${next.text}`).not.toMatch(/§\s*\|\s*\d/);
      });
    }
  });
});
