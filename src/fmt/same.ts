/**
 * Did formatting change anything but the style? Two texts mean the same when
 *  - their CriticMarkup marks are the same, byte for byte, in the same order;
 *  - their accepted views parse to the same Markdown tree (positions aside);
 *  - their front-matter reads as the same data;
 *  - every `kvs-disable-next-line` comment still has text (or a blank) below it.
 * The formatter keeps its output only when this holds.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import type { Nodes, Root } from 'mdast';
import { resolveCriticMarkup } from '../model/critic.js';
import { parseMarkdown } from '../model/parse.js';

export function sameMeaning(a: Meaning, b: Meaning): boolean {
  return (
    isDeepStrictEqual(a.marks, b.marks) &&
    isDeepStrictEqual(a.frontMatter, b.frontMatter) &&
    isDeepStrictEqual(a.nextLineTargets, b.nextLineTargets) &&
    a.tree === b.tree
  );
}

export interface Meaning {
  marks: string[];
  frontMatter: unknown;
  tree: string;
  nextLineTargets: boolean[];
}

/**
 * What a text says. `acceptedTree` saves a parse when the caller has already
 * parsed the accepted text (a text without CriticMarkup is its own accepted text).
 */
export function meaningOf(text: string, acceptedTree?: Root): Meaning {
  const critic = resolveCriticMarkup(text);
  const tree = acceptedTree ?? parseMarkdown(critic.text);
  const first = tree.children[0];
  const frontMatter = first?.type === 'yaml' ? yamlData(first.value) : undefined;
  const body = first?.type === 'yaml' ? tree.children.slice(1) : tree.children;
  return {
    marks: critic.marks.map((mark) => text.slice(mark.start, mark.end)),
    frontMatter,
    tree: JSON.stringify(body.map(withoutPositions)),
    nextLineTargets: nextLineTargets(text),
  };
}

function yamlData(yaml: string): unknown {
  const doc = parseDocument(yaml, { uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) return { unreadable: yaml };
  try {
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch {
    return { unreadable: yaml };
  }
}

function withoutPositions(node: Root | Nodes): unknown {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position') continue;
    copy[key] = key === 'children' ? (value as Nodes[]).map(withoutPositions) : value;
  }
  return copy;
}

/** For each `kvs-disable-next-line` comment: is the line after the comment's end blank? */
function nextLineTargets(text: string): boolean[] {
  const targets: boolean[] = [];
  const pattern = /<!--\s*kvs-disable-next-line\b/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const close = text.indexOf('-->', match.index);
    if (close === -1) break;
    const lineEnd = text.indexOf('\n', close);
    const nextEnd = lineEnd === -1 ? -1 : text.indexOf('\n', lineEnd + 1);
    const next = lineEnd === -1 ? '' : text.slice(lineEnd + 1, nextEnd === -1 ? undefined : nextEnd);
    targets.push(next.trim() === '');
    pattern.lastIndex = close;
  }
  return targets;
}
