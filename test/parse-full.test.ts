/**
 * The published tree (the one `kvs build` renders) leaves GFM's tables and
 * autolink literals out of a text that cannot hold them (src/model/parse.ts).
 * These tests hold it to remark-gfm's tree, positions and all: on the bundled
 * standards and test documents, and on random texts around the two tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { mayHoldAutolinkLiteral, mayHoldTable, parseMarkdown } from '../src/model/parse.js';
import { complete, fixture, seeds } from './helpers/fixtures.js';

const remarkGfmTree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

const bundled = readdirSync(new URL('../standards/', import.meta.url))
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(new URL(`../standards/${name}`, import.meta.url), 'utf8') }));

describe('the published tree (GFM parts only where a text can hold them)', () => {
  it.each([...bundled, ...seeds(), { name: 'complete.md', text: complete }, { name: 'sel83', text: fixture('sel83-hjemmehjaelp.md') }])(
    "is remark-gfm's tree: $name",
    ({ text }) => {
      expect(parseMarkdown(text)).toEqual(remarkGfmTree.parse(text));
    },
  );

  it("is remark-gfm's tree for random texts with and without tables and bare addresses", () => {
    // Tables, table-like rows, rules and underlines, address starts that are and are not one, markup they can swallow.
    const piece = fc.constantFrom(
      'a', 'b c', ':', '-', '--', ':-', '-:', '|', ' ', '\t', '\n', '\n\n', '> ', '1. ', '- ', '#', '*', '_', '`', '~', '~~', '\\',
      '[', ']', '](u)', '^', 'æ', '@', '| a | b |\n| - | - |\n', 'a | b\n--|--\n', '| a |\n|:-|\n', '| 1 | 2 |\n', 'a@b.dk', 'www.', 'www.ab.dk/', 'WWW.x.dk', 'https://x.dk/', 'mailto:a@b.dk', 'ww.', ':/', '<', '>',
    );
    const counts = { plain: 0, tables: 0, literals: 0 };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const markdown = parts.join('');
        const tables = mayHoldTable(markdown);
        const literals = mayHoldAutolinkLiteral(markdown);
        if (!tables && !literals) counts.plain++;
        if (tables) counts.tables++;
        if (literals) counts.literals++;
        expect(parseMarkdown(markdown)).toEqual(remarkGfmTree.parse(markdown));
      }),
      { numRuns: 500 },
    );
    // Every way through the parse was taken, and often.
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(50);
  });
});
