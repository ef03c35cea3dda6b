/**
 * Review markup that Word converters leave in Markdown: `<del>…</del>`, `<ins>…</ins>`
 * and `~~strikethrough~~`. The accepted view drops deletions and keeps insertions.
 * (CriticMarkup is resolved earlier, on the text: see critic.ts.)
 */
import { toString } from 'mdast-util-to-string';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { Position, ReviewMark } from '../types.js';

export const delOpen = /^<del(?:\s[^>]*)?>$/i;
export const delClose = /^<\/del\s*>$/i;
export const insTag = /^<\/?ins(?:\s[^>]*)?>$/i;
// In an HTML block the tags are not separate nodes; bounded inner text keeps this linear.
export const blockDel = /<del(?:\s[^>]{0,200})?>([^<]{0,100000})<\/del\s*>/gi;
export const blockIns = /<\/?ins(?:\s[^>]{0,200})?>/gi;

export function acceptHtmlReview(tree: Root): ReviewMark[] {
  const marks: ReviewMark[] = [];
  walk(tree, marks);
  return marks;
}

function walk(parent: Parent, marks: ReviewMark[]): void {
  const kept: RootContent[] = [];
  const children = parent.children as RootContent[];
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'delete') {
      marks.push(mark('deletion', 'strikethrough', node, toString(node)));
      continue;
    }
    if (node.type === 'html' && delOpen.test(node.value.trim())) {
      const close = children.findIndex((other, at) => at > index && other.type === 'html' && delClose.test(other.value.trim()));
      if (close !== -1) {
        const removed = children.slice(index + 1, close);
        const end = children[close]!;
        marks.push({
          kind: 'deletion',
          syntax: 'html',
          position: { start: position(node).start, end: position(end).end },
          removed: removed.map((n) => toString(n as Nodes)).join(''),
        });
        index = close;
        continue;
      }
    }
    if (node.type === 'html' && insTag.test(node.value.trim())) {
      if (!node.value.startsWith('</')) marks.push(mark('insertion', 'html', node, ''));
      continue;
    }
    if (node.type === 'html' && (blockDel.test(node.value) || blockIns.test(node.value))) {
      blockDel.lastIndex = 0;
      blockIns.lastIndex = 0;
      const removed: string[] = [];
      node.value = node.value.replace(blockDel, (_all, inner: string) => {
        removed.push(inner);
        return '';
      }).replace(blockIns, '');
      marks.push(mark(removed.length > 0 ? 'deletion' : 'insertion', 'html', node, removed.join(' ')));
    }
    blockDel.lastIndex = 0;
    blockIns.lastIndex = 0;
    if ('children' in node) walk(node as Parent, marks);
    kept.push(node);
  }
  parent.children = kept as typeof parent.children;
}

function position(node: RootContent): Position {
  return node.position as Position;
}

function mark(kind: ReviewMark['kind'], syntax: ReviewMark['syntax'], node: RootContent, removed: string): ReviewMark {
  return { kind, syntax, position: position(node), removed };
}
