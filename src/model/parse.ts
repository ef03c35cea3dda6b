/**
 * The unified pipeline: Markdown with GFM and YAML front-matter to mdast.
 * Built once per process; parsing holds no state between documents.
 *
 * Two trees can be asked for. Published output needs all of GFM, including
 * bare addresses ("www.kommune.dk", "navn@kommune.dk") turned into links.
 * The check does not: it finds addresses, phone numbers and e-mails in the
 * text itself (facts.ts), where an autolink literal is the same characters
 * either way. Recognising autolink literals is about a third of the parse
 * (micromark tries a construct at every w, h and @, and mdast runs a search
 * and replace over all text afterwards), so the check path leaves it out.
 * The check's findings are the same with either tree (tested on every
 * bundled standard, the fixtures and the benchmark corpus).
 *
 * The check's parse also leaves out GFM tables when the text cannot hold one:
 * micromark tries the table construct at the start of every block, a quarter
 * of the parse, and most standards have no table. The tree is the same.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { installLinearEditMap } from './edit-map.js';

// Before the first parse: without it, many quotes or lists cost time quadratic in the file's size.
installLinearEditMap();

export interface ParseOptions {
  /** Turn bare URLs and e-mail addresses into links (GFM autolink literals). Default true. */
  autolinkLiterals?: boolean;
}

/** GFM without autolink literals (and tables, if asked); otherwise the extensions remark-gfm adds. */
function remarkGfmWithoutAutolinkLiterals(this: Processor, options: { tables: boolean }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
  if (options.tables) {
    data.micromarkExtensions.push(gfmTable());
    data.fromMarkdownExtensions.push(gfmTableFromMarkdown());
  }
}

const checkProcessor = (tables: boolean) =>
  withBoundedFootnoteCalls(unified().use(remarkParse).use(remarkGfmWithoutAutolinkLiterals, { tables }).use(remarkFrontmatter, ['yaml']).freeze());
const fullProcessor = () =>
  withBoundedFootnoteCalls(unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze());

// Each made on first use: `kvs check` never needs the full one, a text without tables never the other.
const processors: { full?: Processor<Root>; tables?: Processor<Root>; noTables?: Processor<Root> } = {};

export function parseMarkdown(text: string, options: ParseOptions = {}): Root {
  if (options.autolinkLiterals !== false) return (processors.full ??= fullProcessor()).parse(text);
  return mayHoldTable(text)
    ? (processors.tables ??= checkProcessor(true)).parse(text)
    : (processors.noTables ??= checkProcessor(false)).parse(text);
}

/**
 * A GFM table needs a delimiter row with a `|` or a `:` beside a `-`
 * (micromark-extension-gfm-table gives up on a row with neither: that is a
 * thematic break or a setext underline). Without both, no table can start.
 */
export function mayHoldTable(text: string): boolean {
  return text.includes('|') || text.includes(':-') || text.includes('-:');
}

/**
 * GFM's footnote extension looks at every `]` for a `![^note]` by walking back
 * through all of the paragraph so far, even when the file defines no footnotes
 * and nothing can match: a paragraph of n `]` then costs n² (40 KB of them took
 * 12 s). Footnote definitions are all known before text is tokenized, so with
 * none defined the walk is skipped; the result is the same.
 */
function withBoundedFootnoteCalls<P extends Processor<Root>>(processor: P): P {
  const extensions = (processor.data('micromarkExtensions') ?? []) as Extension[];
  for (const extension of extensions) {
    const constructs = extension.text?.[93];
    if (constructs === undefined || constructs === null) continue;
    // remark-gfm hands micromark one combined extension (a list per character), the parts one construct each.
    extension.text![93] = Array.isArray(constructs)
      ? constructs.map((construct: Construct) => bounded(construct))
      : bounded(constructs as Construct);
  }
  return processor;
}

function bounded(construct: Construct): Construct {
  return construct.name === 'gfmPotentialFootnoteCall' ? onlyWithFootnotes(construct) : construct;
}

function onlyWithFootnotes(construct: Construct): Construct {
  const tokenize = construct.tokenize;
  return {
    ...construct,
    tokenize(this: TokenizeContext, effects, ok, nok): State {
      const defined = (this.parser as { gfmFootnotes?: string[] }).gfmFootnotes;
      return defined && defined.length > 0 ? tokenize.call(this, effects, ok, nok) : nok;
    },
  };
}
