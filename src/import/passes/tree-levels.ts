/**
 * Heading levels where the source did not mark them: a numbered heading
 * ("2.3 Visitation") is one level below "2 Indsatsen" whatever its marks
 * said, and in plain text the short headings a sentence ending in a colon
 * introduces, each over its own list ("Her tilbyder vi:" / "Rådgivning" /
 * list / "Behandling" / list), are sub-headings of the section they stand in.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const numbering = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{L}/u;
const depthOf = (n: number) => Math.min(6, Math.max(1, n)) as Heading['depth'];

/** "2" is the level of the first-level numbered headings, "2.3" one below it, "2.3.1" two below. */
export function levelsFromNumbering(tree: Root): void {
  const numbered = tree.children.flatMap((node) => {
    if (node.type !== 'heading') return [];
    const match = numbering.exec(toString(node));
    return match ? [{ node, parts: match[1]!.split('.').length }] : [];
  });
  const top = numbered.filter((n) => n.parts === 1);
  if (top.length < 2 || !numbered.some((n) => n.parts > 1)) return;
  const base = Math.min(...top.map((n) => n.node.depth));
  for (const { node, parts } of numbered) node.depth = depthOf(base + parts - 1);
}

/** In plain text: "…tilbudstyper:" then headings each over a list are one level below the section. */
export function nestIntroducedHeadings(tree: Root): void {
  const children = tree.children;
  let section = 1;
  children.forEach((node, index) => {
    if (node.type === 'heading') section = node.depth;
    if (node.type !== 'paragraph' || !/:\s*$/.test(toString(node))) return;
    const run: Heading[] = [];
    for (let at = index + 1; at + 1 < children.length; at += 2) {
      const heading: RootContent = children[at]!;
      if (heading.type !== 'heading' || heading.depth !== section || children[at + 1]!.type !== 'list') break;
      run.push(heading);
    }
    if (run.length < 2 || section >= 6) return;
    for (const heading of run) heading.depth = depthOf(section + 1);
  });
}
