/**
 * The accepted mdast of a standard as the booklet's blocks: headings,
 * paragraphs, lists, tables, quotes and code, each with runs of styled text.
 * Raw HTML (review leftovers, comments) is skipped; `<br>` becomes a line break.
 */
import type { AlignType, Nodes, PhrasingContent, Root, RootContent } from 'mdast';

export type FontKey = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A piece of text in one style; `text: '\n'` is a hard line break. */
export interface Run {
  text: string;
  font: FontKey;
  link?: string;
}

export interface HeadingBlock {
  kind: 'heading';
  /** The depth in the Markdown (1–6). */
  depth: number;
  /** The level it is tagged and styled as: never more than one below the heading before it. */
  level: number;
  runs: Run[];
  text: string;
  /** Named destination and outline key. */
  id: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  start: number;
  /** Loose lists (blank lines between items) get more air between items. */
  spread: boolean;
  items: Block[][];
}

export interface TableBlock {
  kind: 'table';
  align: (AlignType | undefined)[];
  /** The first row is the header row. */
  rows: Run[][][];
}

export interface QuoteBlock {
  kind: 'quote';
  blocks: Block[];
}

export interface CodeBlock {
  kind: 'code';
  text: string;
}

export interface RuleBlock {
  kind: 'rule';
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | QuoteBlock | CodeBlock | RuleBlock;

export interface BlockOptions {
  /** The heading level before the first block (the cover's H1 comes first in the booklet). */
  startLevel?: number;
  /** Headings left out, by their start ("line:column"): those the cover's title stands for (title-headings.ts). */
  hiddenHeadings?: ReadonlySet<string>;
}

export function toBlocks(tree: Root, options: BlockOptions = {}): Block[] {
  const state = { level: options.startLevel ?? 1, headings: 0, hidden: options.hiddenHeadings ?? new Set<string>() };
  return convertAll(tree.children, state);
}

interface State {
  level: number;
  headings: number;
  hidden: ReadonlySet<string>;
}

function convertAll(nodes: RootContent[], state: State): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const block = convert(node, state);
    if (block) blocks.push(block);
  }
  return blocks;
}

function convert(node: RootContent, state: State): Block | undefined {
  switch (node.type) {
    case 'heading': {
      const start = node.position?.start;
      if (start && state.hidden.has(`${start.line}:${start.column}`)) return undefined;
      const runs = trimRuns(phrasing(node.children, 'regular'));
      if (!hasText(runs)) return undefined;
      const level = Math.min(node.depth, state.level + 1);
      state.level = level;
      return { kind: 'heading', depth: node.depth, level, runs, text: runsText(runs), id: `h${++state.headings}` };
    }
    case 'paragraph': {
      const runs = trimRuns(phrasing(node.children, 'regular'));
      return hasText(runs) ? { kind: 'paragraph', runs } : undefined;
    }
    case 'list': {
      const items = node.children
        .map((item) => withoutTypedBullet(convertAll(item.children, state)))
        .filter((blocks) => blocks.length > 0);
      if (items.length === 0) return undefined;
      return { kind: 'list', ordered: node.ordered === true, start: node.start ?? 1, spread: node.spread === true, items };
    }
    case 'table': {
      const rows = node.children.map((row) => row.children.map((cell) => trimRuns(phrasing(cell.children, 'regular'))));
      if (rows.length === 0) return undefined;
      return { kind: 'table', align: node.align ?? [], rows };
    }
    case 'blockquote': {
      const blocks = convertAll(node.children, state);
      return blocks.length > 0 ? { kind: 'quote', blocks } : undefined;
    }
    case 'code':
      return node.value.trim() ? { kind: 'code', text: node.value } : undefined;
    case 'thematicBreak':
      return { kind: 'rule' };
    default:
      // yaml, html, definitions and footnote definitions are not part of the printed text.
      return undefined;
  }
}

/**
 * A bullet typed into the text of a list item ("- \\- at du …", "- ❖ Målgruppen …",
 * left over from Word) would print twice next to the list's own label: drop it.
 */
function withoutTypedBullet(blocks: Block[]): Block[] {
  const first = blocks[0];
  if (first?.kind !== 'paragraph' || !first.runs[0]) return blocks;
  const typed = /^[-–—•●▪■◆►❖➢\uF0B7\uF0A7](?:\s+|$)/;
  if (!typed.test(first.runs[0].text)) return blocks;
  const runs = trimRuns([{ ...first.runs[0], text: first.runs[0].text.replace(typed, '') }, ...first.runs.slice(1)]);
  return hasText(runs) ? [{ kind: 'paragraph', runs }, ...blocks.slice(1)] : blocks.slice(1);
}

function phrasing(nodes: PhrasingContent[], font: FontKey, link?: string): Run[] {
  const runs: Run[] = [];
  const push = (text: string, runFont: FontKey) => {
    if (text) runs.push(link ? { text, font: runFont, link } : { text, font: runFont });
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        push(node.value.replace(/\s*\r?\n\s*/g, ' '), font);
        break;
      case 'inlineCode':
        push(node.value, font);
        break;
      case 'emphasis':
        runs.push(...phrasing(node.children, font === 'bold' || font === 'boldItalic' ? 'boldItalic' : 'italic', link));
        break;
      case 'strong':
        runs.push(...phrasing(node.children, font === 'italic' || font === 'boldItalic' ? 'boldItalic' : 'bold', link));
        break;
      case 'delete':
        runs.push(...phrasing(node.children, font, link));
        break;
      case 'link':
        runs.push(...phrasing(node.children, font, safeUrl(node.url) ?? link));
        break;
      case 'linkReference':
        runs.push(...phrasing(node.children, font, link));
        break;
      case 'image':
      case 'imageReference':
        push(node.alt ?? '', font);
        break;
      case 'break':
        runs.push({ text: '\n', font });
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value.trim())) runs.push({ text: '\n', font });
        break;
      default:
        break;
    }
  }
  return runs;
}

/** Only web, mail and phone links become clickable; anything else (javascript:, file:) stays plain text. */
function safeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  return /^(?:https?:|mailto:|tel:)/i.test(trimmed) ? trimmed : undefined;
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((run) => ({ ...run }));
  while (out.length > 0 && (out[0]!.text === '\n' || !out[0]!.text.trim())) out.shift();
  while (out.length > 0 && (out[out.length - 1]!.text === '\n' || !out[out.length - 1]!.text.trim())) out.pop();
  const first = out[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return out;
}

function hasText(runs: Run[]): boolean {
  return runs.some((run) => run.text.trim() !== '');
}

export function runsText(runs: Run[]): string {
  return runs
    .map((run) => (run.text === '\n' ? ' ' : run.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain text of any mdast node, skipping HTML, for bookmarks and tests. */
export function plainText(node: Nodes): string {
  if (node.type === 'html' || node.type === 'yaml') return '';
  if (node.type === 'break') return ' ';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
