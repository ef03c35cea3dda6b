/**
 * Word documents of our own making (test/corpus/docx/: each .docx written by
 * LibreOffice from the .html beside it, `soffice --infilter="HTML (StarWriter)"
 * --convert-to docx`), read by our importer and by pandoc: the same block
 * structure (headings, quotes, lists and their nesting, tables). One pandoc
 * run per document.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Nodes } from 'mdast';
import { readDocx } from '../src/import/readers/docx.js';

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
