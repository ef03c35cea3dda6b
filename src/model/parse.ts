/**
 * The unified pipeline: Markdown with GFM and YAML front-matter to mdast.
 * Built once per process; parsing holds no state between documents.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import { installLinearEditMap } from './edit-map.js';

// Before the first parse: without it, many quotes or lists cost time quadratic in the file's size.
installLinearEditMap();

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
boundFootnoteCalls(processor.data('micromarkExtensions') ?? []);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * GFM's footnote extension looks at every `]` for a `![^note]` by walking back
 * through all of the paragraph so far, even when the file defines no footnotes
 * and nothing can match: a paragraph of n `]` then costs n² (40 KB of them took
 * 12 s). Footnote definitions are all known before text is tokenized, so with
 * none defined the walk is skipped; the result is the same.
 */
function boundFootnoteCalls(extensions: readonly Extension[]): void {
  for (const extension of extensions) {
    const constructs = extension.text?.[93];
    if (!Array.isArray(constructs)) continue;
    extension.text![93] = constructs.map((construct: Construct) =>
      construct.name === 'gfmPotentialFootnoteCall' ? onlyWithFootnotes(construct) : construct,
    );
  }
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
