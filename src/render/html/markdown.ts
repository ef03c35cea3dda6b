/**
 * mdast → sanitized HTML. The only way prose reaches a page: a copy of the
 * model's tree goes through remark-rehype (raw HTML in the Markdown is never
 * passed on) and rehype-sanitize with the strict schema, and then to text.
 * The model has already taken out what raw HTML hides and turned HTML blocks
 * with visible text into Markdown, with the same schema (model/visible.ts).
 * Markdown text is never parsed again here.
 */
import { unified, type Plugin } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Definition, FootnoteDefinition, Nodes as MdastNodes, Parents, Root as MdastRoot, RootContent } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Lang } from '../../types.js';
import { sanitizeSchema } from '../../model/html-schema.js';
import { renderWords } from '../../i18n/render.js';
import { keepTogetherPlugin } from './keep-together.js';

/** HTML that came out of the sanitizer: the only kind a template may insert unescaped. */
export type SanitizedHtml = string & { readonly sanitized: true };

export interface ProseOptions {
  /** Level of the heading the prose sits under; headings inside it are placed one level lower. */
  level: number;
  /** Prefix for the footnote ids of this piece, unique within the page, e.g. "kvs-3-". */
  idPrefix: string;
  lang: Lang;
  /** Link and footnote definitions of the whole document, so references resolve in any section. */
  definitions?: Array<Definition | FootnoteDefinition>;
  /** Leave footnote references out (for a lead repeated elsewhere on the page). */
  withoutFootnotes?: boolean;
}

export function definitionsOf(tree: MdastRoot): Array<Definition | FootnoteDefinition> {
  const found: Array<Definition | FootnoteDefinition> = [];
  visit(tree, (node: MdastNodes) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') found.push(node);
  });
  return found;
}

export function proseToHtml(content: MdastRoot | RootContent[], options: ProseOptions): SanitizedHtml {
  const children = structuredClone(Array.isArray(content) ? content : content.children);
  const root: MdastRoot = { type: 'root', children: [...children, ...structuredClone(options.definitions ?? [])] };
  clean(root, options.withoutFootnotes === true);
  const t = renderWords[options.lang];
  const processor = unified()
    .use(remarkRehype, {
      clobberPrefix: options.idPrefix,
      footnoteLabel: t.footnotes,
      footnoteLabelTagName: 'h2',
      footnoteBackLabel: (index: number) => `${t.footnoteBack} (${index + 1})`,
    })
    .use(alignToClass)
    .use(rehypeSanitize, sanitizeSchema)
    .use(tidy, { level: options.level })
    .use(keepTogetherPlugin);
  const hast = processor.runSync(root) as HastRoot;
  return toHtml(hast) as SanitizedHtml;
}

/**
 * Raw HTML and comments out, images replaced by their alt text, front-matter
 * out. What raw HTML hides, and what an HTML block shows, the model has
 * already decided (model/visible.ts): the check counts the same text.
 */
function clean(node: Parents, withoutFootnotes: boolean): void {
  const kept: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type === 'html') continue;
    if (child.type === 'yaml' || (withoutFootnotes && child.type === 'footnoteReference')) continue;
    if (child.type === 'image' || child.type === 'imageReference') {
      if (child.alt) kept.push({ type: 'text', value: child.alt });
      continue;
    }
    if ('children' in child) clean(child, withoutFootnotes);
    kept.push(child);
  }
  (node as { children: RootContent[] }).children = kept;
}

/** GFM table alignment as classes: the HTML `align` attribute is obsolete. */
const alignToClass: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, 'element', (element: Element) => {
    const value = element.properties.align;
    if (typeof value !== 'string') return;
    delete element.properties.align;
    if (['left', 'center', 'right'].includes(value)) element.properties.className = [`kvs-align-${value}`];
  });
};

/**
 * After sanitizing: headings inside prose go one level below the section's
 * own heading, links that lost their (unsafe) href become plain text, and
 * empty paragraphs go.
 */
const tidy: Plugin<[{ level: number }], HastRoot> = ({ level }) => (tree) => {
  const walk = (parent: HastRoot | Element) => {
    const out: Array<HastContent | ElementContent> = [];
    for (const child of parent.children) {
      if (child.type !== 'element') {
        out.push(child);
        continue;
      }
      walk(child);
      if (/^h[1-6]$/u.test(child.tagName)) child.tagName = `h${Math.min(6, level + 1)}`;
      if (child.tagName === 'a' && typeof child.properties.href !== 'string') {
        out.push(...child.children);
        continue;
      }
      if (child.tagName === 'p' && child.children.every((c) => c.type === 'text' && c.value.trim() === '')) continue;
      out.push(child);
    }
    parent.children = out as typeof parent.children;
  };
  walk(tree);
};
