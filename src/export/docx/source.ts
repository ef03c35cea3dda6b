/**
 * A standard's text made ready for the Word export: the front-matter cut off
 * as it is written, and the body either as its accepted view or with its
 * CriticMarkup turned into single private-use characters.
 *
 * Why characters: CriticMarkup is not Markdown (remark-gfm would read
 * `{~~a~>b~~}` as strikethrough), but what it wraps is. With each delimiter a
 * character that means nothing to Markdown, the body parses as the Markdown
 * it is, and the converter meets the delimiters in reading order inside text
 * nodes — across bold, links, list items and table cells alike. Comment text
 * is raw (it is never Markdown), so a comment is one character that points
 * into a list of texts.
 */
import type { Html, RootContent } from 'mdast';
import { resolveCriticMarkup } from '../../model/critic.js';

/** Delimiters as characters in the Basic Multilingual Plane's private-use area. */
export const mark = {
  insOpen: '\uE001',
  insClose: '\uE002',
  delOpen: '\uE003',
  delClose: '\uE004',
  subOpen: '\uE005',
  subMid: '\uE006',
  subClose: '\uE007',
  hlOpen: '\uE008',
  hlClose: '\uE009',
} as const;

/** Comment n: plane 15 marks where it is referenced (and where its range ends), plane 16 where its range starts. */
const commentBase = 0xf0000;
const rangeBase = 0x100000;
/** Plane 15 has 65 534 private-use characters; no standard has that many comments. */
export const maxComments = 0xfffe;

export function commentChar(n: number): string {
  return String.fromCodePoint(commentBase + n);
}

export function rangeChar(n: number): string {
  return String.fromCodePoint(rangeBase + n);
}

export type Token =
  | { kind: 'text'; text: string }
  | { kind: keyof typeof mark }
  | { kind: 'comment'; n: number }
  | { kind: 'rangeStart'; n: number };

const byChar = new Map<string, keyof typeof mark>(Object.entries(mark).map(([kind, char]) => [char, kind as keyof typeof mark]));

/** Matches one delimiter character; the `u` flag makes the planes 15/16 characters one match each. */
const delimiter = /[\uE001-\uE009]|[\u{F0000}-\u{10FFFF}]/gu;

/** Text split at the delimiters, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const match of text.matchAll(delimiter)) {
    if (match.index > at) tokens.push({ kind: 'text', text: text.slice(at, match.index) });
    tokens.push(tokenOf(match[0]));
    at = match.index + match[0].length;
  }
  if (at < text.length) tokens.push({ kind: 'text', text: text.slice(at) });
  return tokens;
}

function tokenOf(char: string): Token {
  const known = byChar.get(char);
  if (known) return { kind: known };
  const code = char.codePointAt(0)!;
  return code >= rangeBase ? { kind: 'rangeStart', n: code - rangeBase } : { kind: 'comment', n: code - commentBase };
}

/** Text without delimiters: the accepted view of a string that has them (for link targets and the like). */
export function stripMarks(text: string): string {
  let mode: 'keep' | 'drop' = 'keep';
  let out = '';
  for (const token of tokenize(text)) {
    if (token.kind === 'text') {
      if (mode === 'keep') out += token.text;
    } else if (token.kind === 'delOpen' || token.kind === 'subOpen') mode = 'drop';
    else if (token.kind === 'delClose' || token.kind === 'subMid' || token.kind === 'subClose') mode = 'keep';
  }
  return out;
}

/** Text with its delimiters written back as CriticMarkup (for raw HTML that is kept as it was written). */
export function restoreMarks(text: string, comments: readonly string[]): string {
  const open = new Set<number>();
  return tokenize(text)
    .map((token) => {
      switch (token.kind) {
        case 'text':
          return token.text;
        case 'rangeStart':
          open.add(token.n);
          return '{==';
        case 'comment':
          return `${open.delete(token.n) ? '==}' : ''}{>>${comments[token.n] ?? ''}<<}`;
        default:
          return critic[token.kind];
      }
    })
    .join('');
}

const critic: Record<keyof typeof mark, string> = {
  insOpen: '{++',
  insClose: '++}',
  delOpen: '{--',
  delClose: '--}',
  subOpen: '{~~',
  subMid: '~>',
  subClose: '~~}',
  hlOpen: '{==',
  hlClose: '==}',
};

export interface FrontMatterSplit {
  /** The YAML between the fences, verbatim, ending in a line break; undefined without front-matter. */
  yaml: string | undefined;
  body: string;
}

/** Line breaks as LF; the front-matter is the `---` fenced block at the very start, as remark-frontmatter reads it. */
export function splitFrontMatter(source: string): FrontMatterSplit {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { yaml: undefined, body: text };
  return { yaml: match[1] === undefined ? '' : `${match[1]}\n`, body: text.slice(match[0].length) };
}

export interface MarkedBody {
  /** Markdown with every CriticMarkup delimiter as one private-use character. */
  text: string;
  /** Comment texts, raw, by number. */
  comments: string[];
  counts: { insertions: number; deletions: number; substitutions: number; comments: number; highlights: number };
}

/** What a block starts with in Markdown: list markers, heading hashes, quote markers. */
const blockPrefix = /^(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+|[ \t]*#{1,6}[ \t]+|[ \t]*>[ \t]?)+/;

export function markCriticMarkup(body: string): MarkedBody {
  // Characters that would be taken for delimiters cannot be content; they become U+FFFD.
  const clean = body.replace(delimiter, '\uFFFD');
  const { marks } = resolveCriticMarkup(clean);
  const comments: string[] = [];
  const counts = { insertions: 0, deletions: 0, substitutions: 0, comments: 0, highlights: 0 };
  let out = '';
  let copied = 0;
  for (let index = 0; index < marks.length; index++) {
    const current = marks[index]!;
    if (comments.length >= maxComments) break;
    out += clean.slice(copied, current.start);
    copied = current.end;
    const inner = clean.slice(current.start + 3, current.end - 3);
    const atLineStart = current.start === 0 || clean[current.start - 1] === '\n';
    // `{++- new item++}` at a line's start inserts a list item: the marker stays Markdown, the text is the insertion.
    const prefix = atLineStart ? (blockPrefix.exec(inner)?.[0] ?? '') : '';
    switch (current.kind) {
      case 'insertion':
        counts.insertions++;
        out += prefix + mark.insOpen + inner.slice(prefix.length) + mark.insClose;
        break;
      case 'deletion':
        counts.deletions++;
        out += mark.delOpen + inner + mark.delClose;
        break;
      case 'substitution': {
        const arrow = inner.indexOf('~>');
        if (arrow === -1) {
          counts.deletions++;
          out += mark.delOpen + inner + mark.delClose;
        } else {
          counts.substitutions++;
          out += mark.subOpen + inner.slice(0, arrow) + mark.subMid + inner.slice(arrow + 2) + mark.subClose;
        }
        break;
      }
      case 'highlight': {
        const next = marks[index + 1];
        if (next?.kind === 'comment' && next.start === current.end) {
          // `{==text==}{>>comment<<}`: a comment on that text.
          const n = comments.push(clean.slice(next.start + 3, next.end - 3)) - 1;
          counts.comments++;
          out += prefix + rangeChar(n) + inner.slice(prefix.length) + commentChar(n);
          copied = next.end;
          index++;
        } else {
          counts.highlights++;
          out += prefix + mark.hlOpen + inner.slice(prefix.length) + mark.hlClose;
        }
        break;
      }
      case 'comment':
        counts.comments++;
        out += commentChar(comments.push(inner) - 1);
        break;
    }
  }
  out += clean.slice(copied);
  return { text: out, comments, counts };
}

/**
 * A node the leaflet does not show (model/visible.ts), as its source text in
 * an HTML node: written as a hidden run, so Word does not show it either and
 * `kvs import` writes it back as it was.
 */
export function hiddenSource(node: RootContent, text: string): Html | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return { type: 'html', value: text.slice(start, end), data: { kvsHiddenSource: true } as Html['data'] };
}

export function isHiddenSource(node: Html): boolean {
  return (node.data as { kvsHiddenSource?: boolean } | undefined)?.kvsHiddenSource === true;
}
