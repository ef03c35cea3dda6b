/**
 * Word documents of our own making (test/corpus/docx/: blocks.docx written by
 * LibreOffice from the .html beside it, `soffice --infilter="HTML (StarWriter)"
 * --convert-to docx`; notes, pictures and moves by `generate.mjs` with the
 * `docx` package), read by our importer and by pandoc: the same block
 * structure (headings, quotes, lists and their nesting, tables), and no
 * footnote link, picture or moved text lost. One pandoc run per document.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Nodes } from 'mdast';
import { unzipSync } from 'fflate';
import { readDocx } from '../src/import/readers/docx.js';
import { importDocument } from '../src/import/index.js';

const corpus = (name: string): string => fileURLToPath(new URL(`corpus/docx/${name}`, import.meta.url));
const pandoc = spawnSync('pandoc', ['--version']).status === 0;

type Shape = string | { [kind: string]: Shape[] };

/** mdast blocks as shapes: h2, p, quote[…], ul[[…], …], ol, table 3x2. */
function ours(nodes: Nodes[]): Shape[] {
  return nodes.flatMap((node): Shape[] => {
    switch (node.type) {
      case 'heading':
        return [`h${node.depth}`];
      case 'paragraph':
        return ['p'];
      case 'blockquote':
        return [{ quote: ours(node.children) }];
      case 'list':
        return [{ [node.ordered ? 'ol' : 'ul']: node.children.map((item) => ({ li: ours(item.children) })) }];
      case 'table':
        return [`table ${node.children.length}x${node.children[0]?.children.length ?? 0}`];
      default:
        return [];
    }
  });
}

interface PandocBlock {
  t: string;
  c?: unknown;
}

/** A list item's blocks; pandoc reads the indentation LibreOffice gives list paragraphs as a quote inside the item. */
function itemBlocks(item: PandocBlock[]): PandocBlock[] {
  return item.flatMap((block) => (block.t === 'BlockQuote' ? (block.c as PandocBlock[]) : [block]));
}

/** pandoc's JSON blocks as the same shapes. */
function theirs(blocks: PandocBlock[]): Shape[] {
  return blocks.flatMap((block): Shape[] => {
    switch (block.t) {
      case 'Header':
        return [`h${(block.c as [number])[0]}`];
      case 'Para':
      case 'Plain':
        return ['p'];
      case 'BlockQuote':
        return [{ quote: theirs(block.c as PandocBlock[]) }];
      case 'BulletList':
        return [{ ul: (block.c as PandocBlock[][]).map((item) => ({ li: theirs(itemBlocks(item)) })) }];
      case 'OrderedList':
        return [{ ol: (block.c as [unknown, PandocBlock[][]])[1].map((item) => ({ li: theirs(itemBlocks(item)) })) }];
      case 'Table': {
        const [, , colspecs, head, bodies] = block.c as [unknown, unknown, unknown[], [unknown, unknown[]], Array<[unknown, unknown, unknown[], unknown[]]>];
        const rows = head[1].length + bodies.reduce((sum, body) => sum + body[2].length + body[3].length, 0);
        return [`table ${rows}x${colspecs.length}`];
      }
      default:
        return [];
    }
  });
}

describe.skipIf(!pandoc)('Word documents of our own making: the block structure pandoc reads', () => {
  it('blocks.docx: headings, a quote, nested lists, a table with a merged cell', () => {
    const path = corpus('blocks.docx');
    const { tree } = readDocx(new Uint8Array(readFileSync(path)));
    const run = spawnSync('pandoc', ['-f', 'docx', '-t', 'json', path], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const expected: Shape[] = [
      'h1', 'p', 'h2', { quote: ['p'] }, 'p', 'p', 'h2',
      { ul: [{ li: ['p', { ul: [{ li: ['p'] }, { li: ['p'] }] }] }, { li: ['p'] }] },
      { ol: [{ li: ['p'] }, { li: ['p'] }] },
      'h3', 'table 3x2', 'p',
    ];
    expect(ours(tree.children)).toEqual(expected);
    // pandoc reads LibreOffice's "Quotations" paragraph as a plain paragraph (it looks for indentation on the paragraph
    // itself; LibreOffice puts it in the style); everything else is the same.
    const unquoted = expected.map((shape) => (typeof shape === 'object' && 'quote' in shape ? 'p' : shape));
    expect(theirs((JSON.parse(run.stdout) as { blocks: PandocBlock[] }).blocks)).toEqual(unquoted);
  });
});

/** pandoc's JSON, every object in it (depth first), for the collectors below. */
function objects(value: unknown): PandocBlock[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (typeof value !== 'object' || value === null) return [];
  const block = value as PandocBlock;
  return [block, ...objects(block.c)];
}

/** Inlines as text: words, spaces and line breaks in the source. */
function inlineText(inlines: unknown): string {
  return objects(inlines)
    .map((inline) => (inline.t === 'Str' ? (inline.c as string) : inline.t === 'Space' || inline.t === 'SoftBreak' ? ' ' : ''))
    .join('');
}

function pandocJson(path: string, ...options: string[]): { blocks: PandocBlock[] } {
  const run = spawnSync('pandoc', ['-f', 'docx', '-t', 'json', ...options, path], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { blocks: PandocBlock[] };
}

const read = (name: string) => new Uint8Array(readFileSync(corpus(name)));

describe.skipIf(!pandoc)('Word documents of our own making: nothing pandoc sees is lost', () => {
  it('notes.docx: every link, in the text and in the footnotes, with its target', () => {
    const json = pandocJson(corpus('notes.docx'));
    const theirLinks = objects(json.blocks)
      .filter((node) => node.t === 'Link')
      .map((node) => (node.c as [unknown, unknown, [string]])[2][0]);
    const theirNotes = objects(json.blocks).filter((node) => node.t === 'Note').length;
    const { markdown } = importDocument(read('notes.docx'), 'notes.docx');
    const ourLinks = [...markdown.matchAll(/\]\((https?:[^)]+)\)/g)].map((match) => match[1]);
    expect(theirLinks).toHaveLength(4);
    expect(theirNotes).toBe(2);
    // The body's link first in ours: the footnote definitions come after the text.
    expect([...ourLinks].sort()).toEqual([...theirLinks].sort());
    expect(markdown.match(/^\[\^\d+\]: /gm)).toHaveLength(theirNotes);
  });

  it('pictures.docx: every picture, with its alt text and its bytes, where it stood', () => {
    const bytes = read('pictures.docx');
    const json = pandocJson(corpus('pictures.docx'));
    const theirs = objects(json.blocks)
      .filter((node) => node.t === 'Image')
      .map((node) => {
        const [, alt, [target]] = node.c as [unknown, unknown, [string]];
        return { alt: inlineText(alt), part: `word/${target}` };
      });
    expect(theirs).toHaveLength(2);
    const result = importDocument(bytes, 'pictures.docx', { imageFolder: 'p.billeder' });
    expect(result.images?.map((image) => image.alt)).toEqual(theirs.map((image) => image.alt));
    const parts = unzipSync(bytes);
    result.images!.forEach((image, index) => {
      expect(Buffer.from(image.bytes).equals(Buffer.from(parts[theirs[index]!.part]!)), image.file).toBe(true);
      expect(result.markdown).toContain(`![${image.alt}](p.billeder/${image.file})`);
    });
    expect(result.removed).toEqual([]);
    // Without a folder every picture is in the report instead.
    const reported = importDocument(bytes, 'pictures.docx').removed.filter((removal) => removal.reason === 'image');
    expect(reported.map((removal) => removal.text)).toEqual(theirs.map((image) => `${image.alt} (${image.part.split('/').at(-1)})`));
  });

  it('moves.docx: the moved paragraph at both places under --keep-changes, once when accepted', () => {
    const bytes = read('moves.docx');
    const json = pandocJson(corpus('moves.docx'), '--track-changes=all');
    const spans = (kind: string) =>
      objects(json.blocks)
        .filter((node) => node.t === 'Span' && (node.c as [[string, string[]]])[0][1].includes(kind))
        .map((node) => inlineText((node.c as [unknown, unknown])[1]).trim());
    const { markdown } = importDocument(bytes, 'moves.docx', { keepChanges: true });
    const ours = (open: string, close: string) => [...markdown.matchAll(new RegExp(`${open}([^]*?)${close}`, 'g'))].map((match) => match[1]!.trim());
    expect(ours('\\{--', '--\\}')).toEqual(spans('deletion'));
    expect(ours('\\{\\+\\+', '\\+\\+\\}')).toEqual(spans('insertion'));
    const moved = 'Ring til rådgivningen på hverdage mellem 9 og 15.';
    expect(spans('deletion')).toEqual([moved]);
    const accepted = importDocument(bytes, 'moves.docx').markdown;
    expect(accepted.split(moved)).toHaveLength(2);
  });
});
