/**
 * Tracked changes and converter markup in the parsed tree: deletions
 * (`<del>`, `~~…~~`) removed and reported, insertions (`<ins>`, and `<b>`/`<u>`
 * tags that the Ringsted converter used for inserted text) unwrapped.
 */
import type { Html, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Removal } from '../types.js';
import { acceptHtmlReview } from '../../model/review.js';

const formattingTag = /^<\/?(?:b|u|i|em|strong|span|font|ins)(?:\s[^>]{0,200})?>$/i;

export function acceptTrackedChanges(tree: Root, removed: Removal[]): void {
  for (const mark of acceptHtmlReview(tree)) {
    if (mark.kind === 'deletion' && mark.removed.trim()) {
      removed.push({ reason: 'tracked-deletion', text: mark.removed.trim(), line: mark.position.start.line });
    }
  }
  unwrapFormattingTags(tree);
  // A deletion between two spaces leaves both: "skal du  betale".
  visit(tree, 'text', (node) => {
    node.value = node.value.replace(/ {2,}/g, ' ');
  });
}

function unwrapFormattingTags(parent: Parent): void {
  parent.children = parent.children.filter((node) => {
    if ('children' in node) unwrapFormattingTags(node as Parent);
    return !(node.type === 'html' && formattingTag.test((node as Html).value.trim()));
  }) as typeof parent.children;
}
