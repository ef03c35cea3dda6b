/**
 * `kvs build --review`: a redline of a standard for colleagues and the
 * committee — CriticMarkup insertions as <ins>, deletions as <del>,
 * substitutions as both, highlights as <mark> and comments as margin notes.
 *
 * The marks are swapped for private-use characters before parsing, so
 * Markdown parses the text as written (remark-gfm would read `{~~a~>b~~}` as
 * strikethrough). The prose goes through the same sanitizer as the leaflet
 * (src/render/html/markdown.ts); only after that are the characters turned
 * into elements, each text run wrapped on its own, so a change that spans
 * several paragraphs never makes broken nesting. Comment text stays text.
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Lang } from '../types.js';
import { parseMarkdown } from '../model/parse.js';
import { proseToHtml } from '../render/html/markdown.js';
import { redlineWords } from '../i18n/redline.js';

type Kind = 'ins' | 'del' | 'mark' | 'note';
const kinds: Kind[] = ['ins', 'del', 'mark', 'note'];
/** Open and close characters per kind, from the Unicode private-use area. */
const OPEN = (kind: Kind) => String.fromCharCode(0xe000 + kinds.indexOf(kind) * 2);
const CLOSE = (kind: Kind) => String.fromCharCode(0xe001 + kinds.indexOf(kind) * 2);
const SENTINELS = /[\uE000-\uE007]/u;

const critic: Array<{ open: string; close: string; to: (inner: string) => string }> = [
  { open: '{++', close: '++}', to: (inner) => `${OPEN('ins')}${inner}${CLOSE('ins')}` },
  { open: '{--', close: '--}', to: (inner) => `${OPEN('del')}${inner}${CLOSE('del')}` },
  {
    open: '{~~',
    close: '~~}',
    to: (inner) => {
      const arrow = inner.indexOf('~>');
      if (arrow === -1) return `${OPEN('del')}${inner}${CLOSE('del')}`;
      return `${OPEN('del')}${inner.slice(0, arrow)}${CLOSE('del')}${OPEN('ins')}${inner.slice(arrow + 2)}${CLOSE('ins')}`;
    },
  },
  { open: '{>>', close: '<<}', to: (inner) => `${OPEN('note')}${inner}${CLOSE('note')}` },
  { open: '{==', close: '==}', to: (inner) => `${OPEN('mark')}${inner}${CLOSE('mark')}` },
];

/** The source with CriticMarkup replaced by the private-use characters (and any such characters already there removed). */
export function markCritic(source: string): string {
  const text = source.replace(/[\uE000-\uE007]/gu, '');
  let out = '';
  let at = 0;
  for (;;) {
    const next = text.indexOf('{', at);
    if (next === -1) break;
    const syntax = critic.find((s) => text.startsWith(s.open, next));
    const end = syntax ? text.indexOf(syntax.close, next + 3) : -1;
    if (!syntax || end === -1) {
      out += text.slice(at, next + 1);
      at = next + 1;
      continue;
    }
    out += text.slice(at, next) + syntax.to(text.slice(next + 3, end));
    at = end + 3;
  }
  return out + text.slice(at);
}

/** Wraps every text run inside marks in its element; the open marks carry over from one text node to the next. */
function applyMarks(root: HastRoot): void {
  const open = new Set<Kind>();
  const wrap = (text: string): ElementContent => {
    let node: ElementContent = { type: 'text', value: text };
    for (const kind of kinds) {
      if (!open.has(kind)) continue;
      node =
        kind === 'note'
          ? { type: 'element', tagName: 'span', properties: { className: ['kvs-note'], role: 'note' }, children: [node] }
          : { type: 'element', tagName: kind, properties: {}, children: [node] };
    }
    return node;
  };
  const walk = (parent: HastRoot | Element) => {
    const children: Array<RootContent | ElementContent> = [];
    for (const child of parent.children) {
      if (child.type === 'element') {
        walk(child);
        children.push(child);
      } else if (child.type === 'text' && (SENTINELS.test(child.value) || open.size > 0)) {
        let run = '';
        for (const char of child.value) {
          const code = char.charCodeAt(0);
          if (code >= 0xe000 && code <= 0xe007) {
            if (run) children.push(wrap(run));
            run = '';
            const kind = kinds[(code - 0xe000) >> 1]!;
            if ((code - 0xe000) % 2 === 0) open.add(kind);
            else open.delete(kind);
          } else run += char;
        }
        if (run) children.push(wrap(run));
      } else children.push(child);
    }
    parent.children = children as typeof parent.children;
  };
  walk(root);
}

export interface RedlineInput {
  source: string;
  title: string;
  kommune?: string;
  lang: Lang;
}

/** A whole HTML page: the standard's text with its review marks shown. */
export function renderRedline(input: RedlineInput): string {
  const t = redlineWords[input.lang];
  const tree = parseMarkdown(markCritic(input.source));
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  const prose = proseToHtml(tree, { level: 1, idPrefix: 'kvs-r-', lang: input.lang });
  const body = unified().use(rehypeParse, { fragment: true }).parse(prose);
  applyMarks(body);
  const escape = (text: string) => text.replace(/[&<>"]/gu, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as const)[c as '&']};`);
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.title(input.title))}</title>
<style>
body { font: 17px/1.55 system-ui, sans-serif; color: #1a1a1a; max-width: 40rem; margin: 2rem auto; padding: 0 18rem 0 1.5rem; }
.kvs-banner { background: #fff4ce; border: 1px solid #d9b100; padding: .5rem .75rem; border-radius: 4px; }
ins { background: #dcf5e3; color: #0b5d22; text-decoration: underline; }
del { background: #fde2e1; color: #8a1c13; text-decoration: line-through; }
mark { background: #fff0a6; }
.kvs-note { float: right; clear: right; width: 15rem; margin-right: -17rem; font-size: .85rem; line-height: 1.35; background: #eef3fb; border-left: 3px solid #2f5fb3; padding: .3rem .5rem; }
.kvs-note::before { content: "${escape(t.comment)}: "; font-weight: 600; }
/* A margin note floated out of a table cell lands on the next cell's text: in a cell it stays in the cell, under the text it is about. */
:is(td, th) .kvs-note { float: none; display: block; width: auto; margin: .3rem 0 0; }
@media (max-width: 60rem) { body { padding: 0 1rem; } .kvs-note { float: none; display: block; width: auto; margin: .3rem 0; } }
@media print { .kvs-banner { border-color: #999; } }
</style>
</head>
<body>
<p class="kvs-banner">${escape(t.banner(input.kommune))}</p>
${toHtml(body)}
</body>
</html>
`;
}
