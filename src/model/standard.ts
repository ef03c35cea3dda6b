/**
 * Text → Standard: the accepted view of one quality standard, as plain data.
 * Order matters: CriticMarkup is resolved on the text, then Markdown is parsed,
 * positions are moved back to the original, HTML/strikethrough review markup is
 * accepted, text a reader cannot see is taken out (visible.ts), repeated
 * paragraphs are dropped, and the rest is cut into sections.
 */
import { toString } from 'mdast-util-to-string';
import type { Nodes, Yaml } from 'mdast';
import type { Directive, FrontMatter, Position, Standard } from '../types.js';
import { resolveCriticMarkup, type OffsetMap } from './critic.js';
import { parseMarkdown } from './parse.js';
import { locator, mapPosition, remapTree, type Locator } from './positions.js';
import { acceptHtmlReview } from './review.js';
import { removeDuplicateParagraphs } from './duplicates.js';
import { acceptVisible } from './visible.js';
import { headingMatcher } from './headings.js';
import { splitSections, titleHeading } from './sections.js';
import { parseComment } from './directives.js';
import { readFrontMatter } from './frontmatter.js';
import { extractFacts } from './facts/index.js';
import { requirementCatalogue } from '../law/catalogue.js';
import { withExtraHeadings } from '../law/rulesets.js';

export interface ModelOptions {
  /** Extra headings per requirement key, from the project config. */
  headings?: Record<string, string[]>;
  /** False (`--no-inline-config`): `kvs-krav` comments map no section to a requirement. */
  markers?: boolean;
  /** False when only findings are wanted: the tree then has no links for bare addresses (see parse.ts). */
  autolinkLiterals?: boolean;
}

export function buildStandard(source: string, path = '<input>', options: ModelOptions = {}): Standard {
  const critic = resolveCriticMarkup(source);
  const original = locator(source);
  const tree = parseMarkdown(critic.text, { autolinkLiterals: options.autolinkLiterals !== false });

  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  const frontMatter = yamlNode && readYaml(yamlNode, critic.text, critic.map, original);

  remapTree(tree, critic.map, original);
  const review = [
    ...critic.marks.map((mark) => ({
      kind: mark.kind,
      syntax: 'critic' as const,
      position: { start: original.toPoint(mark.start), end: original.toPoint(mark.end) },
      removed: mark.removed,
    })),
    ...acceptHtmlReview(tree),
  ].sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));

  // Before duplicates and sections: hidden text is neither a repetition nor words in a section.
  acceptVisible(tree);
  const duplicates = removeDuplicateParagraphs(tree);
  const sections = splitSections(tree, headingMatcher(withExtraHeadings(requirementCatalogue(), options.headings)), options.markers !== false);
  const documentStart = yamlNode?.position
    ? original.toPoint(yamlNode.position.end.offset ?? 0)
    : original.toPoint(0);

  const standard = {
    path,
    source,
    ...(frontMatter ? { frontMatter } : {}),
    title: findTitle(tree, documentStart),
    sections,
    review,
    duplicates,
    directives: collectDirectives(tree),
    tree,
  };
  return { ...standard, facts: extractFacts(standard) };
}

function readYaml(node: Yaml, accepted: string, map: OffsetMap, original: Locator): FrontMatter {
  // The value starts on the line after the opening fence; find it in the accepted text.
  // Lines end in \n, \r\n or a lone \r, as Markdown counts them.
  const fenceStart = node.position?.start.offset ?? 0;
  const lineEnd = accepted.slice(fenceStart).search(/\r\n?|\n/);
  const valueOffset =
    lineEnd === -1 ? accepted.length : fenceStart + lineEnd + (accepted.startsWith('\r\n', fenceStart + lineEnd) ? 2 : 1);
  const acceptedLocator = locator(accepted);
  const frontMatter = readFrontMatter(node.value, acceptedLocator.toPoint(valueOffset));
  const move = (position: Position) => mapPosition(position, map, original);
  return {
    data: frontMatter.data,
    position: move(frontMatter.position),
    problems: frontMatter.problems.map((problem) => ({ ...problem, position: move(problem.position) })),
  };
}

function findTitle(tree: Standard['tree'], documentStart: Standard['title']['position']['start']): Standard['title'] {
  const title = titleHeading(tree);
  if (title?.position) return { text: toString(title).trim(), position: title.position as Position };
  return { text: '', position: { start: documentStart, end: documentStart } };
}

/** The directive comments of the accepted tree, at any depth, in document order. */
function collectDirectives(tree: Standard['tree']): Directive[] {
  const directives: Directive[] = [];
  // A plain walk: `visit` costs a closure and a parents array per node, and this runs once per standard over the whole tree.
  const walk = (node: Nodes): void => {
    if (node.type === 'html') {
      const parsed = parseComment(node);
      if (parsed?.type === 'directive') directives.push(parsed.directive);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return directives;
}
