/**
 * Headings a converter did not mark as headings: a paragraph that is one bold
 * line ("**Hvad er dit ansvar?**") is a heading one level below the section it
 * is in. Emphasis inside headings is dropped (the text stays), and links with
 * an empty target become their text.
 */
import { toString } from 'mdast-util-to-string';
import type { Heading, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { isKnownHeading } from '../../model/headings.js';
import { requirementCatalogue } from '../../law/catalogue.js';

export function promoteBoldLines(tree: Root): void {
  let depth = 1;
  tree.children = tree.children.map((node): RootContent => {
    if (node.type === 'heading') {
      depth = node.depth;
      return { ...node, children: plain(node.children) };
    }
    if (node.type !== 'paragraph' || node.children.length !== 1 || node.children[0]!.type !== 'strong') return node;
    const text = toString(node).trim();
    if (text.length === 0 || text.length > 150 || /[.;,]$/.test(text)) return node;
    const heading: Heading = { type: 'heading', depth: Math.min(depth + 1, 6) as Heading['depth'], children: plain(node.children), position: node.position };
    return heading;
  });
}

/** Strong and emphasis unwrapped, so a heading is plain text. */
function plain(children: PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child) =>
    child.type === 'strong' || child.type === 'emphasis' ? plain(child.children) : [child],
  );
}

export function unwrapEmptyLinks(node: Parent): void {
  node.children = node.children.flatMap((child) => {
    if ('children' in child) unwrapEmptyLinks(child as Parent);
    if (child.type === 'link' && (child.url === '' || child.url === '#')) return child.children;
    return [child];
  }) as typeof node.children;
}

/**
 * In a Word table cell, a sub-heading is a short paragraph of its own
 * ("Afgiftning", "Døgnbehandling") followed by prose. It becomes a heading
 * one level below the row's heading.
 */
export function promoteShortParagraphs(tree: Root): void {
  let depth = 1;
  tree.children = tree.children.map((node, index): RootContent => {
    if (node.type === 'heading') depth = node.depth;
    if (node.type !== 'paragraph') return node;
    const text = toString(node).trim();
    const words = text.split(/\s+/);
    const next = tree.children[index + 1];
    const nextWords = next && (next.type === 'paragraph' || next.type === 'list') ? toString(next).split(/\s+/).length : 0;
    const simple = node.children.every((c) => c.type === 'text' || c.type === 'emphasis' || c.type === 'strong');
    if (simple && isKnownHeading(text, requirementCatalogue()) && nextWords > 0) {
      return { type: 'heading', depth: Math.min(depth + 1, 6) as Heading['depth'], children: plain(node.children), position: node.position };
    }
    if (!simple || words.length > 8 || /[.,;:!?]$/.test(text) || !/^\p{Lu}/u.test(text) || /\d{4}|tlf|telefon|@/i.test(text) || nextWords < 6) return node;
    return { type: 'heading', depth: Math.min(depth + 1, 6) as Heading['depth'], children: plain(node.children), position: node.position };
  });
}
