/**
 * Page furniture in a tree: a web page saved as HTML keeps its skip links,
 * breadcrumbs, buttons and cookie text as paragraphs, headings and menu
 * lists. Whole blocks that are furniture (schemas/furniture.json) leave the
 * tree and are reported, as the line pass does for text.
 */
import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Removal } from '../types.js';
import { furnitureOf } from './furniture.js';

const textOf = (node: Nodes) => toString(node).replace(/\s+/g, ' ').trim();

/** A list item that is one link and nothing else: "[Borger](/borger)". */
function linkOnly(item: ListItem): boolean {
  const [block, ...more] = item.children;
  return more.length === 0 && block?.type === 'paragraph' && block.children.length === 1 && block.children[0]!.type === 'link';
}

export function removeTreeFurniture(tree: Root, removed: Removal[]): void {
  const line = (node: Nodes) => node.position?.start.line ?? 1;
  let beforeHeading = true;
  tree.children = tree.children.filter((node: RootContent) => {
    if (node.type === 'heading' && !furnitureOf(textOf(node))) beforeHeading = false;
    // The site's menu above the page's first heading: a list of links only.
    if (beforeHeading && node.type === 'list' && node.children.length > 0 && node.children.every(linkOnly)) {
      node.children.forEach((item) => removed.push({ reason: 'navigation', text: textOf(item), line: line(item) }));
      return false;
    }
    if (node.type === 'paragraph' || node.type === 'heading') {
      const furniture = furnitureOf(textOf(node));
      if (furniture) removed.push({ reason: furniture.reason, text: textOf(node), line: line(node) });
      return !furniture;
    }
    // A menu: a list whose every item is a link or button of the page.
    if (node.type === 'list' && node.children.length > 0) {
      const kinds = node.children.map((item) => furnitureOf(textOf(item)));
      if (kinds.every((kind) => kind !== undefined)) {
        node.children.forEach((item, index) => removed.push({ reason: kinds[index]!.reason, text: textOf(item), line: line(item) }));
        return false;
      }
    }
    return true;
  });
}
