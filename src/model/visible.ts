/**
 * What a reader sees of the raw HTML in a standard. The check, the leaflet,
 * the booklet and the Word export all read the model's tree, so the decision
 * is made once, here, with the leaflet's own allow-list (html-schema.ts): text
 * the leaflet would not show, or that HTML itself hides, leaves the accepted
 * view, and so cannot make a section "not empty" or a requirement "present".
 *
 * Raw HTML comes in two shapes in Markdown:
 *
 * - Tags as nodes of their own with Markdown between them: `<template>` in a
 *   paragraph, or an HTML block line `<div hidden>` with paragraphs after it.
 *   The nodes from a hiding tag to its closing tag are hidden. The scope is
 *   the parent (paragraph, list item, quote); at the top a heading ends it,
 *   since the leaflet shows every heading and judges each section on its own.
 *   An unclosed hiding tag hides the rest of its scope.
 * - An HTML block holding text itself (`<p>Tekst</p>`): parsed as HTML, its
 *   hidden elements removed, sanitized with the leaflet's schema and replaced
 *   by the Markdown it amounts to, so what is shown is also what counts.
 *
 * Hiding: an element the sanitizer strips with its content (template,
 * noscript, svg, math, object, select, xmp, script, style, iframe, …), an
 * element with the `hidden` attribute or an inline style of `display: none`
 * or `visibility: hidden`, and a `<dialog>` that is not `open`. Comments never
 * show. `aria-hidden`, `<details>` and `<plaintext>` do not hide: their text is
 * on the page for a sighted reader (and the leaflet drops the attributes).
 */
import type { Element, Root as HastRoot, Nodes as HastNodes } from 'hast';
import type { Html, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { sanitizeSchema } from './html-schema.js';
import * as htmlToolsModule from './html-tools.js';

/** Removed with everything inside them: the sanitizer's strip list. */
const strippedElements = new Set(sanitizeSchema.strip ?? []);

/** Elements with no content and no closing tag: they cannot wrap text. */
const voidElements = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Whose content a browser reads as text up to the first closing tag: an inner opening tag of the same name nests nothing. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** An open hiding element: its name and how many of that name are open inside it. */
interface Hiding {
  name: string;
  depth: number;
}

export interface VisibleOptions {
  /**
   * What becomes of a hidden node; it is removed when this is not given or
   * returns undefined. The Word export keeps it as hidden source text.
   */
  hidden?: (node: RootContent) => RootContent | undefined;
  /** Replace HTML blocks that hold visible text by their Markdown (default true); the Word export keeps them as written. */
  convertBlocks?: boolean;
}

/** Takes what a reader cannot see out of the tree (in place), and turns HTML blocks with visible text into Markdown. */
export function acceptVisible(tree: Root, options: VisibleOptions = {}): void {
  walk(tree, options, referencedFootnotes(tree));
}

/** Footnote labels that some reference points to: a definition nobody refers to is never printed. */
function referencedFootnotes(tree: Root): Set<string> {
  const referenced = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteReference') referenced.add(node.identifier);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return referenced;
}

/** The text a reader sees of one raw-HTML node on its own, white space collapsed. */
export function visibleText(node: Html): string {
  return textOf(sanitizedHast(node.value)).replace(/\s+/gu, ' ').trim();
}

function walk(parent: Parent, options: VisibleOptions, footnotes: Set<string>): void {
  const out: RootContent[] = [];
  const flow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' || parent.type === 'footnoteDefinition';
  let hiding: Hiding | undefined;
  for (const child of parent.children as RootContent[]) {
    if (hiding && parent.type === 'root' && child.type === 'heading') hiding = undefined;
    if (child.type === 'html') {
      const inside = hiding !== undefined;
      const shown = !inside && flow && options.convertBlocks !== false ? asMarkdown(child) : undefined;
      hiding = scanTags(child.value, hiding);
      // Raw HTML is never shown as such, so the model keeps it (a kvs comment still steers the check);
      // a caller that would show its text (the Word export) is told it is hidden.
      if (inside && options.hidden) {
        const kept = options.hidden(child);
        if (kept) out.push(kept);
        continue;
      }
      out.push(...(shown ?? [child]));
      continue;
    }
    // An unreferenced footnote is printed nowhere, wherever it is written.
    if (hiding || (child.type === 'footnoteDefinition' && !footnotes.has(child.identifier))) {
      const kept = options.hidden?.(child);
      if (kept) out.push(kept);
      continue;
    }
    if (child.type === 'table') hideExcessCells(child, options);
    if ('children' in child) walk(child, options, footnotes);
    out.push(child);
  }
  (parent as { children: RootContent[] }).children = out;
}

/** GFM ignores the cells of a row beyond the header row's: the leaflet shows no text there, so none counts. */
function hideExcessCells(table: Table, options: VisibleOptions): void {
  const width = table.children[0]?.children.length ?? 0;
  for (const row of table.children) {
    if (row.children.length <= width) continue;
    const excess = row.children.slice(width);
    row.children = row.children.slice(0, width);
    // A caller that keeps hidden text (the Word export) gets it in the last shown cell, as hidden source.
    const last = row.children.at(-1);
    for (const cell of excess) {
      const kept = options.hidden?.(cell);
      if (kept?.type === 'html' && last) last.children.push(kept);
    }
  }
}

// An unquoted `<` ends a tag attempt, and quoted values are bounded: a run of unclosed `<a <a <a` stays linear.
const tagPattern = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,60})((?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,2000})>/gu;

/** The hiding state after the tags of one raw-HTML node, given the state before it. */
export function scanTags(value: string, before: Hiding | undefined): Hiding | undefined {
  let state = before && { ...before };
  for (const match of value.matchAll(tagPattern)) {
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue; // a comment
    const closing = match[1] === '/';
    const attributes = match[3] ?? '';
    const selfClosing = /\/\s*$/u.test(attributes);
    if (state) {
      if (name !== state.name) continue;
      if (closing) state.depth--;
      else if (!selfClosing && !rawTextElements.has(name)) state.depth++;
      if (state.depth === 0) state = undefined;
      continue;
    }
    if (!closing && !selfClosing && !voidElements.has(name) && hides(name, attributes)) state = { name, depth: 1 };
  }
  return state;
}

/** Whether an element with this name and attribute text hides what is inside it. */
function hides(name: string, attributes: string): boolean {
  if (strippedElements.has(name)) return true;
  const names = attributeNames(attributes);
  if (names.has('hidden')) return true;
  if (name === 'dialog' && !names.has('open')) return true;
  const style = /(?:^|\s)style\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/iu.exec(attributes);
  return hidingStyle(style?.[1] ?? style?.[2] ?? style?.[3] ?? '');
}

function attributeNames(attributes: string): Set<string> {
  const bare = attributes.replace(/"[^"]*"|'[^']*'/gu, '""');
  return new Set(Array.from(bare.matchAll(/(?:^|\s)([^\s"'>/=]+)/gu), (m) => m[1]!.toLowerCase()));
}

function hidingStyle(style: string): boolean {
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/iu.test(style);
}

// ---------------------------------------------------------------------------
// HTML blocks with text of their own

// Reached only through this function: the bundle loads the module at its first call (scripts/bundle.js).
const htmlTools = () => htmlToolsModule;

/** Cheap test first: most HTML blocks are comments (directives) or lone tags. */
function mayHoldText(value: string): boolean {
  return /\S/u.test(value.replace(tagPattern, ''));
}

/** The leaflet's view of a piece of HTML: hidden elements out, then the schema. */
function sanitizedHast(value: string): HastRoot {
  const { parser, sanitizer } = htmlTools();
  const hast = parser.parse(value);
  removeHidden(hast);
  return sanitizer.runSync(hast) as HastRoot;
}

function removeHidden(parent: HastRoot | Element): void {
  parent.children = parent.children.filter((child) => {
    if (child.type !== 'element') return true;
    if (elementHides(child)) return false;
    removeHidden(child);
    return true;
  }) as typeof parent.children;
}

function elementHides(element: Element): boolean {
  const p = element.properties;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (element.tagName === 'dialog' && (p.open === undefined || p.open === false || p.open === null)) return true;
  return typeof p.style === 'string' && hidingStyle(p.style);
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child)).join(node.type === 'root' ? ' ' : '');
  return '';
}

const blockTypes = new Set(['paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'table', 'code', 'html', 'definition', 'footnoteDefinition']);

/** The Markdown an HTML block with visible text amounts to; undefined when nothing of it shows (keep it as the raw node). */
function asMarkdown(node: Html): RootContent[] | undefined {
  if (!mayHoldText(node.value)) return undefined;
  const hast = sanitizedHast(node.value);
  if (!/\S/u.test(textOf(hast))) return undefined;
  const mdast = htmlTools().toMdast(hast) as Root;
  const blocks: RootContent[] = [];
  let loose: PhrasingContent[] = [];
  const flush = () => {
    if (loose.some((n) => n.type !== 'text' || n.value.trim() !== '')) blocks.push({ type: 'paragraph', children: loose } as Paragraph);
    loose = [];
  };
  for (const child of mdast.children) {
    if (blockTypes.has(child.type)) {
      flush();
      blocks.push(child);
    } else {
      loose.push(child as PhrasingContent);
    }
  }
  flush();
  // The new nodes stand where the HTML was: findings and facts point at it.
  for (const block of blocks) place(block, node.position);
  return blocks;
}

function place(node: Nodes, position: Html['position']): void {
  if (position) node.position = structuredClone(position);
  else delete node.position;
  if ('children' in node) for (const child of node.children) place(child, position);
}
