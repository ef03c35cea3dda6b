/**
 * One section per heading: the heading, the content up to the next heading,
 * and the sub-sections below it. Only top-level headings make sections;
 * a heading inside a list or quote is content.
 */
import { toString } from 'mdast-util-to-string';
import type { Heading, Html, Nodes, Root, RootContent } from 'mdast';
import type { Position, Section } from '../types.js';
import type { HeadingMatcher } from './headings.js';
import { parseComment } from './directives.js';
import { spanOf } from './positions.js';
import { recogniseTopics } from './recognition/index.js';

export function splitSections(tree: Root, matcher: HeadingMatcher, markers = true): Section[] {
  const sections: Section[] = [];
  const open: Section[] = [];
  let current: RootContent[] | undefined;
  const title = titleHeading(tree);
  let titleIndex: number | undefined;

  for (const node of tree.children) {
    if (node.type !== 'heading') {
      current?.push(node);
      continue;
    }
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) open.pop();
    const parent = open.at(-1);
    const heading = toString(node, { includeHtml: false }).trim();
    if (node === title) titleIndex = sections.length;
    const keys = node === title ? [] : matcher.match(heading);
    const section: Section = {
      index: sections.length,
      heading,
      depth: node.depth,
      position: (node as Heading).position as Position,
      children: [],
      requirements: keys,
      matchedBy: Object.fromEntries(keys.map((key) => [key, 'heading' as const])),
      content: { type: 'root', children: [] },
      words: 0,
      ownWords: 0,
      evidence: keys.map((key) => ({ key, outcome: 'covered' as const, how: 'heading' as const, words: [heading], position: (node as Heading).position as Position })),
    };
    if (parent) {
      section.parent = parent.index;
      parent.children.push(section.index);
    }
    sections.push(section);
    open.push(section);
    current = section.content.children;
  }

  for (const section of sections) {
    section.content.position = spanOf(section.content.children, section.position);
    for (const node of section.content.children) {
      if (!markers || node.type !== 'html') continue;
      const parsed = parseComment(node as Html);
      if (parsed?.type !== 'marker') continue;
      for (const key of parsed.keys) {
        if (!section.requirements.includes(key)) section.requirements.push(key);
        section.matchedBy[key] = 'marker';
        section.evidence.push({ key, outcome: 'covered', how: 'marker', words: [], position: parsed.position });
      }
    }
  }
  // Children come after their parent, so walking backwards sums each subtree once.
  for (let index = sections.length - 1; index >= 0; index--) {
    const section = sections[index]!;
    section.ownWords = countWords(section.content);
    section.words += section.ownWords;
    if (section.parent !== undefined) sections[section.parent]!.words += section.words;
  }
  recogniseTopics(sections, matcher.requirements, titleIndex);
  return sections;
}

/**
 * The heading the leaflet makes the page title (src/render/html/outline.ts):
 * the first level-1 heading, else the first heading. It names the whole
 * document ("Frit valg – kvalitetsstandard for …"), and the leaflet shows no
 * section under it, so it claims no topic: one decision for the check and the leaflet.
 */
export function titleHeading(tree: Root): Heading | undefined {
  let first: Heading | undefined;
  for (const child of tree.children) {
    if (child.type !== 'heading') continue;
    if (child.depth === 1) return child;
    first ??= child;
  }
  return first;
}

/**
 * The words that count for `key` in a section: its own text, and the text of
 * sub-sections that are about no other topic. "## Frit valg" over
 * "### Gavekort" gets no words from the gift-card section, which a reader
 * takes for a topic of its own; "### Sådan vælger du" under it counts.
 */
export function topicWords(sections: readonly Section[], section: Section, key: string): number {
  let words = section.ownWords;
  for (const index of section.children) {
    const child = sections[index]!;
    if (child.requirements.length === 0 || child.requirements.includes(key)) words += topicWords(sections, child, key);
  }
  return words;
}

/** Words of a tree's text (its text nodes run together, as `toString` joins them): runs of letters and digits. */
export function countWords(tree: Root): number {
  return countLetterRuns(textUnderHeading(tree));
}

/**
 * As `toString(tree, { includeHtml: false })`, without footnote definitions at
 * any depth: a footnote's text is printed at the end of the leaflet, not under
 * the heading it is written below (and in a quote or list item it is not printed there either).
 */
function textUnderHeading(node: Nodes): string {
  if (node.type === 'footnoteDefinition' || node.type === 'html') return '';
  if ('value' in node) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (!('children' in node)) return '';
  let text = '';
  for (const child of node.children) text += textUnderHeading(child);
  return text;
}

/** Letters that draw nothing (Hangul fillers): a section of them looks empty to every reader. */
const blankLetters = new Set([0x115f, 0x1160, 0x3164, 0xffa0]);

const wordCharAt = /[\p{L}\p{N}]/uy;

/**
 * As `text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0`, without an array of every
 * word: ASCII is judged by its code, the rest one code point at a time.
 */
export function countLetterRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let wordChar: boolean;
    if (code < 128) {
      wordChar = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    } else {
      wordChar = !blankLetters.has(code) && isWordCharAt(text, i);
      if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    }
    if (wordChar && !inRun) runs++;
    inRun = wordChar;
  }
  return runs;
}

/** Whether the code point at `i` is a letter or digit. */
export function isWordCharAt(text: string, i: number): boolean {
  wordCharAt.lastIndex = i;
  return wordCharAt.test(text);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
