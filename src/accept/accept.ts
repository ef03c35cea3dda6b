/**
 * `kvs accept`: the source rewritten as its own accepted view. CriticMarkup
 * first, on the text, as the model reads it (insertions kept, deletions
 * dropped, substitutions → the new text, highlights unwrapped, comments
 * removed); then the review markup Word converters leave (`<del>…</del>` and
 * `~~…~~` removed, `<ins>` tags unwrapped), cut out of the text where the
 * Markdown parser found it. Everything else stays byte for byte.
 */
import type { Html, Parent, RootContent } from 'mdast';
import { resolveCriticMarkup } from '../model/critic.js';
import { parseMarkdown } from '../model/parse.js';
import { blockDel, blockIns, delClose, delOpen, insTag } from '../model/review.js';

export interface Accepted {
  text: string;
  /** Insertions, deletions and substitutions applied. */
  changes: number;
  /** Comments removed and highlights unwrapped. */
  comments: number;
}

interface Cut {
  start: number;
  end: number;
  replacement: string;
}

export function acceptAll(source: string): Accepted {
  const critic = resolveCriticMarkup(source);
  let changes = 0;
  let comments = 0;
  for (const mark of critic.marks) {
    if (mark.kind === 'comment' || mark.kind === 'highlight') comments++;
    else changes++;
  }
  const cuts: Cut[] = [];
  changes += collectHtmlReview(parseMarkdown(critic.text), critic.text, cuts);
  return { text: applyCuts(critic.text, cuts), changes, comments };
}

/** Finds the HTML and strikethrough review markup; returns how many changes it holds. */
function collectHtmlReview(parent: Parent, text: string, cuts: Cut[]): number {
  let count = 0;
  const children = parent.children as RootContent[];
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type === 'delete') {
      cuts.push(cut(node, node));
      count++;
      continue;
    }
    if (node.type === 'html') {
      const value = node.value.trim();
      if (delOpen.test(value)) {
        const close = children.findIndex((other, at) => at > index && other.type === 'html' && delClose.test(other.value.trim()));
        if (close !== -1) {
          cuts.push(cut(node, children[close]!));
          count++;
          index = close;
          continue;
        }
      }
      if (insTag.test(value)) {
        cuts.push(cut(node, node));
        if (!value.startsWith('</')) count++;
        continue;
      }
      count += cleanHtml(node, text, cuts);
      continue;
    }
    if ('children' in node) count += collectHtmlReview(node as Parent, text, cuts);
  }
  return count;
}

/**
 * `<del>` and `<ins>` inside one HTML node (a block, where tags are not nodes
 * of their own). Cleaned in the source, which in a list or quote also holds
 * the line prefixes the node's value leaves out.
 */
function cleanHtml(node: Html, text: string, cuts: Cut[]): number {
  const deletions = new RegExp(blockDel.source, blockDel.flags);
  const insertions = new RegExp(blockIns.source, blockIns.flags);
  let count = 0;
  const span = cut(node, node);
  const value = text
    .slice(span.start, span.end)
    .replace(deletions, () => {
      count++;
      return '';
    })
    .replace(insertions, (tag: string) => {
      if (!tag.startsWith('</')) count++;
      return '';
    });
  if (count > 0) cuts.push({ ...span, replacement: value });
  return count;
}

function cut(first: RootContent, last: RootContent): Cut {
  return { start: first.position?.start.offset ?? 0, end: last.position?.end.offset ?? 0, replacement: '' };
}

function applyCuts(text: string, cuts: Cut[]): string {
  let out = '';
  let at = 0;
  for (const { start, end, replacement } of cuts.sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    let from = start;
    // Text cut from the end of a line must not leave two spaces there: Markdown reads them as a hard line break.
    if (replacement === '' && /^(?:\r?\n|\r|$)/u.test(text.slice(end, end + 2))) {
      while (from - 1 > at && text[from - 1] === ' ' && text[from - 2] === ' ') from--;
    }
    out += text.slice(at, from) + replacement;
    at = end;
  }
  return out + text.slice(at);
}
