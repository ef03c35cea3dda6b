/**
 * The check parses without GFM autolink literals (src/model/parse.ts: a third
 * of the parse, and nothing a rule needs). These tests hold it to that: the
 * findings must be exactly those of a check of the full GFM tree, the one
 * `kvs build` renders, on real standards and on random documents full of
 * bare addresses, e-mails and phone numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkStandard } from '../src/check/check.js';
import { buildStandard } from '../src/model/standard.js';
import { mayHoldAutolinkLiteral, mayHoldTable, parseMarkdown } from '../src/model/parse.js';
import type { Nodes } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { toString } from 'mdast-util-to-string';
import { complete, fixture, seeds } from './helpers/fixtures.js';
import { markdownDocument, sentence } from './helpers/fuzz.js';

const asOf = '2026-11-25';

function findings(text: string, autolinkLiterals: boolean, lang: 'da' | 'en' = 'da') {
  return checkStandard(buildStandard(text, 'x.md', { autolinkLiterals }), { asOf, lang }).findings;
}

const bundled = readdirSync(new URL('../standards/', import.meta.url))
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(new URL(`../standards/${name}`, import.meta.url), 'utf8') }));

describe('the check tree (GFM parts only where a text can need them)', () => {
  it('keeps every character of bare addresses, and leaves autolink-literal syntax out of a text that has none', () => {
    const text = 'Skriv til rusmidler@kommune.dk eller se www.kommune.dk/rusmidler og https://x.dk.\n';
    expect(toString(parseMarkdown(text, { autolinkLiterals: false }))).toBe(toString(parseMarkdown(text)));
    expect(mayHoldAutolinkLiteral('Ring på 72 33 55 50.')).toBe(false);
    for (const trigger of ['a@b.dk', 'WWW.x.dk', 'https://x']) expect(mayHoldAutolinkLiteral(trigger)).toBe(true);
  });

  it('has the structure of the tree the leaflet renders: a bare address that swallows markup swallows it in both', () => {
    // Links made into text, adjacent text joined, positions dropped: what is left is structure.
    const shape = (node: Nodes): unknown => {
      if (!('children' in node)) return 'value' in node ? { type: node.type, value: node.value } : { type: node.type };
      const children: Array<{ type: string; value?: string }> = [];
      for (const child of node.children as Nodes[]) {
        const part = (child.type === 'link' ? { type: 'text', value: toString(child) } : shape(child)) as { type: string; value?: string };
        const last = children.at(-1);
        if (part.type === 'text' && last?.type === 'text') last.value += part.value ?? '';
        else children.push({ ...part });
      }
      return { type: node.type, children };
    };
    const piece = fc.constantFrom('www.ab.dk/', 'www.ab.dk', 'a@b.dk', 'https://x.dk/', 'mailto:a@b.dk', '`', '\\', '~~', '~', '*', '_', '<template>', '</template>', '<del>', ' ', 'tekst', '.', ')', '(', '\n', '\n\n', '- ', '> ', '[a](b)', '<', '>', '&amp;');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const markdown = parts.join('');
        expect(shape(parseMarkdown(markdown, { autolinkLiterals: false }))).toEqual(shape(parseMarkdown(markdown)));
      }),
      { numRuns: 3000 },
    );
    // The attack: the leaflet's address eats the backtick, so the strikethrough is a deletion there and in the check.
    const attack = '~~www.ab.dk/` Du kan vælge et andet tilbud.~~` `\n';
    expect(JSON.stringify(parseMarkdown(attack, { autolinkLiterals: false }))).toContain('"type":"delete"');
  });

  it('keeps the rest of GFM: tables, strikethrough, task lists, footnotes', () => {
    const text = '| a | b |\n| - | - |\n| 1 | 2 |\n\n~~væk~~ og [^1]\n\n- [x] gjort\n\n[^1]: Note.\n';
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of (node.children ?? []) as Array<{ type: string }>) walk(child);
    };
    walk(parseMarkdown(text, { autolinkLiterals: false }));
    for (const type of ['table', 'delete', 'footnoteReference', 'footnoteDefinition', 'listItem']) expect(types).toContain(type);
  });

  it.each([...bundled, ...seeds(), { name: 'complete.md', text: complete }, { name: 'sel83', text: fixture('sel83-hjemmehjaelp.md') }])(
    'gives the same findings as the full tree: $name',
    ({ text }) => {
      expect(findings(text, false)).toEqual(findings(text, true));
      expect(findings(text, false, 'en')).toEqual(findings(text, true, 'en'));
    },
  );

  it('points exactly at a fault after a bare address, where the full tree loses the place', () => {
    // GFM turns the e-mail into a link by search and replace, and the text after it is left without a position.
    const text = '# T\n\nSkriv til mail@kommune.dk eller se htps://fejl.dk i dag.\n';
    const fault = findings(text, false).find((f) => f.ruleId === 'contact-format');
    const column = text.split('\n')[2]!.indexOf('htps') + 1;
    expect(fault?.position.start).toMatchObject({ line: 3, column });
    expect(fault?.position.end).toMatchObject({ line: 3, column: column + 'htps://fejl.dk'.length });
  });

  it('leaves tables out only where none can be: the same tree as with them', () => {
    // Every GFM part the check uses, tables always on: the reference.
    const reference = unified()
      .use(remarkParse)
      .use(function () {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTaskListItem(), gfmTable());
        (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmTableFromMarkdown());
      })
      .use(remarkFrontmatter, ['yaml'])
      .freeze();
    // Lines that look like tables, rules and underlines, with and without pipes and colons.
    const piece = fc.constantFrom('a', 'b c', ':', '-', '--', ':-', '-:', ':-:', '|', ' ', '\t', '\n', '\n\n', '*', '#', '> ', '1. ', '- ', '`', '~', '[', ']', '^', '=', 'æ');
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    let withoutTable = 0;
    fc.assert(
      fc.property(text, (markdown) => {
        if (!mayHoldTable(markdown)) withoutTable++;
        expect(parseMarkdown(markdown, { autolinkLiterals: false })).toEqual(reference.parse(markdown));
      }),
      { numRuns: 1500 },
    );
    expect(withoutTable).toBeGreaterThan(250);
    for (const table of ['| a |\n| - |', 'a | b\n--|--', '| a |\n|:-|']) {
      expect(mayHoldTable(table)).toBe(true);
      expect(JSON.stringify(parseMarkdown(table, { autolinkLiterals: false }))).toContain('"type":"table"');
    }
    // A pipeless one-column delimiter row (micromark's own rule) counts as a possible table too.
    expect(mayHoldTable('a\n:-')).toBe(true);
  });

  it('tries an e-mail literal only where atext and then @ follow: the same tree, positions included, as GFM trying it everywhere', () => {
    // Every GFM part the check uses when a text can hold an autolink literal, the e-mail construct unwrapped: the reference.
    const reference = unified()
      .use(remarkParse)
      .use(function () {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTaskListItem(), gfmTable(), gfmAutolinkLiteral());
        (data.fromMarkdownExtensions ??= []).push(
          gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmTableFromMarkdown(),
          { ...gfmAutolinkLiteralFromMarkdown(), transforms: [] },
        );
      })
      .use(remarkFrontmatter, ['yaml'])
      .freeze();
    // Words, atext signs and @ beside escapes, references, links, code, containers, tabs and a byte order mark.
    const piece = fc.constantFrom('a', 'Bo', 'x1', '+', '-', '.', '_', '@', 'a@b.dk', 'a.b@c', '@d', ' ', '\t', '\n', '\n\n', '> ', '- ', '    ', '\\', '&#64;', '&amp;', '`', '[', '](u)', '/', 'www.', '|', '-|-', 'æ', '\uFEFF');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const markdown = `a@b ${parts.join('')}`;
        expect(parseMarkdown(markdown, { autolinkLiterals: false })).toEqual(reference.parse(markdown));
        const withMark = `\uFEFF${markdown}`;
        expect(parseMarkdown(withMark, { autolinkLiterals: false })).toEqual(reference.parse(withMark));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same findings as the full tree for random documents with addresses', () => {
    const address = fc.constantFrom(
      'www.kommune.dk', 'www.kommune.dk/rusmidler.', 'https://www.kommune.dk/a?b=1', 'http://x', 'www.tilbudsportalen',
      'rusmidler@kommune.dk', 'mail@kommune', 'mailto:a@b.dk', '<https://x.dk>', '[se her](www.kommune.dk)',
      '[www.kommune.dk](https://www.kommune.dk)', 'tlf. 72 33 55 50', '(www.a.dk)', '*www.b.dk*', 'www.c.dk,', 'htps://fejl.dk',
    );
    const withAddresses = fc
      .tuple(markdownDocument, fc.array(fc.tuple(sentence, address), { maxLength: 8 }))
      .map(([doc, extra]) => `${doc}\n\n${extra.map(([s, a]) => `${s} ${a} ${s}`).join('\n\n')}\n`);
    fc.assert(
      fc.property(withAddresses, (text) => {
        const lite = findings(text, false);
        const full = findings(text, true);
        // The same findings; only their places may differ, where the full tree has none to give (the test above).
        const what = (list: typeof lite) => list.map((f) => `${f.ruleId} ${f.severity} ${f.message}`).sort();
        expect(what(lite)).toEqual(what(full));
        for (const finding of lite) {
          const { line, column } = finding.position.start;
          expect(line).toBeGreaterThanOrEqual(1);
          expect(column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });
});
