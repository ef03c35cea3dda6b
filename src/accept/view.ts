/**
 * The accepted view of a standard as a reader sees it: the front-matter data,
 * the headings and the prose, one line per block with its spacing evened out. `kvs accept` must leave it exactly as it was,
 * and so must `kvs fmt` (test/fmt.test.ts).
 */
import { toString } from 'mdast-util-to-string';
import type { Standard } from '../types.js';
import { buildStandard } from '../model/standard.js';

export interface AcceptedView {
  frontMatter: Record<string, unknown> | undefined;
  headings: string[];
  text: string;
}

export function acceptedView(source: string): AcceptedView {
  return viewOf(buildStandard(source));
}

export function viewOf(standard: Standard): AcceptedView {
  return {
    frontMatter: standard.frontMatter?.data,
    headings: standard.sections.map((section) => section.heading),
    // Spacing is not text: a reader sees no double or leading space, nor a block left empty.
    text: standard.tree.children
      .filter((node) => node.type !== 'yaml')
      .map((node) => toString(node).replace(/\s+/gu, ' ').trim())
      .filter((text) => text !== '')
      .join('\n'),
  };
}

