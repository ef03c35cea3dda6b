/**
 * The unified pipeline: Markdown with GFM and YAML front-matter to mdast.
 * Built once per process; parsing holds no state between documents.
 *
 * Two trees can be asked for. Published output needs all of GFM, including
 * bare addresses ("www.kommune.dk", "navn@kommune.dk") turned into links.
 * The check must see the same structure as the leaflet, and a bare address
 * changes structure: it swallows a backtick, a backslash or a tilde that
 * would otherwise start code, an escape or a strikethrough ("www.ab.dk/`").
 * So when a text holds anything an autolink literal starts with (www., ://,
 * @), the check parses with GFM's autolink-literal syntax too. It leaves out
 * mdast's search and replace afterwards, which only turns text into links
 * (the check finds addresses in the text itself, facts/) and leaves the
 * split text without positions. A text with none of those characters has no
 * autolink literal, and recognising them is about a third of the parse.
 *
 * The check's parse also leaves out GFM tables when the text cannot hold one:
 * micromark tries the table construct at the start of every block, a quarter
 * of the parse, and most standards have no table. The tree is the same.
 *
 * The published tree leaves out the same two parts when the text cannot hold
 * them: without www., :// or @ there is no bare address to link (and mdast's
 * search and replace would find none), without a delimiter row no table. Its
 * tree is then the one remark-gfm gives (a test compares them on the bench
 * corpus and the test documents). `kvs build` parses every standard it renders.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
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
import { parsingText, withEmailLookahead } from './email-literal.js';

// Before the first parse: without it, many quotes or lists cost time quadratic in the file's size.
installLinearEditMap();

export interface ParseOptions {
  /**
   * Turn bare URLs and e-mail addresses into links (GFM autolink literals). Default true.
   * False gives the check's tree: the same structure, with only the GFM parts the text can need.
   */
  autolinkLiterals?: boolean;
}

interface GfmParts {
  tables: boolean;
  literals: boolean;
  /**
   * The check's tree: autolink-literal syntax (its tokens become links) with the e-mail lookahead,
   * without mdast's search and replace.
   */
  check: boolean;
}

/** What remark-gfm adds for parsing, in its order, without the parts the text cannot need (see above). */
function remarkGfmParts(this: Processor, { tables, literals, check }: GfmParts): void {
  const data = this.data();
  const micromark = (data.micromarkExtensions ??= []);
  const fromMarkdown = (data.fromMarkdownExtensions ??= []);
  if (literals) {
    micromark.push(check ? withEmailLookahead(gfmAutolinkLiteral()) : gfmAutolinkLiteral());
    fromMarkdown.push(check ? { ...gfmAutolinkLiteralFromMarkdown(), transforms: [] } : gfmAutolinkLiteralFromMarkdown());
  }
  micromark.push(gfmFootnote(), gfmStrikethrough());
  fromMarkdown.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
  if (tables) {
    micromark.push(gfmTable());
    fromMarkdown.push(gfmTableFromMarkdown());
  }
  micromark.push(gfmTaskListItem());
  fromMarkdown.push(gfmTaskListItemFromMarkdown());
}

const processorWith = (parts: GfmParts) =>
  withBoundedFootnoteCalls(unified().use(remarkParse).use(remarkGfmParts, parts).use(remarkFrontmatter, ['yaml']).freeze());

// Each made on first use: `kvs check` never needs the full ones, a text without tables never the table ones.
const processors = new Map<string, Processor<Root>>();

export function parseMarkdown(text: string, options: ParseOptions = {}): Root {
  const parts = { tables: mayHoldTable(text), literals: mayHoldAutolinkLiteral(text), check: options.autolinkLiterals === false };
  const processor = processorFor(`${parts.check}:${parts.tables}:${parts.literals}`, () => processorWith(parts));
  if (!parts.check) return processor.parse(text);
  parsingText(text);
  try {
    return processor.parse(text);
  } finally {
    parsingText('');
  }
}

function processorFor(key: string, make: () => Processor<Root>): Processor<Root> {
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = make()));
  return processor;
}

/** GFM's autolink literals start at "www.", at a scheme's "://" or around an "@" (e-mail, mailto:, xmpp:). */
export function mayHoldAutolinkLiteral(text: string): boolean {
  return text.includes('@') || text.includes('://') || /www\./iu.test(text);
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
