/**
 * HTML fragments (Word table cells, HTML files) to Markdown lines, through
 * hast and mdast, so lists, emphasis and deletions keep their meaning.
 */
import { unified } from 'unified';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { VFile } from 'vfile';
import { toMdast } from 'hast-util-to-mdast';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Root } from 'mdast';
import { refuseDeepNesting, type TreeShape } from './nesting.js';
import { importMessages } from '../i18n/import.js';

const stringifier = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, listItemIndent: 'one', rule: '-' });

export function htmlToMdast(html: string, fragment = true): Root {
  const hast = parseHtml(html, fragment);
  bulletTextToItems(hast);
  stripBulletCharacters(hast);
  return toMdast(hast, { newlines: false }) as Root;
}

/**
 * HTML as rehype-parse reads it, in its two steps: parse5 builds its tree
 * without recursion, and the conversion to hast recurses per level, so the
 * depth is checked in between (see nesting.ts).
 */
function parseHtml(html: string, fragment: boolean): HastRoot {
  const options = { sourceCodeLocationInfo: true, scriptingEnabled: false };
  const tree = fragment ? parseFragment(html, options) : parse(html, options);
  refuseDeepNesting<Parse5Node>(tree, parse5Shape, importMessages.html);
  return fromParse5(tree, { file: new VFile(html) }) as HastRoot;
}

type Parse5Node = DefaultTreeAdapterMap['node'];

/** Element children, and a template's content, which hast-util-from-parse5 converts too. */
const parse5Shape: TreeShape<Parse5Node> = {
  children: (node) => [
    ...('childNodes' in node ? node.childNodes.filter((child) => 'tagName' in child) : []),
    ...('content' in node ? [node.content] : []),
  ],
  name: (node) => node.nodeName,
};

export function mdastToMarkdown(tree: Root): string {
  return stringifier.stringify(tree);
}

export function htmlToMarkdown(html: string): string {
  return mdastToMarkdown(htmlToMdast(html)).trimEnd();
}

/**
 * Word exports lists as `<ul style="list-style-type: none"> • item • item</ul>`:
 * bullets as characters, no <li>. Split the text at the bullets into items.
 */
function bulletTextToItems(node: HastRoot | Element): void {
  for (const child of node.children) if (child.type === 'element') bulletTextToItems(child);
  if (node.type !== 'element' || (node.tagName !== 'ul' && node.tagName !== 'ol')) return;
  if (node.children.some((c) => c.type === 'element' && c.tagName === 'li')) return;
  const items: Element[] = [];
  const current = (): Element => {
    if (items.length === 0) items.push(li());
    return items.at(-1)!;
  };
  for (const child of node.children) {
    if (child.type !== 'text') {
      current().children.push(child as ElementContent);
      continue;
    }
    const parts = (child as Text).value.split(/(?:^|\s)[•▪●❖-]\s+/);
    parts.forEach((part, index) => {
      if (index > 0) items.push(li());
      if (part.trim()) current().children.push({ type: 'text', value: part.trim() + ' ' });
    });
  }
  node.children = items.filter((item) => item.children.length > 0);
}

function li(): Element {
  return { type: 'element', tagName: 'li', properties: {}, children: [] };
}

/** An item that still starts with its bullet ("<li>• tekst") would print two bullets. */
function stripBulletCharacters(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'li') {
      const first = firstText(child);
      if (first) first.value = first.value.replace(/^\s*[•▪●❖–-]\s+/, '');
    }
    stripBulletCharacters(child);
  }
}

function firstText(node: Element): Text | undefined {
  for (const child of node.children) {
    if (child.type === 'text' && child.value.trim() !== '') return child;
    if (child.type === 'element') {
      const found = firstText(child);
      if (found) return found;
    }
  }
  return undefined;
}
