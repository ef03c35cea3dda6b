/**
 * Prose blocks: the inline text of paragraphs, headings and table cells of the
 * accepted tree, with the original offset of every character (CriticMarkup,
 * escapes and list indentation included), the section each is in, and its
 * links. Images, footnote references, deleted text and HTML other than <br>
 * are not prose; a hard or soft line break is a "\n".
 */
import type { Standard } from '../../types.js';

export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export interface Block {
  text: string;
  /** Original offset of each character of `text`, and one past the end. */
  map: number[];
  section: number | undefined;
  heading: boolean;
  /** Links by where their visible text starts and ends in `text`. */
  links: Array<{ url: string; start: number; end: number }>;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);
// Not footnote definitions: a footnote is printed at the end of the leaflet (or, unreferenced or referenced
// from a heading, nowhere), never under the heading it is written below, so its facts fill no section.
const CONTAINER_TYPES = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow']);

/** The prose blocks of a standard, in document order. */
export function collectBlocks(standard: Omit<Standard, 'facts'>): Block[] {
  const sectionOf = new Map<unknown, number>();
  for (const section of standard.sections) for (const node of section.content.children) sectionOf.set(node, section.index);
  const sectionAtHeading = new Map<number, number>();
  for (const section of standard.sections) {
    const offset = section.position.start.offset;
    if (offset !== undefined) sectionAtHeading.set(offset, section.index);
  }
  const blocks: Block[] = [];
  for (const top of standard.tree.children as MdNode[]) {
    const section =
      top.type === 'heading' ? sectionAtHeading.get(top.position?.start.offset ?? -1) : sectionOf.get(top);
    const stack: MdNode[] = [top];
    const ordered: MdNode[] = [];
    // Depth-first, in document order, without recursion (nesting can be deep).
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (BLOCK_TYPES.has(node.type)) ordered.push(node);
      else if (CONTAINER_TYPES.has(node.type) && node.children) {
        for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
      }
    }
    for (const node of ordered) blocks.push(flatten(node, standard.source, section));
  }
  return blocks;
}

function flatten(block: MdNode, source: string, section: number | undefined): Block {
  // The text is kept as whole pieces, joined once; `map` has one entry per UTF-16 unit.
  const pieces: string[] = [];
  const map: number[] = [];
  const links: Block['links'] = [];
  const fallback = block.position?.start.offset ?? 0;
  let last = fallback;
  const lineBreak = (offset: number) => {
    pieces.push('\n');
    map.push(offset);
    last = offset;
  };
  const align = (value: string, from: number | undefined, to: number | undefined) => {
    pieces.push(value);
    if (from === undefined || to === undefined) {
      for (let index = 0; index < value.length; index++) map.push(last);
      return;
    }
    // Walk the value and the source together; the source may hold escapes,
    // entities, list indentation or CriticMarkup that the value does not.
    let cursor = from;
    for (let index = 0; index < value.length; index++) {
      const char = value.charCodeAt(index);
      const limit = Math.min(to, cursor + 16);
      let probe = cursor;
      while (probe < limit && source.charCodeAt(probe) !== char) probe++;
      if (probe < limit) {
        map.push(probe);
        cursor = probe + 1;
      } else {
        map.push(Math.min(cursor, Math.max(from, to - 1)));
      }
    }
    last = Math.max(from, cursor - 1);
  };

  type Item = MdNode | { close: number; url: string };
  const stack: Item[] = [...(block.children ?? [])].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      links.push({ url: item.url, start: item.close, end: map.length });
      continue;
    }
    const node = item;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        align(node.value ?? '', start, end);
        break;
      case 'break':
        lineBreak(start ?? last);
        break;
      case 'html':
        if (/^<br\b/i.test(node.value ?? '')) lineBreak(start ?? last);
        break;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'delete':
        break;
      default:
        if (node.children) {
          if (node.type === 'link' && node.url !== undefined) stack.push({ close: map.length, url: node.url });
          for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
        }
    }
  }
  map.push(map.length > 0 ? map[map.length - 1]! + 1 : fallback);
  return { text: pieces.join(''), map, section, heading: block.type === 'heading', links };
}
